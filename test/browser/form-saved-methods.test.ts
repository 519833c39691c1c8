// Saved payment methods: a CustomerSession secret from `/setup-intent` reaches `stripe.elements()`
// (the Payment Element then lists the customer's saved cards); without one, elements() gets none.
import '../../src/components/form/form.js';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { makeStatus, freshEndpoint, json, mount, restore, until } from './helpers.js';
import { equal, ok } from './assert.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

const ready = (form: PaymendForm) =>
  form.shadowRoot?.querySelector('[part~="submit-button"]')?.getAttribute('aria-disabled') === 'false';

async function openWith(answer: Record<string, unknown> | null) {
  const stripe = installStripe();
  fakeBackend({ setupIntent: () => (answer ? json(answer) : undefined) });
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = makeStatus('failed');
  mount(form);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return stripe.elementsOptions[0] as Record<string, unknown>;
}

describe('<paymend-form> with saved payment methods', () => {
  afterEach(restore);

  it('passes the CustomerSession secret to stripe.elements() beside the SetupIntent secret', async () => {
    const options = await openWith({
      clientSecret: 'seti_Saved1_secret_abc',
      publishableKey: 'pk_stub_paymend',
      customerSessionClientSecret: 'cuss_secret_Saved1',
    });
    equal(options.customerSessionClientSecret, 'cuss_secret_Saved1', 'elements() gets the session secret');
    equal(options.clientSecret, 'seti_Saved1_secret_abc', 'and the SetupIntent secret as before');
  });

  for (const bad of ['', 42, null, { secret: 'x' }, 'x'.repeat(600)]) {
    it(`still opens for a new card when the secret is unusable (${JSON.stringify(bad).slice(0, 20)})`, async () => {
      const options = await openWith({ clientSecret: 'seti_Bad1_secret_abc', publishableKey: 'pk_stub_paymend', customerSessionClientSecret: bad });
      equal(options.clientSecret, 'seti_Bad1_secret_abc');
      equal('customerSessionClientSecret' in options, false, 'elements() gets no session key');
    });
  }

  it('passes none when the backend sends none (savedPaymentMethods off, or an older server)', async () => {
    const options = await openWith(null);
    ok(typeof options.clientSecret === 'string', 'elements() got the SetupIntent secret');
    equal('customerSessionClientSecret' in options, false, 'elements() gets no session key at all');
  });
});
