// The cheaper plan and "Resume now" over HTTP, with the real `stripe` SDK against the stand-in:
// a switch billed today with its receipt, a switch the bank declines (the old plan and its invoice
// stay), a double submit that switches once, resuming with a card that works and one that does not,
// and the receipt /complete now answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompleteResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';
import { addMonths } from '../../src/server/offers/eligibility.js';
import { stripeClientFor } from './harness.js';
import { START_MS, failingCustomer, iso, offersWorld, refused, statusOf, taken } from './offers-flow.js';

const world = offersWorld((prices) => ({ offers: { pause: {}, changePlan: { prices: [prices.starter, prices.mini] } } }));
const switchInvoices = async (subscriptionId: string) =>
  (await stripeClientFor(world.standin).invoices.list({ subscription: subscriptionId, limit: 100 })).data.filter((i) => i.billing_reason === 'subscription_update');

describe('the cheaper plan', () => {
  it('switches today: the new price billed with the card on file, the dearer overdue invoice voided, a receipt', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world, { card: '4242424242424242', declineCode: 'insufficient_funds' });
    const result = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.equal(result.failure, undefined);
    assert.equal(result.status.state, 'ok');
    assert.deepEqual(result.receipt, { paid: [{ amount: 1900, currency: 'usd' }], nextChargeAt: iso(addMonths(START_MS, 1)) });
    assert.equal(world.standin.get(subscriptionId).items.data[0].price.id, world.prices.starter);
    assert.equal(world.standin.get(invoiceId!).status, 'void');
    assert.equal((await world.app.handler.recoveryStats()).offers.changePlanAccepted, 1);
  });

  it('a decline changes nothing: the old plan and its overdue invoice stay, and the answer carries the failure', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world);
    const result = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.equal(result.failure?.code, 'card_declined');
    assert.equal(result.receipt, undefined);
    assert.equal(result.status.state, 'failed');
    assert.equal(result.status.invoice?.id, invoiceId, 'the old plan\'s invoice is still the one owed');
    assert.equal(world.standin.get(subscriptionId).items.data[0].price.id, world.prices.team);
    assert.equal(world.standin.get(invoiceId!).status, 'open');
    assert.equal((await world.app.handler.recoveryStats()).offers.changePlanAccepted, 0);
    // The same switch again with the same card is the same attempt: Stripe's answer is replayed, nothing is charged again.
    const again = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.equal(again.failure?.code, 'card_declined');
    assert.equal((await switchInvoices(subscriptionId)).length, 1);
  });

  it('3-D Secure: the switch waits for the bank (pending update); confirmed, the same POST answers the switch and its receipt', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world, { card: '4000002760003184', declineCode: 'insufficient_funds' });
    const first = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.ok(first.nextAction?.clientSecret.startsWith('pi_'), 'the new invoice PaymentIntent secret');
    assert.match(first.nextAction?.publishableKey ?? '', /^pk_test_/, 'the panel confirms in place with Stripe.js');
    assert.equal(first.receipt, undefined);
    assert.equal(world.standin.get(subscriptionId).items.data[0].price.id, world.prices.team, 'the old plan until the bank confirms');
    assert.equal(world.standin.get(invoiceId!).status, 'open');
    world.standin.authenticate(first.nextAction!.clientSecret.split('_secret_')[0]!, true); // what stripe.handleNextAction does
    await world.standin.flushWebhooks();
    const second = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.equal(second.nextAction, undefined);
    assert.equal(second.failure, undefined);
    assert.deepEqual(second.receipt?.paid, [{ amount: 1900, currency: 'usd' }], 'the real receipt, not an empty one');
    assert.equal(second.status.state, 'ok');
    assert.equal(world.standin.get(subscriptionId).items.data[0].price.id, world.prices.starter);
    assert.equal(world.standin.get(subscriptionId).pending_update, null);
    assert.equal(world.standin.get(invoiceId!).status, 'void', 'the dearer plan\'s overdue invoice is voided once switched');
    assert.equal((await world.app.handler.recoveryStats()).offers.changePlanAccepted, 1);
    assert.equal((await switchInvoices(subscriptionId)).length, 1, 'charged once');
  });

  it('3-D Secure that fails leaves the old plan and its overdue invoice; the answer carries the failure', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world, { card: '4000002760003184', declineCode: 'insufficient_funds' });
    const first = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    world.standin.authenticate(first.nextAction!.clientSecret.split('_secret_')[0]!, false);
    await world.standin.flushWebhooks();
    const second = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.equal(second.failure?.code, 'payment_intent_authentication_failure');
    assert.equal(second.receipt, undefined);
    const sub = world.standin.get(subscriptionId);
    assert.equal(sub.items.data[0].price.id, world.prices.team);
    assert.equal(sub.pending_update, null, 'the pending update is dropped at once, not in 23 hours');
    assert.equal(world.standin.get(invoiceId!).status, 'open');
    assert.equal(second.status.invoice?.id, invoiceId);
    const [attempt] = await switchInvoices(subscriptionId);
    assert.equal(attempt?.status, 'void');
    assert.equal((await world.app.handler.recoveryStats()).offers.changePlanAccepted, 0);
  });

  it('3-D Secure abandoned: the pending update expires with the old plan in place', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world, { card: '4000002760003184', declineCode: 'insufficient_funds' });
    const first = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.ok(first.nextAction);
    world.clock.ms += 24 * 3_600_000;
    await browser.post('/refresh');
    const sub = world.standin.get(subscriptionId);
    assert.equal(sub.items.data[0].price.id, world.prices.team);
    assert.equal(sub.pending_update, null);
    assert.equal((await switchInvoices(subscriptionId))[0]?.status, 'void');
    assert.equal(world.standin.get(invoiceId!).status, 'open');
  });

  it('another plan after an unconfirmed one supersedes it: the first pending update is dropped, the second confirmed', async () => {
    const { browser, subscriptionId } = await failingCustomer(world, { card: '4000002760003184', declineCode: 'insufficient_funds' });
    const first = await taken(browser.post('/change-plan', { price: world.prices.starter }));
    assert.ok(first.nextAction, 'the customer leaves the bank\'s page unanswered');
    const second = await taken(browser.post('/change-plan', { price: world.prices.mini }));
    assert.ok(second.nextAction && second.nextAction.clientSecret !== first.nextAction!.clientSecret);
    assert.deepEqual((await switchInvoices(subscriptionId)).map((i) => [i.amount_due, i.status]).sort(), [[1900, 'void'], [900, 'open']].sort());
    world.standin.authenticate(second.nextAction!.clientSecret.split('_secret_')[0]!, true);
    const done = await taken(browser.post('/change-plan', { price: world.prices.mini }));
    assert.deepEqual(done.receipt?.paid, [{ amount: 900, currency: 'usd' }]);
    assert.equal(world.standin.get(subscriptionId).items.data[0].price.id, world.prices.mini);
  });

  it('a double submit switches and bills once', async () => {
    const { browser, subscriptionId } = await failingCustomer(world, { card: '4242424242424242', declineCode: 'insufficient_funds' });
    const answers = await Promise.all([0, 1].map(() => taken(browser.post('/change-plan', { price: world.prices.starter }))));
    for (const answer of answers) assert.equal(answer.status.state, 'ok');
    assert.equal((await switchInvoices(subscriptionId)).length, 1);
    assert.equal((await world.app.handler.recoveryStats()).offers.changePlanAccepted, 1);
  });
});

