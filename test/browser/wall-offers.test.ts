// "Can't pay right now?" in <paymend-wall>: shown only when the status has offers, opens the offers
// in the form's place (the escape hatches stay), Back returns to the form, a taken pause ends with
// "Continue" and the new status, a declined plan change brings the form back; axe and keyboard.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import type { Status } from '../../src/protocol/index.js';
import { careLoader } from '../../src/internal/care-text.js';
import { careEn, loadCareTranslation } from '../../src/translations/care/index.js';
import { equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { makeStatus, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { offersBackend, parts, pausedStatus, progress } from './offers-helpers.js';
import { deepActive, dialogOf, isOpen, openWall, part, text, walled } from './wall-helpers.js';

const HOUR = 3_600_000;
const withOffers = (status: Status): Status => ({ ...status, offers: true });
const panel = (wall: PaymendWall) => wall.querySelector('paymend-offers');

async function openWithOffers(status: Status, backend: Parameters<typeof offersBackend>[0] = {}) {
  const opened = await openWall(withOffers(status), (wall) => (wall.logoutHref = '/logout'));
  const offers = offersBackend({ ...backend, fallback: window.fetch });
  await until(() => part(opened.wall, 'offers-button'), 'the offers button');
  return { ...opened, offers };
}

describe('<paymend-wall> offers', () => {
  afterEach(() => {
    careLoader.load = loadCareTranslation;
    restore();
  });

  it('has no offers button when the status offers nothing', async () => {
    const { wall } = await openWall(walled('soft', Date.now() + HOUR));
    await settle(200);
    equal(part(wall, 'offers-button'), null);
  });

  it('opens the offers in the form’s place, keeps the other exits, and Back returns to the form', async () => {
    const { wall } = await openWithOffers(walled('soft', Date.now() + HOUR));
    equal(text(part(wall, 'offers-button')), 'Can’t pay right now?');
    part(wall, 'offers-button')!.click();
    await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
    const slot = wall.shadowRoot!.querySelector('slot[name="offers"]');
    ok(slot, 'the offers slot is rendered');
    equal(wall.shadowRoot!.querySelector('slot[name="form"]'), null, 'the form is slotted out meanwhile');
    ok(wall.querySelector('paymend-form'), 'the form stays mounted');
    ok(part(wall, 'escape-hatches')?.textContent !== null && wall.shadowRoot!.querySelector('a[href="/logout"]'), 'log out stays');
    await until(() => deepActive()?.id === 'offers-title', 'focus on the offers’ heading');
    await expectAccessible(wall, 'wall with offers');
    parts(panel(wall)!, 'back-button')[0]!.click();
    await until(() => !panel(wall) && wall.shadowRoot!.querySelector('slot[name="form"]'), 'the form again');
    await until(() => deepActive()?.getAttribute('part') === 'offers-button', 'focus back on the offers button');
    ok(isOpen(wall));
  });

  it('a pause that lets the customer in ends with Continue, which closes the wall', async () => {
    const paused = { ...pausedStatus(), access: { wall: 'none' as const, endsAt: null } };
    const { wall } = await openWithOffers(walled('hard', Date.now() - HOUR), { pause: { status: paused } });
    part(wall, 'offers-button')!.click();
    await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
    parts(panel(wall)!, 'choose-button')[0]!.click();
    await until(() => parts(panel(wall)!, 'confirm-button').length === 1, 'the confirmation');
    parts(panel(wall)!, 'confirm-button')[0]!.click();
    await until(() => part(wall, 'continue-button'), 'Continue');
    ok(progress(panel(wall)!).includes('paused'));
    ok(isOpen(wall), 'the wall stays on the outcome');
    part(wall, 'continue-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !isOpen(wall), 'the wall to close');
    equal(wall.validStatus?.state, 'paused');
  });

  it('a declined plan change brings the form back with the new status', async () => {
    const failed = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null }, access: { wall: 'soft', endsAt: new Date(Date.now() + HOUR).toISOString() } });
    const { wall } = await openWithOffers(walled('soft', Date.now() + HOUR), { changePlan: { status: failed, failure: failed.failure! } });
    part(wall, 'offers-button')!.click();
    await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
    parts(panel(wall)!, 'choose-button')[1]!.click();
    await until(() => parts(panel(wall)!, 'confirm-button').length === 1, 'the confirmation');
    parts(panel(wall)!, 'confirm-button')[0]!.click();
    await until(() => parts(panel(wall)!, 'update-button').length === 1, 'Update card');
    equal(part(wall, 'continue-button'), null, 'nothing settled yet');
    parts(panel(wall)!, 'update-button')[0]!.click();
    await until(() => !panel(wall) && wall.shadowRoot!.querySelector('slot[name="form"]'), 'the form again');
    equal(wall.querySelector('paymend-form')!.status?.failure?.declineCode, 'insufficient_funds');
    ok(isOpen(wall));
  });

  it('in Arabic, the wall is right to left and the (still English) offers button says so', async () => {
    // Arabic has its care file now: a loader that finds none stands for a locale added later.
    careLoader.load = async () => careEn;
    const opened = await openWall(withOffers(walled('soft', Date.now() + HOUR)), (wall) => (wall.lang = 'ar'));
    offersBackend({ fallback: window.fetch });
    const wall = opened.wall;
    await until(() => part(wall, 'offers-button'), 'the offers button');
    equal(dialogOf(wall)!.getAttribute('dir'), 'rtl');
    equal(part(wall, 'offers-button')!.getAttribute('lang'), 'en');
    equal(part(wall, 'offers-button')!.getAttribute('dir'), 'ltr');
    part(wall, 'offers-button')!.click();
    await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
    equal(panel(wall)!.lang, 'ar', 'the panel asks for the wall’s language');
    await expectAccessible(wall, 'Arabic wall with offers');
  });
});
