/**
 * Each customer's billing snapshot: served from the store, derived from Stripe once on a miss,
 * refreshed when something changes. A store that fails does not fail the page: the handler serves
 * a recent in-process copy, reads Stripe at most once per customer per interval (see `degraded.ts`),
 * and logs that it is degraded.
 */
import type { Status } from '../protocol/index.js';
import { DEGRADED_DERIVE_EVERY_MS, DERIVATION_TIMES_KEPT, FALLBACK_CUSTOMERS, degradedChoice } from './degraded.js';
import { snapshotFromFacts, statusAt, type BillingSnapshot, type StatusPolicy } from './derive.js';
import { storeUnavailable } from './errors.js';
import { StatusBodies } from './status-cache.js';
import type { StripeGateway } from './gateway.js';
import type { ResolvedOptions } from './options.js';
import { Lru } from './stores/memory.js';
import type { StoredSnapshot } from './stores/types.js';

/** What a customer Stripe does not know looks like: nothing to fix, nothing to show. */
const EMPTY_SNAPSHOT: BillingSnapshot = {
  paymentMethodId: null,
  paymentMethod: null,
  invoice: null,
  invoiceState: 'none',
  failure: null,
  failingSince: null,
};

type Attempt<T> = { ok: true; value: T } | { ok: false };

export class BillingService {
  private readonly inFlight = new Map<string, Promise<BillingSnapshot>>();
  private readonly refreshes = new Map<string, { current: Promise<BillingSnapshot>; next: Promise<BillingSnapshot> | null }>();
  private storeHealthy = true;
  /** Recent snapshots, served only while the store is down. */
  private readonly fallback = new Lru<StoredSnapshot>(FALLBACK_CUSTOMERS);
  /** When each customer's last derivation started, to bound Stripe reads while the store is down. */
  private readonly derivedAt = new Lru<number>(DERIVATION_TIMES_KEPT);

  /** What `statusAt` applies, built once: it is the same for every page view. */
  private readonly policy: StatusPolicy;
  /** Each snapshot's status JSON while it cannot change (status-cache.ts). */
  private readonly bodies: StatusBodies;

  constructor(
    private readonly gateway: StripeGateway,
    private readonly options: ResolvedOptions,
  ) {
    const offers = options.offers;
    this.policy = {
      expiring: options.expiring,
      wall: options.wall,
      canResume: offers !== undefined,
      ...(offers ? { offerStates: offers.states } : {}),
      ...(offers?.pause ? { pausedAccess: offers.pause.access } : {}),
    };
    this.bodies = new StatusBodies(this.policy);
  }

  /**
   * The snapshot when the store holds it in this process (`Store.peek`), so a warm page view needs
   * no await; null means "ask the store". Not while the store is failing: `snapshot()` then logs its
   * recovery and picks the degraded answer.
   */
  peekSnapshot(customerId: string): BillingSnapshot | null {
    if (!this.storeHealthy || !this.options.store.peek) return null;
    // A store of the merchant's own may get `peek` wrong (throw, or hand back a promise): that only
    // costs the fast path, never the page view.
    let stored: unknown;
    try {
      stored = this.options.store.peek(customerId);
    } catch {
      return null;
    }
    if (typeof (stored as PromiseLike<unknown> | null)?.then === 'function') {
      (stored as Promise<unknown>).then(undefined, () => undefined);
      return null;
    }
    return (stored as StoredSnapshot | null | undefined)?.snapshot ?? null;
  }

  /** The snapshot for a page view: the store's if it has one, else one Stripe derivation shared by all waiters. */
  async snapshot(customerId: string): Promise<BillingSnapshot> {
    const stored = await this.attempt('read', () => this.options.store.get(customerId));
    if (stored.ok && stored.value) return stored.value.snapshot;
    if (!stored.ok) return this.degradedSnapshot(customerId);
    return this.sharedDerivation(customerId);
  }

  /** A page view while the store is down: the in-process copy, or one bounded derivation. */
  private async degradedSnapshot(customerId: string): Promise<BillingSnapshot> {
    const copy = this.fallback.get(customerId) ?? null;
    const choice = degradedChoice(copy, this.derivedAt.get(customerId) ?? null, this.options.now(), DEGRADED_DERIVE_EVERY_MS);
    if (choice === 'copy') return copy!.snapshot;
    if (choice === 'unavailable') {
      throw storeUnavailable();
    }
    // Stripe failing too: an older copy is still better than an error.
    return this.sharedDerivation(customerId).catch((error: unknown) => {
      if (copy) return copy.snapshot;
      throw error;
    });
  }

  private sharedDerivation(customerId: string): Promise<BillingSnapshot> {
    const pending = this.inFlight.get(customerId);
    if (pending) return pending;
    const derivation = this.derive(customerId, () => this.options.store.generation(customerId)).finally(() =>
      this.inFlight.delete(customerId),
    );
    this.inFlight.set(customerId, derivation);
    return derivation;
  }

