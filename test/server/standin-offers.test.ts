// The stand-in's side of issue 17's offers, driven by the real `stripe` SDK over HTTP: pausing
// (flexible billing mode only) and resuming, pause_collection and its clock, prices and products,
// and price changes with each proration behaviour, each checked against what Stripe does.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { rejects } from './stripe-rejects.js';

const DAY = 24 * 60 * 60;
const START_MS = Date.UTC(2026, 11, 1, 12); // 1 Dec 2026: a 31-day period follows

let clockMs = START_MS;
const nowS = () => Math.floor(clockMs / 1000);

describe('stand-in: offers (pause, pause_collection, prices, plan changes)', () => {
  let standin: StripeStandin;
  let stripe: Stripe;
  let team: string;
  let starter: string;
  let annual: string;

  before(async () => {
    standin = await startStripeStandin({ now: () => clockMs });
    stripe = new Stripe('sk_test_offers', { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0 });
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

  function seed(o: { card?: string; billingMode?: 'classic' | 'flexible'; price?: string } = {}) {
    const customer = standin.createCustomer({ email: 'ada@example.com' });
    standin.attachCard(customer.id, o.card ?? '4242424242424242');
    const sub = standin.createSubscription({ customer: customer.id, price: o.price ?? team, billingMode: o.billingMode });
    return { customerId: customer.id, subscriptionId: sub.id, itemId: sub.items.data[0]!.id };
  }
  const eventTypes = (id: string) => standin.events.filter((e) => e.data.object.id === id).map((e) => e.type);

  describe('prices and products', () => {
    it('serves a seeded price, expands its product, and a subscription item carries it', async () => {
      const price = await stripe.prices.retrieve(team, { expand: ['product'] });
      assert.equal(price.unit_amount, 4900);
      assert.deepEqual([price.currency, price.recurring?.interval, price.recurring?.interval_count], ['usd', 'month', 1]);
      assert.equal((price.product as Stripe.Product).name, 'Team');
      const product = await stripe.products.retrieve((price.product as Stripe.Product).id);
      assert.equal(product.default_price, team);

      const { subscriptionId } = seed();
      const sub = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(sub.items.data[0]!.price.id, team);
      assert.equal(sub.billing_mode.type, 'flexible', "Stripe's default for new subscriptions");
      assert.equal(sub.pause_collection, null);
      // A subscription seeded with an amount gets a price that can be fetched too.
      const customer = standin.createCustomer();
      const byAmount = standin.createSubscription({ customer: customer.id, amount: 900 });
      assert.equal((await stripe.prices.retrieve(byAmount.items.data[0]!.price.id)).unit_amount, 900);
    });

    it('lists prices by product, interval and active', async () => {
      const teamProduct = standin.get(team).product as string;
      const byProduct = await stripe.prices.list({ product: teamProduct });
      assert.deepEqual(byProduct.data.map((p) => p.id), [team]);
      const yearly = await stripe.prices.list({ recurring: { interval: 'year' }, limit: 100 });
      assert.ok(yearly.data.some((p) => p.id === annual));
      assert.ok(yearly.data.every((p) => p.recurring?.interval === 'year'));
      const active = await stripe.prices.list({ active: true, currency: 'usd', type: 'recurring', limit: 3, expand: ['data.product'] });
      assert.equal(active.data.length, 3);
      assert.ok(active.data.every((p) => typeof (p.product as Stripe.Product).name === 'string'));
      const { subscriptionId } = seed({ price: starter });
      const sub = await stripe.subscriptions.retrieve(subscriptionId, { expand: ['items.data.price.product'] });
      assert.equal((sub.items.data[0]!.price.product as Stripe.Product).name, 'Starter');
      await rejects(stripe.prices.retrieve('price_nope'), Stripe.errors.StripeInvalidRequestError, { statusCode: 404, code: 'resource_missing' });
    });
  });

  describe('POST /v1/subscriptions/:id/pause and resume', () => {
    it('pauses a flexible subscription (pause_requested, period ends now) and resumes it with a credit for the unused time', async () => {
      const { subscriptionId } = seed();
      clockMs += 10 * DAY * 1000; // 21 of 31 days unused
      const paused = await stripe.subscriptions.pause(subscriptionId, { type: 'subscription' });
      assert.equal(paused.status, 'paused');
      assert.equal(paused.status_details?.paused.type, 'subscription');
      assert.equal(paused.status_details?.paused.subscription.type, 'pause_requested');
      assert.equal(paused.status_details?.paused.transitioned_at, nowS());
      assert.equal(paused.items.data[0]!.current_period_end, nowS());
      assert.deepEqual(eventTypes(subscriptionId).slice(-2), ['customer.subscription.updated', 'customer.subscription.paused']);
      assert.throws(() => standin.renew(subscriptionId), /generates no invoices/);

      clockMs += 20 * DAY * 1000;
      const resumed = await stripe.subscriptions.resume(subscriptionId, { expand: ['latest_invoice'] });
      assert.equal(resumed.status, 'active');
      assert.equal(resumed.status_details, undefined);
      assert.ok(eventTypes(subscriptionId).includes('customer.subscription.resumed'));
      const invoice = resumed.latest_invoice as Stripe.Invoice;
      assert.equal(invoice.status, 'paid');
      const credit = -Math.round((4900 * 21) / 31);
      assert.deepEqual(invoice.lines.data.map((l) => l.amount), [4900, credit]);
      assert.equal(invoice.amount_paid, 4900 + credit);
      assert.equal(invoice.lines.data[1]!.parent?.subscription_item_details?.proration, true);
    });

    it('credits nothing with bill_for[unused_time_from][type]=none', async () => {
      const { subscriptionId } = seed();
      clockMs += 10 * DAY * 1000;
      await stripe.subscriptions.pause(subscriptionId, { bill_for: { unused_time_from: { type: 'none' } } });
      const resumed = await stripe.subscriptions.resume(subscriptionId, { expand: ['latest_invoice'] });
      assert.equal((resumed.latest_invoice as Stripe.Invoice).amount_paid, 4900);
    });

    it('refuses a classic billing mode subscription, a canceled one, and one already paused, with a 400 that says why', async () => {
      const classic = seed({ billingMode: 'classic' });
      await rejects(stripe.subscriptions.pause(classic.subscriptionId), Stripe.errors.StripeInvalidRequestError, {
        statusCode: 400,
        message: /billing_mode `flexible`.*pause_collection/,
      });
      assert.equal(standin.get(classic.subscriptionId).status, 'active');

      const paused = seed();
      await stripe.subscriptions.pause(paused.subscriptionId);
      await rejects(stripe.subscriptions.pause(paused.subscriptionId), Stripe.errors.StripeInvalidRequestError, { message: /status is paused/ });

      const canceled = seed();
      await stripe.subscriptions.cancel(canceled.subscriptionId);
      await rejects(stripe.subscriptions.pause(canceled.subscriptionId), Stripe.errors.StripeInvalidRequestError, { message: /status is canceled/ });
    });

    it('leaves an open overdue invoice open when pausing', async () => {
      const { subscriptionId } = seed({ card: '4000000000009995' });
      const overdue = standin.renew(subscriptionId);
      assert.equal(standin.get(subscriptionId).status, 'past_due');
      const paused = await stripe.subscriptions.pause(subscriptionId);
      assert.equal(paused.status, 'paused');
      assert.equal((await stripe.invoices.retrieve(overdue.id)).status, 'open');
    });

    it('with resume_on_payment_success stays paused on a decline (200) and resumes once the invoice is paid', async () => {
      const { subscriptionId } = seed({ card: '4000000000009995' });
      await stripe.subscriptions.pause(subscriptionId, { bill_for: { unused_time_from: { type: 'none' } } });
      const attempt = await stripe.subscriptions.resume(subscriptionId, { payment_behavior: 'resume_on_payment_success' });
      assert.equal(attempt.status, 'paused');
      const invoice = await stripe.invoices.retrieve(attempt.latest_invoice as string);
      assert.equal(invoice.status, 'open');
      assert.equal(invoice.attempt_count, 1);
      assert.ok(!eventTypes(subscriptionId).includes('customer.subscription.resumed'));

      standin.payInvoiceElsewhere(invoice.id, 'pm_card_visa');
      const after = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(after.status, 'active');
      assert.ok(eventTypes(subscriptionId).includes('customer.subscription.resumed'));
    });

    it('replays a pause sent twice with one Idempotency-Key: one pause, one event', async () => {
      const { subscriptionId } = seed();
      const first = await stripe.subscriptions.pause(subscriptionId, {}, { idempotencyKey: 'pause-1' });
      const second = await stripe.subscriptions.pause(subscriptionId, {}, { idempotencyKey: 'pause-1' });
      assert.deepEqual(second, first);
      assert.equal(eventTypes(subscriptionId).filter((t) => t === 'customer.subscription.paused').length, 1);
    });

    it('refuses parameters it does not know', async () => {
      const { subscriptionId } = seed();
      await rejects(stripe.subscriptions.pause(subscriptionId, { resumes_at: 123 } as Stripe.SubscriptionPauseParams), Stripe.errors.StripeInvalidRequestError, {
        code: 'parameter_unknown',
        param: 'resumes_at',
      });
      await rejects(stripe.subscriptions.pause(subscriptionId, { type: 'schedule' }), Stripe.errors.StripeInvalidRequestError, { param: 'type' });
    });
  });

  describe('pause_collection', () => {
    for (const [behavior, expected] of [
      ['void', 'void'],
      ['keep_as_draft', 'draft'],
      ['mark_uncollectible', 'uncollectible'],
    ] as const) {
      it(`with behavior=${behavior} keeps the status and leaves renewals ${expected}`, async () => {
        const { subscriptionId } = seed();
        const sub = await stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior, resumes_at: nowS() + 60 * DAY } });
        assert.deepEqual(sub.pause_collection, { behavior, resumes_at: nowS() + 60 * DAY });
        assert.equal(sub.status, 'active');
        const renewal = standin.renew(subscriptionId);
        assert.equal((await stripe.invoices.retrieve(renewal.id)).status, expected);
        assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'active');
        assert.equal(standin.get(renewal.id).attempt_count, 0, 'no payment is attempted while collection is paused');
      });
    }

    it('clears itself when the clock passes resumes_at, and the next renewal is charged', async () => {
      const { subscriptionId } = seed();
      const resumesAt = nowS() + 40 * DAY;
      await stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'void', resumes_at: resumesAt } });
      assert.equal(standin.renew(subscriptionId).status, 'void');
      clockMs = (resumesAt + 1) * 1000;
      const sub = await stripe.subscriptions.retrieve(subscriptionId);
      assert.equal(sub.pause_collection, null);
      const cleared = standin.events.filter((e) => e.type === 'customer.subscription.updated' && e.data.object.id === subscriptionId).at(-1)!;
      assert.deepEqual(cleared.data.previous_attributes, { pause_collection: { behavior: 'void', resumes_at: resumesAt } });
      assert.equal(standin.renew(subscriptionId).status, 'paid');
    });

    it("is unset with pause_collection='' and refused on a paused subscription and for a past resumes_at", async () => {
      const { subscriptionId } = seed();
      await stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'void' } });
      await rejects(stripe.subscriptions.pause(subscriptionId), Stripe.errors.StripeInvalidRequestError, { message: /pause_collection/ });
      assert.equal((await stripe.subscriptions.update(subscriptionId, { pause_collection: '' })).pause_collection, null);

      await rejects(
        stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'void', resumes_at: nowS() - 1 } }),
        Stripe.errors.StripeInvalidRequestError,
        { param: 'pause_collection[resumes_at]' },
      );
      await rejects(
        stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'later' as 'void' } }),
        Stripe.errors.StripeInvalidRequestError,
        { param: 'pause_collection[behavior]' },
      );
      await stripe.subscriptions.pause(subscriptionId);
      await rejects(stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'void' } }), Stripe.errors.StripeInvalidRequestError, {
        message: /is paused/,
      });
    });
  });
});
