/**
 * Billing status derivation: pure functions, no I/O, no clock of their own.
 *
 * It happens in two steps on purpose. `snapshotFromFacts` turns what Stripe said into a small,
 * storable snapshot (once per Stripe read). `statusAt` turns a snapshot into the wire `Status`
 * for a given moment, so "expiring"/"expired" and the access wall follow the calendar on every
 * read, not only when a webhook arrives.
 */
import type { Failure, InvoiceSummary, PaymentMethodSummary, State, Status, Wall } from '../protocol/index.js';
import { PROTOCOL_VERSION } from '../protocol/index.js';
import {
  invoiceSubscriptionId,
  refId,
  type StripeCardSource,
  type StripeCustomer,
  type StripeInvoice,
  type StripePaymentIntent,
  type StripePaymentMethod,
  type StripeSubscription,
} from './stripe-shapes.js';

/** Everything read from Stripe for one customer. */
export interface BillingFacts {
  customer: StripeCustomer;
  subscriptions: StripeSubscription[];
  /** Open invoices, each with its PaymentIntent when one could be reached. */
  openInvoices: Array<{ invoice: StripeInvoice; paymentIntent: StripePaymentIntent | null }>;
}

/** What the store keeps per customer: small, JSON-safe, independent of the clock. */
export interface BillingSnapshot {
  paymentMethodId: string | null;
  paymentMethod: PaymentMethodSummary | null;
  invoice: InvoiceSummary | null;
  /** `processing`: a bank debit paying it is on its way (no failure, no wall). */
  invoiceState: 'none' | 'failed' | 'action_required' | 'processing';
  failure: Failure | null;
  /** When the unpaid invoice was first due (ISO): the start of any grace period. */
  failingSince: string | null;
  /**
   * When Stripe next charges `paymentMethod` (ISO): the earliest period end of the live subscriptions
   * it pays for; null when none will charge it. Absent in snapshots stored before it existed: those
   * fall back to "within N days" until their next derivation.
   */
  nextChargeAt?: string | null;
  /**
   * No payment method will pay a subscription that needs one: `{ chargeAt }` is when Stripe next
   * charges (a trial's end, ISO), null when the subscription is already paused for want of one.
   * Absent when a method is on file (or in snapshots stored before it existed).
   */
  missingMethod?: { chargeAt: string | null } | null;
  /** A pause the customer (an offer) or the merchant asked for, in force. Absent in older snapshots. */
  pause?: PauseInForce | null;
  /** The subscription the status concerns: the failing invoice's, else the paused one. */
  subscriptionId?: string | null;
}

/**
 * A pause in force. `subscription`: Stripe's pause (`status: paused`, reason `pause_requested`),
 * which has no end date of its own, so Paymend keeps the chosen one in the subscription's metadata
 * (`paymend_resumes_at`) and resumes it then. `collection`: `pause_collection`, which Stripe ends itself.
 */
export interface PauseInForce {
  subscriptionId: string;
  method: 'subscription' | 'collection';
  resumesAt: string | null;
  resumable: boolean;
}

/** The subscription metadata key holding the end of a subscription pause Paymend made (unix seconds). */
export const RESUMES_AT_METADATA = 'paymend_resumes_at';

export interface WallPolicy {
  /** `soft` shows a closable wall during the grace period and a hard one after; `hard` blocks at once. */
  mode: Wall;
  graceDays: number;
}

/**
 * When a card that still works is `expiring`: `beforeNextCharge` when it runs out before Stripe's
 * next charge of it (monthly or annual alike); `withinDays` when it runs out within `withinDays`.
 */
export interface ExpiringPolicy {
  mode: 'beforeNextCharge' | 'withinDays';
  withinDays: number;
}

export interface StatusPolicy {
  expiring?: ExpiringPolicy;
  /** Whether the app stays usable during a pause (`offers.pause.access`); default `allow`, as without offers. */
  pausedAccess?: 'allow' | 'deny';
  /** Whether `POST /resume` is served (offers configured); default true. False: a pause shows as not resumable. */
  canResume?: boolean;
  /** The states in which offers are made (`offers.states`), when the merchant configured any. */
  offerStates?: readonly State[];
  /** The older spelling of `expiring: { mode: 'withinDays', withinDays }`, used when `expiring` is absent. */
  expiringWithinDays?: number;
  wall: WallPolicy;
}

