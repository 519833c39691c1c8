/**
 * One failing invoice's recovery lifecycle, as plain data, and its encoding in a ledger entry.
 *
 * A ledger entry is a flat map of fields, each written once (first write wins), so a webhook
 * redelivered, a `/complete` replayed, two tabs or two instances cannot count a fact twice: the
 * second write of a field is a no-op in every `LedgerStore`. What the facts *mean* (how an invoice was
 * recovered, whether it is lost) is decided when the report is built (./report.ts), not when facts
 * arrive, because Stripe delivers events in any order: the `invoice.paid` of an in-app fix may land
 * before the `/complete` that caused it.
 */
import type { ReportChannel } from '../../protocol/report.js';

/** Where a customer opened support (the beacon's `source`); `unknown` when the beacon named none. */
export type SupportSource = 'banner' | 'form' | 'wall' | 'page' | 'unknown';
export const SUPPORT_SOURCES: readonly SupportSource[] = ['banner', 'form', 'wall', 'page', 'unknown'];

/** The first failed attempt: the report's denominator. Times are ms since epoch. */
export interface FailureFact {
  customerId: string;
  at: number;
  /** Minor units due when it first failed. */
  amount: number;
  /** Lowercase ISO 4217. */
  currency: string;
  code: string | null;
  declineCode: string | null;
  adviceCode: string | null;
  /** The explain catalog's key for the codes (`insufficient_funds`, `generic`…). */
  category: string;
  paymentMethodType: string | null;
  /** The payment method that failed: a later payment by another one was made elsewhere. */
  paymentMethodId: string | null;
}

/** Paid by Paymend: `/complete` from a signed-in session or a signed link, or its off-session retry after a card change. */
export interface CompletedFact {
  at: number;
  amount: number;
  /** `card_updated`: paid off-session at once after the method on file changed outside Paymend. */
  how: 'in_app' | 'hosted_page' | 'card_updated';
}

/**
 * Paid as Stripe reported it (`invoice.paid`). Without a `/complete` of ours, it is Stripe's own retry
 * when the method that failed paid it after all, and paid elsewhere when it was paid out of band or
 * by another method (set in Stripe's portal, on the hosted invoice page…): see `outcomeOf`.
 */
export interface PaidFact {
  at: number;
  amount: number;
  outOfBand: boolean;
  paymentMethodId: string | null;
}

export interface LostFact {
  at: number;
  reason: 'subscription_canceled' | 'subscription_unpaid' | 'uncollectible' | 'voided';
}

export interface NoticeFact {
  channel: ReportChannel;
  /** A notify step (`failed`, `final`…) or, for the banner, the billing state it showed. */
  step: string;
  sentAt: number;
  openedAt: number | null;
}

/** The ways out taken for one failing invoice: each the first time it happened (ms), or null. */
export interface WaysOutFact {
  /** The "Can't pay right now?" panel was opened. */
  offersShownAt: number | null;
  /** Where it was opened (banner, wall, page), first time per source; older entries have none. */
  offersShownFrom: Partial<Record<SupportSource, number>>;
  pausedAt: number | null;
  planChangedAt: number | null;
  resumedAt: number | null;
  /** Support opened, first time per source. */
  support: Partial<Record<SupportSource, number>>;
}

/** An answer to "How easy was this?", 1 (very hard) to 5 (very easy). */
export interface RatingFact {
  at: number;
  rating: number;
}

/** Everything known about one failing invoice. */
export interface LedgerRecord {
  invoiceId: string;
  failure: FailureFact;
  notices: NoticeFact[];
  /** The payment form was loaded for it (a SetupIntent created): banner or hosted page. */
  formOpenedAt: number | null;
  completed: CompletedFact | null;
  paid: PaidFact | null;
  lost: LostFact | null;
  waysOut: WaysOutFact;
  rating: RatingFact | null;
}

