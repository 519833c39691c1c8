// examples/express installed from the packed tarball and run behind a forwarding proxy: the browser
// is on https://app.example.test, Express sees http://127.0.0.1:<port>. Old browsers (Origin, no
// Sec-Fetch-Site) pass with the example's documented TRUST_PROXY or PUBLIC_ORIGIN, a foreign Origin
// never does, and Stripe's webhook signature is checked over the raw body.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { freePort, installApp, type App } from './harness.js';
import { KEYS, loginCookie, postWebhook, startExampleStripe, widgetPost, type ExampleStripe } from './example-env.js';
import { startForwardingProxy, type ForwardingProxy } from './forwarding-proxy.js';

const PUBLIC_ORIGIN = 'https://app.example.test';
const OLD_BROWSER = { origin: PUBLIC_ORIGIN }; // no Sec-Fetch-Site: a browser from before 2023

let app: App;
let stripe: ExampleStripe;
const proxies: ForwardingProxy[] = [];

before(async () => {
  [app, stripe] = await Promise.all([installApp('express'), startExampleStripe()]);
});
after(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await app?.dispose();
  await stripe?.close();
});

/** Starts the example with `env` and a proxy in front; returns the proxy's base URL and a signed-in cookie. */
async function behindProxy(env: Record<string, string>) {
  const port = await freePort();
  await app.start('npm', ['start'], port, { env: stripe.env({ PORT: String(port), ...env }) });
  const proxy = await startForwardingProxy(port, 'app.example.test');
  proxies.push(proxy);
  return { base: `${proxy.url}/billing/paymend`, cookie: await loginCookie(proxy.url) };
}

test('the example type-checks against the published types', async () => {
  await app.run('npm', ['run', 'typecheck', '--silent']);
});

test('with TRUST_PROXY=true an old browser on the public origin may POST through the proxy; a foreign Origin is refused', async () => {
  const { base, cookie } = await behindProxy({ TRUST_PROXY: 'true' });
  const status = (await (await fetch(`${base}/status`, { headers: { cookie } })).json()) as { state: string };
  assert.equal(status.state, 'failed', 'the declined renewal, read from the stand-in through the proxy');

  const accepted = await widgetPost(`${base}/setup-intent`, cookie, OLD_BROWSER);
  assert.equal(accepted.status, 200, await accepted.clone().text());
  const body = (await accepted.json()) as { clientSecret: string; publishableKey: string };
  assert.match(body.clientSecret, /^seti_/);
  assert.equal(body.publishableKey, KEYS.STRIPE_PUBLISHABLE_KEY);

  const foreign = await widgetPost(`${base}/setup-intent`, cookie, { origin: 'https://evil.example' });
  assert.equal(foreign.status, 403, await foreign.clone().text());
  const crossSite = await widgetPost(`${base}/setup-intent`, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  assert.equal(crossSite.status, 403);
});

test('with PUBLIC_ORIGIN the same old-browser POST passes, and a foreign Origin is refused', async () => {
  const { base, cookie } = await behindProxy({ PUBLIC_ORIGIN });
  assert.equal((await widgetPost(`${base}/setup-intent`, cookie, OLD_BROWSER)).status, 200);
  assert.equal((await widgetPost(`${base}/setup-intent`, cookie, { origin: 'https://evil.example' })).status, 403);
});

test('without either setting the old browser is refused behind the rewriting proxy, while a current one passes', async () => {
  const { base, cookie } = await behindProxy({});
  const refused = await widgetPost(`${base}/setup-intent`, cookie, OLD_BROWSER);
  assert.equal(refused.status, 403, 'the proxy rewrote Host, so nothing vouches for https://app.example.test');
  const current = await widgetPost(`${base}/setup-intent`, cookie, { ...OLD_BROWSER, 'sec-fetch-site': 'same-origin' });
  assert.equal(current.status, 200, await current.clone().text());
});

test('a webhook signed with the endpoint secret is accepted through the proxy; a bad signature answers 400', async () => {
  const { base } = await behindProxy({ TRUST_PROXY: 'true' });
  const signed = await postWebhook(`${base}/webhook`, stripe.failingCustomerId);
  assert.equal(signed.status, 200, await signed.clone().text());
  assert.deepEqual(await signed.json(), { received: true, handled: true });

  const forged = await postWebhook(`${base}/webhook`, stripe.failingCustomerId, 'whsec_someone_else');
  assert.equal(forged.status, 400);
  assert.equal(((await forged.json()) as { error: { code: string } }).error.code, 'invalid_signature');
});

test('the page carries the banner, the widget is served from the installed package, and JSON routes still parse bodies', async () => {
  const { base } = await behindProxy({});
  const page = await (await fetch(new URL('/', base))).text();
  assert.match(page, /<paymend-banner endpoint="\/billing\/paymend">/);
  const widget = await fetch(new URL('/paymend/paymend.js', base));
  assert.equal(widget.status, 200);
  assert.match(widget.headers.get('content-type') ?? '', /javascript/);
  assert.match(await widget.text(), /paymend-banner/);
  const echoed = await fetch(new URL('/api/echo', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"hello":"world"}' });
  assert.deepEqual(await echoed.json(), { youSent: { hello: 'world' } });
});
