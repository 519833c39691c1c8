import type { BillingSnapshot } from '../derive.js';

/** One customer's cached billing snapshot. */
export interface StoredSnapshot {
  snapshot: BillingSnapshot;
  /** When it was read from Stripe (ms since epoch). */
  derivedAt: number;
}

/** The SetupIntent whose card `/complete` last made a customer's default, and when (ms since epoch). */
export interface AdoptedSetupIntent {
  id: string;
  at: number;
}

export interface RateWindow {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window resets. */
  resetInMs: number;
}

/**
 * Where the handler keeps state that must be shared by every instance serving the same merchant.
 *
 * Writes of derived snapshots are guarded by a per-customer generation: a webhook bumps it, and
 * a derivation that started before the bump cannot overwrite the newer truth with its older read.
 */
export interface Store {
  get(customerId: string): Promise<StoredSnapshot | null>;
  /**
   * Optional: what `get` would resolve to, when the store has it in this process's memory (null:
   * not there, ask `get`). A warm `GET /status` then runs without awaiting anything. Must never
   * answer what `get` would not: a store without a live in-process copy leaves it out or says null.
   */
  peek?(customerId: string): StoredSnapshot | null;
  /** Current generation of a customer's snapshot (0 when never invalidated). */
  generation(customerId: string): Promise<number>;
  /** Stores `value` only if the generation is still `generation`; returns whether it did. */
  setIfGeneration(customerId: string, value: StoredSnapshot, generation: number): Promise<boolean>;
  /** Drops the snapshot and bumps the generation; returns the new generation. */
  invalidate(customerId: string): Promise<number>;
  /** Records a webhook event id; true the first time it is seen within `ttlMs`. */
  claimEvent(eventId: string, ttlMs: number): Promise<boolean>;
  /** Forgets a claimed event id, so Stripe's retry of an event we failed to process is not a duplicate. */
  releaseEvent(eventId: string): Promise<void>;
  /** Counts a hit in a fixed window for `key` (rate limiting). */
  hit(key: string, windowMs: number): Promise<RateWindow>;
  /**
   * True the first time `key` is claimed within `ttlMs`, atomically across instances: what makes a
   * counter count each SetupIntent and each invoice once, however often `/complete` is replayed.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Records the SetupIntent `/complete` adopted; an older adoption never overwrites a newer one. */
  adoptSetupIntent(customerId: string, adopted: AdoptedSetupIntent, ttlMs: number): Promise<void>;
  /** The last adoption recorded for the customer, if still within its TTL. */
  adoptedSetupIntent(customerId: string): Promise<AdoptedSetupIntent | null>;
  /** Remembers which customer a payment method belongs to (a detach event no longer says). */
  rememberPaymentMethod(paymentMethodId: string, customerId: string): Promise<void>;
  customerOfPaymentMethod(paymentMethodId: string): Promise<string | null>;
  /**
   * A small value under `key` for `ttlMs`. With `ifAbsent`, written only when no live value is there,
   * atomically across instances; returns whether it was written. What notifications keep per message
   * (sent, sending) and per invoice (links revoked, last notice) lives here.
   */
  setValue(key: string, value: string, ttlMs: number, options?: { ifAbsent?: boolean }): Promise<boolean>;
  /** The live value under `key`, or null. */
  getValue(key: string): Promise<string | null>;
  deleteValue(key: string): Promise<void>;
  /** Adds to named analytics counters. */
  count(counters: Record<string, number>): Promise<void>;
  counters(): Promise<Record<string, number>>;
  close?(): Promise<void>;
}
