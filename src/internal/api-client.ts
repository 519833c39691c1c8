/**
 * Talks to the merchant's Paymend handler. Everything read is validated against the wire protocol
 * before the UI sees it; every failure becomes a `PaymendRequestError` with a code.
 */
import type { z } from 'zod/mini';
import {
  CompleteResponseSchema,
  ErrorResponseSchema,
  PATHS,
  REQUEST_HEADER,
  PaymentActionResponseSchema,
  SetupIntentResponseSchema,
  StatusSchema,
  type CompleteResponse,
  type ErrorCode,
  type PaymentActionResponse,
  type SetupIntentResponse,
  type Status,
} from '../protocol/index.js';

/** Failures detected in the browser rather than reported by the handler. */
export type ClientErrorCode = 'network_error' | 'timeout' | 'http_error' | 'invalid_response';

/** A request to the merchant backend failed; `code` says how. */
export class PaymendRequestError extends Error {
  /** A protocol error code from the handler, or a client-side code. */
  readonly code: ErrorCode | ClientErrorCode;
  /** HTTP status of the response, or `null` when none arrived. */
  readonly httpStatus: number | null;

  constructor(
    code: ErrorCode | ClientErrorCode,
    message: string,
    httpStatus: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymendRequestError';
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

export interface RequestOptions {
  /** Give up after this long; the backend being slow must not hang the page. */
  timeoutMs?: number;
  /** Stops waiting for the answer. */
  signal?: AbortSignal;
}

export type ApiPath = (typeof PATHS)[keyof typeof PATHS];

const DEFAULT_TIMEOUT_MS = 8000;

/** One status request per endpoint per page, however many elements ask. */
const statusRequests = new Map<string, Promise<Status>>();

/** Absolute URL of a handler path, so `/billing` and `https://shop.test/billing/` share one cache key. */
export function endpointUrl(endpoint: string, path: ApiPath): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return new URL(endpoint.replace(/\/+$/, '') + path, base).href;
}

/** GETs `{endpoint}/status` once per page; a failed request is forgotten so a later caller retries. */
export function fetchStatus(endpoint: string, options: RequestOptions = {}): Promise<Status> {
  const url = endpointUrl(endpoint, PATHS.status);
  let request = statusRequests.get(url);
  if (!request) {
    // Not tied to any caller's signal: other elements may be waiting on the same request.
    request = requestJson(
      url,
      { method: 'GET', headers: { Accept: 'application/json' } },
      StatusSchema,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const cached = request;
    statusRequests.set(url, cached);
    cached.catch(() => {
      if (statusRequests.get(url) === cached) statusRequests.delete(url);
    });
  }
  return options.signal ? untilAborted(request, options.signal) : request;
}

/** Replaces the cached status, e.g. with the fresh one a completed card update returns. */
export function primeStatus(endpoint: string, status: Status): void {
  statusRequests.set(endpointUrl(endpoint, PATHS.status), Promise.resolve(status));
}

export interface PostOptions<T> extends RequestOptions {
  /** Validates the answer; without it the parsed JSON is returned as `unknown`. */
  schema?: z.ZodMiniType<T>;
}

/** POSTs JSON with the CSRF header the handler requires; handler errors become `PaymendRequestError`. */
export function postJson<T = unknown>(
  endpoint: string,
  path: ApiPath,
  body: unknown,
  options: PostOptions<T> = {},
): Promise<T> {
  return requestJson(
    endpointUrl(endpoint, path),
    {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        [REQUEST_HEADER]: '1',
      },
      body: JSON.stringify(body),
    },
    options.schema,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    options.signal,
  );
}

/** POST `/setup-intent`: a new SetupIntent for the signed-in customer, and the publishable key. */
export function createSetupIntent(endpoint: string, options: RequestOptions = {}): Promise<SetupIntentResponse> {
  return postJson(endpoint, PATHS.setupIntent, {}, { ...options, schema: SetupIntentResponseSchema });
}

/** POST `/payment-action`: the secret of the invoice PaymentIntent awaiting the bank's confirmation. */
export function requestPaymentAction(endpoint: string, options: RequestOptions = {}): Promise<PaymentActionResponse> {
  return postJson(endpoint, PATHS.paymentAction, {}, { ...options, schema: PaymentActionResponseSchema });
}

/** POST `/refresh`: the status read afresh from Stripe, after the bank confirmed a payment. */
export function refreshStatus(endpoint: string, options: RequestOptions = {}): Promise<Status> {
  return postJson(endpoint, PATHS.refresh, {}, { ...options, schema: StatusSchema });
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
    schema: CompleteResponseSchema,
  });
}

async function requestJson<T>(
  url: string,
  init: RequestInit,
  schema: z.ZodMiniType<T> | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal?.reason);
  if (signal?.aborted) abortFromCaller();
  signal?.addEventListener('abort', abortFromCaller, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Rejects on its own as well as aborting, so a fetch that ignores its signal cannot hang us.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new PaymendRequestError('timeout', `no answer within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });

  try {
    const body = await Promise.race([send(url, init, controller.signal), timedOut]);
    if (!schema) return body as T;
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'body';
      throw new PaymendRequestError('invalid_response', `unexpected response (${where}: ${issue?.message})`);
    }
    return parsed.data;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

async function send(url: string, init: RequestInit, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store', signal });
    text = await response.text();
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    throw new PaymendRequestError('network_error', 'network error', null, { cause });
  }

  let body: unknown;
  let isJson = true;
  try {
    body = JSON.parse(text);
  } catch {
    isJson = false;
  }

  if (!response.ok) {
    const parsed = ErrorResponseSchema.safeParse(body);
    if (parsed.success) {
      const { code, message } = parsed.data.error;
      throw new PaymendRequestError(code, `HTTP ${response.status} ${code}: ${message}`, response.status);
    }
    throw new PaymendRequestError('http_error', `HTTP ${response.status}`, response.status);
  }
  // `POST /events` answers 204: no content is a success, not malformed JSON.
  if (response.status === 204) return undefined;
  if (!isJson) throw new PaymendRequestError('invalid_response', 'response is not JSON', response.status);
  return body;
}

/** Rejects with the signal's reason once it aborts, without cancelling the shared request. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