/** Subscription states in which Stripe will still charge the payment method. */
const LIVE_SUBSCRIPTION = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete', 'paused']);
/** Subscription states in which Stripe will charge at the end of the current period. */
const CHARGING_SUBSCRIPTION = new Set(['active', 'trialing', 'past_due', 'unpaid']);
/** Subscription states in which an open invoice is overdue and worth paying now. */
export const OVERDUE_SUBSCRIPTION = new Set(['past_due', 'unpaid']);
/** Why Stripe paused a subscription when the reason is a failed renewal (API 2026-09-30). */
const PAYMENT_FAILURE_PAUSES = new Set(['first_payment_failure', 'final_payment_failure']);
/** Why Stripe paused a subscription whose trial ended with no payment method (`trial_settings.end_behavior`). */
const MISSING_METHOD_PAUSE = 'trial_end_without_payment_method';

/** Paused because its trial ended without a payment method: adding one is the way back. */
export function isPausedForMissingMethod(subscription: StripeSubscription): boolean {
  return subscription.status === 'paused' && subscription.status_details?.paused?.subscription?.type === MISSING_METHOD_PAUSE;
}

/**
 * Paused because a renewal payment failed: the invoice that caused it stays collectible, and
 * paying it (then resuming, unless the account resumes on payment) is the way back. Other
 * pauses (asked for, a trial without a card) owe nothing.
 */
export function isPausedForFailure(subscription: StripeSubscription): boolean {
  const reason = subscription.status_details?.paused?.subscription?.type;
  return subscription.status === 'paused' && reason !== undefined && PAYMENT_FAILURE_PAUSES.has(reason);
}

/**
 * The pause in force on a subscription that was asked for (not one Stripe imposed for a failed
 * payment or a trial without a card), or null.
 */
export function pauseOf(subscription: StripeSubscription): PauseInForce | null {
  if (subscription.status === 'paused' && subscription.status_details?.paused?.subscription?.type === 'pause_requested') {
    const at = Number(subscription.metadata?.[RESUMES_AT_METADATA] ?? Number.NaN);
    return { subscriptionId: subscription.id, method: 'subscription', resumesAt: Number.isInteger(at) && at > 0 ? toIso(at) : null, resumable: true };
  }
  if (subscription.pause_collection && LIVE_SUBSCRIPTION.has(subscription.status)) {
    return { subscriptionId: subscription.id, method: 'collection', resumesAt: toIso(subscription.pause_collection.resumes_at), resumable: true };
  }
  return null;
}

/** Whether the subscription's open invoices are overdue and worth paying now, with the customer present. */
export function isOverdueSubscription(subscription: StripeSubscription): boolean {
  return OVERDUE_SUBSCRIPTION.has(subscription.status) || isPausedForFailure(subscription);
}

const DAY_MS = 86_400_000;

export function summarizePaymentMethod(pm: StripePaymentMethod | StripeCardSource): PaymentMethodSummary {
  if ('object' in pm && pm.object === 'card') {
    const card = pm as StripeCardSource;
    return {
      type: 'card',
      brand: card.brand ? card.brand.toLowerCase() : null,
      last4: card.last4 ?? null,
      expMonth: card.exp_month ?? null,
      expYear: card.exp_year ?? null,
      wallet: null,
    };
  }
  const method = pm as StripePaymentMethod;
  const card = method.card ?? null;
  return {
    type: method.type,
    brand: card?.display_brand ?? card?.brand ?? null,
    last4: card?.last4 ?? null,
    expMonth: card?.exp_month ?? null,
    expYear: card?.exp_year ?? null,
    wallet: card?.wallet?.type ?? null,
  };
}

type MethodRef = string | StripePaymentMethod | null | undefined;

/** The expanded object behind a reference, when Stripe expanded it. */
function expanded(ref: MethodRef): StripePaymentMethod | null {
  return ref && typeof ref === 'object' ? ref : null;
}

