import type Stripe from 'stripe';
import { z } from 'zod';
import type { Status } from '../protocol/index.js';
import { normalizeOrigin, type OriginPolicy } from './origin.js';
import { NOTIFY_SCHEMAS, notifySchema, supportSchema } from './notify/options.js';
import { OFFERS_SCHEMAS, offersSchema } from './offers/options.js';
import { MemoryStore } from './stores/memory.js';
import type { Store } from './stores/types.js';
import { apiVersionWarning, createStripeClient, pinnedApiVersion } from './stripe-client.js';

/** The merchant's own authentication: the Stripe customer behind this request, or null (401). */
export type ResolveCustomer = (request: Request) => string | null | Promise<string | null>;
/** Whether a request may read the recovery report: the merchant's own admin auth, never a customer's session. */
export type AuthorizeReport = (request: Request) => boolean | Promise<boolean>;
export type ShouldShow = (status: Status, customerId: string) => boolean | Promise<boolean>;

export interface Logger {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { message: `${what} must be a function` });

// Nested objects are strict too: `wall.gracedays` must fail, not fall back to a default silently.
const rateLimit = z.strictObject({
  limit: z.number().int().positive(),
  windowSeconds: z.number().positive(),
});

/** An origin exactly as browsers send it; `capacitor://localhost` stays itself, `null` is refused. */
const origin = z.string().transform((value, ctx) => {
  const normalized = normalizeOrigin(value);
  if (normalized === null) {
    ctx.issues.push({ code: 'custom', input: value, message: `"${value}" is not an origin (like https://app.example.com or capacitor://localhost)` });
    return z.NEVER;
  }
  return normalized;
});
export type RateLimit = z.infer<typeof rateLimit>;

const wallSchema = z.strictObject({ mode: z.enum(['none', 'soft', 'hard']).default('none'), graceDays: z.number().min(0).max(365).default(7) });

/** When a working card is shown as `expiring` (src/server/derive.ts › ExpiringPolicy). */
const expiringSchema = z.strictObject({
  mode: z.enum(['beforeNextCharge', 'withinDays']).default('beforeNextCharge'),
  /** `withinDays` mode: how many days before its expiry a card is `expiring`. */
  withinDays: z.number().int().min(1).max(365).default(30),
});
const DEFAULT_EXPIRING = { mode: 'beforeNextCharge', withinDays: 30 } as const;

const rateLimitsSchema = z.strictObject({
  setupIntent: rateLimit.default({ limit: 5, windowSeconds: 600 }),
  complete: rateLimit.default({ limit: 20, windowSeconds: 600 }),
  events: rateLimit.default({ limit: 120, windowSeconds: 600 }),
  /** `/payment-action` and `/refresh`: each reads Stripe. */
  refresh: rateLimit.default({ limit: 20, windowSeconds: 600 }),
  /** `/pause`, `/change-plan`, `/resume` together: each writes to Stripe. */
  offers: rateLimit.default({ limit: 10, windowSeconds: 600 }),
});

/** Every method the handler calls: a custom store missing one fails at start-up, not at a customer's `/complete`. */
const STORE_METHODS = [
  'get',
  'generation',
  'setIfGeneration',
  'invalidate',
  'claimEvent',
  'releaseEvent',
  'hit',
  'rememberPaymentMethod',
  'customerOfPaymentMethod',
  'claimOnce',
  'adoptSetupIntent',
  'adoptedSetupIntent',
  'setValue',
  'getValue',
  'deleteValue',
  'count',
  'counters',
] as const satisfies ReadonlyArray<keyof Store>;

