/**
 * The browser half of `npm run bench`: the host page (bench/host/server.ts, the real CDN build served
 * brotli-compressed, the real handler on the offline Stripe stand-in) in Chromium, each load in a
 * fresh browser context (cold cache, as a first visit). Returns rows for bench/run.ts's table.
 *
 *  - Healthy customer: the requests and bytes Paymend adds over the same page without it.
 *  - Failing customer: navigation to banner visible, against the page's own first contentful paint,
 *    medians over BENCH_LOADS loads (default 21), both on the page's clock.
 *  - Opening the form: click on "Update card" to the Payment Element's `ready` event, and what that
 *    time is made of (see `openForm`).
 *
 * Timings are printed, never asserted; request counts and sizes are checked in `npm test`
 * (test/e2e/budgets.e2e.test.ts).
 * Run alone: `node --import tsx bench/browser.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { chunkKind } from './sizes.js';
import { HostVisit, launchChromium, requestsAdded } from './host/browser.js';
import { BASE_PATH, startHostPage, type HostPage } from './host/server.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 21);
/** Every wait is for something to happen on the page, never longer than this. */
const WAIT = 20_000;

declare global {
  interface Window {
    /** Filled by MARKS, on the page's clock (`performance.now()`, ms since navigation start). */
    __bench: { bannerVisible: number | null; shown: number | null; click: number | null; elementReady: number | null };
  }
}

/**
 * Runs in the top frame before the page's scripts and records, on the page's own clock:
 *  - bannerVisible: the first moment `<paymend-banner>` has a `state` attribute and a non-zero box
 *    (checked when the attribute changes and on every animation frame, so it is when layout gives
 *    the banner its box; its pixels follow in that frame's paint);
 *  - shown: the banner's `paymend-shown` event;
 *  - click: the time stamp of the first click event;
 *  - elementReady: the Payment Element's own `ready` event, by wrapping `window.Stripe` whoever sets
 *    it (the stand-in here, Stripe.js in production).
 * A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const MARKS = `
  if (window.top === window) {
    const marks = (window.__bench = { bannerVisible: null, shown: null, click: null, elementReady: null });
    const check = () => {
      if (marks.bannerVisible !== null) return true;
      const banner = document.querySelector('paymend-banner');
      if (!banner || !banner.hasAttribute('state') || banner.getBoundingClientRect().height === 0) return false;
      marks.bannerVisible = performance.now();
      return true;
    };
    new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
    const poll = () => check() || requestAnimationFrame(poll);
    requestAnimationFrame(poll);
    document.addEventListener('paymend-shown', () => { marks.shown ??= performance.now(); }, true);
    window.addEventListener('click', (event) => { marks.click ??= event.timeStamp; }, true);
    const wrapMethod = (object, name, after) => {
      const original = object[name];
      object[name] = function (...args) { return after(original.apply(this, args)); };
    };
    let wrapped;
    Object.defineProperty(window, 'Stripe', {
      configurable: true,
      get: () => wrapped,
      set: (stripe) => {
        wrapped = Object.assign(function (...args) {
          const instance = stripe.apply(this, args);
          wrapMethod(instance, 'elements', (elements) => {
            wrapMethod(elements, 'create', (element) => {
              element.on('ready', () => { marks.elementReady ??= performance.now(); });
              return element;
            });
            return elements;
          });
          return instance;
        }, stripe);
      },
    });
  }
`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => `${fmt(n)} ms`;

/** Resource Timing of one load: what each request cost on the wire, and when it was in flight. */
interface Transfer {
  /** `GET /paymend.js`-style, the origin left out (Resource Timing has no method: POSTs are named by their path). */
  path: string;
  /** Bytes on the wire: headers and the body as sent (compressed). */
  transferSize: number;
  encodedBodySize: number;
  startTime: number;
  responseEnd: number;
}

async function transfers(visit: HostVisit): Promise<Transfer[]> {
  const entries = await visit.page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return { name: timing.name, transferSize: timing.transferSize, encodedBodySize: timing.encodedBodySize, startTime: timing.startTime, responseEnd: timing.responseEnd };
    }),
  );
  return entries.map(({ name, ...rest }) => ({ path: name.replace(visit.host.url, ''), ...rest }));
}

/** Loads `path` signed in as a customer of `scenario` in a fresh context and waits until the network is quiet. */
async function quietLoad(browser: Browser, host: HostPage, scenario: 'healthy' | 'insufficient_funds', path: string): Promise<{ requests: string[]; transfers: Transfer[] }> {
  const visit = await HostVisit.open(browser, host);
  try {
    await visit.login(scenario);
    await visit.goto(path);
    // Anything lazy would be requested right after the status; wait until nothing moves for 500 ms.
    await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
    return { requests: [...visit.requests], transfers: await transfers(visit) };
  } finally {
    await visit.close();
  }
}

