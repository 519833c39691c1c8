/**
 * Which message a moment calls for. Pure, like `derive.ts`: plain facts in, a plan out; the notifier
 * does the I/O around it. Two questions, asked at two moments:
 *  1. `planForEvent`: a Stripe event arrived — what goes out now, what is scheduled, what is cancelled?
 *  2. `stillDue`: a job is about to run (maybe days later) — is its message still true?
 * The second question is what makes follow-ups safe: a reminder scheduled on day 0 re-reads the
 * customer's status on day 3 and stays silent if the card was fixed meanwhile, even if the job that
 * would have cancelled it was lost.
 */
import type { Status } from '../../protocol/index.js';
import type { NotifyStep } from '../../notify/types.js';
import type { ResolvedNotifyOptions } from './options.js';
import type { JobFacts, NotifyJob } from './types.js';

const DAY_MS = 86_400_000;
/**
 * "The last retry failed" is decided a little after the failure: with Billing Automations the next
 * retry date arrives in a later `invoice.updated`, so an `invoice.payment_failed` without one is not
 * yet proof that none will come. The job re-reads the invoice when it runs.
 */
export const FINAL_SETTLE_MS = 3_600_000;

/** The facts of one Stripe event that decide messages (read from its payload by `eventFacts`). */
export interface NotifyEventFacts {
  type: string;
  /** The invoice the event is about; null for an upcoming invoice (Stripe gives it no id). */
  invoiceId: string | null;
  subscriptionId: string | null;
  billingReason: string | null;
  attemptCount: number;
  nextPaymentAttemptMs: number | null;
  /** For `invoice.upcoming`: when the card will be charged. */
  chargeAtMs: number | null;
  /** For `invoice.paid`: what was paid, when, and when the next charge is. */
  paid: { amount: number; currency: string; paidAtMs: number; nextChargeAtMs: number | null } | null;
  /** For subscription events: its status now (`unpaid`, `paused`, `canceled`…) and why it is paused. */
  subscriptionStatus: string | null;
  pausedFor: string | null;
}

export interface PlannedJob {
  step: NotifyStep;
  /** The invoice the job is about; for `expiring`, a key of the upcoming charge (`upcoming_…`). */
  invoiceId: string | null;
  /** Run no earlier than this (ms since epoch); absent: now. */
  atMs?: number;
  facts?: JobFacts;
}

export interface NotifyPlan {
  jobs: PlannedJob[];
  /** Drop the pending follow-ups of this invoice (paid, voided, given up). */
  cancel: string | null;
  /** The invoice was paid after a failure: revoke its links, attribute the recovery. */
  recovered: string | null;
}

type Cadence = ResolvedNotifyOptions['cadence'];

/** Renewals only: a first invoice fails while the customer is at the checkout and sees it there. */
const RENEWAL_REASONS = new Set(['subscription_cycle', 'subscription_update', 'subscription_threshold']);
const FAILING_STATES = new Set<Status['state']>(['failed', 'action_required']);

const NOTHING: NotifyPlan = { jobs: [], cancel: null, recovered: null };

