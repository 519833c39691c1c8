import '../../src/components/form/form.js';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { elementsLocale } from '../../src/components/form/elements-locale.js';
import { en } from '../../src/translations/index.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import {
  capturePageErrors,
  captureWarnings,
  freshEndpoint,
  json,
  listen,
  makeStatus,
  mount,
  restore,
  settle,
  until,
} from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus, type FakeBackend, type StripeStub } from './stripe-stub.js';

const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

/** A failed renewal of USD 12.50: what the banner hands to the form it opens. */
const failing = (): Status => makeStatus('failed');

interface Opened {
  form: PaymendForm;
  stripe: StripeStub;
  backend: FakeBackend;
}

/** Mounts a form against a fake backend and Stripe, and waits until the Payment Element can be used. */
async function openForm(
  backendOptions: Parameters<typeof fakeBackend>[0] = {},
  setup: (form: PaymendForm) => void = () => undefined,
): Promise<Opened> {
  const stripe = installStripe();
  const backend = fakeBackend(backendOptions);
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = failing();
  setup(form);
  mount(form);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe, backend };
}

async function clickSave(form: PaymendForm) {
  part(form, 'submit-button')!.click();
}

/** Nothing busy, and no save button waiting for fields (only the button is marked busy, never the form). */
const idle = (form: PaymendForm) =>
  part(form, 'base') && !form.shadowRoot!.querySelector('[aria-busy="true"], [part~="submit-button"][aria-disabled="true"]');

async function waitIdle(form: PaymendForm) {
  await until(() => idle(form), 'the form to finish working');
  await form.updateComplete;
  await settle(10);
}

const problemText = (form: PaymendForm) => text(part(form, 'problem'));

