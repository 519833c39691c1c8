/**
 * Paused subscriptions (API 2026-09-30): Stripe pauses one whose renewal payment failed when the
 * account asks for it, keeps the invoice that caused it collectible, and resumes it through
 * `POST /v1/subscriptions/:id/resume` or, if the account says so, once that invoice is paid.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { addInterval } from './objects.js';
import type { PauseReason, Subscription } from './types.js';

const FAILURE_REASONS = new Set<PauseReason>(['first_payment_failure', 'final_payment_failure']);

export function isPausedForFailure(sub: Subscription): boolean {
  return sub.status === 'paused' && FAILURE_REASONS.has(sub.status_details?.paused.subscription.type ?? 'system');
}

/** Pause with Stripe's `status_details`; emits `customer.subscription.updated` and `customer.subscription.paused`. */
export function pauseForFailure(engine: Engine, sub: Subscription, reason: PauseReason): void {
  if (sub.status === 'paused') return;
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.status = 'paused';
    s.status_details = { paused: { type: 'subscription', subscription: { type: reason }, transitioned_at: engine.now() } };
  });
  engine.emit('customer.subscription.paused', sub);
}

export interface ResumeOptions {
  /** `now` (Stripe's default) starts a new period and invoices it at once; `unchanged` keeps the period. */
  billingCycleAnchor?: 'now' | 'unchanged';
  /** `resume_on_payment_success` keeps it paused until the resumption invoice is paid. */
  paymentBehavior?: 'resume_on_payment_attempt' | 'resume_on_payment_success';
  prorationBehavior?: 'always_invoice' | 'create_prorations' | 'none';
}

/** POST /v1/subscriptions/:id/resume. */
export function resumeSubscription(engine: Engine, id: string, o: ResumeOptions = {}): Subscription {
  const sub = engine.store.require('subscription', id);
  if (sub.status !== 'paused') {
    throw invalidRequest(`Subscription ${sub.id} cannot be resumed because its status is ${sub.status}; only paused subscriptions can be resumed.`);
  }
  if ((o.billingCycleAnchor ?? 'now') === 'unchanged') {
    markResumed(engine, sub);
    return sub;
  }
  // A new period from now, invoiced and charged right away: a resume after paying the failed
  // invoice with the default anchor bills the customer a second time.
  const now = engine.now();
  const item = sub.items.data[0]!;
  const periodEnd = addInterval(now, item.price.recurring.interval);
  const invoice = engine.createInvoice(sub, 'subscription_update', now, periodEnd);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    const it = s.items.data[0]!;
    it.current_period_start = now;
    it.current_period_end = periodEnd;
    s.billing_cycle_anchor = now;
    s.latest_invoice = invoice.id;
  });
  engine.finalizeInvoice(invoice);
  if (o.paymentBehavior === 'resume_on_payment_success') {
    engine.collect(invoice, { mode: 'renewal' });
    if (invoice.status === 'paid' && sub.status === 'paused') markResumed(engine, sub);
    return sub;
  }
  markResumed(engine, sub);
  engine.collect(invoice, { mode: 'renewal' });
  return sub;
}

/** The account's "resume once the invoice is paid": the period stays as it was. */
export function resumeAfterPayment(engine: Engine, sub: Subscription): void {
  if (isPausedForFailure(sub)) markResumed(engine, sub);
}

function markResumed(engine: Engine, sub: Subscription): void {
  const stillOwed = engine.store.all(
    'invoice',
    (i) => i.status === 'open' && i.parent.subscription_details.subscription === sub.id,
  ).length > 0;
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.status = stillOwed ? 'past_due' : 'active';
    delete s.status_details;
  });
  engine.emit('customer.subscription.resumed', sub);
}
