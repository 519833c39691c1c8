// The Stripe client: Paymend's own identifies itself (appInfo), a merchant's own is checked for an
// API version Paymend can read. Requests go over real HTTP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, PAYMEND_VERSION, toNodeHandler } from '../../src/server/index.js';
import { resolveOptions } from '../../src/server/options.js';
import { createStripeClient } from '../../src/server/stripe-client.js';
import { send, serve } from './deploy-http.js';
import { PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET, recordingLogger, seedCustomer, stripeClientFor } from './harness.js';

let standin: StripeStandin;
before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});

const base = { publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET, resolveCustomer: () => null };

describe('the client Paymend creates from a secret key', () => {
  it('sends appInfo in its User-Agent', async () => {
    const seen: Array<Record<string, string | string[] | undefined>> = [];
    const stripeLike = await serve((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_1' });
      res.end(JSON.stringify({ id: 'cus_1', object: 'customer' }));
    });
    try {
      const stripe = createStripeClient(SECRET_KEY, { host: '127.0.0.1', port: stripeLike.port, protocol: 'http', telemetry: false });
      await stripe.customers.retrieve('cus_1');
      const headers = seen[0]!;
      assert.match(String(headers['user-agent']), new RegExp(`paymend/${PAYMEND_VERSION.replace(/\./g, '\\.')} \\(https://www\\.npmjs\\.com/package/paymend\\)`));
      const client = JSON.parse(String(headers['x-stripe-client-user-agent'])) as { application?: { name: string; version: string } };
      assert.deepEqual({ name: client.application?.name, version: client.application?.version }, { name: 'paymend', version: PAYMEND_VERSION });
    } finally {
      await stripeLike.close();
    }
  });

  it('is the one createHandler makes from `stripe: "sk_…"`', () => {
    const { stripe } = resolveOptions({ ...base, stripe: SECRET_KEY });
    assert.equal(stripe.getAppInfoAsString(), `paymend/${PAYMEND_VERSION} (https://www.npmjs.com/package/paymend)`);
  });

  it('carries the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(PAYMEND_VERSION, pkg.version);
  });
});

describe('a client the merchant passes in', () => {
  const pinned = (apiVersion: string) => stripeClientFor(standin, { apiVersion: apiVersion as never });

  it('warns at creation when it pins an API version before 2025-03-31, naming it', () => {
    const { lines, logger } = recordingLogger();
    createHandler({ ...base, stripe: pinned('2024-06-20'), logger });
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^warn: .*API version 2024-06-20, older than 2025-03-31.*invoice\.payments/);
  });

  it('stays quiet for 2025-03-31.basil, later versions and the SDK’s own pin', () => {
    const { lines, logger } = recordingLogger();
    for (const version of ['2025-03-31.basil', '2026-10-28.endive']) createHandler({ ...base, stripe: pinned(version), logger });
    createHandler({ ...base, stripe: stripeClientFor(standin), logger });
    assert.deepEqual(lines, []);
  });

  it('with lazy options, warns at first use, not at creation', async () => {
    const { lines, logger } = recordingLogger();
    const { customerId } = seedCustomer(standin);
    const handler = createHandler(() => ({ ...base, stripe: pinned('2024-09-30.acacia'), resolveCustomer: () => customerId, logger }));
    assert.deepEqual(lines, []);
    const server = await serve(toNodeHandler(handler));
    try {
      const answer = await send(server.port, { method: 'GET', path: '/status' });
      assert.equal(answer.status, 200, answer.text);
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, /2024-09-30\.acacia, older than 2025-03-31/);
      await send(server.port, { method: 'GET', path: '/status' });
      assert.equal(lines.length, 1, 'once per handler, not per request');
    } finally {
      await server.close();
    }
  });
});
