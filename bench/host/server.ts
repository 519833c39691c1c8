/**
 * A merchant's page with Paymend, for the browser bench (bench/browser.ts) and the end-to-end budget
 * and CSP tests (test/e2e/budgets.e2e.test.ts, test/e2e/csp.e2e.test.ts).
 *
 *  - `/` is a plausible SaaS dashboard (page.html + /host.css, no inline script or style) with Paymend
 *    mounted exactly as the docs tell merchants; `/?paymend=0` is the same page byte for byte but
 *    for the Paymend lines, so comparing the two measures Paymend alone. `?lang=de` sets `<html lang>`.
 *  - `/paymend.js` and `/chunks/*` are the real CDN build (dist/cdn), brotli-compressed once at
 *    start-up (quality 11, as a CDN would) so transferred bytes are what a customer downloads.
 *  - `/billing/paymend/*` is the real handler against the offline Stripe stand-in, behind a cookie
 *    session; `/demo/stripe/*` answers the browser stand-in of Stripe.js (served for
 *    https://js.stripe.com by bench/host/browser.ts).
 *  - The HTML carries a strict Content-Security-Policy (STRICT_CSP) unless told otherwise.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import Stripe from 'stripe';
import { POLICY, SCENARIOS, seedScenario, standinApi, type Policy, type Scenario } from '../../demo/server.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, embedStatus, MemoryStore, toNodeHandler, type PaymendHandler } from '../../src/server/index.js';
import type { Status } from '../../src/protocol/index.js';
import { CDN_DIR, STABLE_CHUNKS } from '../sizes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Where the page mounts the handler, as in the docs' quick start. */
export const BASE_PATH = '/billing/paymend';
const SESSION_COOKIE = 'host_session';

/**
 * The page's Content-Security-Policy: no 'unsafe-inline', no 'unsafe-eval', only the page's own
 * origin and what Stripe documents for Stripe.js and the Payment Element
 * (https://docs.stripe.com/security/guide#content-security-policy):
 *   script-src  https://js.stripe.com https://*.js.stripe.com
 *   frame-src   https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com
 *   connect-src https://api.stripe.com
 * (Stripe also lists https://maps.googleapis.com for the Address Element's autocomplete, which
 * Paymend does not use.) Paymend itself needs 'self' only: its script and chunks, and the
 * endpoint, are served by the merchant's origin; its styles are constructable stylesheets.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' https://js.stripe.com https://*.js.stripe.com",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self' https://api.stripe.com",
  'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface HostPageOptions {
  /** The page's Content-Security-Policy header; `null` sends none. Default: STRICT_CSP. */
  csp?: string | null;
  /** Rebuild dist/ first (`rollup -c`). Default: only when dist/cdn/paymend.js is missing. */
  build?: boolean;
  /** Default: any free port. */
  port?: number;
}

/** A session cookie, in the shape playwright's `context.addCookies()` takes. */
export interface SessionCookie {
  name: string;
  value: string;
  url: string;
}

export interface HostPage {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  standin: StripeStandin;
  /** Seeds a fresh customer in `scenario` and returns the cookie that signs the browser in as them. */
  login(scenario: Scenario): SessionCookie;
  /** `METHOD path` of every request the Paymend handler received, in order (the server's own count). */
  served: string[];
  close(): Promise<void>;
}

interface Asset {
  type: string;
  body: Buffer;
  /** Brotli (quality 11), sent to browsers that accept it. */
  br: Buffer;
  cacheControl: string;
}

function asset(body: Buffer, type: string, cacheControl: string): Asset {
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
  });
  return { type, body, br, cacheControl };
}

/** The CDN build's JavaScript by URL path: `/paymend.js` and `/chunks/<file>` (the entry imports `./chunks/…`). */
function cdnAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const js = 'text/javascript; charset=utf-8';
  // The entry's URL is stable, so a CDN revalidates it; chunks are content-hashed, so they are immutable.
  assets.set('/paymend.js', asset(readFileSync(join(CDN_DIR, 'paymend.js')), js, 'public, max-age=300'));
  for (const file of STABLE_CHUNKS) assets.set(`/${file}`, asset(readFileSync(join(CDN_DIR, file)), js, 'public, max-age=300'));
  for (const file of readdirSync(join(CDN_DIR, 'chunks')).filter((f) => f.endsWith('.js'))) {
    assets.set(`/chunks/${file}`, asset(readFileSync(join(CDN_DIR, 'chunks', file)), js, 'public, max-age=31536000, immutable'));
  }
  return assets;
}

