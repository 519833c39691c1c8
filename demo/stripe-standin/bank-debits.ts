/**
 * Bank debits (SEPA Direct Debit, ACH Direct Debit) as Stripe test mode runs them: a SEPA mandate
 * is accepted at once; an ACH account entered by hand waits for micro-deposits; a debit stays
 * `processing` for days and then succeeds or is returned. "Later" is never a timer a test has to
 * wait for: `settleDebits` settles on request, and `settleDueDebits` settles what the stand-in's
 * clock says is due (run before every API request, and by a scheduler the demo's clock drives).
 */
import { BANK_SCENARIOS, findTestIban, findTestUsAccount, TEST_ROUTING_NUMBER, type DebitOutcome } from './bank-accounts.js';
import { buildBankPaymentMethod, buildMandate, stampAcceptance, type AcceptanceInput, type BankAccount, type BankDetails } from './bank-methods.js';
import { failMicrodeposits, startMicrodeposits, timeOutMicrodeposits, verifyMicrodeposits, type Microdeposits, type VerifyInput } from './microdeposits.js';
import type { Engine, PaymentMode } from './engine.js';
import { docUrl, invalidRequest, StripeApiError } from './errors.js';
import { newId } from './ids.js';
import { approvedOutcome } from './objects.js';
import { snapshot } from './store.js';
import type { BankPaymentMethod, Charge, PaymentIntent, PaymentMethod, SetupIntent } from './types.js';

/** Business days until Stripe learns whether a debit went through (its docs: SEPA 5, ACH 4). */
const SETTLEMENT_BUSINESS_DAYS = { sepa_debit: 5, us_bank_account: 4 } as const;
/** Which currency each debit network takes. */
export const DEBIT_CURRENCY = { sepa_debit: 'eur', us_bank_account: 'usd' } as const;

interface ProcessingDebit {
  paymentIntent: string;
  charge: string;
  paymentMethod: string;
  settleAt: number;
  mode: PaymentMode;
}

/** Runs `fn` after `ms` of the stand-in's clock; the demo hands in its clock, tests hand in nothing. */
export type Scheduler = (fn: () => void, ms: number) => void;

interface DebitState {
  /** The account behind each bank PaymentMethod: Stripe knows the number, the object only shows last4. */
  accounts: Map<string, BankAccount>;
  processing: Map<string, ProcessingDebit>;
  microdeposits: Map<string, Microdeposits>;
  /** Origin of the stand-in's own pages (the hosted micro-deposit verification). */
  origin: string;
  schedule?: Scheduler;
}

const states = new WeakMap<Engine, DebitState>();

/** @internal */
export function debitState(engine: Engine): DebitState {
  let state = states.get(engine);
  if (!state) {
    state = { accounts: new Map(), processing: new Map(), microdeposits: new Map(), origin: 'http://127.0.0.1' };
    states.set(engine, state);
  }
  return state;
}

export function configureDebits(engine: Engine, o: { origin?: string; schedule?: Scheduler }): void {
  const state = debitState(engine);
  if (o.origin !== undefined) state.origin = o.origin;
  if (o.schedule !== undefined) state.schedule = o.schedule;
}

export function isBankMethod(pm: PaymentMethod): pm is BankPaymentMethod {
  return pm.type === 'sepa_debit' || pm.type === 'us_bank_account';
}

export function createBankPaymentMethod(engine: Engine, details: BankDetails): BankPaymentMethod {
  const pm = engine.store.insert(buildBankPaymentMethod(details, engine.now()));
  debitState(engine).accounts.set(pm.id, details.account);
  return pm;
}

function accountOf(engine: Engine, pm: BankPaymentMethod): BankAccount {
  const account = debitState(engine).accounts.get(pm.id);
  if (!account) throw new Error(`No test bank account behind ${pm.id}`);
  return account;
}

// ---------------------------------------------------------------- setup

/**
 * Confirming a SetupIntent with a bank method: the mandate must have been accepted (Stripe.js sends
 * the browser's; the API caller passes `mandate_data`). SEPA succeeds at once; an ACH account entered
 * by hand needs micro-deposits first (`requires_action`, `verify_with_microdeposits`).
 */
