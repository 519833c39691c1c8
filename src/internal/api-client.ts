/**
 * Talks to the merchant's Paymend handler: timeouts, the CSRF header, error codes, one shared status
 * request per page. This module is part of the page entry, so it stays free of zod: it checks only
 * the outline of a status (enough to decide whether anything needs loading), and the full validation
 * against the protocol's schemas happens in `./backend.ts`, which loads with the views and the form.
 * Every failure becomes a `PaymendRequestError` with a code.
 */
import { PATHS, PROTOCOL_VERSION, REQUEST_HEADER, type ErrorCode } from '../protocol/constants.js';
import type { Status } from '../protocol/index.js';

/** Failures detected in the browser rather than reported by the handler. */
export type ClientErrorCode = 'network_error' | 'timeout' | 'http_error' | 'invalid_response';

/** An error code this release does not list: a newer handler may answer with one. */
export type UnknownErrorCode = string & { readonly unknownErrorCode?: never };

/** A request to the merchant backend failed; `code` says how. */
export class PaymendRequestError extends Error {
  /** A protocol error code from the handler (maybe one a newer handler added), or a client-side code. */
  readonly code: ErrorCode | ClientErrorCode | UnknownErrorCode;
  /** HTTP status of the response, or `null` when none arrived. */
  readonly httpStatus: number | null;

  constructor(
    code: ErrorCode | ClientErrorCode | UnknownErrorCode,
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

/** Extra headers per endpoint (by its absolute URL), sent with every request to it. */
const endpointHeaders = new Map<string, Record<string, string>>();

function endpointKey(endpoint: string): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return new URL(endpoint.replace(/\/+$/, ''), base).href;
}

/**
 * Sends `headers` with every request to `endpoint` from now on (the hosted update page sends its
 * signed link this way, in place of a session cookie). An empty object removes them. The headers
 * Paymend sets itself (`Content-Type`, the CSRF header) cannot be replaced.
 */
export function setEndpointHeaders(endpoint: string, headers: Record<string, string>): void {
  const key = endpointKey(endpoint);
  if (Object.keys(headers).length === 0) endpointHeaders.delete(key);
  else endpointHeaders.set(key, { ...headers });
}

function headersFor(endpoint: string, own: Record<string, string>): Record<string, string> {
  const extra = endpointHeaders.get(endpointKey(endpoint));
  if (!extra) return own;
  // Case-blind: `content-type` beside `Content-Type` would be sent as both values joined.
  const taken = new Set(Object.keys(own).map((name) => name.toLowerCase()));
  const kept = Object.entries(extra).filter(([name]) => !taken.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...own };
}

/** Absolute URL of a handler path, so `/billing` and `https://shop.test/billing/` share one cache key. */
export function endpointUrl(endpoint: string, path: ApiPath): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return new URL(endpoint.replace(/\/+$/, '') + path, base).href;
}

/**
 * Whether `value` has the outline of a status: protocol version, a state, a wall. That is what
 * decides whether a page needs to load anything more; whatever is shown is first validated in full
 * (`validateStatus` in `./backend.ts`), so a status that passes here but is malformed deeper down
 * shows nothing. A state or wall this release does not know passes (a newer server may send one):
 * the full validation maps it to a calm one.
 */
export function hasStatusOutline(value: unknown): value is Status {
  const status = value as { v?: unknown; state?: unknown; access?: { wall?: unknown } | null } | null;
  return (
    typeof status === 'object' &&
    status !== null &&
    status.v === PROTOCOL_VERSION &&
    typeof status.state === 'string' &&
    typeof status.access === 'object' &&
    status.access !== null &&
    typeof status.access.wall === 'string'
  );
}

function statusOutline(body: unknown): Status {
  if (hasStatusOutline(body)) return body;
  throw new PaymendRequestError('invalid_response', 'unexpected response (not a status)');
}

/**
 * GETs `{endpoint}/status` once per page; a failed request is forgotten so a later caller retries.
 * The answer is checked for its outline only (see `hasStatusOutline`).
 */
export function fetchStatus(endpoint: string, options: RequestOptions = {}): Promise<Status> {
  const url = endpointUrl(endpoint, PATHS.status);
  let request = statusRequests.get(url);
  if (!request) {
    // Not tied to any caller's signal: other elements may be waiting on the same request.
    request = requestJson(
      url,
      { method: 'GET', headers: headersFor(endpoint, { Accept: 'application/json' }) },
      statusOutline,
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

/**
 * GETs a handler path other than the status (e.g. `/offers`), with the endpoint's extra headers;
 * not cached: what it answers may change with each step the customer takes.
 */
export function getJson<T = unknown>(endpoint: string, path: ApiPath, options: PostOptions<T> = {}): Promise<T> {
  return requestJson(
    endpointUrl(endpoint, path),
    { method: 'GET', headers: headersFor(endpoint, { Accept: 'application/json' }) },
    options.parse,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    options.signal,
  );
}

export interface PostOptions<T> extends RequestOptions {
  /** Checks the answer and returns it typed, or throws; without it the parsed JSON is returned as `unknown`. */
  parse?: (body: unknown) => T;
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
      headers: headersFor(endpoint, {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        [REQUEST_HEADER]: '1',
      }),
      body: JSON.stringify(body),
    },
    options.parse,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    options.signal,
  );
}

async function requestJson<T>(
  url: string,
  init: RequestInit,
  parse: ((body: unknown) => T) | undefined,
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
    return parse ? parse(body) : (body as T);
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
    // The handler's `{ error: { code, message } }` (ErrorResponseSchema); anything else (a proxy's
    // HTML page, a truncated body) is a bare HTTP error. The message is the handler's, never shown.
    // A code this release does not list is kept as it is (a newer handler's): callers treat codes
    // they do not know like any other failure, and the warning names it.
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (isErrorCode(error?.code) && typeof error?.message === 'string') {
      const code = error.code;
      throw new PaymendRequestError(code, `HTTP ${response.status} ${code}: ${error.message.slice(0, 500)}`, response.status);
    }
    throw new PaymendRequestError('http_error', `HTTP ${response.status}`, response.status);
  }
  // `POST /events` answers 204: no content is a success, not malformed JSON.
  if (response.status === 204) return undefined;
  if (!isJson) throw new PaymendRequestError('invalid_response', 'response is not JSON', response.status);
  return body;
}

/** A handler error code's shape (`snake_case`, short), known to this release or not. */
function isErrorCode(code: unknown): code is ErrorCode | UnknownErrorCode {
  return typeof code === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(code);
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
