// Its own page: `setMessages` changes the wording of every element on the page.
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { setMessages } from '../../src/index.js';
import type { Status } from '../../src/protocol/index.js';
import { loadTranslation } from '../../src/translations/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { part, shownBanner, text, title } from './banner-helpers.js';
import { capturePageErrors, captureWarnings, freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { warmUpBeforeAll } from './warm-up.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

const HOUR = 3_600_000;
/** Every tag a test here overrides, cleared after each test. */
const TAGS = ['en', 'en-GB', 'de', 'de-AT', 'fr'];

/** A soft wall (failed renewal, access ends in a day), open, with its form against a fake backend. */
async function openWall(status: Status = makeStatus('failed', { access: { wall: 'soft', endsAt: new Date(Date.now() + 24 * HOUR).toISOString() } })) {
  installStripe();
  fakeBackend({});
  const wall = document.createElement('paymend-wall') as PaymendWall;
  wall.endpoint = freshEndpoint();
  wall.lang = 'en';
  wall.status = status;
  mount(wall);
  await until(() => wall.shadowRoot?.querySelector('dialog')?.open && part(wall, 'title'), 'the wall to open');
  return wall;
}

const formTitle = (wall: PaymendWall) => text(wall.querySelector('paymend-form')?.shadowRoot?.querySelector('[part~="title"]'));

describe('setMessages: the merchant’s own wording', () => {
  warmUpBeforeAll();
  afterEach(() => {
    for (const tag of TAGS) setMessages(tag, {});
    restore();
  });

  it('changes the banner’s button and the wall’s text, the form inside it included', async () => {
    setMessages('en', {
      'banner.updateCard': 'Update payment method',
      'state.failed.title': 'We couldn’t charge you',
      'wall.notNow': 'Later',
      'form.title': 'New payment method',
    });
    const { element } = await shownBanner(makeStatus('expired'));
    equal(text(part(element, 'button')), 'Update payment method', 'banner button');
    equal(title(element), 'Your card has expired', 'a message not overridden keeps Paymend’s wording');

    const wall = await openWall();
    equal(text(part(wall, 'title')), 'We couldn’t charge you', 'wall title');
    equal(text(part(wall, 'close-button')), 'Later', 'wall close button');
    await until(() => formTitle(wall) === 'New payment method', 'the form in the wall to use it too');
  });

  it('a message English writes as a function takes a function with the same parameters', async () => {
    setMessages('en', { 'card.description': ({ brand, last4 }) => `${brand} •••• ${last4}` });
    const { element } = await shownBanner(makeStatus('expired'));
    includes(text(part(element, 'message')), 'Your Visa •••• 4242 expired', 'the override received brand and last4');
  });

  it('a later call re-renders the elements already on the page; an empty one restores Paymend’s wording', async () => {
    const { element } = await shownBanner(makeStatus('failed'));
    const wall = await openWall();
    equal(text(part(element, 'button')), 'Update card', 'before');

    setMessages('en', { 'banner.updateCard': 'Fix billing', 'wall.notNow': 'Remind me later', 'form.title': 'Billing details' });
    await until(() => text(part(element, 'button')) === 'Fix billing', 'the banner to re-render');
    await until(() => text(part(wall, 'close-button')) === 'Remind me later', 'the wall to re-render');
    await until(() => formTitle(wall) === 'Billing details', 'the form to re-render');

    // A second call replaces the first: keys it leaves out go back to Paymend's wording.
    setMessages('en', { 'wall.notNow': 'Not today' });
    await until(() => text(part(wall, 'close-button')) === 'Not today', 'the second override');
    equal(text(part(element, 'button')), 'Update card', 'the first call’s override is gone');

    setMessages('en', {});
    await until(() => text(part(wall, 'close-button')) === 'Not now', 'Paymend’s wording again');
  });

  it('bad input is ignored with one warning per mistake, never thrown; the valid keys of the same call apply', async () => {
    const warnings = captureWarnings();
    const pageErrors = capturePageErrors();
    const bad = {
      'banner.updateCard': 'Update payment method',
      'banner.nonexistent': 'Unknown key',
      'state.expired.title': 42,
      'state.expired.body': 'a string where English has a function',
      'card.generic': () => 'a function where English has a string',
      'banner.dismiss': null,
    } as unknown as Parameters<typeof setMessages>[1];
    setMessages('en', bad);
    setMessages('not a tag!', { 'banner.updateCard': 'never' });
    setMessages(42 as unknown as string, { 'banner.updateCard': 'never' });
    setMessages('fr', 'Mettre à jour' as unknown as Parameters<typeof setMessages>[1]);
    setMessages('de', null as unknown as Parameters<typeof setMessages>[1]);

    const { element } = await shownBanner(makeStatus('expired'), { dismissible: '' });
    equal(text(part(element, 'button')), 'Update payment method', 'the valid key applies');
    equal(title(element), 'Your card has expired', 'a number is ignored');
    includes(text(part(element, 'message')), 'Your Visa ending in 4242 expired at the end of March 2030.', 'a string for a function is ignored');
    equal(part(element, 'close-button')?.getAttribute('aria-label'), 'Dismiss this message', 'null is ignored');

    const messages = warnings.map((args) => String(args[0]));
    for (const mistake of ['"not a tag!"', '42 is not', "setMessages('fr')", "setMessages('de')", '"banner.nonexistent"', '"state.expired.title"', '"state.expired.body"', '"card.generic"', '"banner.dismiss"']) {
      equal(messages.filter((message) => message.includes(mistake)).length, 1, `one warning naming ${mistake} (warnings: ${messages.join(' | ')})`);
    }
    ok(messages.every((message) => message.startsWith('[paymend] ')), 'prefixed');
    equal(messages.length, 9, 'nothing else warned');

    // A re-render, another element: the same mistakes are not warned again.
    element.requestUpdate();
    await shownBanner(makeStatus('failed'));
    equal(warnings.length, 9, 'each mistake warned once');
    deepEqual(pageErrors, [], 'no page error');
  });

  it('a message function that throws or returns no string falls back to Paymend’s wording', async () => {
    const warnings = captureWarnings();
    const pageErrors = capturePageErrors();
    setMessages('en', {
      'state.expired.body': () => {
        throw new Error('merchant bug');
      },
      'card.description': (() => undefined) as unknown as () => string,
    });
    const { element } = await shownBanner(makeStatus('expired'));
    includes(text(part(element, 'message')), 'Your card has expired', 'title still shown');
    includes(text(part(element, 'message')), 'expired at the end of March 2030', 'Paymend’s own body');
    equal(warnings.filter((args) => String(args[0]).includes('"state.expired.body"')).length, 1, 'warned about the throwing override');
    deepEqual(pageErrors, [], 'no page error');
  });

  it('an English override reaches British English (en-GB and the regions that use it)', async () => {
    setMessages('en', { 'banner.updateCard': 'Update payment method' });
    for (const lang of ['en-GB', 'en-AU', 'en-US']) {
      const { element } = await shownBanner(makeStatus('failed'), { lang });
      equal(text(part(element, 'button')), 'Update payment method', `${lang}: the English override`);
      element.remove();
    }
    // British English's own wording stays where English is not overridden.
    const { element } = await shownBanner(makeStatus('failed', { failure: { code: 'incorrect_zip', declineCode: null, adviceCode: null } }), { lang: 'en-GB' });
    includes(text(part(element, 'message')), 'The postcode or address', 'en-GB’s own spelling');
  });

  it('an en-GB override is more specific than the English one, and stays out of en', async () => {
    setMessages('en', { 'banner.updateCard': 'Update payment method' });
    setMessages('en-GB', { 'banner.updateCard': 'Update payment details' });
    const british = await shownBanner(makeStatus('failed'), { lang: 'en-GB' });
    equal(text(part(british.element, 'button')), 'Update payment details', 'en-GB');
    const american = await shownBanner(makeStatus('failed'), { lang: 'en' });
    equal(text(part(american.element, 'button')), 'Update payment method', 'en');
  });

  it('a German override changes German only; a regional tag attaches to the language Paymend speaks', async () => {
    const de = (await loadTranslation('de')).messages;
    setMessages('de-AT', { 'banner.updateCard': 'Zahlungsmittel ändern' });
    const german = await shownBanner(makeStatus('failed'), { lang: 'de' });
    equal(text(part(german.element, 'button')), 'Zahlungsmittel ändern', 'German');
    equal(title(german.element), de['state.failed.title'], 'the rest stays German');
    const english = await shownBanner(makeStatus('failed'), { lang: 'en' });
    equal(text(part(english.element, 'button')), 'Update card', 'English untouched');
    const french = await shownBanner(makeStatus('failed'), { lang: 'fr' });
    equal(text(part(french.element, 'button')), (await loadTranslation('fr')).messages['banner.updateCard'], 'French untouched');
  });

  it('the override is copied: changing the object afterwards changes nothing', async () => {
    const messages = { 'banner.updateCard': 'Update payment method' };
    setMessages('en', messages);
    messages['banner.updateCard'] = 'Changed behind Paymend’s back';
    const { element } = await shownBanner(makeStatus('failed'));
    equal(text(part(element, 'button')), 'Update payment method');
    await settle();
  });
});
