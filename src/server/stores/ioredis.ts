/**
 * ioredis, loaded on first use: an optional peer that only the Redis store, the Redis ledger and the
 * BullMQ queue need (see ../optional-peer.ts). Types come from `import type`, which costs nothing at
 * run time and nothing to a merchant who never installs ioredis.
 */
import type { Redis, RedisOptions } from 'ioredis';
import { optionalPeer } from '../optional-peer.js';

/** A new ioredis client for `url`; `feature` names what needed it, for the missing-package error. */
export async function createRedisClient(url: string, options: RedisOptions, feature: string): Promise<Redis> {
  const ioredis = await optionalPeer(() => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'ioredis'), 'ioredis', feature);
  // ESM and CommonJS builds of ioredis both expose the class as `Redis` (and as the default).
  const RedisClient = ioredis.Redis ?? ioredis.default;
  return new RedisClient(url, options);
}

/**
 * Whether `value` is an ioredis client, told by its methods rather than `instanceof`: that would
 * need ioredis loaded, and a merchant's copy of ioredis may not be the one Paymend would load.
 */
export function isRedisClient(value: unknown): value is Redis {
  const candidate = value as Partial<Redis> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.duplicate === 'function' &&
    typeof candidate.pipeline === 'function' &&
    typeof candidate.options === 'object'
  );
}
