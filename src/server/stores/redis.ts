import type { Redis, RedisOptions } from 'ioredis';
import { createRedisClient } from './ioredis.js';
import { LocalSnapshots } from './redis-local.js';
import type { AdoptedSetupIntent, RateWindow, Store, StoredSnapshot } from './types.js';

export interface RedisStoreOptions {
  /** An ioredis client you already have, or a `redis://` URL to connect to. */
  client?: Redis;
  url?: string;
  /** Extra ioredis options when `url` is given. */
  redisOptions?: RedisOptions;
  /** Key prefix, so several apps can share one Redis. */
  prefix?: string;
  /** How long a snapshot is trusted without a webhook (ms). */
  ttlMs?: number;
  /**
   * How long each instance serves a snapshot it read from Redis without asking again (ms; 0: always
   * ask). Invalidations reach every instance at once through Redis pub/sub (see redis-local.ts).
   */
  localCacheMs?: number;
  /** Most snapshots each instance keeps in its local cache. */
  localCacheCustomers?: number;
}

// Compare-and-set in one round trip: a derivation that started before an invalidation must not
// overwrite what the invalidation made true. Both tell every instance's local cache (ARGV[4]/[2]:
// the channel, ARGV[5]/[3]: the customer) in the same step, so no instance can miss the change.
const SET_IF_GENERATION = `
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;

const INVALIDATE = `
local g = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
redis.call('PUBLISH', ARGV[2], ARGV[3])
return g`;

const HIT = `
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {c, ttl}`;

// Keeps the later of two adoptions, in one round trip: two updates finishing at once on two instances.
const ADOPT = `
local current = redis.call('GET', KEYS[1])
if current then
  local at = tonumber(string.match(current, '^(%d+):'))
  if at and at > tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2], 'PX', ARGV[3])
