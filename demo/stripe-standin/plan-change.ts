/**
 * `POST /v1/subscriptions/:id` beyond the plain fields: pausing collection and swapping the one
 * licensed item to another price, with Stripe's proration behaviours and billing cycle anchor.
 *
 * - `billing_cycle_anchor[type]=unchanged` (the default when the interval stays): the period goes on;
 *   `create_prorations` (default) leaves a credit for the unused time on the old price and a debit
 *   for the rest of the period on the new one as pending items for the next invoice,
 *   `always_invoice` invoices and charges them at once, `none` bills nothing until the renewal.
 * - `billing_cycle_anchor[type]=now` (forced when the interval changes): a new period starts and is
 *   invoiced and charged at once, with the unused-time credit on that invoice unless `none`.
 * A charge made at once that fails leaves the invoice open and the subscription past_due
 * (`allow_incomplete`, the default), or with `error_if_incomplete` undoes the change and answers
 * the 402, or with `pending_if_incomplete` keeps it as a pending update until that invoice is paid
 * (./pending-updates.ts). What the stand-in does not model is refused with a 400 that says so.
 */
import type { Engine } from './engine.js';
import { invalidRequest, StripeApiError } from './errors.js';
import { voidInvoice } from './invoices.js';
import { addInterval } from './objects.js';
import { checkPausable } from './pause-collection.js';
import type { Price } from './price-types.js';
import { addProration, pendingProrations, restoreProrations, takeProrations } from './prorations.js';
import { pendingStarter, checkPendingUpdate } from './pending-updates.js';
import { snapshot } from './store.js';
import type { Invoice, PauseCollection, Subscription } from './types.js';

export type ProrationBehavior = 'always_invoice' | 'create_prorations' | 'none';
export type PaymentBehavior = 'allow_incomplete' | 'default_incomplete' | 'error_if_incomplete' | 'pending_if_incomplete';

export interface SubscriptionChange {
  defaultPaymentMethod?: string | null;
  metadata?: Record<string, string>;
  cancelAtPeriodEnd?: boolean;
  /** null unsets it (`pause_collection=`). */
  pauseCollection?: PauseCollection | null;
  items?: Record<string, string>[];
  prorationBehavior?: ProrationBehavior;
  billingCycleAnchor?: 'now' | 'unchanged';
  paymentBehavior?: PaymentBehavior;
}

export function changeSubscription(engine: Engine, id: string, c: SubscriptionChange): Subscription {
  const sub = engine.store.require('subscription', id);
  const onlyMetadata = Object.entries(c).every(([k, v]) => v === undefined || k === 'metadata');
  if ((sub.status === 'canceled' || sub.status === 'incomplete_expired') && !onlyMetadata) {
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
  }
  if (c.pauseCollection) checkPausable(sub);
  const price = c.items ? priceToSwap(engine, sub, c.items) : undefined;
  if (!price && c.billingCycleAnchor === 'now') {
    throw invalidRequest('The stand-in models billing_cycle_anchor[type]=now only together with a price change (items[0][price]).', 'billing_cycle_anchor[type]');
  }
  if (c.paymentBehavior === 'default_incomplete') {
    throw invalidRequest(
      'The stand-in does not model payment_behavior=default_incomplete; use allow_incomplete, error_if_incomplete or pending_if_incomplete.',
      'payment_behavior',
    );
  }
  if (c.paymentBehavior === 'pending_if_incomplete') checkPendingUpdate(engine, sub, c, price !== undefined);
  engine.updateSubscription(id, { defaultPaymentMethod: c.defaultPaymentMethod, metadata: c.metadata, cancelAtPeriodEnd: c.cancelAtPeriodEnd });
  if (c.pauseCollection !== undefined) {
    engine.track(sub, 'customer.subscription.updated', (s) => {
      s.pause_collection = c.pauseCollection ?? null;
    });
  }
  if (price) swapPrice(engine, sub, price, c);
  return sub;
}

