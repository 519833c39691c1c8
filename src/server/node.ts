/**
 * Adapter from `node:http` (and Express, Fastify's raw request, Connect) to the web-standard handler.
 * Mount it before any body parser: webhook signatures are checked over the raw body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

type WebHandler = (request: Request) => Promise<Response>;

/** Builds a web `Request` from a Node request; `originalUrl` keeps Express's mount path. */
export function toWebRequest(req: IncomingMessage & { originalUrl?: string }, trustProxy = false): Request {
  const forwardedProto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() : '';
  const protocol = forwardedProto || ((req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${protocol}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch needs this to stream a request body.
    duplex: hasBody ? 'half' : undefined,
  } as RequestInit & { duplex?: 'half' });
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

export interface NodeAdapterOptions {
  /** Honour `X-Forwarded-Proto` from a proxy you control (for the Origin check). */
  trustProxy?: boolean;
}

/** `http.createServer(toNodeHandler(handler))`, or `app.use('/billing/paymend', toNodeHandler(handler))`. */
export function toNodeHandler(handler: WebHandler, options: NodeAdapterOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    let request: Request;
    try {
      request = toWebRequest(req, options.trustProxy);
    } catch (error) {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: { code: 'bad_request', message: 'Malformed request.' } }));
      return;
    }
    handler(request)
      .then((response) => writeNodeResponse(response, res))
      .catch((error: unknown) => {
        if (next) next(error);
        else {
          res.statusCode = 500;
          res.end();
        }
      });
  };
}
