// The pure notification policy: which step each Stripe moment starts, and whether a job's message is
// still true when it runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Status } from '../../src/protocol/index.js';
import { FINAL_SETTLE_MS, planForEvent, stillDue, upcomingKey, type NotifyEventFacts } from '../../src/server/notify/policy.js';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const DAY = 86_400_000;
const cadence = { reminderAfterDays: 3, accessEnds: true, final: true, expiring: true, recovered: true };

const facts = (o: Partial<NotifyEventFacts>): NotifyEventFacts => ({
  type: 'invoice.payment_failed',
  invoiceId: 'in_1',
  subscriptionId: 'sub_1',
  billingReason: 'subscription_cycle',
  attemptCount: 1,
  nextPaymentAttemptMs: NOW + 3 * DAY,
  chargeAtMs: null,
  paid: null,
  subscriptionStatus: null,
  pausedFor: null,
  ...o,
});

const status = (o: Partial<Status> = {}): Status => ({
  v: 1,
  state: 'failed',
  paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2026, wallet: null },
  invoice: { id: 'in_1', amountDue: 1900, currency: 'usd', attemptCount: 1, billedAt: null, nextAttemptAt: new Date(NOW + 3 * DAY).toISOString(), hostedInvoiceUrl: null },
  failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null },
  access: { wall: 'none', endsAt: null },
  ...o,
});

const steps = (plan: ReturnType<typeof planForEvent>) => plan.jobs.map((j) => `${j.step}@${j.atMs === undefined ? 'now' : (j.atMs - NOW) / 3_600_000 + 'h'}`);

describe('planForEvent', () => {
  it('a first failed renewal: the notice now, a reminder in N days, the access-ends notice the day before', () => {
    const soft = status({ access: { wall: 'soft', endsAt: new Date(NOW + 7 * DAY).toISOString() } });
    assert.deepEqual(steps(planForEvent(facts({}), soft, cadence, false, NOW)), ['failed@now', 'reminder@72h', 'access_ends@144h']);
    assert.deepEqual(steps(planForEvent(facts({}), status(), { ...cadence, reminderAfterDays: 0 }, false, NOW)), ['failed@now']);
  });

  it('a later attempt that fails with a retry still ahead starts nothing (the reminder is already planned)', () => {
    assert.deepEqual(planForEvent(facts({ attemptCount: 2 }), status(), cadence, true, NOW).jobs, []);
  });

  it('the last retry failing is decided after a settle delay (Automations send the retry date later); a hard wall at once', () => {
    assert.deepEqual(steps(planForEvent(facts({ attemptCount: 4, nextPaymentAttemptMs: null }), status(), cadence, true, NOW)), [`final@${FINAL_SETTLE_MS / 3_600_000}h`]);
    const hard = status({ access: { wall: 'hard', endsAt: new Date(NOW - DAY).toISOString() } });
    assert.deepEqual(steps(planForEvent(facts({ attemptCount: 3 }), hard, cadence, true, NOW)), ['final@now']);
    assert.deepEqual(planForEvent(facts({ attemptCount: 4, nextPaymentAttemptMs: null }), status(), { ...cadence, final: false }, true, NOW).jobs, []);
  });

  it('the bank asking for confirmation is its own step, also when payment_failed reports it', () => {
    assert.deepEqual(steps(planForEvent(facts({ type: 'invoice.payment_action_required' }), status({ state: 'action_required' }), cadence, false, NOW)), ['action_required@now', 'reminder@72h']);
    assert.deepEqual(steps(planForEvent(facts({}), status({ state: 'action_required' }), cadence, false, NOW))[0], 'action_required@now');
  });

  it('a failed first invoice at checkout, or a manual invoice, is not a renewal', () => {
    assert.deepEqual(planForEvent(facts({ billingReason: 'subscription_create' }), status(), cadence, false, NOW).jobs, []);
    assert.deepEqual(planForEvent(facts({ billingReason: 'manual' }), status(), cadence, false, NOW).jobs, []);
  });

  it('paid after a notice: the thank-you with what was paid, pending follow-ups cancelled, links revoked', () => {
    const paid = { amount: 1900, currency: 'usd', paidAtMs: NOW, nextChargeAtMs: NOW + 30 * DAY };
    const plan = planForEvent(facts({ type: 'invoice.paid', paid }), status({ state: 'ok', invoice: null, failure: null }), cadence, true, NOW);
    assert.deepEqual(plan, { jobs: [{ step: 'recovered', invoiceId: 'in_1', facts: { paid } }], cancel: 'in_1', recovered: 'in_1' });
  });

  it('paid without a notice sent: no thank-you for a loop that was never opened, nothing attributed', () => {
    const plan = planForEvent(facts({ type: 'invoice.paid' }), status({ state: 'ok' }), cadence, false, NOW);
    assert.deepEqual(plan, { jobs: [], cancel: 'in_1', recovered: null });
  });

  it('voided and uncollectible invoices cancel their follow-ups', () => {
    for (const type of ['invoice.voided', 'invoice.marked_uncollectible']) {
      assert.deepEqual(planForEvent(facts({ type }), status(), cadence, true, NOW), { jobs: [], cancel: 'in_1', recovered: null });
    }
  });

  it('a subscription Stripe gave up on (unpaid, paused on the final failure) gets the final notice', () => {
    assert.deepEqual(steps(planForEvent(facts({ type: 'customer.subscription.updated', subscriptionStatus: 'unpaid' }), status(), cadence, true, NOW)), ['final@now']);
    assert.deepEqual(steps(planForEvent(facts({ type: 'customer.subscription.paused', subscriptionStatus: 'paused', pausedFor: 'final_payment_failure' }), status(), cadence, true, NOW)), ['final@now']);
    assert.deepEqual(planForEvent(facts({ type: 'customer.subscription.paused', subscriptionStatus: 'paused', pausedFor: 'first_payment_failure' }), status(), cadence, true, NOW).jobs, []);
  });

  it('an upcoming charge after the card expires: the expiring notice, keyed by the charge day', () => {
    const chargeAtMs = Date.parse('2027-01-05T00:00:00Z');
    const ok = status({ state: 'ok', invoice: null, failure: null });
    const plan = planForEvent(facts({ type: 'invoice.upcoming', invoiceId: null, chargeAtMs }), ok, cadence, false, NOW);
    assert.deepEqual(plan.jobs, [{ step: 'expiring', invoiceId: 'upcoming_sub_1_20270105', facts: { chargeAtMs } }]);
    assert.equal(upcomingKey('sub_1', chargeAtMs), 'upcoming_sub_1_20270105');
    // A card valid through December 2026 lasts until a charge on 2026-12-31.
    assert.deepEqual(planForEvent(facts({ type: 'invoice.upcoming', invoiceId: null, chargeAtMs: Date.parse('2026-12-31T23:00:00Z') }), ok, cadence, false, NOW).jobs, []);
  });
});

