// The banner in the first frame, with no layout shift, on the merchant's page (bench/host) in
// Chromium. Asserted on counts, on shift sums and on the order of events (the banner has its box
// before the page's first contentful paint), never on milliseconds.
//  - Embedded status (embedStatus(await handler.statusFor(request)), the view loaded render-blocking
//    for a customer with a problem): no GET /status, the banner is in the first painted frame, 0 shift.
//  - Fetched status: 0 shift for the top and bottom bars and for an inline banner with `reserve`;
//    without it an inline banner that arrives after the first paint does push the page (measured, so
//    this file would notice if the measuring stopped working).
//  - The documented preload of GET /status is what the element's own fetch uses: one request.
//  - A lazy chunk's imports are preloaded with it (rollup.config.mjs, preloadLazyImports).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Scenario } from '../../demo/server.js';
import { E2E_WAIT_MS, FRAME_MARKS, frameMarks, HostVisit, type FrameMarks } from '../../bench/host/browser.js';
import { BASE_PATH, type HostPage } from '../../bench/host/server.js';
import { CDN_DIR } from '../../bench/sizes.js';
import { hostPageAndChromium } from './host-stage.js';

const STATUS = `GET ${BASE_PATH}/status`;

describe('the banner in the first frame, without layout shift (host page in Chromium)', () => {
  let host: HostPage;
  let browser: Browser;
  hostPageAndChromium((stage) => ({ host, browser } = stage));

  interface Load {
    marks: FrameMarks;
    /** GET /status as the browser asked for it, and as the handler received it. */
    browserStatus: number;
    serverStatus: number;
    requests: string[];
    /** `initiatorType` of each Resource Timing entry of GET /status (`link` for the preload). */
    statusInitiators: string[];
    consoleText: string[];
  }

  /** Loads `path` as a fresh customer of `scenario`, waits for the banner (when expected) and a quiet network. */
  async function load(scenario: Scenario, path: string, banner: boolean): Promise<Load> {
    const visit = await HostVisit.open(browser, host, { initScripts: [FRAME_MARKS] });
    const consoleText: string[] = [];
    visit.page.on('console', (message) => consoleText.push(message.text()));
    try {
      await visit.login(scenario);
      const servedBefore = host.served.length;
      await visit.goto(path);
      await frameMarks(visit.page, { banner });
      await visit.page.waitForLoadState('networkidle', { timeout: E2E_WAIT_MS });
      // Read again after the quiet: a shift after the banner showed would be in it.
      const marks = await frameMarks(visit.page, { banner });
      const statusInitiators = await visit.page.evaluate(() =>
        performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith('/status')).map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      );
      assert.deepEqual(visit.errors, [], 'no uncaught error on the page');
      return {
        marks,
        browserStatus: visit.requested(new RegExp(`^${STATUS}$`)).length,
        serverStatus: host.served.slice(servedBefore).filter((request) => request === STATUS).length,
        requests: [...visit.requests],
        statusInitiators,
        consoleText,
      };
    } finally {
      await visit.close();
    }
  }

  const shiftSum = (marks: FrameMarks) => marks.shifts.reduce((sum, shift) => sum + shift.value, 0);
  const describeShifts = (marks: FrameMarks) => marks.shifts.map((shift) => `${shift.value.toFixed(4)} (${shift.moved.join(', ')})`).join('; ') || 'none';

  for (const placement of ['inline', 'top', 'bottom'] as const) {
    it(`embedded failing status, ${placement}: no GET /status, the banner is in the first painted frame, no shift`, async () => {
      const { marks, browserStatus, serverStatus } = await load('insufficient_funds', `/?embed=1&placement=${placement}`, true);
      assert.equal(browserStatus, 0, 'the browser asked for no status');
      assert.equal(serverStatus, 0, 'the handler was asked for no status');
      assert.ok(marks.bannerVisible! <= marks.fcp, `the banner had its box (at ${marks.bannerVisible}) before the first contentful paint (${marks.fcp})`);
      assert.equal(shiftSum(marks), 0, `layout shifts: ${describeShifts(marks)}`);
    });
  }

  it('embedded healthy status: no GET /status, no view, nothing shown, no shift', async () => {
    const { marks, browserStatus, serverStatus, requests } = await load('healthy', '/?embed=1', false);
    assert.equal(browserStatus + serverStatus, 0);
    assert.deepEqual(requests.filter((request) => /banner-view|\/chunks\//.test(request)), [], 'nothing more than the entry');
    assert.equal(shiftSum(marks), 0, `layout shifts: ${describeShifts(marks)}`);
  });

  for (const placement of ['top', 'bottom'] as const) {
    it(`fetched failing status, ${placement} bar: one GET /status, no shift`, async () => {
      const { marks, browserStatus } = await load('insufficient_funds', `/?placement=${placement}`, true);
      assert.equal(browserStatus, 1);
      assert.equal(shiftSum(marks), 0, `layout shifts: ${describeShifts(marks)}`);
    });
  }

  for (const scenario of ['insufficient_funds', 'healthy'] as const) {
    it(`fetched ${scenario === 'healthy' ? 'healthy' : 'failing'} status, inline with reserve: no shift (the room is kept either way)`, async () => {
      const { marks } = await load(scenario, '/?reserve=1', scenario !== 'healthy');
      assert.equal(shiftSum(marks), 0, `layout shifts: ${describeShifts(marks)}`);
    });
  }

  it('fetched failing status, inline without reserve: the banner arriving after the first paint does push the page (why reserve exists)', async () => {
    const { marks } = await load('insufficient_funds', '/', true);
    // Practically always after the first paint (it waits for the entry, the status and the view);
    // should a stalled renderer paint only once it is there, no shift is the right answer.
    if (marks.bannerVisible! > marks.fcp) assert.ok(shiftSum(marks) > 0, 'the shift is measured');
    else assert.equal(shiftSum(marks), 0, `layout shifts: ${describeShifts(marks)}`);
    assert.ok(marks.shifts.every((shift) => shift.moved.every((node) => !node.startsWith('paymend-'))), `what moved is the page below the banner: ${describeShifts(marks)}`);
  });

  it('the documented preload of GET /status is the request the element uses: one request, made by the <link>', async () => {
    const { browserStatus, serverStatus, statusInitiators, consoleText } = await load('insufficient_funds', '/?preload=1', true);
    assert.equal(serverStatus, 1, 'the handler answered one status request');
    assert.equal(browserStatus, 1, 'the browser made one');
    assert.deepEqual(statusInitiators, ['link'], 'and it was the preload');
    assert.deepEqual(consoleText.filter((text) => /preload/i.test(text)), [], 'no "preloaded but not used" warning');
  });

  it("fetched failing status: the view's own imports (zod, the shared styles) are preloaded with it, not discovered after it", async () => {
    const view = readFileSync(join(CDN_DIR, 'paymend-banner-view.js'), 'utf8');
    const imports = [...view.matchAll(/from"\.\/(chunks\/[^"]+)"/g)].map((match) => `/${match[1]}`);
    assert.ok(imports.length > 0, 'the view imports shared chunks');
    const visit = await HostVisit.open(browser, host);
    try {
      await visit.login('insufficient_funds');
      await visit.goto('/');
      await visit.page.locator('paymend-banner[state="failed"]').waitFor({ timeout: E2E_WAIT_MS });
      const preloaded = await visit.page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname));
      assert.deepEqual(imports.filter((path) => !preloaded.includes(path)), [], `every static import of the view is a modulepreload (have: ${preloaded.join(', ')})`);
      assert.equal(visit.requested(/\/chunks\/shared-/).length, new Set(visit.requested(/\/chunks\/shared-/)).size, 'each fetched once');
    } finally {
      await visit.close();
    }
  });

  it('a preload whose credentials mode differs from the fetch (use-credentials) is not reused: two requests', async () => {
    const { serverStatus, statusInitiators } = await load('insufficient_funds', '/?preload=use-credentials', true);
    assert.equal(serverStatus, 2);
    assert.deepEqual(statusInitiators.sort(), ['fetch', 'link']);
  });
});
