// A merchant's page with a strict Content-Security-Policy (bench/host/server.ts STRICT_CSP: no
// 'unsafe-inline', no 'unsafe-eval', only the page's origin and Stripe's documented hosts) runs
// Paymend through every state without a single violation: healthy, expiring, a failed payment, the
// form, a declined card, 3-D Secure, success, the soft and the hard wall. Stripe.js is fetched from
// https://js.stripe.com by the real loader (answered by the offline stand-in), so its host is checked
// against the policy like in production. Violations are collected from every frame's
// `securitypolicyviolation` events and from Chromium's console; the last tests show that both
// channels do report a violation when the policy forbids something Paymend needs.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import { E2E_WAIT_MS, eventually, HostVisit } from '../../bench/host/browser.js';
import { startHostPage, STRICT_CSP, type HostPage } from '../../bench/host/server.js';
import type { Scenario } from '../../demo/server.js';
import { hostPageAndChromium } from './host-stage.js';

/** Every wait is for something to happen on the page, never longer than this (a bound on a failure, not a speed check). */
const WAIT = E2E_WAIT_MS;
const EXPIRY = `12 / ${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;

let host: HostPage;
let browser: Browser;

hostPageAndChromium((stage) => ({ host, browser } = stage));

/** A visit of a fresh customer of `scenario` under `page`'s policy; checks the page stayed free of errors. */
async function withVisit(page: HostPage, scenario: Scenario, run: (visit: HostVisit) => Promise<void>): Promise<HostVisit> {
  const visit = await HostVisit.open(browser, page);
  try {
    await visit.login(scenario);
    await visit.goto('/');
    await run(visit);
    assert.deepEqual(visit.errors, [], 'no uncaught error on the page');
  } finally {
    await visit.close();
  }
  return visit;
}

/** Runs a visit under the strict policy and asserts that nothing violated it, by either channel. */
async function strictly(scenario: Scenario, run: (visit: HostVisit) => Promise<void>): Promise<void> {
  const visit = await withVisit(host, scenario, run);
  assert.deepEqual(visit.cspViolations, [], 'no securitypolicyviolation event in any frame');
  assert.deepEqual(visit.cspConsole, [], 'no Content Security Policy message in the console');
}

const banner = (visit: HostVisit) => visit.page.locator('paymend-banner');

/** Waits for the banner (or the wall) to say `title`. */
async function shows(message: Locator, title: string | RegExp): Promise<void> {
  await message.filter({ hasText: title }).first().waitFor({ timeout: WAIT });
}

/** The card form inside `owner` (the banner or the wall), once the stand-in's Payment Element takes input. */
async function cardForm(owner: Locator): Promise<Locator> {
  const form = owner.locator('> paymend-form');
  await form.locator('input[name="number"]').waitFor({ state: 'visible', timeout: WAIT });
  await form.locator('[part~="submit-button"][aria-disabled="false"]').waitFor({ timeout: WAIT });
  return form;
}

/** Types a card as a person would (number, Tab, expiry, Tab, CVC) and saves. */
async function payWith(visit: HostVisit, form: Locator, number: string): Promise<void> {
  const keyboard = visit.page.keyboard;
  await form.locator('input[name="number"]').click();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.type(number);
  for (const value of [EXPIRY, '123']) {
    await keyboard.press('Tab');
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(value);
  }
  await form.getByRole('button', { name: 'Save payment method' }).click();
}

/** Completes the stand-in's 3-D Secure dialog(s) until `done` shows; returns how many there were. */
async function completeBank(visit: HostVisit, done: Locator): Promise<number> {
  const bank = visit.page.locator('dialog.pm-3ds[open]');
  for (let challenges = 0; challenges <= 3; challenges += 1) {
    // The loser of the race times out later: its rejection is expected and swallowed.
    const next = await Promise.race([
      bank.waitFor({ timeout: WAIT }).then(() => 'bank' as const, () => 'timeout' as const),
      done.first().waitFor({ timeout: WAIT }).then(() => 'done' as const, () => 'timeout' as const),
    ]);
    if (next === 'done') return challenges;
    assert.equal(next, 'bank', 'neither the bank nor the outcome showed up');
    await bank.getByRole('button', { name: 'Complete authentication' }).click();
    await bank.waitFor({ state: 'detached', timeout: WAIT });
  }
  assert.fail('the bank asked more than three times');
}

describe('strict Content-Security-Policy on the host page', () => {
  it('the policy is strict: no unsafe-inline, no unsafe-eval, nothing but the page and Stripe', () => {
    assert.doesNotMatch(STRICT_CSP, /unsafe-|\*(?!\.js\.stripe\.com)|data:|blob:/);
    assert.match(STRICT_CSP, /script-src 'self' https:\/\/js\.stripe\.com https:\/\/\*\.js\.stripe\.com;/);
    assert.match(STRICT_CSP, /style-src 'self';/);
  });

  it('healthy: nothing shown, nothing violated', async () => {
    await strictly('healthy', async (visit) => {
      await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
      assert.ok(visit.requests.includes('GET /billing/paymend/status'), 'the banner asked for the status');
      assert.equal(await banner(visit).isVisible(), false);
    });
  });

  it('expiring: the banner', async () => {
    await strictly('expiring', async (visit) => {
      await shows(banner(visit).locator('[part~="message"]'), 'Your card expires soon');
    });
  });

  it('failed payment: the banner, the form, a declined card explained, then 3-D Secure and success', async () => {
    await strictly('insufficient_funds', async (visit) => {
      await shows(banner(visit).locator('[part~="message"]'), 'Your last payment didn’t go through');
      await banner(visit).getByRole('button', { name: 'Update card' }).click();
      const form = await cardForm(banner(visit));
      assert.ok(visit.requests.includes('GET https://js.stripe.com/endive/stripe.js'), 'Stripe.js came from its own host, under the policy');

      await payWith(visit, form, '4000 0000 0000 0002');
      await shows(form.locator('[part~="problem"]'), /declined/);
      await cardForm(banner(visit));

      await payWith(visit, form, '4000 0027 6000 3184');
      const challenges = await completeBank(visit, visit.page.locator('paymend-banner[state="updated"]'));
      assert.ok(challenges >= 1, 'the bank asked for 3-D Secure');
      await shows(banner(visit).locator('[part~="message"]'), /went through/);
    });
  });

  it('bank confirmation: "Confirm payment" with the card on file', async () => {
    await strictly('action_required', async (visit) => {
      await banner(visit).getByRole('button', { name: 'Confirm payment' }).click();
      assert.equal(await completeBank(visit, visit.page.locator('paymend-banner[state="updated"]')), 1);
    });
  });

  it('soft wall: shown, and closed with "Not now"', async () => {
    await strictly('soft_wall', async (visit) => {
      const wall = visit.page.locator('paymend-wall dialog[open]');
      await wall.waitFor({ timeout: WAIT });
      await cardForm(visit.page.locator('paymend-wall'));
      await wall.getByRole('button', { name: 'Not now' }).click();
      await wall.waitFor({ state: 'detached', timeout: WAIT });
      await shows(banner(visit).locator('[part~="message"]'), 'Your last payment didn’t go through');
    });
  });

  it('hard wall: the form inside the wall pays, and the wall lifts', async () => {
    await strictly('hard_wall', async (visit) => {
      const wall = visit.page.locator('paymend-wall dialog[open]');
      await wall.waitFor({ timeout: WAIT });
      await payWith(visit, await cardForm(visit.page.locator('paymend-wall')), '4242 4242 4242 4242');
      await shows(wall.locator('[part~="message"]'), /went through/);
      await wall.getByRole('button', { name: 'Continue' }).click();
      await wall.waitFor({ state: 'detached', timeout: WAIT });
    });
  });

  describe('the detector reports what a policy forbids', () => {
    /** A host page whose policy is STRICT_CSP with one source taken out. */
    async function withPolicy(csp: string, scenario: Scenario, run: (visit: HostVisit) => Promise<void>): Promise<HostVisit> {
      assert.notEqual(csp, STRICT_CSP, 'the policy was really changed');
      const strict = await startHostPage({ csp });
      try {
        return await withVisit(strict, scenario, run);
      } finally {
        await strict.close();
      }
    }

    it('without js.stripe.com in script-src, loading Stripe.js is reported and the form says it is unavailable', async () => {
      const reported = (visit: HostVisit) =>
        visit.cspViolations.some((v) => v.directive === 'script-src-elem' && v.blockedURI.startsWith('https://js.stripe.com/')) &&
        visit.cspConsole.some((message) => message.includes('https://js.stripe.com/'));
      const visit = await withPolicy(STRICT_CSP.replace(' https://js.stripe.com https://*.js.stripe.com;', ';'), 'insufficient_funds', async (visit) => {
        await banner(visit).getByRole('button', { name: 'Update card' }).click();
        await shows(visit.page.locator('paymend-banner > paymend-form'), 'The payment form couldn’t be loaded');
        // Both reports travel from the page to this process on their own: wait for them before the visit ends.
        await eventually(() => reported(visit), 'the violation to be reported by both channels').catch(() => undefined);
      });
      assert.ok(
        visit.cspViolations.some((v) => v.directive === 'script-src-elem' && v.blockedURI.startsWith('https://js.stripe.com/')),
        `a script-src violation for Stripe.js; reported: ${JSON.stringify(visit.cspViolations)}`,
      );
      assert.ok(visit.cspConsole.some((message) => message.includes('https://js.stripe.com/')), `a console message; got: ${visit.cspConsole.join('\n')}`);
    });

    it("without 'self' in connect-src, the status request is reported and the page goes on without a banner", async () => {
      const visit = await withPolicy(STRICT_CSP.replace("connect-src 'self' ", 'connect-src '), 'insufficient_funds', async (visit) => {
        await eventually(() => visit.cspViolations.some((v) => v.directive === 'connect-src'), 'the connect-src violation').catch(() => undefined);
        await visit.page.waitForLoadState('networkidle', { timeout: WAIT });
        assert.equal(await banner(visit).isVisible(), false, 'no status, no banner');
        assert.equal(await visit.page.getByRole('heading', { name: 'Storefront overview' }).isVisible(), true, 'the page itself is fine');
      });
      assert.ok(
        visit.cspViolations.some((v) => v.directive === 'connect-src' && v.blockedURI.endsWith('/billing/paymend/status')),
        `a connect-src violation for the status; reported: ${JSON.stringify(visit.cspViolations)}`,
      );
    });
  });
});
