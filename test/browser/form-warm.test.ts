// Its own file, so its page starts with Stripe.js neither loaded nor warmed by another test.
import type { Stripe } from '@stripe/stripe-js';
import { loadStripeClient, preloadStripeJs } from '../../src/internal/stripe-loader.js';
import { deepEqual, equal, ok, rejects } from './assert.js';
import { capturePageErrors, freshEndpoint, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

const stripeScripts = () => document.querySelectorAll('script[src*="js.stripe.com"]').length;

describe('the form chunk and the Stripe.js loader', () => {
  afterEach(restore);

  it('importing the form loads no Stripe.js; warm() starts it; the form reuses it', async () => {
    const stripe = installStripe();
    const form = await import('../../src/components/form/form.js');
    await settle();
    equal(stripeScripts(), 0, 'no Stripe.js script');
    equal(stripe.constructed.length, 0, 'no Stripe client');

    form.warm({ publishableKey: 'pk_stub_warm' });
    await until(() => stripe.constructed.length === 1, 'the client to be created');
    equal(stripe.constructed[0]!.publishableKey, 'pk_stub_warm', 'with the key');

    fakeBackend({ publishableKey: 'pk_stub_warm' });
    const element = mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint(), lang: 'en' }));
    await until(() => stripe.mounted(), 'the Payment Element');
    equal(stripe.constructed.length, 1, 'one Stripe client for the page');
    ok(element.isConnected, 'mounted');
  });

  it('loads one client per key, and forgets a failed load so the next call retries', async () => {
    const fake = {} as Stripe;
    const calls: string[] = [];
    const load = async (key: string) => {
      calls.push(key);
      if (calls.length === 1) throw new Error('Failed to load Stripe.js');
      return fake;
    };
    await rejects(loadStripeClient('pk_stub_retry', undefined, load), 'the first load fails');
    equal(await loadStripeClient('pk_stub_retry', undefined, load), fake, 'the second call loads again');
    equal(await loadStripeClient('pk_stub_retry', undefined, load), fake, 'then it is cached');
    deepEqual(calls, ['pk_stub_retry', 'pk_stub_retry'], 'two loads, not three');
    await rejects(loadStripeClient('pk_stub_null', undefined, async () => null), 'no Stripe.js (e.g. no window) is an error');
  });

  it('a warm-up without a key loads the script only, and its failure stays silent', async () => {
    const pageErrors = capturePageErrors();
    const calls: unknown[][] = [];
    preloadStripeJs(async (...args: unknown[]) => {
      calls.push(args);
      throw new Error('Expected publishable key to be of type string');
    });
    await settle();
    deepEqual(calls, [[]], 'loadStripe called without a key');
    deepEqual(pageErrors, [], 'no unhandled rejection');
  });
});
