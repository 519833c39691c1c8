// Load: 1,000 concurrent status requests and a sustained stream of webhooks, against one instance
// and against two instances sharing Redis: no errors, bounded memory, eviction at work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { MemoryStore, RedisStore } from '../../src/server/index.js';
import { WEBHOOK_SECRET, browserFor, startApp, startRedis, type App } from './harness.js';

const CUSTOMERS = 1000;

// The heap bound is about what is retained, not what is waiting for the collector: collect first.
// (`--expose-gc` set at run time, as `node --test` starts this file without it.)
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
let standin: StripeStandin;
let customers: string[];

before(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  customers = Array.from({ length: CUSTOMERS }, (_, i) => {
    const customer = standin.createCustomer({ email: `load${i}@example.com` });
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 1000 });
    if (i % 10 === 0) standin.renew(subscription.id, { declineCode: 'insufficient_funds' });
    return customer.id as string;
  });
});
after(async () => {
  await standin.close();
});

/** 1,000 page views at once, one per customer, through HTTP. */
async function burst(apps: App[]) {
  const responses = await Promise.all(customers.map((id, i) => browserFor(apps[i % apps.length]!, id).status()));
  const statuses = responses.map((r) => r.status);
  await Promise.all(responses.map((r) => r.arrayBuffer()));
  return statuses;
}

/** A sustained stream of signed webhooks (every event the seeding made, several times over). */
async function webhookStream(app: App, rounds: number) {
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
  const codes: number[] = [];
  const events = standin.events.slice(-400);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < events.length; i += 50) {
      const batch = await Promise.all(events.slice(i, i + 50).map((event) => standin.deliver(event)));
      codes.push(...batch.map((b) => b.status));
    }
  }
  standin.setWebhook(null);
  return codes;
}

describe('one instance, memory store', () => {
  it('serves 1,000 concurrent page views and a webhook stream without errors, within its bounds', async () => {
    const store = new MemoryStore({ maxCustomers: 400 });
    const app = await startApp(standin, { store });
    try {
      const heapBefore = retainedHeap();
      const statuses = await burst([app]);
      assert.deepEqual([...new Set(statuses)], [200], 'every page view answered 200');
      assert.equal(store.size, 400, 'the LRU evicted beyond maxCustomers');
      const codes = await webhookStream(app, 3);
      assert.equal(codes.length, 1200);
      assert.deepEqual([...new Set(codes)], [200], 'every webhook accepted (duplicates included)');
      const again = await burst([app]);
      assert.deepEqual([...new Set(again)], [200]);
      assert.ok(store.size <= 400);
      const grownMb = (retainedHeap() - heapBefore) / 1e6;
      assert.ok(grownMb < 200, `heap grew by ${grownMb.toFixed(1)} MB`);
      assert.equal(app.logs.filter((l) => l.startsWith('error')).length, 0, app.logs.join('\n'));
    } finally {
      await app.close();
    }
  });
});

describe('two instances sharing Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  it('serve 1,000 concurrent page views and a webhook stream without errors', async () => {
    const storeA = new RedisStore({ url: redis.url, prefix: 'load:' });
    const a = await startApp(standin, { store: storeA });
    const b = await startApp(standin, { store: new RedisStore({ url: redis.url, prefix: 'load:' }) });
    try {
      const statuses = await burst([a, b]);
      assert.deepEqual([...new Set(statuses)], [200]);
      standin.resetRequests();
      const codes = await webhookStream(a, 2);
      assert.deepEqual([...new Set(codes)], [200]);
      const warm = await burst([b, a]);
      assert.deepEqual([...new Set(warm)], [200]);
      const keys = await storeA.client.dbsize();
      assert.ok(keys > 0 && keys < CUSTOMERS * 6, `Redis holds ${keys} keys for ${CUSTOMERS} customers`);
      assert.equal([...a.logs, ...b.logs].filter((l) => l.startsWith('error')).length, 0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
