/**
 * Stripe's test cards, with the outcomes real test mode gives them, so the demo teaches the
 * real thing: the same numbers (or `pm_card_*` tokens) behave the same way here and on Stripe.
 */
import { createHash } from 'node:crypto';
import type { DocumentedErrorCode } from './error-codes.js';

/** A decline as Stripe reports it: error `code`, issuer `decline_code`, retry `advice_code`. */
export interface Decline {
  code: DocumentedErrorCode;
  declineCode: string;
  adviceCode?: string;
}

export type Outcome =
  | { kind: 'succeed' }
  | { kind: 'decline'; decline: Decline }
  /** The bank wants 3-D Secure. Off-session payments cannot show a challenge, see `authenticationRequired`. */
  | { kind: 'authenticate' };

export interface TestCard {
  number: string;
  token: string;
  brand: 'visa' | 'mastercard';
  funding: 'credit' | 'debit';
  country: string;
  /** What confirming a SetupIntent (or attaching) does with this card. */
  setup: Outcome;
  /** What charging it does. */
  payment: Outcome;
}

/** Stripe's own error codes for declines that are not plain `card_declined`. */
const OWN_CODES = new Set<string>(['expired_card', 'incorrect_cvc', 'processing_error', 'incorrect_number', 'authentication_required']);

/**
 * Retry guidance, as Stripe's `advice_code` gives it: a card reported lost or stolen must not be
 * retried, data problems need the customer, transient ones can be retried later.
 */
const ADVICE: Record<string, string> = {
  insufficient_funds: 'try_again_later',
  processing_error: 'try_again_later',
  try_again_later: 'try_again_later',
  expired_card: 'confirm_card_data',
  incorrect_cvc: 'confirm_card_data',
  incorrect_number: 'confirm_card_data',
  lost_card: 'do_not_try_again',
  stolen_card: 'do_not_try_again',
  fraudulent: 'do_not_try_again',
  pickup_card: 'do_not_try_again',
  restricted_card: 'do_not_try_again',
  merchant_blacklist: 'do_not_try_again',
};

/** The decline Stripe reports for an issuer `decline_code` (used for cards and forced declines). */
export function declineFor(declineCode: string): Decline {
  const advice = ADVICE[declineCode];
  return {
    code: OWN_CODES.has(declineCode) ? (declineCode as DocumentedErrorCode) : 'card_declined',
    declineCode,
    ...(advice ? { adviceCode: advice } : {}),
  };
}

/** Customer-facing message Stripe puts on the error, by decline code. */
export function declineMessage(decline: Decline): string {
  switch (decline.declineCode) {
    case 'insufficient_funds':
      return 'Your card has insufficient funds.';
    case 'expired_card':
      return 'Your card has expired.';
    case 'incorrect_cvc':
      return "Your card's security code is incorrect.";
    case 'incorrect_number':
      return 'Your card number is incorrect.';
    case 'processing_error':
      return 'An error occurred while processing your card. Try again in a little bit.';
    case 'authentication_required':
      return 'Your card was declined. This transaction requires authentication.';
    default:
      return 'Your card was declined.';
  }
}

const ok: Outcome = { kind: 'succeed' };
const threeDS: Outcome = { kind: 'authenticate' };
const declined = (declineCode: string): Outcome => ({ kind: 'decline', decline: declineFor(declineCode) });

function card(number: string, token: string, setup: Outcome, payment: Outcome, brand: TestCard['brand'] = 'visa'): TestCard {
  return { number, token, brand, funding: 'credit', country: 'US', setup, payment };
}

export const TEST_CARDS: readonly TestCard[] = [
  card('4242424242424242', 'pm_card_visa', ok, ok),
  card('5555555555554444', 'pm_card_mastercard', ok, ok, 'mastercard'),
  card('4000002760003184', 'pm_card_authenticationRequired', threeDS, threeDS),
  card('4000002500003155', 'pm_card_authenticationRequiredSetupForOffSession', threeDS, ok),
  card('4000000000009995', 'pm_card_chargeDeclinedInsufficientFunds', ok, declined('insufficient_funds')),
  card('4000000000000341', 'pm_card_chargeCustomerFail', ok, declined('generic_decline')),
  card('4000000000000002', 'pm_card_chargeDeclined', declined('generic_decline'), declined('generic_decline')),
  card('4000000000000069', 'pm_card_chargeDeclinedExpiredCard', declined('expired_card'), declined('expired_card')),
  card('4000000000000127', 'pm_card_chargeDeclinedIncorrectCvc', declined('incorrect_cvc'), declined('incorrect_cvc')),
  card('4000000000000119', 'pm_card_chargeDeclinedProcessingError', declined('processing_error'), declined('processing_error')),
  card('4000000000009987', 'pm_card_chargeDeclinedLostCard', declined('lost_card'), declined('lost_card')),
  card('4000000000009979', 'pm_card_chargeDeclinedStolenCard', declined('stolen_card'), declined('stolen_card')),
  card('4100000000000019', 'pm_card_radarBlock', declined('fraudulent'), declined('fraudulent')),
];

const byKey = new Map<string, TestCard>();
for (const c of TEST_CARDS) {
  byKey.set(c.number, c);
  byKey.set(c.token, c);
}

/** Aliases Stripe accepts for the plain brand tokens. */
byKey.set('pm_card_us', byKey.get('pm_card_visa')!);

/** The test card for a number (spaces and dashes allowed) or `pm_card_*` token; undefined if unknown. */
export function findTestCard(numberOrToken: string): TestCard | undefined {
  const key = numberOrToken.startsWith('pm_') ? numberOrToken : numberOrToken.replace(/[\s-]/g, '');
  return byKey.get(key);
}

export function isCardToken(value: string): boolean {
  return value.startsWith('pm_card_');
}

/** Stable per card number, like Stripe's fingerprint: the same card saved twice is recognisable. */
export function fingerprint(number: string): string {
  return createHash('sha256').update(`standin:${number}`).digest('base64url').replace(/[-_]/g, '').slice(0, 16);
}
