// An invoice settled between the handler's list and its `invoices.pay` (a Smart Retry, another
// tab, the merchant voiding it) must not break /complete. Stripe answers such a pay with a 400
// whose code it does not document; the stand-in answers the same, and the race is made
// repeatable by running the other actor right before the pay request is served.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompleteResponseSchema, ErrorResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, stripeClientFor, type App } from './harness.js';

let standin: StripeStandin;
let app: App;

standinWithAppPerTest((s, a) => {
  standin = s;
  app = a;
});

async function failingCustomer() {
  const seeded = seedCustomer(standin, '4000000000000341');
  const invoice = standin.renew(seeded.subscriptionId);
  await standin.flushWebhooks();
  return { ...seeded, invoiceId: invoice.id as string };
}

async function confirmedSetupIntent(browser: ReturnType<typeof browserFor>) {
  const created = await browser.post('/setup-intent');
  assert.equal(created.status, 200);
  const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
  standin.confirmSetupIntent(setupIntentId, '5555555555554444');
  return setupIntentId;
}

const payPath = (invoiceId: string) => ({ method: 'POST', pathIncludes: `/v1/invoices/${invoiceId}/pay` });

describe('/complete when the invoice is settled between the list and the pay', () => {
  it('takes an invoice paid by a Smart Retry meanwhile as paid, and still adopts the new card', async () => {
    const { customerId, invoiceId, subscriptionId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await confirmedSetupIntent(browser);
    const newCard = standin.get(setupIntentId).payment_method as string;
    // The retry that succeeds: the card on file works again (its issuer lifted the block).
    standin.beforeNext(payPath(invoiceId), () => {
      standin.payInvoiceElsewhere(invoiceId, 'pm_card_visa');
    });
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 200, await response.clone().text());
    const body = CompleteResponseSchema.parse(await response.json());
    assert.equal(body.failure, undefined);
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, newCard, 'the new card is the default');
    assert.equal(standin.get(subscriptionId).status, 'active');
    const stats = await app.handler.recoveryStats();
    assert.equal(stats.invoicesRecovered, 0, 'paid elsewhere: not counted as recovered by Paymend');
    assert.equal(stats.cardsUpdated, 1);
  });

  it('skips an invoice voided meanwhile, and still adopts the new card', async () => {
    const { customerId, invoiceId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await confirmedSetupIntent(browser);
    const stripe = stripeClientFor(standin);
    standin.beforeNext(payPath(invoiceId), () => {
      standin.voidInvoice(invoiceId);
    });
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 200, await response.clone().text());
    const body = CompleteResponseSchema.parse(await response.json());
    assert.equal(body.failure, undefined);
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, standin.get(setupIntentId).payment_method);
    assert.equal((await stripe.invoices.retrieve(invoiceId)).status, 'void');
  });

  it('skips an invoice marked uncollectible meanwhile', async () => {
    const { customerId, invoiceId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await confirmedSetupIntent(browser);
    standin.beforeNext(payPath(invoiceId), () => {
      standin.markUncollectible(invoiceId);
    });
    // Whatever Stripe answers a pay on an uncollectible invoice with, a 400 is re-read, not matched.
    standin.failNext(1, { status: 400, pathIncludes: payPath(invoiceId).pathIncludes });
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, standin.get(setupIntentId).payment_method);
  });

  it('still answers a 400 on an invoice that is still open as the provider failing, without Stripe text', async () => {
    const { customerId, invoiceId } = await failingCustomer();
    const browser = browserFor(app, customerId);
    const setupIntentId = await confirmedSetupIntent(browser);
    standin.failNext(1, { status: 400, pathIncludes: payPath(invoiceId).pathIncludes });
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 502);
    const body = ErrorResponseSchema.parse(await response.json());
    assert.equal(body.error.code, 'stripe_unavailable');
    assert.doesNotMatch(body.error.message, /Injected/);
    assert.equal(standin.get(invoiceId).status, 'open');
  });
});
