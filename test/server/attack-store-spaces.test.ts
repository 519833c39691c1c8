// MemoryStore used to keep webhook dedup ids and rate-limit windows in one LRU: a burst of signed
// events evicted the windows that stop card testing. Each now has its own bounded space.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { MemoryStore } from '../../src/server/index.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp } from './harness.js';

let standin: StripeStandin;

before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin?.close();
});

/** A correctly signed event Paymend handles, about a customer nobody viewed (so no Stripe read). */
function signedEvent(i: number) {
  const payload = JSON.stringify({
    id: `evt_blast_${i}_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type: 'invoice.paid',
    api_version: '2026-10-28',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { id: `in_blast${i}`, object: 'invoice', customer: 'cus_nobodyviewed' } },
  });
  return { payload, signature: standin.signPayload(payload, WEBHOOK_SECRET) };
}

describe('MemoryStore keeps webhook ids and rate limits apart', () => {
  it('more signed webhooks than maxKeys do not reset the /setup-intent limit', async () => {
    const maxKeys = 50;
    const store = new MemoryStore({ maxKeys });
    const app = await startApp(standin, { store });
    try {
      const { customerId } = seedCustomer(standin);
      const browser = browserFor(app, customerId);
      for (let i = 0; i < 5; i++) assert.equal((await browser.post('/setup-intent')).status, 200);
      for (let i = 0; i < maxKeys * 3; i++) {
        const { payload, signature } = signedEvent(i);
        const response = await fetch(`${app.base}/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': signature },
          body: payload,
        });
        assert.equal(response.status, 200, await response.text());
      }
      const sixth = await browser.post('/setup-intent');
      assert.equal(sixth.status, 429, 'the rate limit still holds');
      assert.ok(Number(sixth.headers.get('retry-after')) > 0);
      assert.equal(store.sizes.eventIds, maxKeys, 'the dedup space is full and bounded');
    } finally {
      await app.close();
    }
  });

  it('frees expired dedup ids, and an expired id can be claimed again', async () => {
    let now = 1_000_000;
    const store = new MemoryStore({ maxKeys: 1000, now: () => now });
    for (let i = 0; i < 20; i++) assert.equal(await store.claimEvent(`evt_${i}`, 1000), true);
    assert.equal(await store.claimEvent('evt_0', 1000), false, 'a duplicate within the TTL');
    now += 5000;
    for (let i = 0; i < 10; i++) await store.claimEvent(`evt_new_${i}`, 1000);
    assert.equal(store.sizes.eventIds, 10, 'the 20 expired ids were swept out');
    assert.equal(await store.claimEvent('evt_0', 1000), true, 'expired: a first time again');
  });

  it('filling the dedup space never resets a rate-limit window, nor a counted-once claim', async () => {
    const store = new MemoryStore({ maxKeys: 10 });
    for (let i = 0; i < 3; i++) await store.hit('setup-intent:cus_a', 60_000);
    assert.equal(await store.claimOnce('counted:invoice:in_1', 60_000), true);
    for (let i = 0; i < 100; i++) await store.claimEvent(`evt_${i}`, 60_000);
    assert.equal((await store.hit('setup-intent:cus_a', 60_000)).count, 4);
    assert.equal(await store.claimOnce('counted:invoice:in_1', 60_000), false);
    assert.equal(store.sizes.eventIds, 10);
    assert.equal(store.sizes.rateWindows, 1);
  });
});
