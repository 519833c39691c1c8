// The node:http adapter: Paymend's fast path, any wrapped web handler, and Express-style mounting.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { createHandler, toNodeHandler } from '../../src/server/index.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, seedCustomer, stripeClientFor } from './harness.js';

let standin: StripeStandin;
before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});

async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(listener).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('toNodeHandler', () => {
  it('serves a wrapped web handler through Response, and an Express-style mount via originalUrl', async () => {
    const { customerId } = seedCustomer(standin);
    const paymend = createHandler({
      stripe: stripeClientFor(standin),
      publishableKey: PUBLISHABLE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      basePath: '/billing/paymend',
      resolveCustomer: () => customerId,
    });
    // A merchant's middleware around the handler loses the fast path but must behave the same.
    const wrapped = async (request: Request) => {
      const response = await paymend(request);
      response.headers.set('x-wrapped', '1');
      return response;
    };
    const mounted = toNodeHandler(wrapped);
    const app = await serve((req, res) => {
      // What Express does for app.use('/billing/paymend', …): strips the mount path from req.url.
      const original = req.url!;
      req.url = original.replace('/billing/paymend', '');
      Object.assign(req, { originalUrl: original });
      mounted(req, res);
    });
    try {
      const response = await fetch(`${app.url}/billing/paymend/status`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-wrapped'), '1');
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
      assert.equal(StatusSchema.parse(await response.json()).state, 'ok');
      const head = await fetch(`${app.url}/billing/paymend/status`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
    } finally {
      await app.close();
    }
  });
});

describe('toNodeHandler request URLs', () => {
  it('keeps our host whatever the request target: //host and absolute-form only give a path', async () => {
    const { send } = await import('./deploy-http.js');
    const seen: string[] = [];
    const { customerId } = seedCustomer(standin);
    // No basePath: routes match by their last segment, so even the //host target reaches resolveCustomer.
    const paymend = createHandler({
      stripe: stripeClientFor(standin),
      publishableKey: PUBLISHABLE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      resolveCustomer: (request) => {
        seen.push(request.url);
        return customerId;
      },
    });
    for (const trustProxy of [false, true]) {
      const app = await serve(toNodeHandler(paymend, { trustProxy }));
      const port = Number(new URL(app.url).port);
      try {
        seen.length = 0;
        for (const path of ['//evil.example/billing/paymend/status?x=1', 'http://evil.example/billing/paymend/status?x=1']) {
          await send(port, { method: 'GET', path, headers: { host: `127.0.0.1:${port}`, 'x-forwarded-proto': 'https' } });
        }
        const scheme = trustProxy ? 'https' : 'http';
        assert.deepEqual(seen, [`${scheme}://127.0.0.1:${port}//evil.example/billing/paymend/status?x=1`, `${scheme}://127.0.0.1:${port}/billing/paymend/status?x=1`]);
      } finally {
        await app.close();
      }
    }
  });
});
