/**
 * SetupIntents: saving a card for later, as Stripe.js `confirmSetup` and the API do it, with the
 * test cards' setup outcomes (a decline, a 3-D Secure challenge) and the events real test mode sends.
 * A bank account goes its own way once created (bank-debits.ts: mandate, micro-deposits).
 */
import { confirmBankSetup, createBankPaymentMethod, isBankMethod } from './bank-debits.js';
import type { AcceptanceInput, BankDetails } from './bank-methods.js';
import { declineFor, findTestCard, type Outcome } from './cards.js';
import type { Engine } from './engine.js';
import { docUrl, invalidRequest, StripeApiError } from './errors.js';
import { buildSetupIntent, threeDSecureAction } from './objects.js';
import { snapshot } from './store.js';
import type { PaymentMethod, SetupIntent } from './types.js';

export interface SetupIntentParams {
  customer?: string;
  usage?: 'on_session' | 'off_session';
  paymentMethodTypes?: string[];
  automaticPaymentMethods?: boolean;
  paymentMethodConfiguration?: string;
  description?: string;
  metadata?: Record<string, string>;
  paymentMethod?: string;
}

/** What an account with cards, SEPA and ACH Direct Debit turned on offers when Stripe picks the methods. */
export const AUTOMATIC_PAYMENT_METHOD_TYPES = ['card', 'sepa_debit', 'us_bank_account'];

/** POST /v1/setup_intents. */
export function createSetupIntent(engine: Engine, p: SetupIntentParams): SetupIntent {
  if (p.customer !== undefined) engine.store.require('customer', p.customer, 'customer', 400);
  const pm = p.paymentMethod ? engine.resolvePaymentMethod(p.paymentMethod, 'payment_method') : undefined;
  const automatic = p.automaticPaymentMethods ?? !p.paymentMethodTypes;
  if (p.paymentMethodConfiguration !== undefined) checkConfiguration(p.paymentMethodConfiguration, p.paymentMethodTypes, automatic);
  const si = buildSetupIntent(
    {
      customer: p.customer ?? null,
      usage: p.usage ?? 'off_session',
      paymentMethodTypes: p.paymentMethodTypes ?? (automatic ? [...AUTOMATIC_PAYMENT_METHOD_TYPES] : ['card']),
      // Without an explicit list, Stripe turns on automatic payment methods (API 2023-08-16+).
      automatic,
      paymentMethodConfiguration: p.paymentMethodConfiguration ?? null,
      description: p.description ?? null,
      metadata: p.metadata ?? {},
      paymentMethod: pm?.id ?? null,
    },
    engine.now(),
  );
  engine.store.insert(si);
  engine.emit('setup_intent.created', si);
  return si;
}

/**
 * Stripe picks methods from a configuration only when it picks them automatically: a configuration
 * beside an explicit list, or with automatic payment methods turned off, is refused; so is an id
 * that names no configuration (the stand-in knows every well-formed `pmc_…` and nothing else).
 */
function checkConfiguration(id: string, explicitTypes: string[] | undefined, automatic: boolean): void {
  if (!/^pmc_[A-Za-z0-9]+$/.test(id)) {
    throw invalidRequest(`No such payment_method_configuration: '${id}'`, 'payment_method_configuration', 'resource_missing');
  }
  if (explicitTypes !== undefined) {
    throw invalidRequest(
      'You cannot pass `payment_method_configuration` together with `allowed_payment_method_types`: the configuration chooses the payment methods.',
      'payment_method_configuration',
      'parameters_exclusive',
    );
  }
  if (!automatic) {
    throw invalidRequest(
      '`payment_method_configuration` can only be used when `automatic_payment_methods[enabled]` is true.',
      'payment_method_configuration',
    );
  }
}

/** What confirming (or attaching) does with this card: an expired one is declined whatever its number. */
export function setupOutcome(engine: Engine, pm: PaymentMethod): Outcome {
  if (pm.type !== 'card') throw new Error(`${pm.id} is a ${pm.type} method: bank accounts are set up in bank-debits.ts`);
  if (engine.isExpired(pm)) return { kind: 'decline', decline: declineFor('expired_card') };
  return engine.cardOf(pm).setup;
}

/** A card (`pm_card_*` token, test card number or pm id), or a bank account to create with its mandate acceptance. */
export type ConfirmWith = string | { paymentMethod?: string; paymentMethodData?: BankDetails; acceptance?: AcceptanceInput | null };

/**
 * Confirm a SetupIntent, as Stripe.js `confirmSetup` does. Returns the intent and, on a decline,
 * the error an API caller gets; the intent then carries `last_setup_error` either way.
 */