describe('stillDue', () => {
  it('a reminder about an invoice that was fixed, or replaced by another one, stays silent', () => {
    assert.equal(stillDue({ step: 'reminder', invoiceId: 'in_1' }, status(), NOW), true);
    assert.equal(stillDue({ step: 'reminder', invoiceId: 'in_1' }, status({ state: 'ok', invoice: null }), NOW), false);
    assert.equal(stillDue({ step: 'reminder', invoiceId: 'in_1' }, status({ invoice: { ...status().invoice!, id: 'in_2' } }), NOW), false);
  });

  it('final only while no retry is scheduled, unless the wall is hard', () => {
    assert.equal(stillDue({ step: 'final', invoiceId: 'in_1' }, status(), NOW), false, 'a retry date arrived meanwhile');
    assert.equal(stillDue({ step: 'final', invoiceId: 'in_1' }, status({ invoice: { ...status().invoice!, nextAttemptAt: null } }), NOW), true);
    assert.equal(stillDue({ step: 'final', invoiceId: 'in_1' }, status({ access: { wall: 'hard', endsAt: null } }), NOW), true);
  });

  it('access_ends only while the soft wall has not ended yet', () => {
    const endsAt = new Date(NOW + DAY).toISOString();
    assert.equal(stillDue({ step: 'access_ends', invoiceId: 'in_1' }, status({ access: { wall: 'soft', endsAt } }), NOW), true);
    assert.equal(stillDue({ step: 'access_ends', invoiceId: 'in_1' }, status({ access: { wall: 'soft', endsAt } }), NOW + 2 * DAY), false);
  });

  it('expiring only while the card on file still expires before the charge', () => {
    const job = { step: 'expiring' as const, invoiceId: 'upcoming_sub_1_20270105', facts: { chargeAtMs: Date.parse('2027-01-05T00:00:00Z') } };
    assert.equal(stillDue(job, status({ state: 'expiring', invoice: null }), NOW), true);
    const renewed = status({ state: 'ok', invoice: null, paymentMethod: { ...status().paymentMethod!, expYear: 2029 } });
    assert.equal(stillDue(job, renewed, NOW), false);
  });

  it('the thank-you only when the invoice is no longer failing', () => {
    assert.equal(stillDue({ step: 'recovered', invoiceId: 'in_1' }, status({ state: 'ok', invoice: null }), NOW), true);
    assert.equal(stillDue({ step: 'recovered', invoiceId: 'in_1' }, status(), NOW), false);
  });
});
