/**
 * Test harness: the offline Stripe stand-in, the real `stripe` SDK talking HTTP to it, and the
 * Paymend handler served by `node:http` — the same wiring a merchant has, minus the internet.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach } from 'node:test';
import Stripe from 'stripe';
import { defaultAccountSettings, type AccountSettings } from '../../demo/stripe-standin/account.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { LISTEN_BACKLOG } from '../../demo/stripe-standin/server.js';
import { createHandler, toNodeHandler, type PaymendHandler } from '../../src/server/index.js';
import type { HandlerOptions } from '../../src/server/options.js';

export const WEBHOOK_SECRET = 'whsec_test_paymend';
export const PUBLISHABLE_KEY = 'pk_test_paymend';
export const SECRET_KEY = 'sk_test_paymend';

export function stripeClientFor(standin: StripeStandin, extra: Partial<ConstructorParameters<typeof Stripe>[1]> = {}): Stripe {
  // No telemetry: it only reports latencies to Stripe, and under load its buffer warnings drown the output.
  return new Stripe(SECRET_KEY, { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false, ...extra });
}

export interface App {
  url: string;
  base: string;
  handler: PaymendHandler;
  server: Server;
  /** Logs the handler wrote, to assert that degradations are reported. */
  logs: string[];
  /** Maps a session cookie value to a Stripe customer id: the merchant's own auth. */
  sessions: Map<string, string>;
  close(): Promise<void>;
}

export async function startApp(standin: StripeStandin, options: Partial<HandlerOptions> = {}): Promise<App> {
  const sessions = new Map<string, string>();
  const logs: string[] = [];
  const handler = createHandler({
    stripe: stripeClientFor(standin),
    publishableKey: PUBLISHABLE_KEY,
    webhookSecret: WEBHOOK_SECRET,
    basePath: '/billing/paymend',
    resolveCustomer: (request) => {
      const cookie = request.headers.get('cookie') ?? '';
      const session = /(?:^|;\s*)session=([^;]+)/.exec(cookie)?.[1];
      return (session && sessions.get(session)) ?? null;
    },
    logger: { warn: (m) => logs.push(`warn: ${m}`), error: (m) => logs.push(`error: ${m}`) },
    ...options,
  });
  const server = createServer(toNodeHandler(handler));
  // The stand-in's deep accept queue, for the same reason: 1,000 page views arrive at once in load.test.ts.
  server.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    base: `${url}/billing/paymend`,
    handler,
    server,
    logs,
    sessions,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.close();
    },
  };
}

/**
 * The usual wiring of a test file: one stand-in for the file, and for each test a fresh app whose
 * webhooks the stand-in delivers, with the account's settings reset (plus `account`) and any fault
 * cleared afterwards. `use` receives the two whenever they change; `options` go to the handler.
 */
export function standinWithAppPerTest(
  use: (standin: StripeStandin, app: App) => void,
  account: Partial<AccountSettings> = {},
  options: Partial<HandlerOptions> = {},
): void {
  let standin: StripeStandin;
  let app: App;
  before(async () => {
    standin = await startStripeStandin();
  });
  after(async () => {
    await standin.close();
  });
  beforeEach(async () => {
    Object.assign(standin.account, defaultAccountSettings(), account);
    app = await startApp(standin, options);
    standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
    use(standin, app);
  });
  afterEach(async () => {
    standin.clearFaults();
    await standin.flushWebhooks();
    await app.close();
  });
}

/** A logger that keeps its lines, to assert what the handler reported. */
export function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: { warn: (m: string) => lines.push(`warn: ${m}`), error: (m: string) => lines.push(`error: ${m}`) } };
}

/** A signed-in browser of one customer: cookies, the Paymend header, same-origin. */
export function browserFor(app: App, customerId: string) {
  const session = `s_${customerId}_${Math.random().toString(36).slice(2)}`;
  app.sessions.set(session, customerId);
  const headers = { cookie: `session=${session}`, origin: app.url };
  return {
    cookie: headers.cookie,
    status: () => fetch(`${app.base}/status`, { headers }),
    post: (path: string, body: unknown = {}, extra: Record<string, string> = {}) =>
      fetch(`${app.base}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'paymend-request': '1', ...extra },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

/** A customer with a working card and an active monthly subscription. */
export function seedCustomer(standin: StripeStandin, card = '4242424242424242', o: { expMonth?: number; expYear?: number } = {}) {
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
  const pm = standin.attachCard(customer.id, card, { makeDefault: true, ...o });
  const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
  return { customerId: customer.id as string, paymentMethodId: pm.id as string, subscriptionId: subscription.id as string };
}

/** Requests the stand-in received for a path fragment (Stripe reads and writes). */
export function countRequests(standin: StripeStandin, fragment = '') {
  return standin.requests.filter((r) => r.path.includes(fragment)).length;
}

/** A throwaway redis-server on a free port, for the Redis store tests. */
export async function startRedis(
  port = 20000 + Math.floor(Math.random() * 20000),
  attemptsLeft = 3,
): Promise<{ url: string; port: number; process: ChildProcess; stop(): Promise<void> }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 30 s')), 30_000);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`could not start redis-server (install it: apt-get install -y redis-server): ${e.message}`));
    });
    // Many test files start their own server at once: a random port may be taken, and redis-server
    // then exits at once. Say so, so another port is tried, instead of waiting out the 30 s.
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
    // The banner can arrive split over two chunks on a busy machine: look at all output so far.
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
  });
  if (!started) {
    if (attemptsLeft <= 1) throw new Error(`redis-server exited before it was ready (port ${port})`);
    return startRedis(20000 + Math.floor(Math.random() * 20000), attemptsLeft - 1);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}
