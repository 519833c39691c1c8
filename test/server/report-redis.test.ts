/**
 * Two handler instances on one Redis: each webhook reaches both (a redelivery that lands on the other
 * instance), the same fix is completed on both, and the report, read from either, counts it once.
 * The ledger's keys expire (13-month retention).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { ManualClock } from '../../src/server/notify/clock.js';
import { LEDGER_RETENTION_MS } from '../../src/server/report/ledger-store.js';
import { RedisStore } from '../../src/server/stores/redis.js';
import { WEBHOOK_SECRET, browserFor, startRedis } from './harness.js';
import { DAY, failingCustomer, outcomes, reportOf, settle, startReportApp, type ReportWorld } from './report-flow.js';

let redis: Awaited<ReturnType<typeof startRedis>>;
let standin: StripeStandin;
const clock = new ManualClock(Date.UTC(2027, 4, 20, 8));

before(async () => {
  redis = await startRedis();
  standin = await startStripeStandin({ now: () => clock.now() });
});
after(async () => {
  await standin?.close();
  await redis?.stop();
});

describe('the ledger on one Redis, two instances', () => {
  it('counts each failure, notice and fix once, whichever instance saw it', async () => {
    const prefix = 'two:';
    const worlds: ReportWorld[] = [];
    for (let i = 0; i < 2; i++) worlds.push(await startReportApp(standin, clock, { store: new RedisStore({ url: redis.url, prefix }) }));
    const [one, two] = worlds as [ReportWorld, ReportWorld];
    try {
      standin.setWebhook({ url: `${one.app.base}/webhook`, secret: WEBHOOK_SECRET });
      const a = failingCustomer(standin, { currency: 'eur' });
      const b = failingCustomer(standin, { currency: 'gbp', amount: 700 });
      await settle(standin, worlds);
      // Every event again, to the other instance (its own signature, the same event id).
      standin.setWebhook({ url: `${two.app.base}/webhook`, secret: WEBHOOK_SECRET });
      for (const event of standin.events.filter((e) => e.type.startsWith('invoice.'))) await standin.deliver(event);
      // A replay under a new id, stamped weeks later: the first failure stays the first.
      const failed = standin.events.find((e) => e.type === 'invoice.payment_failed' && (e.data.object as { id?: string }).id === a.invoiceId)!;
      assert.equal((await standin.deliver({ ...failed, id: 'evt_replayOnTwo1', created: failed.created + 40 * 86_400 })).status, 200);
      await settle(standin, worlds);
      await clock.advance(3 * DAY);

      // One fix, completed on both instances (two tabs behind a load balancer).
      const first = browserFor(one.app, a.customerId);
      const { clientSecret } = (await (await first.post('/setup-intent')).json()) as { clientSecret: string };
      const setupIntentId = clientSecret.split('_secret')[0]!;
      standin.confirmSetupIntent(setupIntentId, '4242424242424242');
      const answers = await Promise.all([first.post('/complete', { setupIntentId }), browserFor(two.app, a.customerId).post('/complete', { setupIntentId })]);
      assert.deepEqual(answers.map((r) => r.status), [200, 200]);
      await settle(standin, worlds);
      for (const event of standin.events.filter((e) => e.type === 'invoice.paid')) await standin.deliver(event);

      const [fromOne, fromTwo] = await Promise.all([reportOf(one.app, 'from=2027-05-01&to=2027-05-31'), reportOf(two.app, 'from=2027-05-01&to=2027-05-31')]);
      assert.deepEqual({ ...fromOne, generatedAt: '' }, { ...fromTwo, generatedAt: '' });
      assert.equal(fromOne.totals.failed, 2);
      assert.deepEqual(outcomes(fromOne), { in_app: 1, open: 1 });
      assert.deepEqual(fromOne.totals.amounts, [
        { currency: 'eur', failed: 2900, recovered: 2900 },
        { currency: 'gbp', failed: 700, recovered: 0 },
      ]);
      assert.equal(fromOne.totals.timeToRecover.medianHours, 72);
      const email = fromOne.byChannel.find((r) => r.channel === 'email' && r.step === 'failed');
      assert.deepEqual(email && [email.sent, email.recovered], [2, 1]);

      // Bounded: every ledger key expires, the invoice's within the retention.
      const client = new Redis(redis.url);
      try {
        const keys = await client.keys(`${prefix}ledger:*`);
        assert.ok(keys.some((k) => k.endsWith(`inv:${a.invoiceId}`)) && keys.some((k) => k.endsWith('month:2027-05')), keys.join(' '));
        for (const key of keys) {
          const ttl = await client.pttl(key);
          assert.ok(ttl > 0, `${key} expires`);
          if (key.includes(':inv:')) assert.ok(ttl <= LEDGER_RETENTION_MS, `${key} within retention`);
        }
      } finally {
        client.disconnect();
      }
      assert.ok(b);
    } finally {
      standin.setWebhook(null);
      for (const world of worlds) await world.app.close();
    }
  });

  it('counts the ways out once across instances, ratings without an invoice included', async () => {
    const prefix = 'ways:';
    const worlds: ReportWorld[] = [];
    for (let i = 0; i < 2; i++) worlds.push(await startReportApp(standin, clock, { store: new RedisStore({ url: redis.url, prefix }) }));
    try {
      standin.setWebhook({ url: `${worlds[0]!.app.base}/webhook`, secret: WEBHOOK_SECRET });
      const a = failingCustomer(standin);
      await settle(standin, worlds);
      const healthy = standin.createCustomer({ email: 'grace@example.com', name: 'Grace' });
      for (const world of worlds) {
        for (const [customerId, body] of [
          [a.customerId, { name: 'offers_shown', state: 'failed', source: 'wall' }],
          [a.customerId, { name: 'support_opened', state: 'failed', source: 'wall' }],
          [a.customerId, { name: 'rated', state: 'failed', rating: 2 }],
          [healthy.id, { name: 'rated', state: 'ok', rating: 5 }],
        ] as const) {
          assert.equal((await browserFor(world.app, customerId).post('/events', body)).status, 204);
        }
      }
      const report = await reportOf(worlds[1]!.app, 'from=2027-05-01&to=2027-05-31');
      const invoices = Object.fromEntries(report.retention!.actions.map((row) => [row.action, row.invoices]));
      assert.equal(invoices['offers_shown'], 1);
      assert.equal(invoices['support_opened'], 1);
      assert.deepEqual(report.retention!.ratings.byValue.map((v) => v.count), [0, 1, 0, 0, 1]);
      assert.equal(report.retention!.ratings.withoutInvoice, 1);
      const client = new Redis(redis.url);
      try {
        const keys = await client.keys(`${prefix}ledger:inv:rating_*`);
        assert.equal(keys.length, 1, keys.join(' '));
        assert.ok((await client.pttl(keys[0]!)) > 0, 'a rating entry expires like an invoice');
      } finally {
        client.disconnect();
      }
    } finally {
      standin.setWebhook(null);
      for (const world of worlds) await world.app.close();
    }
  });
});
