/**
 * Retry discipline: may `/complete` charge this invoice with this card now? Pure, over plain facts,
 * with no clock and no store of its own (the I/O is in `./retry-ledger.ts`), like `derive.ts`.
 *
 * Why: card networks fine merchants for hammering a card. Visa allows no reattempt after a decline
 * that says "never" (the issuer's `do_not_try_again`, or a card reported lost, stolen or to be picked
 * up) and at most 15 reattempts in the 30 days that follow a retryable decline. A customer retyping
 * the same declined card in the form is such a reattempt, whatever new PaymentMethod id it gets, so
 * attempts are counted per invoice and card *fingerprint*. Mastercard's and the others' rules are
 * looser (Mastercard: 10 in 24 h after a retryable decline; none after a "never"): Visa's bound
 * applies to every brand, so one rule keeps them all within theirs.
 *
 * Only attempts Paymend makes are counted here: the customer's in the form, and Paymend's own
 * off-session payment when the method on file changed (src/server/retry-on-change.ts). Stripe's automatic
 * retries (Smart Retries, the subscription's schedule) are Stripe's to keep within the rules, and
 * its `attempt_count` mixes both; so they are counted apart (not at all by this ledger), except that
 * an automatic decline that said "never" still forbids the card (see `lastDecline`).
 */
import type { Failure } from '../protocol/index.js';

/** Decline codes after which a card must not be charged again (Visa category 1, "issuer will never approve"). */
export const NEVER_RETRY_DECLINE_CODES: readonly string[] = ['lost_card', 'stolen_card', 'pickup_card'];

/** At most this many customer-initiated attempts per invoice and card in `ATTEMPT_WINDOW_MS`. */
export const MAX_ATTEMPTS_PER_CARD = 15;
/** Visa's 30 days, counted from the first attempt on the card (so from its first decline or before). */
export const ATTEMPT_WINDOW_MS = 30 * 86_400_000;

/** The failure code a refusal carries: the explain catalog shows it as a generic decline. */
export const RETRY_NOT_ALLOWED = 'retry_not_allowed';

/** A decline after which no retry can be right, whoever made the attempt. */
export function isNeverRetry(failure: Pick<Failure, 'declineCode' | 'adviceCode'> | null): boolean {
  if (!failure) return false;
  return failure.adviceCode === 'do_not_try_again' || (failure.declineCode !== null && NEVER_RETRY_DECLINE_CODES.includes(failure.declineCode));
}

export interface CardAttemptFacts {
  /** The last decline of this card (fingerprint) on this invoice, by the customer or by Stripe's own retries. */
  lastDecline: Pick<Failure, 'declineCode' | 'adviceCode'> | null;
  /** Customer-initiated attempts on this card and invoice in the window, this one included. */
  attemptsInWindow: number;
}

export type RetryVerdict = { charge: true } | { charge: false; reason: 'never_retry' | 'limit_reached' };

/** Whether to charge. A "never" decline is checked first: it must be refused without counting. */
export function retryVerdict(facts: CardAttemptFacts, limit = MAX_ATTEMPTS_PER_CARD): RetryVerdict {
  if (isNeverRetry(facts.lastDecline)) return { charge: false, reason: 'never_retry' };
  if (facts.attemptsInWindow > limit) return { charge: false, reason: 'limit_reached' };
  return { charge: true };
}

/**
 * What the customer is told when the card is refused: the same generic explanation as a decline
 * (Stripe requires lost and stolen cards to look like `generic_decline`), never the real reason.
 * `do_not_try_again` makes the form recommend another method rather than "try again later".
 */
export function refusalFailure(): Failure {
  return { code: RETRY_NOT_ALLOWED, declineCode: null, adviceCode: 'do_not_try_again' };
}
