// Retry at the right moment: when the method on file changes outside Paymend (the card updater, the
// merchant's billing page), the overdue invoice is paid at once, off-session, once per invoice and
// method. Pure decisions first, then over HTTP with the real stripe SDK against the stand-in.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { methodChangeOf, retriesFor, retryOnMethodChange, type RetryDeps } from '../../src/server/retry-on-change.js';
import { CustomerSchema, InvoiceSchema, PaymentIntentSchema, SubscriptionSchema } from '../../src/server/stripe-shapes.js';
import { MemoryStore, RedisStore } from '../../src/server/index.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, startRedis, stripeClientFor, type App } from './harness.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { CompleteResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';

const ev = (type: string, object: unknown, previous?: unknown) =>
  ({ type, created: 1000, data: { object, ...(previous === undefined ? {} : { previous_attributes: previous }) } }) as unknown as Stripe.Event;

describe('which change is a new method on file (pure)', () => {
  it('reads the updater, a new customer default, a new subscription default', () => {
    assert.deepEqual(methodChangeOf(ev('payment_method.automatically_updated', { id: 'pm_1', object: 'payment_method' })), { kind: 'renewed', paymentMethodId: 'pm_1', at: 1000 });
    assert.deepEqual(
      methodChangeOf(ev('customer.updated', { id: 'cus_1', invoice_settings: { default_payment_method: 'pm_2' } }, { invoice_settings: { default_payment_method: 'pm_1' } })),
      { kind: 'customer_default', paymentMethodId: 'pm_2', at: 1000 },
    );
    assert.deepEqual(
      methodChangeOf(ev('customer.subscription.updated', { id: 'sub_1', default_payment_method: 'pm_3' }, { default_payment_method: null })),
      { kind: 'subscription_default', subscriptionId: 'sub_1', paymentMethodId: 'pm_3', at: 1000 },
    );
  });

  it('ignores other changes, a removed default, and hostile payloads', () => {
    assert.equal(methodChangeOf(ev('customer.updated', { id: 'cus_1', email: 'x' }, { email: 'y' })), null);
    assert.equal(methodChangeOf(ev('customer.updated', { id: 'cus_1', invoice_settings: { default_payment_method: null } }, { invoice_settings: { default_payment_method: 'pm_1' } })), null);
    assert.equal(methodChangeOf(ev('customer.updated', { id: 'cus_1', invoice_settings: null }, { invoice_settings: { default_payment_method: null } })), null);
    assert.equal(methodChangeOf(ev('customer.updated', { id: 'cus_1', invoice_settings: { default_payment_method: '../pm' } }, { invoice_settings: {} })), null);
    assert.equal(methodChangeOf(ev('customer.subscription.updated', { id: 'sub_1', default_payment_method: 'pm_3' }, { status: 'active' })), null);
    assert.equal(methodChangeOf(ev('customer.subscription.updated', { id: 'sub_1', default_payment_method: 'pm_3' }, { default_payment_method: 'pm_3' })), null);
    assert.equal(methodChangeOf(ev('payment_method.automatically_updated', { id: 42 })), null);
    assert.equal(methodChangeOf(ev('payment_method.automatically_updated', { id: 'pm_1; DROP' })), null);
    assert.equal(methodChangeOf(ev('invoice.paid', { id: 'in_1' })), null);
  });
});

describe('what to pay after a change (pure)', () => {
  const invoice = (id: string, sub: string, o: Record<string, unknown> = {}) =>
    InvoiceSchema.parse({
      id, status: 'open', amount_due: 2900, currency: 'eur', attempt_count: 1, created: 100, collection_method: 'charge_automatically',
      parent: { subscription_details: { subscription: sub } }, ...o,
    });
  const facts = (o: { own?: string | null; status?: string; invoices?: ReturnType<typeof invoice>[]; failedWith?: string } = {}) => ({
    customer: CustomerSchema.parse({ id: 'cus_1', invoice_settings: { default_payment_method: 'pm_cust' } }),
    subscriptions: [SubscriptionSchema.parse({ id: 'sub_1', status: o.status ?? 'past_due', default_payment_method: o.own ?? null })],
    openInvoices: (o.invoices ?? [invoice('in_1', 'sub_1')]).map((i) => ({
      invoice: i,
      paymentIntent: o.failedWith ? PaymentIntentSchema.parse({ id: 'pi_1', status: 'requires_payment_method', last_payment_error: { code: 'card_declined', payment_method: { id: o.failedWith } } }) : null,
    })),
  });
  const ids = (r: ReturnType<typeof retriesFor>) => r.map((x) => `${x.invoice.id}:${x.paymentMethodId}`);

  it('pays the failed invoice with the method that changed, when it is the one charged today', () => {
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts())), ['in_1:pm_cust']);
    assert.deepEqual(ids(retriesFor({ kind: 'customer_default', paymentMethodId: 'pm_cust', at: 1000 }, facts())), ['in_1:pm_cust']);
    assert.deepEqual(ids(retriesFor({ kind: 'subscription_default', subscriptionId: 'sub_1', paymentMethodId: 'pm_own', at: 1000 }, facts({ own: 'pm_own' }))), ['in_1:pm_own']);
  });

  it('pays nothing when the change is stale, the subscription pays with its own method, or nothing is overdue', () => {
    assert.deepEqual(ids(retriesFor({ kind: 'customer_default', paymentMethodId: 'pm_old', at: 1000 }, facts())), [], 'an event older than the current default');
    assert.deepEqual(ids(retriesFor({ kind: 'customer_default', paymentMethodId: 'pm_cust', at: 1000 }, facts({ own: 'pm_own' }))), []);
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts({ status: 'active' }))), []);
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts({ invoices: [invoice('in_1', 'sub_1', { attempt_count: 0 })] }))), []);
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts({ invoices: [invoice('in_1', 'sub_1', { collection_method: 'send_invoice' })] }))), []);
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts({ invoices: [invoice('in_1', 'sub_other')] }))), []);
    const waiting = PaymentIntentSchema.parse({ id: 'pi_1', status: 'requires_action' });
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, { ...facts(), openInvoices: [{ invoice: invoice('in_1', 'sub_1'), paymentIntent: waiting }] })), [], 'the customer is confirming it');
  });

  it('a change older than the failure, or a "new" default that is the method that just failed, pays nothing', () => {
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 99 }, facts())), [], 'delivered late: the invoice failed after it');
    assert.deepEqual(ids(retriesFor({ kind: 'customer_default', paymentMethodId: 'pm_cust', at: 1000 }, facts({ failedWith: 'pm_cust' }))), []);
    assert.deepEqual(ids(retriesFor({ kind: 'customer_default', paymentMethodId: 'pm_cust', at: 1000 }, facts({ failedWith: 'pm_other' }))), ['in_1:pm_cust']);
    // The updater renews the same method in place: the failed one, with new details, is worth a try.
    assert.deepEqual(ids(retriesFor({ kind: 'renewed', paymentMethodId: 'pm_cust', at: 1000 }, facts({ failedWith: 'pm_cust' }))), ['in_1:pm_cust']);
  });
});

