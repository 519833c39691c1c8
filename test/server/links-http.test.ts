// The no-login link over real HTTP: the handler on node:http, the real `stripe` SDK against the
// offline stand-in. The hosted page and its headers, lang/dir per locale, what a token lets a
// request do (the update flow of its customer, nothing else, and no cross-site POST), the calm pages
// of forged, truncated, expired and revoked links, rate limits, and the CDN files the page loads.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { createHandler, HandlerOptionsError, MemoryStore } from '../../src/server/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { notifyStringsFor } from '../../src/notify/strings/index.js';
import { LINK_LIMITS } from '../../src/server/notify/link-routes.js';
import { revocationKey } from '../../src/server/notify/links.js';
import { CdnAssets, assetRule, cdnDirectory } from '../../src/server/pages/assets.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, recordingLogger, seedCustomer, startApp, stripeClientFor, type App } from './harness.js';

const DAY = 86_400_000;
const MERCHANT = 'Acme <b>Analytics</b> & "Co"';
const noop = { channel: 'email' as const, send: async () => undefined };
const notify = (extra: Record<string, unknown> = {}) => ({
  from: { name: MERCHANT, email: 'billing@acme.test' },
  support: { email: 'help@acme.test' },
  transports: { email: noop },
  links: { origin: 'https://app.example.com' },
  ...extra,
});

let standin: StripeStandin;
let app: App;
let store: MemoryStore;
let offset = 0;
const now = () => Date.now() + offset;

before(async () => {
  // The page loads the package's own CDN build: make it once when it is missing.
  if (!existsSync(join(cdnDirectory(), 'paymend.js'))) {
    await promisify(execFile)('node_modules/.bin/rollup', ['-c', '--silent'], { cwd: new URL('../..', import.meta.url).pathname });
  }
  standin = await startStripeStandin();
});
after(async () => standin?.close());
beforeEach(async () => {
  offset = 0;
  store = new MemoryStore({ now });
  app = await startApp(standin, { notify: notify(), store, now } as Partial<HandlerOptions>);
});
afterEach(async () => app?.close());

/** A link's path and query on the test server (links name the public origin, https://app.example.com). */
async function linkFor(customerId: string, o: { invoiceId?: string | null; locale?: string } = {}): Promise<string> {
  const url = new URL(await app.handler.updateLink({ customerId, invoiceId: o.invoiceId ?? null, step: 'failed', channel: 'email', locale: o.locale ?? 'en' }));
  assert.equal(url.origin, 'https://app.example.com');
  return `${app.url}${url.pathname}${url.search}`;
}
const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;

/** A request of the hosted page: same-origin, no cookie, the token in its header. */
function pageCall(token: string, path: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const post = (o.method ?? 'POST') === 'POST';
  return fetch(`${app.base}${path}`, {
    method: o.method ?? 'POST',
    headers: {
      'paymend-link': token,
      'sec-fetch-site': 'same-origin',
      ...(post ? { 'content-type': 'application/json', 'paymend-request': '1', origin: app.url } : {}),
      ...o.headers,
    },
    ...(post ? { body: o.body ?? '{}' } : {}),
  });
}

describe('the hosted page', () => {
  it('serves the page with a nonce CSP, no referrer, no cache, the merchant escaped', async () => {
    const { customerId } = seedCustomer(standin);
    const link = await linkFor(customerId);
    const response = await fetch(link);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    assert.ok(nonce && nonce.length >= 22, `a nonce in ${csp}`);
    for (const part of ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", `style-src 'self' 'nonce-${nonce}'`, "connect-src 'self' https://api.stripe.com"]) {
      assert.ok(csp.includes(part), `CSP has ${part}`);
    }
    assert.ok(!csp.includes('unsafe'), 'nothing unsafe');
    const html = await response.text();
    assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
    // Every script and style carries this response's nonce; there is nothing else inline.
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script type="module" nonce="${nonce}">`]);
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${nonce}">`]);
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handler');
    assert.ok(html.includes('Acme &lt;b&gt;Analytics&lt;/b&gt; &amp; &quot;Co&quot;'), 'the merchant name, escaped');
    assert.ok(!html.includes('<b>Analytics'), 'never raw');
    assert.ok(html.includes(`data-token="${tokenOf(link)}"`));
    assert.ok(html.includes('/billing/paymend/assets/paymend.js'), 'the widget from the handler itself');
    assert.ok(html.includes('mailto:help@acme.test'), 'names support');
    assert.ok(!html.includes(customerId), 'no customer id in the page');
    const again = await fetch(link);
    const second = /'nonce-([^']+)'/.exec(again.headers.get('content-security-policy') ?? '')?.[1];
    assert.notEqual(second, nonce, 'a fresh nonce per response');
  });

  it('speaks the link locale: de is ltr, ar is rtl', async () => {
    const { customerId } = seedCustomer(standin);
    const de = await (await fetch(await linkFor(customerId, { locale: 'de-AT' }))).text();
    assert.match(de, /<html lang="de" dir="ltr">/);
    const ar = await (await fetch(await linkFor(customerId, { locale: 'ar' }))).text();
    assert.match(ar, /<html lang="ar" dir="rtl">/);
    // Page text still in English is marked so (the form follows <html lang> and speaks Arabic).
    assert.match(ar, /<h1 id="paymend-heading" tabindex="-1" lang="(ar" dir="rtl|en" dir="ltr)">/);
  });

  it('loads the widget from notify.links.assetsUrl when set, and allows that origin only', async () => {
    await app.close();
    app = await startApp(standin, { notify: notify({ links: { origin: 'https://app.example.com', assetsUrl: 'https://cdn.example.net/paymend/1.0/' } }), store, now } as Partial<HandlerOptions>);
    const { customerId } = seedCustomer(standin);
    const response = await fetch(await linkFor(customerId));
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'nonce-[^']+' https:\/\/cdn\.example\.net https:\/\/js\.stripe\.com/);
    assert.ok((await response.text()).includes('"https://cdn.example.net/paymend/1.0/paymend.js"'));
  });
});

