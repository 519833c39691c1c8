/**
 * HTTP transport: Stripe's auth, errors, request ids, idempotency and fault injection around
 * the route table. Every request is answered with Stripe-shaped JSON; nothing a client sends
 * can crash the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_VERSION, type Engine } from './engine.js';
import { docUrl, StripeApiError, type StripeErrorBody } from './errors.js';
import type { Renderer } from './expand.js';
import { faultBody, type FaultInjector } from './faults.js';
import { FormError, ParamReader, parseForm, type FormObject } from './form.js';
import { base62 } from './ids.js';
import { fingerprintParams, type IdempotencyCache } from './idempotency.js';
import { isAccepted, parameterUnknown, unknownParam } from './params.js';
import { matchRoute } from './routes.js';
import { resumeDueCollections } from './pause-collection.js';
import { expirePendingUpdates } from './pending-updates.js';
import { settleDueDebits } from './bank-debits.js';
import { serveMicrodepositPage } from './microdeposit-page.js';

/** Connections the kernel may queue before `accept()` (Linux caps it at net.core.somaxconn). */
export const LISTEN_BACKLOG = 4096;

const MAX_BODY_BYTES = 1024 * 1024;

export interface RequestRecord {
  method: string;
  path: string;
}

export interface ServerDeps {
  engine: Engine;
  renderer: Renderer;
  faults: FaultInjector;
  idempotency: IdempotencyCache;
  requests: RequestRecord[];
}

interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export class StandinHttpServer {
  private readonly server: Server;
  /** Injected delays still pending, cancelled on close so it never hangs. */
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  constructor(private readonly deps: ServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // Last resort: handle() answers every error itself, so this is a bug in the stand-in.
        console.error('[stripe-standin] unhandled', error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: 'Stand-in internal error' } }));
      });
    });
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      // A deep accept queue: the load tests open 1,000 connections at once, and on a busy machine
      // Node's default backlog (511) overflows and the kernel resets connections it never accepted.
      this.server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.resolve();
    }
    this.timers.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(entry);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = `req_${base62(14)}`;
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://standin.invalid');
    this.deps.requests.push({ method, path: url.pathname });

    const reply = await this.process(req, method, url, requestId).catch((error: unknown) => errorReply(error, requestId));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(reply.body)),
      'Request-Id': requestId,
      'Stripe-Version': API_VERSION,
      'Cache-Control': 'no-cache, no-store',
      ...reply.headers,
    };
    res.writeHead(reply.status, headers);
    res.end(reply.body);
  }

  private async process(req: IncomingMessage, method: string, url: URL, requestId: string): Promise<Reply> {
    const raw = await readBody(req);
    // Whatever the clock made due happened at Stripe before this request, as Stripe's own time would have it.
    settleDueDebits(this.deps.engine);
    resumeDueCollections(this.deps.engine);
    expirePendingUpdates(this.deps.engine);
    // The hosted verification page is the customer's, reached by its secret link: no API key.
    if (url.pathname.startsWith('/microdeposit/')) {
      return serveMicrodepositPage(this.deps.engine, method, url.pathname.slice('/microdeposit/'.length), raw);
    }
    const apiKey = authenticate(req.headers.authorization);

    // Whatever else happens at Stripe meanwhile comes first, so a fault can answer the request it changed.
    this.deps.faults.takeInterleaving(method, url.pathname)?.();
    const fault = this.deps.faults.take(url.pathname);
    if (fault?.delayMs) await this.delay(fault.delayMs);
    if (fault && fault.status >= 400) {
      return { status: fault.status, body: errorJson(faultBody(fault), requestId) };
    }

    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (method === 'POST' && raw !== '' && contentType !== 'application/x-www-form-urlencoded' && contentType !== '') {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: `Invalid request: unsupported Content-Type ${contentType}. If error persists and you need assistance, please contact support@stripe.com.`,
      });
    }
    const form: FormObject = parseForm(method === 'POST' ? raw : url.search.slice(1));

    const match = matchRoute(method, url.pathname);
    if (!match) {
      throw new StripeApiError(404, {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      });
    }
    const unknown = unknownParam(form, match.route.accepts);
    if (unknown) throw parameterUnknown(unknown);
    const params = new ParamReader(form, match.route.accepts);

    const idempotencyKey = method === 'POST' ? headerValue(req.headers['idempotency-key']) : undefined;
    const endpoint = `${method} ${url.pathname}`;
    const fingerprint = fingerprintParams(form);
    if (idempotencyKey) {
      const previous = this.deps.idempotency.lookup(apiKey, idempotencyKey, endpoint, fingerprint);
      if (previous) {
        return {
          status: previous.status,
          body: previous.body,
          headers: { 'Idempotent-Replayed': 'true', 'Original-Request': previous.requestId },
        };
      }
    }

    const reply = this.deps.engine.inRequest({ id: requestId, idempotencyKey: idempotencyKey ?? null }, (): Reply => {
      try {
        const body = match.route.handler({
          engine: this.deps.engine,
          render: this.deps.renderer,
          params,
          path: match.path,
          // A few endpoints (customer delete) take no `expand`: it is then an unknown parameter, refused above.
          expand: isAccepted(match.route.accepts, ['expand']) ? (params.stringList('expand') ?? []) : [],
        });
        return { status: 200, body: JSON.stringify(body, null, 2) };
      } catch (error) {
        return errorReply(error, requestId);
      }
    });

    // Like Stripe, only requests that ran are remembered: a validation error can be retried with the same key.
    if (idempotencyKey && (reply.status < 400 || reply.status === 402)) {
      this.deps.idempotency.store(apiKey, idempotencyKey, endpoint, fingerprint, { ...reply, requestId });
    }
    return reply;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === '' ? undefined : v;
}

/** The API key from `Authorization: Bearer sk_test_...`; a Stripe 401 otherwise. */
function authenticate(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) {
    throw new StripeApiError(401, {
      type: 'invalid_request_error',
      message:
        'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.',
    });
  }
  const key = match[1]!;
  if (!/^(sk|rk)_test_[\w]+$/.test(key)) {
    throw new StripeApiError(401, {
      // No code: `api_key_expired` is for a key that expired, and Stripe sends none for an unknown one.
      type: 'invalid_request_error',
      message: `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    });
  }
  return key;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new StripeApiError(413, { type: 'invalid_request_error', message: 'Request body too large.' }));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function errorJson(body: StripeErrorBody, requestId: string): string {
  return JSON.stringify(
    { error: { ...body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } },
    null,
    2,
  );
}

function errorReply(error: unknown, requestId: string): Reply {
  if (error instanceof StripeApiError) return { status: error.status, body: errorJson(error.body, requestId) };
  if (error instanceof FormError) {
    const code = error.code ? { code: error.code, doc_url: docUrl(error.code) } : {};
    return { status: 400, body: errorJson({ type: 'invalid_request_error', message: error.message, param: error.param, ...code }, requestId) };
  }
  console.error('[stripe-standin] internal error', error);
  return {
    status: 500,
    body: errorJson({ type: 'api_error', message: `Stand-in internal error: ${error instanceof Error ? error.message : String(error)}` }, requestId),
  };
}
