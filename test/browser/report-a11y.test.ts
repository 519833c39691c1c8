// <paymend-report> for every reader: axe, dark theme, right to left, other languages, keyboard.
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { CHARTS, root, shown, tableRows, text, type PaymendReport } from './report-helpers.js';

describe('<paymend-report> accessibility and locales', () => {
  afterEach(async () => {
    restore();
    await emulateMedia({ colorScheme: 'no-preference' });
  });

  it('is axe-clean (WCAG 2.2 AA) in light and dark, charts and tables', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await shown({ theme });
      await expectAccessible(element, `report (${theme})`);
      for (const toggle of root(element).querySelectorAll<HTMLButtonElement>('[part="table-toggle"]')) toggle.click();
      await element.updateComplete;
      await expectAccessible(element, `report with tables (${theme})`);
      element.remove();
    }
  });

  it('dark theme: other text and chart colours, by attribute and by the system’s preference', async () => {
    const { element: light } = await shown({ theme: 'light' });
    const { element: dark } = await shown({ theme: 'dark' });
    const colour = (element: PaymendReport) => getComputedStyle(root(element).querySelector('.base')!).color;
    const accent = (element: PaymendReport) => getComputedStyle(element).getPropertyValue('--_report-accent').trim();
    equal(colour(light), 'rgb(31, 35, 40)');
    equal(colour(dark), 'rgb(230, 237, 243)');
    ok(accent(light) !== accent(dark), 'chart accent differs');
    await emulateMedia({ colorScheme: 'dark' });
    const { element: auto } = await shown();
    equal(colour(auto), 'rgb(230, 237, 243)', 'theme auto follows the system');
    await expectAccessible(auto, 'report (system dark)');
  });

  it('Arabic: right to left, Arabic words, numbers and percentages formatted for ar', async () => {
    const { element } = await shown({ lang: 'ar' });
    await until(() => root(element).querySelector('.base')?.getAttribute('dir') === 'rtl', 'the Arabic translation');
    await element.updateComplete;
    const base = root(element).querySelector('.base')!;
    equal(base.getAttribute('lang'), 'ar');
    equal(getComputedStyle(base).direction, 'rtl');
    equal(text(element, 'h2'), 'استرداد المدفوعات');
    equal(text(element, '[data-kpi="failed"]'), new Intl.NumberFormat('ar').format(40));
    equal(text(element, '[data-kpi="rate"]'), new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(0.6));
    const january = new Intl.DateTimeFormat('ar', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1));
    equal(tableRows(element, 'rate')[0]![0], january, 'periods in Arabic');
    ok(!january.includes('Jan'), 'an Arabic month name');
    equal(tableRows(element, 'channels')[0]![0], 'البريد الإلكتروني، فشل الدفع', 'channel and step in Arabic');
    equal(root(element).querySelector('[data-plot="rate"]')!.getAttribute('dir'), 'ltr', 'the time axis keeps its direction');
    await expectAccessible(element, 'report (ar)');
  });

  it('German: words and formats follow lang; en-GB reads English with British dates', async () => {
    const { element } = await shown({ lang: 'de' });
    await until(() => text(element, 'h2') === 'Zahlungswiederherstellung', 'the German translation');
    await element.updateComplete;
    deepEqual([...root(element).querySelectorAll('[data-kpi="recovered"]')].map((dd) => dd.textContent!.trim()), [
      new Intl.NumberFormat('de', { style: 'currency', currency: 'USD' }).format(1800),
      new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(450),
    ]);
    includes(text(element, '[data-chart="rate"] tbody'), 'Feb. 2026');
    const { element: british } = await shown({ lang: 'en-GB' });
    await british.updateComplete;
    equal(text(british, 'h2'), 'Payment recovery');
    equal(text(british, '.range'), '1 Jan 2026 – 31 Mar 2026');
  });

  it('changing lang on the page re-renders in the new language', async () => {
    const { element } = await shown({ lang: 'fr' });
    await until(() => text(element, 'h2') === 'Récupération des paiements', 'the French translation');
    element.lang = 'ja';
    await until(() => text(element, 'h2') === '支払いの回復', 'the Japanese translation');
    await until(() => Object.keys(element.plottedData).length === CHARTS.length, 'the charts drawn again');
    equal(root(element).querySelector('[data-chart="rate"] h3')!.textContent!.trim(), '回復率の推移');
  });

  it('keyboard: Tab reaches the CSV link and every table toggle with a visible focus ring; Enter and Space switch chart and table', async () => {
    const { element } = await shown();
    const toggles = [...root(element).querySelectorAll<HTMLButtonElement>('[part="table-toggle"]')];
    equal(toggles.length, CHARTS.length);
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      equal(root(element).activeElement, root(element).querySelector('[part="csv-link"]'), 'Tab reaches the CSV link first');
      for (const toggle of toggles) {
        await sendKeys({ press: 'Tab' });
        equal(root(element).activeElement, toggle, `Tab reaches "${toggle.textContent!.trim()}"`);
        ok(getComputedStyle(toggle).outlineStyle !== 'none', 'visible focus');
      }
      toggles[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      equal(toggles[0]!.getAttribute('aria-expanded'), 'true');
      ok(!root(element).querySelector('#rate-table')!.hasAttribute('hidden'), 'table shown');
      ok(root(element).querySelector('[data-plot="rate"]')!.hasAttribute('hidden'), 'chart hidden');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      equal(toggles[0]!.getAttribute('aria-expanded'), 'false');
      ok(root(element).querySelector('#rate-table')!.hasAttribute('hidden'), 'table hidden again');
    } finally {
      before.remove();
    }
  });

});