describe('what a token lets a request do', () => {
  it('status and setup-intent of its customer, with no cookie at all', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId));
    const status = await pageCall(token, '/status', { method: 'GET' });
    assert.equal(status.status, 200);
    assert.equal(((await status.json()) as { v: number }).v, 1);
    const setup = await pageCall(token, '/setup-intent');
    assert.equal(setup.status, 200);
    const { clientSecret, publishableKey } = (await setup.json()) as { clientSecret: string; publishableKey: string };
    assert.equal(publishableKey, PUBLISHABLE_KEY);
    const intent = standin.get(clientSecret.split('_secret_')[0]!) as { customer: string };
    assert.equal(intent.customer, customerId, 'the SetupIntent is the token customer’s');
  });

  it('the token wins over a session cookie of someone else', async () => {
    const ada = seedCustomer(standin);
    const eve = seedCustomer(standin);
    app.sessions.set('eve', eve.customerId);
    const setup = await pageCall(tokenOf(await linkFor(ada.customerId)), '/setup-intent', { headers: { cookie: 'session=eve' } });
    const { clientSecret } = (await setup.json()) as { clientSecret: string };
    assert.equal((standin.get(clientSecret.split('_secret_')[0]!) as { customer: string }).customer, ada.customerId);
  });

  it('refuses /events (but for the page’s own beacons) and /webhook with the header: 403', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId));
    const events = await pageCall(token, '/events', { body: JSON.stringify({ name: 'shown', state: 'failed' }) });
    assert.equal(events.status, 403);
    const webhook = await pageCall(token, '/webhook', { headers: { 'stripe-signature': 't=1,v1=x' } });
    assert.equal(webhook.status, 403);
    assert.equal(((await webhook.json()) as { error: { code: string } }).error.code, 'forbidden');
    // Even a forged token gets the same 403 there: the header is refused before it is read.
    assert.equal((await pageCall('v1.x.y', '/webhook')).status, 403);
    // The page's own beacons carry the source "page"; any other source is refused too.
    const asBanner = await pageCall(token, '/events', { body: JSON.stringify({ name: 'support_opened', state: 'failed', source: 'banner' }) });
    assert.equal(asBanner.status, 403);
  });

  it('lets the hosted page count its offers panel, its support link and its rating, and nothing else', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId));
    const send = (event: Record<string, unknown>) => pageCall(token, '/events', { body: JSON.stringify(event) });
    assert.equal((await send({ name: 'offers_shown', state: 'failed', source: 'page' })).status, 204);
    assert.equal((await send({ name: 'offers_shown', state: 'failed', source: 'wall' })).status, 403, 'only as the page');
    assert.equal((await send({ name: 'support_opened', state: 'failed', source: 'page' })).status, 204);
    assert.equal((await send({ name: 'rated', state: 'failed', rating: 2, source: 'page' })).status, 204);
    assert.equal((await send({ name: 'opened', state: 'failed', source: 'page' })).status, 403);
    assert.equal((await pageCall('v1.x.y', '/events', { body: JSON.stringify({ name: 'rated', state: 'failed', rating: 2, source: 'page' }) })).status, 401, 'a forged link counts nothing');
    const stats = await app.handler.recoveryStats();
    assert.equal(stats.events['offers_shown.page'], 1);
    assert.equal(stats.events['support_opened.page'], 1);
    assert.equal(stats.events['rated.2'], 1);
    assert.equal(stats.events.opened, undefined);
  });

  it('refuses a cross-site POST carrying a valid token: 403', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId));
    const response = await pageCall(token, '/setup-intent', { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } });
    assert.equal(response.status, 403);
    const noHeader = await pageCall(token, '/setup-intent', { headers: { 'paymend-request': '' } });
    assert.equal(noHeader.status, 403, 'the Paymend-Request header is still required');
  });

  it('a forged, truncated, expired or revoked token authorises nothing: 401', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId, { invoiceId: 'in_Open1' }));
    for (const bad of ['v1.e30.' + 'A'.repeat(43), token.slice(0, -3), `${token}x`, '']) {
      const response = await pageCall(bad, '/status', { method: 'GET' });
      assert.equal(response.status, 401, `token ${bad.slice(-8)}`);
    }
    await store.setValue(revocationKey(customerId, 'in_Open1'), String(now()), DAY);
    assert.equal((await pageCall(token, '/setup-intent')).status, 401, 'revoked');
    const fresh = tokenOf(await linkFor(customerId));
    offset = 22 * DAY;
    assert.equal((await pageCall(fresh, '/status', { method: 'GET' })).status, 401, 'expired');
  });

  it('rate-limits token calls per token: 429 with Retry-After', async () => {
    const { customerId } = seedCustomer(standin);
    const token = tokenOf(await linkFor(customerId));
    for (let i = 0; i < LINK_LIMITS.call.limit; i++) assert.equal((await pageCall(token, '/status', { method: 'GET' })).status, 200);
    const limited = await pageCall(token, '/status', { method: 'GET' });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    const other = tokenOf(await linkFor(customerId, { locale: 'de' }));
    assert.equal((await pageCall(other, '/status', { method: 'GET' })).status, 200, 'another link has its own window');
  });
});

