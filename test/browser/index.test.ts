// Runs in its own page (one page per test file), so nothing else has registered tags here.
import * as paymend from '../../src/index.js';
import { equal, ok } from './assert.js';
import { describe, it } from './mocha.js';

describe('src/index.ts', () => {
  it('exports the element class without registering any tag', () => {
    ok(typeof paymend.PaymendBanner === 'function', 'PaymendBanner is exported');
    equal(customElements.get('paymend-banner'), undefined, 'paymend-banner is not defined');
  });

  it('lets the page register the class under its own tag', async () => {
    paymend.define('acme-billing-banner', paymend.PaymendBanner);
    const element = document.createElement('acme-billing-banner');
    ok(element instanceof paymend.PaymendBanner, 'upgraded');
  });
});
