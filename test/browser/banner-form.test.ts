import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { formChunk } from '../../src/components/banner/banner-view.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import {
  assertRendersNothing,
  banner,
  bannerWithForm,
  beaconsIn,
  formOf,
  liveRegion,
  openForm,
  part,
  saveCard,
  text,
  title,
  untilShown,
} from './banner-helpers.js';
import { capturePageErrors, captureWarnings, fastForwardTimers, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { okStatus } from './stripe-stub.js';

/** The element focus is really on, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<paymend-banner> and its form', () => {
  afterEach(async () => {
    restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('inline: opens <paymend-form> in the banner, in light DOM, with the endpoint and status, and moves focus to it', async () => {
    const status = makeStatus('failed');
    const setup = await bannerWithForm(status);
    const { element, backend } = setup;
    const opened = listen(document, 'paymend-open-form');
    const form = await openForm(setup);

    equal(opened.length, 1, 'paymend-open-form');
    equal(form.parentElement, element, 'a light-DOM child of the banner (Stripe cannot mount in a shadow root)');
    equal(form.slot, 'form', 'shown through the banner’s form slot');
    ok(part(element, 'base')!.querySelector('slot[name="form"]'), 'inside the banner box');
    equal(form.endpoint, element.endpoint, 'endpoint');
    deepEqual(form.status, status, 'the status, so the form says what it will charge');
    equal(part(element, 'actions')!.hidden, true, 'the banner’s own buttons step aside');
    ok(liveRegion(element), 'the message stays');
    ok(form.shadowRoot!.contains(deepActiveElement()), 'focus moved into the form');
    await until(() => beaconsIn(backend.calls).some((b) => b.name === 'opened'), 'the opened beacon');
    deepEqual(beaconsIn(backend.calls).at(-1), { name: 'opened', state: 'failed', invoiceId: status.invoice!.id }, 'opened beacon');
  });

  it('the form’s Cancel closes it and returns focus to the button', async () => {
    const setup = await bannerWithForm(makeStatus('expired'));
    const form = await openForm(setup);
    const cancelled = listen(document, 'paymend-cancel');
    part(form, 'cancel-button')!.click();
    await setup.element.updateComplete;
    equal(cancelled.length, 1, 'paymend-cancel bubbled to the document');
    equal(formOf(setup.element), null, 'the form is gone');
    equal(part(setup.element, 'actions')!.hidden, false, 'the buttons are back');
    equal(deepActiveElement(), part(setup.element, 'button'), 'focus is back on the button');
  });

  it('works by keyboard: Enter on the button opens the form with focus in it', async () => {
    const setup = await bannerWithForm(makeStatus('expiring'));
    part(setup.element, 'button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => formOf(setup.element) && setup.stripe.mounted(), 'the form');
    await until(() => formOf(setup.element)!.shadowRoot!.contains(deepActiveElement()), 'focus in the form');
  });

  it('a top bar opens the form in a modal dialog; Escape closes it and returns focus to the button', async () => {
    const setup = await bannerWithForm(makeStatus('action_required'), { placement: 'top' });
    const button = part(setup.element, 'button')!;
    equal(text(button), 'Confirm payment', 'the bank confirmation label');
    equal(button.getAttribute('aria-haspopup'), 'dialog', 'announces a dialog');
    const form = await openForm(setup);
    const dialog = part(setup.element, 'dialog') as HTMLDialogElement;
    ok(dialog?.open && dialog.matches(':modal'), 'a modal dialog');
    equal(dialog.getAttribute('aria-label'), 'Confirm payment', 'named after the button that opened it');
    equal(form.assignedSlot?.closest('dialog'), dialog, 'the form is in the dialog');
    equal(form.status?.state, 'action_required', 'the form gets the status and runs the bank’s confirmation');
    ok(form.shadowRoot!.contains(deepActiveElement()), 'focus in the form');

    await sendKeys({ press: 'Escape' });
    await until(() => !formOf(setup.element), 'the form to close');
    await setup.element.updateComplete;
    equal(part(setup.element, 'dialog'), null, 'no dialog left');
    equal(deepActiveElement(), part(setup.element, 'button'), 'focus is back on the button');
  });

  it('after a successful update: a thank-you that announces itself, takes focus, beacons, and stays until closed', async () => {
    const status = makeStatus('failed');
    const setup = await bannerWithForm(status);
    const { element, backend } = setup;
    const other = mount(banner({ endpoint: element.endpoint, placement: 'bottom', lang: 'en' }));
    await untilShown(other);
    const form = await openForm(setup);
    saveCard(form);
    await until(() => element.getAttribute('state') === 'updated', 'the thank-you');

    equal(formOf(element), null, 'the form is gone');
    equal(liveRegion(element)?.getAttribute('aria-live'), 'polite', 'announced politely');
    equal(title(element), 'Thank you, you’re all set', 'title');
    const body = text(part(element, 'message'));
    includes(body, 'Your payment of $12.50 went through.', 'the overdue invoice was paid');
    includes(body, 'Your Mastercard ending in 5555 will be used', 'the new card');
    equal(deepActiveElement(), part(element, 'close-button'), 'focus moved to the thank-you’s close button, not lost');
    equal(part(element, 'close-button')?.getAttribute('aria-label'), 'Dismiss this message', 'a named control');
    await until(() => beaconsIn(backend.calls).some((b) => b.name === 'recovered'), 'the recovered beacon');
    deepEqual(
      beaconsIn(backend.calls).filter((b) => b.name === 'updated' || b.name === 'recovered'),
      [
        { name: 'updated', state: 'failed', invoiceId: status.invoice!.id },
        { name: 'recovered', state: 'failed', invoiceId: status.invoice!.id },
      ],
      'beacons',
    );
    await other.updateComplete;
    assertRendersNothing(other);

    // The shared cache was primed: another element agrees without asking again.
    const statusRequests = backend.to('/status').length;
    const late = mount(banner({ endpoint: element.endpoint }));
    await settle();
    assertRendersNothing(late);
    equal(backend.to('/status').length, statusRequests, 'no new status request');

    // No time limit on reading it (WCAG 2.2.1): every timer runs at once, and it is still there.
    const delays = fastForwardTimers(0);
    (deepActiveElement() as HTMLElement).blur();
    await settle();
    equal(element.getAttribute('state'), 'updated', 'still there');
    ok(delays.every((delay) => delay < 1000), `no long timer: ${delays.join(', ')}`);
    part(element, 'close-button')!.click();
    await element.updateComplete;
    assertRendersNothing(element);
  });

  it('an expiring card replaced: thanks for the new card only; with reduced motion nothing moves; Enter closes it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    // A page with a main landmark: where focus goes once the thank-you and the button that opened the form are gone.
    const main = mount(document.createElement('main'));
    const setup = await bannerWithForm(makeStatus('expiring'));
    const { element, backend } = setup;
    const form = await openForm(setup);
    saveCard(form);
    await until(() => element.getAttribute('state') === 'updated', 'the thank-you');
    equal(element.shadowRoot!.getAnimations().length, 0, 'no animation');
    const body = text(part(element, 'message'));
    equal(body.includes('went through'), false, 'nothing was paid');
    includes(body, 'Mastercard ending in 5555');
    equal(deepActiveElement(), part(element, 'close-button'), 'focus on its close button');
    await sendKeys({ press: 'Enter' });
    await until(() => !element.hasAttribute('state'), 'the thank-you to close');
    equal(deepActiveElement(), main, 'focus on the page’s main landmark, not <body>');
    const beacons = beaconsIn(backend.calls).map((b) => b.name);
    ok(beacons.includes('updated') && !beacons.includes('recovered'), `updated, not recovered: ${beacons.join(', ')}`);
  });

  it('a payment fixed elsewhere on the page (the wall’s form) closes this banner’s open form and its message', async () => {
    const setup = await bannerWithForm(makeStatus('failed'));
    await openForm(setup);
    const elsewhere = mount(document.createElement('div'));
    elsewhere.dispatchEvent(
      new CustomEvent('paymend-updated', { detail: { status: okStatus(), recovered: true }, bubbles: true, composed: true }),
    );
    await setup.element.updateComplete;
    equal(formOf(setup.element), null, 'the form is gone');
    assertRendersNothing(setup.element);
    equal(beaconsIn(setup.backend.calls).some((b) => b.name === 'updated'), false, 'not counted as this banner’s update');
  });

  it('a status handed in without an endpoint cannot open a form: warns once, page keeps working', async () => {
    const pageErrors = capturePageErrors();
    const warnings = captureWarnings();
    const element = banner({ lang: 'en' });
    element.status = makeStatus('failed');
    mount(element);
    await untilShown(element);
    part(element, 'button')!.click();
    part(element, 'button')!.click();
    await settle();
    equal(formOf(element), null, 'no form');
    equal(warnings.length, 1, 'one warning');
    includes(String(warnings[0]?.[0]), 'needs an endpoint');
    deepEqual(pageErrors, [], 'no page error');
  });

  it('a form chunk that cannot be downloaded: says so with the button to try again, warns once, no page error', async () => {
    const pageErrors = capturePageErrors();
    const warnings = captureWarnings();
    const load = formChunk.load;
    formChunk.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const setup = await bannerWithForm(makeStatus('failed'));
      part(setup.element, 'button')!.click();
      await until(() => liveRegion(setup.element)?.querySelector('.form-failed'), 'the explanation, in the live region');
      equal(liveRegion(setup.element)?.getAttribute('aria-live'), 'assertive', 'urgent, and after the page loaded');
      includes(text(setup.element.shadowRoot!.querySelector('.form-failed')), 'couldn’t be loaded', 'from the catalog');
      equal(formOf(setup.element), null, 'no form');
      equal(warnings.length, 1, 'one warning');
      includes(String(warnings[0]?.[0]), 'could not load the form');
      deepEqual(pageErrors, [], 'no page error');

      formChunk.load = load;
      part(setup.element, 'button')!.click();
      await until(() => formOf(setup.element), 'the form, on the second try');
      await setup.element.updateComplete;
      equal(setup.element.shadowRoot!.querySelector('.form-failed'), null, 'the explanation is gone');
    } finally {
      formChunk.load = load;
    }
  });

  it('hands its theme to the form, even a forced dark one on a light system', async () => {
    await emulateMedia({ colorScheme: 'light' });
    try {
      const setup = await bannerWithForm(makeStatus('failed'), { theme: 'dark' });
      const form = await openForm(setup);
      const formStyle = getComputedStyle(form);
      equal(formStyle.getPropertyValue('--_background').trim(), '#0d1117', 'dark surface');
      equal(formStyle.getPropertyValue('--_text').trim(), '#e6edf3', 'light text');
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });
});
