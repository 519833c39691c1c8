/**
 * Prorations: the credit for the unused part of a period and the debit for the rest of it on a new
 * price, as Stripe computes them (by the second, rounded to the minor unit). Pending ones wait,
 * as Stripe's pending invoice items do, for the subscription's next invoice, which carries them as
 * proration lines; `always_invoice` puts them on an invoice at once instead.
 */
import type { Engine } from './engine.js';
import { newId } from './ids.js';
import type { Price } from './price-types.js';
import type { Subscription } from './types.js';

export interface Proration {
  /** The pending invoice item's id (`ii_…`), which the invoice line names. */
  invoiceItem: string;
  amount: number;
  description: string;
  period: { start: number; end: number };
  price: Price;
  quantity: number;
  subscriptionItem: string;
}

const pending = new WeakMap<Engine, Map<string, Proration[]>>();

function pendingOf(engine: Engine): Map<string, Proration[]> {
  let map = pending.get(engine);
  if (!map) pending.set(engine, (map = new Map()));
  return map;
}

/**
 * Queue a credit (`sign` -1, unused time on the old price) or a debit (+1, remaining time on the
 * new one) for `period`, a part of `fullPeriod`. Nothing is queued for an empty span.
 */
export function addProration(
  engine: Engine,
  sub: Subscription,
  p: { price: Price; quantity: number; sign: 1 | -1; period: { start: number; end: number }; fullPeriod: { start: number; end: number }; subscriptionItem: string },
): Proration | undefined {
  const span = p.period.end - p.period.start;
  const full = p.fullPeriod.end - p.fullPeriod.start;
  if (span <= 0 || full <= 0) return undefined;
  const amount = p.sign * Math.round((p.price.unit_amount * p.quantity * span) / full);
  if (amount === 0) return undefined;
  const proration: Proration = {
    invoiceItem: newId('ii'),
    amount,
    description: `${p.sign < 0 ? 'Unused' : 'Remaining'} time on ${p.quantity} × subscription after ${new Date(p.period.start * 1000).toISOString().slice(0, 10)}`,
    period: p.period,
    price: p.price,
    quantity: p.quantity,
    subscriptionItem: p.subscriptionItem,
  };
  const map = pendingOf(engine);
  map.set(sub.id, [...(map.get(sub.id) ?? []), proration]);
  return proration;
}

/** The subscription's pending prorations, removed: the invoice being built takes them. */
export function takeProrations(engine: Engine, subscriptionId: string): Proration[] {
  const map = pendingOf(engine);
  const taken = map.get(subscriptionId) ?? [];
  map.delete(subscriptionId);
  return taken;
}

/** For assertions and previews: what the next invoice would add, without taking it. */
export function pendingProrations(engine: Engine, subscriptionId: string): readonly Proration[] {
  return pendingOf(engine).get(subscriptionId) ?? [];
}

/** Put prorations back as pending (an update undone after its charge failed). */
export function restoreProrations(engine: Engine, subscriptionId: string, prorations: readonly Proration[]): void {
  if (prorations.length === 0) return;
  const map = pendingOf(engine);
  map.set(subscriptionId, [...prorations, ...(map.get(subscriptionId) ?? [])]);
}
