/**
 * The receipt a successful update or offer answers with, for the thank-you: what was charged now
 * and when Stripe charges next (the day a pause ends, when one is in force). Pure.
 */
import type { Receipt } from '../../protocol/index.js';
import type { BillingSnapshot } from '../derive.js';

export function receiptOf(paid: ReadonlyArray<{ amount: number; currency: string }>, snapshot: BillingSnapshot): Receipt {
  return {
    paid: paid.map((p) => ({ amount: p.amount, currency: p.currency.toLowerCase() })),
    nextChargeAt: snapshot.pause?.resumesAt ?? snapshot.nextChargeAt ?? null,
  };
}