const storeSchema = z.custom<Store>(
  (value) =>
    !!value &&
    typeof value === 'object' &&
    STORE_METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
  { message: `store must implement the Store interface (MemoryStore or RedisStore): ${STORE_METHODS.join(', ')}` },
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
    /** When a working card is `expiring`; default: it runs out before the next charge. */
    expiring: expiringSchema.optional(),
    /** Kept for compatibility: `expiring: { mode: 'withinDays', withinDays: N }` as it was. */
    expiringWithinDays: z.number().int().min(1).max(365).optional(),
    wall: wallSchema.default({ mode: 'none', graceDays: 7 }),
    shouldShow: fn<ShouldShow>('shouldShow').optional(),
    /** Where browsers load the app (`https://app.example.com`): widget POSTs from there are ours. */
    publicOrigin: z.union([origin.transform((o) => [o]), z.array(origin)]).default([]),
    /** Other origins allowed to POST: app webviews (`capacitor://localhost`), a sibling site. */
    allowedOrigins: z.array(origin).default([]),
    /** Accept `Sec-Fetch-Site: same-site`, for an app on a sibling subdomain. */
    allowSameSite: z.boolean().default(false),
    /** The proxy in front is yours: trust `Forwarded` / `X-Forwarded-Proto` + `X-Forwarded-Host` for the Origin check. */
    trustProxy: z.boolean().default(false),
    rateLimits: rateLimitsSchema
      .default({
        setupIntent: { limit: 5, windowSeconds: 600 },
        complete: { limit: 20, windowSeconds: 600 },
        events: { limit: 120, windowSeconds: 600 },
        refresh: { limit: 20, windowSeconds: 600 },
        offers: { limit: 10, windowSeconds: 600 },
      }),
    /**
     * A Stripe payment method configuration (`pmc_…`, Dashboard › Settings › Payment methods):
     * which wallets and local methods the Payment Element offers. Without it, the account's default.
     */
    paymentMethodConfiguration: z
      .string()
      .regex(/^pmc_[A-Za-z0-9]+$/, 'must be a payment method configuration id (pmc_…, Dashboard › Settings › Payment methods)')
      .optional(),
    /**
     * `on`: the form's Payment Element also lists the customer's saved payment methods (a Stripe
     * CustomerSession), so switching to another card on file is one click.
     */
    savedPaymentMethods: z.enum(['off', 'on']).default('off'),
    /** Per-request timeout for Stripe calls (ms); a page view must not wait Stripe's default 80 s. */
    stripeTimeoutMs: z.number().int().min(100).max(80_000).default(10_000),
    /** Retries of Stripe's 409/5xx/network errors per request (the SDK backs off exponentially). */
    stripeRetries: z.number().int().min(0).max(5).default(2),
    /** Webhook timestamps older than this are refused as replays (Stripe's default is 300). */
    webhookToleranceSeconds: z.number().int().positive().max(3600).default(300),
    /** Email / SMS notices with signed no-login links (docs/merchant/notifications.md). Off when absent. */
    notify: notifySchema.optional(),
    /** Ways out that aren't cancel: a pause, a cheaper plan (docs/merchant/offers.md). Off when absent. */
    offers: offersSchema.optional(),
    /** Where customers get help, for the hosted page when `notify.support` is absent. */
    support: supportSchema.optional(),
    logger: z.custom<Logger>((v) => !!v && typeof (v as Logger).warn === 'function' && typeof (v as Logger).error === 'function').optional(),
    /** Clock, for tests. */
    now: fn<() => number>('now').optional(),
    /** Who may read `GET {basePath}/report` (docs/merchant/recovery-report.md). Without it the route is 404. */
    authorizeReport: fn<AuthorizeReport>('authorizeReport').optional(),
  })
  .strict();

export type HandlerOptions = z.input<typeof HandlerOptionsSchema>;

/** `createHandler(() => options)`: read at first use, so a build without secrets can still import it. */
export type HandlerOptionsFactory = () => HandlerOptions | Promise<HandlerOptions>;

