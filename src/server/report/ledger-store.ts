/**
 * Where the recovery ledger lives. The report needs two things from storage: write a field of an
 * invoice's entry once (first write wins, atomically across instances), and read every entry whose
 * first failure falls in a time range. Anything that does both can hold it: the memory store's
 * bounded map for one instance, Redis for several (./ledger-memory.ts, ./ledger-redis.ts), or, past
 * what Redis should hold, a table in the merchant's database (see docs/merchant/recovery-report.md, "Storage and scale").
 */
import { MemoryStore } from '../stores/memory.js';
import { RedisStore } from '../stores/redis.js';
import type { Store } from '../stores/types.js';
import type { LedgerFields } from './ledger-record.js';
import { MemoryLedger } from './ledger-memory.js';
import { RedisLedger } from './ledger-redis.js';

/** The default retention: 13 months, the longest range a report covers. */
export const LEDGER_RETENTION_MS = 396 * 86_400_000;

export interface LedgerEntry {
  invoiceId: string;
  fields: LedgerFields;
}

export interface LedgerStore {
  /**
   * Writes each field of `fields` that the entry does not have yet; an existing field is kept (first
   * write wins). With `failedAt`, and only when this write is the one that set `failureField`, the
   * entry is indexed by that time for `query`. With `ifFailed`, nothing is written unless the entry
   * already has `failureField` (a fact about an invoice that never failed is not worth keeping).
   */
  write(invoiceId: string, fields: LedgerFields, options?: { index?: { failureField: string; failedAt: number }; ifFailed?: string }): Promise<void>;
  /** Entries indexed at a time in [fromMs, toMs). */
  query(fromMs: number, toMs: number): Promise<LedgerEntry[]>;
}

/** A store can bring its own ledger (a merchant's database); else one is made for the built-in stores. */
export interface StoreWithLedger extends Store {
  readonly ledger: LedgerStore;
}

const memoryLedgers = new WeakMap<Store, LedgerStore>();

/**
 * The ledger for the handler's store: the store's own `ledger` when it has one, a Redis ledger on the
 * same client and prefix, or one memory ledger per `MemoryStore` (two handlers sharing one memory
 * store share it too). Null for a custom store without a ledger: the report is then empty.
 */
export function ledgerFor(store: Store, options: { now: () => number; retentionMs?: number }): LedgerStore | null {
  const own = (store as Partial<StoreWithLedger>).ledger;
  if (own && typeof own.write === 'function' && typeof own.query === 'function') return own;
  const retentionMs = options.retentionMs ?? LEDGER_RETENTION_MS;
  if (store instanceof RedisStore) return new RedisLedger(store.connect(), { prefix: `${store.prefix}ledger:`, retentionMs });
  if (store instanceof MemoryStore) {
    let ledger = memoryLedgers.get(store);
    if (!ledger) memoryLedgers.set(store, (ledger = new MemoryLedger({ now: options.now, retentionMs })));
    return ledger;
  }
  return null;
}