describe('calm pages', () => {
  /** The calm page's answer: status, and its HTML checked for what must never be on it. */
  async function calm(url: string, status: number, title: RegExp): Promise<string> {
    const response = await fetch(url);
    assert.equal(response.status, status);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'nonce-[^']+' 'none'/);
    const html = await response.text();
    assert.match(html, title);
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/cus_|in_[A-Za-z0-9]{4}|Error|at \w+ \(/.test(html), 'no id, no stack');
    assert.ok(html.includes('href="https://app.example.com/"'), 'where to sign in');
    assert.ok(html.includes('mailto:help@acme.test'), 'how to reach support');
    return html;
  }

  it('forged and truncated links: 400', async () => {
    const { customerId } = seedCustomer(standin);
    const link = await linkFor(customerId);
    await calm(`${app.base}/update?t=v1.e30.${'A'.repeat(43)}`, 400, /This link doesn’t work/);
    await calm(link.slice(0, -5), 400, /This link doesn’t work/);
    await calm(`${app.base}/update`, 400, /This link doesn’t work/);
    await calm(`${app.base}/update?t=${encodeURIComponent('"><script>alert(1)</script>')}`, 400, /This link doesn’t work/);
  });

  it('expired links: 410, in the link language', async () => {
    const { customerId } = seedCustomer(standin);
    const link = await linkFor(customerId, { locale: 'ar' });
    offset = 21 * DAY;
    const html = await calm(link, 410, new RegExp(notifyStringsFor('ar').messages['page.expired.title']));
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /<div class="card" lang="ar" dir="rtl">/, 'the Arabic text, right to left');
  });

  it('revoked links (the payment was fixed): 410', async () => {
    const { customerId } = seedCustomer(standin);
    const link = await linkFor(customerId, { invoiceId: 'in_Fixed1' });
    await store.setValue(revocationKey(customerId, 'in_Fixed1'), String(now()), DAY);
    await calm(link, 410, /already taken care of/);
  });

  it('rate-limits opens of one link: 429', async () => {
    const { customerId } = seedCustomer(standin);
    const link = await linkFor(customerId);
    for (let i = 0; i < LINK_LIMITS.open.limit; i++) assert.equal((await fetch(link)).status, 200);
    assert.equal((await fetch(link)).status, 429);
  });
});

