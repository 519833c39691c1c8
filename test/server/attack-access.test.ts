// `<paymend-wall>` runs in the browser, so alone it is no access control: `handler.access(request)`
// gives the merchant's own routes the same decision from the server, without an extra Stripe read.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import type { AccessOptions } from '../../src/server/index.js';
import { browserFor, seedCustomer, startApp, type App } from './harness.js';
import { failingCustomer } from './attack-flows.js';

let standin: StripeStandin;

before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin?.close();
});

/**
 * The merchant's own API, guarded as docs/merchant/access-control.md shows: `/api/report` answers 402 when the
 * access check refuses, and echoes the decision so the test can read it.
 */
async function merchantApi(app: App, accessOptions?: AccessOptions): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    // As the documented middleware does: a body-less Request with the incoming headers.
    const request = new Request(new URL(req.url ?? '/', 'http://app.internal'), { headers: req.headers as Record<string, string> });
    const decision = await app.handler.access(request, accessOptions);
    const status = decision.allowed ? 200 : decision.reason === 'unauthenticated' ? 401 : 402;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(decision));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function report(api: { url: string }, cookie?: string) {
  const response = await fetch(`${api.url}/api/report`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, decision: (await response.json()) as Record<string, unknown> };
}

describe('handler.access(request) on the merchant’s own routes', () => {
  it('allows a healthy customer, refuses without a session, and reads Stripe not at all when cached', async () => {
    const app = await startApp(standin, { wall: { mode: 'hard' } });
    const api = await merchantApi(app);
    try {
      const { customerId } = seedCustomer(standin);
      const browser = browserFor(app, customerId);
      assert.equal((await browser.status()).status, 200); // the page view caches the status
      standin.resetRequests();
      for (let i = 0; i < 10; i++) {
        const { status, decision } = await report(api, browser.cookie);
        assert.equal(status, 200);
        assert.deepEqual(decision, { allowed: true, wall: 'none', endsAt: null, state: 'ok', reason: 'ok' });
      }
      assert.equal(standin.requests.length, 0, '10 access checks, 0 Stripe requests');
      const anonymous = await report(api);
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.decision.allowed, false);
      assert.equal(anonymous.decision.reason, 'unauthenticated');
    } finally {
      api.server.close();
      await app.close();
    }
  });

  it('refuses behind a hard wall, allows during a soft wall’s grace, like <paymend-wall>', async () => {
    const hard = await startApp(standin, { wall: { mode: 'hard' } });
    const soft = await startApp(standin, { wall: { mode: 'soft', graceDays: 7 } });
    const hardApi = await merchantApi(hard);
    const softApi = await merchantApi(soft);
    try {
      const { customerId } = await failingCustomer(standin);
      const viaHard = await report(hardApi, browserFor(hard, customerId).cookie);
      assert.equal(viaHard.status, 402);
      assert.equal(viaHard.decision.wall, 'hard');
      assert.equal(viaHard.decision.state, 'failed');
      assert.equal(viaHard.decision.reason, 'wall');
      const viaSoft = await report(softApi, browserFor(soft, customerId).cookie);
      assert.equal(viaSoft.status, 200);
      assert.equal(viaSoft.decision.wall, 'soft');
      assert.ok(typeof viaSoft.decision.endsAt === 'string' && Date.parse(viaSoft.decision.endsAt) > Date.now());
      // The same status the widget gets, so page and API agree.
      const status = (await (await browserFor(hard, customerId).status()).json()) as { access: unknown };
      assert.deepEqual(status.access, { wall: viaHard.decision.wall, endsAt: viaHard.decision.endsAt });
    } finally {
      hardApi.server.close();
      softApi.server.close();
      await hard.close();
      await soft.close();
    }
  });

  it('on an outage fails open by default, closed with onUnavailable: "deny"', async () => {
    const app = await startApp(standin, { wall: { mode: 'hard' }, stripeRetries: 0 });
    const open = await merchantApi(app);
    const closed = await merchantApi(app, { onUnavailable: 'deny' });
    try {
      const { customerId } = seedCustomer(standin);
      const cookie = browserFor(app, customerId).cookie;
      standin.failNext(100, { status: 500 });
      const a = await report(open, cookie);
      assert.equal(a.status, 200);
      assert.deepEqual(a.decision, { allowed: true, wall: 'none', endsAt: null, state: null, reason: 'unavailable' });
      const b = await report(closed, cookie);
      assert.equal(b.status, 402);
      assert.equal(b.decision.allowed, false);
      assert.equal(b.decision.reason, 'unavailable');
      assert.ok(app.logs.some((l) => l.includes('access check')), app.logs.join('\n'));
    } finally {
      standin.clearFaults();
      open.server.close();
      closed.server.close();
      await app.close();
    }
  });
});
