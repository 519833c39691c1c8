/**
 * The demo's recovery history as a plan: which failing invoices happen when, and what becomes of
 * each. Pure and deterministic (a seeded PRNG over plain data), so two starts seed the same figures;
 * demo/report/seed.ts plays the plan through the Stripe stand-in and the handler.
 *
 * The mix is meant to look like a small SaaS: mostly "insufficient funds", most customers recover
 * within days, Smart Retries rescue the transient declines, lost and stolen cards are never retried,
 * and only the last few weeks still have invoices open.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type PlannedOutcome =
  | { kind: 'in_app'; afterMs: number; bannerOpened: boolean }
  | { kind: 'hosted_page'; afterMs: number; channel: 'email' | 'sms' }
  | { kind: 'stripe_retry'; afterMs: number }
  | { kind: 'elsewhere'; afterMs: number }
  /** The customer puts another card on file outside Paymend (the merchant's billing page): paid at once. */
  | { kind: 'card_updated'; afterMs: number }
  | { kind: 'voided' | 'uncollectible' | 'canceled' | 'unpaid'; afterMs: number }
  | { kind: 'open' };

export interface PlannedInvoice {
  /** Its position in the plan: also names the seeded customer. */
  index: number;
  /** When the renewal fails, as ms after the history's start. */
  failAtMs: number;
  currency: 'usd' | 'eur' | 'jpy';
  /** Minor units (whole yen for jpy, a zero-decimal currency). */
  amount: number;
  declineCode: string;
  /** Whether the customer has a phone at Stripe: the demo then texts them too. */
  hasPhone: boolean;
  locale: string;
  /** A notice's link opened without paying (only for outcomes other than the hosted page). */
  openedLink: 'email' | 'sms' | null;
  /** The banner shown in the app (a beacon), without the customer necessarily fixing it there. */
  bannerShown: boolean;
  outcome: PlannedOutcome;
}

export interface HistoryOptions {
  seed: number;
  invoices: number;
  spanMs: number;
}

export const DEFAULT_HISTORY: HistoryOptions = { seed: 20261203, invoices: 200, spanMs: 240 * DAY_MS };

/** mulberry32: a tiny, well-known 32-bit PRNG; plenty for a demo's dice, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted<T>(random: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

const DECLINES = [
  ['insufficient_funds', 34],
  ['do_not_honor', 18],
  ['generic_decline', 14],
  ['expired_card', 12],
  ['processing_error', 6],
  ['incorrect_cvc', 5],
  ['lost_card', 6],
  ['stolen_card', 3],
  ['card_velocity_exceeded', 2],
] as const;

/** Prices per currency, in minor units: the plans of a SaaS sold in three markets. */
const PRICES = { usd: [1900, 4900, 9900], eur: [1900, 2900, 7900], jpy: [2500, 4800, 12000] } as const;
const CURRENCIES = [
  ['usd', 50],
  ['eur', 35],
  ['jpy', 15],
] as const;
const LOCALE_OF = { usd: ['en', 'en', 'es'], eur: ['de', 'fr', 'en-GB'], jpy: ['ja'] } as const;

/** Cards reported lost or stolen must not be retried (Stripe's advice `do_not_try_again`). */
const NEVER_RETRIED = new Set(['lost_card', 'stolen_card']);
/** Declines a later retry can clear by itself. */
const TRANSIENT = new Set(['insufficient_funds', 'processing_error', 'do_not_honor', 'generic_decline', 'card_velocity_exceeded']);

function hours(random: () => number, min: number, max: number): number {
  // Skewed towards the short end: most people fix it the same day or the next.
  return Math.round((min + (max - min) * random() ** 2) * HOUR_MS);
}

function outcomeFor(random: () => number, declineCode: string, ageMs: number, hasPhone: boolean): PlannedOutcome {
  // Recent failures are still being worked on; old ones have mostly been settled one way or the other.
  if (random() < (ageMs < 21 * DAY_MS ? 0.55 : 0.04)) return { kind: 'open' };
  const retryable = TRANSIENT.has(declineCode);
  const kind = weighted(random, [
    ['in_app', 26],
    ['hosted_page', 22],
    ['stripe_retry', retryable ? 22 : 0],
    ['elsewhere', 6],
    ['card_updated', 5],
    ['voided', 4],
    ['uncollectible', 4],
    ['canceled', 7],
    ['unpaid', NEVER_RETRIED.has(declineCode) ? 0 : 5],
  ] as const);
  const latest = Math.max(HOUR_MS, Math.min(ageMs - HOUR_MS, 20 * DAY_MS));
  const within = (min: number, max: number) => Math.min(hours(random, min, max), latest);
  switch (kind) {
    case 'in_app':
      return { kind, afterMs: within(0.2, 96), bannerOpened: random() < 0.8 };
    case 'hosted_page':
      return { kind, afterMs: within(0.5, 120), channel: hasPhone && random() < 0.4 ? 'sms' : 'email' };
    case 'stripe_retry':
      // Smart Retries come days later, not minutes.
      return { kind, afterMs: within(72, 240) };
    case 'elsewhere':
    case 'card_updated':
      return { kind, afterMs: within(24, 200) };
    default:
      return { kind, afterMs: within(240, 480) };
  }
}

/** The plan, in the order the renewals fail. */
export function planHistory(options: HistoryOptions = DEFAULT_HISTORY): PlannedInvoice[] {
  const random = prng(options.seed);
  const plan: PlannedInvoice[] = [];
  for (let index = 0; index < options.invoices; index++) {
    // Spread over the span, growing a little (a business with more customers each month).
    const failAtMs = Math.floor(options.spanMs * random() ** 0.75);
    const currency = weighted(random, CURRENCIES);
    const prices = PRICES[currency];
    const declineCode = weighted(random, DECLINES);
    const hasPhone = random() < 0.5;
    const locales = LOCALE_OF[currency];
    const locale = locales[Math.floor(random() * locales.length)]!;
    const amount = prices[Math.floor(random() * prices.length)]!;
    const outcome = outcomeFor(random, declineCode, options.spanMs - failAtMs, hasPhone);
    const opened = outcome.kind !== 'hosted_page' && random() < 0.3;
    plan.push({
      index,
      failAtMs,
      currency,
      amount,
      declineCode,
      hasPhone,
      locale,
      openedLink: opened ? (hasPhone && random() < 0.3 ? 'sms' : 'email') : null,
      bannerShown: outcome.kind === 'in_app' || random() < 0.35,
      outcome,
    });
  }
  return plan.sort((a, b) => a.failAtMs - b.failAtMs || a.index - b.index);
}
