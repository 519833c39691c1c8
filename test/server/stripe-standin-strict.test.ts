// The stand-in refuses what Stripe refuses, so code that passes here does not meet a 400 in
// production: unknown parameters at any depth, and the endpoints added for paused subscriptions,
// invoice endings and deleted customers, driven by the real `stripe` SDK over HTTP.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import Stripe from 'stripe';
import { defaultAccountSettings } from '../../demo/stripe-standin/account.js';
import { ParamReader, parseForm } from '../../demo/stripe-standin/form.js';
import { ACCEPTS } from '../../demo/stripe-standin/params.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { seedCustomer, stripeClientFor } from './harness.js';

let standin: StripeStandin;
let stripe: Stripe;

before(async () => {
  standin = await startStripeStandin();
  stripe = stripeClientFor(standin);
});
after(async () => {
  await standin.close();
});
beforeEach(() => {
  Object.assign(standin.account, defaultAccountSettings());
});

async function invalidRequest(promise: Promise<unknown>): Promise<Stripe.errors.StripeInvalidRequestError> {
  const error = await promise.then(
    () => assert.fail('expected a StripeInvalidRequestError, the call succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, String(error));
  assert.equal(error.statusCode, 400);
  return error;
}

function failedRenewal(card = '4000000000000341') {
  const seeded = seedCustomer(standin, card);
  const invoice = standin.renew(seeded.subscriptionId);
  return { ...seeded, invoiceId: invoice.id as string };
}

describe('unknown parameters', () => {
  it('are refused at the top level with parameter_unknown, naming the parameter, before anything changes', async () => {
    const { invoiceId } = failedRenewal();
    const error = await invalidRequest(stripe.invoices.pay(invoiceId, { payment_method: 'pm_card_visa', off_sesion: false } as never));
    assert.equal(error.code, 'parameter_unknown');
    assert.equal(error.param, 'off_sesion');
    assert.equal(error.message, 'Received unknown parameter: off_sesion');
    assert.equal(error.doc_url, 'https://docs.stripe.com/error-codes/parameter-unknown');
    assert.equal(standin.get(invoiceId).status, 'open', 'nothing was paid');
  });

  it('are refused when nested, with the bracketed name Stripe uses', async () => {
    const { customerId, paymentMethodId } = seedCustomer(standin);
    const error = await invalidRequest(
      stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId, foo: 'x' } } as never),
    );
    assert.equal(error.code, 'parameter_unknown');
    assert.equal(error.param, 'invoice_settings[foo]');
    assert.equal(error.message, 'Received unknown parameter: invoice_settings[foo]');
  });

  it('are refused in query strings too', async () => {
    const { customerId } = seedCustomer(standin);
    const error = await invalidRequest(stripe.subscriptions.list({ customer: customerId, state: 'all' } as never));
    assert.equal(error.param, 'state');
    const nested = await invalidRequest(stripe.invoicePayments.list({ payment: { type: 'payment_intent', intent: 'pi_x' } } as never));
    assert.equal(nested.param, 'payment[intent]');
  });

  it('leave the parameters Stripe has alone, metadata of any shape included', async () => {
    const { customerId } = seedCustomer(standin);
    const updated = await stripe.customers.update(customerId, { metadata: { plan: 'pro', seats: '3' }, expand: ['invoice_settings.default_payment_method'] });
    assert.equal(updated.metadata.plan, 'pro');
    const intent = await stripe.setupIntents.create({ customer: customerId, allowed_payment_method_types: ['card'] });
    assert.deepEqual(intent.payment_method_types, ['card']);
  });
});

describe('malformed parameters', () => {
  it('carry the codes Stripe documents for them', async () => {
    const { paymentMethodId } = seedCustomer(standin);
    const missing = await invalidRequest(stripe.paymentMethods.attach(paymentMethodId, {} as never));
    assert.equal(missing.code, 'parameter_missing');
    assert.equal(missing.param, 'customer');
    const notInteger = await invalidRequest(stripe.subscriptions.list({ limit: 'lots' } as never));
    assert.equal(notInteger.code, 'parameter_invalid_integer');
    assert.equal(notInteger.param, 'limit');
  });

  it('cannot be read by a route that does not declare them: a typo in the stand-in fails loudly', () => {
    const params = new ParamReader(parseForm('off_session=false'), ACCEPTS.invoicePay);
    assert.equal(params.boolean('off_session'), false);
    assert.throws(() => params.boolean('off_sesion'), /does not list it/);
  });
});

