/**
 * The facts of a Stripe event that decide messages, read defensively from its payload: Stripe's
 * objects grow and its enums are open, so every field is optional here and a surprise reads as null.
 * The status itself is never taken from the payload (see webhooks.ts): only what the status cannot
 * say — which attempt failed, what was paid, when an upcoming charge is.
 */
import type Stripe from 'stripe';
import { refIdOf } from '../stripe-shapes.js';
import type { NotifyEventFacts } from './policy.js';

type Loose = Record<string, unknown>;

const obj = (value: unknown): Loose | null => (value && typeof value === 'object' ? (value as Loose) : null);
const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const ms = (seconds: unknown): number | null => (num(seconds) === null ? null : (seconds as number) * 1000);

function firstLinePeriod(invoice: Loose): { start: number | null; end: number | null } {
  const lines = obj(invoice.lines)?.data;
  const period = Array.isArray(lines) ? obj(obj(lines[0])?.period) : null;
  return { start: ms(period?.start), end: ms(period?.end) };
}

function invoiceFacts(type: string, invoice: Loose): NotifyEventFacts {
  const subscriptionId = refIdOf(obj(obj(invoice.parent)?.subscription_details)?.subscription) ?? refIdOf(invoice.subscription);
  const period = firstLinePeriod(invoice);
  const amountPaid = num(invoice.amount_paid);
  const currency = str(invoice.currency);
  const paidAtMs = ms(obj(invoice.status_transitions)?.paid_at);
  const isPaid = type === 'invoice.paid' || type === 'invoice.payment_succeeded';
  return {
    type,
    // An upcoming invoice has no id yet (Stripe sends it without one).
    invoiceId: type === 'invoice.upcoming' ? null : str(invoice.id),
    subscriptionId,
    billingReason: str(invoice.billing_reason),
    attemptCount: num(invoice.attempt_count) ?? 0,
    nextPaymentAttemptMs: ms(invoice.next_payment_attempt),
    // The renewal is charged when the new period starts; Stripe may also state the attempt date.
    chargeAtMs: type === 'invoice.upcoming' ? (ms(invoice.next_payment_attempt) ?? period.start ?? ms(invoice.period_end)) : null,
    paid:
      isPaid && amountPaid !== null && currency
        ? { amount: amountPaid, currency, paidAtMs: paidAtMs ?? ms(invoice.created) ?? 0, nextChargeAtMs: period.end }
        : null,
    subscriptionStatus: null,
    pausedFor: null,
  };
}

function subscriptionFacts(type: string, subscription: Loose): NotifyEventFacts {
  return {
    type,
    invoiceId: refIdOf(subscription.latest_invoice),
    subscriptionId: str(subscription.id),
    billingReason: null,
    attemptCount: 0,
    nextPaymentAttemptMs: null,
    chargeAtMs: null,
    paid: null,
    subscriptionStatus: str(subscription.status),
    pausedFor: str(obj(obj(obj(subscription.status_details)?.paused)?.subscription)?.type),
  };
}

/** The facts of `event`, or null for an event no message depends on. */
export function eventFacts(event: Stripe.Event): NotifyEventFacts | null {
  const object = obj(event.data?.object);
  if (!object) return null;
  if (object.object === 'invoice') return invoiceFacts(event.type, object);
  if (object.object === 'subscription') return subscriptionFacts(event.type, object);
  return null;
}
