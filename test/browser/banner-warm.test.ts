// Its own page: the form chunk and Stripe.js must not be loaded by another test before this one.
import { equal, ok } from './assert.js';
import { banner, part, serve, untilShown } from './banner-helpers.js';
import { capturePageErrors, freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const stripeScript = () => document.querySelector('script[src^="https://js.stripe.com/"]');

describe('<paymend-banner> warms the form up', () => {
  afterEach(restore);

  it('loads neither the form nor Stripe.js until the pointer reaches the button, then both, silently', async () => {
    const pageErrors = capturePageErrors();
    serve(makeStatus('failed'));
    const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en' }));
    await untilShown(element);
    await settle(100);
    equal(customElements.get('paymend-form'), undefined, 'no form chunk while the message is only shown');
    equal(stripeScript(), null, 'no Stripe.js');

    part(element, 'button')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => customElements.get('paymend-form'), 'the form chunk to load on hover');
    // js.stripe.com is unreachable here: the script tag shows the download started, and its failure stays silent.
    await until(stripeScript, 'Stripe.js to start loading');
    ok(!element.querySelector('paymend-form'), 'warming opens nothing');
    await settle(100);
    equal(pageErrors.length, 0, `no page error (${pageErrors.join(', ')})`);
  });
});
