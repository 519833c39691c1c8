/**
 * Issue 19's browser aims, each printed with its measured value and whether it is met (rows for
 * bench/run.ts's table; run alone: `node --import tsx bench/aims-frame.ts`). The host page
 * (bench/host) in Chromium, a fresh context per load (cold cache), one failing customer whose status
 * is warm in the store.
 *  - banner visible vs the page's first contentful paint, medians of BENCH_LOADS loads: embedded
 *    status (aim ≤ 1.05×), fetched with the documented preload and without it (aim ≤ 1.3×);
 *  - layout shift from Paymend (sum of `layout-shift` values) for inline, top and bottom, fetched and
 *    embedded, and inline with `reserve` (aim 0);
 *  - the preload reused: GET /status requests the handler received (aim 1);
 *  - JavaScript from Paymend, brotli as sent: a healthy page (aim ≤ 3 KB), a failing one before any
 *    click (aim ≤ 20 KB).
 * Timings are printed only; shifts, counts and bytes are also asserted by test/e2e/first-frame.e2e.test.ts
 * and test/e2e/budgets.e2e.test.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Scenario } from '../demo/server.js';
import { FRAME_MARKS, frameMarks, HostVisit, launchChromium, type FrameMarks } from './host/browser.js';
import { BASE_PATH, startHostPage, type HostPage } from './host/server.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const WAIT = 20_000;
const KB = 1024;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (met: boolean) => (met ? 'met' : 'not met');

interface Load {
  marks: FrameMarks;
  statusServed: number;
  /** Brotli bytes (as sent) of every script from Paymend's origin. */
  scriptBytes: number;
  scripts: string[];
}

async function load(browser: Browser, host: HostPage, cookie: ReturnType<HostPage['login']> | Scenario, path: string, banner: boolean): Promise<Load> {
  const visit = await HostVisit.open(browser, host, { initScripts: [FRAME_MARKS] });
  try {
    await visit.context.addCookies([typeof cookie === 'string' ? host.login(cookie) : cookie]);
    const before = host.served.length;
    await visit.goto(path);
    await frameMarks(visit.page, { banner, timeoutMs: WAIT });
    await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
    const marks = await frameMarks(visit.page, { banner, timeoutMs: WAIT });
    const scripts = await visit.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(location.origin) && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ path: new URL(entry.name).pathname, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
    );
    return {
      marks,
      statusServed: host.served.slice(before).filter((request) => request === `GET ${BASE_PATH}/status`).length,
      scriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      scripts: scripts.map((script) => `${script.path.replace(/^\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$/, '')} ${fmt(script.bytes)} B`),
    };
  } finally {
    await visit.close();
  }
}

const shiftOf = (marks: FrameMarks) => marks.shifts.reduce((sum, shift) => sum + shift.value, 0);

/** Banner visible against first contentful paint, over LOADS cold loads of `path`. */
async function versusFcp(browser: Browser, host: HostPage, path: string): Promise<{ banner: number; fcp: number; ratio: number; statusServed: number }> {
  const cookie = host.login('insufficient_funds');
  const samples: Load[] = [];
  for (let i = 0; i < LOADS; i++) samples.push(await load(browser, host, cookie, path, true));
  const banner = median(samples.map((s) => s.marks.bannerVisible!));
  const fcp = median(samples.map((s) => s.marks.fcp));
  return { banner, fcp, ratio: banner / fcp, statusServed: median(samples.map((s) => s.statusServed)) };
}

export async function frameAims(): Promise<string[][]> {
  const host = await startHostPage();
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    const timing: Array<[string, string, number]> = [
      ['embedded status', '/?embed=1', 1.05],
      ['fetched, status preloaded', '/?preload=1', 1.3],
      ['fetched, no hint', '/', 1.3],
    ];
    for (const [what, path, aim] of timing) {
      const measured = await versusFcp(browser, host, path);
      rows.push([
        `aim: banner visible ≤ ${aim}× FCP, ${what} (median of ${LOADS})`,
        `${fmt(measured.ratio, 2)}×`,
        `banner ${fmt(measured.banner)} ms, FCP ${fmt(measured.fcp)} ms; GET /status served per load: ${measured.statusServed}`,
        verdict(measured.ratio <= aim),
      ]);
    }

    const shifts: string[] = [];
    let worst = 0;
    for (const placement of ['inline', 'top', 'bottom'] as const) {
      for (const [how, query] of [['fetched', ''], ['embedded', '&embed=1']] as const) {
        const shift = shiftOf((await load(browser, host, 'insufficient_funds', `/?placement=${placement}${query}`, true)).marks);
        shifts.push(`${placement} ${how} ${fmt(shift, 3)}`);
        if (!(placement === 'inline' && how === 'fetched')) worst = Math.max(worst, shift);
      }
    }
    for (const scenario of ['insufficient_funds', 'healthy'] as const) {
      const shift = shiftOf((await load(browser, host, scenario, '/?reserve=1', scenario !== 'healthy')).marks);
      shifts.push(`inline fetched + reserve (${scenario === 'healthy' ? 'healthy' : 'failing'}) ${fmt(shift, 3)}`);
      worst = Math.max(worst, shift);
    }
    rows.push([
      'aim: layout shift from Paymend 0, every placement, fetched and embedded',
      `${fmt(worst, 3)} (worst, inline fetched with reserve)`,
      shifts.join('; '),
      `${verdict(worst === 0)} (fetched inline needs \`reserve\`; without it it shifts, as shown)`,
    ]);

    const preload = await load(browser, host, 'insufficient_funds', '/?preload=1', true);
    rows.push(['aim: the status preload is reused', `${preload.statusServed} GET /status`, 'requests the handler received for one page view with the preload', verdict(preload.statusServed === 1)]);

    const healthy = await load(browser, host, 'healthy', '/', false);
    rows.push(['aim: healthy page, JavaScript from Paymend ≤ 3 KB', `${fmt(healthy.scriptBytes)} B`, healthy.scripts.join(', '), verdict(healthy.scriptBytes <= 3 * KB)]);
    const failing = await load(browser, host, 'insufficient_funds', '/', true);
    rows.push(['aim: failing page before any click, JavaScript ≤ 20 KB', `${fmt(failing.scriptBytes)} B`, failing.scripts.join(', '), verdict(failing.scriptBytes <= 20 * KB)]);
  } finally {
    await browser.close();
    await host.close();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await frameAims()) console.log(`| ${row.join(' | ')} |`);
}