  /**
   * Re-reads Stripe now because something changed; a read already in flight cannot overwrite it.
   * Stripe sends events in bursts (attached, customer.updated, invoice.paid…): while one refresh
   * runs, every further request shares a single follow-up refresh instead of one read each.
   */
  refresh(customerId: string): Promise<BillingSnapshot> {
    const running = this.refreshes.get(customerId);
    if (running) {
      running.next ??= running.current.catch(() => undefined).then(() => this.startRefresh(customerId));
      return running.next;
    }
    return this.startRefresh(customerId);
  }

  private startRefresh(customerId: string): Promise<BillingSnapshot> {
    const current = this.derive(customerId, () => this.options.store.invalidate(customerId)).finally(() => {
      if (this.refreshes.get(customerId)?.current === current) this.refreshes.delete(customerId);
    });
    this.refreshes.set(customerId, { current, next: null });
    return current;
  }

  /** Forgets a customer's snapshot without reading Stripe: the next page view derives it. */
  async invalidate(customerId: string): Promise<void> {
    this.fallback.delete(customerId);
    await this.guardStore('invalidate', () => this.options.store.invalidate(customerId), 0);
  }

  async isCached(customerId: string): Promise<boolean> {
    return (await this.guardStore('read', () => this.options.store.get(customerId), null)) !== null;
  }

  /** The wire status at this moment, after the merchant's `shouldShow`. */
  async status(customerId: string, snapshot?: BillingSnapshot): Promise<Status> {
    return this.shown(customerId, statusAt(snapshot ?? (await this.snapshot(customerId)), this.options.now(), this.policy));
  }

  /**
   * `status()` as the JSON `GET /status` answers, from the cache while the snapshot's status cannot
   * have changed: synchronous then. A status the merchant's `shouldShow` decides is never kept (the
   * merchant may answer differently each time).
   */
  statusJson(customerId: string, snapshot: BillingSnapshot): string | Promise<string> {
    const now = this.options.now();
    const cached = this.bodies.get(customerId, snapshot, now);
    if (cached !== null) return cached;
    const status = statusAt(snapshot, now, this.policy);
    if (status.state !== 'ok' && this.options.shouldShow) return this.shown(customerId, status).then((shown) => JSON.stringify(shown));
    const json = JSON.stringify(status);
    this.bodies.keep(customerId, snapshot, now, json);
    return json;
  }

  /** The status after the merchant's `shouldShow`. */
  private async shown(customerId: string, status: Status): Promise<Status> {
    const offers = this.options.offers;
    if (status.state === 'ok' || !this.options.shouldShow) return status;
    const show = await this.options.shouldShow(status, customerId);
    if (show) return status;
    const { pause: _pause, ...hidden } = status;
    return { ...hidden, state: 'ok', access: { wall: 'none', endsAt: null }, ...(offers ? { offers: false } : {}) };
  }

  private async derive(customerId: string, generationOf: () => Promise<number>): Promise<BillingSnapshot> {
    this.derivedAt.set(customerId, this.options.now());
    const generation = await this.guardStore('generation', generationOf, -1);
    const facts = await this.gateway.readFacts(customerId);
    if (!facts) this.options.logger.warn(`Stripe has no customer ${customerId}; showing nothing for it.`);
    const snapshot = facts ? snapshotFromFacts(facts) : EMPTY_SNAPSHOT;
    this.fallback.set(customerId, { snapshot, derivedAt: this.options.now() });
    if (generation >= 0) {
      await this.guardStore(
        'write',
        async () => {
          await this.options.store.setIfGeneration(customerId, { snapshot, derivedAt: this.options.now() }, generation);
          if (snapshot.paymentMethodId) await this.options.store.rememberPaymentMethod(snapshot.paymentMethodId, customerId);
        },
        undefined,
      );
    }
    return snapshot;
  }

  /** Runs a store operation; on failure logs once per outage and carries on with `fallback`. */
  private async guardStore<T>(what: string, operation: () => Promise<T>, fallback: T): Promise<T> {
    const result = await this.attempt(what, operation);
    return result.ok ? result.value : fallback;
  }

  /** Runs a store operation and says whether it worked; logs once per outage and once on recovery. */
  private async attempt<T>(what: string, operation: () => Promise<T>): Promise<Attempt<T>> {
    try {
      const value = await operation();
      if (!this.storeHealthy) {
        this.storeHealthy = true;
        this.options.logger.warn('store is reachable again; serving statuses from it.');
      }
      return { ok: true, value };
    } catch (error) {
      if (this.storeHealthy) {
        this.storeHealthy = false;
        this.options.logger.error(`store ${what} failed; serving recent copies and reading Stripe sparingly until it is back.`, error);
      }
      return { ok: false };
    }
  }
}
