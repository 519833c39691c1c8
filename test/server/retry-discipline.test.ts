// Retry discipline over HTTP: the real `stripe` SDK against the stand-in, whose test cards have
// stable fingerprints per number (so retyping a card is recognised as the same card). What matters
// is what the bank sees: a refused card is never charged, which the stand-in's request log shows.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { defaultAccountSettings } from '../../demo/stripe-standin/account.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, SetupIntentResponseSchema, type CompleteResponse } from '../../src/protocol/index.js';
import { explain } from '../../src/explain/index.js';
import { isNeverRetry, retryVerdict } from '../../src/server/retry-discipline.js';
import { RedisStore } from '../../src/server/stores/redis.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, startRedis, type App } from './harness.js';

const GENEROUS = { limit: 1000, windowSeconds: 600 };
/** The form's rate limits are another guard; raised here so the discipline's own bound is what is tested. */
const options: Partial<HandlerOptions> = { rateLimits: { setupIntent: GENEROUS, complete: GENEROUS, events: GENEROUS, refresh: GENEROUS } };

let standin: StripeStandin;
let app: App;

before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});
beforeEach(async () => {
  Object.assign(standin.account, defaultAccountSettings());
  app = await startApp(standin, options);
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
});
afterEach(async () => {
  await standin.flushWebhooks();
  await app.close();
});

/** A customer whose renewal was declined by Stripe's automatic attempt with the card on file. */
async function failingCustomer(cardOnFile: string, declineCode?: string) {
  const seeded = seedCustomer(standin, cardOnFile);
  const invoice = standin.renew(seeded.subscriptionId, declineCode ? { declineCode } : {});
  await standin.flushWebhooks();
  assert.equal(standin.get(invoice.id).status, 'open');
  return { ...seeded, invoiceId: invoice.id as string };
}

/** The form's path: a SetupIntent, confirmed in "the browser" with `card`, then /complete. */
async function tryCard(application: App, customerId: string, card: string): Promise<CompleteResponse> {
  const browser = browserFor(application, customerId);
  const created = await browser.post('/setup-intent');
  assert.equal(created.status, 200, await created.clone().text());
  const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
  assert.equal(standin.confirmSetupIntent(setupIntentId, card).status, 'succeeded');
  const response = await browser.post('/complete', { setupIntentId });
  assert.equal(response.status, 200, await response.clone().text());
  return CompleteResponseSchema.parse(await response.json());
}

const pays = (invoiceId: string) => standin.requests.filter((r) => r.method === 'POST' && r.path === `/v1/invoices/${invoiceId}/pay`).length;

describe('retry discipline: the decision', () => {
  it('never retries after do_not_try_again or a lost, stolen or picked-up card', () => {
    for (const declineCode of ['lost_card', 'stolen_card', 'pickup_card']) assert.ok(isNeverRetry({ declineCode, adviceCode: null }), declineCode);
    assert.ok(isNeverRetry({ declineCode: 'generic_decline', adviceCode: 'do_not_try_again' }));
    assert.ok(!isNeverRetry({ declineCode: 'insufficient_funds', adviceCode: 'try_again_later' }));
    assert.ok(!isNeverRetry(null));
    // Open enums: an unknown code is not a reason to refuse.
    assert.ok(!isNeverRetry({ declineCode: 'some_future_code', adviceCode: 'some_future_advice' }));
  });

  it('allows 15 attempts in the window and refuses the 16th', () => {
    assert.deepEqual(retryVerdict({ lastDecline: null, attemptsInWindow: 15 }), { charge: true });
    assert.deepEqual(retryVerdict({ lastDecline: null, attemptsInWindow: 16 }), { charge: false, reason: 'limit_reached' });
    assert.deepEqual(retryVerdict({ lastDecline: { declineCode: 'lost_card', adviceCode: null }, attemptsInWindow: 1 }), {
      charge: false,
      reason: 'never_retry',
    });
  });

  it('explains a refusal as a generic decline, never as lost or stolen', async () => {
    const lost = await explain({ code: 'card_declined', declineCode: 'lost_card' });
    const refused = await explain({ code: 'retry_not_allowed', declineCode: null, adviceCode: 'do_not_try_again' });
    assert.equal(refused.key, 'decline.generic');
    assert.equal(refused.key, lost.key);
    assert.equal(refused.title, (await explain({ code: 'card_declined', declineCode: 'generic_decline' })).title);
  });
});

