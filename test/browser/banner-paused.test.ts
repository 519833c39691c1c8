// <paymend-banner> in state `paused`: when billing resumes, "Resume now" through POST /resume (not
// the form) with a busy state, "Welcome back", a declined renewal, a lost connection, a double
// click; and with the `offers` attribute, "Can't pay right now?" opening the offers in the banner.
import type { PaymendBanner } from '../../src/index.js';
import type { OfferResult, Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { banner, part, text, title, untilShown } from './banner-helpers.js';
import { expectAccessible } from './form-axe.js';
import { captureWarnings, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { activeStatus, offersBackend, parts, pausedStatus, progress } from './offers-helpers.js';
import { installStripe } from './stripe-stub.js';
import { deepActive } from './wall-helpers.js';

async function showPaused(status: Status = pausedStatus(), attributes: Record<string, string> = {}, backend: Parameters<typeof offersBackend>[0] = {}) {
  const served = offersBackend({ status, ...backend });
  const element = mount(banner({ endpoint: `/billing/paymend-paused-${Math.random().toString(36).slice(2)}`, lang: 'en', ...attributes }));
  await untilShown(element);
  return { element, served };
}

const button = (element: PaymendBanner) => part(element, 'button');

describe('<paymend-banner> paused', () => {
  afterEach(() => restore());

  it('says when billing resumes, and "Resume now" resumes without the form', async () => {
    const answer: OfferResult = { status: activeStatus(), receipt: { paid: [{ amount: 2900, currency: 'usd' }], nextChargeAt: '2030-05-01T00:00:00Z' } };
    let release!: () => void;
    const { element, served } = await showPaused(undefined, {}, { resume: answer, gate: new Promise<void>((r) => (release = r)) });
    equal(title(element), 'Your subscription is paused');
    includes(text(part(element, 'message')), 'April 5, 2030');
    equal(text(button(element)), 'Resume now');
    equal(button(element)!.getAttribute('aria-haspopup'), null, 'no form opens');
    button(element)!.focus();
    button(element)!.click();
    await until(() => button(element)?.getAttribute('aria-busy') === 'true', 'the busy state');
    includes(text(part(element, 'message')), 'Resuming your subscription…');
    button(element)!.click(); // A second click while busy sends nothing more.
    release();
    await until(() => title(element) === 'Welcome back! Your subscription is active again.', 'the welcome back');
    includes(text(part(element, 'message')), '$29.00 was paid today.');
    includes(text(part(element, 'message')), 'Your next payment is on May 1, 2030.');
    equal(served.to('/resume').length, 1);
    equal(served.to('/setup-intent').length, 0);
    equal(element.querySelector('paymend-form'), null);
    await until(() => deepActive()?.getAttribute('part') === 'close-button', 'focus on the close button');
    await expectAccessible(element, 'welcome back');
  });

  it('"Resume now" emits paymend-resumed, bubbling and composed, with the plain status and receipt; a decline emits none', async () => {
    const receipt = { paid: [{ amount: 2900, currency: 'usd' }], nextChargeAt: '2030-05-01T00:00:00Z' };
    const { element } = await showPaused(undefined, {}, { resume: { status: activeStatus(), receipt } });
    // Heard outside the banner's shadow root, at the document: it bubbles and is composed.
    const events = listen(document, 'paymend-resumed');
    button(element)!.click();
    await until(() => events.length === 1, 'paymend-resumed');
    const event = events[0]!;
    ok(event.bubbles && event.composed, 'bubbles and crosses shadow roots');
    equal(event.cancelable, false);
    equal(event.target, element, 'from the banner');
    deepEqual(event.detail, { status: activeStatus(), receipt });
    ok(!/"(pm|card|src)_/.test(JSON.stringify(event.detail)), 'no payment method id in the detail');
    await settle(100);
    equal(events.length, 1, 'once');

    restore();
    const failed = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } });
    const declined = await showPaused(undefined, {}, { resume: { status: failed, failure: failed.failure! } });
    const none = listen(document, 'paymend-resumed');
    button(declined.element)!.click();
    await until(() => text(button(declined.element)) === 'Update card', 'Update card');
    await settle(100);
    equal(none.length, 0, 'nothing resumed: no event');
  });

  it('a bank asking to confirm the renewal: confirmed in place (3-D Secure), then the same POST answers the welcome back', async () => {
    const stripe = installStripe();
    const receipt = { paid: [{ amount: 2900, currency: 'usd' }], nextChargeAt: '2030-05-01T00:00:00Z' };
    const asksBank: OfferResult = { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Resume3ds_secret_abc', publishableKey: 'pk_test_resume' } };
    let posts = 0;
    const { element, served } = await showPaused(undefined, {}, { resume: () => (++posts === 1 ? asksBank : { status: activeStatus(), receipt }) });
    const events = listen(document, 'paymend-resumed');
    button(element)!.click();
    await until(() => title(element) === 'Welcome back! Your subscription is active again.', 'the welcome back');
    deepEqual(stripe.nextActionCalls, ['pi_Resume3ds_secret_abc'], 'the bank\'s dialog, once');
    equal(stripe.constructed.at(-1)?.publishableKey, 'pk_test_resume');
    equal(served.to('/resume').length, 2, 'the same POST again after the confirmation');
    includes(text(part(element, 'message')), '$29.00 was paid today.');
    equal(events.length, 1);
    equal(element.querySelector('paymend-form'), null, 'no card form');
  });

  it('a confirmation the bank refused: the failed payment, and no paymend-resumed', async () => {
    const stripe = installStripe();
    stripe.nextActionOutcomes.push({ kind: 'fail' });
    const failed = makeStatus('failed', { failure: { code: 'payment_intent_authentication_failure', declineCode: null, adviceCode: null } });
    const asksBank: OfferResult = { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Resume3ds_secret_abc', publishableKey: 'pk_test_resume' } };
    let posts = 0;
    const { element } = await showPaused(undefined, {}, { resume: () => (++posts === 1 ? asksBank : { status: failed, failure: failed.failure! }) });
    const events = listen(document, 'paymend-resumed');
    button(element)!.click();
    await until(() => text(button(element)) === 'Update card', 'Update card');
    equal(stripe.nextActionCalls.length, 1);
    await settle(100);
    equal(events.length, 0, 'nothing resumed');
  });

  it('a declined renewal on resume shows the failed payment with "Update card"', async () => {
    const failed = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } });
    const { element } = await showPaused(undefined, {}, { resume: { status: failed, failure: failed.failure! } });
    button(element)!.focus();
    button(element)!.click();
    await until(() => text(button(element)) === 'Update card', 'Update card');
    includes(text(part(element, 'message')), 'enough funds');
    await until(() => deepActive() === button(element), 'focus on Update card');
  });

  it('a lost connection says nothing changed, and the button works again', async () => {
    captureWarnings();
    let tries = 0;
    const { element, served } = await showPaused(undefined, {}, {
      resume: () => {
        tries += 1;
        if (tries === 1) throw new TypeError('Failed to fetch');
        return { status: activeStatus() };
      },
    });
    button(element)!.click();
    await until(() => text(part(element, 'message')).includes('nothing has changed'), 'the failure note');
    equal(button(element)!.getAttribute('aria-disabled'), null);
    button(element)!.click();
    await until(() => title(element).startsWith('Welcome back'), 'the welcome back');
    equal(served.to('/resume').length, 2);
  });

  it('a pause Stripe imposed (not resumable) has no "Resume now"', async () => {
    const { element } = await showPaused(pausedStatus(undefined, false));
    equal(button(element), null);
  });

  it('is axe-clean, and right to left in Arabic', async () => {
    const { element } = await showPaused(undefined, { lang: 'ar' });
    equal(part(element, 'base')!.getAttribute('dir'), 'rtl');
    equal(getComputedStyle(part(element, 'base')!).direction, 'rtl');
    await expectAccessible(element, 'paused, Arabic');
  });
});

