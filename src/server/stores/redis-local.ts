/**
 * A short in-process copy of the snapshots a `RedisStore` read, so a warm page view costs no Redis
 * round trip (the round trip was most of a status read: see docs/performance.md).
 *
 * Correct across instances: every invalidation and every snapshot written is published on one
 * Redis channel, and each instance drops its copy when it hears it (a webhook on instance A, the
 * next read on instance B reads Redis again; no TTL to wait for). What keeps a copy from outliving
 * the truth:
 *  - the instance that made the change returns only once its own subscriber heard it (at most
 *    `ECHO_WAIT_MS`): Redis hands a message to every subscriber in the same pass, so by then the
 *    other instances have it too, before anything the change's caller does next can reach them;
 *  - stores of one process on the same Redis and prefix (several handlers, tests) tell each other
 *    at once, without waiting for Redis;
 *  - a read that was in flight while an invalidation arrived is not kept (the epoch);
 *  - while the subscription is not live (connecting, Redis down, reconnecting) nothing is kept or
 *    served, and every copy is dropped when it is lost: a missed message cannot leave one behind;
 *  - each copy expires after `ttlMs` whatever happens.
 */
import type { Redis } from 'ioredis';
import { Lru } from './memory.js';
import type { StoredSnapshot } from './types.js';

export interface LocalCacheOptions {
  /** How long a copy is served without asking Redis; 0 turns the cache off. */
  ttlMs: number;
  /** Most customers kept per instance (least recently used go first). */
  maxCustomers: number;
  /** The pub/sub channel every instance on this prefix listens to. */
  channel: string;
}

interface Copy {
  value: StoredSnapshot;
  expiresAt: number;
}

/** Longest a change waits for its own message to come back before it returns anyway. */
export const ECHO_WAIT_MS = 1000;

/** The local caches of this process, by Redis server and channel. */
const neighbours = new Map<string, Set<LocalSnapshots>>();

export class LocalSnapshots {
  private readonly copies: Lru<Copy>;
  /** Bumped by every invalidation heard and every loss of the subscription. */
  private epoch = 0;
  private live = false;
  private subscriber: Redis | null = null;
  private neighbourhood: string | null = null;
  /** Changes of this instance waiting for their message to come back, by customer. */
  private readonly echoes = new Map<string, Array<() => void>>();

  constructor(private readonly options: LocalCacheOptions) {
    this.copies = new Lru<Copy>(options.maxCustomers);
  }

  /** Subscribes on a connection of its own (a subscribed connection can send nothing else). */
  start(client: Redis): void {
    // Unlike the store's client, this one queues while disconnected and retries for ever: it must come back by itself.
    const subscriber = client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, autoResubscribe: true });
    this.subscriber = subscriber;
    const { host, port, db } = client.options;
    this.neighbourhood = `${host}:${port}/${db ?? 0} ${this.options.channel}`;
    const set = neighbours.get(this.neighbourhood) ?? new Set();
    neighbours.set(this.neighbourhood, set.add(this));
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, customerId: string) => {
      this.drop1(customerId);
      for (const done of [...(this.echoes.get(customerId) ?? [])]) done();
    });
    const lost = () => {
      this.live = false;
      this.drop();
    };
    subscriber.on('close', lost);
    subscriber.on('reconnecting', lost);
    subscriber.on('end', lost);
    const subscribe = () =>
      subscriber.subscribe(this.options.channel).then(
        () => {
          if (subscriber.status === 'ready') this.live = true;
        },
        () => undefined,
      );
    subscriber.on('ready', subscribe);
    if (subscriber.status === 'ready') void subscribe();
  }

  /** The copy of `customerId`, if one is live. */
  read(customerId: string): StoredSnapshot | null {
    if (!this.live) return null;
    const copy = this.copies.get(customerId);
    if (!copy) return null;
    if (copy.expiresAt <= Date.now()) {
      this.copies.delete(customerId);
      return null;
    }
    return copy.value;
  }

  /** The epoch to hand back to `keep` with what a Redis read returned. */
  mark(): number {
    return this.epoch;
  }

  /** Keeps what Redis returned, unless an invalidation arrived while it was being read. */
  keep(customerId: string, value: StoredSnapshot, epoch: number): void {
    if (!this.live || epoch !== this.epoch) return;
    this.copies.set(customerId, { value, expiresAt: Date.now() + this.options.ttlMs });
  }

  /**
   * This instance is changing the customer: its copy and those of its neighbours in this process go
   * at once. Resolves when the change's message came back (call it before sending the change).
   */
  changing(customerId: string): Promise<void> {
    for (const neighbour of this.neighbourhood ? (neighbours.get(this.neighbourhood) ?? [this]) : [this]) neighbour.drop1(customerId);
    if (!this.live) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const waiting = this.echoes.get(customerId) ?? [];
      const done = () => {
        clearTimeout(timer);
        const left = (this.echoes.get(customerId) ?? []).filter((d) => d !== done);
        if (left.length) this.echoes.set(customerId, left);
        else this.echoes.delete(customerId);
        resolve();
      };
      // A refused write publishes nothing, and Redis may be gone: never wait for ever.
      const timer = setTimeout(done, ECHO_WAIT_MS);
      timer.unref?.();
      waiting.push(done);
      this.echoes.set(customerId, waiting);
    });
  }

  private drop1(customerId: string): void {
    this.epoch++;
    this.copies.delete(customerId);
  }

  private drop(): void {
    this.epoch++;
    this.copies.clear();
  }

  async close(): Promise<void> {
    this.live = false;
    this.drop();
    if (this.neighbourhood) neighbours.get(this.neighbourhood)?.delete(this);
    for (const waiting of [...this.echoes.values()]) for (const done of waiting) done();
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (subscriber) await subscriber.quit().catch(() => subscriber.disconnect());
  }
}
