// The status JSON kept per snapshot (src/server/status-cache.ts): a warm GET /status answers the
// bytes computed earlier, and they change the moment the status can: a webhook that changes the
// snapshot, a card's warning day and expiry, a grace deadline. Never another customer's bytes.
// Over HTTP with the real stripe SDK against the stand-in; then statusChangesAt against statusAt.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { StatusSchema, type Status } from '../../src/protocol/index.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { ManualClock, MemoryStore } from '../../src/server/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { statusAt, type BillingSnapshot, type StatusPolicy } from '../../src/server/derive.js';
import { StatusBodies, statusChangesAt } from '../../src/server/status-cache.js';
import { WEBHOOK_SECRET, browserFor, countRequests, seedCustomer, startApp, type App } from './harness.js';

const DAY = 86_400_000;
const DECLINING_CARD = '4000000000000341'; // attaches, then every charge is declined

let standin: StripeStandin;
let app: App | null = null;

before(async () => {
  standin = await startStripeStandin();
});
after(async () => standin.close());
afterEach(async () => {
  standin.clearFaults();
  await standin.flushWebhooks();
  await app?.close();
  app = null;
});

async function appWith(options: Partial<HandlerOptions> = {}): Promise<App> {
  app = await startApp(standin, options);
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
  return app;
}

async function read(browser: ReturnType<typeof browserFor>): Promise<{ text: string; status: Status }> {
  const response = await browser.status();
  assert.equal(response.status, 200);
  const text = await response.text();
  return { text, status: StatusSchema.parse(JSON.parse(text)) };
}

describe('the cached status JSON over HTTP', () => {
  it('changes when a webhook changes the snapshot', async () => {
    const local = await appWith();
    const seeded = seedCustomer(standin, DECLINING_CARD);
    await standin.flushWebhooks();
    const browser = browserFor(local, seeded.customerId);
    const first = await read(browser);
    assert.equal(first.status.state, 'ok');
    assert.equal((await read(browser)).text, first.text, 'a warm read answers the same bytes');

    standin.renew(seeded.subscriptionId); // declined: invoice.payment_failed reaches the webhook
    await standin.flushWebhooks();
    const failed = await read(browser);
    assert.equal(failed.status.state, 'failed');
    assert.ok(failed.status.invoice);
    assert.equal((await read(browser)).text, failed.text);
  });

  it('changes on the card warning day and at its expiry, with no Stripe read (the snapshot stays)', async () => {
    // Card valid through March 2031: expiring from 30 days before 1 April 2031, expired from then.
    const expiresAt = Date.UTC(2031, 3, 1);
    const clock = new ManualClock(Date.UTC(2031, 0, 15));
    // The store trusts a snapshot for a year of this clock, so only the body's own validity can change the answer.
    const store = new MemoryStore({ ttlMs: 400 * DAY, now: () => clock.now() });
    const local = await appWith({ now: () => clock.now(), store, expiring: { mode: 'withinDays', withinDays: 30 } });
    const seeded = seedCustomer(standin, '4242424242424242', { expMonth: 3, expYear: 2031 });
    await standin.flushWebhooks();
    const browser = browserFor(local, seeded.customerId);
    assert.equal((await read(browser)).status.state, 'ok');
    const stripeReads = countRequests(standin);

    await clock.advance(expiresAt - 30 * DAY - 1 - clock.now());
    assert.equal((await read(browser)).status.state, 'ok', 'one millisecond before the warning day');
    await clock.advance(1);
    assert.equal((await read(browser)).status.state, 'expiring', 'on the warning day');
    await clock.advance(expiresAt - 1 - clock.now());
    assert.equal((await read(browser)).status.state, 'expiring');
    await clock.advance(1);
    assert.equal((await read(browser)).status.state, 'expired', 'from the first instant after the expiry month');
    assert.equal(countRequests(standin), stripeReads, 'the same snapshot all along: the change came from the clock');
  });

  it('turns the soft wall hard at the grace deadline', async () => {
    const clock = new ManualClock(Date.now());
    const store = new MemoryStore({ ttlMs: 400 * DAY, now: () => clock.now() });
    const local = await appWith({ now: () => clock.now(), store, wall: { mode: 'soft', graceDays: 3 } });
    const seeded = seedCustomer(standin, DECLINING_CARD);
    standin.renew(seeded.subscriptionId);
    await standin.flushWebhooks();
    const browser = browserFor(local, seeded.customerId);
    const soft = (await read(browser)).status;
    assert.equal(soft.access.wall, 'soft');
    const endsAt = Date.parse(soft.access.endsAt!);
    await clock.advance(endsAt - 1 - clock.now());
    assert.equal((await read(browser)).status.access.wall, 'soft', 'one millisecond before the deadline');
    await clock.advance(1);
    const hard = (await read(browser)).status;
    assert.equal(hard.access.wall, 'hard');
    assert.equal(hard.access.endsAt, soft.access.endsAt);
  });

  it("never answers one customer another's bytes, however the reads interleave", async () => {
    const local = await appWith();
    const healthy = seedCustomer(standin, '4242424242424242');
    const failing = seedCustomer(standin, DECLINING_CARD);
    standin.renew(failing.subscriptionId);
    await standin.flushWebhooks();
    const a = browserFor(local, healthy.customerId);
    const b = browserFor(local, failing.customerId);
    for (let round = 0; round < 5; round++) {
      const [ra, rb] = await Promise.all([read(a), read(b)]);
      assert.equal(ra.status.state, 'ok');
      assert.equal(ra.status.invoice, null);
      assert.equal(rb.status.state, 'failed');
      assert.ok(rb.status.invoice);
      assert.notEqual(ra.text, rb.text);
    }
  });

  it("asks the merchant's shouldShow on every read: its answer is never cached", async () => {
    let show = true;
    const local = await appWith({ shouldShow: () => show });
    const seeded = seedCustomer(standin, DECLINING_CARD);
    standin.renew(seeded.subscriptionId);
    await standin.flushWebhooks();
    const browser = browserFor(local, seeded.customerId);
    assert.equal((await read(browser)).status.state, 'failed');
    show = false;
    assert.equal((await read(browser)).status.state, 'ok');
    show = true;
    assert.equal((await read(browser)).status.state, 'failed');
  });
});

