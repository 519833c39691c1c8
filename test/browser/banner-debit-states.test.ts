// The states added with bank debits and trials, in Chromium: `processing` (a debit paying the invoice
// is on its way: calm, nothing to click) and `missing` (no payment method before the next charge: a
// heads-up with a date, urgent once the subscription is paused for it), in every locale, axe-clean.
import { loadTranslation, LOCALES } from '../../src/translations/index.js';
import type { Status } from '../../src/protocol/index.js';
import { equal, includes, ok } from './assert.js';
import { formOf, liveRegion, part, shownBanner, text, title } from './banner-helpers.js';
import { expectAccessible } from './form-axe.js';
import { makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const trialEnds = '2030-03-15T12:00:00Z';
const missingBy = (endsAt: string | null): Status => ({ ...makeStatus('missing'), access: { wall: 'none', endsAt } });

describe('<paymend-banner> for bank debits and missing methods', () => {
  afterEach(restore);

  it('processing: a polite status with the amount, no button, and no alarm', async () => {
    const { element } = await shownBanner(makeStatus('processing'), { dismissible: '' });
    equal(element.getAttribute('state'), 'processing');
    equal(liveRegion(element)?.getAttribute('aria-live'), 'polite', 'announced politely');
    equal(title(element), 'Your bank payment is on its way');
    includes(text(part(element, 'message')), 'Your payment of $12.50 is being processed by your bank.');
    includes(text(part(element, 'message')), 'there’s nothing you need to do');
    equal(part(element, 'button'), null, 'nothing to fix, so no button');
    ok(part(element, 'close-button'), 'the customer can put it away');
    ok(!element.shadowRoot!.querySelector('.base--failed'), 'not styled as a failure');
    await expectAccessible(element, 'processing');
  });

  it('missing before a charge: a status with the date, and "Add payment method" opens the form', async () => {
    const { element } = await shownBanner(missingBy(trialEnds));
    equal(liveRegion(element)?.getAttribute('aria-live'), 'polite', 'a heads-up, days ahead');
    equal(title(element), 'Add a payment method');
    includes(text(part(element, 'message')), 'needs a payment method by March 15, 2030');
    equal(text(part(element, 'button')), 'Add payment method');
    await expectAccessible(element, 'missing with a date');
    part(element, 'button')!.click();
    await until(() => formOf(element), 'the form to open');
  });

  it('missing while paused for it: urgent (assertive when it happens on the page), since the service has stopped', async () => {
    const { element } = await shownBanner(missingBy(null));
    equal(liveRegion(element)?.getAttribute('aria-live'), 'polite', 'on page load, polite like every first message');
    includes(text(part(element, 'message')), 'Your subscription is paused until a payment method is added.');
    await expectAccessible(element, 'missing, paused');

    const later = await shownBanner(missingBy(trialEnds));
    later.element.status = missingBy(null);
    await later.element.updateComplete;
    equal(liveRegion(later.element)?.getAttribute('aria-live'), 'assertive', 'paused while the page is open: assertive');
  });

  it('a date already past reads as paused, never as "by" a day gone by', async () => {
    const { element } = await shownBanner(missingBy('2020-01-01T00:00:00Z'));
    includes(text(part(element, 'message')), 'is paused until a payment method is added');
  });

  it('speaks every locale: its own words, its own direction, axe-clean in Arabic', async () => {
    for (const locale of LOCALES) {
      const t = await loadTranslation(locale);
      for (const status of [makeStatus('processing'), missingBy(trialEnds)]) {
        const { element } = await shownBanner(status, { lang: locale });
        const key = status.state === 'processing' ? 'state.processing.title' : 'state.missing.title';
        equal(title(element), t.messages[key], `${locale} ${status.state} title`);
        equal(part(element, 'base')?.getAttribute('dir'), t.dir, `${locale} direction`);
        ok(text(part(element, 'message')).length > title(element).length + 10, `${locale} ${status.state} has a body`);
        if (locale === 'ar') await expectAccessible(element, `ar ${status.state}`);
        element.remove();
      }
    }
  });
});
