/**
 * Invoice endings and reminders other than payment: void, uncollectible, the Automations that set
 * a retry date after the fact, and the due-date reminders (`invoice.will_be_due`, `invoice.overdue`).
 */
import { declineFor } from './cards.js';
import { addInterval, buildInvoice } from './objects.js';
import { dropPendingUpdate } from './pending-updates.js';
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { resumeAfterPayment, resumptionSettled } from './pause.js';
import type { Invoice, StripeEvent } from './types.js';

function requireOpen(engine: Engine, id: string, action: string): Invoice {
  const invoice = engine.store.require('invoice', id);
  if (invoice.status !== 'open') {
    throw invalidRequest(`You can only ${action} an open invoice. This invoice is ${invoice.status}.`);
  }
  return invoice;
}

/** POST /v1/invoices/:id/void. */
export function voidInvoice(engine: Engine, id: string): Invoice {
  const invoice = requireOpen(engine, id, 'void');
  invoice.status = 'void';
  invoice.next_payment_attempt = null;
  invoice.status_transitions.voided_at = engine.now();
  engine.automationRetries.delete(invoice.id);
  engine.emit('invoice.voided', invoice);
  dropPendingUpdate(engine, invoice);
  return invoice;
}

/** POST /v1/invoices/:id/mark_uncollectible: Stripe stops collecting; the account may resume a paused subscription. */
export function markUncollectible(engine: Engine, id: string): Invoice {
  const invoice = requireOpen(engine, id, 'mark uncollectible');
  invoice.status = 'uncollectible';
  invoice.next_payment_attempt = null;
  invoice.status_transitions.marked_uncollectible_at = engine.now();
  engine.automationRetries.delete(invoice.id);
  engine.emit('invoice.marked_uncollectible', invoice);
  const sub = engine.store.require('subscription', invoice.parent.subscription_details.subscription);
  if (engine.account.resumeOnPayment) resumeAfterPayment(engine, sub);
  resumptionSettled(engine, invoice);
  return invoice;
}

/**
 * What a Billing Automation does after a failed attempt: writes the retry date on the invoice.
 * It reaches the merchant only as `invoice.updated`. Returns the invoices it updated.
 */
export function runAutomations(engine: Engine): Invoice[] {
  const updated: Invoice[] = [];
  for (const [id, retryAt] of engine.automationRetries) {
    engine.automationRetries.delete(id);
    const invoice = engine.store.require('invoice', id);
    if (invoice.status !== 'open') continue;
    engine.track(invoice, 'invoice.updated', (i) => {
      i.next_payment_attempt = retryAt;
    });
    updated.push(invoice);
  }
  return updated;
}

/** The reminders Stripe sends around an invoice's due date (configured in the account's Automations). */
export function remindInvoice(engine: Engine, id: string, kind: 'will_be_due' | 'overdue'): Invoice {
  const invoice = requireOpen(engine, id, 'remind about');
  engine.emit(`invoice.${kind}`, invoice);
  return invoice;
}

/** A Smart Retry: an automatic attempt with the card on file; `finalRetry` is the last of the schedule. */
export function retryInvoice(engine: Engine, id: string, o: { finalRetry?: boolean; declineCode?: string } = {}): Invoice {
  const invoice = engine.store.require('invoice', id);
  if (invoice.status !== 'open') throw new Error(`${id} is ${invoice.status}, not open`);
  const forced = o.declineCode !== undefined ? declineFor(o.declineCode) : undefined;
  engine.collect(invoice, { mode: 'renewal', forced, finalRetry: o.finalRetry });
  return invoice;
}

/**
 * What Stripe sends some days before a renewal (the account's "upcoming renewal events" setting):
 * `invoice.upcoming` with a preview of the next invoice. The preview has no id and is not stored;
 * it is charged when the next period starts.
 */
export function announceUpcoming(engine: Engine, subscriptionId: string): StripeEvent {
  const sub = engine.store.require('subscription', subscriptionId);
  const customer = engine.store.require('customer', sub.customer);
  const item = sub.items.data[0]!;
  const start = item.current_period_end;
  const preview = buildInvoice(sub, customer, 'upcoming', { start, end: addInterval(start, item.price.recurring.interval, item.price.recurring.interval_count) }, engine.now());
  return engine.emit('invoice.upcoming', { ...preview, id: null, next_payment_attempt: start } as unknown as Invoice);
}
