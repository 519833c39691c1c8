import type { RateWindow, Store, StoredSnapshot } from './types.js';

export interface MemoryStoreOptions {
  /** Most customers kept; the least recently used are evicted first. */
  maxCustomers?: number;
  /** How long a snapshot is trusted without a webhook (ms). */
  ttlMs?: number;
  /** Most webhook event ids and rate-limit windows kept. */
  maxKeys?: number;
  now?: () => number;
}

interface CustomerEntry {
  value: StoredSnapshot | null;
  expiresAt: number;
  generation: number;
}

/**
 * A Map kept in insertion order doubles as an LRU: touching an entry re-inserts it at the end,
 * and the oldest sits first, ready to evict. Bounded so a long-running process cannot grow.
 */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  get size(): number {
    return this.map.size;
  }
}

/** The default store: one process, bounded, nothing to run. Use `RedisStore` for several instances. */
export class MemoryStore implements Store {
  private readonly customers: Lru<CustomerEntry>;
  private readonly keys: Lru<{ expiresAt: number; count: number }>;
  private readonly paymentMethods: Lru<string>;
  private readonly analytics = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    const maxCustomers = options.maxCustomers ?? 100_000;
    this.customers = new Lru(maxCustomers);
    this.paymentMethods = new Lru(maxCustomers * 2);
    this.keys = new Lru(options.maxKeys ?? 100_000);
    this.ttlMs = options.ttlMs ?? 6 * 3_600_000;
    this.now = options.now ?? Date.now;
  }

  /** Number of customers currently cached (for tests and capacity planning). */
  get size(): number {
    return this.customers.size;
  }

  async get(customerId: string): Promise<StoredSnapshot | null> {
    const entry = this.customers.get(customerId);
    if (!entry?.value) return null;
    return entry.expiresAt > this.now() ? entry.value : null;
  }

  async generation(customerId: string): Promise<number> {
    return this.customers.get(customerId)?.generation ?? 0;
  }

  async setIfGeneration(customerId: string, value: StoredSnapshot, generation: number): Promise<boolean> {
    const current = this.customers.get(customerId)?.generation ?? 0;
    if (current !== generation) return false;
    this.customers.set(customerId, { value, expiresAt: this.now() + this.ttlMs, generation });
    return true;
  }

  async invalidate(customerId: string): Promise<number> {
    const generation = (this.customers.get(customerId)?.generation ?? 0) + 1;
    this.customers.set(customerId, { value: null, expiresAt: 0, generation });
    return generation;
  }

  async claimEvent(eventId: string, ttlMs: number): Promise<boolean> {
    const key = `evt:${eventId}`;
    const seen = this.keys.get(key);
    if (seen && seen.expiresAt > this.now()) return false;
    this.keys.set(key, { expiresAt: this.now() + ttlMs, count: 1 });
    return true;
  }

  async releaseEvent(eventId: string): Promise<void> {
    this.keys.delete(`evt:${eventId}`);
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const now = this.now();
    const k = `rl:${key}`;
    const window = this.keys.get(k);
    if (!window || window.expiresAt <= now) {
      this.keys.set(k, { expiresAt: now + windowMs, count: 1 });
      return { count: 1, resetInMs: windowMs };
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.expiresAt - now };
  }

  async rememberPaymentMethod(paymentMethodId: string, customerId: string): Promise<void> {
    this.paymentMethods.set(paymentMethodId, customerId);
  }

  async customerOfPaymentMethod(paymentMethodId: string): Promise<string | null> {
    return this.paymentMethods.get(paymentMethodId) ?? null;
  }

  async count(counters: Record<string, number>): Promise<void> {
    for (const [name, by] of Object.entries(counters)) this.analytics.set(name, (this.analytics.get(name) ?? 0) + by);
  }

  async counters(): Promise<Record<string, number>> {
    return Object.fromEntries(this.analytics);
  }
}