/** The key an upcoming charge is known by: a subscription's charge on one day. */
export function upcomingKey(subscriptionId: string | null, chargeAtMs: number): string {
  return `upcoming_${subscriptionId ?? 'none'}_${new Date(chargeAtMs).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

/**
 * The plan for one event, given the customer's status after it (`status`) and whether a notice was
 * already sent about its invoice (`noticed`: a thank-you only closes a loop that was opened).
 */
export function planForEvent(facts: NotifyEventFacts, status: Status, cadence: Cadence, noticed: boolean, now: number): NotifyPlan {
  switch (facts.type) {
    case 'invoice.payment_failed':
    case 'invoice.payment_action_required':
      return planForFailure(facts, status, cadence, now);
    case 'invoice.upcoming':
      return planForUpcoming(facts, status, cadence);
    case 'invoice.paid':
    case 'invoice.payment_succeeded': {
      if (!facts.invoiceId) return NOTHING;
      const thanks = cadence.recovered && noticed;
      const paid = facts.paid ? { paid: facts.paid } : {};
      return { jobs: thanks ? [{ step: 'recovered', invoiceId: facts.invoiceId, facts: paid }] : [], cancel: facts.invoiceId, recovered: noticed ? facts.invoiceId : null };
    }
    case 'invoice.voided':
    case 'invoice.marked_uncollectible':
      return facts.invoiceId ? { ...NOTHING, cancel: facts.invoiceId } : NOTHING;
    case 'customer.subscription.updated':
    case 'customer.subscription.paused': {
      // Stripe gave up: the subscription ends unpaid, or pauses on the final failure (API 2026-09-30).
      const gaveUp = facts.subscriptionStatus === 'unpaid' || facts.pausedFor === 'final_payment_failure';
      const invoiceId = status.invoice?.id ?? null;
      if (!gaveUp || !invoiceId || !cadence.final || !FAILING_STATES.has(status.state)) return NOTHING;
      return { ...NOTHING, jobs: [{ step: 'final', invoiceId }] };
    }
    case 'customer.subscription.deleted':
      return status.invoice ? { ...NOTHING, cancel: status.invoice.id } : NOTHING;
    default:
      return NOTHING;
  }
}

function planForFailure(facts: NotifyEventFacts, status: Status, cadence: Cadence, now: number): NotifyPlan {
  const invoiceId = facts.invoiceId;
  if (!invoiceId || (facts.billingReason !== null && !RENEWAL_REASONS.has(facts.billingReason))) return NOTHING;
  const jobs: PlannedJob[] = [];
  const actionNeeded = facts.type === 'invoice.payment_action_required' || status.state === 'action_required';
  if (facts.attemptCount <= 1 || facts.type === 'invoice.payment_action_required') {
    jobs.push({ step: actionNeeded ? 'action_required' : 'failed', invoiceId });
    if (cadence.reminderAfterDays > 0) jobs.push({ step: 'reminder', invoiceId, atMs: now + cadence.reminderAfterDays * DAY_MS });
    const endsAt = status.access.wall === 'soft' && status.access.endsAt ? Date.parse(status.access.endsAt) : NaN;
    if (cadence.accessEnds && endsAt - DAY_MS > now) jobs.push({ step: 'access_ends', invoiceId, atMs: endsAt - DAY_MS });
  }
  const lastRetry = facts.attemptCount > 1 && facts.nextPaymentAttemptMs === null;
  if (cadence.final && (lastRetry || status.access.wall === 'hard')) {
    jobs.push(status.access.wall === 'hard' ? { step: 'final', invoiceId } : { step: 'final', invoiceId, atMs: now + FINAL_SETTLE_MS });
  }
  return { ...NOTHING, jobs };
}

/** A card that will not last until the charge: valid through the end of its expiry month. */
function planForUpcoming(facts: NotifyEventFacts, status: Status, cadence: Cadence): NotifyPlan {
  if (!cadence.expiring || facts.chargeAtMs === null || !expiresBefore(status, facts.chargeAtMs)) return NOTHING;
  const chargeAtMs = facts.chargeAtMs;
  return { ...NOTHING, jobs: [{ step: 'expiring', invoiceId: upcomingKey(facts.subscriptionId, chargeAtMs), facts: { chargeAtMs } }] };
}

function expiresBefore(status: Status, chargeAtMs: number): boolean {
  const card = status.paymentMethod;
  if (!card?.expMonth || !card.expYear) return false;
  return Date.UTC(card.expYear, card.expMonth, 1) <= chargeAtMs;
}

/** Whether the message of `job` is still true for `status` at `now`. */
export function stillDue(job: Pick<NotifyJob, 'step' | 'invoiceId' | 'facts'>, status: Status, now: number): boolean {
  const { step, invoiceId } = job;
  const same = invoiceId !== null && status.invoice?.id === invoiceId;
  const failing = same && FAILING_STATES.has(status.state);
  switch (step) {
    case 'failed':
    case 'reminder':
      return failing;
    case 'action_required':
      return same && status.state === 'action_required';
    case 'final':
      return failing && (status.access.wall === 'hard' || status.invoice?.nextAttemptAt == null);
    case 'access_ends': {
      const endsAt = status.access.endsAt ? Date.parse(status.access.endsAt) : NaN;
      return failing && status.access.wall === 'soft' && endsAt > now;
    }
    case 'expiring':
      // Still the card that will not last: a card updated meanwhile (by the customer or the card
      // network's updater) expires later, and the notice stays unsent.
      return job.facts?.chargeAtMs !== undefined && !FAILING_STATES.has(status.state) && expiresBefore(status, job.facts.chargeAtMs);
    case 'recovered':
      return !failing;
  }
}
