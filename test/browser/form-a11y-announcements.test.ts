// What <paymend-form> says to a screen reader, step by step: the text written into its two live
// regions (the status line and the alert), which must be there, empty, from the first render and
// never be removed, replaced or wrapped in aria-busy. Each step is checked as an exact list, so a
// missing, doubled or stale announcement fails.
import '../../src/components/form/form.js';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { en } from '../../src/translations/index.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { recordLiveRegions, type Announcement, type LiveRegionRecording } from './form-a11y-recorder.js';
import { freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus, type FakeBackend, type StripeStub } from './stripe-stub.js';

const m = en.messages;
const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';
const idle = (form: PaymendForm) =>
  part(form, 'base') && !form.shadowRoot!.querySelector('[aria-busy="true"], [part~="submit-button"][aria-disabled="true"]');
const status = (says: string): Announcement => ({ role: 'status', text: says });
const alert = (says: string): Announcement => ({ role: 'alert', text: says });

interface Opened {
  form: PaymendForm;
  stripe: StripeStub;
  backend: FakeBackend;
  live: LiveRegionRecording;
}

/** Mounts a form with the recorder watching from before its first render, and waits for its fields. */
async function openForm(backendOptions: Parameters<typeof fakeBackend>[0] = {}, before: Status = makeStatus('failed')): Promise<Opened> {
  const stripe = installStripe();
  const backend = fakeBackend(backendOptions);
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = before;
  mount(form);
  // Lit renders in a microtask: the shadow root is still empty here.
  equal(form.shadowRoot!.childElementCount, 0, 'recording starts before the first render');
  const live = recordLiveRegions(form.shadowRoot!);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe, backend, live };
}

/** Waits until the form is done with a step, and for anything that would still be written. */
async function settled(form: PaymendForm) {
  await until(() => idle(form), 'the form to finish working');
  await form.updateComplete;
  await settle(20);
}

function expectClean(live: LiveRegionRecording) {
  deepEqual(live.faults, [], 'every text went into a region that was there, empty, from the start, and nothing around it was busy');
}

const problemText = (form: PaymendForm) => text(part(form, 'problem'));