/** (a) What Paymend adds to a page view, by request, for a healthy and for a failing customer. */
async function pageViewCost(browser: Browser, host: HostPage): Promise<string[][]> {
  const rows: string[][] = [];
  const without = await quietLoad(browser, host, 'healthy', '/?paymend=0');
  // The documents differ by their query: compare what they load, and their sizes apart.
  const isDocument = (request: string) => request === 'GET /' || request.startsWith('GET /?');
  const pageBytes = (load: { transfers: Transfer[] }) => load.transfers.find((t) => isDocument(`GET ${t.path}`))!.encodedBodySize;
  for (const scenario of ['healthy', 'insufficient_funds'] as const) {
    const withPaymend = await quietLoad(browser, host, scenario, '/');
    const extra = requestsAdded(
      withPaymend.requests.filter((r) => !isDocument(r)),
      without.requests.filter((r) => !isDocument(r)),
    );
    // Resource Timing names requests by URL only: match the page's requests (`METHOD path`) to its entries by path.
    const pool = [...withPaymend.transfers];
    const costs = extra.map((request) => {
      const path = request.slice(request.indexOf(' ') + 1);
      const i = pool.findIndex((t) => t.path === path);
      const transfer = i === -1 ? null : pool.splice(i, 1)[0]!;
      return { request, body: transfer?.encodedBodySize ?? 0, wire: transfer?.transferSize ?? 0 };
    });
    const html = pageBytes(withPaymend) - pageBytes(without);
    const wire = costs.reduce((sum, c) => sum + c.wire, 0);
    // Chunks by their module's name (their file names carry a hash), the endpoint's routes by theirs.
    const label = (request: string) => {
      const [method, path] = request.split(' ') as [string, string];
      const name = path.startsWith('/chunks/') ? chunkKind(path).name : path.replace(BASE_PATH, '').slice(1);
      return method === 'GET' ? name : `${method} ${name}`;
    };
    const detail = costs.map((c) => `${label(c.request)} ${fmt(c.body)} B`).join(', ');
    const stripe = extra.filter((r) => r.includes('stripe.com'));
    const kinds = extra.filter((r) => r.startsWith('GET /chunks/')).map((r) => chunkKind(r.slice(4)).kind);
    if (scenario === 'healthy') {
      const expected = ['GET /paymend.js', `GET ${BASE_PATH}/status`];
      const met = extra.length === 2 && expected.every((r) => extra.includes(r));
      rows.push([
        'healthy page view: what Paymend adds',
        `+${extra.length} requests, +${fmt(wire + html)} B`,
        `${detail} (response bodies as sent; scripts brotli); +${fmt(html)} B of HTML; result: on the wire, headers included`,
        `aim: the entry + one GET /status, nothing from js.stripe.com, no chunk: ${met ? 'met' : `NOT met (${extra.join(', ')})`}`,
      ]);
    } else {
      rows.push([
        'failing page view (English): what Paymend adds',
        `+${extra.length} requests, +${fmt(wire + html)} B`,
        detail,
        `${stripe.length} from js.stripe.com, ${kinds.filter((k) => k === 'form').length} form chunk, ${kinds.filter((k) => k === 'locale').length} locale chunk (before any click)`,
      ]);
    }
  }
  return rows;
}

