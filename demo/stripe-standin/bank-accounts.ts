/**
 * Stripe's test bank accounts (docs.stripe.com/payments/sepa-debit/accept-a-payment and
 * …/ach-direct-debit/set-up-payment, "Test your integration"), with the outcome real test mode
 * gives each when it is debited, so the demo teaches the real thing as cards.ts does for cards.
 * The "delayed" IBANs settle like the others here: the stand-in settles when told or when its clock
 * says so (bank-debits.ts), never on a timer of its own.
 */
import { createHash } from 'node:crypto';
import { normalizeIban } from './bank-checks.js';
import type { DocumentedErrorCode } from './error-codes.js';

export { isValidIban, isValidRoutingNumber, normalizeIban } from './bank-checks.js';

/**
 * A returned debit. `failureCode` is what the Charge reports (Stripe's SEPA / ACH failure codes,
 * which are not all API error codes); `errorCode` is the documented code the PaymentIntent's
 * `last_payment_error` carries.
 */
export interface DebitFailure {
  failureCode: string;
  errorCode: DocumentedErrorCode;
  message: string;
}

export type DebitOutcome =
  | { kind: 'succeed' }
  | { kind: 'fail'; failure: DebitFailure }
  /** `000000000009`: "stays in processing indefinitely"; settling skips it. */
  | { kind: 'stay_processing' };

export interface TestIban {
  iban: string;
  payment: DebitOutcome;
}

export interface TestUsAccount {
  accountNumber: string;
  routingNumber: string;
  /** `fail`: Stripe cannot send the micro-deposits (`000666666661`), the setup fails at once. */
  microdeposits: 'sent' | 'fail';
  payment: DebitOutcome;
}

const failure = (failureCode: string, errorCode: DocumentedErrorCode, message: string): DebitOutcome => ({
  kind: 'fail',
  failure: { failureCode, errorCode, message },
});
const ok: DebitOutcome = { kind: 'succeed' };
// The generic failing IBANs carry no reason: Stripe's SEPA code for that is generic_could_not_process.
const sepaFailed = failure('generic_could_not_process', 'payment_method_provider_decline', 'The bank could not process this debit.');
const insufficient = failure('insufficient_funds', 'insufficient_funds', "The customer's account has insufficient funds to cover this payment.");

export const TEST_IBANS: readonly TestIban[] = [
  { iban: 'AT611904300234573201', payment: ok },
  { iban: 'AT321904300235473204', payment: ok },
  { iban: 'AT861904300235473202', payment: sepaFailed },
  { iban: 'AT051904300235473205', payment: sepaFailed },
  { iban: 'AT981904300002222227', payment: insufficient },
  { iban: 'BE62510007547061', payment: ok },
  { iban: 'BE68539007547034', payment: sepaFailed },
  { iban: 'BE90510002222227', payment: insufficient },
  { iban: 'DE89370400440532013000', payment: ok },
  { iban: 'DE08370400440532013003', payment: ok },
  { iban: 'DE62370400440532013001', payment: sepaFailed },
  { iban: 'DE78370400440532013004', payment: sepaFailed },
  { iban: 'FR1420041010050500013M02606', payment: ok },
  { iban: 'FR8420041010050500013M02607', payment: sepaFailed },
  { iban: 'FR9720041010050000002222227', payment: insufficient },
];

export const TEST_ROUTING_NUMBER = '110000000';

const us = (accountNumber: string, payment: DebitOutcome, microdeposits: TestUsAccount['microdeposits'] = 'sent'): TestUsAccount => ({
  accountNumber,
  routingNumber: TEST_ROUTING_NUMBER,
  microdeposits,
  payment,
});

export const TEST_US_ACCOUNTS: readonly TestUsAccount[] = [
  us('000123456789', ok),
  us('000111111113', failure('account_closed', 'account_closed', "The customer's bank account has been closed.")),
  us('000111111116', failure('no_account', 'no_account', "The customer's bank account could not be located.")),
  us('000222222227', insufficient),
  us('000333333335', failure('debit_not_authorized', 'debit_not_authorized', 'The customer has notified their bank that this payment was unauthorized.')),
  us('000666666661', ok, 'fail'),
  us('000000000009', { kind: 'stay_processing' }),
];

/** Names for the seeding helpers, so a scenario reads as what it tests. */
export const BANK_SCENARIOS = {
  sepa_success: 'AT611904300234573201',
  sepa_failure: 'AT861904300235473202',
  sepa_insufficient_funds: 'AT981904300002222227',
  ach_success: '000123456789',
  ach_insufficient_funds: '000222222227',
  ach_account_closed: '000111111113',
  ach_processing: '000000000009',
} as const;
export type BankScenario = keyof typeof BANK_SCENARIOS;

export function findTestIban(value: string): TestIban | undefined {
  const iban = normalizeIban(value);
  return TEST_IBANS.find((t) => t.iban === iban);
}

export function findTestUsAccount(accountNumber: string, routingNumber: string): TestUsAccount | undefined {
  return TEST_US_ACCOUNTS.find((t) => t.accountNumber === accountNumber && t.routingNumber === routingNumber);
}

/** Where an IBAN keeps its bank and branch, for the countries whose test IBANs the stand-in knows. */
const BANK_CODE_SPANS: Record<string, { bank: [number, number]; branch?: [number, number] }> = {
  AT: { bank: [4, 9] },
  BE: { bank: [4, 7] },
  DE: { bank: [4, 12] },
  FR: { bank: [4, 9], branch: [9, 14] },
};

export function ibanParts(value: string): { country: string; bankCode: string; branchCode: string; last4: string } {
  const iban = normalizeIban(value);
  const span = BANK_CODE_SPANS[iban.slice(0, 2)] ?? { bank: [4, 8] };
  return {
    country: iban.slice(0, 2),
    bankCode: iban.slice(...span.bank),
    branchCode: span.branch ? iban.slice(...span.branch) : '',
    last4: iban.slice(-4),
  };
}

/** Stable per account, like Stripe's fingerprint: the same account saved twice is recognisable. */
export function bankFingerprint(account: string): string {
  return createHash('sha256').update(`standin-bank:${account}`).digest('base64url').replace(/[-_]/g, '').slice(0, 16);
}
