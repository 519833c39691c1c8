// A redirect return must prove itself before `/complete` adopts anything: a crafted link with an old
// SetupIntent's id and a bogus (or another intent's) client secret adopts no card, while a genuine
// return, which Stripe.js confirms with its own secret, still finishes by itself.
import '../../src/components/form/form.js';
import { resumeRedirect } from '../../src/components/form/form.js';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { deepEqual, equal, ok } from './assert.js';
import { captureWarnings, freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

/** Generous: the form loads its translation and Stripe.js on a busy machine. */
const WAIT = 15_000;

const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

/** Opens this page as the link `params` describe, marked as Paymend's return; undone by `restore`. */
function arriveVia(params: Record<string, string>): void {
  const original = location.href;
  const url = new URL(location.href);
  url.searchParams.set('paymend_return', '1');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(null, '', url.href);
  cleanups.push(() => history.replaceState(null, '', original));
}
const cleanups: Array<() => void> = [];

function mountForm(): PaymendForm {
  return mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint(), lang: 'en', status: makeStatus('failed') }));
}

describe('<paymend-form> redirect return proof', () => {
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    restore();
  });

  it('a link with an old SetupIntent and a bogus secret shows no form and adopts nothing', async () => {
    arriveVia({ setup_intent: 'seti_OldCard1', setup_intent_client_secret: 'bogus', redirect_status: 'succeeded' });
    const backend = fakeBackend({ status: makeStatus('failed') });
    const host = mount(Object.assign(document.createElement('paymend-banner'), {}));
    host.setAttribute('endpoint', freshEndpoint());
    resumeRedirect();
    await settle(200);
    equal(document.querySelector('paymend-form'), null, 'no form is shown for it');
    deepEqual(backend.to('/complete'), [], 'no /complete');
  });

  it('a form opened on such a link does not call /complete, cleans the URL, and offers fresh fields', async () => {
    arriveVia({ setup_intent: 'seti_OldCard2', setup_intent_client_secret: 'bogus' });
    const warnings = captureWarnings();
    const stripe = installStripe();
    const backend = fakeBackend({});
    const updated = listen(document, 'paymend-updated');
    const form = mountForm();
    await until(() => ready(form) && stripe.mounted(), 'fresh card fields', WAIT);
    await settle();
    deepEqual(backend.to('/complete'), [], 'no /complete');
    equal(updated.length, 0, 'no card adopted');
    equal(new URL(location.href).searchParams.has('setup_intent'), false, 'the link’s parameters are gone');
    ok(warnings.some((args) => String(args[0]).includes('do not match')), 'a warning says why');
  });

  it('a secret of another SetupIntent than the one the link names adopts nothing', async () => {
    arriveVia({ setup_intent: 'seti_OldCard3', setup_intent_client_secret: 'seti_Mine3_secret_abc' });
    captureWarnings();
    const stripe = installStripe();
    stripe.knowSetupIntent('seti_Mine3_secret_abc', 'succeeded');
    const backend = fakeBackend({});
    const form = mountForm();
    await until(() => ready(form) && stripe.mounted(), 'fresh card fields', WAIT);
    await settle();
    deepEqual(backend.to('/complete'), [], 'no /complete');
  });

  it('a well-formed secret that Stripe does not know adopts nothing', async () => {
    arriveVia({ setup_intent: 'seti_OldCard4', setup_intent_client_secret: 'seti_OldCard4_secret_guessed' });
    const warnings = captureWarnings();
    const stripe = installStripe();
    const backend = fakeBackend({});
    const updated = listen(document, 'paymend-updated');
    const form = mountForm();
    await until(() => ready(form) && stripe.mounted(), 'fresh card fields', WAIT);
    await settle();
    deepEqual(stripe.retrieveCalls, ['seti_OldCard4_secret_guessed'], 'Stripe was asked');
    deepEqual(backend.to('/complete'), [], 'no /complete');
    equal(updated.length, 0, 'no card adopted');
    ok(warnings.some((args) => String(args[0]).includes('Stripe does not confirm')), 'a warning says why');
  });

  it('a SetupIntent Stripe reports as not succeeded is not completed', async () => {
    arriveVia({ setup_intent: 'seti_Pending5', setup_intent_client_secret: 'seti_Pending5_secret_x', redirect_status: 'succeeded' });
    captureWarnings();
    const stripe = installStripe();
    stripe.knowSetupIntent('seti_Pending5_secret_x', 'requires_action');
    const backend = fakeBackend({});
    const form = mountForm();
    await until(() => ready(form) && stripe.mounted(), 'fresh card fields', WAIT);
    await settle();
    deepEqual(backend.to('/complete'), [], 'the link’s redirect_status is not trusted');
  });

  it('a genuine return completes by itself, sending the secret as proof', async () => {
    arriveVia({ setup_intent: 'seti_Genuine6', setup_intent_client_secret: 'seti_Genuine6_secret_r', redirect_status: 'succeeded' });
    const stripe = installStripe();
    stripe.knowSetupIntent('seti_Genuine6_secret_r', 'succeeded');
    const backend = fakeBackend({});
    const updated = listen(document, 'paymend-updated');
    const form = mountForm();
    await until(() => updated.length === 1, 'the update to finish by itself', WAIT);
    deepEqual(backend.to('/complete').map((call) => call.body), [{ setupIntentId: 'seti_Genuine6', clientSecret: 'seti_Genuine6_secret_r' }]);
    equal(stripe.confirmCalls.length, 0, 'no new confirmation');
    await form.updateComplete;
    ok(part(form, 'done'), 'thanks shown');
  });

  it('the in-page flow sends the client secret it got from /setup-intent', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const updated = listen(document, 'paymend-updated');
    const form = mountForm();
    await until(() => ready(form) && stripe.mounted(), 'the Payment Element', WAIT);
    part(form, 'submit-button')!.click();
    await until(() => updated.length === 1, 'the update', WAIT);
    const secret = stripe.elementsOptions[0]!.clientSecret;
    deepEqual(backend.to('/complete').map((call) => call.body), [{ setupIntentId: secret.split('_secret_')[0], clientSecret: secret }]);
  });
});
