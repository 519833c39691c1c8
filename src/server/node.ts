/**
 * Adapter from `node:http` (and Express, Fastify's raw request, Connect) to the web-standard handler.
 * Mount it before any body parser: webhook signatures are checked over the raw body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { DISPATCH } from './handler.js';
import { BodyConsumedError, PATHNAME, type Reply } from './http.js';
import { NodeHeaders } from './node-headers.js';
import { HOST } from './origin.js';

type WebHandler = ((request: Request) => Promise<Response>) & { [DISPATCH]?: (request: Request) => Reply | Promise<Reply> };

type NodeRequest = IncomingMessage & { originalUrl?: string };

/**
 * The absolute URL of a Node request: our Host, and only the path and query of the request target.
 * `new URL(target, base)` would let `//evil.example/x` or `http://evil.example/x` change the host.
 * `originalUrl` keeps Express's mount path.
 */
function requestUrl(req: NodeRequest, trustProxy: boolean): string {
  return parsedRequestUrl(req, trustProxy).href;
}

function parsedRequestUrl(req: NodeRequest, trustProxy: boolean): URL {
  const forwardedProto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase() : '';
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const host = req.headers.host ?? 'localhost';
  if (!HOST.test(host)) throw new TypeError('malformed Host header');
  return new URL(`${protocol}://${host}${originFormTarget(req.originalUrl ?? req.url ?? '/')}`);
}

/** The path and query of a request target in any of its forms; never its authority. */
export function originFormTarget(target: string): string {
  // Origin-form. "//evil.example/x" is a path that starts with two slashes here, not a host.
  if (target.startsWith('/')) return target;
  if (target === '*') return '/';
  // Absolute-form (what clients send to proxies): the path counts, the authority does not.
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  }
  throw new TypeError('malformed request target');
}

/**
 * A body parser mounted first (`express.json()`, `express.raw()`, a hand-written one) has drained
 * the stream: body-parser marks `_body`, and any reader leaves the stream ended.
 */
function bodyWasRead(req: NodeRequest): boolean {
  return req.readableEnded || (req as { _body?: unknown })._body === true;
}

/** A body that fails as soon as it is read, so the handler can name the mount order. */
function consumedBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({ pull: (controller) => controller.error(new BodyConsumedError()) });
}

function requestHeaders(req: NodeRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/** Builds a web `Request` from a Node request. */
export function toWebRequest(req: NodeRequest, trustProxy = false): Request {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(requestUrl(req, trustProxy), {
    method,
    headers: requestHeaders(req),
    body: hasBody ? (bodyWasRead(req) ? consumedBody() : (Readable.toWeb(req) as ReadableStream<Uint8Array>)) : undefined,
    // Node's fetch needs this to stream a request body.
    duplex: hasBody ? 'half' : undefined,
  } as RequestInit & { duplex?: 'half' });
}

/**
 * A `Request` for Paymend's own handler, built lazily. Node's `new Request()` alone halves the
 * status endpoint's throughput (see `npm run bench`), while Paymend's routes and most
 * `resolveCustomer` functions only read `method`, `url` and `headers`. Any other member
 * materializes a real `Request` on first use, so the object still behaves as one.
 */
function lazyWebRequest(req: NodeRequest, trustProxy: boolean): Request {
  let real: Request | null = null;
  let headers: Headers | null = null;
  const materialize = () => (real ??= toWebRequest(req, trustProxy));
  const url = parsedRequestUrl(req, trustProxy);
  const lite = {
    method: req.method ?? 'GET',
    url: url.href,
    // The handler routes by it: parsed once here rather than again from `url`.
    [PATHNAME]: url.pathname,
    get headers() {
      return (headers ??= real?.headers ?? new NodeHeaders(req.headers, () => requestHeaders(req)));
    },
  };
  return new Proxy(lite, {
    get(target, property) {
      if (property in target) return Reflect.get(target, property);
      const whole = materialize();
      const value: unknown = Reflect.get(whole, property);
      return typeof value === 'function' ? value.bind(whole) : value;
    },
  }) as unknown as Request;
}

/** Writes a web `Response` to a Node response. */
export async function writeNodeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body) {
    res.end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  res.setHeader('content-length', body.byteLength);
  res.end(body);
}

/**
 * The headers of a reply with its content-length, shared per (headers, length): a status body has
 * one of a few lengths, so a warm read copies no header object.
 */
const withLength = new WeakMap<Readonly<Record<string, string>>, Map<number, Readonly<Record<string, string | number>>>>();
const LENGTHS_KEPT = 64;

function headersWithLength(headers: Readonly<Record<string, string>>, length: number): Readonly<Record<string, string | number>> {
  let byLength = withLength.get(headers);
  if (!byLength) withLength.set(headers, (byLength = new Map()));
  let whole = byLength.get(length);
  if (!whole) {
    // Bounded: replies with their own headers (a Retry-After) are fresh objects, collected with them.
    if (byLength.size >= LENGTHS_KEPT) byLength.clear();
    whole = Object.freeze({ ...headers, 'content-length': length });
    byLength.set(length, whole);
  }
  return whole;
}

function writeReply(reply: Reply, res: ServerResponse): void {
  if (reply.body === null) res.writeHead(reply.status, reply.headers).end();
  else res.writeHead(reply.status, headersWithLength(reply.headers, Buffer.byteLength(reply.body))).end(reply.body);
}

/** What a failed reply does: Express's `next(error)`, else a bare 500. */
function replyFailed(res: ServerResponse, next: ((error?: unknown) => void) | undefined, error: unknown): void {
  if (next) next(error);
  else {
    res.statusCode = 500;
    res.end();
  }
}

export interface NodeAdapterOptions {
  /**
   * Honour `X-Forwarded-Proto` from a proxy you control, for the `request.url` your
   * `resolveCustomer` sees. The Origin check has its own `trustProxy` handler option.
   */
  trustProxy?: boolean;
}

/** `http.createServer(toNodeHandler(handler))`, or `app.use('/billing/paymend', toNodeHandler(handler))`. */
export function toNodeHandler(handler: WebHandler, options: NodeAdapterOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    // Paymend's own handler hands over its reply directly and takes a lazily built request;
    // any other web handler gets a real Request and goes through Response.
    const dispatch = handler[DISPATCH];
    let request: Request;
    try {
      request = dispatch ? lazyWebRequest(req, options.trustProxy ?? false) : toWebRequest(req, options.trustProxy);
    } catch {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: { code: 'bad_request', message: 'Malformed request.' } }));
      return;
    }
    if (!dispatch) {
      handler(request)
        .then((response) => writeNodeResponse(response, res))
        .catch((error: unknown) => replyFailed(res, next, error));
      return;
    }
    // A warm status read answers synchronously: written at once, without a promise or a closure.
    const reply = dispatch(request);
    if (reply instanceof Promise) {
      reply.then((r) => writeReply(r, res)).catch((error: unknown) => replyFailed(res, next, error));
      return;
    }
    try {
      writeReply(reply, res);
    } catch (error) {
      replyFailed(res, next, error);
    }
  };
}
