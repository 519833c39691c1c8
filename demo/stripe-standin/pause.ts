/**
 * Paused subscriptions (API 2026-09-30): Stripe pauses one whose renewal payment failed when the
 * account asks for it, or when the merchant asks (`POST /v1/subscriptions/:id/pause`, flexible
 * billing mode only), keeps the invoices it already has as they are, and resumes it through
 * `POST /v1/subscriptions/:id/resume` or, if the account says so, once the failed invoice is paid.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { addInterval } from './objects.js';
import { addProration } from './prorations.js';
import type { Invoice, PauseReason, Subscription } from './types.js';

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

/** Statuses the pause endpoint takes; the others have no running period to pause. */
const PAUSABLE = new Set<Subscription['status']>(['active', 'past_due', 'trialing']);

export interface PauseOptions {
  /** `pending_invoice_item` (Stripe's default) leaves the credit for unused time on the next invoice. */
  invoicingBehavior?: 'invoice' | 'pending_invoice_item';
  /** Credit for unused licensed time: from `now` (default), from the period start, or `none`. */
  unusedTimeFrom?: 'item_current_period_start' | 'none' | 'now';
}

/**
 * POST /v1/subscriptions/:id/pause (`type=subscription`): status `paused` with the reason
 * `pause_requested`, the current period ends now, no invoice is generated until it resumes.
 * Open invoices stay open (and keep being retried) unless the merchant voids them.
 */
export function pauseSubscription(engine: Engine, id: string, o: PauseOptions = {}): Subscription {
  const sub = engine.store.require('subscription', id);
  if (sub.billing_mode.type !== 'flexible') {
    throw invalidRequest(
      `Subscription ${sub.id} uses billing_mode \`${sub.billing_mode.type}\`; only subscriptions with billing_mode \`flexible\` can be paused. Use pause_collection to pause payment collection instead.`,
    );
  }
  if (sub.collection_method !== 'charge_automatically') {
    throw invalidRequest(`Subscription ${sub.id} cannot be paused because only charge_automatically subscriptions can be paused.`);
  }
  if (sub.pause_collection) {
    throw invalidRequest(`Subscription ${sub.id} cannot be paused while its payment collection is paused (pause_collection). Unset pause_collection first.`);
  }
  if (!PAUSABLE.has(sub.status)) {
    throw invalidRequest(`Subscription ${sub.id} cannot be paused because its status is ${sub.status}; only active, past_due or trialing subscriptions can be paused.`);
  }
  if (o.invoicingBehavior === 'invoice') {
    // Stripe would invoice the unused-time credit at once; the stand-in keeps credits pending only.
    throw invalidRequest('The stand-in does not model invoicing_behavior=invoice on pause; use pending_invoice_item.', 'invoicing_behavior');
  }
  const now = engine.now();
  creditUnusedTime(engine, sub, o.unusedTimeFrom ?? 'now', now);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.status = 'paused';
    s.status_details = { paused: { type: 'subscription', subscription: { type: 'pause_requested' }, transitioned_at: now } };
    s.items.data[0]!.current_period_end = now;
  });
  engine.emit('customer.subscription.paused', sub);
  return sub;
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
  const periodEnd = addInterval(now, item.price.recurring.interval, item.price.recurring.interval_count);
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
    // Stays paused (answering 200) until the resumption invoice is paid; a decline leaves it
    // open, retried as any other, and paying it later resumes the subscription.
    awaiting(engine).add(invoice.id);
    if (invoice.status === 'open') engine.collect(invoice, { mode: 'renewal' });
    else resumptionSettled(engine, invoice);
    return sub;
  }
  markResumed(engine, sub);
  if (invoice.status === 'open') engine.collect(invoice, { mode: 'renewal' });
  return sub;
}

/** Resumption invoices of `resume_on_payment_success` resumes, still unpaid. */
const awaitingPayment = new WeakMap<Engine, Set<string>>();

function awaiting(engine: Engine): Set<string> {
  let set = awaitingPayment.get(engine);
  if (!set) awaitingPayment.set(engine, (set = new Set()));
  return set;
}

/** The account's "resume once the invoice is paid": the period stays as it was. */
export function resumeAfterPayment(engine: Engine, sub: Subscription): void {
  if (isPausedForFailure(sub)) markResumed(engine, sub);
}

/**
 * An invoice was paid or marked uncollectible: if it is the resumption invoice of a
 * `resume_on_payment_success` resume, the subscription resumes now (Stripe retried it meanwhile).
 */
export function resumptionSettled(engine: Engine, invoice: Invoice): void {
  if (!awaiting(engine).delete(invoice.id)) return;
  const sub = engine.store.require('subscription', invoice.parent.subscription_details.subscription);
  if (sub.status === 'paused') markResumed(engine, sub);
}

/** The credit for the part of the period the customer will not use, left for the next invoice. */
function creditUnusedTime(engine: Engine, sub: Subscription, from: NonNullable<PauseOptions['unusedTimeFrom']>, now: number): void {
  if (from === 'none' || sub.status === 'trialing') return;
  const item = sub.items.data[0]!;
  const start = from === 'now' ? now : item.current_period_start;
  addProration(engine, sub, {
    price: item.price,
    quantity: item.quantity,
    sign: -1,
    period: { start, end: item.current_period_end },
    fullPeriod: { start: item.current_period_start, end: item.current_period_end },
    subscriptionItem: item.id,
  });
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
