/**
 * The recovery ledger of one instance, in memory. Bounded twice: entries expire `retentionMs` after
 * their last write, and past `maxInvoices` the entry written longest ago goes first (a Map keeps
 * insertion order, and a write re-inserts its entry at the end).
 */
import type { LedgerFields } from './ledger-record.js';
import type { LedgerEntry, LedgerStore } from './ledger-store.js';

interface Entry {
  fields: LedgerFields;
  /** The indexed first-failure time, when indexed. */
  failedAt: number | null;
  expiresAt: number;
}

/** Expired entries freed from the front on each write: cheap, and enough to keep up. */
const SWEEP_PER_WRITE = 4;

export class MemoryLedger implements LedgerStore {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly retentionMs: number;
  private readonly maxInvoices: number;

  constructor(options: { now?: () => number; retentionMs: number; maxInvoices?: number }) {
    this.now = options.now ?? Date.now;
    this.retentionMs = options.retentionMs;
    // About 85 MB of heap at the measured ~850 bytes an invoice (bench/report.ts); past that, use Redis.
    this.maxInvoices = options.maxInvoices ?? 100_000;
  }

  async write(invoiceId: string, fields: LedgerFields, options: { index?: { failureField: string; failedAt: number }; ifFailed?: string } = {}): Promise<void> {
    const now = this.now();
    let entry = this.live(invoiceId, now);
    if (options.ifFailed && !(entry && options.ifFailed in entry.fields)) return;
    if (!entry) entry = { fields: {}, failedAt: null, expiresAt: 0 };
    for (const [name, value] of Object.entries(fields)) {
      if (name in entry.fields) continue;
      entry.fields[name] = value;
      if (options.index && name === options.index.failureField) entry.failedAt = options.index.failedAt;
    }
    entry.expiresAt = now + this.retentionMs;
    this.entries.delete(invoiceId);
    this.entries.set(invoiceId, entry);
    this.sweep(now);
  }

  async query(fromMs: number, toMs: number): Promise<LedgerEntry[]> {
    const now = this.now();
    const found: LedgerEntry[] = [];
    for (const [invoiceId, entry] of this.entries) {
      if (entry.expiresAt <= now || entry.failedAt === null || entry.failedAt < fromMs || entry.failedAt >= toMs) continue;
      // Not copied: a report reads entries, never writes them (LedgerStore.query).
      found.push({ invoiceId, fields: entry.fields });
    }
    return found;
  }

  get size(): number {
    return this.entries.size;
  }

  private live(invoiceId: string, now: number): Entry | null {
    const entry = this.entries.get(invoiceId);
    if (!entry) return null;
    if (entry.expiresAt > now) return entry;
    this.entries.delete(invoiceId);
    return null;
  }

  private sweep(now: number): void {
    let looked = 0;
    for (const [invoiceId, entry] of this.entries) {
      if (looked++ >= SWEEP_PER_WRITE || entry.expiresAt > now) break;
      this.entries.delete(invoiceId);
    }
    while (this.entries.size > this.maxInvoices) this.entries.delete(this.entries.keys().next().value as string);
  }
}
