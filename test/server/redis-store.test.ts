// The Redis store against a real redis-server on 127.0.0.1, shared by two handler instances.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { RedisStore } from '../../src/server/index.js';
import type { BillingSnapshot } from '../../src/server/derive.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, startRedis, type App } from './harness.js';

let redis: Awaited<ReturnType<typeof startRedis>>;
let standin: StripeStandin;
let storeA: RedisStore;
let storeB: RedisStore;
let appA: App;
let appB: App;

before(async () => {
  redis = await startRedis();
  standin = await startStripeStandin();
  storeA = new RedisStore({ url: redis.url, prefix: 'test:' });
  storeB = new RedisStore({ url: redis.url, prefix: 'test:' });
  appA = await startApp(standin, { store: storeA });
  appB = await startApp(standin, { store: storeB });
});

after(async () => {
  await appA?.close();
  await appB?.close();
  await standin?.close();
  await redis?.stop();
});

const snapshot: BillingSnapshot = {
  paymentMethodId: 'pm_1',
  paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 1, expYear: 2030, wallet: null },
  invoice: null,
  invoiceState: 'none',
  failure: null,
  failingSince: null,
};

describe('RedisStore', () => {
  it('stores a snapshot only while the generation is unchanged', async () => {
    const generation = await storeA.generation('cus_gen');
    assert.equal(await storeA.setIfGeneration('cus_gen', { snapshot, derivedAt: 1 }, generation), true);
    assert.deepEqual((await storeB.get('cus_gen'))?.snapshot, snapshot);
    const bumped = await storeB.invalidate('cus_gen');
    assert.equal(bumped, generation + 1);
    assert.equal(await storeA.get('cus_gen'), null);
    assert.equal(await storeA.setIfGeneration('cus_gen', { snapshot, derivedAt: 2 }, generation), false, 'a stale write is refused');
    assert.equal(await storeA.get('cus_gen'), null);
  });

  it('claims an event id once across instances, and releases it', async () => {
    assert.equal(await storeA.claimEvent('evt_x', 60_000), true);
    assert.equal(await storeB.claimEvent('evt_x', 60_000), false);
    await storeB.releaseEvent('evt_x');
    assert.equal(await storeA.claimEvent('evt_x', 60_000), true);
  });

  it('counts rate-limit windows across instances with a reset time', async () => {
    const first = await storeA.hit('k', 10_000);
    const second = await storeB.hit('k', 10_000);
    assert.equal(first.count, 1);
    assert.equal(second.count, 2);
    assert.ok(second.resetInMs > 0 && second.resetInMs <= 10_000);
  });

  it('claims a "counted once" key exactly once across instances, even all at once', async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? storeA : storeB).claimOnce('counted:invoice:in_1', 60_000)));
    assert.equal(claims.filter(Boolean).length, 1);
    assert.equal(await storeA.claimOnce('counted:invoice:in_2', 60_000), true, 'another key is its own');
  });

  it('remembers the last adopted SetupIntent across instances; an older adoption never overwrites it', async () => {
    assert.equal(await storeA.adoptedSetupIntent('cus_adopt'), null);
    await storeA.adoptSetupIntent('cus_adopt', { id: 'seti_new', at: 2_000 }, 60_000);
    await storeB.adoptSetupIntent('cus_adopt', { id: 'seti_old', at: 1_000 }, 60_000);
    assert.deepEqual(await storeB.adoptedSetupIntent('cus_adopt'), { id: 'seti_new', at: 2_000 });
    await storeB.adoptSetupIntent('cus_adopt', { id: 'seti_newer', at: 3_000 }, 60_000);
    assert.deepEqual(await storeA.adoptedSetupIntent('cus_adopt'), { id: 'seti_newer', at: 3_000 });
  });

  it('adds analytics counters across instances', async () => {
    await storeA.count({ 'events.shown': 1 });
    await storeB.count({ 'events.shown': 2 });
    assert.equal((await storeA.counters())['events.shown'], 3);
  });
});

describe('two handler instances sharing Redis', () => {
  it('a webhook received by one instance changes what the other answers', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const viaA = browserFor(appA, customerId);
    const viaB = browserFor(appB, customerId);
    assert.equal(StatusSchema.parse(await (await viaA.status()).json()).state, 'ok');
    assert.equal(StatusSchema.parse(await (await viaB.status()).json()).state, 'ok');
    standin.setWebhook({ url: `${appA.base}/webhook`, secret: WEBHOOK_SECRET });
    standin.renew(subscriptionId);
    await standin.flushWebhooks();
    standin.resetRequests();
    assert.equal(StatusSchema.parse(await (await viaB.status()).json()).state, 'failed');
    assert.equal(standin.requests.length, 0, 'B served the status A stored');
  });

  it('rate limits setup intents across instances', async () => {
    const { customerId } = seedCustomer(standin);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await browserFor(i % 2 ? appA : appB, customerId).post('/setup-intent')).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
  });

  it('keeps serving from Stripe while Redis is down, says so, and recovers', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(appA, customerId);
    await redis.stop();
    const down = await browser.status();
    assert.equal(down.status, 200);
    assert.equal(StatusSchema.parse(await down.json()).state, 'ok');
    assert.ok(appA.logs.some((l) => l.startsWith('error: store')), appA.logs.join('\n'));
    redis = await startRedis(redis.port);
    // ioredis reconnects by itself (on its own backoff); poll until it has, for as long as a busy machine needs.
    let healthy = false;
    for (const deadline = Date.now() + 30_000; !healthy && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      healthy = await storeA.client.ping().then(() => true, () => false);
    }
    assert.ok(healthy, 'reconnected');
    assert.equal((await browser.status()).status, 200);
    assert.ok(appA.logs.some((l) => l.includes('reachable again')), appA.logs.join('\n'));
  });
});