describe('once per invoice and method, across instances sharing Redis', () => {
  const facts = () => ({
    customer: CustomerSchema.parse({ id: 'cus_1', invoice_settings: { default_payment_method: 'pm_1' } }),
    subscriptions: [SubscriptionSchema.parse({ id: 'sub_1', status: 'past_due', default_payment_method: null })],
    openInvoices: [
      {
        invoice: InvoiceSchema.parse({ id: 'in_1', status: 'open', amount_due: 2900, currency: 'eur', attempt_count: 1, created: 100, parent: { subscription_details: { subscription: 'sub_1' } } }),
        paymentIntent: null,
      },
    ],
  });
  const event = ev('payment_method.automatically_updated', { id: 'pm_1', object: 'payment_method' });
  const silent = { warn: () => undefined, error: () => undefined };

  it('a second instance does not pay while the first is paying; an error reaching Stripe releases the claim', async () => {
    const redis = await startRedis();
    const prefix = `claim-${Math.random().toString(36).slice(2)}:`;
    const stores = [new RedisStore({ url: redis.url, prefix }), new RedisStore({ url: redis.url, prefix })];
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let payments = 0;
      let failNext = true;
      const gateway = (blocking: boolean): RetryDeps['gateway'] => ({
        readFacts: async () => facts(),
        retryOffSession: async () => {
          payments++;
          if (blocking) await gate;
          return 'paid' as const;
        },
      });
      const first = retryOnMethodChange({ gateway: gateway(true), store: stores[0]!, logger: silent }, event, 'cus_1');
      while (payments === 0) await new Promise((resolve) => setImmediate(resolve)); // the first is inside its payment
      assert.deepEqual(await retryOnMethodChange({ gateway: gateway(false), store: stores[1]!, logger: silent }, event, 'cus_1'), []);
      release();
      assert.deepEqual((await first).map((r) => r.outcome), ['paid']);
      assert.equal(payments, 1);
      assert.equal((await stores[1]!.counters())['server.recoveredOnCardChange'], 1);

      // Another invoice's story: Stripe unreachable on the first try, the redelivery pays.
      const other = { ...facts(), openInvoices: facts().openInvoices.map((e) => ({ ...e, invoice: { ...e.invoice, id: 'in_2' } })) };
      const flaky: RetryDeps['gateway'] = {
        readFacts: async () => other,
        retryOffSession: async () => {
          if (failNext) {
            failNext = false;
            throw new Error('stripe unreachable');
          }
          return 'paid' as const;
        },
      };
      await assert.rejects(retryOnMethodChange({ gateway: flaky, store: stores[0]!, logger: silent }, event, 'cus_1'), /unreachable/);
      assert.deepEqual((await retryOnMethodChange({ gateway: flaky, store: stores[1]!, logger: silent }, event, 'cus_1')).map((r) => r.outcome), ['paid']);
    } finally {
      for (const store of stores) await store.close?.();
      await redis.stop();
    }
  });
});

