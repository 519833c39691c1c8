/** The closing of the loop: the receipt under the thank-yous, and "How easy was this?". */
import '../../src/define.js';
import '../../src/components/form/form.js';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import type { Receipt } from '../../src/protocol/index.js';
import { careEn } from '../../src/translations/care/index.js';
import { formatAmount, formatDate } from '../../src/translations/format.js';
import { deepEqual, equal, ok } from './assert.js';
import { banner, bannerWithForm, openForm as openBannerForm, part, saveCard, text, untilShown } from './banner-helpers.js';
import { expectAccessible } from './form-axe.js';
import { freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus, type FakeBackend } from './stripe-stub.js';

const RECEIPT: Receipt = { paid: [{ amount: 1250, currency: 'usd' }], nextChargeAt: '2030-04-01T00:00:00Z' };
/** What the receipt should say in English (formatted as the element formats it). */
const receiptText = (locale: string) => [
  careEn.messages['care.receipt.paid']({ amount: formatAmount(locale, 1250, 'usd')! }),
  careEn.messages['care.receipt.next']({ date: formatDate(locale, RECEIPT.nextChargeAt)! }),
];
const receiptLinesOf = (root: ShadowRoot) => [...root.querySelectorAll('[part~="receipt"]')].map(text);

/** A form on its own (as on the hosted page) against a fake backend whose /complete answers `receipt`. */
async function standaloneForm(receipt: Receipt | undefined, attributes: Record<string, string> = {}) {
  const stripe = installStripe();
  const backend = fakeBackend({ complete: () => (receipt ? { status: okStatus(), receipt } : { status: okStatus() }) } as Parameters<typeof fakeBackend>[0]);
  const form: PaymendForm = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = makeStatus('failed');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  mount(form);
  const formPart = (name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
  await until(() => formPart('submit-button')?.getAttribute('aria-disabled') === 'false' && stripe.mounted(), 'the form to be ready');
  formPart('submit-button')!.click();
  await until(() => formPart('done'), 'the thank-you');
  await form.updateComplete;
  return { form, backend, formPart };
}

const rated = (backend: FakeBackend) => backend.to('/events').filter((call) => call.body.name === 'rated').map((call) => call.body);

describe('thank-you: receipt and rating', () => {
  afterEach(restore);

  describe('receipt', () => {
    it('the form says what was paid and when the next payment is', async () => {
      const { form } = await standaloneForm(RECEIPT);
      deepEqual(receiptLinesOf(form.shadowRoot!), receiptText('en'));
    });

    it('without a receipt (an older server) the form’s thank-you is as before', async () => {
      const { form, formPart } = await standaloneForm(undefined);
      deepEqual(receiptLinesOf(form.shadowRoot!), []);
      ok(text(formPart('done')).length > 0, 'the thank-you is there');
    });

    it('the banner’s thank-you says it too, inside its live region; absent, nothing is added', async () => {
      const stripe = installStripe();
      const backend = fakeBackend({ status: makeStatus('failed'), complete: () => ({ status: okStatus(), receipt: RECEIPT }) } as Parameters<typeof fakeBackend>[0]);
      const opened = { element: mount(banner({ endpoint: freshEndpoint(), lang: 'en' })), stripe, backend };
      await untilShown(opened.element);
      const form = await openBannerForm(opened);
      saveCard(form);
      await until(() => opened.element.getAttribute('state') === 'updated', 'the banner’s thank-you');
      await until(() => receiptLinesOf(opened.element.shadowRoot!).length === 2, 'the receipt lines');
      deepEqual(receiptLinesOf(opened.element.shadowRoot!), receiptText('en'));
      const live = part(opened.element, 'message')!.querySelector('[role="status"]')!;
      await until(() => live.querySelector('[part~="receipt"]'), 'the receipt moved into the live region with the thanks');
      await expectAccessible(opened.element, 'banner thank-you with receipt');

      restore();
      const plain = await bannerWithForm(makeStatus('failed'));
      saveCard(await openBannerForm(plain));
      await until(() => plain.element.getAttribute('state') === 'updated', 'the plain thank-you');
      deepEqual(receiptLinesOf(plain.element.shadowRoot!), []);
    });
  });

  describe('How easy was this?', () => {
    it('is not asked without ask-rating', async () => {
      const { formPart } = await standaloneForm(RECEIPT);
      equal(formPart('rating'), null);
    });

    it('by keyboard: arrows choose without sending, Enter sends one beacon with the rating, then thanks', async () => {
      const { form, backend, formPart } = await standaloneForm(RECEIPT, { 'ask-rating': '' });
      const group = formPart('rating')!;
      const legend = group.querySelector('legend')!;
      equal(text(legend), careEn.messages['care.rating.question']);
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      deepEqual(
        radios.map((radio) => text(radio.closest('label'))),
        [1, 2, 3, 4, 5].map((n) => careEn.messages[`care.rating.${n as 1 | 2 | 3 | 4 | 5}`]),
        'five labelled answers',
      );
      await expectAccessible(form, 'the rating question');
      const events = listen(document.body, 'paymend-rated');

      radios[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      equal(radios[3]!.checked, true, 'arrows moved to "Easy"');
      await settle();
      equal(rated(backend).length, 0, 'choosing alone sends nothing');
      equal(events.length, 0);

      await sendKeys({ press: 'Enter' });
      await until(() => rated(backend).length === 1, 'the rated beacon');
      deepEqual(rated(backend)[0], { name: 'rated', state: 'failed', rating: 4, source: 'form', invoiceId: 'in_1PaymendTest' });
      equal(events.length, 1);
      deepEqual(events[0]!.detail, { rating: 4 });

      await until(() => text(group.querySelector('[role="status"]')) === careEn.messages['care.rating.thanks'], 'the thanks');
      equal(group.querySelector('fieldset'), null, 'the question is gone');
      equal(form.shadowRoot!.activeElement, group, 'focus stays on the group, named by the question');
      equal(formPart('rating'), group, 'the same group node: its live region announces the thanks');
      await expectAccessible(form, 'the rating thanks');
      await settle();
      equal(rated(backend).length, 1, 'once per thank-you');
    });

    it('in the banner, in right-to-left Arabic, with a click', async () => {
      const { element, stripe, backend } = await bannerWithForm(makeStatus('failed'), { 'ask-rating': '', lang: 'ar' });
      saveCard(await openBannerForm({ element, stripe, backend }));
      await until(() => part(element, 'rating'), 'the question under the banner’s thank-you');
      const group = part(element, 'rating')!;
      equal(part(element, 'base')!.getAttribute('dir'), 'rtl');
      ok(group.getAttribute('dir'), 'the question is marked with its catalog’s direction');
      const events = listen(document.body, 'paymend-rated');
      group.querySelector<HTMLInputElement>('input[value="5"]')!.click();
      equal(events.length, 0, 'a click chooses, it does not send');
      part(element, 'rating-button')!.click();
      await until(() => backend.to('/events').some((call) => call.body.name === 'rated'), 'the rated beacon');
      const beacon = backend.to('/events').find((call) => call.body.name === 'rated')!.body;
      equal(beacon.rating, 5);
      equal(beacon.source, 'banner');
      equal(events[0]?.detail.rating, 5);
      await expectAccessible(element, 'Arabic banner thanks with rating');
    });
  });
});
