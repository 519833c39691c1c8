/**
 * Stripe's codes, enumerated, and the catalog entry each one resolves to.
 * Sources: docs.stripe.com/declines/codes (card decline codes), docs.stripe.com/error-codes
 * (card-related error codes), docs.stripe.com/declines/card (advice codes) and the failure codes of
 * bank debits and wallets. Stripe's enums are open: a code not listed here resolves to `generic`.
 */

/** The explanations Paymend has; several codes share one. */
export const ENTRIES = [
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'incorrect_number',
  'incorrect_expiry',
  'incorrect_address',
  'card_not_supported',
  'currency_not_supported',
  'not_allowed',
  'payment_stopped',
  'limit_exceeded',
  'call_bank',
  'generic',
  'temporary',
  'duplicate',
  'invalid_amount',
  'new_card_details',
  'account_closed',
  'authentication_required',
  'authentication_failed',
  'test_card',
  'debit_not_authorized',
  'bank_account_problem',
  'provider_declined',
] as const;
export type Entry = (typeof ENTRIES)[number];

/** Every card decline code on docs.stripe.com/declines/codes, and its entry. */
export const CARD_DECLINE_CODES = {
  authentication_required: 'authentication_required',
  approve_with_id: 'temporary',
  call_issuer: 'call_bank',
  card_not_supported: 'card_not_supported',
  card_velocity_exceeded: 'limit_exceeded',
  currency_not_supported: 'currency_not_supported',
  do_not_honor: 'generic',
  do_not_try_again: 'generic',
  duplicate_transaction: 'duplicate',
  expired_card: 'expired_card',
  // Stripe: present these four exactly like generic_decline, never the real reason.
  fraudulent: 'generic',
  generic_decline: 'generic',
  incorrect_number: 'incorrect_number',
  incorrect_cvc: 'incorrect_cvc',
  incorrect_pin: 'generic', // card readers only
  incorrect_zip: 'incorrect_address',
  insufficient_funds: 'insufficient_funds',
  invalid_account: 'account_closed',
  invalid_amount: 'invalid_amount',
  invalid_cvc: 'incorrect_cvc',
  invalid_expiry_month: 'incorrect_expiry',
  invalid_expiry_year: 'incorrect_expiry',
  invalid_number: 'incorrect_number',
  invalid_pin: 'generic', // card readers only
  issuer_not_available: 'temporary',
  lost_card: 'generic',
  merchant_blacklist: 'generic',
  new_account_information_available: 'new_card_details',
  no_action_taken: 'call_bank',
  not_permitted: 'not_allowed',
  offline_pin_required: 'generic', // card readers only
  online_or_offline_pin_required: 'generic', // card readers only
  pickup_card: 'call_bank',
  pin_try_exceeded: 'generic', // card readers only
  processing_error: 'temporary',
  reenter_transaction: 'temporary',
  restricted_card: 'not_allowed',
  revocation_of_all_authorizations: 'payment_stopped',
  revocation_of_authorization: 'payment_stopped',
  security_violation: 'not_allowed',
  service_not_allowed: 'not_allowed',
  stolen_card: 'generic',
  stop_payment_order: 'payment_stopped',
  testmode_decline: 'test_card',
  transaction_not_allowed: 'not_allowed',
  try_again_later: 'temporary',
  withdrawal_count_limit_exceeded: 'limit_exceeded',
} as const satisfies Record<string, Entry>;

/** The decline codes Stripe says must read exactly like `generic_decline`. */
export const UNREVEALED_DECLINE_CODES = ['fraudulent', 'lost_card', 'stolen_card', 'merchant_blacklist'] as const;

/** Card-related error codes on docs.stripe.com/error-codes (the `code` of an error or last_payment_error). */
export const CARD_ERROR_CODES = {
  authentication_required: 'authentication_required',
  card_decline_rate_limit_exceeded: 'temporary',
  card_declined: 'generic',
  expired_card: 'expired_card',
  incorrect_address: 'incorrect_address',
  incorrect_cvc: 'incorrect_cvc',
  incorrect_number: 'incorrect_number',
  incorrect_zip: 'incorrect_address',
  invalid_card_type: 'card_not_supported',
  invalid_characters: 'incorrect_number',
  invalid_cvc: 'incorrect_cvc',
  invalid_expiry_month: 'incorrect_expiry',
  invalid_expiry_year: 'incorrect_expiry',
  invalid_number: 'incorrect_number',
  live_mode_test_card: 'test_card',
  payment_intent_authentication_failure: 'authentication_failed',
  payment_intent_payment_attempt_failed: 'generic',
  payment_intent_payment_attempt_expired: 'temporary',
  // A method the invoice cannot take (a SEPA debit for a USD invoice): another method will do.
  payment_intent_incompatible_payment_method: 'provider_declined',
  processing_error: 'temporary',
  setup_intent_authentication_failure: 'authentication_failed',
  setup_attempt_failed: 'generic',
  testmode_charges_only: 'test_card',
  amount_too_large: 'invalid_amount',
  amount_too_small: 'invalid_amount',
  charge_exceeds_source_limit: 'limit_exceeded',
  charge_exceeds_transaction_limit: 'limit_exceeded',
  invoice_payment_intent_requires_action: 'authentication_required',
  insufficient_funds: 'insufficient_funds',
  postal_code_invalid: 'incorrect_address',
  payment_method_unactivated: 'call_bank',
  payment_method_unexpected_state: 'temporary',
} as const satisfies Record<string, Entry>;

