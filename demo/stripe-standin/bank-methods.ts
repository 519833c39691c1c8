/**
 * Bank-debit PaymentMethods and mandates from what a confirmation sends: `payment_method_data`
 * (type, IBAN or routing + account number, billing details) and `mandate_data` (how the customer
 * accepted). The API's form parameters and the offline Stripe.js's JSON are read the same way, with
 * Stripe's errors naming the parameter at fault, so the demo and the tests meet the same refusals.
 */
import {
  bankFingerprint,
  findTestIban,
  findTestUsAccount,
  ibanParts,
  isValidIban,
  isValidRoutingNumber,
  normalizeIban,
  type TestIban,
  type TestUsAccount,
} from './bank-accounts.js';
import type { CustomerAcceptance, Mandate } from './bank-types.js';
import { invalidRequest } from './errors.js';
import { FormError, paramName, ParamReader, type FormObject, type FormValue } from './form.js';
import { base62, newId } from './ids.js';
import type { BankPaymentMethod } from './types.js';

export type BankAccount = { type: 'sepa_debit'; account: TestIban } | { type: 'us_bank_account'; account: TestUsAccount };

export interface BillingDetails {
  name: string | null;
  email: string | null;
}

/** What a confirmation asks for: a bank account Stripe's test mode knows, and who holds it. */
export interface BankDetails {
  account: BankAccount;
  billing: BillingDetails;
  holderType: 'individual' | 'company';
  accountType: 'checking' | 'savings';
}

const DATA = 'payment_method_data';
const missing = (path: string[]) => new FormError(`Missing required param: ${paramName(path)}.`, paramName(path), 'parameter_missing');

function oneOf<T extends string>(params: ParamReader, path: string[], allowed: readonly T[], fallback: T): T {
  const value = params.string(...path);
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FormError(`Invalid ${paramName(path)}: must be one of ${allowed.join(', ')}`, paramName(path));
  }
  return value as T;
}

function requiredString(params: ParamReader, path: string[]): string {
  const value = params.string(...path)?.trim();
  if (!value) throw missing(path);
  return value;
}

/** `payment_method_data` of a SetupIntent confirmation; undefined when it is absent. */
export function bankDetailsFrom(params: ParamReader): BankDetails | undefined {
  if (!params.has(DATA)) return undefined;
  const type = params.string(DATA, 'type');
  if (!type) throw missing([DATA, 'type']);
  if (type !== 'sepa_debit' && type !== 'us_bank_account') {
    // Raw card numbers never go through the API; the stand-in creates bank methods this way only.
    throw invalidRequest(
      `The stand-in creates ${paramName([DATA])} of type sepa_debit or us_bank_account only; confirm cards with payment_method (a pm_card_* token or a pm id).`,
      paramName([DATA, 'type']),
      'payment_method_unsupported_type',
    );
  }
  const billing = billingFrom(params, type);
  const account = type === 'sepa_debit' ? sepaAccountFrom(params) : usAccountFrom(params);
  return {
    account,
    billing,
    holderType: oneOf(params, [DATA, 'us_bank_account', 'account_holder_type'], ['individual', 'company'] as const, 'individual'),
    accountType: oneOf(params, [DATA, 'us_bank_account', 'account_type'], ['checking', 'savings'] as const, 'checking'),
  };
}

/** Both debits need the holder's name; SEPA also an email, where Stripe sends the debit notices. */
function billingFrom(params: ParamReader, type: 'sepa_debit' | 'us_bank_account'): BillingDetails {
  const name = requiredString(params, [DATA, 'billing_details', 'name']);
  const email = params.string(DATA, 'billing_details', 'email')?.trim() || null;
  if (type === 'sepa_debit' && !email) throw missing([DATA, 'billing_details', 'email']);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw invalidRequest('Invalid email address: ' + email, paramName([DATA, 'billing_details', 'email']), 'email_invalid');
  }
  return { name, email };
}

function sepaAccountFrom(params: ParamReader): BankAccount {
  const path = [DATA, 'sepa_debit', 'iban'];
  const iban = normalizeIban(requiredString(params, path));
  if (!isValidIban(iban)) throw invalidRequest('The IBAN you provided is invalid.', paramName(path), 'payment_method_invalid_parameter');
  const known = findTestIban(iban);
  if (!known) {
    throw invalidRequest(
      `The IBAN ${iban.slice(0, 4)}…${iban.slice(-4)} is not one of Stripe's test IBANs (for example AT611904300234573201); test mode takes no real account.`,
      paramName(path),
      'payment_method_invalid_parameter_testmode',
    );
  }
  return { type: 'sepa_debit', account: known };
}

function usAccountFrom(params: ParamReader): BankAccount {
  const routingPath = [DATA, 'us_bank_account', 'routing_number'];
  const accountPath = [DATA, 'us_bank_account', 'account_number'];
  const routing = requiredString(params, routingPath);
  const number = requiredString(params, accountPath);
  if (!isValidRoutingNumber(routing)) throw invalidRequest('Routing number must have 9 digits', paramName(routingPath), 'routing_number_invalid');
  if (!/^\d{4,17}$/.test(number)) throw invalidRequest('Account number must have 4 to 17 digits', paramName(accountPath), 'account_number_invalid');
  const known = findTestUsAccount(number, routing);
  if (!known) {
    throw invalidRequest(
      `${number} / ${routing} is not one of Stripe's test bank accounts (routing 110000000 with, for example, 000123456789); test mode takes no real account.`,
      paramName(accountPath),
      'payment_method_invalid_parameter_testmode',
    );
  }
  return { type: 'us_bank_account', account: known };
}