return 1`;

/**
 * Shares snapshots, webhook dedup, rate limits and counters between handler instances.
 *
 * ioredis is an optional peer, loaded when a store is made from a `url` (a `client` you pass in is
 * already loaded): `paymend/server` without Redis never needs it installed.
 */
export class RedisStore implements Store {
  /** Key prefix of everything this store writes; a notify queue on the same Redis nests under it. */
  readonly prefix: string;
  private readonly ttlMs: number;
  private readonly ownsClient: boolean;
  private loaded: Redis | null = null;
  /** The client, once ioredis is loaded and the first connection is ready (or a few seconds passed). */
  private readonly connecting: Promise<Redis>;
  /** Snapshots read lately, served without a round trip; null when `localCacheMs` is 0. */
  private readonly local: LocalSnapshots | null;
  private localStarted = false;
  private readonly channel: string;

  constructor(options: RedisStoreOptions) {
    let client: Promise<Redis>;
    if (options.client) {
      this.loaded = options.client;
      client = Promise.resolve(options.client);
      this.ownsClient = false;
    } else if (options.url) {
      // Fail fast while Redis is down instead of queueing requests behind a page view;
      // the handler falls back to Stripe and says so in its log.
      client = createRedisClient(options.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, ...options.redisOptions }, 'RedisStore').then(
        (created) => {
          // Connection errors surface as failed commands, which the handler logs once per outage;
          // without a listener ioredis would print every reconnect attempt.
          created.on('error', () => undefined);
          this.loaded = created;
          return created;
        },
      );
      this.ownsClient = true;
    } else {
      throw new TypeError('RedisStore needs a `client` (ioredis) or a `url` (redis://…)');
    }
    this.prefix = options.prefix ?? 'paymend:';
    this.ttlMs = options.ttlMs ?? 6 * 3_600_000;
    this.channel = `${this.prefix}snapshot-changed`;
    const localCacheMs = options.localCacheMs ?? 10_000;
    this.local =
      localCacheMs > 0 ? new LocalSnapshots({ ttlMs: localCacheMs, maxCustomers: options.localCacheCustomers ?? 10_000, channel: this.channel }) : null;
    // Without an offline queue, commands sent while the first connection is still being made would
    // fail; page views at start-up wait for it briefly instead, later outages fail fast.
    this.connecting = client.then((redis) => (redis.status === 'ready' ? redis : untilReady(redis)));
    // A missing ioredis rejects every call (each answers store_unavailable and is logged with the
    // package to install); it must not also crash the process as an unhandled rejection.
    this.connecting.catch(() => undefined);
  }

  /**
   * The ioredis client. With `url`, it exists once ioredis has loaded: `await store.connect()`
   * first (every store method does).
   */
  get client(): Redis {
    if (!this.loaded) throw new Error('RedisStore: the Redis client is still loading; await store.connect() first');
    return this.loaded;
  }

  /**
   * The ioredis client, once loaded and connected (or after a few seconds of trying). Rejects with
   * a `MissingPeerError` naming `ioredis` when it is not installed.
   */
  connect(): Promise<Redis> {
    return this.connecting;
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  /** The client, once the first connection had its chance. */
  private ready(): Promise<Redis> {
    return this.connecting;
  }

  /**
   * The client, with the local cache's subscription started: on the first use of snapshots, so a
   * store that never reads or writes one (a queue's, a ledger's) opens no second connection.
   */
  private async snapshotsReady(): Promise<Redis> {
    const redis = await this.ready();
    if (this.local && !this.localStarted) {
      this.localStarted = true;
      this.local.start(redis);
    }
    return redis;
  }

  async get(customerId: string): Promise<StoredSnapshot | null> {
    const local = this.local;
    const copy = local?.read(customerId);
    if (copy) return copy;
    const redis = await this.snapshotsReady();
    const epoch = local?.mark() ?? 0;
    const raw = await redis.get(this.key('status', customerId));
    const value = raw ? (JSON.parse(raw) as StoredSnapshot) : null;
    if (value && local) local.keep(customerId, value, epoch);
    return value;
  }

  /** The in-process copy (redis-local.ts) when one is live, so a warm read awaits nothing. */
  peek(customerId: string): StoredSnapshot | null {
    return this.local?.read(customerId) ?? null;
  }

  async generation(customerId: string): Promise<number> {
    const redis = await this.ready();
    return Number((await redis.get(this.key('gen', customerId))) ?? 0);
  }

  async setIfGeneration(customerId: string, value: StoredSnapshot, generation: number): Promise<boolean> {
    const redis = await this.snapshotsReady();
    const heard = this.local?.changing(customerId);
    const stored = await redis.eval(
      SET_IF_GENERATION,
      2,
      this.key('gen', customerId),
      this.key('status', customerId),
      String(generation),
      JSON.stringify(value),
      String(this.ttlMs),
      this.channel,
      customerId,
    );
    // Nothing published when the write was refused: no message to wait for.
    if (stored === 1) await heard;
    return stored === 1;
  }

  async invalidate(customerId: string): Promise<number> {
    // The generation outlives the snapshot so a late, older write is still refused.
    const redis = await this.snapshotsReady();
    const heard = this.local?.changing(customerId);
    const generation = await redis.eval(
      INVALIDATE,
      2,
      this.key('gen', customerId),
      this.key('status', customerId),
      String(this.ttlMs * 4),
      this.channel,
      customerId,
    );
    await heard;
    return Number(generation);
  }

  async claimEvent(eventId: string, ttlMs: number): Promise<boolean> {
    const redis = await this.ready();
    return (await redis.set(this.key('evt', eventId), '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async releaseEvent(eventId: string): Promise<void> {
    const redis = await this.ready();
    await redis.del(this.key('evt', eventId));
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    const redis = await this.ready();
    const [count, resetInMs] = (await redis.eval(HIT, 1, this.key('rl', key), String(windowMs))) as [number, number];
    return { count, resetInMs };
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    const redis = await this.ready();
    // SET NX is the atomic "first time": of two instances counting the same invoice, one wins.
    return (await redis.set(this.key('once', key), '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async setValue(key: string, value: string, ttlMs: number, options: { ifAbsent?: boolean } = {}): Promise<boolean> {
    const redis = await this.ready();
    const written = options.ifAbsent
      ? await redis.set(this.key('kv', key), value, 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')
      : await redis.set(this.key('kv', key), value, 'PX', Math.max(1, Math.ceil(ttlMs)));
    return written === 'OK';
  }

  async getValue(key: string): Promise<string | null> {
    const redis = await this.ready();
    return redis.get(this.key('kv', key));
  }

  async deleteValue(key: string): Promise<void> {
    const redis = await this.ready();
    await redis.del(this.key('kv', key));
  }

  async adoptSetupIntent(customerId: string, adopted: AdoptedSetupIntent, ttlMs: number): Promise<void> {
    const redis = await this.ready();
    await redis.eval(ADOPT, 1, this.key('adopted', customerId), String(Math.floor(adopted.at)), adopted.id, String(ttlMs));
  }

  async adoptedSetupIntent(customerId: string): Promise<AdoptedSetupIntent | null> {
    const redis = await this.ready();
    const raw = await redis.get(this.key('adopted', customerId));
    const match = raw ? /^(\d+):(.+)$/.exec(raw) : null;
    return match ? { at: Number(match[1]), id: match[2]! } : null;
  }

  async rememberPaymentMethod(paymentMethodId: string, customerId: string): Promise<void> {
    const redis = await this.ready();
    await redis.set(this.key('pm', paymentMethodId), customerId, 'PX', this.ttlMs * 4);
  }

  async customerOfPaymentMethod(paymentMethodId: string): Promise<string | null> {
    const redis = await this.ready();
    return redis.get(this.key('pm', paymentMethodId));
  }

  async count(counters: Record<string, number>): Promise<void> {
    const pipeline = (await this.ready()).pipeline();
    for (const [name, by] of Object.entries(counters)) pipeline.hincrby(this.key('stats', 'counters'), name, by);
    await pipeline.exec();
  }

  async counters(): Promise<Record<string, number>> {
    const redis = await this.ready();
    const raw = await redis.hgetall(this.key('stats', 'counters'));
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }

  async close(): Promise<void> {
    // The subscriber connection is the store's own, even on a client the merchant passed in.
    await this.local?.close();
    if (!this.ownsClient) return;
    const redis = await this.connecting.catch(() => null);
    if (redis) await redis.quit().catch(() => redis.disconnect());
  }
}

/** Resolves with `redis` once it is ready, or after 3 s (then later outages fail fast). */
function untilReady(redis: Redis): Promise<Redis> {
  return new Promise<Redis>((resolve) => {
    const timer = setTimeout(done, 3000);
    timer.unref?.();
    redis.once('ready', done);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve(redis);
    }
  });
}
