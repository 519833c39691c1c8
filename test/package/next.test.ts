// examples/next installed from the packed tarball: `next build` with no Stripe secrets in the
// environment (the route's options are a function), then `next start` against the offline Stripe
// stand-in: widget POSTs through the route handler pass the origin check same-origin and fail it
// cross-site, and in Chromium the page hydrates, the banner shows the declined renewal, and the
// client component's `onPaymendStatus` prop fires.
// Next builds are CPU-heavy: run this file alone (`node --import tsx --test test/package/next.test.ts`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { E2E_WAIT_MS, launchChromium } from '../../bench/host/browser.js';
import { freePort, installApp, type App } from './harness.js';
import { KEYS, loginCookie, postWebhook, startExampleStripe, widgetPost, type ExampleStripe } from './example-env.js';
import { startForwardingProxy, type ForwardingProxy } from './forwarding-proxy.js';

let app: App;
let stripe: ExampleStripe;
let origin: string;
let browser: Browser | undefined;
const proxies: ForwardingProxy[] = [];

/** Starts `next start` on a free port with the example's env plus `extra`; returns its origin. */
async function nextStart(extra: Record<string, string> = {}): Promise<{ origin: string; port: number }> {
  const port = await freePort();
  await app.start('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], port, { env: stripe.env(extra) });
  return { origin: `http://127.0.0.1:${port}`, port };
}

/** Whatever CI has in its environment, the build sees none of the example's variables. */
const NO_SECRETS = Object.fromEntries([...Object.keys(KEYS), 'STRIPE_API_BASE', 'EXAMPLE_CUSTOMER_ID', 'PUBLIC_ORIGIN'].map((name) => [name, undefined]));

before(async () => {
  [app, stripe] = await Promise.all([installApp('next'), startExampleStripe()]);
});
after(async () => {
  await browser?.close();
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await app?.dispose();
  await stripe?.close();
});

test('next build passes with no Stripe secrets in the environment, and type-checks the example', async () => {
  const built = await app.run('npx', ['next', 'build'], { env: NO_SECRETS });
  const output = built.stdout + built.stderr;
  assert.match(output, /Finished TypeScript/, 'Next type-checked the app against the published types');
  assert.match(output, /ƒ \/billing\/paymend\/\[\.\.\.path\]/, 'the Paymend route is built as a dynamic route');
});

test('next start: same-origin widget POSTs pass the origin check, cross-site ones answer 403', async () => {
  origin = (await nextStart()).origin;
  const cookie = await loginCookie(origin);

  const status = (await (await fetch(`${origin}/billing/paymend/status`, { headers: { cookie } })).json()) as { state: string };
  assert.equal(status.state, 'failed', 'the declined renewal, read from the stand-in');

  const sameOrigin = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin, 'sec-fetch-site': 'same-origin' });
  assert.equal(sameOrigin.status, 200, await sameOrigin.clone().text());
  const body = (await sameOrigin.json()) as { clientSecret: string; publishableKey: string };
  assert.match(body.clientSecret, /^seti_/);
  assert.equal(body.publishableKey, KEYS.STRIPE_PUBLISHABLE_KEY);

  // A browser from before Sec-Fetch-Site: its Origin's host is the Host header next start received.
  const oldBrowser = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin });
  assert.equal(oldBrowser.status, 200, await oldBrowser.clone().text());

  const crossSite = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  assert.equal(crossSite.status, 403, await crossSite.clone().text());
  const foreign = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin: 'https://evil.example' });
  assert.equal(foreign.status, 403);
});

test('in Chromium the page hydrates: the banner shows the declined renewal and onPaymendStatus fires', async () => {
  assert.ok(origin, 'next start is running (the previous test)');
  const html = await (await fetch(`${origin}/`)).text();
  assert.match(html, /<paymend-banner[^>]*>/, 'the server rendered the bare tag');

  browser = await launchChromium();
  const page = await browser.newPage();
  const errors: string[] = [];
  // Failed requests are listed by URL below; the console's copy of them names none.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  // The example has no favicon, which is the browser's question, not a broken asset of the page.
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));

  // The banner's "shown" beacon: a real browser's same-origin POST through next start.
  const beacon = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/billing/paymend/events', {
    timeout: E2E_WAIT_MS,
  });
  await page.goto(`${origin}/login`); // sets the session cookie, then 303 to the page
  assert.equal(new URL(page.url()).pathname, '/');
  await page.locator('paymend-banner[state="failed"]').waitFor({ timeout: E2E_WAIT_MS });
  const title = await page.locator('paymend-banner [part="title"]').textContent({ timeout: E2E_WAIT_MS });
  assert.ok(title?.trim(), 'the banner says what happened');
  // The client component's own text, set by its onPaymendStatus prop: a listener that survived hydration.
  await page.locator('[data-billing-state="failed"]').waitFor({ timeout: E2E_WAIT_MS });
  assert.equal((await page.locator('[data-billing-state]').textContent())?.trim(), 'Billing: Payment failed');
  const beaconResponse = await beacon;
  assert.ok(beaconResponse.ok(), `POST /events answered ${beaconResponse.status()}`);
  assert.equal((await beaconResponse.request().allHeaders())['sec-fetch-site'], 'same-origin');
  assert.deepEqual(errors, [], 'no hydration or other errors in the console');
});

test('next start: a signed webhook reaches the handler with its raw body; a forged one answers 400', async () => {
  assert.ok(origin, 'next start is running (an earlier test)');
  const signed = await postWebhook(`${origin}/billing/paymend/webhook`, stripe.failingCustomerId);
  assert.equal(signed.status, 200, await signed.clone().text());
  assert.deepEqual(await signed.json(), { received: true, handled: true });
  assert.equal((await postWebhook(`${origin}/billing/paymend/webhook`, stripe.failingCustomerId, 'whsec_someone_else')).status, 400);
});

test('behind a proxy that rewrites Host, an old browser on the public origin passes with PUBLIC_ORIGIN, and only with it', async () => {
  const publicOrigin = 'https://app.example.test';
  const oldBrowser = { origin: publicOrigin }; // no Sec-Fetch-Site: a browser from before 2023
  const plain = await nextStart();
  const named = await nextStart({ PUBLIC_ORIGIN: publicOrigin });
  for (const { port } of [plain, named]) proxies.push(await startForwardingProxy(port, 'app.example.test'));
  const [plainProxy, namedProxy] = proxies.slice(-2) as [ForwardingProxy, ForwardingProxy];

  const refused = await widgetPost(`${plainProxy.url}/billing/paymend/setup-intent`, await loginCookie(plainProxy.url), oldBrowser);
  assert.equal(refused.status, 403, 'without PUBLIC_ORIGIN nothing vouches for https://app.example.test');
  const cookie = await loginCookie(namedProxy.url);
  const accepted = await widgetPost(`${namedProxy.url}/billing/paymend/setup-intent`, cookie, oldBrowser);
  assert.equal(accepted.status, 200, await accepted.clone().text());
  const foreign = await widgetPost(`${namedProxy.url}/billing/paymend/setup-intent`, cookie, { origin: 'https://evil.example' });
  assert.equal(foreign.status, 403);
});
