/**
 * The handler's answers, validated in full against the protocol's zod schemas before any of it is
 * shown. This module (and zod with it) loads with the views and the form, never on a healthy page:
 * the page entry checks only a status's outline (`hasStatusOutline` in `./api-client.ts`).
 */
import type { z } from 'zod/mini';
import {
  CompleteResponseSchema,
  PATHS,
  PaymentActionResponseSchema,
  SetupIntentResponseSchema,
  StatusSchema,
  type CompleteResponse,
  type PaymentActionResponse,
  type SetupIntentResponse,
  type Status,
} from '../protocol/index.js';
import { PaymendRequestError, postJson, type RequestOptions } from './api-client.js';
import { warnOnce } from './log.js';

/** Returns the answer typed by `schema`, or throws an `invalid_response` error naming the first problem. */
function parseWith<T>(schema: z.ZodMiniType<T>): (body: unknown) => T {
  return (body) => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new PaymendRequestError('invalid_response', `unexpected response (${where}: ${issue?.message})`);
  };
}

/**
 * A status fit to show, or `null` (with one warning naming `who`) when it does not match the
 * protocol: whether it came from the backend or from the merchant's page, bad input shows nothing.
 */
export function validateStatus(status: unknown, who: string): Status | null {
  if (status == null) return null;
  const parsed = StatusSchema.safeParse(status);
  if (parsed.success) return parsed.data;
  warnOnce(status, `<${who}> ignored an invalid status: ${parsed.error.issues[0]?.message}`);
  return null;
}

/** POST `/setup-intent`: a new SetupIntent for the signed-in customer, and the publishable key. */
export function createSetupIntent(endpoint: string, options: RequestOptions = {}): Promise<SetupIntentResponse> {
  return postJson(endpoint, PATHS.setupIntent, {}, { ...options, parse: parseWith(SetupIntentResponseSchema) });
}

/** POST `/payment-action`: the secret of the invoice PaymentIntent awaiting the bank's confirmation. */
export function requestPaymentAction(endpoint: string, options: RequestOptions = {}): Promise<PaymentActionResponse> {
  return postJson(endpoint, PATHS.paymentAction, {}, { ...options, parse: parseWith(PaymentActionResponseSchema) });
}

/** POST `/refresh`: the status read afresh from Stripe, after the bank confirmed a payment. */
export function refreshStatus(endpoint: string, options: RequestOptions = {}): Promise<Status> {
  return postJson(endpoint, PATHS.refresh, {}, { ...options, parse: parseWith(StatusSchema) });
}

/**
 * Paying an overdue invoice takes the handler several Stripe calls; giving up too early would turn a
 * slow success into an error the customer has to retry (safe, since `/complete` is idempotent, but confusing).
 */
const COMPLETE_TIMEOUT_MS = 30_000;

/** POST `/complete`: adopts a confirmed SetupIntent's payment method and pays what is due. Idempotent. */
export function completeSetupIntent(endpoint: string, setupIntentId: string, options: RequestOptions = {}): Promise<CompleteResponse> {
  return postJson(endpoint, PATHS.complete, { setupIntentId }, {
    timeoutMs: COMPLETE_TIMEOUT_MS,
    ...options,
    parse: parseWith(CompleteResponseSchema),
  });
}
