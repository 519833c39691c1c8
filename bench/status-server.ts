/**
 * One server under load for `npm run bench`, in its own process so the load generator does not
 * share its event loop. Modes: `bare` (node:http answering the same JSON), `memory`, `redis=<url>`.
 * Prints `{"port": N, "cookies": [...]}` on stdout when ready; answers the IPC messages
 * "stripe-requests" and "cpu" (see bench/aims-status.ts).
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeStandin } from '../demo/stripe-standin/index.js';
import { createHandler, MemoryStore, RedisStore, toNodeHandler } from '../src/server/index.js';

const mode = process.argv[2] ?? 'memory';
const CUSTOMERS = 100;

const standin = await startStripeStandin();
const sessions = new Map<string, string>();
for (let i = 0; i < CUSTOMERS; i++) {
  const customer = standin.createCustomer({ email: `c${i}@example.com` });
  standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
  standin.createSubscription({ customer: customer.id, amount: 2900 });
  sessions.set(`s${i}`, customer.id);
}
const store = mode.startsWith('redis=') ? new RedisStore({ url: mode.slice('redis='.length), prefix: `bench:${process.pid}:` }) : new MemoryStore();
const handler = createHandler({
  stripe: new Stripe('sk_test_bench', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
  publishableKey: 'pk_test_bench',
  webhookSecret: 'whsec_bench',
  store,
  resolveCustomer: (request) => sessions.get(/session=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? '') ?? null,
});

// Warm the store, and keep one status body for the bare server to answer with.
let sample = '';
for (const session of sessions.keys()) {
  const response = await handler(new Request('http://bench/paymend/status', { headers: { cookie: `session=${session}` } }));
  sample = await response.text();
}

const server =
  mode === 'bare'
    ? createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' });
        res.end(sample);
      })
    : createServer(toNodeHandler(handler));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1');
await once(server, 'listening');
standin.resetRequests();
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, cookies: [...sessions.keys()].map((s) => `session=${s}`) })}\n`);
process.on('message', (message) => {
  if (message === 'stripe-requests') process.send?.({ stripeRequests: standin.requests.length });
  // CPU time this server spent (µs, user + system): steadier than req/s when a neighbour takes the cores.
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  }
});
process.on('SIGTERM', async () => {
  await handler.close();
  await standin.close();
  process.exit(0);
});