export function confirmBankSetup(
  engine: Engine,
  si: SetupIntent,
  pm: BankPaymentMethod,
  acceptance: AcceptanceInput | null,
): { setupIntent: SetupIntent; error?: StripeApiError } {
  if (!acceptance) {
    throw invalidRequest(
      'This SetupIntent requires a mandate, but no existing mandate was found. Collect mandate acceptance from the customer and try again, providing acceptance data in the mandate_data parameter.',
      'mandate_data',
      'setup_intent_mandate_invalid',
    );
  }
  si.last_setup_error = null;
  si.next_action = null;
  si.payment_method = pm.id;
  const account = accountOf(engine, pm);
  if (account.type === 'sepa_debit') {
    succeedBankSetup(engine, si, pm, acceptance);
    return { setupIntent: si };
  }
  if (account.account.microdeposits === 'fail') {
    const error = failMicrodeposits(engine, si, pm);
    return { setupIntent: si, error: new StripeApiError(400, { ...error, setup_intent: snapshot(si) }) };
  }
  startMicrodeposits(engine, si, acceptance, debitState(engine));
  return { setupIntent: si };
}

/** @internal The mandate is created and the method attached only once the account is known to be the customer's. */
export function succeedBankSetup(engine: Engine, si: SetupIntent, pm: BankPaymentMethod, acceptance: AcceptanceInput): void {
  const mandate = engine.store.insert(buildMandate(pm, stampAcceptance(acceptance, engine.now())));
  si.status = 'succeeded';
  si.next_action = null;
  si.last_setup_error = null;
  si.mandate = mandate.id;
  if (si.customer && pm.customer === null) engine.attach(pm, engine.store.require('customer', si.customer));
  engine.emit('setup_intent.succeeded', si);
}

// ---------------------------------------------------------------- charging

function addBusinessDays(unixSeconds: number, days: number): number {
  const d = new Date(unixSeconds * 1000);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return Math.floor(d.getTime() / 1000);
}

/**
 * The debit is sent: the PaymentIntent is `processing` with a pending charge, and nothing more is
 * known until the bank answers (`settleDebits`, or the clock passing `settleAt`).
 */
export function startDebit(engine: Engine, pi: PaymentIntent, pm: BankPaymentMethod, mode: PaymentMode): void {
  const now = engine.now();
  const charge = engine.store.insert(buildPendingCharge(pi, pm, now));
  pi.status = 'processing';
  pi.payment_method = pm.id;
  pi.latest_charge = charge.id;
  pi.last_payment_error = null;
  pi.next_action = null;
  engine.emit('payment_intent.processing', pi);
  const state = debitState(engine);
  const settleAt = addBusinessDays(now, SETTLEMENT_BUSINESS_DAYS[pm.type]);
  state.processing.set(pi.id, { paymentIntent: pi.id, charge: charge.id, paymentMethod: pm.id, settleAt, mode });
  state.schedule?.(() => settleDueDebits(engine), (settleAt - now) * 1000);
}

function buildPendingCharge(pi: PaymentIntent, pm: BankPaymentMethod, now: number): Charge {
  return {
    id: newId('py'),
    object: 'charge',
    amount: pi.amount,
    amount_captured: pi.amount,
    amount_refunded: 0,
    captured: true,
    created: now,
    currency: pi.currency,
    customer: pi.customer,
    description: pi.description,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: {},
    outcome: approvedOutcome(),
    paid: false,
    payment_intent: pi.id,
    payment_method: pm.id,
    refunded: false,
    status: 'pending',
  };
}

/** Settles every processing debit (or the one on `paymentIntent`) now, whatever the clock says. Returns the settled intents. */
export function settleDebits(engine: Engine, o: { paymentIntent?: string } = {}): PaymentIntent[] {
  const state = debitState(engine);
  if (o.paymentIntent !== undefined && !state.processing.has(o.paymentIntent)) {
    throw new Error(`${o.paymentIntent} has no bank debit processing`);
  }
  const due = [...state.processing.values()].filter((d) => o.paymentIntent === undefined || d.paymentIntent === o.paymentIntent);
  return due.flatMap((d) => settle(engine, d));
}

/** What the clock made due: debits past their settlement day, micro-deposits past their 10 days. */
export function settleDueDebits(engine: Engine): PaymentIntent[] {
  const state = debitState(engine);
  const now = engine.now();
  for (const [siId, m] of [...state.microdeposits]) {
    if (m.expiresAt <= now) timeOutMicrodeposits(engine, engine.store.require('setup_intent', siId), state);
  }
  const due = [...state.processing.values()].filter((d) => d.settleAt <= now).sort((a, b) => a.settleAt - b.settleAt);
  return due.flatMap((d) => settle(engine, d));
}

function outcomeOf(account: BankAccount): DebitOutcome {
  return account.account.payment;
}

