// The demo's notifications over HTTP, as `npm start` runs them: a declined renewal sends an email
// (over real SMTP into the demo's own server) and an SMS, both with a signed link; /outbox.json lists
// them; "Advance the clock" by 3 days brings the reminder, once; fixing the card through the link's
// update flow (no demo login) brings the thank-you. Also what the outbox and the clock button refuse.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type DemoServer } from '../../demo/server.js';
import type { OutboxEntry } from '../../demo/notify/outbox.js';
import { EMAIL_FRAME_CSP } from '../../demo/notify/outbox-page.js';

let demo: DemoServer;
before(async () => {
  // The recovery history behind /admin is demo-report.test.ts's business: skipped here.
  demo = await startDemo(0, { seedReport: false });
});
after(async () => {
  await demo?.close();
});

const BASE = '/billing/paymend';
const KEYS = ['channel', 'html', 'link', 'sentAt', 'subject', 'text', 'to'];

async function outboxJson(): Promise<OutboxEntry[]> {
  const response = await fetch(`${demo.url}/outbox.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return (await response.json()) as OutboxEntry[];
}

async function login(scenario: string, lang = 'en'): Promise<string> {
  const response = await fetch(`${demo.url}/login?scenario=${scenario}&lang=${lang}`, { redirect: 'manual' });
  assert.equal(response.status, 303);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

/** The dashboard's button, as the browser sends it: a same-origin form POST. */
function advance(days: string, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }): Promise<Response> {
  return fetch(`${demo.url}/demo/clock`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: `days=${days}`,
  });
}

const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;
/** A link's claims (the token's middle part): who, which invoice, which step and channel. */
const claimsOf = (link: string) => JSON.parse(Buffer.from(tokenOf(link).split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('demo notifications over HTTP', () => {
  let from = 0;
  let failed: OutboxEntry[] = [];

  it('a declined renewal sends the email over SMTP and the SMS, each with its signed link', async () => {
    from = demo.outbox.count;
    await login('insufficient_funds');
    await demo.outbox.waitFor((entries) => entries.slice(from).length >= 2);
    failed = (await outboxJson()).slice(from);
    assert.deepEqual(failed.map((e) => `${e.channel} ${e.to}`).sort(), ['email ada@example.com', 'sms +15555550100']);
    const email = failed.find((e) => e.channel === 'email')!;
    const sms = failed.find((e) => e.channel === 'sms')!;
    for (const entry of failed) {
      assert.deepEqual(Object.keys(entry).sort(), KEYS, 'the documented shape, nothing more');
      assert.ok(!Number.isNaN(Date.parse(entry.sentAt)));
      assert.ok(entry.link?.startsWith(`${demo.url}${BASE}/update?t=`), entry.link ?? 'no link');
      assert.ok(entry.text.includes(entry.link!), 'the link is in the text');
    }
    assert.equal(email.subject, 'Your Acme Analytics payment didn’t go through');
    assert.match(email.html!, /^<!doctype html>/i);
    assert.match(email.text, /enough funds/);
    assert.equal(sms.subject, null);
    assert.equal(sms.html, null);
    assert.doesNotMatch(sms.text.replace(sms.link!, ''), /29|4242|9995|Ada/, 'an SMS names no amount, card digits or name');
    // It arrived over SMTP: the demo's mail server received and parsed this very mail.
    const received = demo.inbox.messages.find((m) => m.subject === email.subject && m.text.includes(email.link!));
    assert.ok(received, 'the SMTP server has the email');
    assert.deepEqual(received.to, ['ada@example.com']);
    assert.deepEqual(received.from, { address: 'billing@acme.example', name: 'Acme Analytics' });
    // One customer, one invoice, one step; the channel is part of the link (opens are counted per channel).
    const [e, s] = [claimsOf(email.link!), claimsOf(sms.link!)];
    assert.deepEqual({ ...e, ch: undefined, iat: undefined, exp: undefined }, { ...s, ch: undefined, iat: undefined, exp: undefined });
    assert.deepEqual([e.s, e.ch, s.ch], ['failed', 'email', 'sms']);
  });

  it('serves each email’s HTML on its own, under a CSP that allows no script and no network', async () => {
    const n = demo.outbox.first + demo.outbox.list().findIndex((e) => e.channel === 'email' && e.link === failed.find((f) => f.channel === 'email')!.link);
    const response = await fetch(`${demo.url}/outbox/${n}.html`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), EMAIL_FRAME_CSP);
    assert.match(EMAIL_FRAME_CSP, /default-src 'none'.*sandbox/);
    assert.match(await response.text(), /Acme Analytics/);
    const page = await (await fetch(`${demo.url}/outbox`)).text();
    assert.match(page, new RegExp(`<iframe class="email-frame" sandbox="" src="/outbox/${n}\\.html"`));
    for (const missing of ['/outbox/99999.html', '/outbox/-1.html', '/outbox/1.json', '/outbox/../server.ts']) {
      assert.equal((await fetch(`${demo.url}${missing}`)).status, 404, missing);
    }
  });

  it('the dashboard shows how many messages the outbox holds, with a link to it', async () => {
    const page = await (await fetch(`${demo.url}/`)).text();
    assert.match(page, new RegExp(`<a href="/outbox" id="outbox-link">Outbox: <span id="outbox-count">${demo.outbox.size}</span> messages</a>`));
    assert.match(page, /<form method="post" action="\/demo\/clock"[^>]*>.*value="3">\+3 days<\/button>/s);
  });

  it('advancing the clock 3 days sends the reminder once, on the demo’s (and Stripe’s) clock', async () => {
    const before = demo.clock.now();
    const response = await advance('3');
    assert.equal(response.status, 303, 'back to the dashboard');
    assert.equal(response.headers.get('location'), '/#notify-title');
    assert.ok(demo.clock.now() - before >= 3 * 86_400_000);
    // The button answers once the follow-ups that fell due went out: no waiting needed.
    const reminders = (await outboxJson()).slice(from).filter((e) => /Reminder/.test(e.subject ?? '') || /reminder/.test(e.text));
    assert.deepEqual(reminders.map((e) => e.channel).sort(), ['email', 'sms']);
    assert.equal(reminders.find((e) => e.channel === 'email')!.subject, 'Reminder: your Acme Analytics payment is still open');
    assert.ok(Date.parse(reminders[0]!.sentAt) - Date.parse(failed[0]!.sentAt) >= 3 * 86_400_000 - 60_000, 'sent 3 days later on the demo clock');

    const json = await advance('7', { origin: demo.url, accept: 'application/json' });
    assert.equal(json.status, 200);
    assert.ok(((await json.json()) as { aheadDays: number }).aheadDays >= 10);
    const again = (await outboxJson()).slice(from).filter((e) => /Reminder/.test(e.subject ?? '') || /reminder/.test(e.text));
    assert.equal(again.length, 2, 'the reminder is sent once');
  });

  it('fixing the card through the link (no demo login) brings the thank-you, by email and SMS', async () => {
    const link = failed.find((e) => e.channel === 'email')!.link!;
    const page = await fetch(link);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.ok(html.includes(`<script type="module" nonce="${nonce}" src="/stripe-standin.js"></script>`), 'the offline Stripe.js, under the page’s own nonce');
    assert.equal((html.match(/src="\/stripe-standin\.js"/g) ?? []).length, 1);

    const headers = { 'content-type': 'application/json', 'paymend-request': '1', origin: demo.url, 'paymend-link': tokenOf(link) };
    const setup = await fetch(`${demo.url}${BASE}/setup-intent`, { method: 'POST', headers, body: '{}' });
    assert.equal(setup.status, 200);
    const { clientSecret } = (await setup.json()) as { clientSecret: string };
    const id = clientSecret.split('_secret_')[0]!;
    const confirmed = await fetch(`${demo.url}/demo/stripe/setup_intents/${id}/confirm?client_secret=${encodeURIComponent(clientSecret)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ card: '4242424242424242' }),
    });
    assert.equal(((await confirmed.json()) as { status: string }).status, 'succeeded');
    const before = demo.outbox.count;
    const complete = await fetch(`${demo.url}${BASE}/complete`, { method: 'POST', headers, body: JSON.stringify({ setupIntentId: id }) });
    assert.equal(complete.status, 200);
    assert.equal(((await complete.json()) as { status: { state: string } }).status.state, 'ok');

    const thanks = (await demo.outbox.waitFor((entries) => entries.filter((e, i) => demo.outbox.first + i >= before && /thank you/i.test(`${e.subject} ${e.text}`)).length >= 2)).filter(
      (e) => /thank you/i.test(`${e.subject} ${e.text}`),
    );
    assert.deepEqual(thanks.map((e) => e.channel).sort(), ['email', 'sms']);
    assert.equal(thanks.find((e) => e.channel === 'email')!.subject, 'Thank you: your Acme Analytics payment went through');

    // Fixed: a later advance sends nothing more for this invoice.
    const count = demo.outbox.count;
    assert.equal((await advance('7')).status, 303);
    assert.equal(demo.outbox.count, count);
  });

  it('stores the language picked at login as the customer’s preferred_locales: the email is in it', async () => {
    const start = demo.outbox.count;
    await login('insufficient_funds', 'ja');
    const [email] = (await demo.outbox.waitFor((entries) => entries.filter((_, i) => demo.outbox.first + i >= start).length >= 2))
      .filter((_, i) => demo.outbox.first + i >= start)
      .filter((e) => e.channel === 'email');
    assert.match(email!.html!, /<html[^>]* lang="ja"/);
    assert.match(email!.subject!, /[\u3040-\u30ff]/, 'Japanese');
    for (const bad of ['xx-"><script>', 'en_US', '../../etc']) {
      assert.equal((await fetch(`${demo.url}/login?scenario=healthy&lang=${encodeURIComponent(bad)}`, { redirect: 'manual' })).status, 400, bad);
    }
  });

  it('the mail server refusing once: the SMS goes out, the email follows on the retry (next advance), each once', async () => {
    const start = demo.outbox.count;
    const mine = () => demo.outbox.list().slice(start - demo.outbox.first);
    demo.inbox.failNext(1, 451);
    await login('do_not_honor');
    await demo.outbox.waitFor(() => mine().some((e) => e.channel === 'sms'));
    // Channels go out in the order configured (email, sms): the SMS is there, so the email was tried.
    assert.equal(demo.inbox.faults.refused, 1, 'the SMTP server said 451 once');
    assert.deepEqual(mine().map((e) => e.channel), ['sms'], 'the email waits for its retry');
    // The queue's retry is a timer on the demo clock: the next advance runs it (so would 30 s of real time).
    assert.equal((await advance('1')).status, 303);
    await demo.outbox.waitFor(() => mine().some((e) => e.channel === 'email'));
    assert.deepEqual(mine().map((e) => e.channel).sort(), ['email', 'sms'], 'each channel once: the SMS is not sent again');
    assert.equal(mine().find((e) => e.channel === 'email')!.subject, 'Your Acme Analytics payment didn’t go through');
  });

  it('a forged or tampered link gets the calm page, without the Stripe.js stand-in', async () => {
    const link = failed.find((e) => e.channel === 'sms')!.link!;
    for (const bad of [`${link.slice(0, -2)}xx`, `${demo.url}${BASE}/update?t=forged`, `${demo.url}${BASE}/update`]) {
      const response = await fetch(bad);
      assert.ok(response.status >= 400 && response.status < 500, `${bad}: ${response.status}`);
      const html = await response.text();
      assert.doesNotMatch(html, /stripe-standin/);
      assert.doesNotMatch(html, /cus_|in_[A-Za-z0-9]{6,}|Error:|at [A-Za-z]+ \(/, 'no id, no stack');
    }
  });

  it('the clock button refuses other sites, bare requests, other amounts and other methods', async () => {
    const ahead = demo.clock.aheadMs;
    assert.equal((await advance('3', { 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await advance('3', { 'sec-fetch-site': 'same-site' })).status, 403);
    assert.equal((await advance('3', { origin: 'http://evil.example' })).status, 403);
    assert.equal((await advance('3', {})).status, 403, 'neither Sec-Fetch-Site nor Origin');
    for (const days of ['2', '365', '-3', 'x', '3&days=7']) assert.equal((await advance(days)).status, 400, days);
    assert.equal((await fetch(`${demo.url}/demo/clock`)).status, 405);
    assert.equal((await fetch(`${demo.url}/outbox.json`, { method: 'POST', headers: { origin: demo.url } })).status, 405);
    assert.equal(demo.clock.aheadMs, ahead, 'the clock did not move');
  });
});
