// The no-login link in Chromium at 390 px, in a fresh context without a single cookie: the hosted
// page (served by the real handler, widget from its own `{basePath}/assets`, under the page's nonce
// CSP) opens the card form at once. A declined card (9995) keeps the old card and says what to do;
// 4242 fixes it and the page says it is done. A forged link shows the calm page. Stripe.js is the
// offline stand-in, answered for https://js.stripe.com as in the other end-to-end tests.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_WAIT_MS, launchChromium, newPage, routeStripeJs } from '../../bench/host/browser.js';
import { buildCdn, CDN_DIR } from '../../bench/sizes.js';
import { seedScenario, standinApi } from '../../demo/server.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, MemoryStore, toNodeHandler, type PaymendHandler } from '../../src/server/index.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2 A/AA rules, the page's own document (Stripe's frames are Stripe's). */
const AXE_RUN = `axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;

const WAIT = E2E_WAIT_MS;
const SHOTS = 'test-results/e2e-update-link';
const EXPIRY = `12 / ${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
const BASE = '/billing/paymend';

/** Reports CSP violations of every frame to the test (init scripts run before the page's own). */
const REPORT_CSP = `
  window.addEventListener('securitypolicyviolation', (event) => {
    window.__reportCsp?.(event.effectiveDirective + ' ' + event.blockedURI);
  }, true);
`;

let standin: StripeStandin;
let handler: PaymendHandler;
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  if (!existsSync(join(CDN_DIR, 'paymend.js'))) buildCdn();
  mkdirSync(SHOTS, { recursive: true });
  standin = await startStripeStandin();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The browser stand-in of Stripe.js calls this origin; like real Stripe.js it acts on an intent
    // by its client secret, so this cookie-less page needs nothing more.
    if (url.pathname.startsWith('/demo/stripe/')) {
      void standinApi(standin, req, res, url);
      return;
    }
    if (url.pathname.startsWith(`${BASE}/`)) return void toNodeHandler(handler)(req, res);
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = createHandler({
    stripe: new Stripe('sk_test_links', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_links',
    webhookSecret: 'whsec_links_e2e',
    basePath: BASE,
    store: new MemoryStore(),
    // Nobody is ever signed in here: only the link names a customer.
    resolveCustomer: () => null,
    notify: {
      from: { name: 'Acme Analytics', email: 'billing@acme.test' },
      support: { email: 'help@acme.test' },
      transports: { email: { channel: 'email', send: async () => undefined } },
      links: { origin },
    },
  });
  standin.setWebhook({ url: `${origin}${BASE}/webhook`, secret: 'whsec_links_e2e' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await handler?.close();
  await standin?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  errors: string[];
  csp: string[];
}

/** A fresh phone-sized browser: no cookies, no cache, Stripe.js stood in for. */
async function phone(): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US' });
  const visit: Visit = { context, page: null as never, errors: [], csp: [] };
  await routeStripeJs(context);
  await context.exposeBinding('__reportCsp', (_source, line: string) => void visit.csp.push(line));
  await context.addInitScript(REPORT_CSP);
  context.on('weberror', (error) => visit.errors.push(error.error().message));
  visit.page = await newPage(context);
  visit.page.setDefaultTimeout(WAIT);
  assert.deepEqual(await context.cookies(), [], 'no cookies at all');
  return visit;
}

/** The customer's default card's last 4 digits, read from the stand-in. */
function defaultLast4(customerId: string): string {
  const customer = standin.get(customerId) as { invoice_settings: { default_payment_method: string } };
  return (standin.get(customer.invoice_settings.default_payment_method) as { card: { last4: string } }).card.last4;
}

async function typeCard(page: Page, number: string): Promise<void> {
  const form = page.locator('paymend-form');
  await form.locator('input[name="number"]').waitFor({ state: 'visible' });
  await form.locator('[part~="submit-button"][aria-disabled="false"]').waitFor();
  await form.locator('input[name="number"]').click();
  for (const value of [number, EXPIRY, '123']) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await form.getByRole('button', { name: 'Save payment method' }).click();
}

describe('the update link in a browser', () => {
  it('opens the form at once; a decline keeps the old card and says what to do; 4242 fixes it', async () => {
    const customerId = seedScenario(standin, 'insufficient_funds');
    const status = await handler.refreshCustomer(customerId);
    assert.equal(status.state, 'failed');
    const link = await handler.updateLink({ customerId, invoiceId: status.invoice!.id, step: 'failed', channel: 'email' });
    assert.ok(link.startsWith(`${origin}${BASE}/update?t=v1.`));

    const visit = await phone();
    try {
      const response = await visit.page.goto(link);
      assert.equal(response?.status(), 200);
      await visit.page.getByRole('heading', { name: 'Update your payment method', level: 1 }).waitFor();
      const form = visit.page.locator('#paymend-slot > paymend-form');
      await form.locator('input[name="number"]').waitFor({ state: 'visible' });
      await form.locator('[part~="submit-button"][aria-disabled="false"]').waitFor();
      assert.equal(await form.getByRole('button', { name: /cancel/i }).count(), 0, 'nothing to cancel to');
      const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `no sideways scrolling at 390 px (${width})`);
      await visit.page.screenshot({ path: `${SHOTS}/page-390.png`, fullPage: true });

      await typeCard(visit.page, '4000 0000 0000 9995');
      const problem = form.locator('[part~="problem"]');
      // The card on file typed again: the same card (fingerprint) declined again says so, and what to do.
      await problem.filter({ hasText: 'This card was declined too' }).waitFor();
      assert.match(await problem.innerText(), /Your payment method on file hasn’t changed, and nothing was charged\.\s*Try again later/);
      await visit.page.screenshot({ path: `${SHOTS}/declined-390.png`, fullPage: true });
      assert.equal(defaultLast4(customerId), '9995', 'the old card is still the default');
      assert.equal((await handler.refreshCustomer(customerId)).state, 'failed', 'nothing paid');
      assert.equal(await visit.page.locator('#paymend-done').innerText(), '', 'not done');

      await typeCard(visit.page, '4242 4242 4242 4242');
      await visit.page.locator('#paymend-done').filter({ hasText: 'All done. Thank you! You can close this page.' }).waitFor();
      await visit.page.screenshot({ path: `${SHOTS}/done-390.png`, fullPage: true });
      const after = await handler.refreshCustomer(customerId);
      assert.equal(after.state, 'ok');
      assert.equal(after.paymentMethod?.last4, '4242');
      assert.deepEqual(await visit.context.cookies(), [], 'still no cookie: the link alone did it');
      assert.deepEqual(visit.csp, [], 'no CSP violation');
      assert.deepEqual(visit.errors, [], 'no uncaught error');
    } finally {
      await visit.context.close();
    }
  });

  it('the page with its form, and the calm page, pass axe (WCAG 2 A/AA) in light and dark', async () => {
    const customerId = seedScenario(standin, 'expired');
    const link = await handler.updateLink({ customerId, invoiceId: null, step: 'expiring', channel: 'sms' });
    for (const colorScheme of ['light', 'dark'] as const) {
      // bypassCSP: axe is a script the page's nonce policy rightly refuses.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, bypassCSP: true });
      try {
        await routeStripeJs(context);
        const page = await newPage(context);
        page.setDefaultTimeout(WAIT);
        await page.goto(link);
        await page.locator('paymend-form [part~="submit-button"][aria-disabled="false"]').waitFor();
        await page.addScriptTag({ path: AXE });
        assert.deepEqual(await page.evaluate(AXE_RUN), [], `hosted page, ${colorScheme}`);
        await page.goto(`${origin}${BASE}/update?t=forged`);
        await page.addScriptTag({ path: AXE });
        assert.deepEqual(await page.evaluate(AXE_RUN), [], `calm page, ${colorScheme}`);
      } finally {
        await context.close();
      }
    }
  });

  it('a forged link shows the calm page: what to do, no form, no script', async () => {
    const visit = await phone();
    try {
      const response = await visit.page.goto(`${origin}${BASE}/update?t=v1.eyJjIjoiY3VzX0V2ZSJ9.${'A'.repeat(43)}`);
      assert.equal(response?.status(), 400);
      await visit.page.getByRole('heading', { name: 'This link doesn’t work' }).waitFor();
      assert.equal(await visit.page.getByRole('link', { name: 'Sign in to your account' }).getAttribute('href'), `${origin}/`);
      assert.equal(await visit.page.getByRole('link', { name: 'help@acme.test' }).getAttribute('href'), 'mailto:help@acme.test');
      assert.equal(await visit.page.locator('paymend-form').count(), 0);
      await visit.page.screenshot({ path: `${SHOTS}/forged-390.png`, fullPage: true });
      assert.deepEqual(visit.csp, []);
      assert.deepEqual(visit.errors, []);
    } finally {
      await visit.context.close();
    }
  });
});