describe('retry on a method change over HTTP (stand-in, real stripe SDK)', () => {
  let standin: StripeStandin;
  const apps: App[] = [];
  let pays: Array<{ id: string; params: Stripe.InvoicePayParams; key: string | undefined }> = [];
  before(async () => {
    standin = await startStripeStandin();
  });
  after(async () => standin.close());
  afterEach(async () => {
    await standin.flushWebhooks();
    for (const app of apps.splice(0)) await app.close();
    pays = [];
  });

  /** An app whose Stripe client records every `invoices.pay`, with its params and idempotency key. */
  async function app(options: Partial<HandlerOptions> = {}, deliverHere = true) {
    const stripe = stripeClientFor(standin);
    const pay = stripe.invoices.pay.bind(stripe.invoices);
    stripe.invoices.pay = ((id: string, params: Stripe.InvoicePayParams, request?: Stripe.RequestOptions) => {
      pays.push({ id, params, key: request?.idempotencyKey });
      return pay(id, params, request);
    }) as typeof stripe.invoices.pay;
    const started = await startApp(standin, { stripe, ...options });
    apps.push(started);
    if (deliverHere) standin.setWebhook({ url: `${started.base}/webhook`, secret: WEBHOOK_SECRET });
    return started;
  }

  async function failing(card = '4242424242424242') {
    const seeded = seedCustomer(standin, card);
    const invoice = standin.renew(seeded.subscriptionId, card === '4242424242424242' ? { declineCode: 'insufficient_funds' } : {});
    await standin.flushWebhooks();
    assert.equal(standin.get(invoice.id).status, 'open');
    return { ...seeded, invoiceId: invoice.id as string };
  }

  it('the card updater renewing the card pays the open invoice at once, off-session, once across redeliveries', async () => {
    const a = await app();
    const { paymentMethodId, invoiceId } = await failing();
    pays = [];
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2035 });
    await standin.flushWebhooks();
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.deepEqual(pays.map((p) => [p.id, p.params.payment_method, p.params.off_session]), [[invoiceId, paymentMethodId, true]]);
    assert.equal(pays[0]!.key, `paymend-retry-${invoiceId}-${paymentMethodId}`);
    // The same event again (Stripe redelivers), and a second update of the same card: nothing more to pay.
    const updaterEvent = standin.events.findLast((e) => e.type === 'payment_method.automatically_updated')!;
    await standin.deliver(updaterEvent);
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2036 });
    await standin.flushWebhooks();
    assert.equal(pays.length, 1);
    const stats = await a.handler.recoveryStats();
    assert.equal(stats.recoveredOnCardChange, 1);
    assert.deepEqual(stats.amountRecoveredOnCardChange, { eur: 2900 });
    assert.equal(stats.invoicesRecovered, 0, 'counted as its own source, not as a /complete');
    // The recovery report says how: not Stripe's retry (the same method id), the card change.
    const report = await a.handler.recoveryReport();
    const outcomes = Object.fromEntries(report.byOutcome.map((row) => [row.outcome, row.count]));
    assert.equal(outcomes.card_updated, 1);
    assert.equal(outcomes.stripe_retry, 0);
  });

  it('two instances on Redis pay once when two change events race', async () => {
    const redis = await startRedis();
    try {
      const prefix = `retry-${Math.random().toString(36).slice(2)}:`;
      const a = await app({ store: new RedisStore({ url: redis.url, prefix }) }, false);
      const b = await app({ store: new RedisStore({ url: redis.url, prefix }) }, false);
      standin.setWebhook({ url: `${a.base}/webhook`, secret: WEBHOOK_SECRET });
      const { paymentMethodId, invoiceId } = await failing();
      pays = [];
      standin.setWebhook(null);
      standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2035 });
      standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2036 });
      const [first, second] = standin.events.filter((e) => e.type === 'payment_method.automatically_updated').slice(-2);
      standin.setWebhook({ url: `${a.base}/webhook`, secret: WEBHOOK_SECRET });
      const toA = standin.deliver(first!);
      standin.setWebhook({ url: `${b.base}/webhook`, secret: WEBHOOK_SECRET });
      const toB = standin.deliver(second!);
      const results = await Promise.all([toA, toB]);
      assert.ok(results.every((r) => r.status === 200), JSON.stringify(results));
      await standin.flushWebhooks();
      assert.equal(standin.get(invoiceId).status, 'paid');
      assert.equal(pays.length, 1, 'one payment for one invoice and method');
      assert.equal((await b.handler.recoveryStats()).recoveredOnCardChange, 1);
    } finally {
      for (const app of apps.splice(0)) await app.close();
      await redis.stop();
    }
  });

  it('a new default set on the customer by the merchant’s own page pays with that method', async () => {
    await app();
    const { customerId, invoiceId } = await failing('4000000000000341');
    const second = standin.attachCard(customerId, '4242424242424242', { makeDefault: false });
    pays = [];
    await stripeClientFor(standin).customers.update(customerId, { invoice_settings: { default_payment_method: second.id } });
    await standin.flushWebhooks();
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.deepEqual(pays.map((p) => [p.params.payment_method, p.params.off_session]), [[second.id, true]]);
  });

  it('a new default set on the subscription pays with that method', async () => {
    await app();
    const { customerId, subscriptionId, invoiceId } = await failing('4000000000000341');
    const second = standin.attachCard(customerId, '4242424242424242', { makeDefault: false });
    pays = [];
    await stripeClientFor(standin).subscriptions.update(subscriptionId, { default_payment_method: second.id });
    await standin.flushWebhooks();
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.deepEqual(pays.map((p) => [p.params.payment_method, p.params.off_session]), [[second.id, true]]);
  });

  it('a decline leaves the invoice open, changes nothing else, and is counted', async () => {
    const a = await app();
    const { customerId, paymentMethodId, invoiceId, subscriptionId } = await failing('4000000000000341');
    pays = [];
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2035 });
    await standin.flushWebhooks();
    assert.equal(pays.length, 1);
    assert.equal(standin.get(invoiceId).status, 'open');
    assert.equal(standin.get(subscriptionId).status, 'past_due');
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, paymentMethodId);
    const stats = await a.handler.recoveryStats();
    assert.equal(stats.retryOnCardChangeDeclined, 1);
    assert.equal(stats.recoveredOnCardChange, 0);
    assert.ok(a.logs.some((l) => l.includes(invoiceId) && l.includes('declined')), a.logs.join('\n'));
    // Not tried again for the same invoice and method: Stripe's own schedule goes on.
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2036 });
    await standin.flushWebhooks();
    assert.equal(pays.length, 1);
  });

  it('within the retry discipline: a card whose last decline said "never" is not charged again, and each try counts', async () => {
    const a = await app();
    const seeded = seedCustomer(standin);
    // Stripe's own renewal attempt: the issuer reports the card lost (a "never retry" decline).
    const invoice = standin.renew(seeded.subscriptionId, { declineCode: 'lost_card' });
    await standin.flushWebhooks();
    pays = [];
    standin.automaticallyUpdateCard(seeded.paymentMethodId, { expYear: 2035 });
    await standin.flushWebhooks();
    assert.equal(pays.length, 0, 'the networks forbid charging that card again');
    assert.equal(standin.get(invoice.id).status, 'open');
    const stats = await a.handler.recoveryStats();
    assert.equal(stats.retryOnCardChangeRefused, 1);
    assert.equal(stats.retryOnCardChangeDeclined, 0);
  });

  it('the card-change payment counts as an attempt on that card, in the same window as the customer\'s own', async () => {
    const store = new MemoryStore();
    await app({ store });
    const { paymentMethodId, invoiceId } = await failing('4000000000000341');
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2035 });
    await standin.flushWebhooks();
    const fingerprint = (standin.get(paymentMethodId) as { card: { fingerprint: string } }).card.fingerprint;
    // The next attempt on this card and invoice would be the second in Visa's window.
    assert.equal((await store.hit(`retry:${invoiceId}:${fingerprint}`, 60_000)).count, 2);
  });

  it('no overdue invoice, or a change of something else: no payment, and no Stripe read for the latter', async () => {
    await app();
    const { customerId, paymentMethodId } = seedCustomer(standin);
    await standin.flushWebhooks();
    standin.automaticallyUpdateCard(paymentMethodId, { expYear: 2035 });
    await standin.flushWebhooks();
    assert.equal(pays.length, 0);
    standin.resetRequests();
    await stripeClientFor(standin).customers.update(customerId, { email: 'new@example.com' });
    await standin.flushWebhooks();
    assert.equal(pays.length, 0);
    assert.equal(standin.requests.filter((r) => r.path.includes('/v1/invoices')).length, 0);
  });

  it('the customer-present flow pays once, through /complete, not again on its customer.updated', async () => {
    const a = await app();
    const { customerId, invoiceId } = await failing('4000000000000341');
    pays = [];
    const browser = browserFor(a, customerId);
    const { clientSecret } = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
    const setupIntentId = clientSecret.split('_secret_')[0]!;
    standin.confirmSetupIntent(setupIntentId, '4242424242424242');
    const body = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId })).json());
    await standin.flushWebhooks();
    assert.equal(body.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.deepEqual(pays.map((p) => p.params.off_session), [false]);
    assert.equal((await a.handler.recoveryStats()).recoveredOnCardChange, 0);
  });
});
