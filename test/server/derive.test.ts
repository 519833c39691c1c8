// Status derivation is pure: these tests feed it Stripe-shaped objects (including Stripe's own
// fixtures) and a clock, and check every state, the precedence, the calendar and the wall.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { StatusSchema } from '../../src/protocol/index.js';
import { isOverdueSubscription, isPausedForFailure, snapshotFromFacts, statusAt, type BillingFacts, type StatusPolicy } from '../../src/server/derive.js';
import {
  CustomerSchema,
  InvoiceSchema,
  PaymentIntentSchema,
  PaymentMethodSchema,
  SetupIntentSchema,
  SubscriptionSchema,
} from '../../src/server/stripe-shapes.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/stripe/${name}.json`, import.meta.url), 'utf8'));

const NOW = Date.UTC(2026, 10, 24, 12); // 24 Nov 2026
const DAY = 86_400_000;
const policy: StatusPolicy = { expiringWithinDays: 30, wall: { mode: 'none', graceDays: 7 } };

function card(expMonth: number, expYear: number, extra: Record<string, unknown> = {}) {
  return PaymentMethodSchema.parse({
    ...fixture('payment_method'),
    id: 'pm_default',
    card: { ...fixture('payment_method').card, exp_month: expMonth, exp_year: expYear, wallet: null },
    ...extra,
  });
}

function customer(defaultPm: unknown = null) {
  return CustomerSchema.parse({ ...fixture('customer'), invoice_settings: { ...fixture('customer').invoice_settings, default_payment_method: defaultPm } });
}

function subscription(overrides: Record<string, unknown> = {}) {
  // The fixture's collection is paused (`pause_collection`): these tests are about a subscription that bills.
  return SubscriptionSchema.parse({ ...fixture('subscription'), id: 'sub_1', status: 'active', default_payment_method: null, pause_collection: null, ...overrides });
}

function invoice(overrides: Record<string, unknown> = {}) {
  return InvoiceSchema.parse({
    ...fixture('invoice'),
    id: 'in_1',
    status: 'open',
    attempt_count: 1,
    amount_due: 2900,
    amount_remaining: 2900,
    currency: 'eur',
    created: Math.floor((NOW - 3 * DAY) / 1000),
    status_transitions: { finalized_at: Math.floor((NOW - 3 * DAY) / 1000) },
    next_payment_attempt: Math.floor((NOW + 2 * DAY) / 1000),
    hosted_invoice_url: 'https://invoice.stripe.com/i/acct_1/test',
    parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_1', metadata: {} } },
    ...overrides,
  });
}

function paymentIntent(status: string, error: Record<string, unknown> | null = null) {
  return PaymentIntentSchema.parse({ ...fixture('payment_intent'), id: 'pi_1', status, last_payment_error: error });
}

function facts(partial: Partial<BillingFacts>): BillingFacts {
  return { customer: customer(card(8, 2030)), subscriptions: [subscription()], openInvoices: [], ...partial };
}

const statusOf = (f: BillingFacts, now = NOW, p = policy) => {
  const status = statusAt(snapshotFromFacts(f), now, p);
  StatusSchema.parse(status); // every derived status is valid on the wire
  return status;
};

describe("Stripe's own fixtures", () => {
  it('parse with the shapes Paymend reads', () => {
    assert.doesNotThrow(() => CustomerSchema.parse(fixture('customer')));
    assert.doesNotThrow(() => InvoiceSchema.parse(fixture('invoice')));
    assert.doesNotThrow(() => SubscriptionSchema.parse(fixture('subscription')));
    assert.doesNotThrow(() => PaymentMethodSchema.parse(fixture('payment_method')));
    assert.doesNotThrow(() => PaymentIntentSchema.parse(fixture('payment_intent')));
    assert.doesNotThrow(() => SetupIntentSchema.parse(fixture('setup_intent')));
  });

  it('derive a valid status from the untouched fixtures', () => {
    const status = statusOf({
      customer: CustomerSchema.parse(fixture('customer')),
      subscriptions: [SubscriptionSchema.parse(fixture('subscription'))],
      openInvoices: [{ invoice: InvoiceSchema.parse(fixture('invoice')), paymentIntent: PaymentIntentSchema.parse(fixture('payment_intent')) }],
    });
    // The fixture invoice is a draft that was never attempted: nothing owed. But the fixture
    // subscription's collection is paused (`pause_collection`, no end date): a pause in force.
    assert.equal(status.state, 'paused');
    assert.deepEqual(status.pause, { resumesAt: null, resumable: true });
  });

  it('summarize the fixture payment method with brand, last4 and expiry', () => {
    const pm = PaymentMethodSchema.parse(fixture('payment_method'));
    const status = statusOf(facts({ customer: customer(pm) }));
    assert.deepEqual(status.paymentMethod, { type: 'card', brand: 'visa', last4: '4242', expMonth: 8, expYear: 2030, wallet: 'link' });
  });
});

