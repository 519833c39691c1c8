// A store that fails (here the memory store's methods, switched off; Redis stopped is
// attack-redis-down.test.ts) is named in the answers: 503 `store_unavailable` with Retry-After, on
// every route that needs it, the webhook included; never `stripe_unavailable`, which would send
// the merchant looking at Stripe. Page views still get their status (one Stripe read).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { MemoryStore } from '../../src/server/index.js';
import { errorOf } from './attack-flows.js';
import { browserFor, seedCustomer, startApp, WEBHOOK_SECRET, type App } from './harness.js';

/** A memory store whose every method rejects while `down` is set, as a store whose backend fell over. */
function switchableStore() {
  const store = new MemoryStore();
  const control = { down: false, store };
  for (const name of Object.getOwnPropertyNames(MemoryStore.prototype)) {
    const method = Object.getOwnPropertyDescriptor(MemoryStore.prototype, name)?.value as unknown;
    if (name === 'constructor' || name === 'close' || typeof method !== 'function') continue;
    Object.defineProperty(store, name, {
      value: (...args: unknown[]) => (control.down ? Promise.reject(new Error('store backend unreachable')) : (method as (...a: unknown[]) => unknown).apply(store, args)),
    });
  }
  return control;
}

let standin: StripeStandin;
let app: App;
const switchable = switchableStore();

before(async () => {
  standin = await startStripeStandin();
  app = await startApp(standin, { store: switchable.store });
});
after(async () => {
  await app?.close();
  await standin?.close();
});

function signedWebhook(customerId: string) {
  const payload = JSON.stringify({
    id: `evt_store_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type: 'customer.updated',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: customerId, object: 'customer' } },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return fetch(`${app.base}/webhook`, { method: 'POST', body: payload, headers: { 'stripe-signature': signature, 'content-type': 'application/json' } });
}

describe('the store is down', () => {
  it('every route that needs it answers 503 store_unavailable with Retry-After; the status is still served', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    switchable.down = true;
    try {
      const status = await browser.status();
      assert.equal(status.status, 200, 'a page view still gets its status');
      assert.equal(StatusSchema.parse(await status.json()).state, 'ok');

      const answers: Array<[string, Response]> = [
        ['POST /setup-intent', await browser.post('/setup-intent')],
        ['POST /complete', await browser.post('/complete', { setupIntentId: 'seti_123' })],
        ['POST /refresh', await browser.post('/refresh')],
        ['POST /payment-action', await browser.post('/payment-action')],
        ['POST /events', await browser.post('/events', { name: 'shown', state: 'failed' })],
        ['POST /webhook', await signedWebhook(customerId)],
      ];
      for (const [route, response] of answers) {
        assert.ok(Number(response.headers.get('retry-after')) > 0, `${route}: Retry-After`);
        const error = await errorOf(response, 503, 'store_unavailable');
        assert.match(error.message, /temporarily unavailable/, route);
      }
      assert.ok(app.logs.some((line) => line.includes('webhook') && line.includes('temporarily unavailable')), `the webhook's failure is logged: ${app.logs.join('\n')}`);
    } finally {
      switchable.down = false;
    }
  });

  it('once it is back, the same routes work again (the webhook Stripe redelivers is handled)', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    assert.equal((await browser.post('/setup-intent')).status, 200);
    const webhook = await signedWebhook(customerId);
    assert.equal(webhook.status, 200, await webhook.text());
  });
});
