// The Origin/CSRF check where merchants deploy: behind proxies, under `next start`, with raw
// request targets and app webviews. Every request goes over real HTTP to the real handler.
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { send, serve, startProxy, widgetPost, type Served } from './deploy-http.js';
import { browserFor, seedCustomer, startApp, type App } from './harness.js';

const PUBLIC = 'https://app.example.com';
const PATH = '/billing/paymend/setup-intent';

let standin: StripeStandin;
before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});

/** An app, a signed-in customer's cookie, and everything to close afterwards. */
async function withApp(options: Partial<HandlerOptions>, run: (app: App, cookie: string) => Promise<void>) {
  // Many accepted POSTs per customer here: the setup-intent rate limit is not what is under test.
  const app = await startApp(standin, { rateLimits: { setupIntent: { limit: 1000, windowSeconds: 600 } }, ...options });
  try {
    await run(app, browserFor(app, seedCustomer(standin).customerId).cookie);
  } finally {
    await app.close();
  }
}

async function expectForbidden(response: Promise<{ status: number; json(): { error?: { code: string } } }>, why: string) {
  const answer = await response;
  assert.equal(answer.status, 403, why);
  assert.equal(answer.json().error?.code, 'forbidden', why);
}

async function expectAccepted(response: Promise<{ status: number; text: string }>, why: string) {
  const answer = await response;
  assert.equal(answer.status, 200, `${why}: ${answer.text}`);
}

describe('behind a proxy that rewrites Host (TLS terminator, Vite changeOrigin)', () => {
  /** The public side is https://app.example.com; the app sees Host 127.0.0.1:port and X-Forwarded-*. */
  async function behindProxy(options: Partial<HandlerOptions>, run: (proxy: Served, cookie: string) => Promise<void>, headers?: (req: IncomingMessage) => Record<string, string>) {
    await withApp(options, async (app, cookie) => {
      const proxy = await startProxy(
        Number(new URL(app.url).port),
        headers ?? ((req) => ({ 'x-forwarded-proto': 'https', 'x-forwarded-host': String(req.headers.host) })),
      );
      try {
        await run(proxy, cookie);
      } finally {
        await proxy.close();
      }
    });
  }
  const post = (proxy: Served, cookie: string, headers: Record<string, string>) =>
    send(proxy.port, { path: PATH, ...widgetPost(cookie, { host: 'app.example.com', ...headers }) });

  it('accepts a current browser on the public origin with no configuration (Sec-Fetch-Site: same-origin)', async () => {
    await behindProxy({}, async (proxy, cookie) => {
      await expectAccepted(post(proxy, cookie, { origin: PUBLIC, 'sec-fetch-site': 'same-origin' }), 'same-origin browser behind a proxy');
      await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), 'cross-site page');
      await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example' }), 'foreign Origin from an older browser');
    });
  });

  it('accepts an older browser (no Sec-Fetch-Site) when publicOrigin names the public origin', async () => {
    await behindProxy({ publicOrigin: PUBLIC }, async (proxy, cookie) => {
      await expectAccepted(post(proxy, cookie, { origin: PUBLIC }), 'Origin equals publicOrigin');
      await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example' }), 'foreign Origin');
      await expectForbidden(post(proxy, cookie, { origin: 'http://app.example.com' }), 'the http twin of the public origin');
    });
  });

  it('refuses an older browser behind the proxy unless trusted: the Host it sees is the proxy’s choice', async () => {
    await behindProxy({}, async (proxy, cookie) => {
      await expectForbidden(post(proxy, cookie, { origin: PUBLIC }), 'forwarded headers are not trusted by default');
    });
  });

  it('with trustProxy, rebuilds the public origin from X-Forwarded-Proto/-Host', async () => {
    await behindProxy({ trustProxy: true }, async (proxy, cookie) => {
      await expectAccepted(post(proxy, cookie, { origin: PUBLIC }), 'Origin equals the forwarded origin');
      await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example' }), 'foreign Origin');
      await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), 'cross-site stays refused');
    });
  });

  it('with trustProxy, reads the standard Forwarded header too', async () => {
    await behindProxy(
      { trustProxy: true },
      async (proxy, cookie) => {
        await expectAccepted(post(proxy, cookie, { origin: PUBLIC }), 'Origin equals Forwarded proto+host');
        await expectForbidden(post(proxy, cookie, { origin: 'https://evil.example' }), 'foreign Origin');
      },
      (req) => ({ forwarded: `for=198.51.100.7;proto=https;host="${String(req.headers.host)}"` }),
    );
  });
});

describe('Next.js-style: request.url is on localhost while the browser is on the public origin', () => {
  /** What `next start` hands a route handler: a Request whose URL is http://localhost:3000/…, whatever the Host. */
  async function nextStyle(options: Partial<HandlerOptions>, run: (server: Served, cookie: string) => Promise<void>) {
    await withApp(options, async (app, cookie) => {
      const server = await serve((req, res) => {
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
        const headers = new Headers(req.headers as Record<string, string>);
        const request = new Request(`http://localhost:3000${req.url}`, { method: req.method, headers, body, duplex: 'half' } as RequestInit);
        void app.handler(request).then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        });
      });
      try {
        await run(server, cookie);
      } finally {
        await server.close();
      }
    });
  }
  const post = (server: Served, cookie: string, headers: Record<string, string>) =>
    send(server.port, { path: PATH, ...widgetPost(cookie, { host: 'app.example.com', ...headers }) });

  it('accepts the public origin from current and older browsers, refuses foreign ones', async () => {
    await nextStyle({}, async (server, cookie) => {
      await expectAccepted(post(server, cookie, { origin: PUBLIC, 'sec-fetch-site': 'same-origin' }), 'current browser');
      await expectAccepted(post(server, cookie, { origin: PUBLIC }), 'older browser: Origin host equals the Host header');
      await expectForbidden(post(server, cookie, { origin: 'http://localhost:3000' }), 'request.url’s origin is not ours');
      await expectForbidden(post(server, cookie, { origin: 'https://evil.example' }), 'foreign Origin');
      await expectForbidden(post(server, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), 'cross-site');
    });
  });
});