describe('Resume now', () => {
  it('bills a new period today with a card that works, and the subscription runs again', async () => {
    const { browser, subscriptionId, customerId } = await failingCustomer(world);
    await taken(browser.post('/pause', { months: 3 }));
    world.standin.attachCard(customerId, '4242424242424242', { makeDefault: true });
    await world.standin.flushWebhooks();
    const result = await taken(browser.post('/resume', {}));
    assert.equal(result.status.state, 'ok');
    assert.equal(result.status.pause, undefined);
    assert.deepEqual(result.receipt?.paid, [{ amount: 4900, currency: 'usd' }]);
    assert.equal(world.standin.get(subscriptionId).status, 'active');
    assert.equal((await world.app.handler.recoveryStats()).offers.resumed, 1);
    // Pressed twice: answered as it was.
    const again = await taken(browser.post('/resume', {}));
    assert.equal(again.status.state, 'ok');
    assert.equal((await world.app.handler.recoveryStats()).offers.resumed, 1);
  });

  it('a decline leaves it paused and comes back as the failure', async () => {
    const { browser, subscriptionId } = await failingCustomer(world);
    await taken(browser.post('/pause', { months: 3 }));
    const result = await taken(browser.post('/resume', {}));
    assert.equal(result.failure?.code, 'card_declined');
    assert.equal(world.standin.get(subscriptionId).status, 'paused');
    assert.equal(result.status.state, 'paused', 'still paused, owing nothing for a period that did not start');
    assert.equal(result.status.pause?.resumable, true);
    assert.equal((await world.app.handler.recoveryStats()).offers.resumed, 0);
    // With a new card on file, pressing it again is a new attempt, not Stripe replaying the decline.
    const { customerId } = { customerId: world.standin.get(subscriptionId).customer as string };
    world.standin.attachCard(customerId, '4242424242424242', { makeDefault: true });
    await world.standin.flushWebhooks();
    const retried = await taken(browser.post('/resume', {}));
    assert.equal(retried.failure, undefined);
    assert.equal(world.standin.get(subscriptionId).status, 'active');
    assert.equal(retried.status.state, 'ok');
  });

  it('3-D Secure on resume: once confirmed, the same POST answers what was paid (not an empty receipt)', async () => {
    const { browser, subscriptionId, customerId } = await failingCustomer(world);
    await taken(browser.post('/pause', { months: 3 }));
    world.standin.attachCard(customerId, '4000002760003184', { makeDefault: true });
    await world.standin.flushWebhooks();
    const first = await taken(browser.post('/resume', {}));
    assert.ok(first.nextAction?.publishableKey);
    world.standin.authenticate(first.nextAction!.clientSecret.split('_secret_')[0]!, true);
    await world.standin.flushWebhooks();
    const second = await taken(browser.post('/resume', {}));
    assert.equal(second.nextAction, undefined);
    assert.deepEqual(second.receipt?.paid, [{ amount: 4900, currency: 'usd' }]);
    assert.equal(second.status.state, 'ok');
    assert.equal(world.standin.get(subscriptionId).status, 'active');
  });

  it('ends a collection pause at once (nothing billed before its date)', async () => {
    const { browser, subscriptionId } = await failingCustomer(world, { billingMode: 'classic' });
    await taken(browser.post('/pause', { months: 2 }));
    const result = await taken(browser.post('/resume', {}));
    assert.equal(world.standin.get(subscriptionId).pause_collection, null);
    assert.deepEqual(result.receipt?.paid, []);
    assert.notEqual(result.status.state, 'paused');
  });

  it('with nothing paused, is a 409', async () => {
    const { browser } = await failingCustomer(world);
    await refused(browser.post('/resume', {}), 409, 'offer_not_allowed');
  });
});

describe('/complete', () => {
  it('answers a receipt: what was paid now and the next charge', async () => {
    const { browser } = await failingCustomer(world);
    const intent = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
    const setupIntentId = intent.clientSecret.split('_secret_')[0]!;
    world.standin.confirmSetupIntent(setupIntentId, '4242424242424242');
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 200);
    const body = CompleteResponseSchema.parse(await response.json());
    assert.equal(body.failure, undefined);
    assert.equal(body.receipt?.paid[0]?.amount, 4900);
    assert.equal(body.receipt?.paid[0]?.currency, 'usd');
    assert.equal((await statusOf(browser)).state, 'ok');
    assert.ok(body.receipt?.nextChargeAt && Date.parse(body.receipt.nextChargeAt) > START_MS);
  });
});
