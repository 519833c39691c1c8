import type { AdoptedSetupIntent, RateWindow, Store, StoredSnapshot } from './types.js';

export interface MemoryStoreOptions {
  /** Most customers kept; the least recently used are evicted first. */
  maxCustomers?: number;
  /** How long a snapshot is trusted without a webhook (ms). */
  ttlMs?: number;
  /**
   * Most entries kept in EACH of the keyed spaces: webhook event ids, rate-limit windows, the
   * "counted once" claims, and the small values of notifications. Separate spaces, so a flood of one (signed events) cannot evict another
   * (the windows that stop card testing).
   */
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
export class Lru<V> {
  protected readonly map = new Map<string, V>();
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
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

/** How many entries at the front each write looks at to free expired ones: cheap, and enough to keep up. */
const SWEEP_PER_WRITE = 4;

/**
 * An LRU whose entries expire. Each write frees expired entries from the front (for a space written
 * with one TTL, like event ids, the front is also the first to expire, so nothing expired lingers);
 * when still over its bound, the least recently used entry goes.
 */
class ExpiringLru<V extends { expiresAt: number }> extends Lru<V> {
  constructor(
    max: number,
    private readonly now: () => number,
  ) {
    super(max);
  }
  /** The live entry, or undefined; `touch` false keeps its place (dedup ids are not "used" by a lookup). */
  live(key: string, touch = true): V | undefined {
    const value = touch ? this.get(key) : this.map.get(key);
    if (value === undefined) return undefined;
    if (value.expiresAt > this.now()) return value;
    this.map.delete(key);
    return undefined;
  }
  override set(key: string, value: V): void {
    this.sweep(SWEEP_PER_WRITE);
    super.set(key, value);
  }
  private sweep(limit: number): void {
    const now = this.now();
    let looked = 0;
    for (const [key, value] of this.map) {
      if (looked++ >= limit) return;
      if (value.expiresAt <= now) this.map.delete(key);
    }
  }
}

/** The default store: one process, bounded, nothing to run. Use `RedisStore` for several instances. */
export class MemoryStore implements Store {
  private readonly customers: Lru<CustomerEntry>;
  private readonly eventIds: ExpiringLru<{ expiresAt: number }>;
  private readonly rateWindows: ExpiringLru<{ expiresAt: number; count: number }>;
  private readonly claims: ExpiringLru<{ expiresAt: number }>;
  private readonly adopted: ExpiringLru<AdoptedSetupIntent & { expiresAt: number }>;
  private readonly paymentMethods: Lru<string>;
  private readonly values: ExpiringLru<{ value: string; expiresAt: number }>;
  private readonly analytics = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    const maxCustomers = options.maxCustomers ?? 100_000;
    const maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
    this.customers = new Lru(maxCustomers);
    this.paymentMethods = new Lru(maxCustomers * 2);
    this.eventIds = new ExpiringLru(maxKeys, this.now);
    this.rateWindows = new ExpiringLru(maxKeys, this.now);
    this.claims = new ExpiringLru(maxKeys, this.now);
    this.values = new ExpiringLru(maxKeys, this.now);
    this.adopted = new ExpiringLru(maxCustomers, this.now);
    this.ttlMs = options.ttlMs ?? 6 * 3_600_000;
  }

  /** Number of customers currently cached (for tests and capacity planning). */
  get size(): number {
    return this.customers.size;
  }

  /** Entries held in each bounded space (for tests and capacity planning). */
  get sizes(): { customers: number; eventIds: number; rateWindows: number; claims: number; adoptedSetupIntents: number } {
    return {
      customers: this.customers.size,
      eventIds: this.eventIds.size,
      rateWindows: this.rateWindows.size,
      claims: this.claims.size,
      adoptedSetupIntents: this.adopted.size,
    };
  }

  async get(customerId: string): Promise<StoredSnapshot | null> {
    return this.peek(customerId);
  }

  /** Everything here is in memory: `get` without the promise. */
  peek(customerId: string): StoredSnapshot | null {
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
    return this.claimIn(this.eventIds, eventId, ttlMs);
  }

  async releaseEvent(eventId: string): Promise<void> {
    this.eventIds.delete(eventId);
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const now = this.now();
    const window = this.rateWindows.live(key);
    if (!window) {
      this.rateWindows.set(key, { expiresAt: now + windowMs, count: 1 });
      return { count: 1, resetInMs: windowMs };
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.expiresAt - now };
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.claimIn(this.claims, key, ttlMs);
  }

  /** True the first time `key` is claimed in `space` within `ttlMs`; a lookup does not keep it alive. */
  private claimIn(space: ExpiringLru<{ expiresAt: number }>, key: string, ttlMs: number): boolean {
    if (space.live(key, false)) return false;
    space.set(key, { expiresAt: this.now() + ttlMs });
    return true;
  }

  async setValue(key: string, value: string, ttlMs: number, options: { ifAbsent?: boolean } = {}): Promise<boolean> {
    if (options.ifAbsent && this.values.live(key, false)) return false;
    this.values.set(key, { value, expiresAt: this.now() + ttlMs });
    return true;
  }

  async getValue(key: string): Promise<string | null> {
    return this.values.live(key, false)?.value ?? null;
  }

  async deleteValue(key: string): Promise<void> {
    this.values.delete(key);
  }

  async adoptSetupIntent(customerId: string, adopted: AdoptedSetupIntent, ttlMs: number): Promise<void> {
    const current = this.adopted.live(customerId);
    // Two updates finishing at once: the later adoption is the one that stands.
    if (current && current.at > adopted.at) return;
    this.adopted.set(customerId, { ...adopted, expiresAt: this.now() + ttlMs });
  }

  async adoptedSetupIntent(customerId: string): Promise<AdoptedSetupIntent | null> {
    const entry = this.adopted.live(customerId);
    return entry ? { id: entry.id, at: entry.at } : null;
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
