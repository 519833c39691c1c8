// <paymend-offers> by keyboard only, with a screen reader's view (focus on each step's heading,
// announcements in the live regions), axe in every step, right-to-left, and Escape in a dialog.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendOffers } from '../../src/components/offers/offers.component.js';
import { careLoader } from '../../src/internal/care-text.js';
import { careEn, loadCareTranslation } from '../../src/translations/care/index.js';
import { deepEqual, equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { listen, mount, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { heading, offersBackend, openOffers, part, parts, progress } from './offers-helpers.js';
import { deepActive } from './wall-helpers.js';

const focusedPart = () => deepActive()?.getAttribute('part') ?? deepActive()?.tagName.toLowerCase() ?? '';

async function tabTo(name: string, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    if ((deepActive()?.getAttribute('part') ?? '').split(' ').includes(name)) return;
  }
  throw new Error(`Tab never reached ${name}; last focused: ${focusedPart()}`);
}

describe('<paymend-offers> accessibility', () => {
  afterEach(() => {
    careLoader.load = loadCareTranslation;
    restore();
  });

  it('can be taken by keyboard only, focus moving to each step’s heading', async () => {
    const backend = offersBackend();
    const offers = await openOffers();
    offers.focus();
    await until(() => deepActive()?.id === 'offers-title', 'focus on the heading');
    // Into the pause lengths: the first radio, then the arrow key picks 3 months.
    await sendKeys({ press: 'Tab' });
    equal(deepActive()?.getAttribute('type'), 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('choose-button');
    await sendKeys({ press: 'Enter' });
    await until(() => heading(offers) === 'Please check before you confirm' && deepActive()?.id === 'offers-title', 'focus on the confirmation’s heading');
    await tabTo('confirm-button');
    await sendKeys({ press: 'Space' });
    await until(() => progress(offers).includes('paused'), 'the done message');
    deepEqual(backend.to('/pause')[0]!.body, { months: 3 });
    await until(() => deepActive()?.id === 'offers-title', 'focus on the done step’s heading');
    equal(heading(offers), 'Pause your subscription');
  });

  it('Back by keyboard returns from the confirmation to the offers', async () => {
    offersBackend();
    const offers = await openOffers();
    offers.focus();
    await until(() => deepActive()?.id === 'offers-title', 'focus on the heading');
    await tabTo('choose-button');
    await sendKeys({ press: 'Enter' });
    await until(() => part(offers, 'confirm-button'), 'the confirmation');
    await tabTo('back-button');
    await sendKeys({ press: 'Enter' });
    await until(() => parts(offers, 'choose-button').length === 2 && deepActive()?.id === 'offers-title', 'the offers, focus on their heading');
  });

  it('is axe-clean in the list, the confirmation and the outcome', async () => {
    offersBackend();
    const offers = await openOffers();
    await expectAccessible(offers, 'list');
    parts(offers, 'choose-button')[1]!.click();
    await until(() => part(offers, 'confirm-button'), 'the confirmation');
    await expectAccessible(offers, 'confirmation');
    part(offers, 'confirm-button')!.click();
    await until(() => progress(offers).includes('Team'), 'the done message');
    await expectAccessible(offers, 'done');
  });

  it('follows a right-to-left care translation, and marks the main catalog’s words apart', async () => {
    careLoader.load = async () => ({ ...careEn, locale: 'ar', dir: 'rtl' });
    offersBackend();
    const offers = await openOffers((o) => (o.lang = 'ar'));
    const base = part(offers, 'base')!;
    equal(base.getAttribute('dir'), 'rtl');
    equal(base.getAttribute('lang'), 'ar');
    equal(getComputedStyle(base).direction, 'rtl');
    await expectAccessible(offers, 'rtl list');
  });

  it('an Arabic page without an Arabic care file marks the English text as English, left to right', async () => {
    offersBackend();
    // Every care locale has its file now: a loader that finds none stands for a locale added later.
    careLoader.load = async () => careEn;
    // Every care locale has its file now: a loader that finds none stands for a locale added later.
    careLoader.load = async () => careEn;
    const offers = await openOffers((o) => (o.lang = 'ar'));
    const base = part(offers, 'base')!;
    equal(base.getAttribute('lang'), 'en');
    equal(base.getAttribute('dir'), 'ltr');
    // "Continue" comes from the Arabic main catalog: its own language on the button.
    await until(() => parts(offers, 'choose-button')[0]?.getAttribute('lang') === 'ar', 'the Arabic button');
  });

  it('in a dialog, Escape steps back, then closes the panel, and never the dialog', async () => {
    offersBackend();
    const dialog = mount(document.createElement('dialog'));
    const cancelled = listen(document, 'paymend-cancel');
    const offers = document.createElement('paymend-offers') as PaymendOffers;
    offers.endpoint = '/billing/paymend-dialog';
    offers.lang = 'en';
    dialog.append(offers);
    dialog.showModal();
    await until(() => parts(offers, 'choose-button').length === 2, 'the offers');
    parts(offers, 'choose-button')[0]!.focus();
    parts(offers, 'choose-button')[0]!.click();
    await until(() => part(offers, 'confirm-button'), 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await until(() => parts(offers, 'choose-button').length === 2, 'back to the offers');
    ok(dialog.open, 'the dialog stays open');
    await sendKeys({ press: 'Escape' });
    await until(() => cancelled.length === 1, 'paymend-cancel');
    ok(dialog.open, 'the dialog stays open: its owner closes the panel');
  });
});
