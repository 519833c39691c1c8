/**
 * The shape every locale must satisfy. Keys are stable catalog keys (Lion style): a missing or an
 * extra key in any locale fails the type check.
 *
 * Messages receive values already formatted for the reader (dates and amounts through `Intl`, see
 * `format.ts`); a message only decides wording and word order. Counts go through `plural()`.
 */
import type { NextStep } from '../explain/catalog.js';
import type { Entry } from '../explain/codes.js';

interface BaseMessages {
  /** A card in running text, e.g. "Visa ending in 4242"; `brand` is a display name or `card.generic`. */
  'card.description': (params: { brand: string; last4: string | null }) => string;
  /** Used in place of a brand name when the brand is unknown, e.g. "card". */
  'card.generic': string;
  /** Used for a non-card payment method (bank debit, wallet), e.g. "payment method". */
  'paymentMethod.generic': string;

  'state.expiring.title': string;
  /** `days` until the card stops working (0 = this is the last day); `date` is its expiry month, or null. */
  'state.expiring.body': (params: { card: string; days: number; date: string | null }) => string;
  'state.expired.title': string;
  'state.expired.body': (params: { card: string; date: string | null }) => string;
  'state.failed.title': string;
  /** `reason` is a full sentence from the `decline.*` catalog; `amount` is the amount due, if known. */
  'state.failed.body': (params: { reason: string; amount: string | null }) => string;
  'state.action_required.title': string;
  'state.action_required.body': (params: { amount: string | null }) => string;
  /** When the failed payment was first tried (the renewal's billing date). */
  'state.failed.when': (params: { date: string }) => string;
  /** The next automatic retry of a failed renewal. */
  'state.retry': (params: { date: string }) => string;
  /** The date the customer's access ends unless the payment is fixed. */
  'state.accessEnds': (params: { date: string }) => string;
  'state.updated.title': string;
  /** After a new card was saved; `card` describes it. */
  'state.updated.body': (params: { card: string }) => string;
  /** After the open invoice was paid with the new card. */
  'state.recovered.body': (params: { amount: string | null }) => string;
  /** A bank debit (ACH, SEPA…) paying the invoice is on its way: calm, nothing to do. */
  'state.processing.title': string;
  /** `amount` is the payment on its way, if known. Says it can take a few business days and needs nothing. */
  'state.processing.body': (params: { amount: string | null }) => string;
  /** No usable payment method before the next charge (a trial ending without one, or paused for it). */
  'state.missing.title': string;
  /** `date` is when the next charge is due (e.g. the trial's end), or null when the subscription is paused for it. */
  'state.missing.body': (params: { date: string | null }) => string;
  /** The subscription is paused at the customer's (or merchant's) request. */
  'state.paused.title': string;
  /** `date` is when billing starts again (formatted), or null when the pause has no end date. */
  'state.paused.body': (params: { date: string | null }) => string;

  /** Label of the button that opens the card form. */
  'banner.updateCard': string;
  /** Label of the button that opens the form when there is no payment method yet (state `missing`). */
  'banner.addPaymentMethod': string;
  /** Label of the button that ends a pause now (state `paused`). */
  'banner.resume': string;
  /** Label of the button that runs the bank's confirmation (3-D Secure). */
  'banner.confirmPayment': string;
  /** Accessible name of the icon-only dismiss button. */
  'banner.dismiss': string;

  /** Heading of the card form. */
  'form.title': string;
  /** Under the heading when saving will charge an overdue amount right away; `amount` is formatted. */
  'form.payNow': (params: { amount: string }) => string;
  /** The form's submit button. */
  'form.submit': string;
  /** Closes the form without changes. */
  'form.cancel': string;
  /** Announced while Stripe's fields load. */
  'form.loading': string;
  /** Announced while the new method is saved (and the overdue invoice paid). */
  'form.saving': string;
  /** Announced while the bank's confirmation (3-D Secure) is open. */
  'form.confirming': string;
  /** Announced while an update that came back from a redirect (a bank's page) is finished. */
  'form.finishing': string;
  /** The form could not load (backend or Stripe.js unreachable). */
  'form.unavailable': string;
  /** Button that tries again after a failure. */
  'form.retry': string;
  /** The connection dropped mid-update; the confirmed details are kept and a retry never charges twice. */
  'form.interrupted': string;
  /** Too many attempts (HTTP 429). */
  'form.rateLimited': string;
  /** The bank has not finished confirming the method (e.g. a bank debit). */
  'form.pending': string;
  /**
   * A bank account that Stripe verifies with micro-deposits: the customer checks their statement in
   * 1–2 business days (`date`, the expected arrival, when known) and follows the verification link;
   * until then the payment method on file is unchanged.
   */
  'form.microdeposits': (params: { date: string | null }) => string;
  /** The link to Stripe's hosted page where the customer enters the micro-deposit amounts or code. */
  'form.microdepositsLink': string;
  /**
   * The card entered already failed on this invoice and was declined (or refused) again: says so,
   * and that the card on file is unchanged; the catalog's next step follows it.
   */
  'form.declinedToo': string;

  /** Closes a soft wall for now. */
  'wall.notNow': string;
  /** A hard wall: access is blocked until the payment is fixed. */
  'wall.paused': string;
  /** Closes the thank-you message of the wall. */
  'wall.continue': string;
  /** Built-in escape-hatch links of the wall. */
  'wall.logout': string;
  'wall.support': string;
  'wall.cancelSubscription': string;
}

/** A short title and a one- or two-sentence explanation per catalog entry. */
type DeclineMessages = { [E in Entry as `decline.${E}.title`]: string } & { [E in Entry as `decline.${E}.body`]: string };

/** The recommended next step, as a short imperative. */
type ActionMessages = { [S in NextStep as `action.${S}`]: string };

export type Messages = BaseMessages & DeclineMessages & ActionMessages;

export interface Translation {
  /** BCP 47 tag of the language this file is written in, e.g. `en`, `pt-BR`. */
  readonly locale: string;
  /** Text direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  readonly messages: Messages;
}

export type MessageKey = keyof Messages;