/**
 * When Stripe next charges this subscription (unix seconds), or null when it will not: the end of
 * its current period (the earliest item's, API 2025-03-31+; the subscription's own before), unless
 * it is cancelled by then or not in a state that renews.
 */
export function nextChargeOf(subscription: StripeSubscription): number | null {
  if (!CHARGING_SUBSCRIPTION.has(subscription.status) || subscription.cancel_at_period_end) return null;
  const ends = (subscription.items?.data ?? []).map((i) => i.current_period_end).filter((t): t is number => typeof t === 'number');
  const end = ends.length > 0 ? Math.min(...ends) : (subscription.current_period_end ?? null);
  if (end === null) return null;
  return subscription.cancel_at != null && subscription.cancel_at <= end ? null : end;
}

/**
 * The payment method Stripe will charge next. A subscription's own default wins over the
 * customer's; among several live subscriptions the one whose card runs out first matters most.
 */
function chargedMethod(facts: BillingFacts, preferSubscription: string | null) {
  const customerDefault = facts.customer.invoice_settings?.default_payment_method;
  const legacySource = facts.customer.default_source;
  const candidates: Array<{ id: string; method: StripePaymentMethod | StripeCardSource | null; nextCharge: number | null }> = [];
  const add = (ref: MethodRef, nextCharge: number | null) => {
    const id = refId(ref ?? null);
    if (id) candidates.push({ id, method: expanded(ref), nextCharge });
  };
  const live = facts.subscriptions.filter((s) => LIVE_SUBSCRIPTION.has(s.status));
  const preferred = live.find((s) => s.id === preferSubscription);
  if (preferred) {
    add(preferred.default_payment_method ?? customerDefault, nextChargeOf(preferred));
  } else if (live.length > 0) {
    for (const s of live) add(s.default_payment_method ?? customerDefault, nextChargeOf(s));
  } else {
    add(customerDefault, null);
  }
  if (candidates.length === 0 && legacySource && typeof legacySource === 'object' && legacySource.object === 'card') {
    // A legacy source pays every subscription that has no method of its own.
    const charges = live.map(nextChargeOf).filter((t): t is number => t !== null);
    candidates.push({ id: legacySource.id, method: legacySource as StripeCardSource, nextCharge: charges.length ? Math.min(...charges) : null });
  }
  const summarized = candidates.map((c) => ({ id: c.id, summary: c.method ? summarizePaymentMethod(c.method) : null }));
  summarized.sort((a, b) => expiryKey(a.summary) - expiryKey(b.summary));
  const chosen = summarized[0];
  if (!chosen) return null;
  // The soonest charge of that method, by whichever subscription makes it.
  const charges = candidates.filter((c) => c.id === chosen.id && c.nextCharge !== null).map((c) => c.nextCharge!);
  return { ...chosen, nextCharge: charges.length > 0 ? Math.min(...charges) : null };
}

function expiryKey(pm: PaymentMethodSummary | null): number {
  return pm?.expYear && pm.expMonth ? pm.expYear * 12 + pm.expMonth : Number.MAX_SAFE_INTEGER;
}

/** The PaymentIntent behind an invoice (API 2025-03-31+): the default entry of `invoice.payments`. */
export function invoicePaymentIntentId(invoice: StripeInvoice): string | null {
  const payments = invoice.payments?.data ?? [];
  const chosen = payments.find((p) => p.is_default) ?? payments[payments.length - 1];
  const pi = chosen?.payment.payment_intent ?? null;
  if (pi) return refId(pi);
  // The confirmation secret of a PaymentIntent is `pi_…_secret_…`: its prefix is the id.
  const secret = invoice.confirmation_secret?.client_secret;
  const match = secret ? /^(pi_[A-Za-z0-9]+)_secret_/.exec(secret) : null;
  return match?.[1] ?? null;
}

function toIso(unixSeconds: number | null | undefined): string | null {
  return unixSeconds == null ? null : new Date(unixSeconds * 1000).toISOString();
}

function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function summarizeInvoice(invoice: StripeInvoice): InvoiceSummary {
  return {
    id: invoice.id,
    amountDue: invoice.amount_remaining ?? invoice.amount_due,
    currency: invoice.currency.toLowerCase(),
    attemptCount: invoice.attempt_count,
    billedAt: toIso(invoice.status_transitions?.finalized_at ?? invoice.created),
    nextAttemptAt: toIso(invoice.next_payment_attempt),
    hostedInvoiceUrl: httpUrlOrNull(invoice.hosted_invoice_url),
  };
}

