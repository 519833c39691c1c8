// A card that already failed on this invoice and is declined again (`failure.sameCard`): the form
// says "declined too", that the card on file is unchanged, and what to do next — not the banner's
// sentence again. An answer without the field (an older server) keeps the usual explanation.
import '../../src/components/form/form.js';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { en, loadTranslation } from '../../src/translations/index.js';
import { explainWith } from '../../src/explain/index.js';
import type { CompleteResponse } from '../../src/protocol/index.js';
import { equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { freshEndpoint, makeStatus, mount, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus } from './stripe-stub.js';

const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

async function openForm(complete: (body: unknown, count: number) => CompleteResponse, lang = 'en') {
  const stripe = installStripe();
  const backend = fakeBackend({ complete: complete as never });
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = lang;
  form.status = makeStatus('failed');
  mount(form);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe, backend };
}

async function declinedOnce(form: PaymendForm, stripe: ReturnType<typeof installStripe>) {
  part(form, 'submit-button')!.click();
  await until(() => part(form, 'problem') && stripe.paymentElements.length === 2, 'the explanation and new fields');
  return text(part(form, 'problem'));
}

afterEach(restore);

describe('<paymend-form> when the same card is declined again', () => {
  it('says "declined too", that the card on file is unchanged, and the next step', async () => {
    const failure = { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later', sameCard: true };
    const { form, stripe } = await openForm(() => ({ status: makeStatus('failed'), failure }));
    const shown = await declinedOnce(form, stripe);
    includes(shown, en.messages['form.declinedToo']);
    includes(shown, explainWith(en, failure).action, 'what to do next, from the catalog');
    ok(!shown.includes(explainWith(en, failure).title), 'not the banner’s sentence again');
    equal(part(form, 'problem')!.parentElement!.getAttribute('role'), 'alert', 'announced as needing action');
    await until(() => ready(form), 'ready for another card');
    await expectAccessible(form, 'same card declined');
  });

  it('keeps a refused lost card generic: the same words as any decline, never "lost"', async () => {
    const failure = { code: 'retry_not_allowed', declineCode: null, adviceCode: 'do_not_try_again', sameCard: true };
    const { form, stripe, backend } = await openForm((_body, count) =>
      count === 0 ? { status: makeStatus('failed'), failure } : { status: okStatus() },
    );
    const shown = await declinedOnce(form, stripe);
    includes(shown, en.messages['form.declinedToo']);
    includes(shown, en.messages['action.use_another_method']);
    ok(!/lost|stolen/i.test(shown), shown);
    await until(() => ready(form), 'ready for another card');
    part(form, 'submit-button')!.click();
    await until(() => backend.to('/complete').length === 2, 'another card can be tried');
  });

  it('explains as before when the answer has no sameCard (an older server)', async () => {
    const failure = { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null };
    const { form, stripe } = await openForm(() => ({ status: makeStatus('failed'), failure }));
    const shown = await declinedOnce(form, stripe);
    includes(shown, explainWith(en, failure).title);
    ok(!shown.includes(en.messages['form.declinedToo']));
  });

  it('speaks the page’s language', async () => {
    const de = await loadTranslation('de');
    const failure = { code: 'card_declined', declineCode: 'generic_decline', adviceCode: null, sameCard: true };
    const { form, stripe } = await openForm(() => ({ status: makeStatus('failed'), failure }), 'de');
    const shown = await declinedOnce(form, stripe);
    includes(shown, de.messages['form.declinedToo']);
  });
});
