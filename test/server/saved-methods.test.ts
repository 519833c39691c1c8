// `savedPaymentMethods`: with 'on', `POST /setup-intent` also answers a CustomerSession secret so the
// Payment Element lists the customer's saved cards; a SetupIntent confirmed with a second saved card
// completes and becomes the default; another customer's card cannot be used. Over HTTP with the
// real `stripe` SDK against the stand-in, which creates CustomerSessions as strictly as Stripe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';
import { HandlerOptionsError } from '../../src/server/options.js';
import { createHandler } from '../../src/server/index.js';
import { browserFor, countRequests, PUBLISHABLE_KEY, seedCustomer, startApp, stripeClientFor, WEBHOOK_SECRET, type App } from './harness.js';

let standin: StripeStandin;
let stripe: Stripe;
let app: App | undefined;

before(async () => {
  standin = await startStripeStandin();
  stripe = stripeClientFor(standin);
});
after(async () => {
  await standin.close();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function openForm(browser: ReturnType<typeof browserFor>) {
  const response = await browser.post('/setup-intent');
  assert.equal(response.status, 200);
  return SetupIntentResponseSchema.parse(await response.json());
}

function customerDefault(customerId: string): string | null {
  return standin.get(customerId).invoice_settings.default_payment_method;
}

async function stripeError(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(
    () => assert.fail('expected Stripe to refuse, the call succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Stripe.errors.StripeError, String(error));
  return error;
}

describe('savedPaymentMethods option', () => {
  it("is 'off' by default: no CustomerSession is created and none is answered", async () => {
    app = await startApp(standin, {});
    const { customerId } = seedCustomer(standin);
    const before = countRequests(standin, '/v1/customer_sessions');
    const body = await openForm(browserFor(app, customerId));
    assert.equal(body.customerSessionClientSecret, undefined);
    assert.equal(countRequests(standin, '/v1/customer_sessions'), before);
  });

  it("with 'on', answers a CustomerSession secret for this customer", async () => {
    app = await startApp(standin, { savedPaymentMethods: 'on' });
    const { customerId, paymentMethodId } = seedCustomer(standin);
    const body = await openForm(browserFor(app, customerId));
    assert.match(body.customerSessionClientSecret ?? '', /^cuss_secret_/);
    assert.match(body.clientSecret, /^seti_/);
    // The session lists this customer's card, and only theirs.
    const other = seedCustomer(standin, '5555555555554444');
    const listed = standin.sessionPaymentMethods(body.customerSessionClientSecret!).map((pm) => pm.id);
    assert.deepEqual(listed, [paymentMethodId]);
    assert.ok(!listed.includes(other.paymentMethodId));
  });

  it('completes a SetupIntent confirmed with the customer’s second saved card, and makes it the default', async () => {
    app = await startApp(standin, { savedPaymentMethods: 'on' });
    const { customerId, paymentMethodId } = seedCustomer(standin);
    const second = standin.attachCard(customerId, '5555555555554444');
    assert.equal(customerDefault(customerId), paymentMethodId);
    const browser = browserFor(app, customerId);
    const { clientSecret, customerSessionClientSecret } = await openForm(browser);
    const offered = standin.sessionPaymentMethods(customerSessionClientSecret!).map((pm) => pm.id);
    assert.ok(offered.includes(second.id), 'the second saved card is offered');
    // What Stripe.js does when the customer picks a saved card: confirm with its id.
    const setupIntentId = clientSecret.split('_secret_')[0]!;
    const confirmed = await stripe.setupIntents.confirm(setupIntentId, { payment_method: second.id });
    assert.equal(confirmed.status, 'succeeded');
    const response = await browser.post('/complete', { setupIntentId });
    assert.equal(response.status, 200);
    const result = CompleteResponseSchema.parse(await response.json());
    assert.equal(result.failure, undefined);
    assert.equal(customerDefault(customerId), second.id);
  });

  it('refuses another customer’s saved card: Stripe will not confirm with it, and /complete will not adopt its intent', async () => {
    app = await startApp(standin, { savedPaymentMethods: 'on' });
    const ada = seedCustomer(standin);
    const mallory = seedCustomer(standin, '5555555555554444');
    const { clientSecret } = await openForm(browserFor(app, mallory.customerId));
    const malloryIntent = clientSecret.split('_secret_')[0]!;
    const error = await stripeError(stripe.setupIntents.confirm(malloryIntent, { payment_method: ada.paymentMethodId }));
    assert.equal(error.code, 'payment_method_unexpected_state');
    // Ada's own intent, confirmed with her card, cannot be completed from Mallory's session.
    const adaSecret = (await openForm(browserFor(app, ada.customerId))).clientSecret;
    const adaIntent = adaSecret.split('_secret_')[0]!;
    assert.equal((await stripe.setupIntents.confirm(adaIntent, { payment_method: ada.paymentMethodId })).status, 'succeeded');
    const response = await browserFor(app, mallory.customerId).post('/complete', { setupIntentId: adaIntent });
    assert.equal(response.status, 404);
    assert.equal(customerDefault(mallory.customerId), mallory.paymentMethodId);
    assert.equal(standin.get(ada.paymentMethodId).customer, ada.customerId);
  });

  it('still opens the form, without saved cards, when Stripe cannot create the session', async () => {
    const logger = { warn: () => {}, error: () => {} };
    app = await startApp(standin, { savedPaymentMethods: 'on', logger, stripeRetries: 0 });
    const { customerId } = seedCustomer(standin);
    standin.failNext(1, { status: 500, pathIncludes: '/v1/customer_sessions' });
    const body = await openForm(browserFor(app, customerId));
    assert.match(body.clientSecret, /^seti_/);
    assert.equal(body.customerSessionClientSecret, undefined);
  });

  for (const bad of ['yes', true, 'ON', '', null]) {
    it(`refuses ${JSON.stringify(bad)} at createHandler, naming the option`, () => {
      assert.throws(
        () =>
          createHandler({
            stripe,
            publishableKey: PUBLISHABLE_KEY,
            webhookSecret: WEBHOOK_SECRET,
            resolveCustomer: () => null,
            savedPaymentMethods: bad as never,
          }),
        (error: unknown) => error instanceof HandlerOptionsError && /savedPaymentMethods: /.test(error.message),
      );
    });
  }

  it('is in the options table of the server guide (docs/merchant/server.md)', () => {
    const guide = readFileSync(new URL('../../docs/merchant/server.md', import.meta.url), 'utf8');
    assert.match(guide, /^\| `savedPaymentMethods` \| `'off'` \| .*CustomerSession/m);
  });
});

describe('stand-in: POST /v1/customer_sessions as Stripe takes it', () => {
  const features = {
    payment_method_redisplay: 'enabled',
    payment_method_save: 'disabled',
    payment_method_remove: 'disabled',
    payment_method_allow_redisplay_filters: ['always', 'limited', 'unspecified'],
  } as const;

  it('answers the session object', async () => {
    const { customerId } = seedCustomer(standin);
    const session = await stripe.customerSessions.create({ customer: customerId, components: { payment_element: { enabled: true, features: { ...features, payment_method_allow_redisplay_filters: [...features.payment_method_allow_redisplay_filters] } } } });
    assert.equal(session.object, 'customer_session');
    assert.equal(session.customer, customerId);
    assert.equal(session.livemode, false);
    assert.equal(session.components?.payment_element.enabled, true);
    assert.equal(session.components?.payment_element.features?.payment_method_redisplay, 'enabled');
    assert.equal(session.expires_at - session.created, 30 * 60);
  });

  it('refuses a missing or unknown customer, no component, unknown parameters and values', async () => {
    const { customerId } = seedCustomer(standin);
    const pe = { payment_element: { enabled: true } };
    const cases: Array<[Stripe.CustomerSessionCreateParams, string]> = [
      [{ components: pe } as never, 'parameter_missing'],
      [{ customer: 'cus_nobody', components: pe }, 'resource_missing'],
      [{ customer: customerId, components: {} }, ''],
      [{ customer: customerId, components: { payment_element: { enabled: false } } }, ''],
      [{ customer: customerId, components: { payment_element: { enabled: true, features: { payment_method_redisplay: 'sometimes' as never } } } }, ''],
      [{ customer: customerId, components: { payment_element: { enabled: true, features: { payment_method_allow_redisplay_filters: ['never' as never] } } } }, ''],
      [{ customer: customerId, components: { payment_element: { enabled: true, features: { payment_method_redisplay_limit: 11 } } } }, ''],
      [{ customer: customerId, components: { payment_element: { enabled: true, wallets: 'on' } } } as never, 'parameter_unknown'],
      [{ customer: customerId, components: pe, payment_method: 'pm_x' } as never, 'parameter_unknown'],
    ];
    for (const [params, code] of cases) {
      const error = await stripeError(stripe.customerSessions.create(params));
      assert.equal(error.statusCode, 400, JSON.stringify(params));
      if (code) assert.equal(error.code, code, JSON.stringify(params));
    }
  });

  it('lists nothing when redisplay is off, and respects the allow_redisplay filters', async () => {
    const { customerId } = seedCustomer(standin);
    const off = await stripe.customerSessions.create({ customer: customerId, components: { payment_element: { enabled: true } } });
    assert.deepEqual(standin.sessionPaymentMethods(off.client_secret), []);
    // Default filters are ['always']; a card saved through a SetupIntent is 'unspecified'.
    const always = await stripe.customerSessions.create({ customer: customerId, components: { payment_element: { enabled: true, features: { payment_method_redisplay: 'enabled' } } } });
    assert.deepEqual(standin.sessionPaymentMethods(always.client_secret), []);
    assert.deepEqual(standin.sessionPaymentMethods('cuss_secret_forged'), []);
  });
});