describe('<paymend-form>', () => {
  afterEach(restore);

  describe('success', () => {
    it('leaves wallets and payment method types to Stripe: no option of its own turns one off', async () => {
      const { stripe } = await openForm();
      const [elementsOptions] = stripe.elementsOptions;
      const created = stripe.mounted()!.options as Record<string, unknown>;
      // Apple Pay, Google Pay and Link show by default ('auto'); the SetupIntent's configuration decides.
      for (const key of ['wallets', 'paymentMethodTypes', 'paymentMethodOrder']) {
        equal(key in created, false, `create('payment') sets no ${key}`);
        equal(key in (elementsOptions as object), false, `elements() sets no ${key}`);
      }
    });

    it('confirms the SetupIntent, completes it, and announces the new status', async () => {
      const { form, stripe, backend } = await openForm();
      const updated = listen(document, 'paymend-updated');

      equal(backend.to('/setup-intent').length, 1, 'one SetupIntent');
      const secret = (await backend.to('/setup-intent')[0]!.init.body) as string;
      equal(secret, '{}', 'the SetupIntent request body is {}');
      const [elementsOptions] = stripe.elementsOptions;
      ok(elementsOptions?.clientSecret.startsWith('seti_'), 'elements get the SetupIntent client secret');
      equal(stripe.mounted()!.node.parentElement?.slot, 'payment-element', 'mounted in light DOM, shown through the slot');
      equal(stripe.mounted()!.node.parentElement?.parentElement, form, 'the mount node is the form’s own child');
      includes(text(part(form, 'base')), 'will be charged $12.50 right away', 'says what will be charged');

      await clickSave(form);
      await until(() => updated.length === 1, 'paymend-updated');

      equal(stripe.confirmCalls.length, 1, 'one confirmation');
      equal(stripe.confirmCalls[0]!.params.redirect, 'if_required', 'no redirect unless the method needs one');
      includes(stripe.confirmCalls[0]!.params.confirmParams.return_url, 'paymend_return=1', 'return URL is marked');
      const complete = backend.to('/complete');
      equal(complete.length, 1, 'one /complete');
      equal(complete[0]!.body.setupIntentId, elementsOptions!.clientSecret.split('_secret_')[0], 'completes that SetupIntent');
      equal(new Headers(complete[0]!.init.headers).get('Paymend-Request'), '1', 'CSRF header');

      const detail = updated[0]!.detail;
      equal(detail.status.state, 'ok', 'new status');
      equal(detail.recovered, true, 'the overdue invoice was paid');
      equal(form.status?.state, 'ok', 'the status property holds the new status');
      await form.updateComplete;
      const done = text(part(form, 'done'));
      includes(done, 'Your payment of $12.50 went through', 'thanks for the payment');
      includes(done, 'Mastercard ending in 5555', 'names the new card');
      ok(stripe.paymentElements[0]!.destroyed, 'the Payment Element is destroyed once done');
      equal(part(form, 'submit-button'), null, 'no submit button once done');
    });

    it('is not "recovered" when nothing was overdue', async () => {
      const { form } = await openForm({}, (f) => (f.status = makeStatus('expiring')));
      const updated = listen(document, 'paymend-updated');
      equal(form.shadowRoot!.querySelector('.intro'), null, 'no charge announced for an expiring card');
      await clickSave(form);
      await until(() => updated.length === 1, 'paymend-updated');
      equal(updated[0]!.detail.recovered, false, 'recovered');
    });

    it('reads the status itself (once, shared) when none is handed in', async () => {
      const { form, backend } = await openForm({ status: failing() }, (f) => (f.status = undefined));
      await until(() => form.shadowRoot!.querySelector('.intro'), 'the amount due');
      equal(backend.to('/status').length, 1, 'one status request');
    });
  });

  describe('declines, then success with another card', () => {
    const atConfirmation = [
      { declineCode: 'insufficient_funds', title: 'Not enough funds', action: 'Use a different card' },
      { code: 'expired_card', title: 'The card has expired', action: 'Update your card' },
      { code: 'incorrect_cvc', title: 'The security code didn’t match', action: 'Update your card' },
      { declineCode: 'fraudulent', title: 'The payment was declined', action: 'Use a different card' },
      { declineCode: 'call_issuer', title: 'Your bank needs to hear from you', action: 'Contact your bank' },
      { declineCode: 'generic_decline', adviceCode: 'try_again_later', title: 'The payment was declined', action: 'Try again later' },
    ];
    for (const decline of atConfirmation) {
      it(`explains ${decline.declineCode ?? decline.code} from confirmSetup, then saves another card`, async () => {
        const { form, stripe, backend } = await openForm();
        const updated = listen(document, 'paymend-updated');
        stripe.confirmOutcomes.push({ kind: 'decline', ...decline });

        await clickSave(form);
        await until(() => part(form, 'problem'), 'the explanation');
        const problem = part(form, 'problem')!;
        equal(problem.parentElement!.getAttribute('role'), 'alert', 'announced, in the alert region');
        includes(problemText(form), decline.title, 'title from paymend/explain');
        includes(problemText(form), decline.action, 'the next step');
        ok(!problemText(form).includes('Stripe’s own message'), 'never Stripe’s raw message');
        equal(part(form, 'base')!.getAttribute('aria-describedby'), 'problem', 'the form is described by the explanation');
        equal(part(form, 'submit-button')!.getAttribute('aria-describedby'), 'problem', 'so is the button');
        equal(backend.to('/complete').length, 0, 'nothing completed');
        await waitIdle(form);
        equal(part(form, 'submit-button')!.getAttribute('aria-disabled'), 'false', 'can try again');

        await clickSave(form);
        await until(() => updated.length === 1, 'success with the other card');
        equal(stripe.confirmCalls.length, 2, 'confirmed twice');
        equal(backend.to('/setup-intent').length, 1, 'the same SetupIntent is reused after a confirmation decline');
      });
    }

    it('explains a decline of the overdue invoice and offers fresh fields for another card', async () => {
      const { form, stripe, backend } = await openForm({
        complete: (_body, count) =>
          count === 0
            ? { status: failing(), failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } }
            : { status: okStatus() },
      });
      const updated = listen(document, 'paymend-updated');
      await clickSave(form);
      await until(() => part(form, 'problem') && stripe.paymentElements.length === 2, 'the explanation and new fields');
      includes(problemText(form), 'Not enough funds', 'explained');
      ok(stripe.paymentElements[0]!.destroyed, 'the old element is destroyed');
      equal(backend.to('/setup-intent').length, 2, 'a new SetupIntent for the next card');
      equal(updated.length, 0, 'nothing announced as updated');
      await until(() => ready(form), 'ready again');

      await clickSave(form);
      await until(() => updated.length === 1, 'success with the other card');
      const [first, second] = backend.to('/complete');
      ok(first!.body.setupIntentId !== second!.body.setupIntentId, 'the second card has its own SetupIntent');
    });

    it('leaves incomplete fields to Stripe and stays usable', async () => {
      const { form, stripe, backend } = await openForm();
      stripe.confirmOutcomes.push({ kind: 'validation' });
      await clickSave(form);
      await waitIdle(form);
      equal(part(form, 'problem'), null, 'no explanation of our own');
      equal(backend.to('/complete').length, 0, 'nothing completed');
      ok(ready(form), 'ready');
    });

    it('announces a repeated decline again, in the same alert region', async () => {
      const { form, stripe } = await openForm();
      const region = form.shadowRoot!.querySelector('[role="alert"]');
      stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' }, { kind: 'decline', declineCode: 'insufficient_funds' });
      await clickSave(form);
      await until(() => part(form, 'problem'), 'the first explanation');
      const first = part(form, 'problem');
      await waitIdle(form);
      await clickSave(form);
      await until(() => stripe.confirmCalls.length === 2, 'second attempt');
      await waitIdle(form);
      await until(() => part(form, 'problem'), 'the second explanation, a frame after the region was emptied');
      const second = part(form, 'problem');
      ok(second && second !== first, 'the explanation is written again (emptied, then filled), so screen readers read it again');
      equal(second.parentElement, region, 'into the region that was there from the start');
    });
  });

  describe('3-D Secure on the overdue invoice', () => {
    const requiresAction = (count: number) =>
      count === 0 ? { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Test3ds_secret_xyz' } } : { status: okStatus() };

    it('runs handleNextAction, completes again, and succeeds', async () => {
      const { form, stripe, backend } = await openForm({ complete: (_b, count) => requiresAction(count) });
      const updated = listen(document, 'paymend-updated');
      await clickSave(form);
      await until(() => updated.length === 1, 'paymend-updated');
      deepEqual(stripe.nextActionCalls, ['pi_Test3ds_secret_xyz'], 'handleNextAction with the invoice’s client secret');
      const [first, second] = backend.to('/complete');
      equal(second?.body.setupIntentId, first?.body.setupIntentId, 'completed again with the same SetupIntent');
      equal(updated[0]!.detail.recovered, true, 'recovered');
    });

    it('explains a failed confirmation and lets the customer confirm again', async () => {
      const { form, stripe, backend } = await openForm({ complete: (_b, count) => (count < 2 ? requiresAction(0) : { status: okStatus() }) });
      const updated = listen(document, 'paymend-updated');
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      await clickSave(form);
      await until(() => part(form, 'problem'), 'the explanation');
      includes(problemText(form), 'The confirmation didn’t go through', 'explained');
      const retry = form.shadowRoot!.querySelector<HTMLButtonElement>('.problem [part~="retry-button"]');
      equal(text(retry), 'Confirm with your bank', 'the retry button says the next step');
      await until(() => stripe.paymentElements.length === 2 && ready(form), 'fresh fields for another method');
      equal(updated.length, 0, 'not updated');

      retry!.click();
      await until(() => updated.length === 1, 'success after confirming again');
      equal(stripe.nextActionCalls.length, 2, 'asked the bank twice');
      const ids = new Set(backend.to('/complete').map((call) => call.body.setupIntentId));
      equal(ids.size, 1, 'every /complete used the confirmed card');
      equal(stripe.confirmCalls.length, 1, 'the card was confirmed with Stripe only once');
    });
  });

  describe('network failures', () => {
    it('a lost /complete keeps the confirmed card and finishes it on retry, without confirming again', async () => {
      const warnings = captureWarnings();
      const pageErrors = capturePageErrors();
      let fail = true;
      const { form, stripe, backend } = await openForm({
        complete: () => {
          if (fail) throw new TypeError('Failed to fetch');
          return { status: okStatus() };
        },
      });
      const updated = listen(document, 'paymend-updated');
      await clickSave(form);
      await until(() => part(form, 'problem'), 'the explanation');
      includes(problemText(form), 'You won’t be charged twice', 'reassures');
      ok(stripe.mounted()!.readOnly, 'the confirmed card can no longer be edited');
      equal(warnings.length, 1, 'one console.warn');
      await waitIdle(form);

      fail = false;
      await clickSave(form);
      await until(() => updated.length === 1, 'success on retry');
      equal(stripe.confirmCalls.length, 1, 'not confirmed twice');
      const [first, second] = backend.to('/complete');
      equal(second!.body.setupIntentId, first!.body.setupIntentId, 'the same SetupIntent: the handler is idempotent');
      deepEqual(pageErrors, [], 'no error escaped to the page');
    });

    it('a form opened again after the connection dropped offers to finish with the same card', async () => {
      captureWarnings();
      let fail = true;
      const first = await openForm({
        complete: () => {
          if (fail) throw new TypeError('Failed to fetch');
          return { status: okStatus() };
        },
      });
      await clickSave(first.form);
      await until(() => part(first.form, 'problem'), 'the explanation');
      const endpoint = first.form.endpoint;
      const confirmedId = first.backend.to('/complete')[0]!.body.setupIntentId;
      first.form.remove();

      fail = false;
      const reopened = document.createElement('paymend-form');
      reopened.endpoint = endpoint;
      reopened.lang = 'en';
      const updated = listen(document, 'paymend-updated');
      mount(reopened);
      await until(() => part(reopened, 'problem') && ready(reopened), 'the offer to finish');
      retryButton(reopened).click();
      await until(() => updated.length === 1, 'finished');
      const calls = first.backend.to('/complete');
      equal(calls.at(-1)!.body.setupIntentId, confirmedId, 'finished the card entered before');
    });

    it('a dropped confirmation that Stripe completed anyway goes on to /complete', async () => {
      const { form, stripe, backend } = await openForm();
      const updated = listen(document, 'paymend-updated');
      stripe.confirmOutcomes.push({ kind: 'network', succeededAnyway: true });
      await clickSave(form);
      await until(() => updated.length === 1, 'success');
      equal(stripe.retrieveCalls.length, 1, 'checked the SetupIntent');
      equal(backend.to('/complete').length, 1, 'completed');
    });

    it('a dropped confirmation that did not go through can be retried', async () => {
      const { form, stripe } = await openForm();
      const updated = listen(document, 'paymend-updated');
      stripe.confirmOutcomes.push({ kind: 'network', succeededAnyway: false });
      await clickSave(form);
      await until(() => part(form, 'problem'), 'the explanation');
      await waitIdle(form);
      await clickSave(form);
      await until(() => updated.length === 1, 'success');
      equal(stripe.confirmCalls.length, 2, 'confirmed again');
    });

    it('a failing backend shows a retry, warns once, and never breaks the page', async () => {
      const warnings = captureWarnings();
      const pageErrors = capturePageErrors();
      const stripe = installStripe();
      let broken = true;
      fakeBackend({ setupIntent: () => (broken ? json({ error: { code: 'internal_error', message: 'x' } }, 500) : undefined) });
      const form = mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint(), lang: 'en' }));
      // The explanation fills its region a frame after it was emptied (so a repeat is announced too).
      await until(() => part(form, 'retry-button') && problemText(form), 'the retry button and the explanation');
      includes(problemText(form), 'couldn’t be loaded', 'explained');
      equal(warnings.length, 1, 'one console.warn');
      includes(String(warnings[0]![0]), '[paymend]', 'prefixed');
      equal(stripe.paymentElements.length, 0, 'no element');
      deepEqual(pageErrors, [], 'no page error');
      await expectAccessible(form, 'unavailable');

      broken = false;
      part(form, 'retry-button')!.click();
      await until(() => ready(form) && stripe.mounted(), 'ready after retry');
    });

    it('a rate-limited SetupIntent says to wait', async () => {
      captureWarnings();
      installStripe();
      fakeBackend({
        setupIntent: () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'slow down' } }), {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '60' },
        }),
      });
      const form = mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint(), lang: 'en' }));
      await until(() => part(form, 'problem'), 'the explanation');
      includes(problemText(form), 'wait a few minutes', 'asks to wait');
    });

    it('an element without an endpoint stays silent with one warning', async () => {
      const warnings = captureWarnings();
      const form = mount(Object.assign(document.createElement('paymend-form'), { lang: 'en' }));
      await until(() => warnings.length > 0, 'the warning');
      await settle();
      equal(warnings.length, 1, 'one warning');
      includes(String(warnings[0]![0]), 'endpoint', 'names the problem');
      equal(form.querySelector('.stripe-stub-payment-element'), null, 'nothing mounted');
    });
  });

  describe('a payment awaiting the bank (action_required)', () => {
    const awaiting = () => makeStatus('action_required');

    it('confirms with the card on file: no fields, handleNextAction, then the refreshed status', async () => {
      const stripe = installStripe();
      const backend = fakeBackend({ paymentAction: { clientSecret: 'pi_OnFile_secret_1' }, refresh: okStatus });
      const updated = listen(document, 'paymend-updated');
      const form = document.createElement('paymend-form');
      form.endpoint = freshEndpoint();
      form.lang = 'en';
      form.status = awaiting();
      mount(form);
      await until(() => updated.length === 1, 'the update to be announced');
      deepEqual(stripe.nextActionCalls, ['pi_OnFile_secret_1'], 'the bank confirmation ran with the invoice PaymentIntent');
      equal(backend.to('/setup-intent').length, 0, 'no new card was asked for');
      equal(backend.to('/refresh').length, 1);
      equal(updated[0]!.detail.recovered, true);
      equal(updated[0]!.detail.status.state, 'ok');
      ok(!stripe.mounted(), 'no Payment Element');
      ok(text(part(form, 'done')).length > 0, 'thanks the customer');
    });

    it('explains a failed confirmation and offers fields for another method', async () => {
      const stripe = installStripe();
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      const backend = fakeBackend({ paymentAction: { clientSecret: 'pi_OnFile_secret_2' }, refresh: okStatus });
      const form = document.createElement('paymend-form');
      form.endpoint = freshEndpoint();
      form.lang = 'en';
      form.status = awaiting();
      mount(form);
      await until(() => ready(form) && stripe.mounted() && part(form, 'problem'), 'fields for another method, and why');
      const problem = part(form, 'problem');
      includes(text(problem), en.messages['decline.authentication_failed.body']);
      includes(text(problem), en.messages['action.use_another_method'], 'points at the fields, not at confirming again');
      equal(problem?.parentElement!.getAttribute('role'), 'alert');
      equal(backend.to('/refresh').length, 0, 'nothing to refresh after a failed confirmation');
      equal(backend.to('/setup-intent').length, 1);
    });

    it('falls back to a new card when nothing awaits confirmation any more', async () => {
      const stripe = installStripe();
      const backend = fakeBackend({}); // /payment-action answers 404
      const form = document.createElement('paymend-form');
      form.endpoint = freshEndpoint();
      form.lang = 'en';
      form.status = awaiting();
      mount(form);
      await until(() => ready(form) && stripe.mounted(), 'the Payment Element');
      equal(stripe.nextActionCalls.length, 0);
      equal(part(form, 'problem'), null, 'no error shown for a 404');
      equal(backend.to('/payment-action').length, 1);
    });
  });

  it('a double click confirms and completes once', async () => {
    const { form, stripe, backend } = await openForm();
    const updated = listen(document, 'paymend-updated');
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    const button = part(form, 'submit-button')!;
    button.click();
    button.click();
    await until(() => button.getAttribute('aria-disabled') === 'true', 'the button to be marked busy while saving');
    button.click();
    release();
    await until(() => updated.length === 1, 'success');
    await settle();
    equal(stripe.confirmCalls.length, 1, 'one confirmation');
    equal(backend.to('/complete').length, 1, 'one /complete');
    equal(updated.length, 1, 'one paymend-updated');
  });

  it('finishes a redirect-based method that came back to the page, and cleans the URL', async () => {
    const original = location.href;
    const url = new URL(location.href);
    url.searchParams.set('keep', 'me');
    url.searchParams.set('paymend_return', '1');
    url.searchParams.set('setup_intent', 'seti_TestRedirect1');
    url.searchParams.set('setup_intent_client_secret', 'seti_TestRedirect1_secret_r');
    url.searchParams.set('redirect_status', 'succeeded');
    history.replaceState(null, '', url.href);
    try {
      const stripe = installStripe();
      stripe.knowSetupIntent('seti_TestRedirect1_secret_r', 'succeeded');
      const backend = fakeBackend({});
      const updated = listen(document, 'paymend-updated');
      const form = mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint(), lang: 'en' }));
      await until(() => updated.length === 1, 'the update to finish by itself');
      equal(backend.to('/complete')[0]!.body.setupIntentId, 'seti_TestRedirect1', 'completes the returning SetupIntent');
      equal(stripe.confirmCalls.length, 0, 'no new confirmation');
      const cleaned = new URL(location.href).searchParams;
      equal(cleaned.get('keep'), 'me', 'the page’s own parameters stay');
      for (const name of ['paymend_return', 'setup_intent', 'setup_intent_client_secret', 'redirect_status']) {
        equal(cleaned.has(name), false, `${name} removed`);
      }
      await form.updateComplete;
      ok(part(form, 'done'), 'thanks shown');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('ignores a Stripe return that is not Paymend’s', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?setup_intent=seti_Other1&setup_intent_client_secret=seti_Other1_secret_x`);
    try {
      const { backend } = await openForm();
      equal(backend.to('/complete').length, 0, 'the merchant’s own flow is left alone');
      includes(location.search, 'setup_intent_client_secret', 'its URL untouched');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  describe('language', () => {
    it('speaks Arabic right to left, with Elements in Arabic', async () => {
      const { form, stripe } = await openForm({}, (f) => (f.lang = 'ar'));
      const base = part(form, 'base')!;
      equal(base.getAttribute('dir'), 'rtl', 'direction');
      equal(base.getAttribute('lang'), 'ar', 'lang');
      equal(stripe.elementsOptions[0]!.locale, 'ar', 'Elements locale');
      ok(!text(part(form, 'title')).includes('Update your payment method'), 'heading not in English');
    });

    it('follows the page’s lang and its region when Elements has it', async () => {
      document.documentElement.lang = 'fr-CA';
      try {
        const stripe = installStripe();
        fakeBackend({});
        const form = mount(Object.assign(document.createElement('paymend-form'), { endpoint: freshEndpoint() }));
        await until(() => stripe.mounted(), 'mounted');
        equal(stripe.elementsOptions[0]!.locale, 'fr-CA', 'Elements locale');
        equal(part(form, 'base')!.getAttribute('dir'), 'ltr', 'direction');
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    it('maps Paymend’s locale to Elements’ list', () => {
      const as = (locale: string) => ({ ...en, locale });
      equal(elementsLocale('en-AU', as('en-GB')), 'en-AU', 'a regional tag Elements has');
      equal(elementsLocale('de-AT', as('de')), 'de', 'falls back to the language');
      equal(elementsLocale('zh-HK', as('zh-TW')), 'zh-HK', 'Hong Kong Chinese');
      equal(elementsLocale('nb-NO', as('nb')), 'nb', 'Norwegian');
      equal(elementsLocale('xx', as('xx')), 'auto', 'unknown: Stripe decides');
      equal(elementsLocale('pt-BR', as('pt-BR')), 'pt-BR', 'Brazilian Portuguese');
    });
  });

  describe('Appearance', () => {
    it('is read from the --paymend-* custom properties', async () => {
      const { stripe } = await openForm({}, (form) => {
        form.style.cssText = [
          '--paymend-color-primary: rebeccapurple',
          '--paymend-color-background: #101418',
          '--paymend-color-text: rgb(240, 240, 240)',
          '--paymend-color-danger: hsl(0 80% 60%)',
          '--paymend-radius: 0.75rem',
          '--paymend-font-family: Georgia, serif',
          '--paymend-font-size: 18px',
          '--paymend-spacing: 3px',
        ].join(';');
      });
      const appearance = stripe.elementsOptions[0]!.appearance;
      equal(appearance.theme, 'night', 'a dark surface picks Stripe’s dark theme');
      const v = appearance.variables;
      equal(v.colorPrimary, '#663399', 'primary, as hex');
      equal(v.colorBackground, '#101418', 'background');
      equal(v.colorText, '#f0f0f0', 'text');
      equal(v.colorDanger, '#eb4747', 'danger');
      equal(v.borderRadius, '12px', 'radius in px (rem means nothing in an iframe)');
      equal(v.fontFamily, 'Georgia, serif', 'font');
      equal(v.fontSizeBase, '18px', 'font size');
      equal(v.spacingUnit, '3px', 'spacing');
    });

    it('uses Paymend’s light defaults when nothing is set', async () => {
      const { stripe } = await openForm();
      const appearance = stripe.elementsOptions[0]!.appearance;
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      equal(appearance.theme, dark ? 'night' : 'stripe', 'theme follows the color scheme');
      if (!dark) equal(appearance.variables.colorPrimary, '#1f2328', 'Paymend’s primary');
      equal(appearance.variables.spacingUnit, undefined, 'Stripe’s own spacing');
    });
  });

  describe('keyboard and screen readers', () => {
    it('focus() moves to the heading; everything works by keyboard', async () => {
      const { form, stripe } = await openForm();
      const updated = listen(document, 'paymend-updated');
      const cancelled = listen(document, 'paymend-cancel');
      form.focus();
      equal(form.shadowRoot!.activeElement, part(form, 'title'), 'heading focused');

      await sendKeys({ press: 'Tab' });
      equal((document.activeElement as HTMLElement).getAttribute('aria-label'), 'Card number', 'then the card field');
      await sendKeys({ press: 'Tab' });
      equal(form.shadowRoot!.activeElement, part(form, 'submit-button'), 'then save');
      await sendKeys({ press: 'Tab' });
      equal(form.shadowRoot!.activeElement, part(form, 'cancel-button'), 'then cancel');
      await sendKeys({ press: 'Enter' });
      equal(cancelled.length, 1, 'Enter on cancel cancels');
      deepEqual(cancelled[0]!.detail, {}, 'cancel carries an empty detail');

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
      await sendKeys({ press: 'Enter' });
      await until(() => part(form, 'problem'), 'the explanation');
      await waitIdle(form);
      equal(form.shadowRoot!.activeElement, part(form, 'problem'), 'focus follows the explanation of the decline');
      equal(part(form, 'problem')!.getAttribute('aria-labelledby'), 'problem-title', 'named by its title');
      // Tab from the explanation passes the card fields (light DOM) and reaches the save button.
      for (let i = 0; i < 4 && form.shadowRoot!.activeElement !== part(form, 'submit-button'); i += 1) await sendKeys({ press: 'Tab' });
      equal(form.shadowRoot!.activeElement, part(form, 'submit-button'), 'Tab from the explanation reaches the save button');
      await sendKeys({ press: 'Space' });
      await until(() => updated.length === 1, 'saved by keyboard');
      await form.updateComplete;
      await until(() => part(form, 'done') && form.shadowRoot!.activeElement === part(form, 'done'), 'focus to land on the thanks, not on the body');
    });

    it('announces what it is doing', async () => {
      const { form, stripe } = await openForm();
      let release!: () => void;
      stripe.confirmGate = new Promise((resolve) => (release = resolve));
      await clickSave(form);
      await until(() => stripe.confirmCalls.length === 1 && text(part(form, 'progress')), 'the form to say what it is doing');
      equal(part(form, 'progress')!.getAttribute('role'), 'status', 'a live status');
      includes(text(part(form, 'progress')), 'Saving your payment method', 'says it is saving');
      equal(part(form, 'submit-button')!.getAttribute('aria-busy'), 'true', 'the button is busy');
      equal(part(form, 'base')!.hasAttribute('aria-busy'), false, 'the form, which holds the live regions, is not');
      release();
    });

    it('cancel emits paymend-cancel and changes nothing', async () => {
      const { form, stripe, backend } = await openForm();
      const cancelled = listen(document, 'paymend-cancel');
      part(form, 'cancel-button')!.click();
      equal(cancelled.length, 1, 'one event');
      equal(backend.to('/complete').length, 0, 'no completion');
      equal(stripe.confirmCalls.length, 0, 'no confirmation');
    });

    it('passes axe in the ready, error and done states', async () => {
      const { form, stripe } = await openForm();
      await expectAccessible(form, 'ready');
      stripe.confirmOutcomes.push({ kind: 'decline', code: 'expired_card' });
      await clickSave(form);
      await until(() => part(form, 'problem'), 'the explanation');
      await waitIdle(form);
      await expectAccessible(form, 'error');
      const updated = listen(document, 'paymend-updated');
      await clickSave(form);
      await until(() => updated.length === 1, 'done');
      await form.updateComplete;
      await expectAccessible(form, 'done');
    });
  });

  it('destroys the Payment Element when it leaves the page', async () => {
    const { form, stripe } = await openForm();
    form.remove();
    ok(stripe.paymentElements[0]!.destroyed, 'destroyed');
    equal(form.querySelector('[slot="payment-element"]'), null, 'its mount node is gone');
  });

  it('ignores answers that arrive after it left the page', async () => {
    const pageErrors = capturePageErrors();
    const { form, stripe, backend } = await openForm();
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    await clickSave(form);
    // Left while Stripe is still confirming: its answer arrives to a form that is gone.
    await until(() => stripe.confirmCalls.length === 1, 'the confirmation to start');
    form.remove();
    release();
    await settle();
    equal(backend.to('/complete').length, 0, 'no completion after leaving');
    deepEqual(pageErrors, [], 'no page errors');
  });
});

function retryButton(form: PaymendForm): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('.problem [part~="retry-button"]')!;
}