describe('the widget files', () => {
  /** A GET with the path exactly as written (fetch would resolve `..` before sending). */
  function rawGet(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(app.url);
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves the entry briefly cached and hashed chunks immutable, as JavaScript', async () => {
    const entry = await fetch(`${app.base}/assets/paymend.js`);
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(entry.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(entry.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await entry.text(), /^\/\*|import|export|[a-z]/, 'the built entry');
    const chunk = readdirSync(join(cdnDirectory(), 'chunks')).find((f) => /^form-.*\.js$/.test(f))!;
    const response = await fetch(`${app.base}/assets/chunks/${chunk}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const map = await fetch(`${app.base}/assets/paymend.js.map`);
    assert.equal(map.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await fetch(`${app.base}/assets/chunks/form-nothere.js`)).status, 404);
  });

  it('refuses every path outside the build', async () => {
    for (const path of [
      '/billing/paymend/assets/../../package.json',
      '/billing/paymend/assets/%2e%2e/%2e%2e/package.json',
      '/billing/paymend/assets/chunks/..%2f..%2fpackage.json',
      '/billing/paymend/assets/chunks%2f..%2f..%2f..%2fpackage.json',
      '/billing/paymend/assets/..\\..\\package.json',
      '/billing/paymend/assets/',
      '/billing/paymend/assets/index.html',
      '/billing/paymend/assets/paymend.js%00.txt',
      '/billing/paymend/assets//etc/passwd',
    ]) {
      const response = await rawGet(path);
      assert.equal(response.status, 404, path);
      assert.ok(!response.body.includes('"name": "paymend"'), path);
    }
    assert.equal((await fetch(`${app.base}/assets/paymend.js`, { method: 'POST' })).status, 405);
  });

  it('serves only the names the build produces, even for files that sit in the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paymend-cdn-'));
    writeFileSync(join(dir, 'paymend.js'), 'export {};');
    writeFileSync(join(dir, 'secrets.env'), 'KEY=1');
    const assets = new CdnAssets(dir, recordingLogger().logger);
    assert.equal((await assets.reply('paymend.js')).status, 200);
    for (const name of ['secrets.env', './paymend.js', 'chunks/../paymend.js', '../paymend.js', 'chunks/a/b.js', 'paymend.mjs']) {
      await assert.rejects(assets.reply(name), (error: { status?: number }) => error.status === 404, name);
      assert.equal(assetRule(name), null, name);
    }
  });

  it('says to run the build when the files are missing', async () => {
    const { lines, logger } = recordingLogger();
    const assets = new CdnAssets(mkdtempSync(join(tmpdir(), 'paymend-cdn-')), logger);
    await assert.rejects(assets.reply('paymend.js'), (error: { status?: number }) => error.status === 404);
    await assert.rejects(assets.reply('paymend.js'));
    assert.equal(lines.length, 1, 'logged once');
    assert.match(lines[0]!, /paymend\.js is missing\. Run the build .*notify\.links\.assetsUrl/);
  });

  it('finds dist/cdn from the source and from the built server alike', () => {
    const root = new URL('../..', import.meta.url).pathname;
    assert.equal(cdnDirectory(new URL('../../src/server/pages/assets.ts', import.meta.url).href), join(root, 'dist/cdn'));
    assert.equal(cdnDirectory(new URL('../../dist/server/index.js', import.meta.url).href), join(root, 'dist/cdn'));
  });
});

describe('createHandler and updateLink', () => {
  const base = () => ({ stripe: stripeClientFor(standin), publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET, resolveCustomer: () => null });

  it('fails at creation, naming the option, when notify is on and no absolute link can be built', () => {
    assert.throws(
      () => createHandler({ ...base(), basePath: '/billing/paymend', notify: { ...notify(), links: {} } }),
      (error: unknown) => error instanceof HandlerOptionsError && error instanceof TypeError && /notify\.links\.origin/.test(error.message),
    );
    assert.throws(() => createHandler({ ...base(), notify: notify() }), (error: unknown) => error instanceof TypeError && /basePath/.test(error.message));
    // publicOrigin is enough; so is a page of the merchant's own (no basePath needed then).
    createHandler({ ...base(), basePath: '/b', publicOrigin: 'https://app.example.com', notify: { ...notify(), links: {} } });
    createHandler({ ...base(), notify: { ...notify(), links: { pageUrl: 'https://app.example.com/billing' } } });
  });

  it('updateLink leads to the merchant page with ?paymend=fix and no token when pageUrl is set', async () => {
    const handler = createHandler({ ...base(), notify: { ...notify(), links: { pageUrl: 'https://app.example.com/billing' } } });
    assert.equal(await handler.updateLink({ customerId: 'cus_A1', step: 'failed', channel: 'sms' }), 'https://app.example.com/billing?paymend=fix');
  });

  it('updateLink works without notify from publicOrigin, and rejects bad input with a TypeError', async () => {
    const handler = createHandler({ ...base(), basePath: '/pay', publicOrigin: 'https://app.example.com' });
    assert.match(await handler.updateLink({ customerId: 'cus_A1', invoiceId: 'in_B2', step: 'reminder', channel: 'email', locale: 'pt_BR' }), /^https:\/\/app\.example\.com\/pay\/update\?t=v1\.[\w-]+\.[\w-]{43}$/);
    await assert.rejects(handler.updateLink({ customerId: 'Robert"); drop', step: 'failed', channel: 'email' }), TypeError);
    await assert.rejects(createHandler({ ...base() }).updateLink({ customerId: 'cus_A1', step: 'failed', channel: 'email' }), /notify\.links\.origin/);
  });
});