/** The new price of `items[0]`, checked; undefined when the item keeps its price. */
function priceToSwap(engine: Engine, sub: Subscription, items: Record<string, string>[]): Price | undefined {
  const item = sub.items.data[0]!;
  if (items.length !== 1) {
    throw invalidRequest('The stand-in models subscriptions with one item: give exactly one entry in items, with its id.', 'items');
  }
  const given = items[0]!;
  if (given.id === undefined || given.id === '') {
    throw invalidRequest('The stand-in does not model adding an item: give items[0][id], the id of the subscription\'s item, with the new price.', 'items[0][id]');
  }
  if (given.id !== item.id) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such subscription item: '${given.id}'`,
      param: 'items[0][id]',
    });
  }
  if (given.price === undefined || given.price === item.price.id) return undefined;
  const price = engine.store.require('price', given.price, 'items[0][price]', 400);
  if (!price.active) throw invalidRequest('The price specified is inactive. This field only accepts active prices.', 'items[0][price]');
  if (price.currency !== sub.currency) {
    throw invalidRequest(
      `The price specified is in ${price.currency}, but this subscription is in ${sub.currency}: all prices on a subscription must share its currency.`,
      'items[0][price]',
    );
  }
  if (sub.status === 'paused') {
    throw invalidRequest(`Subscription ${sub.id} is paused: the stand-in does not change the price of a paused subscription. Resume it first.`, 'items');
  }
  return price;
}

function swapPrice(engine: Engine, sub: Subscription, price: Price, c: SubscriptionChange): void {
  const now = engine.now();
  const item = sub.items.data[0]!;
  const old = item.price;
  const intervalChanged = old.recurring.interval !== price.recurring.interval || old.recurring.interval_count !== price.recurring.interval_count;
  const anchor = c.billingCycleAnchor ?? (intervalChanged ? 'now' : 'unchanged');
  if (anchor === 'unchanged' && intervalChanged) {
    throw invalidRequest(
      'Changing to a price with a different billing interval resets the billing cycle: billing_cycle_anchor[type] must be `now` (or left out).',
      'billing_cycle_anchor[type]',
    );
  }
  const proration = c.prorationBehavior ?? 'create_prorations';
  const period = { start: item.current_period_start, end: item.current_period_end };
  // A trial has nothing paid to credit; a period already over has nothing left to prorate.
  const prorate = proration !== 'none' && sub.status !== 'trialing' && now < period.end;
  const rollback: Rollback | undefined =
    c.paymentBehavior === 'error_if_incomplete'
      ? { kind: 'error', undo: undoer(engine, sub) }
      : c.paymentBehavior === 'pending_if_incomplete'
        ? { kind: 'pending', hold: pendingStarter(engine, sub) }
        : undefined;

  if (prorate) {
    addProration(engine, sub, { price: old, quantity: item.quantity, sign: -1, period: { start: now, end: period.end }, fullPeriod: period, subscriptionItem: item.id });
  }
  if (anchor === 'unchanged') {
    if (prorate) {
      addProration(engine, sub, { price, quantity: item.quantity, sign: 1, period: { start: now, end: period.end }, fullPeriod: period, subscriptionItem: item.id });
    }
    engine.track(sub, 'customer.subscription.updated', (s) => {
      s.items.data[0]!.price = snapshot(price);
    });
    if (proration !== 'always_invoice') return;
    const invoice = engine.createInvoice(sub, 'subscription_update', now, period.end, { recurring: false });
    chargeNow(engine, sub, invoice, rollback);
    return;
  }
  const periodEnd = addInterval(now, price.recurring.interval, price.recurring.interval_count);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    const it = s.items.data[0]!;
    it.price = snapshot(price);
    it.current_period_start = now;
    it.current_period_end = periodEnd;
    s.billing_cycle_anchor = now;
  });
  const invoice = engine.createInvoice(sub, 'subscription_update', now, periodEnd);
  chargeNow(engine, sub, invoice, rollback);
}

/**
 * What happens to a change whose charge did not go through at once: `error_if_incomplete` undoes it
 * and throws the 402; `pending_if_incomplete` undoes it but keeps the invoice, for paying it to apply it.
 */
type Rollback = { kind: 'error'; undo: (error: StripeApiError) => never } | { kind: 'pending'; hold: (invoice: Invoice) => void };

/** Finalize and charge the invoice the change made, as an automatic attempt (like a renewal). */
function chargeNow(engine: Engine, sub: Subscription, invoice: Invoice, rollback: Rollback | undefined): void {
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.latest_invoice = invoice.id;
  });
  engine.finalizeInvoice(invoice);
  if (invoice.status !== 'open') return;
  const error = engine.collect(invoice, { mode: 'renewal' });
  // A bank debit on its way is no failure: Stripe keeps the change while it processes.
  if (!error || !rollback) return;
  if (rollback.kind === 'error') return rollback.undo(error);
  // Declined or waiting for 3-D Secure: the change waits for this invoice to be paid.
  rollback.hold(invoice);
}

/**
 * `error_if_incomplete`: Stripe applies nothing when the charge fails. The attempt happened (its
 * declined charge stays, the invoice is voided); the subscription, the customer's balance and
 * delinquency, and the pending prorations go back to what they were, and the 402 is thrown.
 */
function undoer(engine: Engine, sub: Subscription): (error: StripeApiError) => never {
  const before = snapshot(sub);
  const customer = engine.store.require('customer', sub.customer);
  const customerBefore = { balance: customer.balance, delinquent: customer.delinquent };
  const pending = [...pendingProrations(engine, sub.id)];
  return (error) => {
    const invoice = engine.store.require('invoice', sub.latest_invoice!);
    if (invoice.status === 'open') voidInvoice(engine, invoice.id);
    engine.automationRetries.delete(invoice.id);
    takeProrations(engine, sub.id);
    restoreProrations(engine, sub.id, pending);
    engine.track(sub, 'customer.subscription.updated', (s) => {
      for (const key of Object.keys(s)) if (!(key in before)) delete (s as unknown as Record<string, unknown>)[key];
      Object.assign(s, snapshot(before));
    });
    engine.track(customer, 'customer.updated', (cu) => {
      cu.balance = customerBefore.balance;
      cu.delinquent = customerBefore.delinquent;
    });
    throw error;
  };
}
