// Its own page: these tests change <html lang> and navigator.languages.
import { loadTranslation } from '../../src/translations/index.js';
import { equal, includes, ok } from './assert.js';
import { banner, part, serve, shownBanner, text, title, untilShown } from './banner-helpers.js';
import { freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const messagesOf = async (locale: string) => (await loadTranslation(locale)).messages;

const htmlLang = document.documentElement.getAttribute('lang');

describe('<paymend-banner> languages', () => {
  afterEach(() => {
    restore();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    delete (navigator as { languages?: unknown }).languages;
  });

  it('right to left in Hebrew and Arabic: dir, lang, layout, and the translated dismiss label', async () => {
    for (const locale of ['he', 'ar']) {
      const m = await messagesOf(locale);
      const { element } = await shownBanner(makeStatus('expired'), { lang: locale, dismissible: '' });
      const base = part(element, 'base')!;
      equal(base.getAttribute('dir'), 'rtl', `${locale}: dir`);
      equal(base.getAttribute('lang'), locale, `${locale}: lang`);
      equal(getComputedStyle(base).direction, 'rtl', `${locale}: computed direction`);
      equal(title(element), m['state.expired.title'], `${locale}: title`);
      equal(text(part(element, 'button')), m['banner.updateCard'], `${locale}: button`);
      equal(part(element, 'close-button')?.getAttribute('aria-label'), m['banner.dismiss'], `${locale}: dismiss label`);
      // The icon sits at the start of the line, which is the right in RTL.
      ok(part(element, 'icon')!.getBoundingClientRect().left > part(element, 'message')!.getBoundingClientRect().left, `${locale}: icon on the right`);
      element.remove();
    }
  });

  it('follows the closest [lang] ancestor', async () => {
    const m = await messagesOf('de');
    const wrapper = mount(document.createElement('div'));
    wrapper.lang = 'de-AT';
    serve(makeStatus('failed'));
    const element = banner({ endpoint: freshEndpoint() });
    wrapper.append(element);
    await untilShown(element);
    equal(title(element), m['state.failed.title'], 'German');
    // de-AT formats (Austrian German), German words.
    includes(text(part(element, 'message')), '12,50', 'German number format');
  });

  it('crosses shadow roots to find the page’s language', async () => {
    const m = await messagesOf('fr');
    const outer = mount(document.createElement('div'));
    const section = document.createElement('section');
    section.lang = 'fr';
    const inner = document.createElement('div');
    section.append(inner);
    outer.attachShadow({ mode: 'open' }).append(section);
    serve(makeStatus('expired'));
    const element = banner({ endpoint: freshEndpoint() });
    inner.attachShadow({ mode: 'open' }).append(element);
    await untilShown(element);
    equal(title(element), m['state.expired.title'], 'French, from an ancestor outside two shadow roots');
  });

  it('falls back to <html lang>, then to the first browser language it speaks, then to English', async () => {
    const es = await messagesOf('es');
    const nl = await messagesOf('nl');
    document.documentElement.lang = 'es';
    const first = await shownBanner(makeStatus('expired'), { lang: '' });
    equal(title(first.element), es['state.expired.title'], '<html lang="es">');
    first.element.remove();

    document.documentElement.removeAttribute('lang');
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['sw-KE', 'nl-BE', 'de'] });
    const second = await shownBanner(makeStatus('expired'), { lang: '' });
    equal(title(second.element), nl['state.expired.title'], 'Swahili is not spoken: Dutch, the next preference');
    second.element.remove();

    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['sw-KE'] });
    const third = await shownBanner(makeStatus('expired'), { lang: '' });
    equal(title(third.element), 'Your card has expired', 'English at last');
    equal(part(third.element, 'base')?.getAttribute('lang'), 'en', 'and marked as English');
    includes(text(part(third.element, 'message')), 'March 2030', 'with English formats');
  });

  it('re-renders when its own lang or an ancestor’s changes, without flashing English in between', async () => {
    const de = await messagesOf('de');
    const fr = await messagesOf('fr');
    const wrapper = mount(document.createElement('div'));
    wrapper.lang = 'en';
    serve(makeStatus('failed'));
    const element = banner({ endpoint: freshEndpoint() });
    wrapper.append(element);
    await untilShown(element);
    equal(title(element), 'Your last payment didn’t go through', 'English first');

    wrapper.lang = 'de';
    await until(() => title(element) === de['state.failed.title'], 'German after the ancestor changed');

    const titles = new Set<string>();
    const observer = new MutationObserver(() => titles.add(title(element)));
    observer.observe(element.shadowRoot!, { subtree: true, characterData: true, childList: true });
    element.lang = 'fr';
    await until(() => title(element) === fr['state.failed.title'], 'French after its own lang changed');
    observer.disconnect();
    equal(titles.has('Your last payment didn’t go through'), false, 'never English while French loaded');
    equal(element.getAttribute('lang'), 'fr', 'lang is reflected');
  });

  it('formats for the regional lang of the page (en-GB), and falls back to English for a language it lacks', async () => {
    const british = await shownBanner(makeStatus('failed'), { lang: 'en-GB' });
    includes(text(part(british.element, 'message')), 'US$12.50 is still due');
    const unknown = await shownBanner(makeStatus('expiring'), { lang: 'sw-KE' });
    includes(text(part(unknown.element, 'message')), '(end of March 2030)');
    equal(part(unknown.element, 'base')?.getAttribute('lang'), 'en', 'marks the text as English');
    await settle();
  });
});
