// The stand-in expands as strictly as Stripe: four levels at most, `data` of a list counted as one
// (Stripe's example: listing charges, `data.payment_intent.customer.default_source` is the deepest),
// and a list embedded in an object (`customer.subscriptions`) holds 10 with `has_more` after.
// The reads of a status derivation (src/server/billing-facts.ts) rely on exactly these rules.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
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

async function refused(promise: Promise<unknown>): Promise<Stripe.errors.StripeInvalidRequestError> {
  const error = await promise.then(
    () => assert.fail('expected a 400, the call succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, String(error));
  assert.equal(error.statusCode, 400);
  assert.equal(error.param, 'expand');
  return error;
}

describe('expand depth', () => {
  it('refuses five levels on a list, counting data: an invoice PaymentIntent cannot be expanded from the list', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    standin.renew(subscriptionId);
    const error = await refused(stripe.invoices.list({ customer: customerId, status: 'open', expand: ['data.payments.data.payment.payment_intent'] }));
    assert.match(error.message, /more than 4 levels/);
    await refused(stripe.invoices.list({ customer: customerId, expand: ['data.customer.subscriptions.data.default_payment_method'] }));
  });

  it('allows four levels on a list, and four on one object', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const invoice = standin.renew(subscriptionId);
    const listed = await stripe.invoices.list({
      customer: customerId,
      status: 'open',
      expand: ['data.payments', 'data.customer', 'data.customer.subscriptions', 'data.customer.invoice_settings.default_payment_method'],
    });
    const customer = listed.data[0]!.customer as Stripe.Customer;
    assert.equal(customer.id, customerId);
    assert.equal((customer.invoice_settings.default_payment_method as Stripe.PaymentMethod).card?.last4, '0341');
    assert.equal(customer.subscriptions?.data[0]?.id, subscriptionId);
    const one = await stripe.invoices.retrieve(invoice.id as string, { expand: ['payments.data.payment.payment_intent'] });
    const pi = one.payments?.data[0]?.payment.payment_intent as Stripe.PaymentIntent;
    assert.equal(pi.object, 'payment_intent');
  });
});

describe('lists embedded in a customer', () => {
  it('hold the first 10 current subscriptions and say there are more', async () => {
    const { customerId } = seedCustomer(standin);
    for (let i = 0; i < 10; i++) standin.createSubscription({ customer: customerId, amount: 100 + i, currency: 'eur' });
    const customer = (await stripe.customers.retrieve(customerId, { expand: ['subscriptions'] })) as Stripe.Customer;
    assert.equal(customer.subscriptions?.data.length, 10);
    assert.equal(customer.subscriptions?.has_more, true);
  });
});
