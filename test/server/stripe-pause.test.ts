// Subscriptions Stripe pauses when a renewal payment fails (API 2026-09-30), over real HTTP: the
// handler with the real `stripe` SDK against the stand-in, its account set to pause on failure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompleteResponseSchema, SetupIntentResponseSchema, StatusSchema } from '../../src/protocol/index.js';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { browserFor, countRequests, seedCustomer, standinWithAppPerTest, type App } from './harness.js';

let standin: StripeStandin;
let app: App;

standinWithAppPerTest((s, a) => {
  standin = s;
  app = a;
}, { pauseOnPaymentFailure: 'first_payment_failure' });

/** 9995 saves fine and is declined for insufficient funds when charged. */
async function pausedCustomer(card = '4000000000009995') {
  const seeded = seedCustomer(standin, card);
  const invoice = standin.renew(seeded.subscriptionId);
  await standin.flushWebhooks();
  return { ...seeded, invoiceId: invoice.id as string };
}

async function statusOf(browser: ReturnType<typeof browserFor>) {
  const response = await browser.status();
  assert.equal(response.status, 200);
  return StatusSchema.parse(await response.json());
}

async function completeWithNewCard(browser: ReturnType<typeof browserFor>, card = '4242424242424242') {
  const created = await browser.post('/setup-intent');
  assert.equal(created.status, 200);
  const setupIntentId = SetupIntentResponseSchema.parse(await created.json()).clientSecret.split('_secret_')[0]!;
  standin.confirmSetupIntent(setupIntentId, card);
  const response = await browser.post('/complete', { setupIntentId });
  assert.equal(response.status, 200, await response.clone().text());
  return CompleteResponseSchema.parse(await response.json());
}

const invoicesOf = (subscriptionId: string) =>
  standin.events
    .filter((e) => e.type === 'invoice.created' && (e.data.object as { parent?: { subscription_details?: { subscription?: string } } }).parent?.subscription_details?.subscription === subscriptionId)
    .map((e) => e.data.object.id as string);

describe('a subscription paused after a failed renewal', () => {
  it('is paused with Stripe\'s status_details, and the status shows the decline, not ok', async () => {
    const { customerId, subscriptionId, invoiceId } = await pausedCustomer();
    const subscription = standin.get(subscriptionId);
    assert.equal(subscription.status, 'paused');
    assert.equal(subscription.status_details.paused.type, 'subscription');
    assert.equal(subscription.status_details.paused.subscription.type, 'first_payment_failure');
    assert.equal(standin.get(invoiceId).status, 'open', 'the invoice that caused it stays collectible');
    assert.ok(standin.events.some((e) => e.type === 'customer.subscription.paused' && e.data.object.id === subscriptionId));

    const status = await statusOf(browserFor(app, customerId));
    assert.equal(status.state, 'failed');
    assert.equal(status.invoice?.id, invoiceId);
    assert.deepEqual(status.failure, { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
  });

  it('/complete pays that invoice, then resumes the subscription without billing the period again', async () => {
    const { customerId, subscriptionId, invoiceId } = await pausedCustomer();
    const browser = browserFor(app, customerId);
    standin.resetRequests();
    const body = await completeWithNewCard(browser);
    assert.equal(body.failure, undefined);
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    const subscription = standin.get(subscriptionId);
    assert.equal(subscription.status, 'active');
    assert.equal(subscription.status_details, undefined);
    assert.equal(countRequests(standin, `/v1/subscriptions/${subscriptionId}/resume`), 1);
    assert.deepEqual(invoicesOf(subscriptionId), [invoiceId], 'no resumption invoice: the paid one covers the period');
    assert.ok(standin.events.some((e) => e.type === 'customer.subscription.resumed' && e.data.object.id === subscriptionId));
    assert.equal((await app.handler.recoveryStats()).invoicesRecovered, 1);
  });

  it('leaves the resumption to Stripe when the account resumes on payment', async () => {
    standin.account.resumeOnPayment = true;
    const { customerId, subscriptionId, invoiceId } = await pausedCustomer();
    standin.resetRequests();
    const body = await completeWithNewCard(browserFor(app, customerId));
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal(standin.get(subscriptionId).status, 'active');
    assert.equal(countRequests(standin, '/resume'), 0, 'already resumed: re-read, not resumed twice');
  });

  it('stays paused and explains the decline when the new card is declined too', async () => {
    const { customerId, subscriptionId, invoiceId } = await pausedCustomer();
    const body = await completeWithNewCard(browserFor(app, customerId), '4000000000000341');
    assert.equal(body.failure?.code, 'card_declined');
    assert.equal(standin.get(invoiceId).status, 'open');
    assert.equal(standin.get(subscriptionId).status, 'paused');
  });

  it('recovers one paused after the final retry of the schedule', async () => {
    standin.account.pauseOnPaymentFailure = 'final_payment_failure';
    const { customerId, subscriptionId, invoiceId } = await pausedCustomer();
    assert.equal(standin.get(subscriptionId).status, 'past_due', 'the first failure only makes it past_due');
    standin.retryInvoice(invoiceId, { finalRetry: true });
    await standin.flushWebhooks();
    assert.equal(standin.get(subscriptionId).status, 'paused');
    assert.equal(standin.get(subscriptionId).status_details.paused.subscription.type, 'final_payment_failure');
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'failed');
    const body = await completeWithNewCard(browser);
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal(standin.get(subscriptionId).status, 'active');
  });

  it('leaves a subscription paused on request alone', async () => {
    standin.account.pauseOnPaymentFailure = 'never';
    const { customerId, subscriptionId } = seedCustomer(standin);
    const subscription = standin.get(subscriptionId);
    subscription.status = 'paused';
    subscription.status_details = { paused: { type: 'subscription', subscription: { type: 'pause_requested' }, transitioned_at: 0 } };
    standin.resetRequests();
    await completeWithNewCard(browserFor(app, customerId));
    assert.equal(countRequests(standin, '/resume'), 0);
    assert.equal(standin.get(subscriptionId).status, 'paused');
  });
});
