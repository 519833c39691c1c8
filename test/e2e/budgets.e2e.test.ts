// Budgets that are deterministic, so a regression fails `npm test` (timings are only printed, by
// `npm run bench`): the brotli size of every file of the CDN build, and the requests a page view makes
// on a merchant's page (bench/host) in Chromium, compared by URL.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { E2E_WAIT_MS, eventually, HostVisit, requestsAdded } from '../../bench/host/browser.js';
import { BASE_PATH, type HostPage } from '../../bench/host/server.js';
import { BUDGETS, buildCdn, CDN_DIR, chunkKind, measureCdn, measureReport, REPORT_BUDGET, type ChunkKind, type SizeRow } from '../../bench/sizes.js';
import { LOCALES } from '../../src/translations/match.js';
import { hostPageAndChromium } from './host-stage.js';

/** Every wait is for something to happen on the page, never longer than this (a bound on a failure, not a speed check). */
const WAIT = E2E_WAIT_MS;

describe('CDN size budgets (brotli, quality 11)', () => {
  let rows: SizeRow[];
  before(() => {
    // `npm test` builds once before this step; a lone run builds if it must.
    if (!existsSync(join(CDN_DIR, 'paymend.js'))) buildCdn();
    rows = measureCdn();
  });

  it('every budgeted file is where the budgets look: one entry, one form chunk, one wall chunk, one offers chunk, a chunk per locale but English', () => {
    const names = (kind: ChunkKind) => rows.filter((row) => row.kind === kind).map((row) => row.name);
    assert.deepEqual(names('entry'), ['entry (paymend.js)']);
    assert.deepEqual(names('form'), ['form chunk (without Stripe.js)']);
    assert.deepEqual(names('wall'), ['wall dialog chunk']);
    assert.deepEqual(names('offers'), ['offers chunk']);
    assert.deepEqual(
      names('locale').sort(),
      LOCALES.filter((locale) => locale !== 'en').map((locale) => `locale ${locale}`).sort(),
      'English is in the entry; every other locale is its own chunk',
    );
  });

  const budgeted: Array<[Exclude<ChunkKind, 'other'>, string]> = [
    ['entry', 'the entry (paymend.js, Lit included)'],
    ['form', 'the form chunk (Stripe.js itself excluded)'],
    ['wall', "the wall's dialog chunk"],
    ['offers', 'the offers chunk'],
    ['locale', 'each locale chunk'],
  ];
  for (const [kind, what] of budgeted) {
    it(`${what} is within ${BUDGETS[kind].toLocaleString('en-US')} B`, () => {
      const over = rows.filter((row) => row.kind === kind && row.over).map((row) => `${row.name}: ${row.brotli.toLocaleString('en-US')} B`);
      assert.deepEqual(over, [], `over the budget of ${BUDGETS[kind].toLocaleString('en-US')} B brotli`);
    });
  }

  it('no customer-facing file carries the report: not its element, not uPlot, not its words', () => {
    const carriers = rows
      .filter((row) => /paymend-report|u-wrap|uPlot|report\.chart\.|RecoveryReport/.test(readFileSync(row.file, 'utf8')))
      .map((row) => row.name);
    assert.deepEqual(carriers, []);
  });

  it(`the report entry (paymend-report.js, merchants only) is within ${REPORT_BUDGET.toLocaleString('en-US')} B`, () => {
    const report = measureReport();
    assert.ok(!report.over, `${report.name}: ${report.brotli.toLocaleString('en-US')} B brotli`);
  });
});

describe('requests of a page view (host page in Chromium)', () => {
  let host: HostPage;
  let browser: Browser;
  hostPageAndChromium((stage) => ({ host, browser } = stage));

  /** Runs `test` in a fresh context and checks that the page had no uncaught error. */
  async function withVisit(test: (visit: HostVisit) => Promise<void>): Promise<void> {
    const visit = await HostVisit.open(browser, host);
    try {
      await test(visit);
      assert.deepEqual(visit.errors, [], 'no uncaught error on the page');
    } finally {
      await visit.close();
    }
  }

  /** Opens `path` and waits until the network has been quiet for 500 ms: anything lazy has been asked for. */
  async function settle(visit: HostVisit, path: string): Promise<void> {
    await visit.goto(path);
    await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
  }

  const kindsRequested = (visit: HostVisit, kind: ChunkKind) =>
    visit.requested(/^GET \/(paymend\.js|chunks\/)/).filter((request) => chunkKind(request.slice(4)).kind === kind).map((request) => chunkKind(request.slice(4)).name);

  it('healthy: Paymend adds exactly the entry and one GET /status to the page', async () => {
    let without: string[] = [];
    await withVisit(async (visit) => {
      await visit.login('healthy');
      await settle(visit, '/?paymend=0');
      without = visit.requests.filter((request) => request !== 'GET /?paymend=0');
    });
    await withVisit(async (visit) => {
      await visit.login('healthy');
      await settle(visit, '/');
      // Quiet network is not proof the page asked: on a slow CPU the entry may still be running.
      await eventually(() => visit.requests.includes(`GET ${BASE_PATH}/status`), 'the status request').catch(() => undefined);
      const added = requestsAdded(
        visit.requests.filter((request) => request !== 'GET /'),
        without,
      );
      assert.deepEqual(added.sort(), [`GET ${BASE_PATH}/status`, 'GET /paymend.js'], `requests with Paymend:\n${visit.requests.join('\n')}`);
      assert.equal(await visit.page.locator('paymend-banner').isVisible(), false, 'a healthy customer sees nothing');
    });
  });

  it('failing, English: no locale, no form chunk, nothing from js.stripe.com until "Update card" is pressed', async () => {
    await withVisit(async (visit) => {
      await visit.login('insufficient_funds');
      await settle(visit, '/');
      await visit.page.locator('paymend-banner[state="failed"]').waitFor({ timeout: WAIT });
      assert.deepEqual(kindsRequested(visit, 'locale'), [], 'English is in the entry');
      assert.deepEqual(kindsRequested(visit, 'form'), [], 'the form chunk waits for the click');
      assert.deepEqual(visit.requested(/stripe\.com/), [], 'Stripe.js waits for the click');

      await visit.page.locator('paymend-banner').getByRole('button', { name: 'Update card' }).click();
      await visit.page.locator('paymend-banner > paymend-form input[name="number"]').waitFor({ timeout: WAIT });
      // The same checks see the form open: they would see it too early.
      assert.deepEqual(kindsRequested(visit, 'form'), ['form']);
      assert.deepEqual(visit.requested(/stripe\.com/), ['GET https://js.stripe.com/endive/stripe.js']);
      assert.deepEqual(kindsRequested(visit, 'locale'), [], 'still no locale');
    });
  });

  it('failing, German page (lang="de"): exactly one locale chunk, German', async () => {
    await withVisit(async (visit) => {
      await visit.login('insufficient_funds');
      await settle(visit, '/?lang=de');
      await visit.page.locator('paymend-banner [part~="base"][lang="de"]').waitFor({ timeout: WAIT });
      assert.deepEqual(kindsRequested(visit, 'locale'), ['de']);
      assert.deepEqual(kindsRequested(visit, 'form'), []);
      assert.deepEqual(visit.requested(/stripe\.com/), []);
    });
  });
});