describe('<paymend-banner offers>', () => {
  afterEach(() => restore());
  const failing = () => makeStatus('failed', { offers: true });

  it('shows no "Can’t pay right now?" without the attribute, or when the status offers nothing', async () => {
    const { element } = await showPaused(failing());
    await settle(200);
    equal(part(element, 'offers-button'), null);
    restore();
    const other = await showPaused(makeStatus('failed'), { offers: '' });
    await settle(200);
    equal(part(other.element, 'offers-button'), null);
  });

  it('opens the offers in the banner; Back closes them and returns focus', async () => {
    const { element } = await showPaused(failing(), { offers: '' });
    await until(() => part(element, 'offers-button'), 'the offers button');
    equal(text(part(element, 'offers-button')), 'Can’t pay right now?');
    part(element, 'offers-button')!.click();
    const panel = () => element.querySelector('paymend-offers');
    await until(() => panel() && parts(panel()!, 'choose-button').length === 2, 'the offers');
    ok(part(element, 'actions')!.hidden, 'the buttons step aside');
    parts(panel()!, 'back-button')[0]!.click();
    await until(() => !panel(), 'the panel to close');
    await until(() => deepActive()?.getAttribute('part') === 'offers-button', 'focus back on the offers button');
  });

  it('a pause taken there turns the banner to paused, with a close button beside the outcome', async () => {
    const { element } = await showPaused(failing(), { offers: '' });
    await until(() => part(element, 'offers-button'), 'the offers button');
    part(element, 'offers-button')!.click();
    const panel = () => element.querySelector('paymend-offers');
    await until(() => panel() && parts(panel()!, 'choose-button').length === 2, 'the offers');
    parts(panel()!, 'choose-button')[0]!.click();
    await until(() => parts(panel()!, 'confirm-button').length === 1, 'the confirmation');
    parts(panel()!, 'confirm-button')[0]!.click();
    await until(() => progress(panel()!).includes('paused'), 'the outcome');
    await until(() => title(element) === 'Your subscription is paused', 'the paused banner');
    await until(() => part(element, 'close-button'), 'the close button');
    await expectAccessible(element, 'offer taken in the banner');
    part(element, 'close-button')!.click();
    await until(() => !panel(), 'the panel to close');
    equal(text(button(element)), 'Resume now');
  });
});