describe('retry discipline over HTTP', () => {
  for (const declineCode of ['lost_card', 'stolen_card', 'pickup_card', 'fraudulent']) {
    it(`refuses, without charging, the card Stripe's attempt declined as ${declineCode}`, async () => {
      const { customerId, invoiceId, paymentMethodId } = await failingCustomer('4242424242424242', declineCode);
      standin.resetRequests();
      const body = await tryCard(app, customerId, '4242424242424242');
      assert.deepEqual(body.failure, { code: 'retry_not_allowed', declineCode: null, adviceCode: 'do_not_try_again', sameCard: true });
      assert.equal(pays(invoiceId), 0, 'no charge was attempted');
      assert.equal(standin.get(invoiceId).status, 'open');
      assert.equal(standin.get(customerId).invoice_settings.default_payment_method, paymentMethodId, 'the card on file stays');
      assert.equal(body.status.state, 'failed');
    });
  }

  it('knows a retyped card by its fingerprint: the stand-in gives each test number a stable one', async () => {
    const { customerId } = seedCustomer(standin, '4242424242424242');
    const fingerprintOf = async (card: string) => {
      const browser = browserFor(app, customerId);
      const created = await browser.post('/setup-intent');
      const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
      const pm = standin.get(standin.confirmSetupIntent(setupIntentId, card).payment_method as string);
      return { id: pm.id as string, fingerprint: pm.card.fingerprint as string };
    };
    const [a, b, other] = [await fingerprintOf('4000000000000341'), await fingerprintOf('4000 0000 0000 0341'), await fingerprintOf('4000000000009995')];
    assert.notEqual(a.id, b.id, 'two PaymentMethods');
    assert.equal(a.fingerprint, b.fingerprint, 'one card');
    assert.notEqual(a.fingerprint, other.fingerprint);
  });

  it('lets another card pay after a never-retry decline', async () => {
    const { customerId, invoiceId } = await failingCustomer('4242424242424242', 'lost_card');
    assert.equal((await tryCard(app, customerId, '4242424242424242')).failure?.code, 'retry_not_allowed');
    const body = await tryCard(app, customerId, '5555555555554444');
    assert.equal(body.failure, undefined);
    assert.equal(standin.get(invoiceId).status, 'paid');
  });

  it('says "declined too" only when the same card fails again on the invoice', async () => {
    const { customerId } = await failingCustomer('4000000000009995');
    const first = await tryCard(app, customerId, '4000000000000341');
    assert.equal(first.failure?.code, 'card_declined');
    assert.equal(first.failure?.sameCard, undefined, 'a card that never failed here is not "declined too"');
    const again = await tryCard(app, customerId, '4000000000000341');
    assert.equal(again.failure?.sameCard, true);
    // The card on file, retyped after Stripe's own attempt declined it, is the same card too.
    const onFile = await tryCard(app, customerId, '4000000000009995');
    assert.equal(onFile.failure?.declineCode, 'insufficient_funds');
    assert.equal(onFile.failure?.sameCard, true);
  });

  it("refuses the 16th attempt on one card, counted apart from Stripe's automatic retries", async () => {
    const { customerId, invoiceId } = await failingCustomer('4000000000000341');
    for (let attempt = 1; attempt <= 14; attempt++) {
      const body = await tryCard(app, customerId, '4000000000000341');
      assert.equal(body.failure?.code, 'card_declined', `attempt ${attempt} is charged (and declined)`);
    }
    // Stripe's Smart Retries with the same card: Stripe's to bound, not counted as the customer's.
    for (let i = 0; i < 3; i++) standin.retryInvoice(invoiceId);
    await standin.flushWebhooks();
    assert.equal((await tryCard(app, customerId, '4000000000000341')).failure?.code, 'card_declined', 'the 15th is still charged');
    const before = pays(invoiceId);
    const sixteenth = await tryCard(app, customerId, '4000000000000341');
    assert.deepEqual(sixteenth.failure, { code: 'retry_not_allowed', declineCode: null, adviceCode: 'do_not_try_again', sameCard: true });
    assert.equal(pays(invoiceId), before, 'the 16th was not charged');
    // Another card is a new count.
    const other = await tryCard(app, customerId, '4242424242424242');
    assert.equal(other.failure, undefined);
    assert.equal(standin.get(invoiceId).status, 'paid');
  });

  it('counts a replayed /complete once: Stripe replays its answer, nothing is charged again', async () => {
    const { customerId, invoiceId } = await failingCustomer('4000000000000341');
    const browser = browserFor(app, customerId);
    const created = await browser.post('/setup-intent');
    const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
    standin.confirmSetupIntent(setupIntentId, '4000000000000341');
    for (let i = 0; i < 20; i++) {
      const body = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId })).json());
      assert.equal(body.failure?.code, 'card_declined', `replay ${i} answers the same decline`);
    }
    assert.equal(standin.get(invoiceId).status, 'open');
  });

  it('refuses (503) rather than charging when the store cannot count', async () => {
    const { customerId, invoiceId } = await failingCustomer('4000000000000341');
    await app.close();
    const failing = new (await import('../../src/server/stores/memory.js')).MemoryStore();
    const getValue = failing.getValue.bind(failing);
    failing.getValue = async (key) => {
      if (key.startsWith('retry:')) throw new Error('store down');
      return getValue(key);
    };
    const broken = await startApp(standin, { ...options, store: failing });
    try {
      const browser = browserFor(broken, customerId);
      const created = await browser.post('/setup-intent');
      const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
      standin.confirmSetupIntent(setupIntentId, '4000000000000341');
      standin.resetRequests();
      const response = await browser.post('/complete', { setupIntentId });
      assert.equal(response.status, 503);
      assert.equal(pays(invoiceId), 0);
    } finally {
      app = await startApp(standin, options);
      await broken.close();
    }
  });
});

describe('retry discipline on Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis.stop();
  });

  it('two instances share the counts', async () => {
    const prefix = `retry-${Math.random().toString(36).slice(2)}:`;
    const apps = [
      await startApp(standin, { ...options, store: new RedisStore({ url: redis.url, prefix }) }),
      await startApp(standin, { ...options, store: new RedisStore({ url: redis.url, prefix }) }),
    ];
    try {
      const { customerId, invoiceId } = await failingCustomer('4000000000000341');
      for (let attempt = 1; attempt <= 15; attempt++) {
        const body = await tryCard(apps[attempt % 2]!, customerId, '4000000000000341');
        assert.equal(body.failure?.code, 'card_declined', `attempt ${attempt}`);
      }
      const before = pays(invoiceId);
      assert.equal((await tryCard(apps[0]!, customerId, '4000000000000341')).failure?.code, 'retry_not_allowed');
      assert.equal((await tryCard(apps[1]!, customerId, '4000000000000341')).failure?.code, 'retry_not_allowed');
      assert.equal(pays(invoiceId), before);
    } finally {
      for (const a of apps) await a.close();
    }
  });
});
