/** Web-standard Request/Response helpers shared by every route. */
import { ErrorResponseSchema } from '../protocol/index.js';
import { HandlerError } from './errors.js';

const BASE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'application/json; charset=utf-8',
  // Billing data is per user and changes: never stored by a browser or a proxy (so no Vary needed).
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
});

/** The path of a request the node adapter already parsed, so the handler need not parse its URL again. */
export const PATHNAME = Symbol.for('paymend.pathname');

/** The request's path: the adapter's, or parsed from its URL. */
export function pathnameOf(request: Request): string {
  return (request as Request & { [PATHNAME]?: string })[PATHNAME] ?? new URL(request.url).pathname;
}

/**
 * What a route answers, before it becomes a web `Response`. The node adapter writes it straight
 * to the socket: constructing and then reading back a `Response` costs more than the route itself.
 */
export interface Reply {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string | null;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  // Most replies add no header: they share one object (the node adapter copies before adding to it).
  return { status, headers: headers ? { ...BASE_HEADERS, ...headers } : BASE_HEADERS, body: JSON.stringify(body) };
}

/** A 200-style JSON reply of a body already serialized (the status endpoint's cached JSON). */
export function jsonText(status: number, body: string): Reply {
  return { status, headers: BASE_HEADERS, body };
}

export function noContent(): Reply {
  return { status: 204, headers: { 'cache-control': 'private, no-store' }, body: null };
}

export function toResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

export function errorResponse(error: HandlerError): Reply {
  const body = ErrorResponseSchema.parse({ error: { code: error.code, message: error.message } });
  return json(error.status, body, error.headers);
}

/** Reads at most `limit` bytes, refusing larger bodies without buffering them. */
export async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    throw new HandlerError(413, 'payload_too_large', `The request body must be at most ${limit} bytes.`);
  }
  // Someone read the body before Paymend did: a body parser mounted first, or `await request.json()`.
  if (request.bodyUsed || request.body?.locked) throw bodyAlreadyRead();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      throw error instanceof BodyConsumedError ? bodyAlreadyRead() : error;
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new HandlerError(413, 'payload_too_large', `The request body must be at most ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HandlerError(400, 'bad_request', 'The request body must be UTF-8.');
  }
}

/** Parses a JSON body; an empty body reads as `{}` so body-less POSTs stay simple. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const text = await readText(request, limit);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HandlerError(400, 'bad_request', 'The request body is not valid JSON.');
  }
}

/** What the node adapter's body stream fails with when a body parser already drained the request. */
export class BodyConsumedError extends Error {
  constructor() {
    super('the request body was consumed before Paymend could read it');
  }
}

/** The mount-order mistake, named: the message reaches the merchant's logs and Stripe's webhook log. */
function bodyAlreadyRead(): HandlerError {
  return new HandlerError(
    500,
    'internal_error',
    'Paymend could not read the request body: another body parser read it first. Mount Paymend before express.json() (or any body parser), and hand it the request unread.',
  );
}
