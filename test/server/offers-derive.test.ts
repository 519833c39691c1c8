// The `paused` state (pure): which pauses the snapshot learns, where `paused` sits in the
// precedence, the wall during a pause, and the coarse `offers` flag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { StatusSchema } from '../../src/protocol/index.js';
import { RESUMES_AT_METADATA, snapshotFromFacts, statusAt, type BillingFacts, type StatusPolicy } from '../../src/server/derive.js';
import { CustomerSchema, InvoiceSchema, PaymentIntentSchema, PaymentMethodSchema, SubscriptionSchema } from '../../src/server/stripe-shapes.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/stripe/${name}.json`, import.meta.url), 'utf8'));
const NOW = Date.UTC(2026, 10, 24, 12);
const DAY = 86_400_000;
const RESUMES = Math.floor((NOW + 40 * DAY) / 1000);
const policy: StatusPolicy = { expiringWithinDays: 30, wall: { mode: 'none', graceDays: 7 } };

const card = PaymentMethodSchema.parse({ ...fixture('payment_method'), id: 'pm_1', card: { ...fixture('payment_method').card, exp_month: 8, exp_year: 2030, wallet: null } });
const customer = CustomerSchema.parse({ ...fixture('customer'), invoice_settings: { default_payment_method: card } });
const subscription = (o: Record<string, unknown> = {}) =>
  SubscriptionSchema.parse({ ...fixture('subscription'), id: 'sub_1', status: 'active', default_payment_method: null, pause_collection: null, metadata: {}, ...o });
const pausedOnRequest = (metadata: Record<string, string> = { [RESUMES_AT_METADATA]: String(RESUMES) }) =>
  subscription({ status: 'paused', status_details: { paused: { type: 'subscription', subscription: { type: 'pause_requested' }, transitioned_at: 1 } }, metadata });
const collectionPaused = subscription({ pause_collection: { behavior: 'void', resumes_at: RESUMES } });
const failedInvoice = {
  invoice: InvoiceSchema.parse({
    ...fixture('invoice'),
    id: 'in_1',
    status: 'open',
    attempt_count: 1,
    amount_due: 2900,
    amount_remaining: 2900,
    currency: 'eur',
    created: Math.floor((NOW - 3 * DAY) / 1000),
    status_transitions: { finalized_at: Math.floor((NOW - 3 * DAY) / 1000) },
    parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_1' } },
  }),
  paymentIntent: PaymentIntentSchema.parse({ ...fixture('payment_intent'), id: 'pi_1', status: 'requires_payment_method', last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } }),
};
const facts = (subscriptions: BillingFacts['subscriptions'], openInvoices: BillingFacts['openInvoices'] = []): BillingFacts => ({ customer, subscriptions, openInvoices });
const statusOf = (f: BillingFacts, p: StatusPolicy = policy) => {
  const status = statusAt(snapshotFromFacts(f), NOW, p);
  StatusSchema.parse(status);
  return status;
};
const iso = (s: number) => new Date(s * 1000).toISOString();