describe('statusChangesAt and StatusBodies (pure)', () => {
  const policy: StatusPolicy = { expiring: { mode: 'withinDays', withinDays: 30 }, wall: { mode: 'soft', graceDays: 7 } };
  const card = { type: 'card', brand: 'visa', last4: '4242', expMonth: 6, expYear: 2030 } as unknown as BillingSnapshot['paymentMethod'];
  const base: BillingSnapshot = { paymentMethodId: 'pm_1', paymentMethod: card, invoice: null, invoiceState: 'none', failure: null, failingSince: null };
  const snapshots: Record<string, BillingSnapshot> = {
    card: base,
    failing: { ...base, invoiceState: 'failed', failingSince: '2030-05-20T00:00:00.000Z' },
    paused: { ...base, pause: { method: 'collection', resumesAt: '2030-05-25T00:00:00.000Z', resumable: true, subscriptionId: 'sub_1' } as BillingSnapshot['pause'] },
  };

  it('the status is the same from any instant until the one it names', () => {
    for (const [name, snapshot] of Object.entries(snapshots)) {
      // Every hour over four months around the card's expiry and the other instants.
      for (let now = Date.UTC(2030, 3, 1); now < Date.UTC(2030, 7, 1); now += 3_600_000 + 17) {
        const until = statusChangesAt(snapshot, now, policy);
        assert.ok(until > now, name);
        const then = statusAt(snapshot, now, policy);
        const probe = Math.min(until - 1, now + 90 * DAY);
        assert.deepEqual(statusAt(snapshot, probe, policy), then, `${name}: from ${new Date(now).toISOString()} to ${new Date(probe).toISOString()}`);
      }
    }
  });

  it('a body kept for one customer is not handed to another sharing the snapshot object', () => {
    const bodies = new StatusBodies(policy);
    const now = Date.UTC(2030, 0, 1);
    bodies.keep('cus_A', base, now, '{"a":1}');
    assert.equal(bodies.get('cus_A', base, now), '{"a":1}');
    assert.equal(bodies.get('cus_B', base, now), null);
    assert.equal(bodies.get('cus_A', { ...base }, now), null, 'another snapshot object: another body');
    assert.equal(bodies.get('cus_A', base, now - 1), null, 'a clock set back does not see a later body');
  });
});
