// examples/hono installed from the packed tarball and run on @hono/node-server: the status read
// and a widget POST go through `app.all('/billing/paymend/*', (c) => paymend(c.req.raw))`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { freePort, installApp, type App } from './harness.js';
import { KEYS, loginCookie, startExampleStripe, widgetPost, type ExampleStripe } from './example-env.js';

let app: App;
let stripe: ExampleStripe;
let origin: string;

before(async () => {
  [app, stripe] = await Promise.all([installApp('hono'), startExampleStripe()]);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  await app.start('npm', ['start'], port, { env: stripe.env({ PORT: String(port) }) });
});
after(async () => {
  await app?.dispose();
  await stripe?.close();
});

test('the example type-checks against the published types', async () => {
  await app.run('npm', ['run', 'typecheck', '--silent']);
});

test('the status read goes through Hono: the declined renewal for the signed-in user, 401 for nobody', async () => {
  const cookie = await loginCookie(origin);
  const signedIn = await fetch(`${origin}/billing/paymend/status`, { headers: { cookie } });
  assert.equal(signedIn.status, 200);
  const status = (await signedIn.json()) as { state: string; failure: { declineCode: string } | null };
  assert.equal(status.state, 'failed');
  assert.equal(status.failure?.declineCode, 'insufficient_funds');

  assert.equal((await fetch(`${origin}/billing/paymend/status`)).status, 401);
  const forged = await fetch(`${origin}/billing/paymend/status`, { headers: { cookie: 'session=demo.not-the-signature' } });
  assert.equal(forged.status, 401, 'a cookie the server did not sign signs nobody in');
});

test('a same-origin widget POST goes through Hono with its body; a cross-site one answers 403', async () => {
  const cookie = await loginCookie(origin);
  const accepted = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin, 'sec-fetch-site': 'same-origin' });
  assert.equal(accepted.status, 200, await accepted.clone().text());
  const body = (await accepted.json()) as { clientSecret: string; publishableKey: string };
  assert.match(body.clientSecret, /^seti_/);
  assert.equal(body.publishableKey, KEYS.STRIPE_PUBLISHABLE_KEY);

  const crossSite = await widgetPost(`${origin}/billing/paymend/setup-intent`, cookie, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  assert.equal(crossSite.status, 403);
});

test('the page carries the banner and the widget is served from the installed package', async () => {
  const page = await (await fetch(`${origin}/`)).text();
  assert.match(page, /<paymend-banner endpoint="\/billing\/paymend">/);
  const widget = await fetch(`${origin}/paymend/paymend.js`);
  assert.equal(widget.status, 200);
  assert.match(await widget.text(), /paymend-banner/);
});
