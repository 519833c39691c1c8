// The hosted update page's support handoff over HTTP (the handler on node:http, the real `stripe`
// SDK against the stand-in): its "Need help?" mail is prefilled like the widgets' (subject and body
// from the care catalog, the invoice the link is about, escaped for HTML), a support page stays a
// plain link, and its script asks the rating and counts the help link as the page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { notifyStringsFor } from '../../src/notify/strings/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { careEn } from '../../src/translations/care/index.js';
import { seedCustomer, standinWithAppPerTest, type App } from './harness.js';

const noop = { channel: 'email' as const, send: async () => undefined };
const notify = (support: Record<string, string>) => ({
  from: { name: 'Acme', email: 'billing@acme.test' },
  support,
  transports: { email: noop },
  links: { origin: 'https://app.example.com' },
});

async function pageFor(app: App, customerId: string, invoiceId: string | null, locale = 'en'): Promise<string> {
  const url = new URL(await app.handler.updateLink({ customerId, invoiceId, step: 'failed', channel: 'email', locale }));
  const response = await fetch(`${app.url}${url.pathname}${url.search}`);
  assert.equal(response.status, 200);
  return response.text();
}

/** The help paragraph's link, its `&amp;` read back as the browser does. */
function helpHref(html: string): string {
  const help = /<p id="paymend-help"[^>]*>(.*?)<\/p>/s.exec(html)?.[1];
  assert.ok(help, 'the page has its "Need help?" line');
  const href = /<a href="([^"]*)">/.exec(help!)?.[1];
  assert.ok(href, `a link in ${help}`);
  return href!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('the hosted page’s support line', () => {
  describe('with a support email', () => {
    let standin: StripeStandin;
    let app: App;
    standinWithAppPerTest(
      (s, a) => {
        standin = s;
        app = a;
      },
      {},
      { notify: notify({ email: 'help@acme.test' }) } as Partial<HandlerOptions>,
    );

    it('prefills the mail with the catalog’s subject and a body naming the invoice, escaped for HTML', async () => {
      const html = await pageFor(app, seedCustomer(standin).customerId, 'in_1Linked');
      const href = helpHref(html);
      assert.ok(href.startsWith('mailto:help@acme.test?'), href);
      assert.ok(!href.includes('+'), 'spaces as %20');
      const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      assert.equal(params.get('subject'), careEn.messages['care.support.subject']);
      const body = careEn.messages['care.support.body']({
        summary: notifyStringsFor('en').messages['page.heading'],
        reason: null,
        invoice: 'in_1Linked',
        amount: null,
      });
      assert.equal(params.get('body'), body.replace(/\n/g, '\r\n'));
      assert.ok(!/<a href="[^"]*&(?!amp;)/.test(html), 'every & in the link is escaped');
    });

    it('its script asks the rating and counts the help link as the page', async () => {
      const html = await pageFor(app, seedCustomer(standin).customerId, null);
      const script = /<script type="module"[^>]*>(.*?)<\/script>/s.exec(html)?.[1] ?? '';
      assert.match(script, /form\.askRating = true;/);
      assert.match(script, /form\.beaconSource = 'page';/);
      assert.match(script, /name: 'support_opened'.*source: 'page'/s);
      // The script is a template on the server: check that what the browser receives parses.
      const file = join(mkdtempSync(join(tmpdir(), 'paymend-page-')), 'page.mjs');
      writeFileSync(file, script);
      assert.doesNotThrow(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' }), 'the page script parses');
      // Without an invoice the body leaves that line out.
      assert.ok(!new URLSearchParams(helpHref(html).split('?')[1]).get('body')!.includes('Invoice:'));
    });
  });

  describe('with a support page', () => {
    let standin: StripeStandin;
    let app: App;
    standinWithAppPerTest(
      (s, a) => {
        standin = s;
        app = a;
      },
      {},
      { notify: notify({ url: 'https://acme.test/help?from=page' }) } as Partial<HandlerOptions>,
    );

    it('links to it as given', async () => {
      const html = await pageFor(app, seedCustomer(standin).customerId, 'in_1Linked');
      assert.equal(helpHref(html), 'https://acme.test/help?from=page');
    });
  });
});
