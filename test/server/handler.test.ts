// The handler over HTTP, with the real `stripe` SDK talking to the offline Stripe stand-in.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { CompleteResponseSchema, ErrorResponseSchema, PaymentActionResponseSchema, SetupIntentResponseSchema, StatusSchema } from '../../src/protocol/index.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, MemoryStore } from '../../src/server/index.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, browserFor, countRequests, seedCustomer, startApp, stripeClientFor, type App } from './harness.js';

let standin: StripeStandin;
let app: App;

before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});
beforeEach(async () => {
  await app?.close();
  app = await startApp(standin);
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
});
after(async () => {
  await app?.close();
});

async function statusOf(browser: ReturnType<typeof browserFor>) {
  const response = await browser.status();
  assert.equal(response.status, 200);
  return StatusSchema.parse(await response.json());
}

async function errorOf(response: Response, status: number, code: string) {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}`);
  const body = ErrorResponseSchema.parse(await response.json());
  assert.equal(body.error.code, code);
  return body.error;
}

/** A customer whose renewal was declined: open invoice, past_due subscription. */
async function failingCustomer(declineCard = '4000000000000341') {
  const seeded = seedCustomer(standin, declineCard);
  const invoice = standin.renew(seeded.subscriptionId);
  await standin.flushWebhooks();
  return { ...seeded, invoiceId: invoice.id as string };
}

/** What Stripe.js does in the browser: create the intent through Paymend, confirm it with a card. */
async function newCardVia(browser: ReturnType<typeof browserFor>, card: string) {
  const response = await browser.post('/setup-intent');
  assert.equal(response.status, 200);
  const { clientSecret, publishableKey } = SetupIntentResponseSchema.parse(await response.json());
  assert.equal(publishableKey, PUBLISHABLE_KEY);
  const setupIntentId = clientSecret.split('_secret_')[0]!;
  const intent = standin.confirmSetupIntent(setupIntentId, card);
  if (intent.status === 'requires_action') standin.authenticate(setupIntentId, true);
  return setupIntentId;
}

async function complete(browser: ReturnType<typeof browserFor>, setupIntentId: string) {
  const response = await browser.post('/complete', { setupIntentId });
  assert.equal(response.status, 200);
  return CompleteResponseSchema.parse(await response.json());
}

function customerDefault(customerId: string): string | null {
  return standin.get(customerId).invoice_settings.default_payment_method;
}

describe('GET /status', () => {
  it('answers 401 without the merchant session, on every endpoint', async () => {
    for (const [method, path] of [['GET', '/status'], ['POST', '/setup-intent'], ['POST', '/complete'], ['POST', '/events']] as const) {
      const response = await fetch(`${app.base}${path}`, {
        method,
        headers: method === 'POST' ? { 'content-type': 'application/json', 'paymend-request': '1', origin: app.url } : {},
        body: method === 'POST' ? '{}' : undefined,
      });
      await errorOf(response, 401, 'unauthenticated');
    }
  });

  it('is ok for a healthy customer and expiring for a card that runs out this month', async () => {
    const healthy = seedCustomer(standin);
    assert.equal((await statusOf(browserFor(app, healthy.customerId))).state, 'ok');
    const now = new Date();
    const expiring = seedCustomer(standin, '4242424242424242', { expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() });
    const status = await statusOf(browserFor(app, expiring.customerId));
    assert.equal(status.state, 'expiring');
    assert.equal(status.paymentMethod?.last4, '4242');
    assert.equal(status.paymentMethod?.brand, 'visa');
  });

  it('is failed with the decline codes after a declined renewal', async () => {
    const { customerId, invoiceId } = await failingCustomer('4000000000009995');
    const status = await statusOf(browserFor(app, customerId));
    assert.equal(status.state, 'failed');
    assert.equal(status.invoice?.id, invoiceId);
    assert.equal(status.invoice?.amountDue, 2900);
    assert.deepEqual(status.failure, { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
  });

  it('reads Stripe once for 100 concurrent page views on a cold store, and never when warm', async () => {
    const { customerId } = seedCustomer(standin);
    await standin.flushWebhooks(); // the seeding's own events must not count as page views' reads
    const browser = browserFor(app, customerId);
    standin.resetRequests();
    const cold = await Promise.all(Array.from({ length: 100 }, () => browser.status()));
    assert.ok(cold.every((r) => r.status === 200));
    assert.equal(countRequests(standin, `/v1/customers/${customerId}`), 1, 'one customer read');
    const coldTotal = standin.requests.length;
    assert.ok(coldTotal <= 4, `one derivation is a handful of requests, saw ${coldTotal}`);
    await Promise.all(Array.from({ length: 100 }, () => browser.status()));
    assert.equal(standin.requests.length, coldTotal, 'a warm store makes no Stripe request');
  });

  it('turns a cached card into expiring, then expired, as the days pass, without reading Stripe', async () => {
    let now = Date.UTC(2030, 0, 15);
    // The days rule: with the default (before the next charge) only a renewal would move it.
    const local = await startApp(standin, { now: () => now, expiring: { mode: 'withinDays', withinDays: 30 } });
    try {
      const { customerId } = seedCustomer(standin, '4242424242424242', { expMonth: 3, expYear: 2030 });
      await standin.flushWebhooks();
      const browser = browserFor(local, customerId);
      assert.equal((await statusOf(browser)).state, 'ok');
      standin.resetRequests();
      now = Date.UTC(2030, 2, 10);
      assert.equal((await statusOf(browser)).state, 'expiring');
      now = Date.UTC(2030, 3, 1);
      assert.equal((await statusOf(browser)).state, 'expired');
      assert.equal(standin.requests.length, 0, 'the calendar, not Stripe, moved the state');
    } finally {
      await local.close();
    }
  });

  it('hides a status the merchant does not want shown', async () => {
    const local = await startApp(standin, { shouldShow: (status) => status.state !== 'failed' });
    try {
      const { customerId } = await failingCustomer();
      const status = await statusOf(browserFor(local, customerId));
      assert.equal(status.state, 'ok');
      assert.equal(status.access.wall, 'none');
    } finally {
      await local.close();
    }
  });

  it('reports the soft wall with the date access ends', async () => {
    const local = await startApp(standin, { wall: { mode: 'soft', graceDays: 5 } });
    try {
      const { customerId } = await failingCustomer();
      const status = await statusOf(browserFor(local, customerId));
      assert.equal(status.access.wall, 'soft');
      assert.ok(status.access.endsAt && Date.parse(status.access.endsAt) > Date.now());
    } finally {
      await local.close();
    }
  });

  it('answers 502 with a generic message when Stripe fails, never Stripe text', async () => {
    const { customerId } = seedCustomer(standin);
    standin.failNext(10, { status: 500, pathIncludes: `/v1/customers/${customerId}` }); // more than the retries
    const response = await browserFor(app, customerId).status();
    standin.clearFaults();
    const error = await errorOf(response, 502, 'stripe_unavailable');
    assert.doesNotMatch(error.message, /stripe|sk_|api_error|at \w+ \(/i);
  });
});

describe('POST /setup-intent', () => {
  it('creates an off-session SetupIntent for this customer', async () => {
    const { customerId } = seedCustomer(standin);
    const response = await browserFor(app, customerId).post('/setup-intent');
    const body = SetupIntentResponseSchema.parse(await response.json());
    const intent = standin.get(body.clientSecret.split('_secret_')[0]!);
    assert.equal(intent.customer, customerId);
    assert.equal(intent.usage, 'off_session');
  });

  it('stops card testing: 429 with Retry-After after 5 intents', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    for (let i = 0; i < 5; i++) assert.equal((await browser.post('/setup-intent')).status, 200);
    const response = await browser.post('/setup-intent');
    await errorOf(response, 429, 'rate_limited');
    const retryAfter = Number(response.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${retryAfter}`);
    // Another customer is not affected.
    assert.equal((await browserFor(app, seedCustomer(standin).customerId).post('/setup-intent')).status, 200);
  });
});

