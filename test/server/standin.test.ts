// The offline Stripe stand-in, driven by the real `stripe` SDK over HTTP: if these pass, code
// written against the stand-in sees the shapes, errors and events it would see from Stripe.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { parseForm } from '../../demo/stripe-standin/form.js';
import { startStripeStandin, type StripeEvent, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { rejects } from './stripe-rejects.js';

const SECRET_KEY = 'sk_test_standin';
const DAY = 24 * 60 * 60;

function sdk(standin: StripeStandin, extra: Partial<ConstructorParameters<typeof Stripe>[1]> = {}): Stripe {
  return new Stripe(SECRET_KEY, { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0, ...extra });
}

/** Await a rejection and check its SDK error class and raw fields. */

function eventsFor(standin: StripeStandin, objectId: string, type?: string): StripeEvent[] {
  return standin.events.filter((e) => e.data.object.id === objectId && (type === undefined || e.type === type));
}

describe('stripe stand-in', () => {
  let standin: StripeStandin;
  let stripe: Stripe;
  before(async () => {
    standin = await startStripeStandin();
    stripe = sdk(standin);
  });
  after(async () => {
    await standin.close();
  });

  /** The invoice's PaymentIntent, reached the API 2025-03-31 way. */
  async function invoiceIntent(invoiceId: string): Promise<Stripe.PaymentIntent> {
    const payments = await stripe.invoicePayments.list({ invoice: invoiceId, expand: ['data.payment.payment_intent'] });
    assert.equal(payments.data.length, 1);
    return payments.data[0]!.payment.payment_intent as Stripe.PaymentIntent;
  }

  function subscribedCustomer(card: string) {
    const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
    const pm = standin.attachCard(customer.id, card);
    const sub = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
    return { customer, pm, sub };
  }

  describe('customers and payment methods', () => {
    it('retrieves a customer with its default card and subscriptions expanded', async () => {
      const { customer, pm, sub } = subscribedCustomer('4242424242424242');
      const plain = await stripe.customers.retrieve(customer.id);
      assert.ok(!plain.deleted);
      assert.equal(plain.object, 'customer');
      assert.equal(plain.invoice_settings.default_payment_method, pm.id);
      assert.equal(plain.subscriptions, undefined, 'includable, absent unless expanded');

      const full = await stripe.customers.retrieve(customer.id, { expand: ['invoice_settings.default_payment_method', 'subscriptions'] });
      assert.ok(!full.deleted);
      const card = full.invoice_settings.default_payment_method as Stripe.PaymentMethod;
      assert.equal(card.object, 'payment_method');
      assert.equal(card.card?.last4, '4242');
      assert.equal(card.card?.brand, 'visa');
      assert.equal(card.card?.exp_month, 12);
      assert.equal(card.card?.exp_year, new Date().getUTCFullYear() + 3);
      assert.deepEqual(full.subscriptions?.data.map((s) => s.id), [sub.id]);
      assert.equal(full.subscriptions?.object, 'list');
      assert.match(customer.id, /^cus_[0-9A-Za-z]{14}$/);
      assert.match(pm.id, /^pm_[0-9A-Za-z]{24}$/);
    });

    it('answers unknown ids, routes and expansions like Stripe', async () => {
      await rejects(stripe.customers.retrieve('cus_nope'), Stripe.errors.StripeInvalidRequestError, {
        statusCode: 404,
        code: 'resource_missing',
        param: 'id',
        message: "No such customer: 'cus_nope'",
      });
      const { customer } = subscribedCustomer('4242424242424242');
      await rejects(stripe.customers.retrieve(customer.id, { expand: ['email'] }), Stripe.errors.StripeInvalidRequestError, {
        statusCode: 400,
        param: 'expand',
      });
      const response = await fetch(`${standin.url}/v1/nothing_here`, { headers: { authorization: `Bearer ${SECRET_KEY}` } });
      assert.equal(response.status, 404);
      assert.ok(response.headers.get('request-id')?.startsWith('req_'));
      const body = (await response.json()) as { error: { type: string; message: string } };
      assert.equal(body.error.type, 'invalid_request_error');
      assert.match(body.error.message, /Unrecognized request URL/);
    });

    it('sets a default card only if it is attached to the customer, and reports the change', async () => {
      const { customer, pm } = subscribedCustomer('4242424242424242');
      const stranger = standin.createCustomer();
      const foreign = standin.attachCard(stranger.id, '5555555555554444');
      await rejects(
        stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: foreign.id } }),
        Stripe.errors.StripeInvalidRequestError,
        { statusCode: 400, code: 'resource_missing', param: 'invoice_settings[default_payment_method]' },
      );
      const second = await stripe.paymentMethods.attach('pm_card_mastercard', { customer: customer.id });
      assert.equal(second.customer, customer.id);
      assert.equal(second.card?.brand, 'mastercard');
      assert.notEqual(second.id, 'pm_card_mastercard', 'a token mints a fresh PaymentMethod');
      const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: second.id } });
      assert.equal(updated.invoice_settings.default_payment_method, second.id);
      const event = eventsFor(standin, customer.id, 'customer.updated').at(-1)!;
      assert.deepEqual(event.data.previous_attributes, { invoice_settings: { default_payment_method: pm.id } });
      assert.ok(event.request.id?.startsWith('req_'));

      const listed = await stripe.customers.listPaymentMethods(customer.id);
      assert.deepEqual(listed.data.map((p) => p.id), [second.id, pm.id], 'newest first');
    });

    it('detaches a card, clearing it as default, with payment_method.detached', async () => {
      const { customer, pm } = subscribedCustomer('4242424242424242');
      const detached = await stripe.paymentMethods.detach(pm.id);
      assert.equal(detached.customer, null);
      assert.equal(standin.get(customer.id).invoice_settings.default_payment_method, null);
      const event = eventsFor(standin, pm.id, 'payment_method.detached')[0]!;
      assert.equal(event.data.object.customer, null);
      assert.deepEqual(event.data.previous_attributes, { customer: customer.id });
      await rejects(stripe.paymentMethods.detach(pm.id), Stripe.errors.StripeInvalidRequestError, { statusCode: 400 });
    });
  });

  describe('subscriptions', () => {
    it('lists by customer and status, hides canceled by default, expands the default card', async () => {
      const { customer, pm, sub } = subscribedCustomer('4242424242424242');
      await stripe.subscriptions.update(sub.id, { default_payment_method: pm.id });
      const old = standin.createSubscription({ customer: customer.id, amount: 100 });
      await stripe.subscriptions.cancel(old.id);

      const active = await stripe.subscriptions.list({ customer: customer.id, expand: ['data.default_payment_method'] });
      assert.deepEqual(active.data.map((s) => s.id), [sub.id]);
      assert.equal((active.data[0]!.default_payment_method as Stripe.PaymentMethod).card?.last4, '4242');
      const all = await stripe.subscriptions.list({ customer: customer.id, status: 'all' });
      assert.deepEqual(all.data.map((s) => s.id), [old.id, sub.id]);
      assert.equal(all.url, '/v1/subscriptions');
      assert.equal(all.has_more, false);
      await rejects(stripe.subscriptions.list({ status: 'sleeping' as 'all' }), Stripe.errors.StripeInvalidRequestError, {
        param: 'status',
      });
    });

    it("clears a subscription's default with '' and reports previous_attributes", async () => {
      const { pm, sub } = subscribedCustomer('4242424242424242');
      await stripe.subscriptions.update(sub.id, { default_payment_method: pm.id });
      const cleared = await stripe.subscriptions.update(sub.id, { default_payment_method: '' });
      assert.equal(cleared.default_payment_method, null);
      const event = eventsFor(standin, sub.id, 'customer.subscription.updated').at(-1)!;
      assert.deepEqual(event.data.previous_attributes, { default_payment_method: pm.id });
    });
  });

  describe('setup intents', () => {
    it('creates and confirms with a good card: succeeded, card attached', async () => {
      const customer = standin.createCustomer();
      const created = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session', automatic_payment_methods: { enabled: true } });
      assert.equal(created.status, 'requires_payment_method');
      assert.match(created.client_secret!, new RegExp(`^${created.id}_secret_[0-9A-Za-z]+$`));
      assert.match(created.id, /^seti_/);

      const confirmed = await stripe.setupIntents.confirm(created.id, { payment_method: 'pm_card_visa' });
      assert.equal(confirmed.status, 'succeeded');
      const pmId = confirmed.payment_method as string;
      const retrieved = await stripe.setupIntents.retrieve(created.id, { expand: ['payment_method'] });
      assert.equal((retrieved.payment_method as Stripe.PaymentMethod).customer, customer.id);
      assert.deepEqual(
        standin.events.filter((e) => [created.id, pmId].includes(e.data.object.id as string)).map((e) => e.type),
        ['setup_intent.created', 'payment_method.attached', 'setup_intent.succeeded'],
      );
    });

    for (const [card, code, declineCode] of [
      ['pm_card_chargeDeclined', 'card_declined', 'generic_decline'],
      ['pm_card_chargeDeclinedExpiredCard', 'expired_card', 'expired_card'],
      ['pm_card_chargeDeclinedIncorrectCvc', 'incorrect_cvc', 'incorrect_cvc'],
      ['pm_card_chargeDeclinedProcessingError', 'processing_error', 'processing_error'],
      ['pm_card_chargeDeclinedLostCard', 'card_declined', 'lost_card'],
      ['pm_card_chargeDeclinedStolenCard', 'card_declined', 'stolen_card'],
      ['4100000000000019', 'card_declined', 'fraudulent'],
    ] as const) {
      it(`declines ${card} at setup with ${code}/${declineCode}`, async () => {
        const customer = standin.createCustomer();
        const si = await stripe.setupIntents.create({ customer: customer.id });
        const error = await rejects(stripe.setupIntents.confirm(si.id, { payment_method: card }), Stripe.errors.StripeCardError, {
          statusCode: 402,
          code,
          decline_code: declineCode,
        });
        assert.equal((error.setup_intent as Stripe.SetupIntent).id, si.id);
        const after = await stripe.setupIntents.retrieve(si.id);
        assert.equal(after.status, 'requires_payment_method');
        assert.equal(after.last_setup_error?.code, code);
        assert.equal(after.last_setup_error?.decline_code, declineCode);
        assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 0, 'nothing attached');
        assert.equal(eventsFor(standin, si.id, 'setup_intent.setup_failed').length, 1);
      });
    }

    for (const card of ['4000000000009995', '4000000000000341']) {
      it(`saves ${card}, which only fails when charged`, async () => {
        const customer = standin.createCustomer();
        const si = await stripe.setupIntents.create({ customer: customer.id });
        const intent = standin.confirmSetupIntent(si.id, card);
        assert.equal(intent.status, 'succeeded');
        assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data[0]?.card?.last4, card.slice(-4));
      });
    }

    it('asks for 3-D Secure, then succeeds when the customer authenticates', async () => {
      const customer = standin.createCustomer();
      const si = await stripe.setupIntents.create({ customer: customer.id });
      const pending = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_authenticationRequired' });
      assert.equal(pending.status, 'requires_action');
      assert.equal(pending.next_action?.type, 'use_stripe_sdk');
      assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 0, 'not attached before authentication');
      standin.authenticate(si.id, true);
      const done = await stripe.setupIntents.retrieve(si.id);
      assert.equal(done.status, 'succeeded');
      assert.equal(done.next_action, null);
      assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data[0]?.card?.last4, '3184');
    });

    it('returns to requires_payment_method when authentication fails', async () => {
      const customer = standin.createCustomer();
      const si = await stripe.setupIntents.create({ customer: customer.id });
      assert.equal(standin.confirmSetupIntent(si.id, '4000002500003155').status, 'requires_action');
      standin.authenticate(si.id, false);
      const failed = await stripe.setupIntents.retrieve(si.id);
      assert.equal(failed.status, 'requires_payment_method');
      assert.equal(failed.last_setup_error?.code, 'setup_intent_authentication_failure');
      assert.equal(failed.payment_method, null);
      assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 0);
      assert.throws(() => standin.authenticate(si.id, true), /not requires_action/);
      await rejects(stripe.setupIntents.confirm('seti_missing', { payment_method: 'pm_card_visa' }), Stripe.errors.StripeInvalidRequestError, {
        statusCode: 404,
      });
    });
  });

  describe('renewals and invoices', () => {
    it('leaves a declined renewal open and past_due, the decline reachable through the invoice payments', async () => {
      const { customer, pm, sub } = subscribedCustomer('4000000000009995');
      const before = Math.floor(Date.now() / 1000);
      const renewed = standin.renew(sub.id);

      const invoice = await stripe.invoices.retrieve(renewed.id, {
        expand: ['payments.data.payment.payment_intent', 'confirmation_secret'],
      });
      assert.equal(invoice.object, 'invoice');
      assert.equal(invoice.status, 'open');
      assert.equal(invoice.amount_due, 2900);
      assert.equal(invoice.amount_remaining, 2900);
      assert.equal(invoice.currency, 'eur');
      assert.equal(invoice.attempt_count, 1);
      assert.equal(invoice.customer, customer.id);
      assert.match(invoice.hosted_invoice_url ?? '', /^https:\/\/invoice\.stripe\.com\/i\//);
      assert.ok(invoice.next_payment_attempt! >= before + 3 * DAY && invoice.next_payment_attempt! <= before + 3 * DAY + 5);
      assert.equal(invoice.parent?.subscription_details?.subscription, sub.id);
      for (const removed of ['payment_intent', 'charge', 'paid', 'subscription']) {
        assert.ok(!(removed in invoice), `API 2025-03-31 removed invoice.${removed}`);
      }
      const payment = invoice.payments!.data[0]!;
      assert.equal(payment.object, 'invoice_payment');
      assert.equal(payment.is_default, true);
      assert.equal(payment.status, 'open');
      const intent = payment.payment.payment_intent as Stripe.PaymentIntent;
      assert.equal(intent.status, 'requires_payment_method');
      assert.equal(invoice.confirmation_secret?.client_secret, intent.client_secret);
      assert.equal(intent.last_payment_error?.type, 'card_error');
      assert.equal(intent.last_payment_error?.code, 'card_declined');
      assert.equal(intent.last_payment_error?.decline_code, 'insufficient_funds');
      assert.equal(intent.last_payment_error?.advice_code, 'try_again_later');
      assert.equal(intent.last_payment_error?.payment_method?.id, pm.id);

      assert.equal((await stripe.subscriptions.retrieve(sub.id)).status, 'past_due');
      const open = await stripe.invoices.list({ customer: customer.id, status: 'open', expand: ['data.payments'] });
      assert.deepEqual(open.data.map((i) => i.id), [renewed.id]);
      assert.equal(open.data[0]!.payments?.data.length, 1);
      const failed = eventsFor(standin, renewed.id, 'invoice.payment_failed');
      assert.equal(failed.length, 1);
      assert.equal(failed[0]!.data.object.attempt_count, 1);
      assert.deepEqual(eventsFor(standin, sub.id, 'customer.subscription.updated').at(-1)!.data.previous_attributes, { status: 'active' });
    });

    it('forces a decline code on renewal, and declines a card past its expiry date', async () => {
      const { sub } = subscribedCustomer('4242424242424242');
      const forced = standin.renew(sub.id, { declineCode: 'do_not_honor' });
      const intent = await invoiceIntent(forced.id);
      assert.equal(intent.last_payment_error?.code, 'card_declined');
      assert.equal(intent.last_payment_error?.decline_code, 'do_not_honor');

      const customer = standin.createCustomer();
      standin.attachCard(customer.id, '4242424242424242', { expMonth: 1, expYear: 2020 });
      const old = standin.createSubscription({ customer: customer.id, amount: 500 });
      const expired = standin.renew(old.id);
      assert.equal((await invoiceIntent(expired.id)).last_payment_error?.code, 'expired_card');
    });

    it('pays an open invoice with a good card: paid, subscription active again', async () => {
      const { customer, sub } = subscribedCustomer('4000000000000341');
      const renewed = standin.renew(sub.id);
      const good = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
      const paid = await stripe.invoices.pay(renewed.id, { payment_method: good.id });
      assert.equal(paid.status, 'paid');
      assert.equal(paid.amount_paid, 2900);
      assert.equal(paid.amount_remaining, 0);
      assert.equal(paid.attempt_count, 2);
      assert.equal(paid.next_payment_attempt, null);
      assert.ok(paid.status_transitions.paid_at);
      assert.equal((await invoiceIntent(renewed.id)).status, 'succeeded');
      assert.equal((await stripe.subscriptions.retrieve(sub.id)).status, 'active');
      const types = eventsFor(standin, renewed.id).map((e) => e.type);
      assert.ok(types.includes('invoice.paid') && types.includes('invoice.payment_succeeded'), types.join());

      // Stripe documents no code for this 400: a caller has to re-read the invoice, not match a code.
      await rejects(stripe.invoices.pay(renewed.id), Stripe.errors.StripeInvalidRequestError, {
        statusCode: 400,
        type: 'StripeInvalidRequestError',
        code: undefined,
        message: 'Invoice is already paid',
      });
    });

    it('answers a decline on pay with a 402 carrying the PaymentIntent', async () => {
      const { sub } = subscribedCustomer('4000000000000341');
      const renewed = standin.renew(sub.id);
      const error = await rejects(stripe.invoices.pay(renewed.id), Stripe.errors.StripeCardError, {
        statusCode: 402,
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      });
      assert.equal((error.payment_intent as Stripe.PaymentIntent).status, 'requires_payment_method');
      assert.equal((await stripe.invoices.retrieve(renewed.id)).attempt_count, 2);
    });

    it('needs 3-D Secure on-session for 3184, pays after authentication; off-session it is a decline', async () => {
      const { customer, sub } = subscribedCustomer('4242424242424242');
      const renewed = standin.renew(sub.id, { declineCode: 'insufficient_funds' });
      const threeDS = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });

      await rejects(stripe.invoices.pay(renewed.id, { payment_method: threeDS.id }), Stripe.errors.StripeCardError, {
        code: 'authentication_required',
        decline_code: 'authentication_required',
      });
      await rejects(stripe.invoices.pay(renewed.id, { payment_method: threeDS.id, off_session: false }), Stripe.errors.StripeCardError, {
        statusCode: 402,
        code: 'invoice_payment_intent_requires_action',
      });
      const pending = await invoiceIntent(renewed.id);
      assert.equal(pending.status, 'requires_action');
      assert.equal(pending.next_action?.type, 'use_stripe_sdk');
      assert.equal(eventsFor(standin, renewed.id, 'invoice.payment_action_required').length, 1);
      assert.equal((await stripe.invoices.retrieve(renewed.id)).status, 'open');

      standin.authenticate(pending.id, true);
      const paid = await stripe.invoices.retrieve(renewed.id);
      assert.equal(paid.status, 'paid');
      assert.equal(paid.attempt_count, 3);
      assert.equal((await stripe.paymentIntents.retrieve(pending.id)).status, 'succeeded');
      assert.equal((await stripe.subscriptions.retrieve(sub.id)).status, 'active');
    });

    it('keeps the invoice open when 3-D Secure fails, and a renewal with a 3DS card waits for the customer', async () => {
      const { sub } = subscribedCustomer('4000002760003184');
      const renewed = standin.renew(sub.id);
      const pending = await invoiceIntent(renewed.id);
      assert.equal(pending.status, 'requires_action', 'Billing asks the customer instead of declining');
      assert.equal((await stripe.subscriptions.retrieve(sub.id)).status, 'past_due');

      standin.authenticate(pending.id, false);
      const failed = await stripe.paymentIntents.retrieve(pending.id);
      assert.equal(failed.status, 'requires_payment_method');
      assert.equal(failed.last_payment_error?.code, 'payment_intent_authentication_failure');
      assert.equal((await stripe.invoices.retrieve(renewed.id)).status, 'open');
    });

    it('replays an idempotent pay without charging twice, and refuses the key for other parameters', async () => {
      const { customer, sub } = subscribedCustomer('4000000000000341');
      const renewed = standin.renew(sub.id);
      const good = standin.attachCard(customer.id, '4242424242424242', { makeDefault: false });

      const declined1 = await rejects(stripe.invoices.pay(renewed.id, {}, { idempotencyKey: 'decline-1' }), Stripe.errors.StripeCardError);
      const declined2 = await rejects(stripe.invoices.pay(renewed.id, {}, { idempotencyKey: 'decline-1' }), Stripe.errors.StripeCardError);
      assert.deepEqual(declined2.raw, { ...(declined1.raw as object), headers: (declined2.raw as { headers: unknown }).headers, requestId: declined2.requestId });
      assert.equal(declined2.headers?.['idempotent-replayed'], 'true');
      assert.equal((await stripe.invoices.retrieve(renewed.id)).attempt_count, 2, 'the replay made no attempt');

      const first = await stripe.invoices.pay(renewed.id, { payment_method: good.id }, { idempotencyKey: 'pay-1' });
      const second = await stripe.invoices.pay(renewed.id, { payment_method: good.id }, { idempotencyKey: 'pay-1' });
      assert.equal(first.status, 'paid');
      assert.deepEqual({ ...second, lastResponse: undefined }, { ...first, lastResponse: undefined });
      assert.equal(second.lastResponse.headers['idempotent-replayed'], 'true');
      const succeeded = standin.events.filter(
        (e) => e.type === 'payment_intent.succeeded' && e.data.object.customer === customer.id,
      );
      assert.equal(succeeded.length, 1, 'charged once');
      assert.equal(succeeded[0]!.request.idempotency_key, 'pay-1');

      await rejects(stripe.invoices.pay(renewed.id, { payment_method: 'pm_card_visa' }, { idempotencyKey: 'pay-1' }), Stripe.errors.StripeIdempotencyError, {
        statusCode: 400,
      });
    });
  });

  describe('requests and errors', () => {
    it('counts every request by method and path', async () => {
      const customer = standin.createCustomer();
      standin.resetRequests();
      await stripe.customers.retrieve(customer.id, { expand: ['subscriptions'] });
      await stripe.invoices.list({ customer: customer.id });
      assert.deepEqual(standin.requests, [
        { method: 'GET', path: `/v1/customers/${customer.id}` },
        { method: 'GET', path: '/v1/invoices' },
      ]);
    });

    it('refuses requests without a test secret key with a 401', async () => {
      const response = await fetch(`${standin.url}/v1/customers/cus_x`);
      assert.equal(response.status, 401);
      const body = (await response.json()) as { error: { type: string; message: string } };
      assert.equal(body.error.type, 'invalid_request_error');
      assert.match(body.error.message, /API key/);
      const live = new Stripe('sk_live_nope', { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0 });
      await rejects(live.customers.retrieve('cus_x'), Stripe.errors.StripeAuthenticationError, { statusCode: 401 });
    });

    it('answers malformed form bodies with a 400 naming the parameter', async () => {
      const customer = standin.createCustomer();
      const post = (body: string, contentType = 'application/x-www-form-urlencoded') =>
        fetch(`${standin.url}/v1/customers/${customer.id}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': contentType },
          body,
        });
      for (const [body, param] of [
        ['invoice_settings[default_payment_method=pm_x', 'invoice_settings[default_payment_method'],
        ['email=%ZZ', 'email'],
        ['metadata=1&metadata[a]=2', 'metadata[a]'],
        ['email[a]=x', 'email'],
        ['__proto__[x]=1', '__proto__[x]'],
      ] as const) {
        const response = await post(body);
        assert.equal(response.status, 400, body);
        const json = (await response.json()) as { error: { type: string; param?: string } };
        assert.equal(json.error.type, 'invalid_request_error');
        assert.equal(json.error.param, param, body);
      }
      assert.equal((await post('{"email":"x"}', 'application/json')).status, 400);
      const list = await fetch(`${standin.url}/v1/invoices?limit=lots`, { headers: { authorization: `Bearer ${SECRET_KEY}` } });
      assert.equal(list.status, 400);
      assert.equal(((await list.json()) as { error: { param: string } }).error.param, 'limit');
      assert.equal(standin.get(customer.id).email, null, 'nothing changed');
    });

    it('parses Stripe bracket notation into nested objects and arrays', () => {
      assert.deepEqual(
        JSON.parse(JSON.stringify(parseForm('expand[0]=a&expand[1]=b.c&tags[]=x&tags[]=y&invoice_settings[default_payment_method]=pm_1&metadata[k]=v+w&empty='))),
        {
          expand: ['a', 'b.c'],
          tags: ['x', 'y'],
          invoice_settings: { default_payment_method: 'pm_1' },
          metadata: { k: 'v w' },
          empty: '',
        },
      );
    });

    it('paginates lists with limit and starting_after', async () => {
      const customer = standin.createCustomer();
      const cards = ['4242424242424242', '5555555555554444', '4000000000009995'].map((c) => standin.attachCard(customer.id, c));
      const first = await stripe.customers.listPaymentMethods(customer.id, { limit: 2 });
      assert.deepEqual(first.data.map((p) => p.id), [cards[2]!.id, cards[1]!.id]);
      assert.equal(first.has_more, true);
      const rest = await stripe.customers.listPaymentMethods(customer.id, { limit: 2, starting_after: cards[1]!.id });
      assert.deepEqual(rest.data.map((p) => p.id), [cards[0]!.id]);
      assert.equal(rest.has_more, false);
    });
  });
});

describe('stripe stand-in fault injection', () => {
  let standin: StripeStandin;
  before(async () => {
    standin = await startStripeStandin();
  });
  after(async () => {
    await standin.close();
  });

  it('answers 429 and 500 as the SDK expects, only on matching paths, then recovers', async () => {
    const stripe = sdk(standin);
    const customer = standin.createCustomer();
    standin.failNext(1, { status: 429 });
    await rejects(stripe.customers.retrieve(customer.id), Stripe.errors.StripeRateLimitError, { statusCode: 429, code: 'rate_limit' });
    standin.failNext(1, { status: 500, pathIncludes: '/v1/invoices' });
    assert.equal((await stripe.customers.retrieve(customer.id)).id, customer.id, 'other paths are not affected');
    await rejects(stripe.invoices.list({ customer: customer.id }), Stripe.errors.StripeAPIError, { statusCode: 500 });
    assert.equal((await stripe.invoices.list({ customer: customer.id })).object, 'list');
  });

  it('lets the SDK retry a 409 lock_timeout, and delays answers', async () => {
    const customer = standin.createCustomer();
    standin.failNext(1, { status: 409 });
    const retrying = sdk(standin, { maxNetworkRetries: 1 });
    assert.equal((await retrying.customers.retrieve(customer.id)).id, customer.id);
    assert.equal(standin.requests.filter((r) => r.path === `/v1/customers/${customer.id}`).length, 2);

    standin.failNext(1, { status: 200, delayMs: 150 });
    const started = Date.now();
    await sdk(standin).customers.retrieve(customer.id);
    assert.ok(Date.now() - started >= 140, 'delayed');

    standin.failNext(1, { status: 500, delayMs: 2_000 });
    await rejects(sdk(standin, { timeout: 100 }).customers.retrieve(customer.id), Stripe.errors.StripeConnectionError);
  });
});

describe('stripe stand-in webhooks', () => {
  const SECRET = 'whsec_standin_test';
  let standin: StripeStandin;
  let receiver: ReturnType<typeof createServer>;
  let received: Array<{ body: string; signature: string }>;
  let receiverUrl: string;
  const webhooks = new Stripe(SECRET_KEY).webhooks;

  before(async () => {
    received = [];
    receiver = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['stripe-signature']) });
      res.writeHead(req.url === '/fail' ? 500 : 200).end('{"received":true}');
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    standin = await startStripeStandin({ webhook: { url: `${receiverUrl}/hook`, secret: SECRET } });
  });
  after(async () => {
    await standin.close();
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('delivers every event, signed so that stripe.webhooks.constructEvent accepts it', async () => {
    const stripe = sdk(standin);
    const customer = standin.createCustomer();
    const pm = standin.attachCard(customer.id, '4242424242424242', { makeDefault: false });
    const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pm.id } });
    await standin.flushWebhooks();

    const types = received.map(({ body, signature }) => {
      const event = webhooks.constructEvent(body, signature, SECRET);
      assert.equal(event.object, 'event');
      assert.equal(event.api_version, '2026-10-28.endive');
      assert.equal(event.livemode, false);
      return event.type;
    });
    assert.deepEqual(types, ['customer.created', 'payment_method.attached', 'customer.updated']);
    const update = JSON.parse(received.at(-1)!.body) as StripeEvent;
    assert.equal(update.request.id, updated.lastResponse.requestId, 'the event names the request that caused it');
    assert.equal(update.pending_webhooks, 1);
    assert.ok(standin.deliveries.every((d) => d.status === 200));

    assert.throws(() => webhooks.constructEvent(received[0]!.body, received[0]!.signature, 'whsec_wrong'), Stripe.errors.StripeSignatureVerificationError);
    assert.throws(
      () => webhooks.constructEvent(received[0]!.body.replace('customer.created', 'customer.deleted'), received[0]!.signature, SECRET),
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('redelivers by hand with a chosen secret or timestamp, and records failed deliveries', async () => {
    const event = standin.events[0]!;
    const before = received.length;
    const result = await standin.deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    assert.equal(result.status, 200);
    const stale = received[before]!;
    assert.throws(() => webhooks.constructEvent(stale.body, stale.signature, SECRET), /tolerance/, 'a stale signature is refused');
    assert.ok(webhooks.constructEvent(stale.body, stale.signature, SECRET, 0), 'but is otherwise valid');

    const header = standin.signPayload('{"a":1}', 'whsec_x', 1700000000);
    assert.match(header, /^t=1700000000,v1=[0-9a-f]{64}$/);
    assert.ok(webhooks.constructEvent('{"a":1}', header, 'whsec_x', 0));

    standin.setWebhook({ url: `${receiverUrl}/fail`, secret: SECRET });
    standin.createCustomer();
    standin.setWebhook({ url: 'http://127.0.0.1:1/unreachable', secret: SECRET });
    standin.createCustomer();
    await standin.flushWebhooks();
    const [failed, unreachable] = standin.deliveries.slice(-2);
    assert.equal(failed?.status, 500);
    assert.equal(failed?.error, 'HTTP 500');
    assert.equal(unreachable?.status, 0);
    assert.ok(unreachable?.error);

    standin.setWebhook(null);
    const count = standin.deliveries.length;
    standin.createCustomer();
    await standin.flushWebhooks();
    assert.equal(standin.deliveries.length, count, 'no endpoint, no automatic delivery');
  });

  it('does not hold the API response for a slow endpoint', async () => {
    // The endpoint answers nothing until the API call has returned: a stand-in that waited for
    // its deliveries would hang here.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let hits = 0;
    const slow = createServer((_req, res) => {
      hits += 1;
      void gate.then(() => res.end('ok'));
    });
    slow.listen(0, '127.0.0.1');
    await once(slow, 'listening');
    try {
      const customer = standin.createCustomer();
      const pm = standin.attachCard(customer.id, '4242424242424242', { makeDefault: false });
      standin.setWebhook({ url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`, secret: SECRET });
      const answered = await sdk(standin).customers.update(customer.id, { invoice_settings: { default_payment_method: pm.id } });
      assert.equal(answered.invoice_settings.default_payment_method, pm.id);
      open();
      await standin.flushWebhooks();
      assert.equal(hits, 1);
      assert.equal(standin.deliveries.at(-1)?.status, 200);
    } finally {
      standin.setWebhook(null);
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('stripe stand-in clock', () => {
  it('stamps objects and events with the injected clock, so tests can move time', async () => {
    let now = Date.UTC(2030, 0, 15);
    const standin = await startStripeStandin({ now: () => now });
    try {
      const customer = standin.createCustomer();
      assert.equal(customer.created, Date.UTC(2030, 0, 15) / 1000);
      const pm = standin.attachCard(customer.id, '4242424242424242', { expMonth: 2, expYear: 2030 });
      const sub = standin.createSubscription({ customer: customer.id, amount: 1000 });
      assert.equal(standin.renew(sub.id).status, 'paid');
      now = Date.UTC(2030, 2, 1); // the card expired at the end of February
      assert.equal(standin.renew(sub.id).status, 'open');
      const intent = standin.events.findLast((e) => e.type === 'payment_intent.payment_failed')!;
      assert.equal(intent.created, Date.UTC(2030, 2, 1) / 1000);
      assert.equal((intent.data.object.last_payment_error as { code: string }).code, 'expired_card');
      assert.equal(standin.get(pm.id).card.exp_year, 2030);
    } finally {
      await standin.close();
    }
  });
});
