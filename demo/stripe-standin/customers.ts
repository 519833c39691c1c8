/**
 * Customer and card changes that do not come from a payment: deleting a customer, the merchant
 * editing a card's expiry, and the card networks' account updater replacing it.
 */
import type { CardOptions, Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import type { CardPaymentMethod, Customer, PaymentMethod } from './types.js';

/** DELETE /v1/customers/:id: cancels the customer's subscriptions at once, as Stripe does. */
export function deleteCustomer(engine: Engine, id: string): Customer {
  const customer = engine.store.require('customer', id);
  for (const sub of engine.store.all('subscription', (s) => s.customer === id && s.status !== 'canceled')) {
    engine.cancelSubscription(sub.id);
  }
  engine.emit('customer.deleted', customer);
  customer.deleted = true;
  return customer;
}

/** Stripe's answer for a deleted customer, on delete and on every later retrieve. */
export function deletedCustomerView(customer: Customer) {
  return { id: customer.id, object: 'customer' as const, deleted: true as const };
}

function checkExpiry(o: CardOptions): void {
  if (o.expMonth !== undefined && (!Number.isInteger(o.expMonth) || o.expMonth < 1 || o.expMonth > 12)) {
    throw new Error(`Invalid expMonth ${o.expMonth}`);
  }
  if (o.expYear !== undefined && (!Number.isInteger(o.expYear) || o.expYear < 1970 || o.expYear > 9999)) {
    throw new Error(`Invalid expYear ${o.expYear}`);
  }
}

/** POST /v1/payment_methods/:id with `card[exp_month]` / `card[exp_year]`: `payment_method.updated`. */
export function updateCard(engine: Engine, id: string, o: CardOptions & { metadata?: Record<string, string> }): PaymentMethod {
  const pm = engine.store.require('payment_method', id);
  if (pm.type !== 'card' && (o.expMonth !== undefined || o.expYear !== undefined)) {
    throw invalidRequest(`You cannot update card details on a PaymentMethod of type ${pm.type}.`, 'card');
  }
  checkExpiry(o);
  engine.track(pm, 'payment_method.updated', (p) => {
    if (p.type === 'card' && o.expMonth !== undefined) p.card.exp_month = o.expMonth;
    if (p.type === 'card' && o.expYear !== undefined) p.card.exp_year = o.expYear;
    if (o.metadata) p.metadata = { ...p.metadata, ...o.metadata };
  });
  return pm;
}

/** The card network's account updater renewed the card: `payment_method.automatically_updated`. */
export function automaticallyUpdateCard(engine: Engine, id: string, o: CardOptions): CardPaymentMethod {
  const pm = engine.store.require('payment_method', id);
  if (pm.type !== 'card') throw new Error(`${id} is a ${pm.type} method: only cards are renewed by the card networks`);
  checkExpiry(o);
  engine.track(pm, 'payment_method.automatically_updated', (p) => {
    if (o.expMonth !== undefined) p.card.exp_month = o.expMonth;
    if (o.expYear !== undefined) p.card.exp_year = o.expYear;
  });
  return pm;
}
