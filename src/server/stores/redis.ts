import { Redis, type RedisOptions } from 'ioredis';
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
}

// Compare-and-set in one round trip: a derivation that started before an invalidation must not
// overwrite what the invalidation made true.
const SET_IF_GENERATION = `
local current = redis.call('GET', KEYS[1]) or '0'
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1`;

const INVALIDATE = `
local g = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
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

/** Shares snapshots, webhook dedup, rate limits and counters between handler instances. */
export class RedisStore implements Store {
  readonly client: Redis;
  private readonly ownsClient: boolean;
  /** Key prefix of everything this store writes; a notify queue on the same Redis nests under it. */
  readonly prefix: string;
  private readonly ttlMs: number;
  /** Settles once the first connection is ready (or after a few seconds), whichever comes first. */
  private readonly firstConnect: Promise<void>;

  constructor(options: RedisStoreOptions) {
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else if (options.url) {
      // Fail fast while Redis is down instead of queueing requests behind a page view;
      // the handler falls back to Stripe and says so in its log.
      this.client = new Redis(options.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, ...options.redisOptions });
      // Connection errors surface as failed commands, which the handler logs once per outage;
      // without a listener ioredis would print every reconnect attempt.
      this.client.on('error', () => undefined);
      this.ownsClient = true;
    } else {
      throw new TypeError('RedisStore needs a `client` (ioredis) or a `url` (redis://…)');
    }
    this.prefix = options.prefix ?? 'paymend:';
    this.ttlMs = options.ttlMs ?? 6 * 3_600_000;
    // Without an offline queue, commands sent while the first connection is still being made would
    // fail; page views at start-up wait for it briefly instead, later outages fail fast.
    this.firstConnect =
      this.client.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(done, 3000);
            timer.unref?.();
            this.client.once('ready', done);
            function done() {
              clearTimeout(timer);
              resolve();
            }
          });
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  /** The client, once the first connection had its chance. */
  private async ready(): Promise<Redis> {
    await this.firstConnect;
    return this.client;
  }

  async get(customerId: string): Promise<StoredSnapshot | null> {
    const redis = await this.ready();
    const raw = await redis.get(this.key('status', customerId));
    return raw ? (JSON.parse(raw) as StoredSnapshot) : null;
  }

  async generation(customerId: string): Promise<number> {
    const redis = await this.ready();
    return Number((await redis.get(this.key('gen', customerId))) ?? 0);
  }

  async setIfGeneration(customerId: string, value: StoredSnapshot, generation: number): Promise<boolean> {
    const redis = await this.ready();
    const stored = await redis.eval(
      SET_IF_GENERATION,
      2,
      this.key('gen', customerId),
      this.key('status', customerId),
      String(generation),
      JSON.stringify(value),
      String(this.ttlMs),
    );
    return stored === 1;
  }

  async invalidate(customerId: string): Promise<number> {
    // The generation outlives the snapshot so a late, older write is still refused.
    const redis = await this.ready();
    const generation = await redis.eval(
      INVALIDATE,
      2,
      this.key('gen', customerId),
      this.key('status', customerId),
      String(this.ttlMs * 4),
    );
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
    if (this.ownsClient) await this.client.quit().catch(() => this.client.disconnect());
  }
}
