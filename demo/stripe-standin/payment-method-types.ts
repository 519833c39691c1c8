/**
 * PaymentMethod shapes: a card, a SEPA Direct Debit account or a US bank account. As in Stripe,
 * only the object named by `type` is present (a SEPA method has no `card`), so code that reads a
 * card's expiry must first ask which kind it holds.
 */
import type { SepaDebitDetails, UsBankAccountDetails } from './bank-types.js';
import type { Address, Id, Metadata } from './types.js';

export interface Card {
  brand: string;
  checks: { address_line1_check: null; address_postal_code_check: null; cvc_check: 'pass' | 'fail' | 'unchecked' };
  country: string;
  display_brand: string;
  exp_month: number;
  exp_year: number;
  fingerprint: string;
  funding: 'credit' | 'debit' | 'prepaid' | 'unknown';
  generated_from: null;
  last4: string;
  networks: { available: string[]; preferred: string | null };
  regulated_status: 'unregulated';
  three_d_secure_usage: { supported: boolean };
  /** Set when the card came from a wallet (wallets.ts): Stripe's `card.wallet`. */
  wallet: CardWallet | null;
}

/** `card.wallet` as Stripe shapes it: the wallet's type, the device number's last 4, and a hash of its own. */
export interface CardWallet {
  type: 'google_pay' | 'apple_pay';
  dynamic_last4: string | null;
  google_pay?: Record<string, never>;
  apple_pay?: Record<string, never>;
}

/** What every kind shares. */
interface PaymentMethodBase {
  id: Id;
  object: 'payment_method';
  allow_redisplay: 'unspecified' | 'always' | 'limited';
  billing_details: { address: Address; email: string | null; name: string | null; phone: string | null; tax_id: null };
  created: number;
  customer: Id | null;
  customer_account: null;
  livemode: false;
  metadata: Metadata;
}

export interface CardPaymentMethod extends PaymentMethodBase {
  card: Card;
  type: 'card';
}

export interface SepaDebitPaymentMethod extends PaymentMethodBase {
  sepa_debit: SepaDebitDetails;
  type: 'sepa_debit';
}

export interface UsBankAccountPaymentMethod extends PaymentMethodBase {
  type: 'us_bank_account';
  us_bank_account: UsBankAccountDetails;
}

export type PaymentMethod = CardPaymentMethod | SepaDebitPaymentMethod | UsBankAccountPaymentMethod;
export type BankPaymentMethod = SepaDebitPaymentMethod | UsBankAccountPaymentMethod;