describe('errors Stripe does not document a code for', () => {
  it('carry no code: paying a paid invoice is a bare 400 invalid_request_error', async () => {
    const { invoiceId } = failedRenewal();
    standin.payInvoiceElsewhere(invoiceId, 'pm_card_visa');
    const error = await invalidRequest(stripe.invoices.pay(invoiceId));
    assert.equal(error.type, 'StripeInvalidRequestError');
    assert.equal(error.code, undefined);
  });
});

describe('subscriptions: pause on payment failure and resume', () => {
  it('pauses on the first failed renewal when the account says so', async () => {
    standin.account.pauseOnPaymentFailure = 'first_payment_failure';
    const { subscriptionId, invoiceId } = failedRenewal();
    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    assert.equal(subscription.status, 'paused');
    assert.equal(subscription.status_details?.paused.subscription.type, 'first_payment_failure');
    assert.equal(subscription.status_details?.paused.type, 'subscription');
    assert.equal((await stripe.invoices.retrieve(invoiceId)).status, 'open');
    assert.equal((await stripe.subscriptions.list({ status: 'paused', customer: subscription.customer as string })).data.length, 1);
  });

  it('resumes with the period unchanged, or bills a new period with the default anchor', async () => {
    standin.account.pauseOnPaymentFailure = 'first_payment_failure';
    const kept = failedRenewal();
    standin.get(kept.invoiceId).status = 'paid'; // settled by hand: nothing left owed
    const resumed = await stripe.subscriptions.resume(kept.subscriptionId, { billing_cycle_anchor: { type: 'unchanged' }, proration_behavior: 'none' });
    assert.equal(resumed.status, 'active');
    assert.equal(resumed.status_details, undefined);
    assert.equal(resumed.latest_invoice, kept.invoiceId, 'no new invoice');

    const anchored = failedRenewal();
    const billedAgain = await stripe.subscriptions.resume(anchored.subscriptionId);
    assert.notEqual(billedAgain.latest_invoice, anchored.invoiceId, 'a resumption invoice for a new period');

    const error = await invalidRequest(stripe.subscriptions.resume(kept.subscriptionId));
    assert.match(error.message, /only paused subscriptions/);
    const unknown = await invalidRequest(stripe.subscriptions.resume(kept.subscriptionId, { billing_cycle_anchor: { type: 'now', at: 1 } } as never));
    assert.equal(unknown.param, 'billing_cycle_anchor[at]');
  });

  it('resumes by itself once the invoice is paid, when the account resumes on payment', async () => {
    standin.account.pauseOnPaymentFailure = 'first_payment_failure';
    standin.account.resumeOnPayment = true;
    const { subscriptionId, invoiceId } = failedRenewal();
    await stripe.invoices.pay(invoiceId, { payment_method: 'pm_card_visa', off_session: false });
    assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'active');
  });
});

describe('invoice endings, card updates and deleted customers', () => {
  it('voids and marks uncollectible only open invoices', async () => {
    const first = failedRenewal();
    assert.equal((await stripe.invoices.voidInvoice(first.invoiceId)).status, 'void');
    await invalidRequest(stripe.invoices.voidInvoice(first.invoiceId));
    const second = failedRenewal();
    const written = await stripe.invoices.markUncollectible(second.invoiceId);
    assert.equal(written.status, 'uncollectible');
    assert.ok(written.status_transitions.marked_uncollectible_at);
  });

  it('updates a card expiry with payment_method.updated, and refuses other card fields', async () => {
    const { paymentMethodId } = seedCustomer(standin);
    const updated = await stripe.paymentMethods.update(paymentMethodId, { card: { exp_month: 3, exp_year: 2031 } });
    assert.equal(updated.card?.exp_month, 3);
    const event = standin.events.findLast((e) => e.type === 'payment_method.updated' && e.data.object.id === paymentMethodId);
    assert.deepEqual(event?.data.previous_attributes, { card: { exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 } });
    const error = await invalidRequest(stripe.paymentMethods.update(paymentMethodId, { card: { number: '4242' } } as never));
    assert.equal(error.param, 'card[number]');
  });

  it('deletes a customer: subscriptions canceled, later reads answer deleted', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin);
    const deleted = await stripe.customers.del(customerId);
    assert.equal(deleted.deleted, true);
    const read = await stripe.customers.retrieve(customerId);
    assert.equal(read.deleted, true);
    assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'canceled');
    assert.ok(standin.events.some((e) => e.type === 'customer.deleted' && e.data.object.id === customerId));
  });
});
