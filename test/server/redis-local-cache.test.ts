// The in-process cache in front of Redis: warm reads skip the round trip, and a change made on one
// instance is seen by the very next read on another (pub/sub invalidation, no TTL to wait for).
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
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
/** Redis GETs of snapshots store B sent: what its local cache saves. */
let snapshotGetsB = 0;

before(async () => {
  redis = await startRedis();
  standin = await startStripeStandin();
  storeA = new RedisStore({ url: redis.url, prefix: 'local:' });
  // A long local TTL: only the invalidation can make B read Redis again within a test.
  storeB = new RedisStore({ url: redis.url, prefix: 'local:', localCacheMs: 600_000 });
  const client = await storeB.connect();
  const get = client.get.bind(client);
  client.get = ((key: string) => {
    if (key.startsWith('local:status:')) snapshotGetsB++;
    return get(key);
  }) as typeof client.get;
  appA = await startApp(standin, { store: storeA });
  appB = await startApp(standin, { store: storeB });
});

after(async () => {
  await appA?.close();
  await appB?.close();
  await standin?.close();
  await redis?.stop();
});

const snapshot = (last4: string): BillingSnapshot => ({
  paymentMethodId: 'pm_1',
  paymentMethod: { type: 'card', brand: 'visa', last4, expMonth: 1, expYear: 2030, wallet: null },
  invoice: null,
  invoiceState: 'none',
  failure: null,
  failingSince: null,
});

/** Reads until the subscription is live (the first reads of a store go to Redis while it subscribes). */
async function untilCached(store: RedisStore, customerId: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const before = snapshotGetsB;
    await store.get(customerId);
    if (snapshotGetsB === before) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail('store B never served a snapshot from its local cache');
}

describe('RedisStore local cache', () => {
  it('serves a warm snapshot without a Redis round trip', async () => {
    await storeA.setIfGeneration('cus_warm', { snapshot: snapshot('4242'), derivedAt: 1 }, await storeA.generation('cus_warm'));
    await untilCached(storeB, 'cus_warm');
    const before = snapshotGetsB;
    for (let i = 0; i < 5; i++) assert.equal((await storeB.get('cus_warm'))?.snapshot.paymentMethod?.last4, '4242');
    assert.equal(snapshotGetsB, before, 'five reads, no GET');
  });

  it('an invalidation on A is seen by the next read on B', async () => {
    await storeA.setIfGeneration('cus_inv', { snapshot: snapshot('4242'), derivedAt: 1 }, await storeA.generation('cus_inv'));
    await untilCached(storeB, 'cus_inv');
    await storeA.invalidate('cus_inv');
    assert.equal(await storeB.get('cus_inv'), null);
    const generation = await storeA.generation('cus_inv');
    await storeA.setIfGeneration('cus_inv', { snapshot: snapshot('1881'), derivedAt: 2 }, generation);
    assert.equal((await storeB.get('cus_inv'))?.snapshot.paymentMethod?.last4, '1881', 'the new snapshot, read from Redis');
  });

  it('a webhook on instance A: the next status read on instance B shows it', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const viaA = browserFor(appA, customerId);
    const viaB = browserFor(appB, customerId);
    assert.equal(StatusSchema.parse(await (await viaA.status()).json()).state, 'ok');
    await untilCached(storeB, customerId);
    const before = snapshotGetsB;
    assert.equal(StatusSchema.parse(await (await viaB.status()).json()).state, 'ok');
    assert.equal(snapshotGetsB, before, 'B answered from its local copy');
    standin.setWebhook({ url: `${appA.base}/webhook`, secret: WEBHOOK_SECRET });
    standin.renew(subscriptionId);
    await standin.flushWebhooks();
    standin.resetRequests();
    assert.equal(StatusSchema.parse(await (await viaB.status()).json()).state, 'failed');
    assert.equal(standin.requests.length, 0, 'B read what A stored, not Stripe');
  });

  it('drops every copy when Redis goes away, and caches again once it is back', async () => {
    await storeA.setIfGeneration('cus_down', { snapshot: snapshot('4242'), derivedAt: 1 }, await storeA.generation('cus_down'));
    await untilCached(storeB, 'cus_down');
    await redis.stop();
    // Whatever happened meanwhile cannot be known: no copy is served while the subscription is lost.
    await assert.rejects(async () => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
        await storeB.get('cus_down');
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    redis = await startRedis(redis.port);
    let served = false;
    for (const deadline = Date.now() + 30_000; !served && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      served = await storeA.setIfGeneration('cus_down', { snapshot: snapshot('5555'), derivedAt: 3 }, 0).then(
        () => true,
        () => false,
      );
    }
    assert.ok(served, 'Redis is back');
    let last4: string | null | undefined;
    for (const deadline = Date.now() + 30_000; last4 !== '5555' && Date.now() < deadline; ) {
      last4 = await storeB.get('cus_down').then((v) => v?.snapshot.paymentMethod?.last4, () => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(last4, '5555', 'B reads Redis again after the outage, not its old copy');
    await untilCached(storeB, 'cus_down');
  });
});

describe('two handler instances in two processes on one Redis', () => {
  it('a webhook on instance A: the next status read on instance B (another process) shows it, through pub/sub', async () => {
    const child = fork(fileURLToPath(new URL('./redis-instance.ts', import.meta.url)), [redis.url, String(standin.port)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    try {
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      const b = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}/billing/paymend`;
      const gets = async () => {
        child.send('gets');
        const [message] = (await once(child, 'message')) as [{ gets: number }];
        return message.gets;
      };
      const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
      const viaB = () => fetch(`${b}/status`, { headers: { cookie: `session=${customerId}` } }).then(async (r) => StatusSchema.parse(await r.json()).state);
      assert.equal(StatusSchema.parse(await (await browserFor(appA, customerId).status()).json()).state, 'ok');
      // B reads Redis until its subscription is live, then answers from its copy.
      let cached = false;
      for (const deadline = Date.now() + 30_000; !cached && Date.now() < deadline; ) {
        const before = await gets();
        assert.equal(await viaB(), 'ok');
        cached = (await gets()) === before;
        if (!cached) await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(cached, 'B serves the status from its local copy');
      standin.setWebhook({ url: `${appA.base}/webhook`, secret: WEBHOOK_SECRET });
      standin.renew(subscriptionId);
      await standin.flushWebhooks();
      standin.resetRequests();
      assert.equal(await viaB(), 'failed', 'no waiting on a TTL: the next read shows it');
      assert.equal(standin.requests.length, 0, 'B read what A stored, not Stripe');
    } finally {
      child.disconnect();
      await once(child, 'exit');
    }
  });
});
