// `expiring`, precisely: a card is expiring when it runs out before Stripe's next charge of it
// (the item's `current_period_end`, monthly or annual), unless the merchant keeps "within N days".
// Pure derivation first, then over HTTP with the real stripe SDK against the stand-in.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { StatusSchema } from '../../src/protocol/index.js';
import { nextChargeOf, snapshotFromFacts, statusAt, type BillingFacts, type StatusPolicy } from '../../src/server/derive.js';
import { CustomerSchema, PaymentMethodSchema, SubscriptionSchema } from '../../src/server/stripe-shapes.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { WEBHOOK_SECRET, browserFor, startApp, type App } from './harness.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { HookTransport, ManualClock, MemoryNotifyQueue, createHandler } from '../../src/server/index.js';
import type { OutgoingMessage } from '../../src/server/notify/types.js';

const NOW = Date.UTC(2026, 2, 10, 12); // 10 Mar 2026
const DAY = 86_400_000;
const s = (ms: number) => Math.floor(ms / 1000);
const wall = { mode: 'none', graceDays: 7 } as const;
const precise: StatusPolicy = { expiring: { mode: 'beforeNextCharge', withinDays: 30 }, wall };

function card(expMonth: number, expYear: number) {
  return PaymentMethodSchema.parse({ id: 'pm_1', object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: expMonth, exp_year: expYear } });
}
function sub(periodEnd: number | null, overrides: Record<string, unknown> = {}) {
  return SubscriptionSchema.parse({
    id: 'sub_1',
    status: 'active',
    default_payment_method: null,
    items: { data: periodEnd === null ? [] : [{ id: 'si_1', current_period_end: s(periodEnd) }] },
    ...overrides,
  });
}
function facts(pm: ReturnType<typeof card>, subscriptions: BillingFacts['subscriptions']): BillingFacts {
  return { customer: CustomerSchema.parse({ id: 'cus_1', invoice_settings: { default_payment_method: pm } }), subscriptions, openInvoices: [] };
}
const stateOf = (f: BillingFacts, policy: StatusPolicy = precise, now = NOW) => {
  const status = statusAt(snapshotFromFacts(f), now, policy);
  StatusSchema.parse(status);
  return status.state;
};

const MONTHLY_END = Date.UTC(2026, 3, 10, 12); // 10 Apr 2026
const ANNUAL_END = Date.UTC(2027, 2, 10, 12); // 10 Mar 2027

describe('expiring before the next charge (pure)', () => {
  it('monthly: a card valid through March expires before the April charge; one valid through April does not', () => {
    assert.equal(stateOf(facts(card(3, 2026), [sub(MONTHLY_END)])), 'expiring');
    assert.equal(stateOf(facts(card(4, 2026), [sub(MONTHLY_END)])), 'ok');
  });

  it('annual: a card ending in December is expiring months ahead, since the charge is next March', () => {
    assert.equal(stateOf(facts(card(12, 2026), [sub(ANNUAL_END)])), 'expiring');
    assert.equal(stateOf(facts(card(3, 2027), [sub(ANNUAL_END)])), 'ok', 'valid through March 2027, charged on the 10th');
    assert.equal(stateOf(facts(card(2, 2027), [sub(ANNUAL_END)])), 'expiring');
  });

  it('a charge falling on the first instant after the expiry month already fails', () => {
    assert.equal(stateOf(facts(card(3, 2026), [sub(Date.UTC(2026, 3, 1))])), 'expiring');
    assert.equal(stateOf(facts(card(3, 2026), [sub(Date.UTC(2026, 3, 1) - 1000)])), 'ok');
  });

  it('no charge coming: no subscription, cancelled at period end, cancel_at before the end, canceled', () => {
    assert.equal(stateOf(facts(card(3, 2026), [])), 'ok');
    assert.equal(stateOf(facts(card(3, 2026), [sub(MONTHLY_END, { cancel_at_period_end: true })])), 'ok');
    assert.equal(stateOf(facts(card(3, 2026), [sub(MONTHLY_END, { cancel_at: s(MONTHLY_END) })])), 'ok');
    assert.equal(stateOf(facts(card(3, 2026), [sub(MONTHLY_END, { status: 'canceled' })])), 'ok');
  });

  it('an expired card is expired whatever the mode', () => {
    assert.equal(stateOf(facts(card(2, 2026), [sub(MONTHLY_END)])), 'expired');
    assert.equal(stateOf(facts(card(2, 2026), [])), 'expired');
  });

  it('the earliest item wins; older API versions carry the period on the subscription itself', () => {
    const two = sub(null, { items: { data: [{ current_period_end: s(ANNUAL_END) }, { current_period_end: s(MONTHLY_END) }] } });
    assert.equal(nextChargeOf(two), s(MONTHLY_END));
    assert.equal(nextChargeOf(sub(null, { current_period_end: s(ANNUAL_END) })), s(ANNUAL_END));
    assert.equal(nextChargeOf(sub(null)), null);
    assert.equal(nextChargeOf(sub(MONTHLY_END, { status: 'paused' })), null);
  });

  it('withinDays keeps the old rule, and so does the older expiringWithinDays spelling', () => {
    const annual = facts(card(12, 2026), [sub(ANNUAL_END)]);
    assert.equal(stateOf(annual, { expiring: { mode: 'withinDays', withinDays: 30 }, wall }), 'ok');
    assert.equal(stateOf(annual, { expiringWithinDays: 30, wall }), 'ok');
    const soon = facts(card(4, 2026), [sub(MONTHLY_END)]); // 52 days left, charged before
    assert.equal(stateOf(soon, { expiringWithinDays: 60, wall }), 'expiring');
    assert.equal(stateOf(soon, { expiring: { mode: 'withinDays', withinDays: 60 }, wall }), 'expiring');
    assert.equal(stateOf(soon, precise), 'ok');
  });

  it('a snapshot stored before nextChargeAt existed falls back to the days rule, calmly', () => {
    const { nextChargeAt, ...old } = snapshotFromFacts(facts(card(4, 2026), [sub(MONTHLY_END)]));
    assert.equal(typeof nextChargeAt, 'string');
    assert.equal(statusAt(old, NOW, precise).state, 'ok'); // 52 days > 30
    assert.equal(statusAt(old, NOW + 30 * DAY, precise).state, 'expiring');
    assert.equal(statusAt({ ...old, nextChargeAt: 'not a date' }, NOW, precise).state, 'ok');
  });
});

