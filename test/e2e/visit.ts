// What every end-to-end test of the demo shares: the demo server and Chromium (a `Stage` per test
// file), one person's visit in a fresh browser context (`Visit`, with its tabs, requests, uncaught
// errors and numbered screenshots), and what that person sees and does: the banner, the card form,
// the bank's 3-D Secure dialog.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { E2E_WAIT_MS, launchChromium, newPage } from '../../bench/host/browser.js';
import { startDemo, type DemoServer, type Scenario } from '../../demo/server.js';
import type { Status } from '../../src/protocol/index.js';

/** Every wait is for something to happen on the page, never longer than this (a bound on a failure, not a speed check). */
export const WAIT = E2E_WAIT_MS;
/** A future expiry, typed as a person would ("MM / YY"). */
export const EXPIRY = `12 / ${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
export const GOOD_CARD = '4242 4242 4242 4242';
export const THREE_DS_CARD = '4000 0027 6000 3184';

declare global {
  interface Window {
    /** Filled by the init script: every status the page's elements received, and Stripe constructions. */
    __e2e: { statuses: Status[]; stripeCalls: number };
  }
}

/**
 * Runs in every page before its scripts: records each `paymend-status` event (the banner got its
 * status) and counts calls of `window.Stripe(...)`, whoever sets it (here the offline stand-in).
 * A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const INSTRUMENT = `
  window.__e2e = { statuses: [], stripeCalls: 0 };
  document.addEventListener('paymend-status', (event) => window.__e2e.statuses.push(event.detail.status), true);
  let wrapped;
  Object.defineProperty(window, 'Stripe', {
    configurable: true,
    get: () => wrapped,
    set: (stripe) => {
      wrapped = Object.assign(function (...args) {
        window.__e2e.stripeCalls += 1;
        return stripe.apply(this, args);
      }, stripe);
    },
  });