/**
 * The dashboard with or without Paymend and in a given `<html lang>`. The Paymend lines sit between
 * `<!-- paymend -->` markers, dropped from both variants, so nothing else differs.
 */
function hostHtml(template: string, options: { paymend: boolean; lang: string; embedded?: Status | null } & PageVariant): string {
  const withLang = template.replace('<html lang="en">', `<html lang="${options.lang}">`);
  if (!options.paymend) return withLang.replace(/^[ \t]*<!-- paymend -->\n[\s\S]*?<!-- \/paymend -->\n/gm, '');
  return withVariant(withLang.replace(/^[ \t]*<!-- \/?paymend -->\n/gm, ''), options);
}

/** How the page mounts Paymend, from its query: `?placement=top`, `?reserve=1`, `?preload=1` (or `=use-credentials`), `?embed=1`. */
export interface PageVariant {
  placement: 'inline' | 'top' | 'bottom';
  /** The banner's `reserve` attribute: room kept for an inline banner whose status is fetched. */
  reserve: boolean;
  /**
   * The documented `<link rel="preload">` of `GET /status` (`crossorigin="anonymous"`, which
   * matches the element's own fetch), or one whose credentials mode does not match (`use-credentials`,
   * which the browser cannot reuse: the tests show it costs a second request).
   */
  preload: 'anonymous' | 'use-credentials' | null;
}

function variant(query: URLSearchParams): PageVariant {
  const placement = query.get('placement');
  return {
    placement: placement === 'top' || placement === 'bottom' ? placement : 'inline',
    reserve: query.get('reserve') === '1',
    preload: query.get('preload') === '1' ? 'anonymous' : query.get('preload') === 'use-credentials' ? 'use-credentials' : null,
  };
}

/**
 * The page as docs/elements/banner.md tells a merchant to write each variant: the status embedded
 * (`embedStatus(await handler.statusFor(request))`) with, for a customer with a problem, the view
 * loaded render-blocking; or the status preloaded.
 */