type InvoiceState = Exclude<BillingSnapshot['invoiceState'], 'none'>;

/**
 * Whether an open invoice is failing, waiting for the customer to confirm, being paid by a bank
 * debit that has not arrived yet (`processing`: ACH, SEPA… take days), or none of these (paid, not
 * yet tried).
 */
export function classifyInvoice(entry: BillingFacts['openInvoices'][number]): InvoiceState | null {
  const { invoice, paymentIntent } = entry;
  if (invoice.status !== 'open') return null;
  if (invoice.collection_method && invoice.collection_method !== 'charge_automatically') return null;
  if (paymentIntent?.status === 'requires_action') return 'action_required';
  if (paymentIntent?.status === 'processing') return 'processing';
  if (paymentIntent?.status === 'succeeded') return null;
  if (invoice.attempt_count > 0) return 'failed';
  // Not attempted yet, but the last attempt of its PaymentIntent failed (an on-session try).
  return paymentIntent?.last_payment_error ? 'failed' : null;
}

/** Turns Stripe's objects into the snapshot the store keeps. Pure. */
export function snapshotFromFacts(facts: BillingFacts): BillingSnapshot {
  const noted = facts.openInvoices
    .map((entry) => ({ ...entry, state: classifyInvoice(entry) }))
    .filter((e): e is typeof e & { state: InvoiceState } => e.state !== null)
    // A confirmation the customer can give now comes first, then the oldest debt, then a debit on its way.
    .sort((a, b) =>
      a.state !== b.state ? INVOICE_PRECEDENCE.indexOf(a.state) - INVOICE_PRECEDENCE.indexOf(b.state) : a.invoice.created - b.invoice.created,
    );
  const worst = noted[0] ?? null;
  // Only money still owed starts a grace period: a debit on its way is not a failure.
  const troubled = noted.filter((e) => e.state !== 'processing');
  const method = chargedMethod(facts, worst ? invoiceSubscriptionId(worst.invoice) : null);
  const error = worst?.state === 'processing' ? null : (worst?.paymentIntent?.last_payment_error ?? null);
  const pause = facts.subscriptions.map(pauseOf).find((p) => p !== null) ?? null;
  const oldestCreated = troubled.reduce(
    (min, e) => Math.min(min, e.invoice.status_transitions?.finalized_at ?? e.invoice.created),
    Number.POSITIVE_INFINITY,
  );
  return {
    paymentMethodId: method?.id ?? null,
    paymentMethod: method?.summary ?? null,
    invoice: worst ? summarizeInvoice(worst.invoice) : null,
    invoiceState: worst?.state ?? 'none',
    failure:
      worst && error
        ? { code: error.code ?? null, declineCode: error.decline_code ?? null, adviceCode: error.advice_code ?? null }
        : null,
    failingSince: troubled.length > 0 ? toIso(oldestCreated) : null,
    nextChargeAt: toIso(method?.nextCharge ?? null),
    missingMethod: method ? null : missingMethodOf(facts),
    pause,
    subscriptionId: (worst ? invoiceSubscriptionId(worst.invoice) : null) ?? pause?.subscriptionId ?? null,
  };
}

const INVOICE_PRECEDENCE: readonly InvoiceState[] = ['action_required', 'failed', 'processing'];

/**
 * With no payment method on file: whether a subscription needs one, and by when. A subscription that
 * Stripe charges itself (`charge_automatically`) and will charge again needs one by that charge (a
 * trial's end above all); one paused because its trial ended without one needs it now.
 */
function missingMethodOf(facts: BillingFacts): { chargeAt: string | null } | null {
  // A legacy source of any kind (a bank account too) still pays what has no method of its own.
  if (facts.customer.default_source) return null;
  const charged = facts.subscriptions.filter((s) => !s.collection_method || s.collection_method === 'charge_automatically');
  if (charged.some(isPausedForMissingMethod)) return { chargeAt: null };
  const charges = charged.map(nextChargeOf).filter((t): t is number => t !== null);
  return charges.length > 0 ? { chargeAt: toIso(Math.min(...charges)) } : null;
}

