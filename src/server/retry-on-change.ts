/**
 * Retry at the right moment: when the payment method on file changes outside Paymend (Stripe's card
 * updater renewed it, the merchant's own billing page set a new default on the customer or on a
 * subscription), the overdue invoice is paid at once rather than days later at Stripe's next
 * scheduled retry. The customer is not present, so it is an `off_session` payment; `/complete`, where
 * the customer is, pays on its own (and sets the default only after paying, so its own
 * `customer.updated` finds nothing left to pay).
 *
 * Decisions are pure (`methodChangeOf`, `retriesFor`); `retryOnMethodChange` does the I/O around them.
 * The event only says that something changed: which invoices to pay, and with what, is read from
 * Stripe now, so an event delivered late or out of order cannot pay with a method no longer on file.
 */
import type Stripe from 'stripe';
import type { Failure } from '../protocol/index.js';
import { classifyInvoice, isOverdueSubscription, type BillingFacts } from './derive.js';
import type { RetryLedger } from './retry-ledger.js';
import type { StripeGateway } from './gateway.js';
import type { Logger } from './options.js';
import type { Store } from './stores/types.js';
import { invoiceSubscriptionId, refId, refIdOf, type StripeInvoice } from './stripe-shapes.js';

/** What changed: the method itself (renewed in place), or which method pays. */
export type MethodChange = (
  | { kind: 'renewed'; paymentMethodId: string }
  | { kind: 'customer_default'; paymentMethodId: string }
  | { kind: 'subscription_default'; subscriptionId: string; paymentMethodId: string }
) & { /** When it changed (the event's `created`, unix seconds). */ at: number };

/** The events that can put a new method on file, for the webhook route to call this only for them. */
export const METHOD_CHANGE_EVENTS: ReadonlySet<string> = new Set([
  'payment_method.automatically_updated',
  'customer.updated',
  'customer.subscription.updated',
]);

/** How long "this invoice was retried with this method" is remembered: past Stripe's retry schedule. */
export const RETRY_MEMORY_MS = 35 * 86_400_000;

const PM_ID = /^(pm|card|src)_[A-Za-z0-9]{1,250}$/;
const SUB_ID = /^sub_[A-Za-z0-9]{1,250}$/;

const has = (object: unknown, key: string): object is Record<string, unknown> =>
  !!object && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key);

/** The change an event reports, or null when it reports none (another field changed, a default removed). Pure. */
export function methodChangeOf(event: Pick<Stripe.Event, 'type' | 'data' | 'created'>): MethodChange | null {
  const at = typeof event.created === 'number' && Number.isFinite(event.created) ? event.created : 0;
  const change = changeIn(event);
  return change ? ({ ...change, at } as MethodChange) : null;
}

type Change = MethodChange extends infer C ? (C extends MethodChange ? Omit<C, 'at'> : never) : never;

function changeIn(event: Pick<Stripe.Event, 'type' | 'data'>): Change | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  const previous = (event.data as { previous_attributes?: Record<string, unknown> }).previous_attributes;
  if (event.type === 'payment_method.automatically_updated') {
    const id = refIdOf(object.id);
    return id && PM_ID.test(id) ? { kind: 'renewed', paymentMethodId: id } : null;
  }
  if (event.type === 'customer.updated') {
    const before = previous?.invoice_settings;
    if (!has(before, 'default_payment_method')) return null;
    const now = refIdOf((object.invoice_settings as Record<string, unknown> | null | undefined)?.default_payment_method);
    return now && PM_ID.test(now) && now !== refIdOf(before.default_payment_method) ? { kind: 'customer_default', paymentMethodId: now } : null;
  }
  if (event.type === 'customer.subscription.updated') {
    if (!has(previous, 'default_payment_method')) return null;
    const now = refIdOf(object.default_payment_method);
    const subscriptionId = refIdOf(object.id);
    if (!now || !PM_ID.test(now) || now === refIdOf(previous.default_payment_method) || !subscriptionId || !SUB_ID.test(subscriptionId)) return null;
    return { kind: 'subscription_default', subscriptionId, paymentMethodId: now };
  }
  return null;
}

/**
 * The overdue invoices to pay now, each with the method Stripe would charge for it today, when that
 * method is the one that changed. Overdue: open, failed at least once (not one waiting for the
 * customer's 3-D Secure, nor a bank payment still processing), of a subscription that is past due,
 * unpaid or paused for a failed payment. Oldest first. Pure.
 */