describe('card expiry', () => {
  it('is ok when the card runs beyond the window', () => {
    assert.equal(statusOf(facts({ customer: customer(card(8, 2030)) })).state, 'ok');
  });

  it('is expiring within 30 days of the end of its month', () => {
    // Valid through 30 Nov 2026: expires 1 Dec, 7 days after NOW.
    assert.equal(statusOf(facts({ customer: customer(card(11, 2026)) })).state, 'expiring');
    // Valid through 31 Dec: 38 days away, outside a 30-day window…
    assert.equal(statusOf(facts({ customer: customer(card(12, 2026)) })).state, 'ok');
    // …inside a 60-day one.
    assert.equal(statusOf(facts({ customer: customer(card(12, 2026)) }), NOW, { ...policy, expiringWithinDays: 60 }).state, 'expiring');
  });

  it('is expired once its month has ended', () => {
    assert.equal(statusOf(facts({ customer: customer(card(10, 2026)) })).state, 'expired');
    assert.equal(statusOf(facts({ customer: customer(card(1, 2020)) })).state, 'expired');
  });

  it('follows the calendar: the same snapshot reads differently as days pass', () => {
    const snapshot = snapshotFromFacts(facts({ customer: customer(card(1, 2027)) }));
    assert.equal(statusAt(snapshot, NOW, policy).state, 'ok');
    assert.equal(statusAt(snapshot, Date.UTC(2027, 0, 10), policy).state, 'expiring');
    assert.equal(statusAt(snapshot, Date.UTC(2027, 1, 1) - 1, policy).state, 'expiring');
    assert.equal(statusAt(snapshot, Date.UTC(2027, 1, 1), policy).state, 'expired');
  });

  it('is ok with no payment method at all', () => {
    const status = statusOf(facts({ customer: customer(null), subscriptions: [] }));
    assert.equal(status.state, 'ok');
    assert.equal(status.paymentMethod, null);
  });

  it("uses a subscription's own default over the customer's", () => {
    const status = statusOf(facts({ customer: customer(card(8, 2030)), subscriptions: [subscription({ default_payment_method: card(11, 2026, { id: 'pm_sub' }) })] }));
    assert.equal(status.state, 'expiring');
    assert.equal(status.paymentMethod?.expYear, 2026);
  });

  it('reports the card that runs out first across subscriptions', () => {
    const status = statusOf(
      facts({
        subscriptions: [
          subscription({ id: 'sub_a', default_payment_method: card(5, 2031, { id: 'pm_a' }) }),
          subscription({ id: 'sub_b', default_payment_method: card(10, 2026, { id: 'pm_b' }) }),
        ],
      }),
    );
    assert.equal(status.state, 'expired');
  });

  it('ignores the cards of canceled subscriptions', () => {
    const status = statusOf(facts({ subscriptions: [subscription({ status: 'canceled', default_payment_method: card(1, 2020, { id: 'pm_old' }) })] }));
    assert.equal(status.state, 'ok');
  });

  it('reads a legacy card source when there is no payment method', () => {
    const c = CustomerSchema.parse({ ...fixture('customer'), default_source: { id: 'card_1', object: 'card', brand: 'Visa', last4: '0005', exp_month: 11, exp_year: 2026 } });
    const status = statusOf({ customer: c, subscriptions: [], openInvoices: [] });
    assert.equal(status.state, 'expiring');
    assert.equal(status.paymentMethod?.brand, 'visa');
  });
});

