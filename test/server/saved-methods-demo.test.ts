// The demo server's routes behind the offline Stripe.js stand-in's saved cards: the CustomerSession
// secret lists that customer's cards and nobody else's, and a saved card confirms a SetupIntent only
// if the session offers it (a pm_ id alone, or another customer's card, is refused).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { startDemo, type DemoServer } from '../../demo/server.js';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { stripeClientFor } from './harness.js';

let demo: DemoServer;
let standin: StripeStandin;
let stripe: Stripe;
before(async () => {
  demo = await startDemo(0, { seedReport: false });
  standin = demo.standin!;
  stripe = stripeClientFor(standin);
});
after(async () => {
  await demo?.close();
});

async function customerWithTwoCards() {
  const customer = standin.createCustomer({ email: 'ada@example.com' });
  const first = standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
  const second = standin.attachCard(customer.id, '5555555555554444');
  const session = await stripe.customerSessions.create({
    customer: customer.id,
    components: { payment_element: { enabled: true, features: { payment_method_redisplay: 'enabled', payment_method_allow_redisplay_filters: ['always', 'limited', 'unspecified'] } } },
  });
  const intent = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session' });
  return { customerId: customer.id as string, first: first.id as string, second: second.id as string, session: session.client_secret, intent };
}

const savedCards = async (secret: string) =>
  (await (await fetch(`${demo.url}/demo/stripe/customer_session/payment_methods?customer_session_client_secret=${encodeURIComponent(secret)}`)).json()) as {
    data: Array<{ id: string; last4: string }>;
  };

const confirm = (intent: Stripe.SetupIntent, body: unknown) =>
  fetch(`${demo.url}/demo/stripe/setup_intents/${intent.id}/confirm?client_secret=${encodeURIComponent(intent.client_secret!)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('demo: saved cards for the offline Stripe.js stand-in', () => {
  it('lists the session customer’s cards, and nothing for a forged or missing secret', async () => {
    const ada = await customerWithTwoCards();
    const other = await customerWithTwoCards();
    const listed = (await savedCards(ada.session)).data;
    assert.deepEqual(listed.map((c) => c.id).sort(), [ada.first, ada.second].sort());
    assert.deepEqual(Object.keys(listed[0]!).sort(), ['brand', 'exp_month', 'exp_year', 'id', 'last4'], 'only what the Payment Element shows');
    assert.ok(!listed.some((c) => c.id === other.first || c.id === other.second));
    assert.deepEqual((await savedCards('cuss_secret_forged')).data, []);
    assert.deepEqual((await savedCards('')).data, []);
  });

  it('confirms the SetupIntent with a saved card the session offers', async () => {
    const ada = await customerWithTwoCards();
    const response = await confirm(ada.intent, { payment_method: ada.second, customer_session_client_secret: ada.session });
    assert.equal(response.status, 200);
    const intent = (await response.json()) as { status: string; payment_method: string };
    assert.equal(intent.status, 'succeeded');
    assert.equal(intent.payment_method, ada.second);
  });

  it('refuses a saved card without the session, with another customer’s session, or another customer’s card', async () => {
    const ada = await customerWithTwoCards();
    const mallory = await customerWithTwoCards();
    for (const body of [
      { payment_method: ada.second },
      { payment_method: ada.second, customer_session_client_secret: mallory.session },
      { payment_method: mallory.first, customer_session_client_secret: ada.session },
      { payment_method: mallory.first, customer_session_client_secret: mallory.session },
    ]) {
      assert.equal((await confirm(ada.intent, body)).status, 400, JSON.stringify(body));
    }
    assert.equal((await stripe.setupIntents.retrieve(ada.intent.id)).status, 'requires_payment_method');
  });
});
