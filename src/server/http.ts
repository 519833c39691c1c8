/** Web-standard Request/Response helpers shared by every route. */
import { ErrorResponseSchema, REQUEST_HEADER } from '../protocol/index.js';
import { HandlerError } from './errors.js';

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  // Billing data is per user and changes: never stored by a browser or a proxy (so no Vary needed).
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * What a route answers, before it becomes a web `Response`. The node adapter writes it straight
 * to the socket: constructing and then reading back a `Response` costs more than the route itself.
 */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { ...BASE_HEADERS, ...headers }, body: JSON.stringify(body) };
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
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
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

/**
 * CSRF defence for widget POSTs. A cross-site page can neither set a custom header without a CORS
 * preflight (which this handler never grants) nor fake `Origin`; both are required to match.
 */
export function checkWidgetPost(request: Request, allowedOrigins: readonly string[]): void {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HandlerError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  if (request.headers.get(REQUEST_HEADER) !== '1') {
    throw new HandlerError(403, 'forbidden', `The ${REQUEST_HEADER} header is required.`);
  }
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (origin !== new URL(request.url).origin && !allowedOrigins.includes(origin)) {
      throw new HandlerError(403, 'forbidden', 'Requests from this origin are not allowed.');
    }
  } else if (request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new HandlerError(403, 'forbidden', 'Cross-site requests are not allowed.');
  }
}