describe('expiring options', () => {
  const base = { stripe: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecret: 'whsec_x', resolveCustomer: () => null } satisfies HandlerOptions;
  it('validates mode and days, suggests the right spelling, refuses both spellings at once', () => {
    assert.throws(() => createHandler({ ...base, expiring: { mode: 'soon' as never } }), /expiring\.mode/);
    assert.throws(() => createHandler({ ...base, expiring: { mode: 'withinDays', withinDays: 0 } }), /expiring\.withinDays/);
    assert.throws(() => createHandler({ ...base, expiring: { withindays: 3 } as never }), /did you mean withinDays\?/);
    assert.throws(() => createHandler({ ...base, expiring: { mode: 'withinDays' }, expiringWithinDays: 10 }), /not both/);
    assert.doesNotThrow(() => createHandler({ ...base, expiringWithinDays: 10 }));
  });
});

describe('expiring over HTTP (stand-in, real stripe SDK)', () => {
  let standin: StripeStandin;
  let app: App | null = null;
  before(async () => {
    standin = await startStripeStandin({ now: () => NOW });
  });
  after(async () => standin.close());
  afterEach(async () => {
    await standin.flushWebhooks();
    await app?.close();
    app = null;
  });

  async function stateFor(interval: 'month' | 'year', exp: { expMonth: number; expYear: number }, options: Partial<HandlerOptions> = {}) {
    app = await startApp(standin, { now: () => NOW, ...options });
    standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
    const customer = standin.createCustomer({ email: 'ada@example.com' });
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true, ...exp });
    standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur', interval });
    await standin.flushWebhooks();
    const response = await browserFor(app, customer.id).status();
    assert.equal(response.status, 200);
    const body = StatusSchema.parse(await response.json());
    await app.close();
    app = null;
    return body.state;
  }

  it('monthly: expiring only when the card ends before the next charge', async () => {
    assert.equal(await stateFor('month', { expMonth: 3, expYear: 2026 }), 'expiring');
    assert.equal(await stateFor('month', { expMonth: 4, expYear: 2026 }), 'ok');
  });

  it('annual: the item’s current_period_end a year out makes a December card expiring now', async () => {
    assert.equal(await stateFor('year', { expMonth: 12, expYear: 2026 }), 'expiring');
    assert.equal(await stateFor('year', { expMonth: 4, expYear: 2027 }), 'ok');
  });

  it('withinDays (and expiringWithinDays) keep the old behaviour', async () => {
    assert.equal(await stateFor('year', { expMonth: 12, expYear: 2026 }, { expiring: { mode: 'withinDays', withinDays: 30 } }), 'ok');
    assert.equal(await stateFor('month', { expMonth: 4, expYear: 2026 }, { expiringWithinDays: 60 }), 'expiring');
  });
});

