// POST /events for the closing of the loop, over HTTP with the real `stripe` SDK against the
// stand-in: support opened per source and the "How easy was this?" answers are counted for the
// report; a rating without its event, or an event with a rating it does not take, is a clear 400.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { ErrorResponseSchema } from '../../src/protocol/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, type App } from './harness.js';

let standin: StripeStandin;
let app: App;
standinWithAppPerTest((s, a) => {
  standin = s;
  app = a;
});

async function badRequest(response: Response): Promise<string> {
  assert.equal(response.status, 400);
  const body = ErrorResponseSchema.parse(await response.json());
  assert.equal(body.error.code, 'bad_request');
  return body.error.message;
}

describe('POST /events: support and rating', () => {
  it('counts support opened per source, and each rating 1 to 5', async () => {
    const browser = browserFor(app, seedCustomer(standin).customerId);
    for (const source of ['banner', 'banner', 'form', 'wall']) {
      assert.equal((await browser.post('/events', { name: 'support_opened', state: 'failed', source, invoiceId: 'in_1' })).status, 204);
    }
    for (const rating of [5, 4, 5]) {
      assert.equal((await browser.post('/events', { name: 'rated', state: 'failed', rating, source: 'banner' })).status, 204);
    }
    const { events } = await app.handler.recoveryStats();
    assert.equal(events.support_opened, 4);
    assert.equal(events['support_opened.failed'], 4);
    assert.equal(events['support_opened.banner'], 2);
    assert.equal(events['support_opened.form'], 1);
    assert.equal(events['support_opened.wall'], 1);
    assert.equal(events['support_opened.page'], undefined);
    assert.equal(events.rated, 3);
    assert.equal(events['rated.5'], 2);
    assert.equal(events['rated.4'], 1);
    assert.equal(events['rated.1'], undefined);
  });

  it('refuses a rating out of range, a rating on another event, a rated without one, and an unknown source', async () => {
    const browser = browserFor(app, seedCustomer(standin).customerId);
    for (const event of [
      { name: 'rated', state: 'failed', rating: 6 },
      { name: 'rated', state: 'failed', rating: 2.5 },
      { name: 'rated', state: 'failed' },
      { name: 'support_opened', state: 'failed', rating: 3 },
      { name: 'support_opened', state: 'failed', source: 'chat' },
    ]) {
      const message = await badRequest(await browser.post('/events', event));
      assert.match(message, /rating/, `the reason names the rule: ${message}`);
    }
    assert.deepEqual((await app.handler.recoveryStats()).events, {}, 'nothing counted');
  });

  it('still needs a signed-in customer', async () => {
    const response = await fetch(`${app.base}/events`, {
      method: 'POST',
      headers: { origin: app.url, 'content-type': 'application/json', 'paymend-request': '1' },
      body: JSON.stringify({ name: 'rated', state: 'ok', rating: 5 }),
    });
    assert.equal(response.status, 401);
  });
});