`;

/** The offline demo and Chromium, shared by the tests of one file; screenshots go to `shots`. */
export class Stage {
  private running: { demo: DemoServer; browser: Browser } | null = null;

  /** `seedReport`: the recovery history behind /admin (about 10 s of start-up); only its own tests need it. */
  constructor(
    readonly shots: string,
    private readonly options: { seedReport?: boolean } = {},
  ) {}

  async start(): Promise<void> {
    rmSync(this.shots, { recursive: true, force: true });
    mkdirSync(this.shots, { recursive: true });
    const demo = await startDemo(0, { seedReport: this.options.seedReport ?? false });
    this.running = { demo, browser: await launchChromium() };
  }

  async stop(): Promise<void> {
    await this.running?.browser.close();
    await this.running?.demo.close();
    this.running = null;
  }

  get demo(): DemoServer {
    assert.ok(this.running, 'Stage.start() first');
    return this.running.demo;
  }

  get browser(): Browser {
    assert.ok(this.running, 'Stage.start() first');
    return this.running.browser;
  }

  /** Runs `run` in a fresh visit, screenshots a failure, and checks that no page threw. */
  async withVisit(name: string, run: (visit: Visit) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
    const visit = await Visit.start(this, name, options);
    try {
      await run(visit);
    } catch (error) {
      await visit.shot('failure').catch(() => undefined);
      for (const tab of visit.tabs) await tab.shot('failure').catch(() => undefined);
      throw error;
    } finally {
      await visit.close();
    }
    assert.deepEqual([visit, ...visit.tabs].flatMap((v) => v.errors), [], 'no uncaught error on the page');
  }
}

/** One person's visit: a fresh browser context, the requests it made, numbered screenshots. */
export class Visit {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  /** More tabs of the same person (same browser context, same session cookie). */
  readonly tabs: Visit[] = [];
  private step = 0;

  private constructor(
    private readonly stage: Stage,
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('request', (request) => this.requests.push(`${request.method()} ${request.url().replace(stage.demo.url, '')}`));
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** `options` for another device: a phone's viewport, a dark color scheme. */
  static async start(stage: Stage, name: string, options: BrowserContextOptions = {}): Promise<Visit> {
    const context = await stage.browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'en-US', ...options });
    await context.addInitScript(INSTRUMENT);
    const page = await newPage(context);
    page.setDefaultTimeout(WAIT);
    return new Visit(stage, name, context, page);
  }

  /** Opens another tab of the same person: the same cookies, its own requests, errors and screenshots. */
  async newTab(name: string): Promise<Visit> {
    const page = await newPage(this.context);
    page.setDefaultTimeout(WAIT);
    const tab = new Visit(this.stage, name, this.context, page);
    this.tabs.push(tab);
    return tab;
  }

  /** Signs in a fresh customer of `scenario` (the demo redirects to the dashboard) and waits for its status. */
  async login(scenario: Scenario): Promise<Status> {
    await this.page.goto(`${this.stage.demo.url}/login?scenario=${scenario}`);
    return this.status();
  }

  /** Opens the dashboard of whoever is signed in and waits for its status. */
  async dashboard(): Promise<Status> {
    await this.page.goto(`${this.stage.demo.url}/`);
    return this.status();
  }

  /** Reloads the dashboard and waits for the status the banner received. */
  async reload(): Promise<Status> {
    await this.page.reload();
    return this.status();
  }

  private async status(): Promise<Status> {
    const handle = await this.page.waitForFunction(() => window.__e2e.statuses.at(-1), undefined, { timeout: WAIT });
    return (await handle.jsonValue()) as Status;
  }

  /** A numbered screenshot of the whole page, or of one element of it. */
  async shot(step: string, target?: Locator): Promise<void> {
    this.step += 1;
    const path = `${this.stage.shots}/${this.name}-${String(this.step).padStart(2, '0')}-${step}.png`;
    await (target ? target.screenshot({ path }) : this.page.screenshot({ path, fullPage: true }));
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // --- What a person sees ----------------------------------------------------------------------------

  get banner(): Locator {
    return this.page.locator('paymend-banner');
  }
  /** The banner's message (title and explanation), inside its shadow root. */
  get bannerMessage(): Locator {
    return this.page.locator('paymend-banner [part~="message"]');
  }
  /** The modal dialog of the wall, when open. */
  get wallDialog(): Locator {
    return this.page.locator('paymend-wall dialog[open]');
  }
  get threeDS(): Locator {
    return this.page.locator('dialog.pm-3ds[open]');
  }
}

/** The visible text of an element, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText({ timeout: WAIT })).replace(/\s+/g, ' ').trim();
}

/** Waits until `locator` shows `pattern`; fails with what it shows instead. */
export async function waitForText(locator: Locator, pattern: RegExp | string): Promise<string> {
  try {
    await locator.filter({ hasText: pattern }).first().waitFor({ timeout: WAIT });
  } catch {
    const shown = await textOf(locator.first()).catch(() => '(nothing)');
    assert.fail(`expected ${String(pattern)}; the page shows: ${shown}`);
  }
  return textOf(locator.first());
}

// --- The card form -----------------------------------------------------------------------------------

/** A `<paymend-form>` as a person sees it: the banner's inline form, or the wall's. */
export class CardForm {
  constructor(
    private readonly visit: Visit,
    readonly root: Locator,
  ) {}

  get problem(): Locator {
    return this.root.locator('[part~="problem"]');
  }
  /** What the form says it is doing ("Saving your payment method…"); empty when it waits for the customer. */
  get progress(): Locator {
    return this.root.locator('[part~="progress"]');
  }
  get submit(): Locator {
    return this.root.getByRole('button', { name: 'Save payment method' });
  }

  /** Waits until the stand-in's Payment Element is mounted and the form takes a submission. */
  async ready(): Promise<void> {
    await this.root.locator('input[name="number"]').waitFor({ state: 'visible' });
    await this.root.locator('[part~="submit-button"][aria-disabled="false"]').waitFor();
  }

  /** Types the card like a person: click the number, replace what is there, Tab to expiry and CVC. */
  async type(number: string): Promise<void> {
    const keyboard = this.visit.page.keyboard;
    await this.root.locator('input[name="number"]').click();
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(number);
    await keyboard.press('Tab');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(EXPIRY);
    await keyboard.press('Tab');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type('123');
    assert.equal(await this.root.locator('input[name="number"]').inputValue(), number);
  }

  /** Clicks one of the stand-in's test-card shortcuts, e.g. "9995 · insufficient funds". */
  async pick(last4: string): Promise<void> {
    await this.root.getByRole('button', { name: new RegExp(`^${last4} · `) }).click();
  }

  async save(): Promise<void> {
    await this.submit.click();
  }

  /** Waits for a decline explained next to the fields, and for fresh fields to try another card. */
  async declined(pattern: RegExp | string): Promise<string> {
    const text = await waitForText(this.problem, pattern);
    await this.ready();
    return text;
  }
}

/** Presses the banner's button and waits for the inline form: a light-DOM child of the banner. */
export async function openBannerForm(visit: Visit, buttonName: string | RegExp = 'Update card'): Promise<CardForm> {
  await visit.banner.getByRole('button', { name: buttonName }).click();
  const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
  await form.ready();
  return form;
}

/** Plays the bank in the stand-in's 3-D Secure dialog(s) until the update ends one way or the other. */
export async function answerBank(visit: Visit, answer: 'Complete authentication' | 'Fail authentication', done: Locator): Promise<number> {
  let challenges = 0;
  for (;;) {
    // The loser of the race times out later: its rejection is expected and swallowed.
    const next = await Promise.race([
      visit.threeDS.waitFor().then(() => 'bank' as const, () => 'timeout' as const),
      done.first().waitFor().then(() => 'done' as const, () => 'timeout' as const),
    ]);
    if (next === 'done') return challenges;
    assert.equal(next, 'bank', 'neither the bank nor the outcome showed up');
    challenges += 1;
    assert.ok(challenges <= 3, 'the bank asks at most a few times');
    assert.match(await textOf(visit.threeDS), /Your bank \(test mode\) Confirm (that this card is yours|the payment)\./);
    await visit.shot(`3ds-${challenges}`);
    await visit.threeDS.getByRole('button', { name: answer }).click();
    await visit.threeDS.waitFor({ state: 'detached' });
  }
}

/** Waits for the banner's thank-you and returns its text. */
export async function bannerThanks(visit: Visit, pattern: RegExp): Promise<string> {
  await visit.page.locator('paymend-banner[state="updated"]').waitFor();
  const text = await waitForText(visit.bannerMessage, pattern);
  assert.match(text, /^Thank you, you’re all set /);
  return text;
}

/** Reloads: the server now says `ok`, so neither the banner nor the wall shows anything. */
export async function reloadAllClear(visit: Visit): Promise<void> {
  const status = await visit.reload();
  assert.equal(status.state, 'ok', 'the status changed server-side');
  assert.equal(status.access.wall, 'none');
  await visit.banner.waitFor({ state: 'hidden' });
  assert.equal(await visit.banner.getAttribute('state'), null, 'no banner');
  assert.equal(await visit.wallDialog.count(), 0, 'no wall');
  await visit.shot('reloaded-all-clear');
}

/** Shows the banner for a problem and returns its text (title and explanation). */
export async function readBanner(visit: Visit, title: string): Promise<string> {
  await visit.page.locator('paymend-banner div[part~="base"]').waitFor();
  const text = await waitForText(visit.bannerMessage, title);
  assert.ok(text.startsWith(title), text);
  return text;
}
