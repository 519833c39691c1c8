/**
 * Stripe-shaped API errors. Handlers throw `StripeApiError`; the server turns it into
 * `{ error: {...} }` with the HTTP status, which the SDK maps to its error classes
 * (400/404 -> StripeInvalidRequestError, 401 -> StripeAuthenticationError, 402 -> StripeCardError,
 * 429 -> StripeRateLimitError, 5xx -> StripeAPIError).
 */
import type { DocumentedErrorCode } from './error-codes.js';

export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  /** Only codes Stripe documents: see error-codes.ts. */
  code?: DocumentedErrorCode;
  param?: string;
  decline_code?: string;
  advice_code?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  payment_method?: unknown;
  setup_intent?: unknown;
  [extra: string]: unknown;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
    this.name = 'StripeApiError';
  }
}

export function docUrl(code: DocumentedErrorCode): string {
  return `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}`;
}

const NOUNS: Record<string, string> = {
  cus: 'customer',
  pm: 'PaymentMethod',
  sub: 'subscription',
  in: 'invoice',
  inpay: 'invoice payment',
  pi: 'payment_intent',
  seti: 'setupintent',
  ch: 'charge',
  py: 'charge',
  mandate: 'mandate',
  evt: 'event',
  price: 'price',
  prod: 'product',
  ii: 'invoiceitem',
};

/** 404 for an unknown id, worded like Stripe (`No such customer: 'cus_x'`). */
export function resourceMissing(id: string, param = 'id', status = 404): StripeApiError {
  const noun = NOUNS[id.split('_')[0] ?? ''] ?? 'object';
  return new StripeApiError(status, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    doc_url: docUrl('resource_missing'),
    message: `No such ${noun}: '${id}'`,
    param,
  });
}

/** 400 invalid_request_error naming the offending parameter. */
export function invalidRequest(message: string, param?: string, code?: DocumentedErrorCode): StripeApiError {
  return new StripeApiError(400, {
    type: 'invalid_request_error',
    message,
    ...(param !== undefined ? { param } : {}),
    ...(code !== undefined ? { code, doc_url: docUrl(code) } : {}),
  });
}
