// Two copies of Paymend on one page: the CDN script registered the tags, and the app's own bundle
// (here, the test's imports of src/) calls setMessages. The wording must reach the elements the
// other copy defined: both read one registry on globalThis (src/translations/overrides.ts).
// Nothing here imports src/define.js: the tags must be the second copy's.
import { PaymendBanner, setMessages } from '../../src/index.js';
import { equal, ok } from './assert.js';
import { makeStatus, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const button = (element: Element) => element.shadowRoot?.querySelector('[part~="button"]')?.textContent?.trim() ?? '';

describe('two copies of Paymend on one page', () => {
  const mounted: Element[] = [];
  afterEach(() => {
    setMessages('en', {});
    setMessages('de', {});
    for (const element of mounted.splice(0)) element.remove();
  });

  async function cdnBanner(lang: string) {
    // @ts-expect-error: served by web-test-runner.config.mjs (secondCopyPlugin), not a file
    await import('/__copies/paymend-cdn.js');
    const element = document.createElement('paymend-banner');
    element.lang = lang;
    element.status = makeStatus('expired');
    document.body.append(element);
    mounted.push(element);
    await until(() => button(element) !== '', 'the banner to render its button');
    return element;
  }

  it('the tags come from the other copy', async () => {
    const element = await cdnBanner('en');
    const defined = customElements.get('paymend-banner');
    ok(defined, 'paymend-banner is registered');
    ok(defined !== PaymendBanner, 'registered by the CDN copy, not by the copy setMessages comes from');
    ok(!(element instanceof PaymendBanner), 'the element is the other copy’s class');
  });

  it('setMessages on this copy changes the wording of the other copy’s elements, already on the page', async () => {
    const element = await cdnBanner('en');
    equal(button(element), 'Update card', 'Paymend’s own wording first');
    setMessages('en', { 'banner.updateCard': 'Update payment method' });
    await until(() => button(element) === 'Update payment method', 'the override to reach the CDN copy’s banner');
    setMessages('en', {});
    await until(() => button(element) === 'Update card', 'removing the override to reach it too');
  });

  it('an override made before the other copy renders applies from its first render, in another language too', async () => {
    setMessages('de', { 'banner.updateCard': 'Zahlungsmittel ändern' });
    const element = await cdnBanner('de');
    await until(() => button(element) === 'Zahlungsmittel ändern', 'the German override on the CDN copy’s banner');
  });
});