function settle(engine: Engine, debit: ProcessingDebit): PaymentIntent[] {
  const pm = engine.store.require('payment_method', debit.paymentMethod) as BankPaymentMethod;
  const outcome = outcomeOf(accountOf(engine, pm));
  if (outcome.kind === 'stay_processing') return [];
  debitState(engine).processing.delete(debit.paymentIntent);
  const pi = engine.store.require('payment_intent', debit.paymentIntent);
  const charge = engine.store.require('charge', debit.charge);
  const invoiceId = engine.invoiceOf(pi.id);
  const invoice = invoiceId ? engine.store.require('invoice', invoiceId) : undefined;
  if (outcome.kind === 'succeed') {
    charge.status = 'succeeded';
    charge.paid = true;
    pi.status = 'succeeded';
    pi.amount_received = pi.amount;
    engine.emit('payment_intent.succeeded', pi);
    if (invoice?.status === 'open') engine.markPaid(invoice, pi);
    return [pi];
  }
  const { failure } = outcome;
  charge.status = 'failed';
  charge.paid = false;
  charge.amount_captured = 0;
  charge.failure_code = failure.failureCode;
  charge.failure_message = failure.message;
  charge.outcome = { ...charge.outcome, network_status: 'declined_by_network', reason: failure.failureCode, seller_message: 'The bank returned the debit.', type: 'issuer_declined' };
  pi.status = 'requires_payment_method';
  pi.payment_method = null;
  pi.last_payment_error = {
    type: 'card_error',
    code: failure.errorCode,
    charge: charge.id,
    doc_url: docUrl(failure.errorCode),
    message: failure.message,
    payment_method: snapshot(pm),
  };
  engine.emit('payment_intent.payment_failed', pi);
  if (invoice?.status === 'open') {
    const sub = engine.store.require('subscription', invoice.parent.subscription_details.subscription);
    const customer = engine.store.require('customer', invoice.customer);
    // The attempt was counted when the debit was sent.
    engine.recordFailedAttempt(invoice, sub, customer, { mode: debit.mode, counted: true });
  }
  return [pi];
}

/** Whether a payment on this PaymentIntent is still on its way to the bank. */
export function isProcessing(engine: Engine, paymentIntentId: string): boolean {
  return debitState(engine).processing.has(paymentIntentId);
}

// ---------------------------------------------------------------- seeding

export type BankAccountRef = keyof typeof BANK_SCENARIOS | string;

/** A scenario name, a test IBAN or a test US account number (routing 110000000) -> the account. */
function resolveAccount(ref: string): BankAccount {
  const value = ref in BANK_SCENARIOS ? BANK_SCENARIOS[ref as keyof typeof BANK_SCENARIOS] : ref;
  const iban = findTestIban(value);
  if (iban) return { type: 'sepa_debit', account: iban };
  const us = findTestUsAccount(value, TEST_ROUTING_NUMBER);
  if (us) return { type: 'us_bank_account', account: us };
  throw new Error(`Unknown test bank account ${ref}; use one of ${Object.keys(BANK_SCENARIOS).join(', ')}, or a number in bank-accounts.ts`);
}

/**
 * Seeding helper: a bank account the customer already set up (mandate accepted, ACH verified), as
 * `attachCard` seeds a card. `makeDefault` defaults to true when the customer has no default yet.
 */
export function attachBankAccount(engine: Engine, customerId: string, ref: BankAccountRef, o: { makeDefault?: boolean } = {}): BankPaymentMethod {
  const customer = engine.store.require('customer', customerId);
  const account = resolveAccount(ref);
  const pm = createBankPaymentMethod(engine, {
    account,
    billing: { name: customer.name ?? 'Jenny Rosen', email: customer.email ?? 'jenny.rosen@example.com' },
    holderType: 'individual',
    accountType: 'checking',
  });
  engine.store.insert(buildMandate(pm, stampAcceptance({ type: 'offline' }, engine.now())));
  engine.attach(pm, customer);
  const makeDefault = o.makeDefault ?? customer.invoice_settings.default_payment_method === null;
  if (makeDefault) engine.updateCustomer(customer.id, { defaultPaymentMethod: pm.id });
  return pm;
}

/** POST /v1/setup_intents/:id/verify_microdeposits. */
export function verifyMicrodepositsFor(engine: Engine, setupIntentId: string, input: VerifyInput): SetupIntent {
  return verifyMicrodeposits(engine, setupIntentId, input, debitState(engine));
}
