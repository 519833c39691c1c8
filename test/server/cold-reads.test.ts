// A cold customer's status costs at most 2 Stripe reads (src/server/billing-facts.ts), and reading
// less does not change what is derived: the same status as the side-by-side reads gave.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, type App } from './harness.js';

let standin: StripeStandin;
let app: App;
standinWithAppPerTest((s, a) => {
  standin = s;
  app = a;
});

async function coldStatus(customerId: string) {
  standin.resetRequests();
  const status = StatusSchema.parse(await (await browserFor(app, customerId).status()).json());
  return { status, reads: standin.requests.map((r) => `${r.method} ${r.path}`) };
}

describe('Stripe reads of a cold status', () => {
  it('a healthy customer: 2 reads (open invoices, then the customer with its subscriptions)', async () => {
    const { customerId } = seedCustomer(standin);
    const { status, reads } = await coldStatus(customerId);
    assert.equal(status.state, 'ok');
    assert.equal(status.paymentMethod?.last4, '4242');
    assert.equal(reads.length, 2, reads.join('\n'));
  });

  it('a failing customer: 2 reads (open invoices with the customer, then the PaymentIntent), with the decline', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin);
    standin.renew(subscriptionId, { declineCode: 'insufficient_funds' });
    const { status, reads } = await coldStatus(customerId);
    assert.equal(status.state, 'failed');
    assert.equal(status.failure?.declineCode, 'insufficient_funds');
    assert.equal(status.paymentMethod?.last4, '4242');
    assert.equal(reads.length, 2, reads.join('\n'));
  });

  it("a failing subscription with its own card: that card is the one shown (one more read, for it)", async () => {
    const customer = standin.createCustomer({ email: 'own@example.com' });
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const own = standin.attachCard(customer.id, '4000000000000341');
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur', defaultPaymentMethod: own.id });
    standin.renew(subscription.id);
    const { status, reads } = await coldStatus(customer.id);
    assert.equal(status.state, 'failed');
    assert.equal(status.paymentMethod?.last4, '0341', 'the subscription’s own default wins over the customer’s');
    assert.equal(reads.length, 3, reads.join('\n'));
  });

  it('more than 10 subscriptions: read in full, and the card that runs out first is shown', async () => {
    const { customerId } = seedCustomer(standin);
    for (let i = 0; i < 10; i++) standin.createSubscription({ customer: customerId, amount: 100 + i, currency: 'eur' });
    const soon = standin.attachCard(customerId, '4000000000000341', { expMonth: 1, expYear: new Date().getUTCFullYear() + 1 });
    standin.createSubscription({ customer: customerId, amount: 999, currency: 'eur', defaultPaymentMethod: soon.id });
    const { status, reads } = await coldStatus(customerId);
    assert.equal(status.paymentMethod?.last4, '0341');
    assert.ok(reads.some((r) => r.startsWith('GET /v1/subscriptions')), reads.join('\n'));
  });
});
