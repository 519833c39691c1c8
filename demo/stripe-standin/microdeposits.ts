/**
 * Verifying an ACH account entered by hand, as Stripe does it: one 0.01 USD deposit carrying a
 * descriptor code (or two small amounts), confirmed through `POST /v1/setup_intents/:id/verify_microdeposits`
 * or on the hosted verification page. Stripe's test values: 32 and 45 or SM11AA verify, 10 and 11 or
 * SM33CC exceed the attempts, 40 and 41 or SM44DD time out. Ten wrong codes or three wrong amount
 * pairs end the attempt, and so do ten days without an answer.
 */
import type { AcceptanceInput } from './bank-methods.js';
import { succeedBankSetup } from './bank-debits.js';
import type { Engine } from './engine.js';
import { docUrl, invalidRequest, StripeApiError } from './errors.js';
import { base62 } from './ids.js';
import { snapshot } from './store.js';
import type { BankPaymentMethod, IntentError, SetupIntent } from './types.js';

const DAY = 24 * 60 * 60;
const TIMEOUT_SECONDS = 10 * DAY;
const LIMITS = { amounts: 3, descriptor_code: 10 } as const;

export interface Microdeposits {
  token: string;
  acceptance: AcceptanceInput;
  expiresAt: number;
  failures: { amounts: number; descriptor_code: number };
}

interface Registry {
  microdeposits: Map<string, Microdeposits>;
  origin: string;
}

/** The deposits are on their way: the SetupIntent waits for the customer. */
export function startMicrodeposits(engine: Engine, si: SetupIntent, acceptance: AcceptanceInput, registry: Registry): void {
  const now = engine.now();
  const token = `sacs_test_${base62(24)}`;
  registry.microdeposits.set(si.id, { token, acceptance, expiresAt: now + TIMEOUT_SECONDS, failures: { amounts: 0, descriptor_code: 0 } });
  si.status = 'requires_action';
  si.next_action = {
    type: 'verify_with_microdeposits',
    verify_with_microdeposits: {
      // They land in 1-2 business days; Stripe reports the day they are expected.
      arrival_date: now + 2 * DAY,
      hosted_verification_url: `${registry.origin}/microdeposit/${token}`,
      // Stripe sends a descriptor code first and falls back to amounts; both are accepted here.
      microdeposit_type: 'descriptor_code',
    },
  };
  engine.emit('setup_intent.requires_action', si);
}

/** The SetupIntent whose hosted page this token opens, if it still waits. */
export function setupIntentForToken(registry: Registry, token: string): string | undefined {
  for (const [siId, m] of registry.microdeposits) if (m.token === token) return siId;
  return undefined;
}

function setupError(code: IntentError['code'], message: string, pm: BankPaymentMethod): IntentError {
  return { type: 'invalid_request_error', code, doc_url: docUrl(code), message, payment_method: snapshot(pm) };
}

/** The attempt ends without a verified account: the customer must give a payment method again. */
function endSetup(engine: Engine, si: SetupIntent, error: IntentError, registry?: Registry): IntentError {
  registry?.microdeposits.delete(si.id);
  si.status = 'requires_payment_method';
  si.next_action = null;
  si.payment_method = null;
  si.last_setup_error = error;
  engine.emit('setup_intent.setup_failed', si);
  return error;
}

/** `000666666661`: Stripe could not send the deposits. */
export function failMicrodeposits(engine: Engine, si: SetupIntent, pm: BankPaymentMethod): IntentError {
  const error = setupError('payment_method_microdeposit_failed', 'Microdeposits failed. Please check the account, institution and transit numbers provided.', pm);
  return endSetup(engine, si, error);
}

export function timeOutMicrodeposits(engine: Engine, si: SetupIntent, registry: Registry): void {
  const pm = engine.store.require('payment_method', si.payment_method ?? '') as BankPaymentMethod;
  const message = 'Microdeposit timeout. Customer hasn’t verified their bank account within the required 10 day period.';
  endSetup(engine, si, setupError('payment_method_microdeposit_verification_timeout', message, pm), registry);
}

export interface VerifyInput {
  amounts?: number[];
  descriptorCode?: string;
}

/** POST /v1/setup_intents/:id/verify_microdeposits (and the hosted page's form). */
export function verifyMicrodeposits(engine: Engine, siId: string, input: VerifyInput, registry: Registry): SetupIntent {
  const si = engine.store.require('setup_intent', siId);
  const pending = registry.microdeposits.get(si.id);
  if (si.status !== 'requires_action' || si.next_action?.type !== 'verify_with_microdeposits' || !pending) {
    throw invalidRequest(
      `You cannot verify microdeposits on this SetupIntent because it has a status of ${si.status}.`,
      undefined,
      'setup_intent_unexpected_state',
    );
  }
  if (input.amounts !== undefined && input.descriptorCode !== undefined) {
    throw invalidRequest('You may only specify one of these parameters: amounts, descriptor_code.', 'amounts', 'parameters_exclusive');
  }
  if (input.amounts === undefined && input.descriptorCode === undefined) {
    throw invalidRequest('Missing required param: amounts or descriptor_code.', 'amounts', 'parameter_missing');
  }
  if (input.amounts !== undefined && (input.amounts.length !== 2 || input.amounts.some((a) => !Number.isInteger(a) || a <= 0))) {
    throw invalidRequest('You must provide exactly two microdeposit amounts.', 'amounts', 'payment_method_microdeposit_verification_amounts_invalid');
  }
  const kind = input.amounts !== undefined ? 'amounts' : 'descriptor_code';
  const given = input.amounts !== undefined ? [...input.amounts].sort((a, b) => a - b).join(',') : input.descriptorCode!.trim().toUpperCase();
  const pm = engine.store.require('payment_method', si.payment_method!) as BankPaymentMethod;
  if (given === '32,45' || given === 'SM11AA') {
    registry.microdeposits.delete(si.id);
    succeedBankSetup(engine, si, pm, pending.acceptance);
    return si;
  }
  if (given === '40,41' || given === 'SM44DD') {
    // Stripe reports a timeout later, through setup_intent.setup_failed; here it is due at once.
    timeOutMicrodeposits(engine, si, registry);
    return si;
  }
  pending.failures[kind] += 1;
  const remaining = LIMITS[kind] - pending.failures[kind];
  if (given === '10,11' || given === 'SM33CC' || remaining <= 0) {
    const error = setupError('payment_method_microdeposit_verification_attempts_exceeded', 'You have exceeded the number of allowed verification attempts.', pm);
    endSetup(engine, si, error, registry);
    throw new StripeApiError(400, { ...error, setup_intent: snapshot(si) });
  }
  const attempts = `You have ${remaining} verification attempt${remaining === 1 ? '' : 's'} remaining.`;
  throw kind === 'amounts'
    ? invalidRequest(
        `The amounts provided do not match the amounts that were sent to the bank account. ${attempts}`,
        'amounts',
        'payment_method_microdeposit_verification_amounts_mismatch',
      )
    : invalidRequest(
        `The verification code provided does not match the one sent to the bank account. ${attempts}`,
        'descriptor_code',
        'payment_method_microdeposit_verification_descriptor_code_mismatch',
      );
}