export interface ResolvedOptions
  extends Omit<z.output<typeof HandlerOptionsSchema>, 'stripe' | 'store' | 'logger' | 'now' | 'publicOrigin' | 'allowSameSite' | 'trustProxy' | 'expiring'> {
  expiring: z.output<typeof expiringSchema>;
  stripe: Stripe;
  store: Store;
  logger: Logger;
  now: () => number;
  origin: OriginPolicy;
}

/** Each problem with the options, one per line, so a deploy log names all of them at once. */
export class HandlerOptionsError extends TypeError {
  constructor(readonly problems: string[]) {
    super(`paymend createHandler: invalid options\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HandlerOptionsError';
  }
}

/** The environment variables the quick start (README.md, docs/merchant/server.md) reads the secrets from. */
const SECRET_ENV: Record<string, string> = {
  stripe: 'STRIPE_SECRET_KEY',
  publishableKey: 'STRIPE_PUBLISHABLE_KEY',
  webhookSecret: 'STRIPE_WEBHOOK_SECRET',
};

/** Every option name at any depth, read off the schemas, for "did you mean …?". */
const KNOWN_KEYS = [HandlerOptionsSchema, wallSchema, expiringSchema, rateLimitsSchema, rateLimit, ...NOTIFY_SCHEMAS, ...OFFERS_SCHEMAS].flatMap((schema) => Object.keys(schema.shape));

/** Pure: zod's issues as lines a merchant can act on. */
export function describeProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  const given = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const lines: string[] = [];
  for (const issue of issues) {
    const at = issue.path.join('.');
    const top = String(issue.path[0] ?? '');
    if (issue.path.length === 1 && top in SECRET_ENV && (given[top] === undefined || given[top] === '')) {
      lines.push(`${top}: missing — set ${SECRET_ENV[top]}`);
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
        lines.push(`${at ? `${at}.` : ''}${key}: unknown option${near ? ` (did you mean ${near}?)` : ''}`);
      }
    } else {
      lines.push(`${at || '(options)'}: ${issue.message}`);
    }
  }
  return [...new Set(lines)];
}

const consoleLogger: Logger = {
  warn: (m, d) => console.warn(`[paymend] ${m}`, d ?? ''),
  error: (m, d) => console.error(`[paymend] ${m}`, d ?? ''),
};

/** The merchant's logger when it looks like one, even if other options are wrong: problems are reported there. */
export function loggerOf(input: unknown): Logger {
  const logger = (input as { logger?: Partial<Logger> } | null)?.logger;
  return logger && typeof logger.warn === 'function' && typeof logger.error === 'function' ? (logger as Logger) : consoleLogger;
}

/** Validates options once at start-up, so a misconfiguration fails the deploy, not a customer. */
export function resolveOptions(options: HandlerOptions): ResolvedOptions {
  const result = HandlerOptionsSchema.safeParse(options);
  if (!result.success) throw new HandlerOptionsError(describeProblems(options, result.error.issues));
  const { publicOrigin, allowSameSite, trustProxy, ...o } = result.data;
  if (o.expiring && o.expiringWithinDays !== undefined) {
    throw new HandlerOptionsError(['expiringWithinDays: give either it or expiring, not both (expiring: { mode: \'withinDays\', withinDays } says the same)']);
  }
  const expiring =
    o.expiring ?? (o.expiringWithinDays !== undefined ? { mode: 'withinDays' as const, withinDays: o.expiringWithinDays } : DEFAULT_EXPIRING);
  const logger = o.logger ?? consoleLogger;
  if (typeof o.stripe !== 'string') {
    const warning = apiVersionWarning(pinnedApiVersion(o.stripe));
    if (warning) logger.warn(warning);
  }
  return {
    ...o,
    expiring,
    stripe: typeof o.stripe === 'string' ? createStripeClient(o.stripe) : o.stripe,
    store: o.store ?? new MemoryStore(),
    logger,
    now: o.now ?? Date.now,
    origin: { publicOrigins: publicOrigin, allowedOrigins: o.allowedOrigins, allowSameSite, trustProxy },
  };
}