describe('warnings the card updater made unnecessary (HTTP)', () => {
  let standin: StripeStandin;
  let app: App | null = null;
  before(async () => {
    standin = await startStripeStandin();
  });
  after(async () => standin.close());
  afterEach(async () => {
    await standin.flushWebhooks();
    await app?.close();
    app = null;
  });

  /** A customer whose card runs out this month, before next month's charge. */
  function expiringCustomer() {
    const now = new Date();
    const customer = standin.createCustomer({ email: 'grace@example.com', name: 'Grace', phone: '+15555550124' });
    const pm = standin.attachCard(customer.id, '4242424242424242', { makeDefault: true, expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
    return { customerId: customer.id as string, paymentMethodId: pm.id as string, subscriptionId: subscription.id as string };
  }
  async function started(options: Partial<HandlerOptions> = {}) {
    app = await startApp(standin, options);
    standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
    return app;
  }

  it('the banner showed expiring, then the updater renewed that card: counted once per card', async () => {
    const a = await started();
    const { customerId, paymentMethodId } = expiringCustomer();
    await standin.flushWebhooks();
    const browser = browserFor(a, customerId);
    assert.equal(StatusSchema.parse(await (await browser.status()).json()).state, 'expiring');
    assert.equal((await browser.post('/events', { name: 'shown', state: 'expiring' })).status, 204);
    assert.equal((await a.handler.recoveryStats()).expiringAvoidedByUpdater, 0, 'not before the updater ran');
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: new Date().getUTCFullYear() + 3 });
    await standin.flushWebhooks();
    assert.equal((await a.handler.recoveryStats()).expiringAvoidedByUpdater, 1);
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: new Date().getUTCFullYear() + 4 });
    await standin.flushWebhooks();
    assert.equal((await a.handler.recoveryStats()).expiringAvoidedByUpdater, 1, 'once per payment method');
    assert.equal(StatusSchema.parse(await (await browser.status()).json()).state, 'ok');
  });

  it('no warning shown (a beacon of another state, or one claiming expiring for a healthy card): no count', async () => {
    const a = await started();
    const quiet = expiringCustomer();
    const other = expiringCustomer();
    const healthy = standin.createCustomer({ email: 'h@example.com' });
    const healthyCard = standin.attachCard(healthy.id, '4242424242424242', { makeDefault: true, expMonth: 1, expYear: 2040 });
    standin.createSubscription({ customer: healthy.id, amount: 2900, currency: 'eur' });
    await standin.flushWebhooks();
    assert.equal((await browserFor(a, healthy.id).post('/events', { name: 'shown', state: 'expiring' })).status, 204);
    standin.automaticallyUpdateCard(healthyCard.id, { expYear: 2041 });
    assert.equal((await browserFor(a, other.customerId).post('/events', { name: 'shown', state: 'failed' })).status, 204);
    assert.equal((await browserFor(a, other.customerId).post('/events', { name: 'dismissed', state: 'expiring' })).status, 204);
    standin.automaticallyUpdateCard(quiet.paymentMethodId, { expYear: 2040 });
    standin.automaticallyUpdateCard(other.paymentMethodId, { expYear: 2040 });
    await standin.flushWebhooks();
    assert.equal((await a.handler.recoveryStats()).expiringAvoidedByUpdater, 0);
  });

  it('an expiring notice sent, then the updater: counted', async () => {
    const clock = new ManualClock(Date.now());
    const queue = new MemoryNotifyQueue({ clock, logger: { warn: () => undefined, error: () => undefined } });
    const sent: OutgoingMessage[] = [];
    const a = await started({
      publicOrigin: 'https://app.example.com',
      now: () => clock.now(),
      notify: {
        channels: ['email'],
        from: { name: 'Acme', email: 'billing@acme.example' },
        support: { email: 'help@acme.example' },
        transports: { email: new HookTransport('email', (m) => void sent.push(m)) },
        queue,
      },
    });
    const { paymentMethodId, subscriptionId } = expiringCustomer();
    await standin.flushWebhooks();
    standin.announceUpcoming(subscriptionId);
    await standin.flushWebhooks();
    await clock.advance(0);
    await queue.idle();
    assert.deepEqual(sent.map((m) => m.step), ['expiring']);
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2040 });
    await standin.flushWebhooks();
    assert.equal((await a.handler.recoveryStats()).expiringAvoidedByUpdater, 1);
  });
});
