/**
 * Stripe webhooks. Each event is only a hint that a customer changed: the handler re-reads the
 * customer from Stripe instead of applying the event's payload, so duplicates, replays and any
 * delivery order all end in the same, current status.
 */
import type Stripe from 'stripe';
import { refIdOf } from './stripe-shapes.js';

/** The events that can change what the banner should say. */
export const HANDLED_EVENTS: ReadonlySet<Stripe.Event.Type> = new Set<Stripe.Event.Type>([
  'invoice.payment_failed',
  'invoice.payment_action_required',
  'invoice.paid',
  'invoice.payment_succeeded',
  'invoice.finalized',
  'invoice.voided',
  'invoice.marked_uncollectible',
  // With Billing Automations the retry date (`next_payment_attempt`) arrives only here.
  'invoice.updated',
  // Due-date reminders: a nudge to re-read before the customer's next page view.
  'invoice.overdue',
  'invoice.will_be_due',
  // A renewal is coming: the notifier checks that the card lasts until it (no id: nothing to re-read).
  'invoice.upcoming',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  // API 2026-09-30 pauses a subscription whose renewal failed, if the merchant asks for it.
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.updated',
  'customer.deleted',
  'payment_method.attached',
  'payment_method.detached',
  'payment_method.automatically_updated',
  'payment_method.updated',
  'setup_intent.succeeded',
  // A bank account waiting for micro-deposits: remembered, so its later success finishes the update.
  'setup_intent.requires_action',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.requires_action',
]);

/** How long an event id is remembered for dedup; Stripe retries deliveries for up to 3 days. */
export const EVENT_DEDUP_MS = 4 * 86_400_000;

interface EventObject {
  id?: unknown;
  object?: unknown;
  customer?: unknown;
}

/** The customer an event is about, when the event itself says so. */
export function eventCustomer(event: Stripe.Event): string | null {
  const object = event.data.object as EventObject;
  if (object.object === 'customer' && typeof object.id === 'string') return object.id;
  const direct = refIdOf(object.customer);
  if (direct) return direct;
  // A detached payment method no longer names its customer; the previous attributes may.
  const previous = (event.data as { previous_attributes?: EventObject }).previous_attributes;
  return refIdOf(previous?.customer);
}

/** The payment method an event is about, to find its customer when the event does not say. */
export function eventPaymentMethod(event: Stripe.Event): string | null {
  const object = event.data.object as EventObject;
  return object.object === 'payment_method' && typeof object.id === 'string' ? object.id : null;
}
