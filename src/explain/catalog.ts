import type { AdviceCode, Entry } from './codes.js';

/** How serious it is for the customer's subscription. */
export type Severity = 'info' | 'warning' | 'error';
/** Who can fix it: the customer (new details or another method), their bank, or time. */
export type FixBy = 'customer' | 'bank' | 'retry';
/** The one next step Paymend recommends. */
export type NextStep = 'update_card' | 'use_another_method' | 'call_bank' | 'confirm_with_bank' | 'try_again_later';

export interface EntryFacts {
  severity: Severity;
  fixBy: FixBy;
  nextStep: NextStep;
}

/** What each explanation means, independent of language. */
export const CATALOG: Record<Entry, EntryFacts> = {
  insufficient_funds: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  expired_card: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  incorrect_cvc: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  incorrect_number: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  incorrect_expiry: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  incorrect_address: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  card_not_supported: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  currency_not_supported: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  not_allowed: { severity: 'error', fixBy: 'bank', nextStep: 'call_bank' },
  payment_stopped: { severity: 'error', fixBy: 'bank', nextStep: 'call_bank' },
  limit_exceeded: { severity: 'error', fixBy: 'retry', nextStep: 'use_another_method' },
  call_bank: { severity: 'error', fixBy: 'bank', nextStep: 'call_bank' },
  generic: { severity: 'error', fixBy: 'bank', nextStep: 'use_another_method' },
  temporary: { severity: 'warning', fixBy: 'retry', nextStep: 'try_again_later' },
  duplicate: { severity: 'warning', fixBy: 'retry', nextStep: 'try_again_later' },
  invalid_amount: { severity: 'error', fixBy: 'bank', nextStep: 'call_bank' },
  new_card_details: { severity: 'error', fixBy: 'customer', nextStep: 'update_card' },
  account_closed: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  authentication_required: { severity: 'warning', fixBy: 'customer', nextStep: 'confirm_with_bank' },
  authentication_failed: { severity: 'error', fixBy: 'customer', nextStep: 'confirm_with_bank' },
  test_card: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  debit_not_authorized: { severity: 'error', fixBy: 'bank', nextStep: 'use_another_method' },
  bank_account_problem: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
  provider_declined: { severity: 'error', fixBy: 'customer', nextStep: 'use_another_method' },
};

/**
 * The card network's advice overrides the catalog's next step: it knows whether a retry can work.
 * (`confirm_card_data` means the details on file are wrong or outdated.)
 */
export const ADVICE_NEXT_STEP: Record<AdviceCode, NextStep> = {
  confirm_card_data: 'update_card',
  do_not_try_again: 'use_another_method',
  try_again_later: 'try_again_later',
};
