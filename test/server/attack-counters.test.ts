// Recovery counters must not be inflatable: each SetupIntent's card and each invoice count once,
// however often `/complete` is replayed or called concurrently, with the memory store and with Redis.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { MemoryStore, RedisStore, type Store } from '../../src/server/index.js';
import { WEBHOOK_SECRET, browserFor, startApp, startRedis } from './harness.js';
import { complete, failingCustomer, newCardVia } from './attack-flows.js';

let standin: StripeStandin;
let redis: Awaited<ReturnType<typeof startRedis>>;
const redisStores: RedisStore[] = [];

before(async () => {
  standin = await startStripeStandin();
  redis = await startRedis();
});
after(async () => {
  for (const store of redisStores) await store.close();
  await standin?.close();
  await redis?.stop();
});

const stores: Array<[string, () => Store[]]> = [
  ['memory store', () => [new MemoryStore()]],
  [
    'Redis, two instances',
    () => {
      const prefix = `counters${Math.random().toString(36).slice(2)}:`;
      const pair = [new RedisStore({ url: redis.url, prefix }), new RedisStore({ url: redis.url, prefix })];
      redisStores.push(...pair);
      return pair;
    },
  ],
];

/** One app per store; with Redis, two handler instances share the counters like two servers would. */
async function appsOn(storesOf: () => Store[]) {
  const apps = await Promise.all(storesOf().map((store) => startApp(standin, { store })));
  // The handler must not close a store shared by the other instance: the test closes them.
  for (const app of apps) app.handler.close = async () => undefined;
  standin.setWebhook({ url: `${apps[0]!.base}/webhook`, secret: WEBHOOK_SECRET });
  return { apps, close: () => Promise.all(apps.map((a) => a.close())) };
}

for (const [name, storesOf] of stores) {
  describe(`recovery counters, ${name}`, () => {
    it('20 sequential replays of one successful /complete count one card and one invoice', async () => {
      const { apps, close } = await appsOn(storesOf);
      try {
        const { customerId } = await failingCustomer(standin);
        const first = apps[0]!;
        const { setupIntentId } = await newCardVia(standin, browserFor(first, customerId), '4242424242424242');
        for (let i = 0; i < 20; i++) await complete(browserFor(apps[i % apps.length]!, customerId), setupIntentId);
        const stats = await first.handler.recoveryStats();
        assert.equal(stats.cardsUpdated, 1);
        assert.equal(stats.invoicesRecovered, 1);
        assert.deepEqual(stats.amountRecovered, { eur: 2900 });
      } finally {
        await close();
      }
    });

    it('concurrent /complete calls with the same SetupIntent count the invoice once', async () => {
      const { apps, close } = await appsOn(storesOf);
      try {
        const { customerId, invoiceId } = await failingCustomer(standin);
        const { setupIntentId } = await newCardVia(standin, browserFor(apps[0]!, customerId), '4242424242424242');
        const bodies = await Promise.all(
          Array.from({ length: 4 }, (_, i) => complete(browserFor(apps[i % apps.length]!, customerId), setupIntentId)),
        );
        for (const body of bodies) assert.equal(body.status.state, 'ok');
        assert.equal(standin.get(invoiceId).amount_paid, 2900, 'charged once');
        const stats = await apps[0]!.handler.recoveryStats();
        assert.equal(stats.invoicesRecovered, 1);
        assert.deepEqual(stats.amountRecovered, { eur: 2900 });
        assert.equal(stats.cardsUpdated, 1);
      } finally {
        await close();
      }
    });
  });
}
