/**
 * What a page view gets while the store is down. Without the store, every page view would derive
 * the status from Stripe again (3 reads or more each), so one customer reloading could spend the
 * account's read allocation. Instead the handler keeps a small in-process copy of recent snapshots
 * and lets each customer cost at most one derivation per interval while the store is down.
 * Pure, no clock of its own; the copy and the timestamps are the caller's.
 */
import { STORE_RETRY_AFTER_SECONDS } from './errors.js';

/** While the store is down: at most one Stripe derivation per customer per this interval (the Retry-After given). */
export const DEGRADED_DERIVE_EVERY_MS = STORE_RETRY_AFTER_SECONDS * 1000;

/** Customers whose last snapshot is kept in-process for an outage (each a few hundred bytes). */
export const FALLBACK_CUSTOMERS = 2_000;

/** Customers whose last derivation time is kept, so the bound holds even when the copy was evicted. */
export const DERIVATION_TIMES_KEPT = 20_000;

export type DegradedChoice = 'copy' | 'derive' | 'unavailable';

/**
 * `copy`: serve the in-process copy. `derive`: read Stripe (and refresh the copy). `unavailable`:
 * this customer already had its derivation in this interval and no copy is left: answer 503.
 */
export function degradedChoice(
  copy: { derivedAt: number } | null,
  lastDerivationAt: number | null,
  now: number,
  everyMs = DEGRADED_DERIVE_EVERY_MS,
): DegradedChoice {
  if (copy && now - copy.derivedAt < everyMs) return 'copy';
  if (lastDerivationAt !== null && now - lastDerivationAt < everyMs) return copy ? 'copy' : 'unavailable';
  return 'derive';
}
