// Stripe failing under Paymend: 429, 500, 409 lock_timeout, timeouts. The handler retries where
// it is safe, answers a clear error where it is not, never charges twice and never loses a card update.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, ErrorResponseSchema, SetupIntentResponseSchema, StatusSchema } from '../../src/protocol/index.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, type App } from './harness.js';

let standin: StripeStandin;
let app: App;
before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await app?.close();
  await standin.close();
});
/** A fresh app; the default Stripe timeout (10 s) unless a test is about timeouts. */
async function restartApp(stripeTimeoutMs?: number) {
  await app?.close();
  app = await startApp(standin, stripeTimeoutMs ? { stripeTimeoutMs } : {});
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
}
beforeEach(() => restartApp());

/**
 * The timeout the two timeout tests give the handler. Short, so a hung answer (the stand-in's
 * injected delay, longer still) is cut off; every other test keeps the default 10 s, so a request
 * that is merely slow on a busy machine is never taken for a Stripe timeout.
 */
const SHORT_TIMEOUT_MS = 400;

async function failing() {
  const seeded = seedCustomer(standin, '4000000000000341');
  const invoice = standin.renew(seeded.subscriptionId);
  await standin.flushWebhooks();
  return { ...seeded, invoiceId: invoice.id as string, browser: browserFor(app, seeded.customerId) };
}

async function confirmedSetupIntent(browser: ReturnType<typeof browserFor>, card = '4242424242424242') {
  const { clientSecret } = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
  const id = clientSecret.split('_secret_')[0]!;
  standin.confirmSetupIntent(id, card);
  return id;
}

function chargesOf(invoiceId: string): number {
  return standin.get(invoiceId).amount_paid as number;
}

describe('Stripe faults', () => {
  it('retries a 500 and a 409 lock_timeout on reads and still answers the status', async () => {
    const { customerId } = seedCustomer(standin);
    await standin.flushWebhooks();
    standin.failNext(1, { status: 500, pathIncludes: `/v1/customers/${customerId}` });
    standin.failNext(1, { status: 409, pathIncludes: '/v1/subscriptions' });
    const response = await browserFor(app, customerId).status();
    assert.equal(response.status, 200);
    assert.equal(StatusSchema.parse(await response.json()).state, 'ok');
  });

  it('backs off on 429 and succeeds when the rate limit clears', async () => {
    const { customerId } = seedCustomer(standin);
    await standin.flushWebhooks();
    standin.failNext(2, { status: 429, pathIncludes: `/v1/customers/${customerId}` });
    const response = await browserFor(app, customerId).status();
    assert.equal(response.status, 200);
  });

  it('answers a clear 503 when Stripe keeps rate limiting, without Stripe text', async () => {
    const { customerId } = seedCustomer(standin);
    await standin.flushWebhooks();
    standin.failNext(10, { status: 429, pathIncludes: `/v1/customers/${customerId}` });
    const response = await browserFor(app, customerId).status();
    assert.equal(response.status, 503);
    const body = ErrorResponseSchema.parse(await response.json());
    assert.equal(body.error.code, 'stripe_unavailable');
    assert.doesNotMatch(body.error.message, /rate limit exceeded|stripe\.com/i);
  });

  it('pays once when invoices.pay answers 500, 409 or 429 before succeeding', async () => {
    for (const status of [500, 409, 429]) {
      const { browser, invoiceId, customerId } = await failing();
      const setupIntentId = await confirmedSetupIntent(browser);
      standin.failNext(1, { status, pathIncludes: `/v1/invoices/${invoiceId}/pay` });
      const response = await browser.post('/complete', { setupIntentId });
      assert.equal(response.status, 200, `after a ${status}`);
      assert.equal(CompleteResponseSchema.parse(await response.json()).status.state, 'ok');
      assert.equal(chargesOf(invoiceId), 2900, `charged once after a ${status}`);
      assert.equal(standin.get(standin.get(customerId).invoice_settings.default_payment_method).card.last4, '4242');
    }
  });

  it('pays once when invoices.pay times out and the SDK retries under the same idempotency key', async () => {
    await restartApp(SHORT_TIMEOUT_MS);
    const { browser, invoiceId } = await failing();
    const setupIntentId = await confirmedSetupIntent(browser);
    // The first attempt hangs past the handler's 400 ms timeout, then goes through anyway.
    standin.failNext(1, { status: 200, delayMs: 700, pathIncludes: `/v1/invoices/${invoiceId}/pay` });
    const response = await browser.post('/complete', { setupIntentId });
    // Let the hung attempt finish too. Not a guess about speed: the stand-in runs in this process,
    // its 700 ms timer started before the handler's 400 ms timeout fired, and Node runs timers in
    // order of expiry, so this later one (800 ms from now) always runs after it.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.ok([200, 502].includes(response.status), `answered ${response.status}`);
    assert.equal(chargesOf(invoiceId), 2900, 'charged exactly once');
    // Whatever the first answer was, completing again ends in a paid invoice and the new default.
    const again = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId })).json());
    assert.equal(again.status.state, 'ok');
    assert.equal(chargesOf(invoiceId), 2900);
  });

  it('does not lose the card update when setting the default fails: completing again finishes it', async () => {
    const { browser, invoiceId, customerId, paymentMethodId } = await failing();
    const setupIntentId = await confirmedSetupIntent(browser);
    standin.failNext(10, { status: 500, pathIncludes: `/v1/customers/${customerId}` });
    const first = await browser.post('/complete', { setupIntentId });
    assert.equal(first.status, 502);
    assert.equal(ErrorResponseSchema.parse(await first.json()).error.code, 'stripe_unavailable');
    assert.equal(chargesOf(invoiceId), 2900, 'the invoice was paid before the update failed');
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, paymentMethodId, 'not yet switched');
    standin.clearFaults(); // Stripe is back
    const second = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId })).json());
    assert.equal(second.status.state, 'ok');
    assert.equal(chargesOf(invoiceId), 2900, 'still charged once');
    assert.notEqual(standin.get(customerId).invoice_settings.default_payment_method, paymentMethodId, 'the new card is the default now');
  });

  it('answers 502 on a Stripe timeout for a status read, and serves it once Stripe is back', async () => {
    await restartApp(SHORT_TIMEOUT_MS);
    const { customerId } = seedCustomer(standin);
    await standin.flushWebhooks();
    standin.failNext(3, { status: 200, delayMs: 900, pathIncludes: `/v1/customers/${customerId}` });
    const slow = await browserFor(app, customerId).status();
    assert.equal(slow.status, 502);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const later = await browserFor(app, customerId).status();
    assert.equal(later.status, 200);
  });
});
