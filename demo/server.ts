/**
 * `npm start`: a small SaaS page with Paymend mounted exactly as the README tells merchants,
 * backed by the offline Stripe stand-in, so the whole flow runs with no keys and no network.
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import Stripe from 'stripe';
import { createHandler, toNodeHandler } from '../src/server/index.js';
import { startStripeStandin, type StripeStandin } from './stripe-standin/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEBHOOK_SECRET = 'whsec_demo_offline';
const BASE_PATH = '/billing/paymend';

/** The scenarios the demo login can put a customer in. */
export const SCENARIOS = {
  healthy: 'Card on file, all paid',
  expiring: 'Card expiring this month',
  expired: 'Card expired',
  failed: 'Renewal declined (insufficient funds)',
} as const;
export type Scenario = keyof typeof SCENARIOS;

function seed(standin: StripeStandin, scenario: Scenario): string {
  const now = new Date();
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada Lovelace' });
  const card = scenario === 'failed' ? '4000000000009995' : '4242424242424242';
  const expiry =
    scenario === 'expiring'
      ? { expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() }
      : scenario === 'expired'
        ? { expMonth: 1, expYear: now.getUTCFullYear() - 1 }
        : {};
  standin.attachCard(customer.id, card, { makeDefault: true, ...expiry });
  const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'usd' });
  if (scenario === 'failed') standin.renew(subscription.id);
  return customer.id;
}

export interface DemoServer {
  url: string;
  standin: StripeStandin;
  close(): Promise<void>;
}

export async function startDemo(port = Number(process.env.PORT ?? 8080)): Promise<DemoServer> {
  const standin = await startStripeStandin();
  const sessions = new Map<string, string>();
  const handler = createHandler({
    stripe: new Stripe('sk_test_offline_demo', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_offline_demo',
    webhookSecret: WEBHOOK_SECRET,
    basePath: BASE_PATH,
    // The demo's "session": a cookie naming a signed-in user; the browser never sends a customer id.
    resolveCustomer: (request) => {
      const session = /(?:^|;\s*)demo_session=([A-Za-z0-9]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      return (session && sessions.get(session)) ?? null;
    },
  });
  const paymend = toNodeHandler(handler);
  let bundle: Promise<string> | null = null;
  const widget = () =>
    (bundle ??= esbuild
      .build({ entryPoints: [`${ROOT}src/cdn.ts`], bundle: true, format: 'esm', write: false, minify: true, target: 'es2021', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } })
      .then((r) => r.outputFiles[0]!.text)
      .catch((error: unknown) => {
        bundle = null;
        throw error;
      }));

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname.startsWith(`${BASE_PATH}/`)) return paymend(req, res);
      if (url.pathname === '/paymend.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(await widget());
      }
      if (url.pathname === '/login') {
        const scenario = (url.searchParams.get('scenario') ?? 'failed') as Scenario;
        if (!(scenario in SCENARIOS)) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          return res.end('Unknown scenario');
        }
        const session = crypto.randomUUID().replaceAll('-', '');
        sessions.set(session, seed(standin, scenario));
        res.writeHead(303, { location: '/', 'set-cookie': `demo_session=${session}; Path=/; HttpOnly; SameSite=Lax` });
        return res.end();
      }
      if (url.pathname === '/') {
        const page = await readFile(`${ROOT}demo/index.html`, 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(page);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Demo server error');
    }
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standin.setWebhook({ url: `${url}${BASE_PATH}/webhook`, secret: WEBHOOK_SECRET });
  return {
    url,
    standin,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standin.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const demo = await startDemo();
  console.log(`Paymend demo (offline Stripe stand-in) running at ${demo.url}/login?scenario=failed`);
  console.log(`Other scenarios: ${Object.keys(SCENARIOS).map((s) => `${demo.url}/login?scenario=${s}`).join('  ')}`);
}
