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

/** Paid through Paymend's `/complete`: from a signed-in session or through a signed link. */
export interface CompletedFact {
  at: number;
  amount: number;
  how: 'in_app' | 'hosted_page';
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
}

/** Field names of a ledger entry. A notice's channel and step are part of its field's name. */
export const FIELD = {
  failure: 'f',
  completed: 'rc',
  paid: 'rp',
  lost: 'l',
  formOpened: 'fo',
  sent: (channel: ReportChannel, step: string) => `s:${channel}:${step}`,
  opened: (channel: ReportChannel, step: string) => `o:${channel}:${step}`,
} as const;

export type LedgerFields = Record<string, string>;

const CHANNELS = new Set<string>(['email', 'sms', 'in_app', 'banner']);

function parseJson<T>(value: string | undefined): T | null {
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

function time(value: string | undefined): number | null {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A ledger entry as a record; null when its first failure was never recorded (nothing to count). */
export function decodeRecord(invoiceId: string, fields: LedgerFields): LedgerRecord | null {
  const failure = parseJson<FailureFact>(fields[FIELD.failure]);
  if (!failure || !Number.isFinite(failure.at) || typeof failure.currency !== 'string') return null;
  const notices: NoticeFact[] = [];
  for (const [name, value] of Object.entries(fields)) {
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
    completed: parseJson<CompletedFact>(fields[FIELD.completed]),
    paid: parseJson<PaidFact>(fields[FIELD.paid]),
    lost: parseJson<LostFact>(fields[FIELD.lost]),
  };
}
