/**
 * Real-HTTP tools for the deployment tests: requests with a raw target and any Host header (fetch
 * allows neither), a forwarding proxy like the ones merchants run, and a bare server.
 */
import { once } from 'node:events';
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): { error?: { code: string; message: string } } & Record<string, unknown>;
}

/** Sends exactly this request line target and these headers (Host included) to `port`. */
export function send(port: number, o: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: o.method ?? 'POST', path: o.path, headers: o.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

/** A widget POST as a browser sends it, minus the origin headers each test chooses. */
export function widgetPost(cookie: string, headers: OutgoingHttpHeaders = {}): { headers: OutgoingHttpHeaders; body: string } {
  return { headers: { cookie, 'content-type': 'application/json', 'paymend-request': '1', ...headers }, body: '{}' };
}

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<Served> {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A forwarding proxy on 127.0.0.1, like a TLS terminator or Vite's `changeOrigin`: the app
 * sees Host rewritten to its own address, plus whatever headers `addHeaders` returns.
 */
export function startProxy(targetPort: number, addHeaders: (incoming: IncomingMessage) => OutgoingHttpHeaders): Promise<Served> {
  return serve((incoming, outgoing) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: `127.0.0.1:${targetPort}`, ...addHeaders(incoming) },
        agent: false,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      outgoing.statusCode = 502;
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
}
