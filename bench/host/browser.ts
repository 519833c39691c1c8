/**
 * Chromium (playwright-core) around the host page (bench/host/server.ts), shared by the browser
 * bench and the end-to-end budget and CSP tests: how the browser is launched, how Stripe.js is
 * stood in for, and how Content-Security-Policy violations are collected.
 *
 * Stripe.js: the form loads it itself through `@stripe/stripe-js/pure`, which adds
 * `<script src="https://js.stripe.com/…/stripe.js">`. Each context answers that URL with the offline
 * `window.Stripe` stand-in (demo/browser/stripe-js-standin.ts, bundled as a classic script), so the
 * real loader runs against the real host name, under the page's CSP, without a network.
 */
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Scenario } from '../../demo/server.js';
import type { HostPage } from './server.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * How long any wait of the end-to-end tests may take before it fails. It bounds a failure and never
 * delays a pass: on a busy 2-core machine a first render can take seconds.
 */
export const E2E_WAIT_MS = 30_000;

/** Polls a condition of the test process (events the page reported) until it holds, or fails naming it. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = E2E_WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * PAYMEND_CPU_SLOWDOWN=4 makes a page run as on a CPU four times slower (Chromium's own throttling),
 * so the tests can be tried on a "busy machine" on demand. Off (1) by default, and so in the bench.
 */
const cpuSlowdown = Number(process.env.PAYMEND_CPU_SLOWDOWN ?? 1);

/** A new page of `context`, slowed down when PAYMEND_CPU_SLOWDOWN asks for it, before it loads anything. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return page;
}

let standinScript: Promise<string> | undefined;
/** The offline `window.Stripe` as a classic script (an IIFE, as Stripe.js is), bundled once per process. */
export function stripeJsStandin(): Promise<string> {
  standinScript ??= esbuild
    .build({
      entryPoints: [fileURLToPath(new URL('../../demo/browser/stripe-js-standin.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      target: 'es2021',
    })
    .then((result) => result.outputFiles[0]!.text);
  return standinScript;
}

/** Answers every https://js.stripe.com request of `context` with the stand-in. */
export async function routeStripeJs(context: BrowserContext): Promise<void> {
  const body = await stripeJsStandin();
  await context.route('https://js.stripe.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }));
}

/** One Content-Security-Policy violation, as the page's `securitypolicyviolation` event reports it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  documentURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

/**
 * Runs in every frame before its scripts: reports each `securitypolicyviolation` (they are composed,
 * so one listener on the window sees those of shadow roots too) to the test process. A string, not a
 * function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const REPORT_CSP = `
  window.addEventListener('securitypolicyviolation', (event) => {
    window.__reportCspViolation?.({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      documentURI: event.documentURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
    });
  }, true);
`;

/**
 * One person's visit to the host page: a fresh browser context (cold cache, no cookies), Stripe.js
 * stood in for, and everything the visit caused: requests, uncaught errors, CSP violations (events
 * from every frame, and Chromium's console messages about the policy).
 */
export class HostVisit {
  /** `METHOD url` of every request, with the host page's origin left out (`GET /paymend.js`). */
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  readonly cspViolations: CspViolation[] = [];
  readonly cspConsole: string[] = [];
  // Set by open(): the page is made once every listener is in place, so none of its requests is missed.
  private _page: Page | null = null;

  private constructor(
    readonly host: HostPage,
    readonly context: BrowserContext,
  ) {}

  get page(): Page {
    return this._page!;
  }

  /** `initScripts` run in every frame before the page's own scripts, after the CSP reporter. */
  static async open(browser: Browser, host: HostPage, options: { locale?: string; initScripts?: string[] } = {}): Promise<HostVisit> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'en-US' });
    const visit = new HostVisit(host, context);
    await routeStripeJs(context);
    await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => void visit.cspViolations.push(violation));
    await context.addInitScript(REPORT_CSP);
    for (const script of options.initScripts ?? []) await context.addInitScript(script);
    context.on('request', (request) => visit.requests.push(`${request.method()} ${request.url().replace(host.url, '')}`));
    context.on('weberror', (error) => visit.errors.push(error.error().message));
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) visit.cspConsole.push(message.text());
    });
    visit._page = await newPage(context);
    visit._page.setDefaultTimeout(E2E_WAIT_MS);
    return visit;
  }

  /** Signs the browser in as a fresh customer of `scenario` (no navigation). */
  async login(scenario: Scenario): Promise<void> {
    await this.context.addCookies([this.host.login(scenario)]);
  }

  /** Opens a path of the host page, e.g. `/`, `/?paymend=0`, `/?lang=de`. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(`${this.host.url}${path}`);
  }

  /** Requests made so far whose URL matches `pattern`. */
  requested(pattern: RegExp): string[] {
    return this.requests.filter((request) => pattern.test(request));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** The requests of `withPaymend` that `without` lacks (a multiset difference of `METHOD path` strings). */
export function requestsAdded(withPaymend: string[], without: string[]): string[] {
  const left = [...without];
  return withPaymend.filter((request) => {
    const i = left.indexOf(request);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Runs in the top frame before the page's scripts (pass it in `initScripts`) and records, on the
 * page's clock, into `window.__frame`:
 *  - shifts: every layout shift not caused by input (`layout-shift` entries, buffered), with the
 *    nodes that moved, so a test can sum them (CLS) and name what moved;
 *  - bannerVisible: the first moment `<paymend-banner>` has a `state` and a box (checked when the
 *    attribute changes, which forces layout, and on each animation frame), to compare with the
 *    page's first contentful paint: earlier means it was in the first painted frame.
 * A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
export const FRAME_MARKS = `
  if (window.top === window) {
    const frame = (window.__frame = { shifts: [], bannerVisible: null });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources || []).map((source) => source.node ? (source.node.localName || source.node.nodeName) + (source.node.className && typeof source.node.className === 'string' ? '.' + source.node.className : '') : '?');
        frame.shifts.push({ value: entry.value, startTime: entry.startTime, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const check = () => {
      if (frame.bannerVisible !== null) return true;
      const banner = document.querySelector('paymend-banner');
      if (!banner || !banner.hasAttribute('state') || banner.getBoundingClientRect().height === 0) return false;
      frame.bannerVisible = performance.now();
      return true;
    };
    new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
    const poll = () => check() || requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  }
`;

/** What FRAME_MARKS recorded, once the page painted and (when `banner`) the banner is visible. */
export interface FrameMarks {
  fcp: number;
  bannerVisible: number | null;
  shifts: Array<{ value: number; startTime: number; moved: string[] }>;
}

/** Waits for the first contentful paint (and the banner, when `banner`), then reads FRAME_MARKS' record. */
export async function frameMarks(page: Page, options: { banner: boolean; timeoutMs?: number }): Promise<FrameMarks> {
  const handle = await page.waitForFunction(
    (banner) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const frame = (window as unknown as { __frame?: { bannerVisible: number | null; shifts: FrameMarks['shifts'] } }).__frame;
      if (fcp === undefined || !frame || (banner && frame.bannerVisible === null)) return null;
      return { fcp, bannerVisible: frame.bannerVisible, shifts: frame.shifts };
    },
    options.banner,
    { timeout: options.timeoutMs ?? E2E_WAIT_MS },
  );
  return (await handle.jsonValue())!;
}
