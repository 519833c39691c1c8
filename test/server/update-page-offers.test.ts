// The hosted update page's script offers "Can't pay right now?" through the offers chunk, after
// the link header is set (so its requests carry it), and the CSP still allows only its own script.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { updatePage } from '../../src/server/pages/update-page.js';

const page = () =>
  updatePage({ token: 'v1.abc.def', locale: 'en', endpoint: '/billing/paymend', assetsUrl: '/billing/paymend/assets', header: 'Paymend-Link' });

test('the page script loads the offers chunk after setting the link header', () => {
  const html = String(page().body);
  const script = html.slice(html.indexOf('<script type="module"'));
  assert.match(script, /import \{ loadForm, loadOffers, setEndpointHeaders \} from "\/billing\/paymend\/assets\/paymend\.js"/);
  const headers = script.indexOf('setEndpointHeaders(endpoint');
  const offers = script.indexOf('offers.offerOnPage({ endpoint, form })');
  assert.ok(headers > 0 && offers > headers, 'offers are asked for after the link header is set');
});

test('the page styles the offers and keeps its CSP', () => {
  const reply = page();
  assert.match(String(reply.body), /paymend-offers \{ display: block/);
  assert.match(reply.headers['content-security-policy']!, /script-src 'nonce-[^']+' 'self'/);
});