/**
 * Field names of a ledger entry. A notice's channel and step are part of its field's name. Values
 * are short space-separated strings rather than JSON: each stays under Redis's 64-byte listpack
 * limit, so an invoice's hash is stored compactly (about a third of the memory of a JSON value).
 */
export const FIELD = {
  /** The first failure's time: its presence marks an invoice as failing (index, `ifFailed`). */
  failure: 'f',
  failureAmount: 'fa',
  failureCodes: 'fc',
  failureMethod: 'fm',
  customer: 'cu',
  completed: 'rc',
  paid: 'rp',
  lost: 'l',
  formOpened: 'fo',
  offersShown: 'xs',
  offersShownFrom: (source: SupportSource) => `xs:${source}`,
  paused: 'xp',
  planChanged: 'xc',
  resumed: 'xr',
  /** The first rating of the invoice: `at value`. Also the index field of a rating without an invoice. */
  rating: 'rt',
  support: (source: SupportSource) => `h:${source}`,
  sent: (channel: ReportChannel, step: string) => `s:${channel}:${step}`,
  opened: (channel: ReportChannel, step: string) => `o:${channel}:${step}`,
} as const;

export type LedgerFields = Record<string, string>;

const CHANNELS = new Set<string>(['email', 'sms', 'in_app', 'banner']);
const COMPLETED_HOW = new Set<string>(['in_app', 'hosted_page', 'card_updated']);
const LOST_REASONS = new Set<string>(['subscription_canceled', 'subscription_unpaid', 'uncollectible', 'voided']);

/** One word of a value: Stripe's ids and codes have no spaces, and an empty word is null. */
const word = (value: string | null | undefined) => (value ? value.replace(/\s+/g, '_') : '-');
const unword = (value: string | undefined) => (value === undefined || value === '-' || value === '' ? null : value);

