import { formOf, bannerWithForm, part } from './banner-helpers.js';
import { equal, ok } from './assert.js';
import { listen, makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

/** A message's link to the merchant's own page (`notify.links.pageUrl`) adds `?paymend=fix`. */
describe('<paymend-banner> opened by ?paymend=fix', () => {
  const start = location.href;
  afterEach(() => {
    restore();
    history.replaceState(null, '', start);
  });

  it('opens the form at once, and takes the marker off the address (other parameters stay)', async () => {
    history.replaceState(null, '', `${location.pathname}?tab=billing&paymend=fix#plan`);
    const opened = listen(document, 'paymend-open-form');
    const { element, stripe } = await bannerWithForm(makeStatus('failed'));
    await until(() => !!formOf(element) && stripe.mounted(), 'the form to open without a click');
    equal(opened.length, 1, 'paymend-open-form, cancelable as for a click');
    equal(new URL(location.href).searchParams.get('paymend'), null, 'marker removed');
    equal(new URL(location.href).searchParams.get('tab'), 'billing', 'the page’s own parameters stay');
    equal(location.hash, '#plan');
    equal(part(element, 'actions')!.hidden, true);
  });

  it('without the marker the form waits for the customer', async () => {
    const { element } = await bannerWithForm(makeStatus('failed'));
    await element.updateComplete;
    equal(formOf(element), null);
    ok(part(element, 'button'), 'the button is there');
  });

  it('a merchant can still refuse with paymend-open-form.preventDefault()', async () => {
    history.replaceState(null, '', `${location.pathname}?paymend=fix`);
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('paymend-open-form', stop);
    try {
      const { element } = await bannerWithForm(makeStatus('expired'));
      await until(() => new URL(location.href).searchParams.get('paymend') === null, 'the marker to be read');
      await element.updateComplete;
      equal(formOf(element), null, 'not opened');
    } finally {
      document.removeEventListener('paymend-open-form', stop);
    }
  });
});
