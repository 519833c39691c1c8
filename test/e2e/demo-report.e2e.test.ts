// End-to-end: the demo's merchant admin page in Chromium. The merchant signs in at /admin/login (by
// keyboard), and <paymend-report> draws the seeded history: headline figures, charts, and behind each
// chart's toggle its data table. Screenshots light, dark and Arabic (right to left) land in
// test-results/e2e-demo-report/; each view passes axe (WCAG 2 A/AA).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Stage, textOf, WAIT, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-demo-report', { seedReport: true });
before(() => stage.start());
after(() => stage.stop());

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A string, not a function: tsx would wrap a function's inner names in a helper the page lacks. */
const AXE_RUN = `axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' at ' + JSON.stringify(v.nodes.map((n) => n.target))))`;

const report = (visit: Visit) => visit.page.locator('paymend-report');

/** Signs in as the merchant by keyboard (the login's one button), and lands on /admin. */
async function signIn(visit: Visit, query = ''): Promise<void> {
  await visit.page.goto(`${stage.demo.url}/admin/login`);
  await visit.page.locator('form.login button[type="submit"]').focus();
  await Promise.all([visit.page.waitForURL(`${stage.demo.url}/admin`), visit.page.keyboard.press('Enter')]);
  if (query) await visit.page.goto(`${stage.demo.url}/admin${query}`);
}

/** Waits until the report arrived and every chart drew its canvas. */
async function drawn(page: Page): Promise<number> {
  await page.locator('paymend-report [part~="headline"]').waitFor({ timeout: WAIT });
  const charts = page.locator('paymend-report [part~="chart"]');
  await charts.first().waitFor({ timeout: WAIT });
  const count = await charts.count();
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector('paymend-report')?.shadowRoot;
      const plots = root ? [...root.querySelectorAll('[part~="plot"]')] : [];
      return plots.length === expected && plots.every((plot) => plot.hasAttribute('hidden') || plot.querySelector('canvas'));
    },
    count,
    { timeout: WAIT },
  );
  return count;
}

async function axeClean(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(AXE_RUN)) as string[];
  assert.deepEqual(violations, [], `${what}: ${violations.join('; ')}`);
}

/** The `part` of whatever has focus, looking inside the report's shadow root. */
const focusedPart = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return (active?.shadowRoot?.activeElement ?? active)?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? '';
  });

describe('demo admin page: the recovery report (Chromium)', () => {
  it('the merchant signs in and sees the seeded report: figures, charts and tables (light)', async () => {
    await stage.withVisit('light', async (visit) => {
      await visit.page.goto(`${stage.demo.url}/`);
      await visit.page.locator('#admin-link').click();
      await visit.page.waitForURL(`${stage.demo.url}/admin/login`);
      const before = visit.requests.length;
      await signIn(visit);
      const charts = await drawn(visit.page);
      assert.ok(charts >= 4, `${charts} charts`);
      const headline = await textOf(visit.page.locator('paymend-report [part~="headline"]'));
      assert.match(headline, /\d+(\.\d+)?\s?%/, `a recovery rate in ${headline}`);
      assert.match(headline, /¥|JP¥/, 'yen are shown as yen, not summed into dollars');
      assert.match(headline, /\$/);
      assert.match(headline, /€/);
      await visit.shot('report');
      // The report asked for its own data, with the admin cookie; the customer widget never loaded.
      const admin = visit.requests.slice(before);
      assert.ok(admin.some((request) => /^GET \/billing\/paymend\/report\?/.test(request)), admin.join('\n'));
      assert.ok(!admin.some((request) => request.endsWith(' /paymend.js')), 'no customer widget on the admin page');
      await axeClean(visit.page, 'admin page, light');
    });
  });

  it('keyboard: Tab reaches a chart’s table toggle, Enter shows its table, Enter again the chart', async () => {
    await stage.withVisit('keyboard', async (visit) => {
      await signIn(visit);
      await drawn(visit.page);
      let part = '';
      for (let presses = 0; presses < 40 && !part.includes('table-toggle'); presses++) {
        await visit.page.keyboard.press('Tab');
        part = await focusedPart(visit.page);
      }
      assert.match(part, /table-toggle/, 'Tab reaches a table toggle');
      const toggle = visit.page.locator('paymend-report [part~="table-toggle"]').first();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await visit.page.keyboard.press('Enter');
      await visit.page.waitForFunction(() => {
        const toggle = document.querySelector('paymend-report')?.shadowRoot?.querySelector('[part~="table-toggle"]');
        return toggle?.getAttribute('aria-expanded') === 'true';
      });
      const table = visit.page.locator('paymend-report [part~="table"]').first();
      await table.waitFor({ state: 'visible', timeout: WAIT });
      assert.ok((await table.locator('tbody tr').count()) >= 6, 'a row per month of the seeded history');
      await visit.shot('table', visit.page.locator('paymend-report [part~="chart"]').first());
      assert.match(await focusedPart(visit.page), /table-toggle/, 'focus stays on the toggle');
      await axeClean(visit.page, 'admin page with a table shown');
      await visit.page.keyboard.press('Enter');
      await visit.page.waitForFunction(() => {
        const toggle = document.querySelector('paymend-report')?.shadowRoot?.querySelector('[part~="table-toggle"]');
        return toggle?.getAttribute('aria-expanded') === 'false';
      });
    });
  });

  it('dark theme from the page’s switcher', async () => {
    await stage.withVisit(
      'dark',
      async (visit) => {
        await signIn(visit);
        await drawn(visit.page);
        await visit.page.locator('select[name="theme"]').selectOption('dark');
        await visit.page.waitForFunction(() => document.querySelector('paymend-report')?.getAttribute('theme') === 'dark');
        await drawn(visit.page);
        const background = await visit.page.evaluate(() => {
          const base = document.querySelector('paymend-report')?.shadowRoot?.querySelector('[part~="base"]');
          return base ? getComputedStyle(base).backgroundColor : '';
        });
        const [r, g, b] = (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
        assert.ok(r! + g! + b! < 200, `a dark surface, not ${background}`);
        await visit.shot('report');
        await axeClean(visit.page, 'admin page, dark');
      },
      { colorScheme: 'dark' },
    );
  });

  it('Arabic, right to left: the page and the report flip, numbers and dates through Intl', async () => {
    await stage.withVisit('arabic', async (visit) => {
      await signIn(visit, '?lang=ar');
      await visit.page.locator('paymend-report [part~="base"][dir="rtl"]').waitFor({ timeout: WAIT });
      await drawn(visit.page);
      assert.equal(await visit.page.evaluate(() => document.documentElement.dir), 'rtl');
      const title = await textOf(visit.page.locator('paymend-report [part~="title"]'));
      assert.match(title, /[\u0600-\u06FF]/, `an Arabic title, not ${title}`);
      await visit.shot('report');
      await axeClean(visit.page, 'admin page, Arabic');
    });
  });

  it('a customer signed in on the dashboard does not see the report', async () => {
    await stage.withVisit('customer', async (visit) => {
      await visit.login('insufficient_funds');
      await visit.page.goto(`${stage.demo.url}/admin`);
      await visit.page.waitForURL(`${stage.demo.url}/admin/login`);
      const response = await visit.page.request.get(`${stage.demo.url}/billing/paymend/report`);
      assert.equal(response.status(), 403);
    });
  });
});
