// Its own page, so nothing another test loaded counts: what does a healthy customer's page download?
import { equal, ok } from './assert.js';
import { banner, serve } from './banner-helpers.js';
import { freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

/** Modules and scripts this page has requested so far. */
const loaded = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('<paymend-banner> for a healthy customer', () => {
  afterEach(restore);

  it('ok: loads nothing more — no view, no translation, no explanation catalog, no form chunk, no Stripe.js', async () => {
    const statuses = listen(document, 'paymend-status');
    const served = serve(makeStatus('ok'));
    const element = mount(banner({ endpoint: freshEndpoint(), lang: 'de' }));
    await until(() => statuses.length === 1, 'the status');
    await settle(200);

    const modules = loaded();
    ok(modules.some((path) => path.endsWith('/banner.component.ts')), 'the element itself was loaded (the check sees modules)');
    const unwanted = modules.filter((path) =>
      path.startsWith('/src/') &&
      // `setMessages` (translations/overrides.ts) is part of the entry: it stores, and loads no translation.
      /banner-view|banner\.styles|\/translations\/(?!overrides\.ts)|\/explain\/|form\.component|\/form\/form\.ts|stripe/.test(path),
    );
    equal(unwanted.join(', '), '', 'modules a healthy page must not load');
    equal(customElements.get('paymend-form'), undefined, '<paymend-form> is not defined');
    equal(modules.filter((path) => !path.startsWith('/test/') && path.includes('stripe')).join(', '), '', 'no Stripe.js');
    equal(document.querySelector('script[src*="stripe"]'), null, 'no Stripe.js script');
    equal('Stripe' in window, false, 'no Stripe global');
    equal(served.calls.length, 1, 'one request: the status, no beacon');
    equal(element.shadowRoot!.childElementCount, 0, 'nothing rendered');
  });
});