describe('the paused state', () => {
  it('a subscription paused on request reads paused, resuming at the date Paymend recorded, and resumable', () => {
    const status = statusOf(facts([pausedOnRequest()]));
    assert.equal(status.state, 'paused');
    assert.deepEqual(status.pause, { resumesAt: iso(RESUMES), resumable: true });
    assert.deepEqual(status.access, { wall: 'none', endsAt: null }, 'allowed unless the merchant says deny');
    assert.equal(status.offers, undefined, 'no offers configured: no flag');
    assert.equal(snapshotFromFacts(facts([pausedOnRequest()])).subscriptionId, 'sub_1');
  });

  it('a pause asked for outside Paymend (no recorded date) has no resume date', () => {
    assert.deepEqual(statusOf(facts([pausedOnRequest({})])).pause, { resumesAt: null, resumable: true });
  });

  it('pause_collection reads paused, resuming at its resumes_at', () => {
    const status = statusOf(facts([collectionPaused]));
    assert.equal(status.state, 'paused');
    assert.deepEqual(status.pause, { resumesAt: iso(RESUMES), resumable: true });
    assert.equal(snapshotFromFacts(facts([collectionPaused])).pause?.method, 'collection');
  });

  it('a collection pause is over at its resumes_at, before any webhook re-reads it (Stripe ends it by itself)', () => {
    const snapshot = snapshotFromFacts(facts([collectionPaused]));
    assert.equal(statusAt(snapshot, RESUMES * 1000 - 1, policy).state, 'paused');
    const after = statusAt(snapshot, RESUMES * 1000, { ...policy, pausedAccess: 'deny' });
    assert.equal(after.state, 'ok');
    assert.equal(after.pause, undefined);
    assert.deepEqual(after.access, { wall: 'none', endsAt: null });
    // A subscription pause is Paymend's to end (on this read or the cron): it reads paused until then.
    assert.equal(statusAt(snapshotFromFacts(facts([pausedOnRequest()])), RESUMES * 1000 + DAY, policy).state, 'paused');
  });

  it('a pause Stripe imposed for a failed payment is not this state: the invoice is still owed', () => {
    const failurePause = subscription({ status: 'paused', status_details: { paused: { type: 'subscription', subscription: { type: 'first_payment_failure' } } } });
    const status = statusOf(facts([failurePause], [failedInvoice]));
    assert.equal(status.state, 'failed');
    assert.equal(status.pause, undefined);
  });

  it('an overdue invoice left open by a pause still reads failed, with the pause alongside', () => {
    const status = statusOf(facts([collectionPaused], [failedInvoice]));
    assert.equal(status.state, 'failed');
    assert.deepEqual(status.pause, { resumesAt: iso(RESUMES), resumable: true });
  });

  it('comes after processing and before an expired card', () => {
    const processing = { ...failedInvoice, paymentIntent: PaymentIntentSchema.parse({ ...fixture('payment_intent'), id: 'pi_1', status: 'processing', last_payment_error: null }) };
    assert.equal(statusOf(facts([collectionPaused], [processing])).state, 'processing');
    const expired = CustomerSchema.parse({ ...fixture('customer'), invoice_settings: { default_payment_method: { ...card, card: { ...card.card, exp_month: 1, exp_year: 2020 } } } });
    assert.equal(statusOf({ customer: expired, subscriptions: [pausedOnRequest()], openInvoices: [] }).state, 'paused');
  });

  it("with access 'deny' the wall is hard until billing resumes", () => {
    assert.deepEqual(statusOf(facts([pausedOnRequest()]), { ...policy, pausedAccess: 'deny' }).access, { wall: 'hard', endsAt: iso(RESUMES) });
    assert.deepEqual(statusOf(facts([pausedOnRequest()]), { ...policy, pausedAccess: 'allow' }).access, { wall: 'none', endsAt: null });
    // Not paused: the setting changes nothing.
    assert.deepEqual(statusOf(facts([subscription()]), { ...policy, pausedAccess: 'deny' }).access, { wall: 'none', endsAt: null });
  });

  it('offers is true exactly in the states the merchant makes offers in', () => {
    const withOffers = { ...policy, offerStates: ['failed', 'action_required'] as const };
    assert.equal(statusOf(facts([subscription()], [failedInvoice]), withOffers).offers, true);
    assert.equal(statusOf(facts([subscription()]), withOffers).offers, false);
    assert.equal(statusOf(facts([pausedOnRequest()]), withOffers).offers, false);
  });

  it('the failing invoice names the subscription the offers concern', () => {
    assert.equal(snapshotFromFacts(facts([subscription()], [failedInvoice])).subscriptionId, 'sub_1');
    assert.equal(snapshotFromFacts(facts([subscription()])).subscriptionId, null);
  });
});
