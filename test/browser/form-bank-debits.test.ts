// Two outcomes of bank debits, as <paymend-form> shows them. A bank account verified by
// micro-deposits is no decline: a calm status notice with a link to Stripe's verification page, the
// fields gone, nothing completed. A bank debit now paying the invoice (`processing`) is done, but
// the thank-you says the payment is on its way, not that it went through.
import '../../src/components/form/form.js';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { en, loadTranslation, LOCALES } from '../../src/translations/index.js';
import { formatDate } from '../../src/translations/format.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus, type CompleteAnswer } from './stripe-stub.js';

const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

const ARRIVAL = 1_900_000_000; // unix seconds, as Stripe sends `arrival_date`
const VERIFY_URL = 'https://payments.stripe.com/microdeposit/sacs_test_form1';

async function openForm(options: { complete?: () => CompleteAnswer; hideCancel?: boolean } = {}) {
  const stripe = installStripe();
  const backend = fakeBackend({ complete: options.complete });
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = makeStatus('failed');
  form.hideCancel = options.hideCancel ?? false;
  mount(form);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe, backend };
}

describe('<paymend-form> and bank debits', () => {
  afterEach(restore);

  describe('a bank account verified by micro-deposits', () => {
    it('says when to look and links to Stripe’s page, in the status region, not as an alert', async () => {
      const { form, stripe, backend } = await openForm();
      const handedIn = form.status;
      const pending = listen(document, 'paymend-verification-pending');
      const updated = listen(document, 'paymend-updated');
      stripe.confirmOutcomes.push({ kind: 'microdeposits', arrivalDate: ARRIVAL, hostedVerificationUrl: VERIFY_URL });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'verification-link'), 'the verification link');

      const status = part(form, 'progress')!;
      equal(status.getAttribute('role'), 'status', 'a calm live region');
      const date = formatDate('en', ARRIVAL * 1000);
      ok(date, 'a date to show');
      includes(text(status), en.messages['form.microdeposits']({ date }), 'when to look at the statement');
      equal(part(form, 'problem'), null, 'no alert: this is no decline');
      equal(text(form.shadowRoot!.querySelector('[role="alert"]')), '', 'the alert region says nothing');

      const link = part(form, 'verification-link') as HTMLAnchorElement;
      equal(status.contains(link), true, 'the link is part of the notice');
      equal(text(link), en.messages['form.microdepositsLink']);
      equal(link.getAttribute('href'), VERIFY_URL);
      equal(link.target, '_blank', 'opens in a new tab');
      equal(link.rel, 'noopener');

      equal(pending.length, 1, 'paymend-verification-pending');
      deepEqual(pending[0]!.detail, { hostedVerificationUrl: VERIFY_URL });
      ok(pending[0]!.bubbles && pending[0]!.composed, 'bubbles out of shadow roots');
      equal(updated.length, 0, 'nothing updated');
      ok(stripe.paymentElements[0]!.destroyed, 'the Payment Element is torn down');
      equal(backend.to('/complete').length, 0, 'no /complete');
      equal(form.status, handedIn, 'the status is unchanged: the payment method on file stays');
      equal(part(form, 'submit-button'), null, 'nothing to save any more');
      equal(form.shadowRoot!.querySelector('.intro'), null, 'nothing is charged now');
      equal(form.shadowRoot!.querySelector('[aria-busy="true"]'), null, 'nothing busy');
      await expectAccessible(form, 'micro-deposits');
    });

    it('the cancel button closes as usual', async () => {
      const { form, stripe } = await openForm();
      const cancelled = listen(document, 'paymend-cancel');
      stripe.confirmOutcomes.push({ kind: 'microdeposits' });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'verification-link'), 'the verification link');
      const cancel = part(form, 'cancel-button')!;
      equal(cancel.getAttribute('aria-disabled'), 'false');
      cancel.click();
      equal(cancelled.length, 1, 'paymend-cancel');
    });

    it('keeps keyboard focus in the form, on the link', async () => {
      const { form, stripe } = await openForm();
      stripe.confirmOutcomes.push({ kind: 'microdeposits', hostedVerificationUrl: VERIFY_URL });
      part(form, 'submit-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => form.shadowRoot!.activeElement === part(form, 'verification-link'), 'focus on the link, not on the body');
    });

    it('without a date or a usable link: the notice alone, no live javascript: link, and a null URL in the event', async () => {
      const { form, stripe } = await openForm({ hideCancel: true });
      const pending = listen(document, 'paymend-verification-pending');
      stripe.confirmOutcomes.push({ kind: 'microdeposits', arrivalDate: null, hostedVerificationUrl: 'javascript:alert(document.domain)' });
      part(form, 'submit-button')!.click();
      await until(() => pending.length === 1, 'paymend-verification-pending');
      await form.updateComplete;
      includes(text(part(form, 'progress')), en.messages['form.microdeposits']({ date: null }));
      equal(form.shadowRoot!.querySelector('a'), null, 'no link');
      deepEqual(pending[0]!.detail, { hostedVerificationUrl: null });
      equal(part(form, 'actions'), null, 'no buttons at all when the cancel button is hidden');
      await expectAccessible(form, 'micro-deposits without a link');
    });
  });

  describe('a bank debit now paying the invoice (processing)', () => {
    const processing = (): Status => ({ ...okStatus(), state: 'processing' });

    it('thanks the customer: on its way with the amount, not "went through"; paymend-updated, not recovered', async () => {
      const { form } = await openForm({ complete: () => ({ status: processing() }) });
      const updated = listen(document, 'paymend-updated');
      part(form, 'submit-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => updated.length === 1, 'paymend-updated');
      await form.updateComplete;

      equal(updated[0]!.detail.recovered, false, 'the money has not arrived');
      equal(updated[0]!.detail.status.state, 'processing');
      equal(form.status?.state, 'processing', 'the status property holds the new status');
      equal(text(part(form, 'title')), en.messages['state.processing.title']);
      const done = text(part(form, 'done'));
      includes(done, en.messages['state.processing.body']({ amount: '$12.50' }), 'what it pays, on its way');
      includes(done, 'Mastercard ending in 5555', 'names the new payment method');
      ok(!done.includes('went through'), 'never "paid"');
      await until(() => form.shadowRoot!.activeElement === part(form, 'done'), 'focus on the thanks');
      await expectAccessible(form, 'processing');
    });

    it('a listener that moves focus elsewhere keeps it there', async () => {
      const { form } = await openForm({ complete: () => ({ status: processing() }) });
      const elsewhere = mount(Object.assign(document.createElement('button'), { textContent: 'Elsewhere' }));
      const updated = listen(document, 'paymend-updated');
      document.addEventListener('paymend-updated', () => elsewhere.focus(), { once: true });
      part(form, 'submit-button')!.focus();
      part(form, 'submit-button')!.click();
      await until(() => updated.length === 1, 'paymend-updated');
      await form.updateComplete;
      await settle();
      equal(document.activeElement, elsewhere, 'focus stays where the listener put it');
    });
  });

  it('speaks every locale: the micro-deposit notice and link in the form’s language and direction, axe-clean in Hebrew', async () => {
    for (const locale of LOCALES) {
      const t = await loadTranslation(locale);
      const stripe = installStripe();
      fakeBackend({});
      const form = document.createElement('paymend-form');
      form.endpoint = freshEndpoint();
      form.lang = locale;
      form.status = makeStatus('failed');
      mount(form);
      await until(() => ready(form) && stripe.mounted(), `${locale}: the Payment Element to be ready`);
      stripe.confirmOutcomes.push({ kind: 'microdeposits', arrivalDate: null, hostedVerificationUrl: VERIFY_URL });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'verification-link'), `${locale}: the verification link`);
      includes(text(part(form, 'progress')), t.messages['form.microdeposits']({ date: null }), `${locale} notice`);
      equal(text(part(form, 'verification-link')), t.messages['form.microdepositsLink'], `${locale} link`);
      equal(part(form, 'base')!.getAttribute('dir'), t.dir, `${locale} direction`);
      if (locale === 'he') await expectAccessible(form, 'micro-deposits in Hebrew');
      restore();
    }
  });
});
