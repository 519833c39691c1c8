import type { ErrorCode } from '../protocol/index.js';

/** An error the handler answers with as `{error: {code, message}}`; `message` is safe to show. */
export class HandlerError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.headers = options?.headers ?? {};
  }
  readonly headers: Record<string, string>;
}

/** Seconds a client is asked to wait while the store is down (the degraded derivation interval, too). */
export const STORE_RETRY_AFTER_SECONDS = 30;

/** The store is down and this request cannot be served safely without it. */
export function storeUnavailable(cause?: unknown): HandlerError {
  return new HandlerError(503, 'store_unavailable', 'Billing is temporarily unavailable. Please try again in a minute.', {
    cause,
    headers: { 'retry-after': String(STORE_RETRY_AFTER_SECONDS) },
  });
}
