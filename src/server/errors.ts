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
