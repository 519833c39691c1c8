// End-to-end: the demo (`npm start`) in Chromium, driven like a person would. Each scenario signs in
// a fresh customer, reads the banner (and the wall), opens the form, enters Stripe test cards in the
// offline stand-in's card form, sees declines explained and the update go through, then reloads to
// check that the status changed on the server. A screenshot of every step lands in test-results/e2e/.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startDemo, type DemoServer, type Scenario } from '../../demo/server.js';
import { en, explainStatus } from '../../src/explain/index.js';
import type { Status } from '../../src/protocol/index.js';

const SHOTS = 'test-results/e2e';
/** Every wait is for something to happen on the page, never longer than this. */
const WAIT = 10_000;
/** A future expiry, typed as a person would ("MM / YY"). */
const EXPIRY = `12 / ${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
const GOOD_CARD = '4242 4242 4242 4242';
const THREE_DS_CARD = '4000 0027 6000 3184';

let demo: DemoServer;
let browser: Browser;

before(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

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

/** One person's visit: a fresh browser context, the requests it made, numbered screenshots. */
class Visit {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  private step = 0;

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('request', (request) => this.requests.push(`${request.method()} ${request.url().replace(demo.url, '')}`));
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  static async start(name: string): Promise<Visit> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 }, locale: 'en-US' });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    return new Visit(name, context, page);
  }

  /** Signs in a fresh customer of `scenario` (the demo redirects to the dashboard) and waits for its status. */
  async login(scenario: Scenario): Promise<Status> {
    await this.page.goto(`${demo.url}/login?scenario=${scenario}`);
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

  async shot(step: string): Promise<void> {
    this.step += 1;
    await this.page.screenshot({ path: `${SHOTS}/${this.name}-${String(this.step).padStart(2, '0')}-${step}.png`, fullPage: true });
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

async function withVisit(name: string, run: (visit: Visit) => Promise<void>): Promise<void> {
  const visit = await Visit.start(name);
  try {
    await run(visit);
  } catch (error) {
    await visit.shot('failure').catch(() => undefined);
    throw error;
  } finally {
    await visit.close();
  }
  assert.deepEqual(visit.errors, [], 'no uncaught error on the page');
}

/** The visible text of an element, whitespace collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText({ timeout: WAIT })).replace(/\s+/g, ' ').trim();
}

/** Waits until `locator` shows `pattern`; fails with what it shows instead. */
async function waitForText(locator: Locator, pattern: RegExp | string): Promise<string> {
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
class CardForm {
  constructor(
    private readonly visit: Visit,
    readonly root: Locator,
  ) {}

  get problem(): Locator {
    return this.root.locator('[part~="problem"]');
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
async function openBannerForm(visit: Visit, buttonName: string | RegExp = 'Update card'): Promise<CardForm> {
  await visit.banner.getByRole('button', { name: buttonName }).click();
  const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
  await form.ready();
  return form;
}

/** Plays the bank in the stand-in's 3-D Secure dialog(s) until the update ends one way or the other. */
async function answerBank(visit: Visit, answer: 'Complete authentication' | 'Fail authentication', done: Locator): Promise<number> {
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
async function bannerThanks(visit: Visit, pattern: RegExp): Promise<string> {
  await visit.page.locator('paymend-banner[state="updated"]').waitFor();
  const text = await waitForText(visit.bannerMessage, pattern);
  assert.match(text, /^Thank you, you’re all set /);
  return text;
}

/** Reloads: the server now says `ok`, so neither the banner nor the wall shows anything. */
async function reloadAllClear(visit: Visit): Promise<void> {
  const status = await visit.reload();
  assert.equal(status.state, 'ok', 'the status changed server-side');
  assert.equal(status.access.wall, 'none');
  await visit.banner.waitFor({ state: 'hidden' });
  assert.equal(await visit.banner.getAttribute('state'), null, 'no banner');
  assert.equal(await visit.wallDialog.count(), 0, 'no wall');
  await visit.shot('reloaded-all-clear');
}

/** Shows the banner for a problem and returns its text (title and explanation). */
async function readBanner(visit: Visit, title: string): Promise<string> {
  await visit.page.locator('paymend-banner div[part~="base"]').waitFor();
  const text = await waitForText(visit.bannerMessage, title);
  assert.ok(text.startsWith(title), text);
  return text;
}

describe('demo end to end (Chromium)', () => {
  it('healthy: no banner, and neither the form nor Stripe is loaded', async () => {
    await withVisit('healthy', async (visit) => {
      const status = await visit.login('healthy');
      assert.equal(status.state, 'ok');
      // Anything lazy would be requested right after the status; wait until the network is quiet.
      await visit.page.waitForLoadState('networkidle');
      await visit.shot('dashboard');
      assert.equal(await visit.banner.getAttribute('state'), null);
      assert.equal(await visit.banner.isVisible(), false, 'the banner takes no space');
      assert.equal(await visit.wallDialog.count(), 0);

      // `/stripe-standin.js` is the offline page's own `window.Stripe` (with real keys the page has no
      // Stripe script); what must not happen is Stripe being initialised or called, or anything lazy.
      const lazy = visit.requests.filter((r) => /paymend-chunks\/(form|banner-view|wall-view)-|setup-intent|\/demo\/stripe\/|stripe\.com|\/billing\/paymend\/(?!status$)/.test(r));
      assert.deepEqual(lazy, [], `a healthy page loads nothing more; it requested:\n${visit.requests.join('\n')}`);
      assert.deepEqual(
        visit.requests.filter((r) => r.includes('/billing/paymend/')),
        ['GET /billing/paymend/status'],
        'one status request per page, no beacon',
      );
      const page = await visit.page.evaluate(() => ({ form: customElements.get('paymend-form') !== undefined, stripeCalls: window.__e2e.stripeCalls }));
      assert.deepEqual(page, { form: false, stripeCalls: 0 }, 'the form is not registered and Stripe.js was never initialised');
    });
  });

  it('expiring: names the card and its expiry; a typed 3-D Secure card is confirmed with the bank', async () => {
    await withVisit('expiring', async (visit) => {
      const status = await visit.login('expiring');
      assert.equal(status.state, 'expiring');
      const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(status.paymentMethod!.expYear!, status.paymentMethod!.expMonth! - 1, 1),
      );
      const text = await readBanner(visit, 'Your card expires soon');
      assert.match(text, new RegExp(`Your Visa ending in 4242 expires in \\d+ days \\(end of ${month}\\)\\. Update it to keep your subscription running`));
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      assert.equal(await form.root.locator('.intro').count(), 0, 'nothing is due, so nothing will be charged');
      await visit.shot('form-open');
      await form.type(THREE_DS_CARD);
      await visit.shot('card-typed');
      await form.save();
      const challenges = await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      assert.ok(challenges >= 1, 'the bank asked for 3-D Secure');
      assert.match(await bannerThanks(visit, /will be used/), /Your Visa ending in 3184 will be used for your subscription from now on\./);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('expired: says so; an expired test card is declined, then 4242 works', async () => {
    await withVisit('expired', async (visit) => {
      await visit.login('expired');
      const text = await readBanner(visit, 'Your card has expired');
      assert.match(text, /Your Visa ending in 4242 expired at the end of January \d{4}\. Update it to keep your subscription active\./);
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.pick('0069');
      await visit.shot('expired-card-picked');
      await form.save();
      assert.match(await form.declined('The card has expired'), /Please add a card that is still valid/);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /will be used for your subscription/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('insufficient_funds: explains funds in plain words; the form and Stripe load on demand; another card pays', async () => {
    await withVisit('insufficient_funds', async (visit) => {
      await visit.login('insufficient_funds');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      assert.match(text, /Your bank declined the payment because the account doesn’t have enough funds right now\. You can add funds and try again, or use a different card\./);
      assert.match(text, /\$29\.00 is still due\. We first tried to take the payment on \w+ \d{1,2}, \d{4}\. We’ll try the payment again on \w+ \d{1,2}, \d{4}\./);
      assert.doesNotMatch(text, /insufficient_funds/, 'never the raw code');
      await visit.shot('banner');
      assert.equal(visit.requests.some((r) => /paymend-chunks\/form-/.test(r)), false, 'the form chunk waits for the click');

      const form = await openBannerForm(visit);
      assert.ok(visit.requests.some((r) => /GET \/paymend-chunks\/form-/.test(r)), 'the form chunk loaded on opening');
      assert.equal(await visit.page.evaluate(() => window.__e2e.stripeCalls), 1, 'Stripe initialised once, on opening');
      assert.match(await textOf(form.root.locator('.intro')), /will be charged \$29\.00 right away/);
      await visit.shot('form-open');

      await form.pick('9995');
      await form.save();
      const declined = await form.declined('Not enough funds');
      assert.match(declined, /doesn’t have enough funds right now/);
      await visit.shot('declined');

      await form.type(GOOD_CARD);
      await visit.shot('another-card');
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('do_not_honor: a calm explanation; a card whose payments fail is declined, then 4242 pays', async () => {
    await withVisit('do_not_honor', async (visit) => {
      await visit.login('do_not_honor');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      assert.match(text, /Your bank declined the payment/);
      assert.match(text, /\$29\.00 is still due/);
      assert.doesNotMatch(text, /do_not_honor|honou?r/i, 'never the raw code');
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.type('4000 0000 0000 0341');
      await form.save();
      assert.match(await form.declined('The payment was declined'), /use a different card/);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /Your payment of \$29\.00 went through/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('lost_card: reads exactly like a generic decline and never says "lost"', async () => {
    await withVisit('lost_card', async (visit) => {
      const status = await visit.login('lost_card');
      assert.equal(status.failure?.declineCode, 'lost_card');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      // What the same status would say for Stripe's `generic_decline`, in the banner's words.
      const generic = explainStatus(en, { ...status, failure: { ...status.failure!, declineCode: 'generic_decline' } }, { locale: 'en' })!;
      assert.equal(text, `${generic.title} ${generic.body}`);
      assert.doesNotMatch(text, /lost|stolen|fraud/i);
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.pick('9987');
      await form.save();
      const declined = await form.declined('The payment was declined');
      assert.match(declined, /Your bank declined the payment without telling us why/);
      assert.doesNotMatch(declined, /lost|stolen|fraud/i);
      await visit.shot('declined-generically');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('action_required: asks to confirm with the bank; "Confirm payment" runs 3-D Secure with the card on file', async () => {
    await withVisit('action_required', async (visit) => {
      await visit.login('action_required');
      const text = await readBanner(visit, 'Your bank needs you to confirm a payment');
      assert.match(text, /Your bank wants to make sure the payment of \$29\.00 is really from you\./);
      await visit.shot('banner');

      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      const challenges = await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      assert.equal(challenges, 1, 'one confirmation, nothing to type');
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('action_required: failing 3-D Secure is explained; another card then succeeds', async () => {
    await withVisit('action_required_3ds_failed', async (visit) => {
      await visit.login('action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
      assert.equal(await answerBank(visit, 'Fail authentication', form.problem), 1);
      const declined = await form.declined('The confirmation didn’t go through');
      assert.match(declined, /We couldn’t confirm the payment with your bank/);
      await visit.shot('authentication-failed');
      await form.type(GOOD_CARD);
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('soft_wall: the wall can be closed (Escape, "Not now"); fixing the card from the banner lifts it', async () => {
    await withVisit('soft_wall', async (visit) => {
      const status = await visit.login('soft_wall');
      assert.equal(status.access.wall, 'soft');
      await visit.wallDialog.waitFor();
      const wall = await waitForText(visit.wallDialog.locator('[part~="message"]'), /Your access continues until/);
      assert.match(wall, /doesn’t have enough funds/);
      assert.equal(await textOf(visit.wallDialog.locator('[part~="title"]')), 'Your last payment didn’t go through');
      await visit.wallDialog.getByRole('button', { name: 'Not now' }).waitFor();
      await visit.page.locator('paymend-wall > paymend-form input[name="number"]').waitFor();
      await visit.shot('wall');

      await visit.page.keyboard.press('Escape');
      await visit.wallDialog.waitFor({ state: 'detached' });
      await readBanner(visit, 'Your last payment didn’t go through');
      await visit.shot('closed-with-escape');

      await visit.reload();
      await visit.wallDialog.waitFor();
      await visit.shot('wall-again');
      await visit.wallDialog.getByRole('button', { name: 'Not now' }).click();
      await visit.wallDialog.waitFor({ state: 'detached' });
      await visit.shot('closed-not-now');

      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      assert.equal(await visit.wallDialog.count(), 0, 'the closed wall stays closed');
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('hard_wall: Escape does nothing; fixing the card inside the wall lifts it', async () => {
    await withVisit('hard_wall', async (visit) => {
      const status = await visit.login('hard_wall');
      assert.equal(status.access.wall, 'hard');
      await visit.wallDialog.waitFor();
      const wall = await waitForText(visit.wallDialog.locator('[part~="message"]'), /Your access is paused until the payment is fixed\./);
      assert.match(wall, /Your bank declined the payment without telling us why/);
      assert.equal(await visit.wallDialog.getByRole('button', { name: 'Not now' }).count(), 0, 'no way to close it');
      assert.equal(await visit.wallDialog.getByRole('link', { name: 'Contact support' }).count(), 1, 'an escape hatch to support');
      await visit.shot('wall');

      const form = new CardForm(visit, visit.page.locator('paymend-wall > paymend-form'));
      await form.ready();
      for (let press = 0; press < 2; press += 1) {
        // Chrome lets a second Escape close even a dialog whose `cancel` was prevented: try twice.
        await visit.page.keyboard.press('Escape');
        const open = await visit.page.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('paymend-wall')!.shadowRoot!.querySelector('dialog')!.open))),
            ),
        );
        assert.equal(open, true, `Escape #${press + 1} left the wall open`);
      }
      await visit.shot('escape-ignored');

      await form.pick('9987');
      await form.save();
      assert.doesNotMatch(await form.declined('The payment was declined'), /lost/i);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      const thanks = await waitForText(visit.wallDialog.locator('[part~="message"]'), /went through/);
      assert.match(thanks, /Your payment of \$29\.00 went through\. Thank you!/);
      assert.equal(await textOf(visit.wallDialog.locator('[part~="title"]')), 'Thank you, you’re all set');
      await visit.shot('wall-thank-you');
      await visit.wallDialog.getByRole('button', { name: 'Continue' }).click();
      await visit.wallDialog.waitFor({ state: 'detached' });
      await visit.banner.waitFor({ state: 'hidden' });
      await visit.shot('wall-lifted');
      await reloadAllClear(visit);
    });
  });

  it('language: Arabic is right-to-left, Chinese reads Chinese, banner and form alike', async () => {
    await withVisit('language', async (visit) => {
      await visit.login('insufficient_funds');
      await readBanner(visit, 'Your last payment didn’t go through');
      const languages = visit.page.getByLabel('Language');

      await languages.selectOption('ar');
      const rtl = visit.page.locator('paymend-banner div[part~="base"][lang="ar"][dir="rtl"]');
      await rtl.waitFor();
      const arabic = await textOf(visit.bannerMessage);
      assert.match(arabic, /[\u0600-\u06FF]{3}/, arabic);
      assert.doesNotMatch(arabic, /didn’t go through/);
      assert.equal(await rtl.evaluate((element) => getComputedStyle(element).direction), 'rtl');
      await visit.shot('ar-banner');
      await visit.banner.locator('[part~="button"]').click();
      const formBase = visit.page.locator('paymend-banner > paymend-form [part~="base"]');
      await visit.page.locator('paymend-banner > paymend-form [part~="base"][dir="rtl"]').waitFor();
      await visit.page.locator('paymend-banner > paymend-form input[name="number"]').waitFor();
      assert.match(await textOf(formBase.locator('[part~="title"]')), /[\u0600-\u06FF]{3}/);
      await visit.shot('ar-form');

      await languages.selectOption('zh');
      await visit.page.locator('paymend-banner div[part~="base"][lang="zh"][dir="ltr"]').waitFor();
      await visit.page.locator('paymend-banner > paymend-form [part~="base"][lang="zh"][dir="ltr"]').waitFor();
      const chinese = await textOf(visit.bannerMessage);
      assert.match(chinese, /[\u4E00-\u9FFF]{3}/, chinese);
      assert.match(await textOf(formBase.locator('[part~="title"]')), /[\u4E00-\u9FFF]{3}/);
      await visit.shot('zh');
    });
  });

  it('theme: dark and a brand theme restyle the banner through its documented hooks', async () => {
    await withVisit('theme', async (visit) => {
      await visit.login('expiring');
      await readBanner(visit, 'Your card expires soon');
      const base = visit.page.locator('paymend-banner div[part~="base"]');
      const button = visit.page.locator('paymend-banner [part~="button"]');
      const style = async () => ({
        background: await base.evaluate((element) => getComputedStyle(element).backgroundColor),
        font: await base.evaluate((element) => getComputedStyle(element).fontFamily),
        buttonBackground: await button.evaluate((element) => getComputedStyle(element).backgroundColor),
        buttonCase: await button.evaluate((element) => getComputedStyle(element).textTransform),
      });
      const light = await style();
      await visit.shot('light');

      await visit.page.getByLabel('Theme').selectOption('dark');
      await visit.page.locator('paymend-banner[theme="dark"]').waitFor({ state: 'attached' });
      const dark = await style();
      assert.notEqual(dark.background, light.background, 'the banner restyled');
      assert.ok(luminance(dark.background) < luminance(light.background), `${dark.background} is darker than ${light.background}`);
      await visit.shot('dark');

      await visit.page.getByLabel('Theme').selectOption('brand');
      await visit.page.locator('body.brand').waitFor({ state: 'attached' });
      const brand = await style();
      assert.match(brand.font, /Georgia/, '--paymend-font-family');
      assert.equal(brand.buttonBackground, 'rgb(109, 40, 217)', '--paymend-color-primary');
      assert.equal(brand.buttonCase, 'uppercase', '::part(button)');
      await visit.shot('brand');
    });
  });
});

/** Relative luminance of a CSS `rgb()`/`rgba()` color, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
