/**
 * Instance B of redis-local-cache.test.ts in a process of its own, so the only way a change made by
 * instance A can reach its local cache is Redis pub/sub (in one process, stores also tell each other
 * directly). Args: redis URL, Stripe stand-in port. Prints `{"port": N}` when ready; answers the IPC
 * message "gets" with how many snapshot GETs it sent to Redis.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { RedisStore, createHandler, toNodeHandler } from '../../src/server/index.js';
import { PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET } from './harness.js';

const [redisUrl, standinPort] = process.argv.slice(2);
// A long local TTL: within a test, only an invalidation can make B read Redis again.
const store = new RedisStore({ url: redisUrl!, prefix: 'local:', localCacheMs: 600_000 });
const client = await store.connect();
let gets = 0;
const get = client.get.bind(client);
client.get = ((key: string) => {
  if (key.startsWith('local:status:')) gets++;
  return get(key);
}) as typeof client.get;
const handler = createHandler({
  stripe: new Stripe(SECRET_KEY, { host: '127.0.0.1', port: Number(standinPort), protocol: 'http', maxNetworkRetries: 0, telemetry: false }),
  publishableKey: PUBLISHABLE_KEY,
  webhookSecret: WEBHOOK_SECRET,
  basePath: '/billing/paymend',
  store,
  // The test's own sign-in: the session cookie is the customer id.
  resolveCustomer: (request) => /(?:^|;\s*)session=(cus_\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
});
const server = createServer(toNodeHandler(handler));
server.listen(0, '127.0.0.1');
await once(server, 'listening');
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
process.on('message', (message) => {
  if (message === 'gets') process.send?.({ gets });
});
process.on('disconnect', async () => {
  server.closeAllConnections();
  server.close();
  await handler.close();
  process.exit(0);
});
