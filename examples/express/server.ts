/**
 * Paymend in an Express 5 app behind a TLS-terminating proxy (Heroku, Render, Fly, nginx, a load
 * balancer): the proxy speaks https to the browser and plain http to Express.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import express from 'express';
import { createHandler, toNodeHandler } from 'paymend/server';
import { sessionCookie, signedInCustomer } from './auth.js';
import { stripeFromEnv } from './stripe.js';

// Plain options are checked here, at start-up: a missing key stops the deploy, not a page view.
const paymend = createHandler({
  stripe: stripeFromEnv(),
  publishableKey: process.env.STRIPE_PUBLISHABLE_KEY!,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  basePath: '/billing/paymend',
  resolveCustomer: signedInCustomer,
  // Behind the proxy Express sees http://127.0.0.1:3000, not the address users open. Current browsers
  // need neither setting (they send Sec-Fetch-Site); older ones pass with one of these:
  publicOrigin: process.env.PUBLIC_ORIGIN || undefined, // e.g. https://app.example.com
  trustProxy: process.env.TRUST_PROXY === 'true', // only if the proxy is yours and sets X-Forwarded-Proto/-Host
});

const app = express();

// Before express.json(): Paymend reads its own bodies, and webhook signatures need the raw bytes.
app.use('/billing/paymend', toNodeHandler(paymend));
app.use(express.json());

// The browser half, served from the installed package (or use the CDN URL instead).
const paymendDir = dirname(createRequire(import.meta.url).resolve('paymend/package.json'));
app.use('/paymend', express.static(join(paymendDir, 'dist/cdn')));

app.get('/login', (_req, res) => {
  res.setHeader('set-cookie', sessionCookie('demo'));
  res.redirect('/');
});

app.get('/', (_req, res) => {
  res.type('html').send(`<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Your app</title>
<script type="module" src="/paymend/paymend.js"></script>
<paymend-banner endpoint="/billing/paymend"></paymend-banner>
<h1>Your app</h1>
<p><a href="/login">Sign in as the demo user</a></p>`);
});

// Your own JSON routes, parsed by express.json() as usual.
app.post('/api/echo', (req, res) => {
  res.json({ youSent: req.body });
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1'; // 0.0.0.0 in a container
app.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
