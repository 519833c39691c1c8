/**
 * The store side of the retry discipline (`./retry-discipline.ts`): per invoice and card fingerprint,
 * the customer's attempts in Visa's 30-day window and the card's last decline. Kept in the shared
 * store, so every instance behind the same Redis sees the same counts.
 */
import type { Failure } from '../protocol/index.js';
import { storeUnavailable } from './errors.js';
import { ATTEMPT_WINDOW_MS, isNeverRetry, refusalFailure, retryVerdict } from './retry-discipline.js';
import type { Store } from './stores/types.js';

/** A card as the discipline knows it: its fingerprint (same card, any PaymentMethod id) and this PaymentMethod. */
export interface CardIdentity {
  fingerprint: string;
  paymentMethodId: string;
}

/** What an automatic attempt left on the invoice's PaymentIntent: its decline and the card's fingerprint. */
export interface AutomaticDecline {
  fingerprint: string | null;
  declineCode: string | null;
  adviceCode: string | null;
}

export interface AttemptPermit {
  /** Set when the card must not be charged: the failure `/complete` answers, nothing charged. */
  refusal: (Failure & { sameCard: true }) | null;
  /** True when this card already failed on this invoice: a new decline is "declined too". */
  declinedBefore: boolean;
}

/** The last decline outlives the attempt window: a lost card stays lost. */
const LAST_DECLINE_TTL_MS = 2 * ATTEMPT_WINDOW_MS;

type StoredDecline = Pick<Failure, 'declineCode' | 'adviceCode'>;

export class RetryLedger {
  constructor(
    private readonly store: Store,
    private readonly limit?: number,
  ) {}

  /**
   * Before charging `invoiceId` with `card`: refuses a "never" card, and counts this attempt against
   * the window (once per PaymentMethod: a replayed `/complete` gets Stripe's replayed answer, no new charge).
   * Without the store the count cannot be kept: refuse rather than risk the network's limits.
   */
  async permit(invoiceId: string, card: CardIdentity, automatic: AutomaticDecline | null): Promise<AttemptPermit> {
    try {
      // The invoice's PaymentIntent keeps only its latest attempt's error (Stripe's automatic retry or
      // the customer's own): it is that card's latest decline, kept before a later attempt replaces it.
      if (automatic?.fingerprint) await this.declined(invoiceId, automatic.fingerprint, automatic);
      const lastDecline = await this.lastDecline(invoiceId, card.fingerprint);
      const declinedBefore = lastDecline !== null;
      if (isNeverRetry(lastDecline)) return { refusal: { ...refusalFailure(), sameCard: true }, declinedBefore };
      const isNewAttempt = await this.store.claimOnce(`retry:attempt:${invoiceId}:${card.paymentMethodId}`, ATTEMPT_WINDOW_MS);
      if (!isNewAttempt) return { refusal: null, declinedBefore };
      const window = await this.store.hit(`retry:${invoiceId}:${card.fingerprint}`, ATTEMPT_WINDOW_MS);
      const verdict = retryVerdict({ lastDecline: null, attemptsInWindow: window.count }, this.limit);
      return { refusal: verdict.charge ? null : { ...refusalFailure(), sameCard: true }, declinedBefore };
    } catch (error) {
      throw storeUnavailable(error);
    }
  }

  /** After a decline of a customer attempt: remembered as the card's last decline on this invoice. */
  async declined(invoiceId: string, fingerprint: string, failure: Pick<Failure, 'declineCode' | 'adviceCode'>): Promise<void> {
    const value: StoredDecline = { declineCode: failure.declineCode, adviceCode: failure.adviceCode };
    await this.store.setValue(this.lastDeclineKey(invoiceId, fingerprint), JSON.stringify(value), LAST_DECLINE_TTL_MS);
  }

  private async lastDecline(invoiceId: string, fingerprint: string): Promise<StoredDecline | null> {
    const raw = await this.store.getValue(this.lastDeclineKey(invoiceId, fingerprint));
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredDecline>;
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      return { declineCode: text(parsed.declineCode), adviceCode: text(parsed.adviceCode) };
    } catch {
      // A value we cannot read still says the card was declined here.
      return { declineCode: null, adviceCode: null };
    }
  }

  private lastDeclineKey(invoiceId: string, fingerprint: string): string {
    return `retry:last:${invoiceId}:${fingerprint}`;
  }
}
