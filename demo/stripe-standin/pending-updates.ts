/**
 * Pending updates (`payment_behavior=pending_if_incomplete`): a price change whose invoice must be
 * paid before it applies (docs.stripe.com/billing/subscriptions/pending-updates).
 *
 * - Only the parameters Stripe lists may come with it (items' price, proration_behavior,
 *   billing_cycle_anchor, expand, payment_behavior…): anything else is a 400 naming it. Not for
 *   `send_invoice` subscriptions nor bank debits (the stand-in refuses a bank debit on file the same way).
 * - Paid at once: applied as any update. Declined or waiting for 3-D Secure: the subscription stays
 *   exactly as it was (status, price, period), answers 200 with `pending_update` and the open
 *   invoice as `latest_invoice`; paying that invoice later (the customer confirms) applies it.
 * - It expires at the current period end (or trial end), at most 23 hours after the update: the
 *   invoice is voided and the changes dropped. Voiding the invoice before then drops them too.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { voidInvoice } from './invoices.js';
import { isBankMethod } from './bank-debits.js';
import { pendingProrations, restoreProrations, takeProrations, type Proration } from './prorations.js';
import { snapshot } from './store.js';
import type { Invoice, Subscription } from './types.js';

const MAX_PENDING_SECONDS = 23 * 3600;

/** The stand-in's update parameters that Stripe refuses next to `pending_if_incomplete`, by their wire name. */
const REFUSED_WITH_PENDING = {
  defaultPaymentMethod: 'default_payment_method',
  metadata: 'metadata',
  cancelAtPeriodEnd: 'cancel_at_period_end',
  pauseCollection: 'pause_collection',
} as const;

interface Held {
  invoiceId: string;
  /** The subscription as the update left it: what paying the invoice applies. */
  after: Subscription;
  /** Pending prorations from before the update, given back if it is dropped. */
  prorationsBefore: Proration[];
}

const held = new WeakMap<Engine, Map<string, Held>>();
function heldOf(engine: Engine): Map<string, Held> {
  let map = held.get(engine);
  if (!map) held.set(engine, (map = new Map()));
  return map;
}

/** Refuses a `pending_if_incomplete` update Stripe would refuse: other parameters, or a subscription that cannot have one. */
export function checkPendingUpdate(engine: Engine, sub: Subscription, given: Partial<Record<keyof typeof REFUSED_WITH_PENDING, unknown>>, changesPrice: boolean): void {
  for (const [field, param] of Object.entries(REFUSED_WITH_PENDING)) {
    if (given[field as keyof typeof REFUSED_WITH_PENDING] !== undefined) {
      throw invalidRequest(
        `You cannot pass \`${param}\` with payment_behavior=pending_if_incomplete: a pending update accepts only items (price, quantity), proration_behavior, proration_date, billing_cycle_anchor, trial_end, trial_from_plan, add_invoice_items, payment_behavior and expand.`,
        param,
      );
    }
  }
  if (sub.pending_update) {
    // What Stripe does with a second pending update is not documented: the stand-in refuses it rather than guess.
    throw invalidRequest(
      `Subscription ${sub.id} has a pending update waiting for invoice ${sub.latest_invoice}: the stand-in does not model replacing it. Void that invoice first (it drops the pending update).`,
      'payment_behavior',
    );
  }
  if (!changesPrice) {
    throw invalidRequest('The stand-in models payment_behavior=pending_if_incomplete only together with a price change (items[0][price]).', 'payment_behavior');
  }
  const customer = engine.store.require('customer', sub.customer);
  const pmId = sub.default_payment_method ?? customer.invoice_settings.default_payment_method;
  const pm = pmId ? engine.store.get(pmId) : undefined;
  if (pm?.object === 'payment_method' && isBankMethod(pm)) {
    throw invalidRequest('Pending updates are not supported when a bank debit pays the subscription: use another payment_behavior.', 'payment_behavior');
  }
}

/** Before a pending update changes anything: what to go back to if its invoice is not paid at once. */
export function pendingStarter(engine: Engine, sub: Subscription): (invoice: Invoice) => void {
  const before = snapshot(sub);
  const customer = engine.store.require('customer', sub.customer);
  const customerBefore = { balance: customer.balance, delinquent: customer.delinquent };
  const prorationsBefore = [...pendingProrations(engine, sub.id)];
  return (invoice) => {
    const after = snapshot(sub);
    // The invoice took this update's prorations; the ones from before come back only if it is dropped.
    takeProrations(engine, sub.id);
    engine.automationRetries.delete(invoice.id);
    invoice.next_payment_attempt = null; // nothing retries it: the customer confirms, or it expires
    const item = before.items.data[0]!;
    const expiresAt = Math.min(item.current_period_end, before.trial_end ?? Number.POSITIVE_INFINITY, engine.now() + MAX_PENDING_SECONDS);
    engine.track(sub, 'customer.subscription.updated', (s) => {
      for (const key of Object.keys(s)) if (!(key in before)) delete (s as unknown as Record<string, unknown>)[key];
      Object.assign(s, snapshot(before));
      s.latest_invoice = invoice.id;
      s.pending_update = {
        billing_cycle_anchor: after.billing_cycle_anchor !== before.billing_cycle_anchor ? after.billing_cycle_anchor : null,
        expires_at: expiresAt,
        subscription_items: [snapshot(after.items.data[0]!)],
        trial_end: null,
        trial_from_plan: null,
      };
    });
    engine.track(customer, 'customer.updated', (cu) => {
      cu.balance = customerBefore.balance;
      cu.delinquent = customerBefore.delinquent;
    });
    heldOf(engine).set(sub.id, { invoiceId: invoice.id, after, prorationsBefore });
  };
}

/** The invoice of a pending update was paid: the update applies now (the price, the new period, the anchor). */
export function applyPendingUpdate(engine: Engine, invoice: Invoice): void {
  const subId = invoice.parent.subscription_details.subscription;
  const entry = heldOf(engine).get(subId);
  if (!entry || entry.invoiceId !== invoice.id) return;
  heldOf(engine).delete(subId);
  const sub = engine.store.require('subscription', subId);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    const it = s.items.data[0]!;
    const next = entry.after.items.data[0]!;
    it.price = snapshot(next.price);
    it.current_period_start = next.current_period_start;
    it.current_period_end = next.current_period_end;
    s.billing_cycle_anchor = entry.after.billing_cycle_anchor;
    s.pending_update = null;
  });
}

/** The invoice of a pending update was voided (by the merchant, or at expiry): the changes are dropped. */
export function dropPendingUpdate(engine: Engine, invoice: Invoice): void {
  const subId = invoice.parent.subscription_details.subscription;
  const entry = heldOf(engine).get(subId);
  if (!entry || entry.invoiceId !== invoice.id) return;
  heldOf(engine).delete(subId);
  restoreProrations(engine, subId, entry.prorationsBefore);
  const sub = engine.store.require('subscription', subId);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.pending_update = null;
  });
}

/** What the clock made due: pending updates past `expires_at` are discarded and their invoices voided. */
export function expirePendingUpdates(engine: Engine): void {
  const now = engine.now();
  for (const [subId, entry] of [...heldOf(engine)]) {
    const sub = engine.store.require('subscription', subId);
    if (!sub.pending_update || sub.pending_update.expires_at > now) continue;
    const invoice = engine.store.require('invoice', entry.invoiceId);
    if (invoice.status === 'open') voidInvoice(engine, invoice.id); // drops it through dropPendingUpdate
    else dropPendingUpdate(engine, invoice);
  }
}