export function confirmSetupIntent(engine: Engine, id: string, using?: ConfirmWith): { setupIntent: SetupIntent; error?: StripeApiError } {
  const o = typeof using === 'string' ? { paymentMethod: using } : (using ?? {});
  const cardRef = o.paymentMethod;
  const si = engine.store.require('setup_intent', id);
  if (si.status !== 'requires_payment_method' && si.status !== 'requires_confirmation' && si.status !== 'requires_action') {
    throw invalidRequest(
      `You cannot confirm this SetupIntent because it has a status of ${si.status}.`,
      undefined,
      'setup_intent_unexpected_state',
    );
  }
  if (o.paymentMethodData && cardRef) {
    throw invalidRequest('You may only specify one of these parameters: payment_method, payment_method_data.', 'payment_method_data', 'parameters_exclusive');
  }
  const ref = o.paymentMethodData ? undefined : (cardRef ?? si.payment_method ?? undefined);
  if (!ref && !o.paymentMethodData) {
    throw invalidRequest(
      "You cannot confirm this SetupIntent because it's missing a payment method. Update the SetupIntent with a payment method and then confirm it again.",
      'payment_method',
      'setup_intent_unexpected_state',
    );
  }
  const pm = o.paymentMethodData ? createBankPaymentMethod(engine, o.paymentMethodData) : paymentMethodForConfirm(engine, ref!);
  if (!si.payment_method_types.includes(pm.type)) {
    throw invalidRequest(
      `The payment method type provided: ${pm.type} is invalid. This SetupIntent accepts: ${si.payment_method_types.join(', ')}.`,
      'payment_method',
      'setup_intent_invalid_parameter',
    );
  }
  if (pm.customer !== null && pm.customer !== si.customer) {
    throw invalidRequest(
      'The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, shared with a connected account without Customer attachment, or was detached from a Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it to a Customer first.',
      'payment_method',
      'payment_method_unexpected_state',
    );
  }
  if (isBankMethod(pm)) return confirmBankSetup(engine, si, pm, o.acceptance ?? null);
  si.last_setup_error = null;
  si.next_action = null;
  si.payment_method = pm.id;
  const outcome = setupOutcome(engine, pm);
  switch (outcome.kind) {
    case 'succeed':
      succeedSetup(engine, si, pm);
      return { setupIntent: si };
    case 'authenticate':
      si.status = 'requires_action';
      si.next_action = threeDSecureAction();
      engine.emit('setup_intent.requires_action', si);
      return { setupIntent: si };
    case 'decline': {
      const error = engine.intentError(outcome.decline, pm);
      si.status = 'requires_payment_method';
      si.payment_method = null;
      si.last_setup_error = error;
      engine.emit('setup_intent.setup_failed', si);
      return { setupIntent: si, error: new StripeApiError(402, { ...error, setup_intent: snapshot(si) }) };
    }
  }
}

/** Stripe.js accepts raw card numbers in the browser; the API takes ids and `pm_card_*` tokens. */
function paymentMethodForConfirm(engine: Engine, ref: string): PaymentMethod {
  if (/^[\d\s-]{12,23}$/.test(ref)) {
    const card = findTestCard(ref);
    if (!card) throw invalidRequest(`Unknown test card number ${ref}.`, 'payment_method', 'incorrect_number');
    return engine.newPaymentMethod(card);
  }
  return engine.resolvePaymentMethod(ref, 'payment_method');
}

function succeedSetup(engine: Engine, si: SetupIntent, pm: PaymentMethod): void {
  si.status = 'succeeded';
  si.next_action = null;
  si.last_setup_error = null;
  if (si.customer && pm.customer === null) engine.attach(pm, engine.store.require('customer', si.customer));
  engine.emit('setup_intent.succeeded', si);
}

/** The customer completes (true) or fails the bank's challenge on a SetupIntent. */
export function authenticateSetup(engine: Engine, si: SetupIntent, success: boolean): void {
  if (si.status !== 'requires_action' || !si.payment_method) throw new Error(`${si.id} is ${si.status}, not requires_action`);
  const pm = engine.store.require('payment_method', si.payment_method);
  if (success) return succeedSetup(engine, si, pm);
  si.status = 'requires_payment_method';
  si.next_action = null;
  si.payment_method = null;
  si.last_setup_error = {
    type: 'invalid_request_error',
    code: 'setup_intent_authentication_failure',
    doc_url: docUrl('setup_intent_authentication_failure'),
    message:
      'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    payment_method: snapshot(pm),
  };
  engine.emit('setup_intent.setup_failed', si);
}
