/**
 * The handler's answers, validated in full against the protocol's zod schemas before any of it is
 * shown. This module (and zod with it) loads with the views and the form, never on a healthy page:
 * the page entry checks only a status's outline (`hasStatusOutline` in `./api-client.ts`).
 */
import type { z } from 'zod/mini';
import {
  CompleteResponseReaderSchema,
  PATHS,
  PaymentActionResponseSchema,
  SetupIntentResponseSchema,
  StatusReaderSchema,
  type CompleteRequest,
  type CompleteResponse,
  type PaymentActionResponse,
  type SetupIntentResponse,
  type Status,
} from '../protocol/index.js';
import { PaymendRequestError, postJson, type RequestOptions } from './api-client.js';
import { warnOnce } from './log.js';

/** Returns the answer typed by `schema`, or throws an `invalid_response` error naming the first problem. */
export function parseWith<T>(schema: z.ZodMiniType<T>): (body: unknown) => T {
  return (body) => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new PaymendRequestError('invalid_response', `unexpected response (${describeIssue(parsed.error.issues[0])})`);
  };
}

/**
 * A status fit to show, or `null` (with one warning naming `who` and the field at fault) when it
 * does not match the protocol: whether it came from the backend or from the merchant's page, bad
 * input shows nothing. A state this release does not know is shown calmly (`calmStatus`), with a
 * warning, since it most likely comes from a newer server.
 */
export function validateStatus(status: unknown, who: string): Status | null {
  if (status == null) return null;
  const parsed = StatusReaderSchema.safeParse(status);
  if (!parsed.success) {
    warnOnce(status, `<${who}> ignored an invalid status: ${describeIssue(parsed.error.issues[0])}`);
    return null;
  }
  const read = status as { state?: unknown; access?: { wall?: unknown } };
  if (read.state !== parsed.data.state) {
    warnOnce(status, `<${who}> does not know the state "${String(read.state)}" (a newer server?); shown as "${parsed.data.state}"`);
  } else if (read.access?.wall !== parsed.data.access.wall) {
    warnOnce(status, `<${who}> does not know the wall "${String(read.access?.wall)}" (a newer server?); shown as "${parsed.data.access.wall}"`);
  }
  return parsed.data;
}

/**
 * `access.wall: expected one of "none", "soft", "hard"`: the field at fault and what it should be.
 * zod/mini ships without its English messages (they would cost every customer bytes), so the
 * generic "Invalid input" is spelled out here from the issue itself.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message && issue.message !== 'Invalid input' ? issue.message : expectation(issue)}`;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'a valid value' : `a ${issue.format}`}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.join(', ')}`;
    default:
      return 'invalid';
  }
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
  return postJson(endpoint, PATHS.refresh, {}, { ...options, parse: parseWith(StatusReaderSchema) });
}

/**
 * Paying an overdue invoice takes the handler several Stripe calls; giving up too early would turn a
 * slow success into an error the customer has to retry (safe, since `/complete` is idempotent, but confusing).
 */
const COMPLETE_TIMEOUT_MS = 30_000;

/**
 * POST `/complete`: adopts a confirmed SetupIntent's payment method and pays what is due. Idempotent.
 * `clientSecret` proves the widget holds that SetupIntent (from `/setup-intent`, or a redirect
 * return that Stripe confirmed), so a crafted link cannot make the handler adopt some older card.
 */
export async function completeSetupIntent(endpoint: string, request: CompleteRequest, options: RequestOptions = {}): Promise<CompleteResponse> {
  const send = (body: CompleteRequest) =>
    postJson(endpoint, PATHS.complete, body, { timeoutMs: COMPLETE_TIMEOUT_MS, ...options, parse: parseWith(CompleteResponseReaderSchema) });
  if (!request.clientSecret) return send({ setupIntentId: request.setupIntentId });
  try {
    return await send({ setupIntentId: request.setupIntentId, clientSecret: request.clientSecret });
  } catch (error) {
    // A handler from before `clientSecret` existed refuses any field it does not know with a 400
    // `bad_request`. Asking again with the id alone keeps a newer widget working against it (the
    // compatibility rule); the redirect proof was already checked with Stripe.js, in the browser.
    if (error instanceof PaymendRequestError && error.httpStatus === 400 && error.code === 'bad_request') {
      return send({ setupIntentId: request.setupIntentId });
    }
    throw error;
  }
}
