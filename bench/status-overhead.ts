/**
 * Paymend's own CPU per warm `GET /status`, without sockets: the node adapter and the handler
 * driven with a stand-in `IncomingMessage` and a `ServerResponse` that writes nothing, 32 requests
 * in flight, CPU time over 300,000 requests per round. What `bench/aims-status.ts` measures is this
 * plus Node's own HTTP work (parsing, `writev`), which bare node:http pays too, so this is the part
 * Paymend can change (docs/performance.md). Run: `node --import tsx bench/status-overhead.ts`.
 */
import { createHandler, MemoryStore, toNodeHandler } from '../src/server/index.js';
import { startStripeStandin } from '../demo/stripe-standin/index.js';
import Stripe from 'stripe';
const standin = await startStripeStandin();
const c = standin.createCustomer({ email: 'a@example.com' });
standin.attachCard(c.id, '4242424242424242', { makeDefault: true });
standin.createSubscription({ customer: c.id, amount: 2900 });
const handler = createHandler({
  stripe: new Stripe('sk_test_b', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
  publishableKey: 'pk_test_b', webhookSecret: 'whsec_b', store: new MemoryStore(),
  resolveCustomer: (request) => (/session=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] === 's1' ? c.id : null),
});
await (await handler(new Request('http://b/paymend/status', { headers: { cookie: 'session=s1' } }))).text();
const node = toNodeHandler(handler);
// What autocannon sends; `socket: {}` is a plain connection (no TLS).
const req = { method: 'GET', url: '/paymend/status', headers: { host: '127.0.0.1:4000', cookie: 'session=s1', 'user-agent': 'autocannon' }, socket: {} } as never;
let bytes = 0;
// A response that writes nothing: Node's HTTP work and the socket are what bare node:http pays too.
const res = { writeHead(_s: number, _h: unknown) { return this; }, end(b: string) { bytes += b?.length ?? 0; } } as never;
const N = 300_000;
for (let round = 0; round < 4; round++) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < N; i += 32) {
    for (let j = 0; j < 32; j++) node(req, res);
    await new Promise((r) => setImmediate(r));
  }
  await new Promise((r) => setImmediate(r));
  const t = process.cpuUsage(t0);
  console.log(`round ${round + 1}: ${((t.user + t.system) / N).toFixed(2)} µs of CPU per warm GET /status (${bytes > 0 ? 'answered' : 'NOT answered'})`);
}
await handler.close(); await standin.close();