/** What `mandate_data[customer_acceptance]` says, before Stripe stamps it; null when absent or emptied. */
export type AcceptanceInput = { type: 'online'; ipAddress: string; userAgent: string; acceptedAt?: number } | { type: 'offline'; acceptedAt?: number };

export function acceptanceFrom(params: ParamReader): AcceptanceInput | null {
  if (!params.has('mandate_data')) return null;
  const raw = params.raw.mandate_data;
  if (typeof raw === 'string') {
    // `mandate_data=` (Stripe's encoding of an emptied hash) means no acceptance given.
    if (raw === '') return null;
    throw new FormError('Invalid mandate_data: must be a hash', 'mandate_data');
  }
  const base = ['mandate_data', 'customer_acceptance'];
  const type = params.string(...base, 'type');
  if (!type) throw missing([...base, 'type']);
  const acceptedAt = params.integer([...base, 'accepted_at'], 0, 253402300799);
  if (type === 'offline') return { type, ...(acceptedAt !== undefined ? { acceptedAt } : {}) };
  if (type !== 'online') throw new FormError(`Invalid ${paramName([...base, 'type'])}: must be one of online, offline`, paramName([...base, 'type']));
  return {
    type,
    ipAddress: requiredString(params, [...base, 'online', 'ip_address']),
    userAgent: requiredString(params, [...base, 'online', 'user_agent']),
    ...(acceptedAt !== undefined ? { acceptedAt } : {}),
  };
}

/**
 * The offline Stripe.js's confirmation body, read as the API reads its form: a JSON object of
 * strings becomes the same parameters, so a bad IBAN typed in the demo gets the API's answer.
 */
export function readerForJson(json: Record<string, unknown>): ParamReader {
  const toForm = (value: unknown, path: string): FormValue => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const out: FormObject = Object.create(null);
      for (const [k, v] of Object.entries(value)) out[k] = toForm(v, `${path}[${k}]`);
      return out;
    }
    throw new FormError(`Invalid value for ${path}`, path);
  };
  const form: FormObject = Object.create(null);
  for (const [key, value] of Object.entries(json)) form[key] = toForm(value, key);
  return new ParamReader(form);
}

export function stampAcceptance(input: AcceptanceInput, now: number): CustomerAcceptance {
  const acceptedAt = input.acceptedAt ?? now;
  return input.type === 'online'
    ? { accepted_at: acceptedAt, online: { ip_address: input.ipAddress, user_agent: input.userAgent }, type: 'online' }
    : { accepted_at: acceptedAt, offline: {}, type: 'offline' };
}

const emptyAddress = () => ({ city: null, country: null, line1: null, line2: null, postal_code: null, state: null });

export function buildBankPaymentMethod(details: BankDetails, now: number): BankPaymentMethod {
  const base = {
    id: newId('pm'),
    object: 'payment_method' as const,
    allow_redisplay: 'unspecified' as const,
    billing_details: { address: emptyAddress(), email: details.billing.email, name: details.billing.name, phone: null, tax_id: null },
    created: now,
    customer: null,
    customer_account: null,
    livemode: false as const,
    metadata: {},
  };
  if (details.account.type === 'sepa_debit') {
    const parts = ibanParts(details.account.account.iban);
    return {
      ...base,
      sepa_debit: {
        bank_code: parts.bankCode,
        branch_code: parts.branchCode,
        country: parts.country,
        fingerprint: bankFingerprint(details.account.account.iban),
        generated_from: { charge: null, setup_attempt: null },
        last4: parts.last4,
      },
      type: 'sepa_debit',
    };
  }
  const account = details.account.account;
  return {
    ...base,
    type: 'us_bank_account',
    us_bank_account: {
      account_holder_type: details.holderType,
      account_type: details.accountType,
      bank_name: 'STRIPE TEST BANK',
      financial_connections_account: null,
      fingerprint: bankFingerprint(`${account.routingNumber}:${account.accountNumber}`),
      last4: account.accountNumber.slice(-4),
      networks: { preferred: 'ach', supported: ['ach'] },
      routing_number: account.routingNumber,
      status_details: null,
    },
  };
}

export function buildMandate(pm: BankPaymentMethod, acceptance: CustomerAcceptance): Mandate {
  return {
    id: newId('mandate'),
    object: 'mandate',
    customer_acceptance: acceptance,
    livemode: false,
    multi_use: {},
    payment_method: pm.id,
    payment_method_details:
      pm.type === 'sepa_debit'
        ? { type: 'sepa_debit', sepa_debit: { reference: base62(16).toUpperCase(), url: `https://payments.stripe.com/sepa_debit/mandate/test_${base62(32)}` } }
        : { type: 'us_bank_account', us_bank_account: { collection_method: null } },
    status: 'active',
    type: 'multi_use',
  };
}
