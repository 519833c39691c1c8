// The stand-in's price changes (`POST /v1/subscriptions/:id` with items[0][price]), driven by the
// real `stripe` SDK over HTTP: each proration behaviour, the billing cycle anchor, a decline on the
// charge made at once, what is refused, and an idempotent replay.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { rejects } from './stripe-rejects.js';

const DAY = 24 * 60 * 60;
const START_MS = Date.UTC(2026, 11, 1, 12); // 1 Dec 2026: a 31-day period follows
const PERIOD = 31 * DAY;

let clockMs = START_MS;
const nowS = () => Math.floor(clockMs / 1000);


describe('stand-in: changing a subscription to another price', () => {
  let standin: StripeStandin;
  let stripe: Stripe;
  let team: string;
  let starter: string;
  let annual: string;

  before(async () => {
    standin = await startStripeStandin({ now: () => clockMs });
    stripe = new Stripe('sk_test_plans', { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0 });
  });
  after(async () => {
    await standin.close();
  });
  beforeEach(() => {
    clockMs = START_MS;
    team = standin.createPrice({ productName: 'Team', amount: 4900, interval: 'month' }).id;
    starter = standin.createPrice({ productName: 'Starter', amount: 1900, interval: 'month' }).id;
    annual = standin.createPrice({ productName: 'Team (annual)', amount: 49000, interval: 'year' }).id;
  });

  function seed(card = '4242424242424242') {
    const customer = standin.createCustomer({ email: 'ada@example.com' });
    const pm = standin.attachCard(customer.id, card);
    const sub = standin.createSubscription({ customer: customer.id, price: team });
    return { customerId: customer.id, subscriptionId: sub.id, itemId: sub.items.data[0]!.id, pmId: pm.id };
  }
  const invoicesOf = (subscriptionId: string) => stripe.invoices.list({ subscription: subscriptionId }).then((l) => l.data);
  /** Halfway through December's 31 days: 15.5 days of each price. */
  const halfway = () => {
    clockMs = START_MS + (PERIOD / 2) * 1000;
  };
  const half = (amount: number) => Math.round(amount / 2);

  it('create_prorations (default): the price changes now, the credit and debit wait for the renewal', async () => {
    const { subscriptionId, itemId } = seed();
    halfway();
    const sub = await stripe.subscriptions.update(subscriptionId, { items: [{ id: itemId, price: starter }] });
    assert.equal(sub.items.data[0]!.price.id, starter);
    assert.equal(sub.items.data[0]!.current_period_end, Math.floor(START_MS / 1000) + PERIOD, 'the period goes on');
    assert.deepEqual(await invoicesOf(subscriptionId), [], 'nothing invoiced yet');

    const renewal = standin.renew(subscriptionId);
    assert.deepEqual(renewal.lines.data.map((l) => l.amount), [1900, -half(4900), half(1900)]);
    assert.deepEqual(renewal.lines.data.map((l) => l.parent.subscription_item_details.proration), [false, true, true]);
    assert.equal(renewal.status, 'paid');
    assert.equal(renewal.amount_paid, 1900 - half(4900) + half(1900));
  });

  it('always_invoice: an upgrade invoices and charges the difference at once', async () => {
    const { subscriptionId, itemId } = seed();
    await stripe.subscriptions.update(subscriptionId, { items: [{ id: itemId, price: starter }], proration_behavior: 'none' });
    halfway();
    const sub = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, price: team }],
      proration_behavior: 'always_invoice',
      expand: ['latest_invoice'],
    });
    const invoice = sub.latest_invoice as Stripe.Invoice;
    assert.equal(invoice.billing_reason, 'subscription_update');
    assert.deepEqual(invoice.lines.data.map((l) => l.amount), [-half(1900), half(4900)]);
    assert.equal(invoice.status, 'paid');
    assert.equal(invoice.amount_paid, half(4900) - half(1900));
    assert.equal(sub.status, 'active');
  });

  it('always_invoice: a downgrade leaves a credit on the customer balance that the renewal uses', async () => {
    const { subscriptionId, itemId, customerId } = seed();
    halfway();
    const sub = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, price: starter }],
      proration_behavior: 'always_invoice',
      expand: ['latest_invoice'],
    });
    const credit = half(1900) - half(4900);
    const invoice = sub.latest_invoice as Stripe.Invoice;
    assert.deepEqual([invoice.total, invoice.amount_due, invoice.status], [credit, 0, 'paid']);
    assert.equal((await stripe.customers.retrieve(customerId) as Stripe.Customer).balance, credit);

    const renewal = standin.renew(subscriptionId);
    assert.deepEqual([renewal.total, renewal.starting_balance, renewal.amount_due], [1900, credit, 1900 + credit]);
    assert.equal((await stripe.customers.retrieve(customerId) as Stripe.Customer).balance, 0);
  });

  it('none: nothing is billed now and the renewal charges the new price', async () => {
    const { subscriptionId, itemId } = seed();
    halfway();
    await stripe.subscriptions.update(subscriptionId, { items: [{ id: itemId, price: starter }], proration_behavior: 'none' });
    assert.deepEqual(await invoicesOf(subscriptionId), []);
    assert.deepEqual(standin.renew(subscriptionId).lines.data.map((l) => l.amount), [1900]);
  });

  it('billing_cycle_anchor[type]=now starts a new period, invoiced at once with the unused-time credit', async () => {
    const { subscriptionId, itemId } = seed();
    halfway();
    const sub = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, price: starter }],
      billing_cycle_anchor: { type: 'now' },
      expand: ['latest_invoice'],
    });
    assert.equal(sub.billing_cycle_anchor, nowS());
    assert.equal(sub.items.data[0]!.current_period_start, nowS());
    const invoice = sub.latest_invoice as Stripe.Invoice;
    assert.deepEqual(invoice.lines.data.map((l) => l.amount), [1900, -half(4900)]);
    assert.deepEqual([invoice.amount_due, invoice.status], [0, 'paid'], 'the credit covers the new period');
  });

  it('a yearly price resets the period by itself; billing_cycle_anchor[type]=unchanged is refused for it', async () => {
    const { subscriptionId, itemId } = seed();
    await rejects(
      stripe.subscriptions.update(subscriptionId, { items: [{ id: itemId, price: annual }], billing_cycle_anchor: { type: 'unchanged' } }),
      Stripe.errors.StripeInvalidRequestError,
      { param: 'billing_cycle_anchor[type]' },
    );
    assert.equal(standin.get(subscriptionId).items.data[0].price.id, team, 'nothing changed');
    const sub = await stripe.subscriptions.update(subscriptionId, { items: [{ id: itemId, price: annual }], proration_behavior: 'none' });
    assert.equal(sub.items.data[0]!.current_period_start, nowS());
    const [invoice] = await invoicesOf(subscriptionId);
    assert.deepEqual([invoice!.amount_paid, invoice!.status], [49000, 'paid']);
  });

  it('a decline on the charge made at once leaves the invoice open and the subscription past_due (allow_incomplete)', async () => {
    const { subscriptionId, itemId } = seed('4000000000009995');
    const sub = await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: itemId, price: starter }],
      billing_cycle_anchor: { type: 'now' },
      proration_behavior: 'none',
      expand: ['latest_invoice'],
    });
    assert.equal(sub.status, 'past_due');
    assert.equal(sub.items.data[0]!.price.id, starter);
    const invoice = sub.latest_invoice as Stripe.Invoice;
    assert.deepEqual([invoice.status, invoice.attempt_count, invoice.amount_due], ['open', 1, 1900]);
    assert.ok(invoice.next_payment_attempt, 'Smart Retries will try again');
  });

  it('error_if_incomplete: a decline answers 402 and changes nothing', async () => {
    const { subscriptionId, itemId, customerId } = seed('4000000000009995');
    const before = structuredClone(standin.get(subscriptionId));
    const error = await rejects(
      stripe.subscriptions.update(subscriptionId, {
        items: [{ id: itemId, price: starter }],
        billing_cycle_anchor: { type: 'now' },
        proration_behavior: 'none', // else the unused month's credit would cover the new one
        payment_behavior: 'error_if_incomplete',
      }),
      Stripe.errors.StripeCardError,
      { statusCode: 402, code: 'card_declined', decline_code: 'insufficient_funds' },
    );
    assert.ok(error);
    assert.deepEqual(standin.get(subscriptionId), before);
    assert.equal(standin.get(customerId).delinquent, false);
    const [attempted] = await invoicesOf(subscriptionId);
    assert.equal(attempted!.status, 'void', 'the attempted invoice is voided');
  });

  it('refuses what it does not model, and parameters Stripe does not have, with a 400 naming the parameter', async () => {
    const { subscriptionId, itemId } = seed();
    const update = (params: Stripe.SubscriptionUpdateParams) => stripe.subscriptions.update(subscriptionId, params);
    await rejects(update({ items: [{ id: itemId, price: starter, quantity: 2 }] }), Stripe.errors.StripeInvalidRequestError, {
      code: 'parameter_unknown',
      param: 'items[0][quantity]',
    });
    await rejects(update({ items: [{ price: starter }] }), Stripe.errors.StripeInvalidRequestError, { param: 'items[0][id]' });
    await rejects(update({ items: [{ id: 'si_nope', price: starter }] }), Stripe.errors.StripeInvalidRequestError, { code: 'resource_missing' });
    await rejects(update({ items: [{ id: itemId, price: 'price_nope' }] }), Stripe.errors.StripeInvalidRequestError, {
      code: 'resource_missing',
      param: 'items[0][price]',
    });
    const euros = standin.createPrice({ productName: 'Team (EUR)', amount: 4500, currency: 'eur' }).id;
    await rejects(update({ items: [{ id: itemId, price: euros }] }), Stripe.errors.StripeInvalidRequestError, { message: /currency/ });
    await rejects(update({ items: [{ id: itemId, price: starter }], payment_behavior: 'default_incomplete' }), Stripe.errors.StripeInvalidRequestError, {
      param: 'payment_behavior',
    });
    await rejects(update({ proration_behavior: 'sometimes' as 'none' }), Stripe.errors.StripeInvalidRequestError, { param: 'proration_behavior' });
    assert.equal(standin.get(subscriptionId).items.data[0].price.id, team, 'nothing changed');
  });

  it('replays a change sent twice with one Idempotency-Key: one invoice, one charge', async () => {
    const { subscriptionId, itemId } = seed();
    halfway();
    const params: Stripe.SubscriptionUpdateParams = { items: [{ id: itemId, price: starter }], billing_cycle_anchor: { type: 'now' }, proration_behavior: 'none' };
    const first = await stripe.subscriptions.update(subscriptionId, params, { idempotencyKey: 'change-1' });
    const second = await stripe.subscriptions.update(subscriptionId, params, { idempotencyKey: 'change-1' });
    assert.deepEqual(second, first);
    assert.equal((await invoicesOf(subscriptionId)).length, 1);
    await rejects(
      stripe.subscriptions.update(subscriptionId, { ...params, proration_behavior: 'always_invoice' }, { idempotencyKey: 'change-1' }),
      Stripe.errors.StripeIdempotencyError,
    );
  });

  describe('pending_if_incomplete (pending updates)', () => {
    const pendingSwitch = (subscriptionId: string, itemId: string, extra: Stripe.SubscriptionUpdateParams = {}) =>
      stripe.subscriptions.update(subscriptionId, {
        items: [{ id: itemId, price: starter }],
        billing_cycle_anchor: { type: 'now' },
        proration_behavior: 'none',
        payment_behavior: 'pending_if_incomplete',
        expand: ['latest_invoice'],
        ...extra,
      });

    it('paid at once: applied like any update, no pending_update', async () => {
      const { subscriptionId, itemId } = seed();
      const sub = await pendingSwitch(subscriptionId, itemId);
      assert.equal(sub.pending_update, null);
      assert.equal(sub.items.data[0]!.price.id, starter);
      assert.equal((sub.latest_invoice as Stripe.Invoice).status, 'paid');
    });

    it('a decline answers 200 with pending_update; the subscription keeps its price, period and status', async () => {
      const { subscriptionId, itemId, customerId } = seed('4000000000009995');
      const before = structuredClone(standin.get(subscriptionId));
      const sub = await pendingSwitch(subscriptionId, itemId);
      assert.equal(sub.items.data[0]!.price.id, team, 'the old price until the invoice is paid');
      assert.equal(sub.status, before.status);
      assert.equal(sub.items.data[0]!.current_period_end, before.items.data[0].current_period_end);
      assert.equal(sub.pending_update?.subscription_items?.[0]?.price.id, starter);
      assert.equal(sub.pending_update?.expires_at, nowS() + 23 * 3600, 'at most 23 hours after the update');
      const invoice = sub.latest_invoice as Stripe.Invoice;
      assert.deepEqual([invoice.status, invoice.amount_due], ['open', 1900]);
      assert.equal(standin.get(customerId).delinquent, false);
    });

    it('3-D Secure: the invoice PaymentIntent waits for the customer; confirming it applies the update', async () => {
      const { subscriptionId, itemId } = seed('4000002760003184');
      const sub = await pendingSwitch(subscriptionId, itemId, { expand: ['latest_invoice.confirmation_secret'] });
      assert.equal(sub.items.data[0]!.price.id, team);
      const invoice = sub.latest_invoice as Stripe.Invoice;
      const secret = invoice.confirmation_secret!.client_secret;
      const pi = await stripe.paymentIntents.retrieve(secret.split('_secret_')[0]!);
      assert.equal(pi.status, 'requires_action');
      standin.authenticate(pi.id, true); // what stripe.handleNextAction does in the browser
      const after = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(after.pending_update, null);
      assert.equal(after.items.data[0]!.price.id, starter);
      assert.equal(after.items.data[0]!.current_period_start, nowS(), 'the new period from the update');
      assert.equal((await stripe.invoices.retrieve(invoice.id!)).status, 'paid');
    });

    it('a failed 3-D Secure changes nothing; at expiry the invoice is voided and the update dropped', async () => {
      const { subscriptionId, itemId } = seed('4000002760003184');
      const sub = await pendingSwitch(subscriptionId, itemId, { expand: ['latest_invoice.confirmation_secret'] });
      const invoice = sub.latest_invoice as Stripe.Invoice;
      standin.authenticate(invoice.confirmation_secret!.client_secret.split('_secret_')[0]!, false);
      assert.equal(standin.get(subscriptionId).items.data[0].price.id, team);
      assert.ok(standin.get(subscriptionId).pending_update, 'still pending: the customer may try again until it expires');
      clockMs += 23 * 3600 * 1000 + 1000;
      const expired = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(expired.pending_update, null);
      assert.equal(expired.items.data[0]!.price.id, team);
      assert.equal((await stripe.invoices.retrieve(invoice.id!)).status, 'void');
    });

    it('voiding the invoice drops the pending update (a second one meanwhile is refused, not guessed at)', async () => {
      const { subscriptionId, itemId } = seed('4000000000009995');
      const sub = await pendingSwitch(subscriptionId, itemId);
      await rejects(pendingSwitch(subscriptionId, itemId, { items: [{ id: itemId, price: annual }] }), Stripe.errors.StripeInvalidRequestError, { statusCode: 400 });
      await stripe.invoices.voidInvoice((sub.latest_invoice as Stripe.Invoice).id!);
      const after = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(after.pending_update, null);
      assert.equal(after.items.data[0]!.price.id, team);
    });

    it('refuses the parameters Stripe refuses with it (400 naming them), and a bank debit on file', async () => {
      const { subscriptionId, itemId, customerId } = seed('4000000000009995');
      for (const [extra, param] of [
        [{ metadata: { a: 'b' } }, 'metadata'],
        [{ cancel_at_period_end: true }, 'cancel_at_period_end'],
        [{ default_payment_method: 'pm_card_visa' }, 'default_payment_method'],
      ] as const) {
        await rejects(pendingSwitch(subscriptionId, itemId, extra as Stripe.SubscriptionUpdateParams), Stripe.errors.StripeInvalidRequestError, { statusCode: 400, param });
      }
      standin.attachBankAccount(customerId, 'ach_success', { makeDefault: true });
      await rejects(pendingSwitch(subscriptionId, itemId), Stripe.errors.StripeInvalidRequestError, { statusCode: 400, param: 'payment_behavior' });
      assert.equal(standin.get(subscriptionId).items.data[0].price.id, team, 'nothing changed');
      assert.equal(standin.get(subscriptionId).pending_update, null);
    });
  });
});
