import Stripe from 'stripe';
import { z } from 'zod';
import type { Status } from '../protocol/index.js';
import { MemoryStore } from './stores/memory.js';
import type { Store } from './stores/types.js';

/** The merchant's own authentication: the Stripe customer behind this request, or null (401). */
export type ResolveCustomer = (request: Request) => string | null | Promise<string | null>;
export type ShouldShow = (status: Status, customerId: string) => boolean | Promise<boolean>;

export interface Logger {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { message: `${what} must be a function` });

const rateLimit = z.object({
  limit: z.number().int().positive(),
  windowSeconds: z.number().positive(),
});
export type RateLimit = z.infer<typeof rateLimit>;

const storeSchema = z.custom<Store>(
  (value) =>
    !!value &&
    typeof value === 'object' &&
    ['get', 'generation', 'setIfGeneration', 'invalidate', 'claimEvent', 'hit'].every(
      (m) => typeof (value as Record<string, unknown>)[m] === 'function',
    ),
  { message: 'store must implement the Store interface (MemoryStore or RedisStore)' },
);

const stripeClient = z.custom<Stripe>(
  (value) => !!value && typeof value === 'object' && 'customers' in value && 'setupIntents' in value && 'webhooks' in value,
  { message: 'stripe must be a client from the official `stripe` package' },
);

export const HandlerOptionsSchema = z
  .object({
    /** A Stripe client, or a secret key to make one with. */
    stripe: z.union([z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'must be a secret key (sk_… or rk_…)'), stripeClient]),
    publishableKey: z.string().regex(/^pk_(test|live)_[A-Za-z0-9_]+$/, 'must be a publishable key (pk_test_… or pk_live_…)'),
    webhookSecret: z.string().regex(/^whsec_[A-Za-z0-9_+/=]+$/, 'must be a webhook signing secret (whsec_…)'),
    resolveCustomer: fn<ResolveCustomer>('resolveCustomer'),
    /** Path the handler is mounted under, e.g. `/billing/paymend`. Without it, routes match by their last segment. */
    basePath: z
      .string()
      .regex(/^\/[A-Za-z0-9/_.-]*[^/]$|^\/$/, 'must start with "/" and not end with one')
      .optional(),
    store: storeSchema.optional(),
    expiringWithinDays: z.number().int().min(1).max(365).default(30),
    wall: z
      .object({ mode: z.enum(['none', 'soft', 'hard']).default('none'), graceDays: z.number().min(0).max(365).default(7) })
      .default({ mode: 'none', graceDays: 7 }),
    shouldShow: fn<ShouldShow>('shouldShow').optional(),
    /** Extra origins allowed to POST (the request's own origin always is), e.g. behind a proxy. */
    allowedOrigins: z.array(z.url().transform((u) => new URL(u).origin)).default([]),
    rateLimits: z
      .object({
        setupIntent: rateLimit.default({ limit: 5, windowSeconds: 600 }),
        complete: rateLimit.default({ limit: 20, windowSeconds: 600 }),
        events: rateLimit.default({ limit: 120, windowSeconds: 600 }),
        /** `/payment-action` and `/refresh`: each reads Stripe. */
        refresh: rateLimit.default({ limit: 20, windowSeconds: 600 }),
      })
      .default({
        setupIntent: { limit: 5, windowSeconds: 600 },
        complete: { limit: 20, windowSeconds: 600 },
        events: { limit: 120, windowSeconds: 600 },
        refresh: { limit: 20, windowSeconds: 600 },
      }),
    /** Per-request timeout for Stripe calls (ms); a page view must not wait Stripe's default 80 s. */
    stripeTimeoutMs: z.number().int().min(100).max(80_000).default(10_000),
    /** Retries of Stripe's 409/5xx/network errors per request (the SDK backs off exponentially). */
    stripeRetries: z.number().int().min(0).max(5).default(2),
    /** Webhook timestamps older than this are refused as replays (Stripe's default is 300). */
    webhookToleranceSeconds: z.number().int().positive().max(3600).default(300),
    logger: z.custom<Logger>((v) => !!v && typeof (v as Logger).warn === 'function' && typeof (v as Logger).error === 'function').optional(),
    /** Clock, for tests. */
    now: fn<() => number>('now').optional(),
  })
  .strict();

export type HandlerOptions = z.input<typeof HandlerOptionsSchema>;

export interface ResolvedOptions extends Omit<z.output<typeof HandlerOptionsSchema>, 'stripe' | 'store' | 'logger' | 'now'> {
  stripe: Stripe;
  store: Store;
  logger: Logger;
  now: () => number;
}

/** Validates options once at start-up, so a misconfiguration fails the deploy, not a customer. */
export function resolveOptions(options: HandlerOptions): ResolvedOptions {
  const result = HandlerOptionsSchema.safeParse(options);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(options)'}: ${i.message}`);
    throw new TypeError(`paymend createHandler: invalid options\n${lines.join('\n')}`);
  }
  const o = result.data;
  return {
    ...o,
    stripe: typeof o.stripe === 'string' ? new Stripe(o.stripe) : o.stripe,
    store: o.store ?? new MemoryStore(),
    logger: o.logger ?? { warn: (m, d) => console.warn(`[paymend] ${m}`, d ?? ''), error: (m, d) => console.error(`[paymend] ${m}`, d ?? '') },
    now: o.now ?? Date.now,
  };
}
