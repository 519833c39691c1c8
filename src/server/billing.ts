/**
 * Each customer's billing snapshot: served from the store, derived from Stripe once on a miss,
 * refreshed when something changes. A store that fails does not fail the page: the handler reads
 * Stripe directly (single-flight per customer) and logs that it is degraded.
 */
import type { Status } from '../protocol/index.js';
import { snapshotFromFacts, statusAt, type BillingSnapshot } from './derive.js';
import type { StripeGateway } from './gateway.js';
import type { ResolvedOptions } from './options.js';

/** What a customer Stripe does not know looks like: nothing to fix, nothing to show. */
const EMPTY_SNAPSHOT: BillingSnapshot = {
  paymentMethodId: null,
  paymentMethod: null,
  invoice: null,
  invoiceState: 'none',
  failure: null,
  failingSince: null,
};

export class BillingService {
  private readonly inFlight = new Map<string, Promise<BillingSnapshot>>();
  private readonly refreshes = new Map<string, { current: Promise<BillingSnapshot>; next: Promise<BillingSnapshot> | null }>();
  private storeHealthy = true;

  constructor(
    private readonly gateway: StripeGateway,
    private readonly options: ResolvedOptions,
  ) {}

  /** The snapshot for a page view: the store's if it has one, else one Stripe derivation shared by all waiters. */
  async snapshot(customerId: string): Promise<BillingSnapshot> {
    const stored = await this.guardStore('read', () => this.options.store.get(customerId), null);
    if (stored) return stored.snapshot;
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
    await this.guardStore('invalidate', () => this.options.store.invalidate(customerId), 0);
  }

  async isCached(customerId: string): Promise<boolean> {
    return (await this.guardStore('read', () => this.options.store.get(customerId), null)) !== null;
  }

  /** The wire status at this moment, after the merchant's `shouldShow`. */
  async status(customerId: string, snapshot?: BillingSnapshot): Promise<Status> {
    const status = statusAt(snapshot ?? (await this.snapshot(customerId)), this.options.now(), {
      expiringWithinDays: this.options.expiringWithinDays,
      wall: this.options.wall,
    });
    if (status.state === 'ok' || !this.options.shouldShow) return status;
    const show = await this.options.shouldShow(status, customerId);
    return show ? status : { ...status, state: 'ok', access: { wall: 'none', endsAt: null } };
  }

  private async derive(customerId: string, generationOf: () => Promise<number>): Promise<BillingSnapshot> {
    const generation = await this.guardStore('generation', generationOf, -1);
    const facts = await this.gateway.readFacts(customerId);
    if (!facts) this.options.logger.warn(`Stripe has no customer ${customerId}; showing nothing for it.`);
    const snapshot = facts ? snapshotFromFacts(facts) : EMPTY_SNAPSHOT;
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
    try {
      const result = await operation();
      if (!this.storeHealthy) {
        this.storeHealthy = true;
        this.options.logger.warn('store is reachable again; serving statuses from it.');
      }
      return result;
    } catch (error) {
      if (this.storeHealthy) {
        this.storeHealthy = false;
        this.options.logger.error(`store ${what} failed; reading Stripe directly until it is back.`, error);
      }
      return fallback;
    }
  }
}