function withVariant(html: string, options: { embedded?: Status | null } & PageVariant): string {
  const head: string[] = [];
  if (options.preload) head.push(`<link rel="preload" href="${BASE_PATH}/status" as="fetch" crossorigin="${options.preload}" />`);
  if (options.embedded && options.embedded.state !== 'ok') head.push('<script type="module" blocking="render" src="/paymend-banner-view.js"></script>');
  const attributes = [options.placement !== 'inline' ? ` placement="${options.placement}"` : '', options.reserve ? ' reserve' : ''].join('');
  const embed = options.embedded === undefined ? '' : `<script type="application/json" data-paymend-status>${embedStatus(options.embedded)}</script>\n        `;
  return html
    .replace('<script type="module" src="/paymend.js"></script>', [...head, '<script type="module" src="/paymend.js"></script>'].join('\n    '))
    .replace('<paymend-banner endpoint="/billing/paymend" dismissible>', `${embed}<paymend-banner endpoint="/billing/paymend" dismissible${attributes}>`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export async function startHostPage(options: HostPageOptions = {}): Promise<HostPage> {
  if (options.build || !existsSync(join(CDN_DIR, 'paymend.js'))) {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: ROOT });
  }
  const csp = options.csp === undefined ? STRICT_CSP : options.csp;
  const assets = cdnAssets();
  assets.set('/host.css', asset(readFileSync(join(HERE, 'host.css')), 'text/css; charset=utf-8', 'public, max-age=300'));
  const template = readFileSync(join(HERE, 'page.html'), 'utf8');

  const standin = await startStripeStandin();
  const webhookSecret = 'whsec_host_page';
  const sessions = new Map<string, { customerId: string; scenario: Scenario }>();
  const sessionOf = (cookieHeader: string | null | undefined) => {
    const id = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9]+)`).exec(cookieHeader ?? '')?.[1];
    return id ? sessions.get(id) : undefined;
  };
  // As in the demo: one store for every wall policy (the wall is computed when the status is read).
  const store = new MemoryStore();
  const stripe = new Stripe('sk_test_host_page', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false });
  const handlerFor = (policy: Policy) =>
    createHandler({
        stripe,
        publishableKey: 'pk_test_host_page',
        webhookSecret,
        basePath: BASE_PATH,
        store,
        wall: { mode: policy, graceDays: 7 },
        // seedScenario's "expiring" card runs out 10 to 40 days from today (the demo's setting too).
        expiringWithinDays: 45,
        resolveCustomer: (request) => sessionOf(request.headers.get('cookie'))?.customerId ?? null,
      });
  const paymend: Record<Policy, PaymendHandler> = { none: handlerFor('none'), soft: handlerFor('soft'), hard: handlerFor('hard') };
  const handlers = { none: toNodeHandler(paymend.none), soft: toNodeHandler(paymend.soft), hard: toNodeHandler(paymend.hard) };
  /** Requests the handler received, by `METHOD path` (the server's own count, beside the browser's). */
  const served: string[] = [];

  /** Seeds a customer of `scenario` and opens a session for them: its id. */
  const signIn = (scenario: Scenario): string => {
    const id = crypto.randomUUID().replaceAll('-', '');
    sessions.set(id, { customerId: seedScenario(standin, scenario), scenario });
    return id;
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const session = sessionOf(req.headers.cookie);
    try {
      if (url.pathname.startsWith(`${BASE_PATH}/`)) {
        served.push(`${req.method} ${url.pathname}`);
        return handlers[session ? POLICY[session.scenario] : 'none'](req, res);
      }
      const file = assets.get(url.pathname);
      if (file) {
        const br = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
        return send(res, 200, file.type, br ? file.br : file.body, {
          'cache-control': file.cacheControl,
          vary: 'accept-encoding',
          ...(br ? { 'content-encoding': 'br' } : {}),
        });
      }
      if (url.pathname === '/') {
        const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang')! : 'en';
        const embedded =
          url.searchParams.get('embed') === '1'
            ? await paymend[session ? POLICY[session.scenario] : 'none'].statusFor(new Request(`${url}`, { headers: { cookie: req.headers.cookie ?? '' } }))
            : undefined;
        const html = hostHtml(template, { paymend: url.searchParams.get('paymend') !== '0', lang, embedded, ...variant(url.searchParams) });
        return send(res, 200, 'text/html; charset=utf-8', html, csp ? { 'content-security-policy': csp } : {});
      }
      if (url.pathname.startsWith('/demo/stripe/')) return await standinApi(standin, req, res, url);
      if (url.pathname === '/login') {
        // For a person trying the page by hand; tests and the bench use `login()` and set the cookie.
        const scenario = url.searchParams.get('scenario') ?? '';
        if (!Object.hasOwn(SCENARIOS, scenario)) return send(res, 400, 'text/plain; charset=utf-8', 'Unknown scenario');
        return send(res, 303, 'text/plain', '', {
          location: '/',
          'set-cookie': `${SESSION_COOKIE}=${signIn(scenario as Scenario)}; Path=/; HttpOnly; SameSite=Lax`,
        });
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Host page error');
    }
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standin.setWebhook({ url: `${url}${BASE_PATH}/webhook`, secret: webhookSecret });

  return {
    url,
    standin,
    login: (scenario) => ({ name: SESSION_COOKIE, value: signIn(scenario), url }),
    served,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standin.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const host = await startHostPage({ csp: process.env.HOST_CSP === '0' ? null : undefined });
  console.log(`Host page at ${host.url}/  (sign in: ${host.url}/login?scenario=insufficient_funds; without Paymend: ${host.url}/?paymend=0)`);
  console.log('Stripe.js is only stood in for under playwright (bench/host/browser.ts); a plain browser fetches the real one.');
}