/** (b) Navigation to banner visible vs the page's own first contentful paint, over LOADS cold loads. */
async function bannerVersusFcp(browser: Browser, host: HostPage): Promise<string[][]> {
  // One failing customer for every load: the server's store is warm, as for a returning customer.
  const cookie = host.login('insufficient_funds');
  const samples: Array<{ fcp: number; banner: number; shown: number }> = [];
  for (let i = 0; i < LOADS; i++) {
    const visit = await HostVisit.open(browser, host, { initScripts: [MARKS] });
    try {
      await visit.context.addCookies([cookie]);
      await visit.goto('/');
      const handle = await visit.page.waitForFunction(
        () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          const { bannerVisible, shown } = window.__bench;
          return fcp !== undefined && bannerVisible !== null && shown !== null ? { fcp, banner: bannerVisible, shown } : null;
        },
        undefined,
        { timeout: WAIT },
      );
      samples.push((await handle.jsonValue())!);
    } finally {
      await visit.close();
    }
  }
  const fcp = median(samples.map((s) => s.fcp));
  const banner = median(samples.map((s) => s.banner));
  const ratio = banner / fcp;
  const spread = (values: number[]) => `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
  return [
    [
      `failing page view: banner visible (median of ${LOADS} cold loads)`,
      ms(banner),
      `range ${spread(samples.map((s) => s.banner))} ms; paymend-shown ${ms(median(samples.map((s) => s.shown)))}`,
      `page's first contentful paint ${ms(fcp)} (range ${spread(samples.map((s) => s.fcp))} ms): ${fmt(ratio, 2)}× (aim ≤ 1.3 without an embedded status, issue 19: ${ratio <= 1.3 ? 'met' : 'not met'})`,
    ],
  ];
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Total length, in ms, of the union of `intervals` clipped to [from, to]. */
function covered(intervals: Array<[number, number]>, from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * (c) Opening the form: from the click on "Update card" to the Payment Element's `ready` event, LOADS
 * times, each a fresh customer (the handler limits SetupIntents per customer) in a fresh context.
 *
 * The click is dispatched on the button without moving the pointer or focus there first: hovering or
 * focusing "Update card" starts loading the form early, so this is the cold case (a mouse user's
 * hover makes it shorter).
 *
 * What the time is made of, two ways:
 *  - network waits: the union of the intervals during which a request of the open (the form's
 *    chunks, Stripe.js, POST /setup-intent) was in flight, from Resource Timing;
 *  - Paymend's JavaScript: the V8 sampling profiler (CDP, 200 µs), running from just before the click
 *    to just after ready, self time of the functions in paymend.js and chunks/* (Lit is bundled in
 *    them, so it counts as ours). It leaves out compiling, style, layout and paint, which the
 *    profile does not attribute to a script; the profiler itself slows the page a little.
 */
async function openForm(browser: Browser, host: HostPage): Promise<string[][]> {
  const samples: Array<{ total: number; network: number; ours: number; stripe: number }> = [];
  for (let i = 0; i < LOADS; i++) {
    const visit = await HostVisit.open(browser, host, { initScripts: [MARKS] });
    try {
      await visit.login('insufficient_funds');
      await visit.goto('/');
      await visit.page.waitForFunction(() => window.__bench.bannerVisible !== null, undefined, { timeout: WAIT });
      await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
      const cdp = await visit.context.newCDPSession(visit.page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await visit.page.locator('paymend-banner [part~="button"]').dispatchEvent('click');
      const handle = await visit.page.waitForFunction(
        () => (window.__bench.elementReady !== null ? { click: window.__bench.click!, ready: window.__bench.elementReady } : null),
        undefined,
        { timeout: WAIT },
      );
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.detach();
      const { click, ready } = (await handle.jsonValue())!;
      const network = covered(
        (await transfers(visit))
          .filter((t) => t.startTime >= click && (/^\/chunks\/|stripe\.com/.test(t.path) || t.path.endsWith('/setup-intent')))
          .map((t): [number, number] => [t.startTime, t.responseEnd]),
        click,
        ready,
      );
      const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
      let ours = 0;
      let stripe = 0;
      profile.samples.forEach((id, n) => {
        const url = urlOf.get(id) ?? '';
        const duration = (profile.timeDeltas[n + 1] ?? 0) / 1000;
        if (url.startsWith(`${host.url}/paymend.js`) || url.startsWith(`${host.url}/chunks/`)) ours += duration;
        else if (url.includes('js.stripe.com')) stripe += duration;
      });
      samples.push({ total: ready - click, network, ours, stripe });
    } finally {
      await visit.close();
    }
  }
  const total = median(samples.map((s) => s.total));
  const network = median(samples.map((s) => s.network));
  const ours = median(samples.map((s) => s.ours));
  return [
    [
      `open the form: click to Payment Element ready (median of ${LOADS})`,
      ms(total),
      `network waits ${ms(network)} (form chunks, Stripe.js, POST /setup-intent); Paymend's JS ${fmt(ours, 1)} ms (${fmt((100 * ours) / total)}%, CPU profile)`,
      `with the offline Stripe.js stand-in (${fmt(median(samples.map((s) => s.stripe)), 1)} ms of JS) served instantly; real Stripe.js adds its download and its iframe`,
    ],
  ];
}

/** Every browser figure, as rows of bench/run.ts's table (measure, result, detail, against). */
export async function browserBench(): Promise<string[][]> {
  // Built first, so the figures are those of the source as it is.
  const host = await startHostPage({ build: true });
  const browser = await launchChromium();
  try {
    return [...(await pageViewCost(browser, host)), ...(await bannerVersusFcp(browser, host)), ...(await openForm(browser, host))];
  } finally {
    await browser.close();
    await host.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await browserBench()) console.log(`| ${row.join(' | ')} |`);
}
