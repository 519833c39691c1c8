// "Can't pay right now?" on the hosted update page (offerOnPage): only when the status has offers,
// swapping the form for the offers and back, every request carrying the page's link header.
import { offerOnPage } from '../../src/components/offers/offers.js';
import { setEndpointHeaders } from '../../src/internal/api-client.js';
import { equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { freshEndpoint, makeStatus, mount, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { offersBackend, parts } from './offers-helpers.js';
import { deepActive } from './wall-helpers.js';

/** Stands in for the page's `<paymend-form>`: focusable, with a status property. */
function pageForm() {
  const main = mount(document.createElement('main'));
  main.lang = 'en';
  const form = document.createElement('div') as HTMLDivElement & { status?: unknown };
  form.tabIndex = -1;
  form.textContent = 'the card form';
  main.append(form);
  return form;
}

describe('offerOnPage (the hosted update page)', () => {
  afterEach(() => restore());

  it('adds nothing when the status has no offers', async () => {
    offersBackend({ status: makeStatus('failed') });
    const form = pageForm();
    equal(await offerOnPage({ endpoint: freshEndpoint(), form, lang: 'en' }), null);
    equal(form.parentElement!.querySelector('button'), null);
  });

  it('swaps the form for the offers and back, with the link header on every request', async () => {
    const backend = offersBackend({ status: makeStatus('failed', { offers: true }) });
    const endpoint = freshEndpoint();
    setEndpointHeaders(endpoint, { 'Paymend-Link': 'v1.token' });
    const form = pageForm();
    const button = await offerOnPage({ endpoint, form, lang: 'en' });
    ok(button);
    equal(button.textContent, 'Can’t pay right now?');
    button.click();
    const panel = () => form.parentElement!.querySelector('paymend-offers');
    await until(() => panel() && parts(panel()!, 'choose-button').length === 2, 'the offers');
    ok(form.hidden, 'the form steps aside');
    ok(button.hidden);
    await expectAccessible(form.parentElement!, 'page with offers');
    for (const call of backend.calls.filter((c) => c.path !== '/events')) {
      equal(new Headers(call.init.headers).get('Paymend-Link'), 'v1.token', `the link on ${call.path}`);
    }
    parts(panel()!, 'back-button')[0]!.click();
    await until(() => !panel() && !form.hidden, 'the form again');
    equal(deepActive(), button);
    setEndpointHeaders(endpoint, {});
  });
});