/** First instant after the card's expiry month ends (cards are valid through their whole month, UTC). */
export function cardExpiresAt(pm: PaymentMethodSummary): number | null {
  if (!pm.expMonth || !pm.expYear) return null;
  return Date.UTC(pm.expYear, pm.expMonth, 1); // month is 1-based, so this is the 1st of the next month
}

/** The expiring rule in force: `expiring` when set, else the older `expiringWithinDays` (default 30). */
export function expiringPolicyOf(policy: StatusPolicy): ExpiringPolicy {
  return policy.expiring ?? { mode: 'withinDays', withinDays: policy.expiringWithinDays ?? 30 };
}

function cardState(snapshot: BillingSnapshot, now: number, rule: ExpiringPolicy): State {
  const pm = snapshot.paymentMethod;
  const expiresAt = pm ? cardExpiresAt(pm) : null;
  if (expiresAt === null) return 'ok';
  if (now >= expiresAt) return 'expired';
  // A snapshot stored before `nextChargeAt` existed cannot say: the older rule until it is derived again.
  if (rule.mode === 'beforeNextCharge' && snapshot.nextChargeAt !== undefined) {
    const nextCharge = snapshot.nextChargeAt === null ? Number.NaN : Date.parse(snapshot.nextChargeAt);
    // No charge coming (or an unreadable date): nothing to warn about. A charge at the expiry instant already fails.
    return Number.isFinite(nextCharge) && nextCharge >= expiresAt ? 'expiring' : 'ok';
  }
  return expiresAt - now <= rule.withinDays * DAY_MS ? 'expiring' : 'ok';
}

/** The wire status of a snapshot at a moment. Pure: `now` is passed in. */
export function statusAt(snapshot: BillingSnapshot, now: number, policy: StatusPolicy): Status {
  // Precedence as in STATES: money owed first (a pause that left the invoice open still reads
  // `failed`), then a debit on its way, then a pause, then the card on file.
  // Stripe ends a collection pause by itself at `resumes_at`: past it, the pause is over even before its webhook re-reads the snapshot.
  const pause = snapshot.pause && !(snapshot.pause.method === 'collection' && snapshot.pause.resumesAt && Date.parse(snapshot.pause.resumesAt) <= now) ? snapshot.pause : null;
  const state: State =
    snapshot.invoiceState !== 'none'
      ? snapshot.invoiceState
      : pause
        ? 'paused'
        : snapshot.missingMethod
          ? 'missing'
          : cardState(snapshot, now, expiringPolicyOf(policy));
  let wall: Wall = 'none';
  // With no method on file, access lasts until the charge that needs one (a paused one has none left).
  let endsAt: string | null = state === 'missing' ? (snapshot.missingMethod?.chargeAt ?? null) : null;
  const owes = snapshot.invoiceState === 'failed' || snapshot.invoiceState === 'action_required';
  if (owes && snapshot.failingSince && policy.wall.mode !== 'none') {
    const since = Date.parse(snapshot.failingSince);
    if (policy.wall.mode === 'hard') {
      wall = 'hard';
      endsAt = snapshot.failingSince;
    } else {
      const end = since + policy.wall.graceDays * DAY_MS;
      endsAt = new Date(end).toISOString();
      wall = now < end ? 'soft' : 'hard';
    }
  }
  // Paused and nothing paid: the merchant decides whether the app stays usable until billing resumes.
  if (state === 'paused' && policy.pausedAccess === 'deny') {
    wall = 'hard';
    endsAt = pause?.resumesAt ?? null;
  }
  const status: Status = {
    v: PROTOCOL_VERSION,
    state,
    paymentMethod: snapshot.paymentMethod,
    invoice: snapshot.invoice,
    failure: snapshot.failure,
    access: { wall, endsAt },
  };
  if (pause) status.pause = { resumesAt: pause.resumesAt, resumable: pause.resumable && (policy.canResume ?? true) };
  if (policy.offerStates) status.offers = policy.offerStates.includes(state);
  return status;
}
