/**
 * Shapes of the bank-debit objects (API 2026-10-28.endive): what a `sepa_debit` or `us_bank_account`
 * PaymentMethod shows of the account, the mandate the customer accepted, and the micro-deposit
 * next action of an ACH SetupIntent. Kept apart from types.ts, which holds the card-era objects.
 */
import type { Id } from './types.js';

/** `payment_method.sepa_debit`: Stripe never shows the IBAN again, only what identifies the account. */
export interface SepaDebitDetails {
  bank_code: string;
  branch_code: string;
  country: string;
  fingerprint: string;
  generated_from: { charge: null; setup_attempt: null };
  last4: string;
}

/** `payment_method.us_bank_account`, for an account entered by hand (no Financial Connections). */
export interface UsBankAccountDetails {
  account_holder_type: 'individual' | 'company';
  account_type: 'checking' | 'savings';
  bank_name: string;
  financial_connections_account: null;
  fingerprint: string;
  last4: string;
  networks: { preferred: 'ach'; supported: ['ach'] };
  routing_number: string;
  status_details: null;
}

/** How the customer accepted the mandate: online from a browser, or offline (paper, phone). */
export type CustomerAcceptance =
  | { accepted_at: number; online: { ip_address: string; user_agent: string }; type: 'online' }
  | { accepted_at: number; offline: Record<string, never>; type: 'offline' };

/** The permission to debit the account, created when the SetupIntent succeeds. */
export interface Mandate {
  id: Id;
  object: 'mandate';
  customer_acceptance: CustomerAcceptance;
  livemode: false;
  multi_use: Record<string, never>;
  payment_method: Id;
  payment_method_details:
    | { type: 'sepa_debit'; sepa_debit: { reference: string; url: string } }
    | { type: 'us_bank_account'; us_bank_account: { collection_method: null } };
  status: 'active' | 'inactive' | 'pending';
  type: 'multi_use';
}

/** An ACH SetupIntent waiting for the customer to confirm the deposits Stripe sent. */
export interface MicrodepositsAction {
  type: 'verify_with_microdeposits';
  verify_with_microdeposits: {
    arrival_date: number;
    hosted_verification_url: string;
    microdeposit_type: 'amounts' | 'descriptor_code';
  };
}