describe('failed and unconfirmed payments', () => {
  const declined = { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', advice_code: 'try_again_later' };

  it('is failed with the decline codes of the invoice PaymentIntent', () => {
    const status = statusOf(facts({ subscriptions: [subscription({ status: 'past_due' })], openInvoices: [{ invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', declined) }] }));
    assert.equal(status.state, 'failed');
    assert.deepEqual(status.failure, { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
    assert.deepEqual(status.invoice, {
      id: 'in_1',
      amountDue: 2900,
      currency: 'eur',
      attemptCount: 1,
      billedAt: new Date(NOW - 3 * DAY).toISOString(),
      nextAttemptAt: new Date(NOW + 2 * DAY).toISOString(),
      hostedInvoiceUrl: 'https://invoice.stripe.com/i/acct_1/test',
    });
  });

  it('is failed without codes when the PaymentIntent could not be read', () => {
    const status = statusOf(facts({ openInvoices: [{ invoice: invoice(), paymentIntent: null }] }));
    assert.equal(status.state, 'failed');
    assert.equal(status.failure, null);
  });

  it('is action_required when the bank wants a confirmation', () => {
    const status = statusOf(facts({ openInvoices: [{ invoice: invoice(), paymentIntent: paymentIntent('requires_action') }] }));
    assert.equal(status.state, 'action_required');
  });

  it('puts action_required before failed, and the oldest failure first', () => {
    const older = { invoice: invoice({ id: 'in_old', created: Math.floor((NOW - 20 * DAY) / 1000) }), paymentIntent: paymentIntent('requires_payment_method', declined) };
    const newer = { invoice: invoice({ id: 'in_new' }), paymentIntent: paymentIntent('requires_payment_method', declined) };
    const action = { invoice: invoice({ id: 'in_3ds' }), paymentIntent: paymentIntent('requires_action') };
    assert.equal(statusOf(facts({ openInvoices: [newer, older] })).invoice?.id, 'in_old');
    const both = statusOf(facts({ openInvoices: [newer, action, older] }));
    assert.equal(both.state, 'action_required');
    assert.equal(both.invoice?.id, 'in_3ds');
  });

  it('puts failed before an expired card', () => {
    const status = statusOf(facts({ customer: customer(card(1, 2020)), openInvoices: [{ invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', declined) }] }));
    assert.equal(status.state, 'failed');
  });

  it('ignores invoices never attempted, paid, or sent for manual payment', () => {
    const cases = [
      { invoice: invoice({ attempt_count: 0 }), paymentIntent: null },
      { invoice: invoice({ status: 'paid' }), paymentIntent: paymentIntent('succeeded') },
      { invoice: invoice({ collection_method: 'send_invoice' }), paymentIntent: null },
    ];
    for (const entry of cases) assert.equal(statusOf(facts({ openInvoices: [entry] })).state, 'ok', JSON.stringify(entry.invoice.status));
  });

  it('accepts unknown decline codes as they come (Stripe enums are open)', () => {
    const status = statusOf(facts({ openInvoices: [{ invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', { code: 'card_declined', decline_code: 'brand_new_code_2027' }) }] }));
    assert.equal(status.failure?.declineCode, 'brand_new_code_2027');
    assert.equal(status.failure?.adviceCode, null);
  });

  it('drops an invoice URL that is not http(s)', () => {
    const status = statusOf(facts({ openInvoices: [{ invoice: invoice({ hosted_invoice_url: 'javascript:alert(1)' }), paymentIntent: null }] }));
    assert.equal(status.invoice?.hostedInvoiceUrl, null);
  });

  it("reports the failing subscription's card, not another one", () => {
    const status = statusOf(
      facts({
        subscriptions: [
          subscription({ id: 'sub_1', status: 'past_due', default_payment_method: card(8, 2031, { id: 'pm_failing' }) }),
          subscription({ id: 'sub_2', default_payment_method: card(1, 2020, { id: 'pm_other' }) }),
        ],
        openInvoices: [{ invoice: invoice(), paymentIntent: null }],
      }),
    );
    assert.equal(snapshotFromFacts(facts({ subscriptions: [subscription({ id: 'sub_1', status: 'past_due', default_payment_method: card(8, 2031, { id: 'pm_failing' }) })], openInvoices: [{ invoice: invoice(), paymentIntent: null }] })).paymentMethodId, 'pm_failing');
    assert.equal(status.paymentMethod?.expYear, 2031);
  });
});

describe('access wall', () => {
  const failing = facts({ openInvoices: [{ invoice: invoice(), paymentIntent: null }] }); // finalized 3 days ago

  it('is none by default', () => {
    assert.deepEqual(statusOf(failing).access, { wall: 'none', endsAt: null });
  });

  it('is soft during the grace period and hard after it', () => {
    const soft = { ...policy, wall: { mode: 'soft' as const, graceDays: 7 } };
    const during = statusOf(failing, NOW, soft);
    assert.equal(during.access.wall, 'soft');
    assert.equal(during.access.endsAt, new Date(NOW + 4 * DAY).toISOString());
    assert.equal(statusOf(failing, NOW + 4 * DAY, soft).access.wall, 'hard');
  });

  it('is hard at once with the hard policy', () => {
    assert.equal(statusOf(failing, NOW, { ...policy, wall: { mode: 'hard', graceDays: 7 } }).access.wall, 'hard');
  });

  it('never walls a customer whose payment did not fail', () => {
    const expired = facts({ customer: customer(card(1, 2020)) });
    assert.deepEqual(statusOf(expired, NOW, { ...policy, wall: { mode: 'hard', graceDays: 0 } }).access, { wall: 'none', endsAt: null });
  });
});

describe('API version shapes', () => {
  it('reaches the PaymentIntent through invoice.payments (2025-03-31+) or the confirmation secret', async () => {
    const { invoicePaymentIntentId } = await import('../../src/server/derive.js');
    const viaPayments = invoice({ payments: { object: 'list', data: [{ is_default: true, status: 'open', payment: { type: 'payment_intent', payment_intent: 'pi_abc' } }] } });
    assert.equal(invoicePaymentIntentId(viaPayments), 'pi_abc');
    const viaSecret = invoice({ payments: null, confirmation_secret: { client_secret: 'pi_xyz_secret_123', type: 'payment_intent' } });
    assert.equal(invoicePaymentIntentId(viaSecret), 'pi_xyz');
    assert.equal(invoicePaymentIntentId(invoice({ payments: null })), null);
  });

  it('refuses a Stripe object missing a field Paymend reads', () => {
    const broken = { ...fixture('invoice') };
    delete broken.amount_due;
    assert.equal(InvoiceSchema.safeParse(broken).success, false);
  });
});

describe('subscriptions paused because a payment failed (API 2026-09-30)', () => {
  const declined = { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', advice_code: 'try_again_later' };
  const paused = (type: string) =>
    subscription({
      status: 'paused',
      status_details: { paused: { type: 'subscription', subscription: { type }, transitioned_at: Math.floor(NOW / 1000) } },
    });

  it('counts the open invoice of a subscription paused for a failed payment as overdue, not other pauses', () => {
    assert.equal(isOverdueSubscription(paused('first_payment_failure')), true);
    assert.equal(isOverdueSubscription(paused('final_payment_failure')), true);
    assert.equal(isOverdueSubscription(paused('pause_requested')), false);
    assert.equal(isOverdueSubscription(paused('trial_end_without_payment_method')), false);
    assert.equal(isOverdueSubscription(subscription({ status: 'paused' })), false, 'a pause without details is not a failure');
    assert.equal(isOverdueSubscription(subscription({ status: 'past_due' })), true);
    assert.equal(isOverdueSubscription(subscription({ status: 'unpaid' })), true);
    assert.equal(isOverdueSubscription(subscription({ status: 'active' })), false);
    assert.equal(isPausedForFailure(paused('first_payment_failure')), true);
    assert.equal(isPausedForFailure(subscription({ status: 'past_due' })), false);
  });

  it('shows the failure with its decline codes while paused', () => {
    const status = statusOf(
      facts({
        subscriptions: [paused('first_payment_failure')],
        openInvoices: [{ invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', declined) }],
      }),
    );
    assert.equal(status.state, 'failed');
    assert.deepEqual(status.failure, { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
  });
});

describe('bank debits on their way (processing)', () => {
  const wallPolicy: StatusPolicy = { ...policy, wall: { mode: 'hard', graceDays: 0 } };
  const debit = (id = 'in_1', created = NOW - 3 * DAY) => ({
    invoice: invoice({ id, created: Math.floor(created / 1000) }),
    paymentIntent: paymentIntent('processing'),
  });

  it('is processing, with the invoice, no failure and no wall even where the wall is hard', () => {
    const status = statusOf(facts({ openInvoices: [debit()] }), NOW, wallPolicy);
    assert.equal(status.state, 'processing');
    assert.equal(status.invoice?.id, 'in_1');
    assert.equal(status.failure, null);
    assert.deepEqual(status.access, { wall: 'none', endsAt: null });
  });

  it('gives way to a failure or a confirmation on another invoice, whose grace does not start from the debit', () => {
    const failed = { invoice: invoice({ id: 'in_2', created: Math.floor((NOW - DAY) / 1000), status_transitions: { finalized_at: Math.floor((NOW - DAY) / 1000) } }), paymentIntent: paymentIntent('requires_payment_method', { code: 'card_declined', decline_code: 'insufficient_funds' }) };
    const status = statusOf(facts({ openInvoices: [debit('in_1', NOW - 9 * DAY), failed] }), NOW, { ...policy, wall: { mode: 'soft', graceDays: 7 } });
    assert.equal(status.state, 'failed');
    assert.equal(status.invoice?.id, 'in_2');
    // The grace period runs from the failing invoice (a day ago), not from the older debit.
    assert.equal(status.access.wall, 'soft');
    assert.equal(status.access.endsAt, new Date(NOW - DAY + 7 * DAY).toISOString());
  });

  it('wins over an expired card: the money is on its way', () => {
    const status = statusOf(facts({ customer: customer(card(1, 2026)), openInvoices: [debit()] }));
    assert.equal(status.state, 'processing');
  });

  it('is failed again once the debit failed (the PaymentIntent wants a method)', () => {
    const failedDebit = { invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', { code: 'insufficient_funds' }) };
    assert.equal(statusOf(facts({ openInvoices: [failedDebit] })).state, 'failed');
  });
});

describe('no payment method before the next charge (missing)', () => {
  const periodEnd = Math.floor((NOW + 5 * DAY) / 1000);
  const trial = (overrides: Record<string, unknown> = {}) =>
    subscription({ status: 'trialing', items: { data: [{ current_period_end: periodEnd }] }, cancel_at_period_end: false, cancel_at: null, ...overrides });

  it('is missing when a trial ends with no method on file, access ending at its first charge', () => {
    const status = statusOf(facts({ customer: customer(null), subscriptions: [trial()] }));
    assert.equal(status.state, 'missing');
    assert.equal(status.paymentMethod, null);
    assert.deepEqual(status.access, { wall: 'none', endsAt: new Date(periodEnd * 1000).toISOString() });
  });

  it('is missing with no end date when the trial ended and Stripe paused the subscription for it', () => {
    const paused = subscription({ status: 'paused', status_details: { paused: { type: 'subscription', subscription: { type: 'trial_end_without_payment_method' } } } });
    const status = statusOf(facts({ customer: customer(null), subscriptions: [paused] }));
    assert.equal(status.state, 'missing');
    assert.equal(status.access.endsAt, null);
  });

  it('is not missing with a method on file, a legacy source, no charge coming, or invoices sent for manual payment', () => {
    assert.equal(statusOf(facts({ customer: customer(card(8, 2030)), subscriptions: [trial()] })).state, 'ok');
    assert.equal(statusOf(facts({ customer: customer(null), subscriptions: [trial({ default_payment_method: card(8, 2030, { id: 'pm_sub' }) })] })).state, 'ok');
    const withSource = CustomerSchema.parse({ ...customer(null), default_source: 'ba_1' });
    assert.equal(statusOf(facts({ customer: withSource, subscriptions: [trial()] })).state, 'ok');
    assert.equal(statusOf(facts({ customer: customer(null), subscriptions: [trial({ cancel_at_period_end: true })] })).state, 'ok');
    assert.equal(statusOf(facts({ customer: customer(null), subscriptions: [trial({ collection_method: 'send_invoice' })] })).state, 'ok');
    const pausedOnRequest = subscription({ status: 'paused', status_details: { paused: { type: 'subscription', subscription: { type: 'pause_requested' } } } });
    // Not missing: nothing will charge it. Paused, since the offers (a pause asked for is a state of its own).
    assert.equal(statusOf(facts({ customer: customer(null), subscriptions: [pausedOnRequest] })).state, 'paused');
  });

  it('gives way to a failed invoice', () => {
    const failed = { invoice: invoice(), paymentIntent: paymentIntent('requires_payment_method', { code: 'card_declined', decline_code: 'generic_decline' }) };
    assert.equal(statusOf(facts({ customer: customer(null), subscriptions: [trial({ status: 'past_due' })], openInvoices: [failed] })).state, 'failed');
  });
});
