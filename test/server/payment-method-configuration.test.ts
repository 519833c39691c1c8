// `paymentMethodConfiguration`: the merchant's `pmc_…` reaches the SetupIntent the handler creates,
// beside `automatic_payment_methods`, over HTTP with the real `stripe` SDK against the stand-in; a
// bad id fails at createHandler; the stand-in refuses the combinations Stripe refuses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { HandlerOptionsError } from '../../src/server/options.js';
import { createHandler } from '../../src/server/index.js';
import { browserFor, PUBLISHABLE_KEY, seedCustomer, startApp, stripeClientFor, WEBHOOK_SECRET, type App } from './harness.js';

const PMC = 'pmc_1WalletsAndLocal';

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

/** The SetupIntent behind `POST /setup-intent`, read back from the stand-in as Stripe has it. */
async function setupIntentFromHandler(options: Parameters<typeof startApp>[1]): Promise<Stripe.SetupIntent> {
  app = await startApp(standin, options);
  const { customerId } = seedCustomer(standin);
  const response = await browserFor(app, customerId).post('/setup-intent');
  assert.equal(response.status, 200);
  const { clientSecret } = (await response.json()) as { clientSecret: string };
  const id = clientSecret.split('_secret_')[0]!;
  return stripe.setupIntents.retrieve(id);
}

async function invalidRequest(promise: Promise<unknown>): Promise<Stripe.errors.StripeInvalidRequestError> {
  const error = await promise.then(
    () => assert.fail('expected a StripeInvalidRequestError, the call succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, String(error));
  assert.equal(error.statusCode, 400);
  return error;
}

describe('paymentMethodConfiguration option', () => {
  it('puts the configuration on the SetupIntent, with automatic payment methods on', async () => {
    const intent = await setupIntentFromHandler({ paymentMethodConfiguration: PMC });
    assert.equal(intent.payment_method_configuration_details?.id, PMC);
    assert.equal(intent.automatic_payment_methods?.enabled, true);
  });

  it('changes nothing without the option: no configuration, automatic payment methods as before', async () => {
    const intent = await setupIntentFromHandler({});
    assert.equal(intent.payment_method_configuration_details, null);
    assert.equal(intent.automatic_payment_methods?.enabled, true);
    assert.equal(intent.usage, 'off_session');
  });

  for (const bad of ['pm_123', 'pmc_', 'PMC_abc', 'pmc_abc def', 'pmc_abc&customer=cus_x', '', 42]) {
    it(`refuses ${JSON.stringify(bad)} at createHandler, naming the option`, () => {
      assert.throws(
        () =>
          createHandler({
            stripe: stripe,
            publishableKey: PUBLISHABLE_KEY,
            webhookSecret: WEBHOOK_SECRET,
            resolveCustomer: () => null,
            paymentMethodConfiguration: bad as string,
          }),
        (error: unknown) => error instanceof HandlerOptionsError && /paymentMethodConfiguration: /.test(error.message),
      );
    });
  }

  it('is in the options table of the server guide (docs/merchant/server.md)', () => {
    const guide = readFileSync(new URL('../../docs/merchant/server.md', import.meta.url), 'utf8');
    assert.match(guide, /^\| `paymentMethodConfiguration` \| — \| .*payment_method_configuration/m);
  });

  it('suggests the right spelling of a mistyped option', () => {
    assert.throws(
      () =>
        createHandler({
          stripe,
          publishableKey: PUBLISHABLE_KEY,
          webhookSecret: WEBHOOK_SECRET,
          resolveCustomer: () => null,
          paymentmethodconfiguration: PMC,
        } as never),
      /paymentmethodconfiguration: unknown option \(did you mean paymentMethodConfiguration\?\)/,
    );
  });
});

describe('stand-in: payment_method_configuration as Stripe takes it', () => {
  it('accepts it with automatic payment methods, and on its own (automatic is the default then)', async () => {
    const { customerId } = seedCustomer(standin);
    const explicit = await stripe.setupIntents.create({ customer: customerId, automatic_payment_methods: { enabled: true }, payment_method_configuration: PMC });
    assert.equal(explicit.payment_method_configuration_details?.id, PMC);
    const implicit = await stripe.setupIntents.create({ customer: customerId, payment_method_configuration: PMC });
    assert.equal(implicit.payment_method_configuration_details?.id, PMC);
    assert.equal(implicit.automatic_payment_methods?.enabled, true);
  });

  it('refuses it beside an explicit list of payment method types', async () => {
    const error = await invalidRequest(
      stripe.setupIntents.create({ allowed_payment_method_types: ['card'], payment_method_configuration: PMC }),
    );
    assert.equal(error.param, 'payment_method_configuration');
    assert.equal(error.code, 'parameters_exclusive');
  });

  it('refuses it with automatic payment methods turned off', async () => {
    const error = await invalidRequest(
      stripe.setupIntents.create({ automatic_payment_methods: { enabled: false }, payment_method_configuration: PMC }),
    );
    assert.equal(error.param, 'payment_method_configuration');
  });

  it('refuses an id that names no configuration, creating nothing', async () => {
    const created = async () => (await stripe.events.list({ type: 'setup_intent.created', limit: 100 })).data.length;
    const before = await created();
    for (const id of ['pm_card_visa', 'pmc_', 'cus_123', "pmc_x'--"]) {
      const error = await invalidRequest(stripe.setupIntents.create({ payment_method_configuration: id }));
      assert.equal(error.code, 'resource_missing');
      assert.equal(error.param, 'payment_method_configuration');
    }
    assert.equal(await created(), before);
  });

  it('still refuses parameters Stripe does not have beneath automatic_payment_methods', async () => {
    const error = await invalidRequest(
      stripe.setupIntents.create({ automatic_payment_methods: { enabled: true, wallets: 'on' } as never, payment_method_configuration: PMC }),
    );
    assert.equal(error.code, 'parameter_unknown');
  });
});