describe('request targets that are not origin-form', () => {
  it('refuses POST //evil.example/… and absolute-form targets with a foreign Origin', async () => {
    for (const basePath of ['/billing/paymend', undefined]) {
      await withApp({ basePath }, async (app, cookie) => {
        const port = Number(new URL(app.url).port);
        const host = `127.0.0.1:${port}`;
        for (const path of [`//evil.example${PATH}`, `http://evil.example${PATH}`, `https://evil.example${PATH}`]) {
          for (const origin of ['http://evil.example', 'https://evil.example']) {
            const answer = await send(port, { path, ...widgetPost(cookie, { host, origin }) });
            assert.ok(answer.status === 403 || answer.status === 404, `${path} from ${origin} (basePath ${basePath}): ${answer.status} ${answer.text}`);
            assert.notEqual(answer.json().error, undefined);
          }
        }
        // The authority of an absolute-form target never replaces ours; its path still routes.
        await expectAccepted(send(port, { path: `http://evil.example${PATH}`, ...widgetPost(cookie, { host, origin: app.url }) }), 'own Origin, absolute-form target');
        const status = await send(port, { method: 'GET', path: `http://evil.example/billing/paymend/status`, headers: { host, cookie } });
        assert.equal(status.status, 200);
      });
    }
  });

  it('answers 400 to a Host header that could smuggle a path', async () => {
    await withApp({}, async (app, cookie) => {
      const port = Number(new URL(app.url).port);
      const answer = await send(port, { path: PATH, ...widgetPost(cookie, { host: 'evil.example/x?', origin: 'http://evil.example' }) });
      assert.equal(answer.status, 400);
    });
  });
});

describe('origins the merchant names', () => {
  const apps = ['capacitor://localhost', 'tauri://localhost', 'ionic://localhost'];

  it('matches app-scheme origins exactly and never turns them into "null"', async () => {
    await withApp({ allowedOrigins: apps }, async (app, cookie) => {
      const port = Number(new URL(app.url).port);
      const post = (headers: Record<string, string>) => send(port, { path: PATH, ...widgetPost(cookie, headers) });
      for (const origin of apps) {
        await expectAccepted(post({ origin }), `${origin}, webview without Sec-Fetch-Site`);
        await expectAccepted(post({ origin, 'sec-fetch-site': 'cross-site' }), `${origin}, webview that calls the API cross-site`);
      }
      await expectForbidden(post({ origin: 'null' }), 'Origin: null');
      await expectForbidden(post({ origin: 'null', 'sec-fetch-site': 'cross-site' }), 'Origin: null from a sandboxed frame');
      await expectForbidden(post({ origin: 'capacitor://evil' }), 'another host on the same scheme');
      await expectForbidden(post({ origin: 'capacitor://localhost:8080' }), 'another port');
    });
  });

  it('refuses Origin: null even with nothing configured', async () => {
    await withApp({}, async (app, cookie) => {
      const port = Number(new URL(app.url).port);
      await expectForbidden(send(port, { path: PATH, ...widgetPost(cookie, { origin: 'null' }) }), 'Origin: null');
    });
  });

  it('rejects an allowedOrigins entry that is no origin, naming it', async () => {
    await assert.rejects(() => startApp(standin, { allowedOrigins: ['null'] }), /allowedOrigins\.0: "null" is not an origin/);
    await assert.rejects(() => startApp(standin, { publicOrigin: 'https://app.example.com/billing' }), /publicOrigin/);
  });

  it('accepts sibling subdomains (Sec-Fetch-Site: same-site) only when allowSameSite is set', async () => {
    const sibling = { origin: 'https://www.example.com', 'sec-fetch-site': 'same-site' };
    await withApp({}, async (app, cookie) => {
      await expectForbidden(send(Number(new URL(app.url).port), { path: PATH, ...widgetPost(cookie, sibling) }), 'same-site by default');
    });
    await withApp({ allowSameSite: true }, async (app, cookie) => {
      const port = Number(new URL(app.url).port);
      await expectAccepted(send(port, { path: PATH, ...widgetPost(cookie, sibling) }), 'same-site, opted in');
      await expectForbidden(send(port, { path: PATH, ...widgetPost(cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }) }), 'cross-site');
    });
  });

  it('accepts non-browser clients (no Origin, no Sec-Fetch-Site) and refuses a navigation-like Sec-Fetch-Site: none', async () => {
    await withApp({}, async (app, cookie) => {
      const port = Number(new URL(app.url).port);
      await expectAccepted(send(port, { path: PATH, ...widgetPost(cookie) }), 'curl-like client');
      await expectAccepted(send(port, { path: PATH, ...widgetPost(cookie, { 'sec-fetch-site': 'same-origin' }) }), 'same-origin without Origin');
      await expectForbidden(send(port, { path: PATH, ...widgetPost(cookie, { 'sec-fetch-site': 'none' }) }), 'Sec-Fetch-Site: none');
    });
  });
});
