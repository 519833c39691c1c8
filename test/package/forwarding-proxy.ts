/**
 * A reverse proxy as a TLS-terminating one behaves, minus the TLS: the browser's origin is
 * `https://<publicHost>`, the app behind it sees plain http on 127.0.0.1 with the Host rewritten to
 * its own address (as nginx `proxy_set_header Host $upstream` or Vite's `changeOrigin` do), and the
 * proxy says where the request really came to in X-Forwarded-Proto and X-Forwarded-Host.
 */
import { once } from 'node:events';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForwardingProxy {
  /** Where the test sends what the browser would send to https://<publicHost>. */
  url: string;
  close(): Promise<void>;
}

export async function startForwardingProxy(targetPort: number, publicHost: string): Promise<ForwardingProxy> {
  const server: Server = createServer((req, res) => {
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: targetPort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${targetPort}`, 'x-forwarded-proto': 'https', 'x-forwarded-host': publicHost },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
