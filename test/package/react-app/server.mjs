// The throwaway React app's server, on 127.0.0.1:$PORT: the client-rendered page (/), the
// server-rendered page (/ssr, renderToString of the same App, which imports paymend/react on Node),
// the bundles (/build/…), and a stand-in Paymend endpoint whose customer has a failed payment.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './build-server/app.js';

const status = {
  v: 1,
  state: 'failed',
  paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2030, wallet: null },
  invoice: {
    id: 'in_1PaymendTest',
    amountDue: 1250,
    currency: 'usd',
    attemptCount: 1,
    billedAt: '2030-03-01T10:00:00Z',
    nextAttemptAt: '2030-03-05T10:00:00Z',
    hostedInvoiceUrl: 'https://invoice.stripe.com/i/acct_test/test_123',
  },
  failure: { code: 'card_declined', declineCode: 'generic_decline', adviceCode: null },
  access: { wall: 'none', endsAt: null },
};

const page = (root) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React app</title></head>
<body><div id="root">${root}</div><script type="module" src="/build/client.js"></script></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/' || url.pathname === '/ssr') {
    // Rendered per request, as a server would: importing and rendering touch no window.
    const html = url.pathname === '/ssr' ? renderToString(createElement(App)) : '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(html));
  } else if (url.pathname === '/server-globals') {
    // After importing and rendering paymend/react: no DOM appeared on the server, nothing was defined.
    const globals = { window: typeof window, customElements: typeof globalThis.customElements, HTMLElement: typeof globalThis.HTMLElement };
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(globals));
  } else if (url.pathname === '/billing/paymend/status') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(status));
  } else if (url.pathname.startsWith('/billing/paymend/')) {
    response.writeHead(204).end(); // beacons (shown, dismissed…)
  } else if (url.pathname.startsWith('/build/')) {
    const file = join(process.cwd(), normalize(url.pathname));
    if (!file.startsWith(join(process.cwd(), 'build')) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    createReadStream(file).pipe(response);
  } else {
    response.writeHead(404).end();
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