function time(value: string | undefined): number | null {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The fields of a first failure, written together (first write wins for all of them at once). */
export function failureFields(fact: FailureFact): LedgerFields {
  return {
    [FIELD.failure]: String(fact.at),
    [FIELD.failureAmount]: `${fact.amount} ${word(fact.currency)} ${word(fact.category)}`,
    [FIELD.failureCodes]: `${word(fact.code)} ${word(fact.declineCode)} ${word(fact.adviceCode)}`,
    [FIELD.failureMethod]: `${word(fact.paymentMethodType)} ${word(fact.paymentMethodId)}`,
    [FIELD.customer]: fact.customerId,
  };
}

export const completedValue = (fact: CompletedFact) => `${fact.at} ${fact.amount} ${fact.how}`;
export const paidValue = (fact: PaidFact) => `${fact.at} ${fact.amount} ${fact.outOfBand ? 1 : 0} ${word(fact.paymentMethodId)}`;
export const lostValue = (fact: LostFact) => `${fact.at} ${fact.reason}`;
export const ratingValue = (fact: RatingFact) => `${fact.at} ${fact.rating}`;

export function decodeRating(value: string | undefined): RatingFact | null {
  const [at, rating] = (value ?? '').split(' ');
  const t = time(at);
  const r = Number(rating);
  return t !== null && Number.isInteger(r) && r >= 1 && r <= 5 ? { at: t, rating: r } : null;
}

/**
 * A rating with no failing invoice behind it is an entry of its own, named by customer and UTC day
 * (so a customer counts once a day) and indexed by the rating's time: it expires with the ledger and
 * a report finds it by range like an invoice, with no change to any `LedgerStore`. Its name is never
 * an invoice id (`in_…`), and it has no failure field, so `decodeRecord` skips it.
 */
export const RATING_ENTRY_PREFIX = 'rating_';
export const ratingEntryId = (customerId: string, at: number) => `${RATING_ENTRY_PREFIX}${customerId}_${new Date(at).toISOString().slice(0, 10)}`;

/** The rating of an entry made by `ratingEntryId`; null for any other entry. */
export function decodeRatingEntry(invoiceId: string, fields: LedgerFields): RatingFact | null {
  return invoiceId.startsWith(RATING_ENTRY_PREFIX) ? decodeRating(fields[FIELD.rating]) : null;
}

function decodeWaysOut(fields: LedgerFields): WaysOutFact {
  const support: WaysOutFact['support'] = {};
  const offersShownFrom: WaysOutFact['offersShownFrom'] = {};
  for (const source of SUPPORT_SOURCES) {
    const at = time(fields[FIELD.support(source)]);
    if (at !== null) support[source] = at;
    const shown = time(fields[FIELD.offersShownFrom(source)]);
    if (shown !== null) offersShownFrom[source] = shown;
  }
  return {
    offersShownAt: time(fields[FIELD.offersShown]),
    offersShownFrom,
    pausedAt: time(fields[FIELD.paused]),
    planChangedAt: time(fields[FIELD.planChanged]),
    resumedAt: time(fields[FIELD.resumed]),
    support,
  };
}

function decodeFailure(fields: LedgerFields): FailureFact | null {
  const at = time(fields[FIELD.failure]);
  const [amount, currency, category] = (fields[FIELD.failureAmount] ?? '').split(' ');
  const [code, declineCode, adviceCode] = (fields[FIELD.failureCodes] ?? '').split(' ');
  const [methodType, methodId] = (fields[FIELD.failureMethod] ?? '').split(' ');
  const minor = time(amount);
  if (at === null || minor === null || !currency || !/^[a-z]{3}$/.test(currency)) return null;
  return {
    customerId: fields[FIELD.customer] ?? '',
    at,
    amount: minor,
    currency,
    code: unword(code),
    declineCode: unword(declineCode),
    adviceCode: unword(adviceCode),
    category: unword(category) ?? 'generic',
    paymentMethodType: unword(methodType),
    paymentMethodId: unword(methodId),
  };
}

function decodeCompleted(value: string | undefined): CompletedFact | null {
  const [at, amount, how] = (value ?? '').split(' ');
  const t = time(at);
  const a = time(amount);
  return t !== null && a !== null && COMPLETED_HOW.has(how ?? '') ? { at: t, amount: a, how: how as CompletedFact['how'] } : null;
}

function decodePaid(value: string | undefined): PaidFact | null {
  const [at, amount, outOfBand, methodId] = (value ?? '').split(' ');
  const t = time(at);
  const a = time(amount);
  return t !== null && a !== null ? { at: t, amount: a, outOfBand: outOfBand === '1', paymentMethodId: unword(methodId) } : null;
}

function decodeLost(value: string | undefined): LostFact | null {
  const [at, reason] = (value ?? '').split(' ');
  const t = time(at);
  return t !== null && LOST_REASONS.has(reason ?? '') ? { at: t, reason: reason as LostFact['reason'] } : null;
}

/** A ledger entry as a record; null when its first failure was never recorded (nothing to count). */
export function decodeRecord(invoiceId: string, fields: LedgerFields): LedgerRecord | null {
  const failure = decodeFailure(fields);
  if (!failure) return null;
  const notices: NoticeFact[] = [];
  for (const name in fields) {
    if (!name.startsWith('s:')) continue;
    const value = fields[name];
    const match = /^s:([a-z_]+):(.+)$/.exec(name);
    const sentAt = time(value);
    if (!match || sentAt === null || !CHANNELS.has(match[1]!)) continue;
    const channel = match[1] as ReportChannel;
    notices.push({ channel, step: match[2]!, sentAt, openedAt: time(fields[FIELD.opened(channel, match[2]!)]) });
  }
  return {
    invoiceId,
    failure,
    notices,
    formOpenedAt: time(fields[FIELD.formOpened]),
    completed: decodeCompleted(fields[FIELD.completed]),
    paid: decodePaid(fields[FIELD.paid]),
    lost: decodeLost(fields[FIELD.lost]),
    waysOut: decodeWaysOut(fields),
    rating: decodeRating(fields[FIELD.rating]),
  };
}