/**
 * Failure codes of local payment methods: bank debits (ACH, SEPA, Bacs, BECS, ACSS) and
 * wallets or redirect methods (PayPal, Klarna, iDEAL…), as error codes or decline codes.
 */
export const LOCAL_PAYMENT_METHOD_CODES = {
  account_closed: 'account_closed',
  account_frozen: 'bank_account_problem',
  bank_account_blocked: 'bank_account_problem',
  bank_account_closed: 'account_closed',
  bank_account_declined: 'bank_account_problem',
  bank_account_restricted: 'bank_account_problem',
  bank_account_unusable: 'bank_account_problem',
  bank_account_verification_failed: 'bank_account_problem',
  bank_ownership_changed: 'new_card_details',
  branch_does_not_exist: 'bank_account_problem',
  debit_authorization_not_match: 'debit_not_authorized',
  debit_disputed: 'debit_not_authorized',
  debit_not_authorized: 'debit_not_authorized',
  generic_could_not_process: 'temporary',
  incorrect_account_holder_address: 'bank_account_problem',
  incorrect_account_holder_name: 'bank_account_problem',
  incorrect_account_holder_tax_id: 'bank_account_problem',
  insufficient_funds: 'insufficient_funds',
  invalid_account_number: 'bank_account_problem',
  invalid_currency: 'currency_not_supported',
  no_account: 'account_closed',
  payment_method_bank_account_blocked: 'bank_account_problem',
  payment_method_currency_mismatch: 'currency_not_supported',
  payment_method_customer_decline: 'provider_declined',
  payment_method_not_available: 'temporary',
  payment_method_provider_decline: 'provider_declined',
  payment_method_provider_timeout: 'temporary',
  payment_method_microdeposit_verification_attempts_exceeded: 'bank_account_problem',
  payment_method_microdeposit_verification_timeout: 'bank_account_problem',
  refer_to_customer: 'call_bank',
} as const satisfies Record<string, Entry>;

/**
 * Codes Paymend itself answers, not Stripe. `retry_not_allowed`: the retry discipline refused to
 * charge a card again (a "never" decline on this invoice, or the networks' attempt limit); shown as a
 * generic decline because Stripe requires lost and stolen cards to look like `generic_decline`.
 */
export const PAYMEND_CODES = {
  retry_not_allowed: 'generic',
} as const satisfies Record<string, Entry>;

/** Advice codes (docs.stripe.com/declines/card#retrying-issuer-declines). */
export const ADVICE_CODES = ['confirm_card_data', 'do_not_try_again', 'try_again_later'] as const;
export type AdviceCode = (typeof ADVICE_CODES)[number];

/** Codes that only ever explain a problem, never reveal one: the union of the tables above. */
export type KnownCode =
  | keyof typeof CARD_DECLINE_CODES
  | keyof typeof CARD_ERROR_CODES
  | keyof typeof LOCAL_PAYMENT_METHOD_CODES
  | keyof typeof PAYMEND_CODES;

const own = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

/**
 * The entry for a failure whose code Paymend knows (the decline code is the most specific signal,
 * then the error code), or null. Stripe files some declines under other error types than
 * `card_error` (a failed 3-D Secure on a new card is an `invalid_request_error`), so a known code,
 * not the type, says that a failure is one the catalog explains.
 */
export function knownEntry(code: unknown, declineCode: unknown): Entry | null {
  for (const candidate of [declineCode, code]) {
    if (typeof candidate !== 'string' || candidate === '') continue;
    if (own(CARD_DECLINE_CODES, candidate)) return CARD_DECLINE_CODES[candidate];
    if (own(CARD_ERROR_CODES, candidate)) return CARD_ERROR_CODES[candidate];
    if (own(LOCAL_PAYMENT_METHOD_CODES, candidate)) return LOCAL_PAYMENT_METHOD_CODES[candidate];
    if (own(PAYMEND_CODES, candidate)) return PAYMEND_CODES[candidate];
  }
  return null;
}

/**
 * The entry for a failure, as `knownEntry`; anything unknown, empty or not a string falls back to
 * `generic`, never to the raw code.
 */
export function entryFor(code: unknown, declineCode: unknown): Entry {
  return knownEntry(code, declineCode) ?? 'generic';
}
