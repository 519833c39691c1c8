/** Paymend in a Hono app on Node (@hono/node-server). On Bun or Workers only the last lines change. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createHandler } from 'paymend/server';
import { sessionCookie, signedInCustomer } from './auth.js';
import { stripeFromEnv } from './stripe.js';

// Plain options are checked here, at start-up: a missing key stops the deploy, not a page view.
const paymend = createHandler({
  stripe: stripeFromEnv(),
  publishableKey: process.env.STRIPE_PUBLISHABLE_KEY!,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  basePath: '/billing/paymend',
  resolveCustomer: signedInCustomer,
  // Only if a proxy in front rewrites Host, e.g. https://app.example.com; current browsers need nothing.
  publicOrigin: process.env.PUBLIC_ORIGIN || undefined,
});

const app = new Hono();

// The raw web Request, untouched: don't read c.req.json() before it (webhook signatures need the raw body).
app.all('/billing/paymend/*', (c) => paymend(c.req.raw));

app.get('/login', (c) => {
  c.header('set-cookie', sessionCookie('demo'));
  return c.redirect('/');
});

// The browser half, served from the installed package (or use the CDN URL instead).
const widgetDir = join(dirname(createRequire(import.meta.url).resolve('paymend/package.json')), 'dist/cdn');
app.use('/paymend/*', serveStatic({ root: widgetDir, rewriteRequestPath: (path) => path.slice('/paymend'.length) }));

app.get('/', (c) =>
  c.html(`<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Your app</title>
<script type="module" src="/paymend/paymend.js"></script>
<paymend-banner endpoint="/billing/paymend"></paymend-banner>
<h1>Your app</h1>
<p><a href="/login">Sign in as the demo user</a></p>`),
);

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1'; // 0.0.0.0 in a container
serve({ fetch: app.fetch, port, hostname }, () => console.log(`Listening on http://${hostname}:${port}`));