describe('CSRF and malformed requests', () => {
  it('refuses POSTs without the Paymend header, from a foreign origin, or not JSON', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    standin.resetRequests();
    await errorOf(await browser.post('/setup-intent', {}, { 'paymend-request': '' }), 403, 'forbidden');
    await errorOf(await browser.post('/setup-intent', {}, { origin: 'https://evil.example' }), 403, 'forbidden');
    await errorOf(await browser.post('/setup-intent', {}, { origin: 'null' }), 403, 'forbidden');
    await errorOf(await browser.post('/setup-intent', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    await errorOf(await browser.post('/setup-intent', {}, { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    assert.equal(countRequests(standin, '/v1/setup_intents'), 0, 'no intent was created');
  });

  it('accepts an origin the merchant configured', async () => {
    const local = await startApp(standin, { allowedOrigins: ['https://app.example.com'] });
    try {
      const response = await browserFor(local, seedCustomer(standin).customerId).post('/setup-intent', {}, { origin: 'https://app.example.com' });
      assert.equal(response.status, 200);
    } finally {
      await local.close();
    }
  });

  it('answers 4xx with a reason for bad JSON, wrong shapes, big bodies, wrong methods and paths', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    await errorOf(await browser.post('/complete', '{"setupIntentId":'), 400, 'bad_request');
    await errorOf(await browser.post('/complete', { setupIntentId: 42 }), 400, 'bad_request');
    await errorOf(await browser.post('/complete', { setupIntentId: 'pi_123' }), 400, 'bad_request');
    await errorOf(await browser.post('/complete', { setupIntentId: 'seti_1', extra: true }), 400, 'bad_request');
    await errorOf(await browser.post('/complete', { setupIntentId: 'seti_' + 'a'.repeat(20_000) }), 413, 'payload_too_large');
    await errorOf(await browser.post('/events', { name: 'clicked', state: 'ok' }), 400, 'bad_request');
    await errorOf(await fetch(`${app.base}/setup-intent`), 405, 'method_not_allowed');
    await errorOf(await fetch(`${app.base}/status`, { method: 'DELETE' }), 405, 'method_not_allowed');
    await errorOf(await fetch(`${app.base}/nope`), 404, 'not_found');
    await errorOf(await fetch(`${app.url}/elsewhere/status`), 404, 'not_found');
  });
});

describe('POST /complete', () => {
  it('recovers a failed renewal: pays the invoice, makes the card the default, status ok', async () => {
    const { customerId, invoiceId, paymentMethodId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'failed');
    const setupIntentId = await newCardVia(browser, '4242424242424242');
    const body = await complete(browser, setupIntentId);
    assert.equal(body.status.state, 'ok');
    assert.equal(body.nextAction, undefined);
    assert.equal(body.failure, undefined);
    assert.equal(standin.get(invoiceId).status, 'paid');
    const newDefault = customerDefault(customerId);
    assert.notEqual(newDefault, paymentMethodId);
    assert.equal(standin.get(newDefault!).card.last4, '4242');
    // The next page view is right without waiting for a webhook.
    assert.equal((await statusOf(browser)).state, 'ok');
    const stats = await app.handler.recoveryStats();
    assert.equal(stats.invoicesRecovered, 1);
    assert.equal(stats.amountRecovered.eur, 2900);
  });

  it('updates a subscription that has its own default payment method', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin);
    const own = standin.attachCard(customerId, '4000000000000341');
    await stripeClientFor(standin).subscriptions.update(subscriptionId, { default_payment_method: own.id });
    const browser = browserFor(app, customerId);
    const setupIntentId = await newCardVia(browser, '5555555555554444');
    await complete(browser, setupIntentId);
    const newDefault = customerDefault(customerId);
    assert.equal(standin.get(subscriptionId).default_payment_method, newDefault);
  });

  it('pays several open invoices', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const first = standin.renew(subscriptionId);
    const second = standin.renew(subscriptionId);
    const browser = browserFor(app, customerId);
    const body = await complete(browser, await newCardVia(browser, '4242424242424242'));
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(first.id).status, 'paid');
    assert.equal(standin.get(second.id).status, 'paid');
  });

  it('explains a decline as a normal answer and keeps the old card as default', async () => {
    const { customerId, invoiceId, paymentMethodId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const body = await complete(browser, await newCardVia(browser, '4000000000009995'));
    assert.deepEqual(body.failure, { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
    assert.equal(body.status.state, 'failed');
    assert.equal(standin.get(invoiceId).status, 'open');
    assert.equal(customerDefault(customerId), paymentMethodId, 'a declined card is not adopted');
    // Then another card works.
    const retry = await complete(browser, await newCardVia(browser, '4242424242424242'));
    assert.equal(retry.status.state, 'ok');
  });

  for (const [card, declineCode] of [['4000000000009987', 'lost_card'], ['4000000000000341', 'generic_decline']] as const) {
    it(`returns the codes of a ${declineCode} decline`, async () => {
      const { customerId } = await failingCustomer();
      const browser = browserFor(app, customerId);
      // Cards that decline at setup never reach /complete: the intent is not succeeded.
      const response = await browser.post('/setup-intent');
      const { clientSecret } = SetupIntentResponseSchema.parse(await response.json());
      const setupIntentId = clientSecret.split('_secret_')[0]!;
      const intent = standin.confirmSetupIntent(setupIntentId, card);
      if (intent.status === 'succeeded') {
        const body = await complete(browser, setupIntentId);
        assert.equal(body.failure?.declineCode, declineCode);
      } else {
        await errorOf(await browser.post('/complete', { setupIntentId }), 409, 'setup_intent_not_succeeded');
      }
    });
  }

  it('asks for 3-D Secure, then completes once the bank confirmed', async () => {
    const { customerId, invoiceId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await newCardVia(browser, '4000002760003184');
    const first = await complete(browser, setupIntentId);
    assert.ok(first.nextAction?.clientSecret.startsWith('pi_'), 'the invoice PaymentIntent secret');
    assert.equal(first.status.state, 'action_required');
    const paymentIntentId = first.nextAction!.clientSecret.split('_secret_')[0]!;
    standin.authenticate(paymentIntentId, true); // what stripe.handleNextAction does in the browser
    const second = await complete(browser, setupIntentId);
    assert.equal(second.nextAction, undefined);
    assert.equal(second.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal(standin.get(customerDefault(customerId)!).card.last4, '3184');
  });

  it('leaves the invoice open and the old card in place when 3-D Secure fails', async () => {
    const { customerId, invoiceId, paymentMethodId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await newCardVia(browser, '4000002760003184');
    const first = await complete(browser, setupIntentId);
    standin.authenticate(first.nextAction!.clientSecret.split('_secret_')[0]!, false);
    await standin.flushWebhooks();
    const status = await statusOf(browser);
    assert.notEqual(status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'open');
    assert.equal(customerDefault(customerId), paymentMethodId);
  });

  it('does no harm when called twice', async () => {
    const { customerId, invoiceId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await newCardVia(browser, '4242424242424242');
    const [a, b] = await Promise.all([complete(browser, setupIntentId), complete(browser, setupIntentId)]);
    const c = await complete(browser, setupIntentId);
    for (const body of [a, b, c]) assert.equal(body.status.state, 'ok');
    const charges = standin.get(invoiceId).amount_paid;
    assert.equal(charges, 2900, 'charged exactly once');
  });

  it("never shows one customer another's status, whatever the browser sends", async () => {
    const alice = seedCustomer(standin, '4242424242424242');
    const bob = await failingCustomer('4000000000009995');
    const aliceBrowser = browserFor(app, alice.customerId);
    // The customer comes from the session alone: ids in the query or headers are ignored.
    const response = await fetch(`${app.base}/status?customer=${bob.customerId}`, {
      headers: { cookie: aliceBrowser.cookie, 'x-customer': bob.customerId, 'stripe-customer': bob.customerId },
    });
    const status = StatusSchema.parse(await response.json());
    assert.equal(status.state, 'ok');
    assert.equal(status.invoice, null);
    assert.equal((await statusOf(browserFor(app, bob.customerId))).state, 'failed');
  });

  it("refuses another customer's SetupIntent and one not confirmed yet", async () => {
    const alice = seedCustomer(standin);
    const bob = await failingCustomer();
    const aliceBrowser = browserFor(app, alice.customerId);
    const bobBrowser = browserFor(app, bob.customerId);
    const alicesIntent = await newCardVia(aliceBrowser, '4242424242424242');
    await errorOf(await bobBrowser.post('/complete', { setupIntentId: alicesIntent }), 404, 'not_found');
    assert.equal(standin.get(bob.invoiceId).status, 'open', "Bob's invoice is not paid with Alice's card");
    await errorOf(await bobBrowser.post('/complete', { setupIntentId: 'seti_doesnotexist' }), 404, 'not_found');
    const { clientSecret } = SetupIntentResponseSchema.parse(await (await bobBrowser.post('/setup-intent')).json());
    await errorOf(await bobBrowser.post('/complete', { setupIntentId: clientSecret.split('_secret_')[0] }), 409, 'setup_intent_not_succeeded');
  });
});

describe('POST /payment-action and /refresh: confirming with the card on file', () => {
  async function awaitingConfirmation() {
    const seeded = seedCustomer(standin, '4000002760003184'); // the bank wants 3-D Secure on every payment
    const invoice = standin.renew(seeded.subscriptionId);
    await standin.flushWebhooks();
    return { ...seeded, invoiceId: invoice.id as string, browser: browserFor(app, seeded.customerId) };
  }

  it('hands out the invoice PaymentIntent secret, and the refreshed status once the bank confirmed', async () => {
    const { browser, invoiceId, paymentMethodId, customerId } = await awaitingConfirmation();
    assert.equal((await statusOf(browser)).state, 'action_required');
    const response = await browser.post('/payment-action');
    assert.equal(response.status, 200);
    const { clientSecret, publishableKey } = PaymentActionResponseSchema.parse(await response.json());
    assert.equal(publishableKey, PUBLISHABLE_KEY);
    assert.match(clientSecret, /^pi_[A-Za-z0-9]+_secret_/);
    standin.setWebhook(null); // the refresh must not depend on a webhook arriving first
    standin.authenticate(clientSecret.split('_secret_')[0]!, true); // stripe.handleNextAction in the browser
    const refreshed = StatusSchema.parse(await (await browser.post('/refresh')).json());
    assert.equal(refreshed.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal(customerDefault(customerId), paymentMethodId, 'the card on file stays');
    assert.equal((await statusOf(browser)).state, 'ok', 'and the store has it');
    await errorOf(await browser.post('/payment-action'), 404, 'not_found');
  });

  it('reports a failed confirmation as failed, so the customer can use another card', async () => {
    const { browser } = await awaitingConfirmation();
    const { clientSecret } = PaymentActionResponseSchema.parse(await (await browser.post('/payment-action')).json());
    standin.authenticate(clientSecret.split('_secret_')[0]!, false);
    const refreshed = StatusSchema.parse(await (await browser.post('/refresh')).json());
    assert.equal(refreshed.state, 'failed');
    assert.equal(refreshed.failure?.code, 'payment_intent_authentication_failure');
  });

  it('refuses another customer, bodies other than {}, and CSRF like the other POSTs', async () => {
    const { browser } = await awaitingConfirmation();
    const healthy = browserFor(app, seedCustomer(standin).customerId);
    await errorOf(await healthy.post('/payment-action'), 404, 'not_found');
    await errorOf(await browser.post('/payment-action', { invoiceId: 'in_other' }), 400, 'bad_request');
    await errorOf(await browser.post('/refresh', {}, { origin: 'https://evil.example' }), 403, 'forbidden');
    await errorOf(await fetch(`${app.base}/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', 'paymend-request': '1' }, body: '{}' }), 401, 'unauthenticated');
  });
});

describe('POST /webhook', () => {
  it('refreshes a cached status when Stripe reports a failed renewal', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'ok'); // cached now
    standin.attachCard(customerId, '4000000000000341', { makeDefault: true });
    standin.renew(subscriptionId);
    await standin.flushWebhooks();
    standin.resetRequests();
    assert.equal((await statusOf(browser)).state, 'failed');
    assert.equal(standin.requests.length, 0, 'served from the store the webhook refreshed');
  });

  it('rejects forged, unsigned and stale events without touching state', async () => {
    const { customerId } = seedCustomer(standin);
    const event = standin.events.at(-1)!;
    const forged = await standin.deliver(event, { secret: 'whsec_wrong' });
    assert.equal(forged.status, 400);
    const stale = await standin.deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    assert.equal(stale.status, 400);
    const unsigned = await fetch(`${app.base}/webhook`, { method: 'POST', body: JSON.stringify(event), headers: { 'content-type': 'application/json' } });
    await errorOf(unsigned, 400, 'invalid_signature');
    assert.equal(standin.requests.filter((r) => r.path.includes(customerId)).length, 0);
  });

  it('dedupes replays and ends right whatever the order of delivery', async () => {
    standin.setWebhook(null); // deliver by hand, in the order we choose
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const browser = browserFor(app, customerId);
    await statusOf(browser);
    standin.renew(subscriptionId);
    const failedEvent = standin.events.findLast((e) => e.type === 'invoice.payment_failed')!;
    const setupIntentId = await newCardVia(browser, '4242424242424242');
    await complete(browser, setupIntentId);
    const paidEvent = standin.events.findLast((e) => e.type === 'invoice.paid')!;
    // Newest first, then the old failure arrives late, then a replay.
    assert.equal((await standin.deliver(paidEvent)).status, 200);
    assert.equal((await standin.deliver(failedEvent)).status, 200);
    const replay = await standin.deliver(failedEvent);
    assert.equal(replay.status, 200);
    assert.match(replay.body, /duplicate/);
    assert.equal((await statusOf(browser)).state, 'ok');
  });

  it('ignores a correctly signed event about another Stripe account (Connect)', async () => {
    standin.setWebhook(null);
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'ok');
    const foreign = { ...standin.events.at(-1)!, id: 'evt_foreign_account', type: 'invoice.payment_failed', account: 'acct_someone_else' };
    standin.resetRequests();
    const delivered = await standin.deliver(foreign as never);
    assert.equal(delivered.status, 200);
    assert.match(delivered.body, /"handled":false/);
    assert.equal(standin.requests.length, 0, 'nothing read from Stripe');
  });

  it('accepts an event for a customer nobody viewed without reading Stripe (but the failed invoice, once, for the recovery ledger)', async () => {
    standin.setWebhook(null);
    const { subscriptionId } = seedCustomer(standin, '4000000000000341');
    const invoice = standin.renew(subscriptionId);
    standin.resetRequests();
    const event = standin.events.findLast((e) => e.type === 'invoice.payment_failed')!;
    assert.equal((await standin.deliver(event)).status, 200);
    assert.deepEqual(
      standin.requests.map((r) => r.path),
      [`/v1/invoices/${invoice.id}`],
    );
  });

  it('finds the customer of a detached payment method', async () => {
    standin.setWebhook(null);
    const { customerId, paymentMethodId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    assert.notEqual((await statusOf(browser)).paymentMethod, null);
    await stripeClientFor(standin).paymentMethods.detach(paymentMethodId);
    const event = standin.events.findLast((e) => e.type === 'payment_method.detached')!;
    assert.equal((await standin.deliver(event)).status, 200);
    assert.equal((await statusOf(browser)).paymentMethod, null);
  });
});

describe('POST /events and recoveryStats', () => {
  it('counts beacons per name and state', async () => {
    const browser = browserFor(app, seedCustomer(standin).customerId);
    assert.equal((await browser.post('/events', { name: 'shown', state: 'failed' })).status, 204);
    assert.equal((await browser.post('/events', { name: 'shown', state: 'expiring' })).status, 204);
    assert.equal((await browser.post('/events', { name: 'opened', state: 'failed', invoiceId: 'in_1' })).status, 204);
    const stats = await app.handler.recoveryStats();
    assert.equal(stats.events.shown, 2);
    assert.equal(stats.events['shown.failed'], 1);
    assert.equal(stats.events['opened.failed'], 1);
  });
});

describe('createHandler options', () => {
  const valid = () => ({
    stripe: stripeClientFor(standin),
    publishableKey: PUBLISHABLE_KEY,
    webhookSecret: WEBHOOK_SECRET,
    resolveCustomer: () => null,
  });

  it('accepts a minimal configuration and a secret key instead of a client', () => {
    assert.equal(typeof createHandler(valid()), 'function');
    assert.equal(typeof createHandler({ ...valid(), stripe: 'sk_test_abc', store: new MemoryStore() }), 'function');
  });

  it('refuses bad options at start-up with a message naming each problem', () => {
    assert.throws(
      () => createHandler({ ...valid(), publishableKey: 'sk_live_oops', webhookSecret: '', expiringWithinDays: 0 } as never),
      (error: Error) => /publishableKey/.test(error.message) && /webhookSecret/.test(error.message) && /expiringWithinDays/.test(error.message),
    );
    assert.throws(() => createHandler({ ...valid(), resolveCustomer: 'cus_123' } as never), /resolveCustomer must be a function/);
    assert.throws(() => createHandler({ ...valid(), stripe: {} } as never), /stripe/);
    assert.throws(() => createHandler({ ...valid(), basePath: 'billing/' }), /basePath/);
    assert.throws(() => createHandler({ ...valid(), typo: true } as never), /typo/);
  });

  it('answers 500 without detail when resolveCustomer returns something that is not a customer id', async () => {
    const local = await startApp(standin, { resolveCustomer: () => '../../admin' });
    try {
      const response = await fetch(`${local.base}/status`);
      const error = await errorOf(response, 500, 'internal_error');
      assert.doesNotMatch(error.message, /resolveCustomer|admin/);
    } finally {
      await local.close();
    }
  });
});