describe('<paymend-form> live regions: what a screen reader hears', () => {
  afterEach(restore);

  it('the regions are there, empty, from the first render; loading is said once', async () => {
    const { form, live } = await openForm();
    const regions = form.shadowRoot!.querySelectorAll('[role="status"], [role="alert"]');
    equal(regions.length, 2, 'one status, one alert');
    deepEqual(live.take(), [status(m['form.loading'])], 'loading, then quiet once the fields are there');
    deepEqual([...regions].map(text), ['', ''], 'both empty while nothing happens');
    expectClean(live);
  });

  it('saving, then success: "Saving", and the thank-you takes focus (the form’s regions stay quiet)', async () => {
    const { form, live } = await openForm({}, makeStatus('expiring'));
    live.take();
    const updated = listen(document, 'paymend-updated');
    part(form, 'submit-button')!.focus();
    part(form, 'submit-button')!.click();
    await until(() => updated.length === 1, 'the update');
    await settled(form);
    deepEqual(live.take(), [status(m['form.saving'])]);
    equal(form.shadowRoot!.activeElement, part(form, 'done'), 'focus on the thank-you, which a screen reader reads');
    equal(text(form.shadowRoot!.querySelector('[role="status"]')), '', 'the status line is emptied, not removed');
    expectClean(live);
  });

  it('a decline: "Saving", then the explanation as one alert', async () => {
    const { form, stripe, live } = await openForm();
    live.take();
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
    part(form, 'submit-button')!.click();
    await until(() => part(form, 'problem'), 'the explanation');
    await settled(form);
    includes(problemText(form), 'Not enough funds');
    deepEqual(live.take(), [status(m['form.saving']), alert(problemText(form))]);
    expectClean(live);
  });

  it('the same decline twice is announced twice, in the same alert region', async () => {
    const { form, stripe, live } = await openForm();
    live.take();
    const region = form.shadowRoot!.querySelector('[role="alert"]');
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' }, { kind: 'decline', declineCode: 'insufficient_funds' });
    part(form, 'submit-button')!.click();
    await until(() => part(form, 'problem'), 'the first explanation');
    await settled(form);
    part(form, 'submit-button')!.click();
    await until(() => stripe.confirmCalls.length === 2, 'the second attempt');
    await settled(form);
    const said = problemText(form);
    deepEqual(live.take(), [status(m['form.saving']), alert(said), status(m['form.saving']), alert(said)]);
    equal(form.shadowRoot!.querySelector('[role="alert"]'), region, 'the region that was there from the start');
    expectClean(live);
  });

  it('a decline of the overdue invoice: the alert, and the fresh fields load without a word', async () => {
    const { form, stripe, live } = await openForm({
      complete: (_body, count) =>
        count === 0 ? { status: makeStatus('failed'), failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } } : { status: okStatus() },
    });
    live.take();
    part(form, 'submit-button')!.click();
    await until(() => part(form, 'problem') && stripe.paymentElements.length === 2 && ready(form), 'the explanation and fresh fields');
    await settled(form);
    deepEqual(live.take(), [status(m['form.saving']), alert(problemText(form))], 'no "Loading" after the alert');
    expectClean(live);
  });

  describe('3-D Secure on the overdue invoice', () => {
    const requiresAction = { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_A11y3ds_secret_1' } };

    it('passes: saving, waiting for the bank, saving again, then the thank-you', async () => {
      const { form, live } = await openForm({ complete: (_body, count) => (count === 0 ? requiresAction : { status: okStatus() }) });
      live.take();
      const updated = listen(document, 'paymend-updated');
      part(form, 'submit-button')!.click();
      await until(() => updated.length === 1, 'the update');
      await settled(form);
      deepEqual(live.take(), [status(m['form.saving']), status(m['form.confirming']), status(m['form.saving'])]);
      expectClean(live);
    });

    it('fails: saving, waiting for the bank, then the alert with "Confirm with your bank"', async () => {
      const { form, stripe, live } = await openForm({ complete: () => requiresAction });
      live.take();
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'problem') && stripe.paymentElements.length === 2 && ready(form), 'the explanation and fresh fields');
      await settled(form);
      includes(problemText(form), m['decline.authentication_failed.title']);
      includes(problemText(form), m['action.confirm_with_bank']);
      deepEqual(live.take(), [status(m['form.saving']), status(m['form.confirming']), alert(problemText(form))]);
      expectClean(live);
    });

    it('asking the bank again while the fresh fields load finishes the card; the late fields never mount', async () => {
      const { form, stripe } = await openForm({ complete: (_body, count) => (count === 0 ? requiresAction : { status: okStatus() }) });
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      // Holds the fresh fields' SetupIntent until the retry is done.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const answer = window.fetch;
      let waiting = 0;
      window.fetch = async (input, init) => {
        if (String(input).endsWith('/setup-intent')) {
          waiting += 1;
          await held;
        }
        return answer(input, init);
      };
      const updated = listen(document, 'paymend-updated');
      part(form, 'submit-button')!.click();
      await until(() => form.shadowRoot!.querySelector('.problem [part~="retry-button"]') && waiting === 1, 'the retry, with fresh fields on their way');
      const retry = form.shadowRoot!.querySelector<HTMLButtonElement>('.problem [part~="retry-button"]')!;
      equal(retry.getAttribute('aria-disabled'), 'false', 'the retry works while the fields load');
      retry.click();
      await until(() => updated.length === 1, 'done after confirming again');
      release();
      await settle(100);
      await form.updateComplete;
      ok(part(form, 'done'), 'still the thank-you');
      equal(stripe.mounted(), undefined, 'no fields mounted after the update');
      equal(part(form, 'submit-button'), null, 'nothing to save');
    });
  });

  describe('3-D Secure failed on a new card (Stripe: invalid_request_error)', () => {
    for (const code of ['setup_intent_authentication_failure', 'payment_intent_authentication_failure']) {
      it(`${code} reads "the confirmation didn’t go through" with a retry, not "a temporary problem"`, async () => {
        const { form, stripe, backend, live } = await openForm();
        live.take();
        const updated = listen(document, 'paymend-updated');
        stripe.confirmOutcomes.push({ kind: 'decline', type: 'invalid_request_error', code });
        part(form, 'submit-button')!.click();
        await until(() => part(form, 'problem'), 'the explanation');
        await settled(form);
        includes(problemText(form), m['decline.authentication_failed.title']);
        includes(problemText(form), m['decline.authentication_failed.body']);
        ok(!problemText(form).includes(m['decline.temporary.title']), 'not the temporary problem');
        const retry = form.shadowRoot!.querySelector<HTMLButtonElement>('.problem [part~="retry-button"]');
        equal(text(retry), m['action.confirm_with_bank'], 'the retry says the next step');
        deepEqual(live.take(), [status(m['form.saving']), alert(problemText(form))]);
        equal(stripe.retrieveCalls.length, 0, 'a known failure needs no second look at the SetupIntent');

        // The card failed only its confirmation: asking the bank again confirms the same fields.
        retry!.click();
        await until(() => updated.length === 1, 'saved after confirming again');
        equal(stripe.confirmCalls.length, 2, 'confirmed again');
        equal(stripe.confirmCalls[1]!.clientSecret, stripe.confirmCalls[0]!.clientSecret, 'the same SetupIntent');
        equal(backend.to('/setup-intent').length, 1, 'no fresh fields were needed');
        expectClean(live);
      });
    }

    it('an unknown invalid_request_error still reads as a temporary problem', async () => {
      const { form, stripe } = await openForm();
      stripe.confirmOutcomes.push({ kind: 'decline', type: 'invalid_request_error', code: 'some_code_stripe_adds_later' });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'problem'), 'the explanation');
      includes(problemText(form), m['decline.temporary.title']);
      equal(stripe.retrieveCalls.length, 1, 'checked whether the SetupIntent went through after all');
    });
  });
});