export function retriesFor(change: MethodChange, facts: BillingFacts): Array<{ invoice: StripeInvoice; paymentMethodId: string }> {
  const customerDefault = refId(facts.customer.invoice_settings?.default_payment_method ?? null);
  const bySubscription = new Map(facts.subscriptions.map((s) => [s.id, s]));
  const due: Array<{ invoice: StripeInvoice; paymentMethodId: string }> = [];
  for (const entry of facts.openInvoices) {
    if (classifyInvoice(entry) !== 'failed' || entry.invoice.attempt_count === 0) continue;
    const subscription = bySubscription.get(invoiceSubscriptionId(entry.invoice) ?? '');
    if (!subscription || !isOverdueSubscription(subscription)) continue;
    const own = refId(subscription.default_payment_method ?? null);
    const charged = own ?? customerDefault;
    if (charged !== change.paymentMethodId) continue;
    // A change older than the invoice (a late or reordered delivery) was already there when it failed.
    if (change.at < (entry.invoice.status_transitions?.finalized_at ?? entry.invoice.created)) continue;
    // A new default that is the very method that just failed is no new method: Stripe's schedule will do.
    const failedWith = refId(entry.paymentIntent?.last_payment_error?.payment_method ?? entry.paymentIntent?.payment_method ?? null);
    if (change.kind !== 'renewed' && failedWith === charged) continue;
    if (change.kind === 'customer_default' && own !== null) continue; // the subscription's own method pays, unchanged
    if (change.kind === 'subscription_default' && subscription.id !== change.subscriptionId) continue;
    due.push({ invoice: entry.invoice, paymentMethodId: charged });
  }
  return due.sort((a, b) => a.invoice.created - b.invoice.created);
}

export interface RetryDeps {
  gateway: Pick<StripeGateway, 'readFacts' | 'retryOffSession'>;
  /** The retry discipline: this attempt counts against the card's limits, and a "never" card is not charged. */
  retries?: RetryLedger;
  store: Pick<Store, 'setValue' | 'deleteValue' | 'count'>;
  logger: Logger;
  /** An invoice this paid: the recovery ledger's `card_updated`, when the report is on. */
  onRecovered?: (paid: { id: string; amount: number; currency: string }) => Promise<void>;
}

/**
 * `processing`: a bank debit took it; its money arrives (or fails) later, as Stripe's webhooks tell.
 * `refused`: the retry discipline forbade charging that card again (nothing was charged).
 */
export type RetryResult = { invoiceId: string; outcome: 'paid' | 'processing' | 'settled_elsewhere' | 'refused' | 'declined'; failure?: Failure };

/**
 * Pays what the change makes payable, once per invoice and method across redeliveries and instances
 * (a claim in the shared store, and Stripe's idempotency key on the payment behind it). A decline is
 * counted and logged and changes nothing else: the invoice stays open for Stripe's own schedule.
 * An error reaching Stripe releases the claim and throws, so the webhook's redelivery tries again.
 */
export async function retryOnMethodChange(deps: RetryDeps, event: Pick<Stripe.Event, 'type' | 'data' | 'created'>, customerId: string): Promise<RetryResult[]> {
  const change = methodChangeOf(event);
  if (!change) return [];
  const facts = await deps.gateway.readFacts(customerId);
  if (!facts) return [];
  const results: RetryResult[] = [];
  for (const { invoice, paymentMethodId } of retriesFor(change, facts)) {
    const claim = `retry-on-change:${invoice.id}:${paymentMethodId}`;
    if (!(await deps.store.setValue(claim, 'paying', RETRY_MEMORY_MS, { ifAbsent: true }))) continue;
    let result: Awaited<ReturnType<RetryDeps['gateway']['retryOffSession']>>;
    try {
      result = await deps.gateway.retryOffSession(invoice, paymentMethodId, deps.retries);
    } catch (error) {
      await deps.store.deleteValue(claim).catch(() => undefined);
      throw error;
    }
    const outcome = typeof result === 'object' ? 'declined' : result;
    await deps.store.setValue(claim, outcome, RETRY_MEMORY_MS).catch(() => undefined);
    if (result === 'paid') {
      const paid = { id: invoice.id, amount: invoice.amount_remaining ?? invoice.amount_due, currency: invoice.currency.toLowerCase() };
      await countSafely(deps, { 'server.recoveredOnCardChange': 1, [`server.amountRecoveredOnCardChange.${paid.currency}`]: paid.amount });
      await deps.onRecovered?.(paid);
      results.push({ invoiceId: invoice.id, outcome });
    } else if (typeof result === 'object') {
      await countSafely(deps, { 'server.retryOnCardChangeDeclined': 1 });
      deps.logger.warn(`paying ${invoice.id} after its payment method changed was declined (${result.failure.declineCode ?? result.failure.code}); Stripe's schedule goes on`);
      results.push({ invoiceId: invoice.id, outcome, failure: result.failure });
    } else {
      if (result === 'refused') await countSafely(deps, { 'server.retryOnCardChangeRefused': 1 });
      results.push({ invoiceId: invoice.id, outcome });
    }
  }
  return results;
}

/** A counter that cannot be written is logged: the payment happened, and a redelivery must not be asked for. */
async function countSafely(deps: RetryDeps, counters: Record<string, number>): Promise<void> {
  try {
    await deps.store.count(counters);
  } catch (error) {
    deps.logger.error('counting a retry after a payment method change failed', error);
  }
}
