// The demo's notification parts on their own, over plain data: the outbox (the link found in each
// message, bounded, waiting on arrivals), the demo clock (follow-ups run once, in order, when an advance
// passes them), the one script tag added to the hosted page, and the checks in front of the clock button.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY_MS, DemoClock, parseAdvanceDays } from '../../demo/notify/clock.js';
import { scriptNonce, withStandinScript, addStandinToPage } from '../../demo/notify/hosted-page.js';
import { escapeHtml, parseScheme, previewEmail, renderOutboxPage } from '../../demo/notify/outbox-page.js';
import { Outbox, findUpdateLink } from '../../demo/notify/outbox.js';
import { isSameOriginPost } from '../../demo/notify/routes.js';

const LINK = 'http://127.0.0.1:8080/billing/paymend/update?t=v1.eyJjIjoiY3VzX2EifQ.Yw-l_Cq5';

describe('outbox', () => {
  it('finds the signed link in a text, an HTML part (entity-escaped) or an SMS, without trailing punctuation', () => {
    assert.equal(findUpdateLink(`Update your card: ${LINK}.`), LINK);
    assert.equal(findUpdateLink(null, `<a href="${LINK}">Update</a>`), LINK);
    assert.equal(findUpdateLink(`(${LINK})`), LINK);
    assert.equal(findUpdateLink('no link here', 'https://evil.example/elsewhere?t=x'), null);
  });

  it('keeps email and SMS in one list, newest last, with the time of the demo clock', () => {
    let now = Date.UTC(2026, 0, 1);
    const outbox = new Outbox(() => now);
    outbox.addEmail({ to: 'ada@example.com', subject: 'Payment failed', text: `Fix it: ${LINK}`, html: `<a href="${LINK}">x</a>` });
    now += 3 * DAY_MS;
    outbox.addSms({ to: '+15555550100', text: `Acme: fix it ${LINK}` });
    assert.deepEqual(outbox.list(), [
      { channel: 'email', to: 'ada@example.com', subject: 'Payment failed', text: `Fix it: ${LINK}`, html: `<a href="${LINK}">x</a>`, link: LINK, sentAt: '2026-01-01T00:00:00.000Z' },
      { channel: 'sms', to: '+15555550100', subject: null, text: `Acme: fix it ${LINK}`, html: null, link: LINK, sentAt: '2026-01-04T00:00:00.000Z' },
    ]);
    outbox.list()[0]!.to = 'changed';
    assert.equal(outbox.at(0)!.to, 'ada@example.com', 'list() hands out copies');
  });

  it('is bounded, and a message keeps its number when older ones are dropped', () => {
    const outbox = new Outbox();
    for (let i = 0; i < 505; i++) outbox.addSms({ to: '+15555550100', text: `message ${i}` });
    assert.equal(outbox.list().length, 500);
    assert.equal(outbox.count, 505);
    assert.equal(outbox.first, 5);
    assert.equal(outbox.at(4), undefined, 'dropped');
    assert.equal(outbox.at(5)!.text, 'message 5');
    assert.equal(outbox.at(504)!.text, 'message 504');
    for (const bad of [505, -1, 1.5, Number.NaN]) assert.equal(outbox.at(bad), undefined, String(bad));
  });

  it('waitFor resolves on the arrival that makes it true, and fails naming what did arrive', async () => {
    const outbox = new Outbox();
    const waiting = outbox.waitFor((entries) => entries.some((e) => e.channel === 'sms'));
    outbox.addEmail({ to: 'a@example.com', subject: 's', text: 't', html: null });
    outbox.addSms({ to: '+15555550100', text: 'hi' });
    assert.equal((await waiting).length, 2);
    await assert.rejects(outbox.waitFor(() => false, 10), /never matched; it holds \[\["email","a@example.com","s"\],\["sms","\+15555550100","hi"\]\]/);
  });

  it('the page escapes everything a message carries, and frames email HTML without scripts', () => {
    const outbox = new Outbox();
    const hostile = '<img src=x onerror=alert(1)>"\'&';
    outbox.addEmail({ to: hostile, subject: hostile, text: hostile, html: `<script>alert(1)</script>` });
    outbox.addSms({ to: '+15555550100', text: `${hostile} ${LINK}` });
    const page = renderOutboxPage(outbox, '2026-01-01T00:00:00.000Z');
    assert.doesNotMatch(page, /<img src=x|<script>alert/);
    assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;/);
    assert.match(page, /<iframe class="email-frame" sandbox="" src="\/outbox\/0\.html"/);
    assert.match(page, /<h1>Outbox<\/h1>/);
    assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('email preview, light or dark', () => {
  const EMAIL = '<style>.a{color:#000} @media (prefers-color-scheme: dark) { .a{color:#fff} } @media screen and (prefers-color-scheme:light){ .b{} }</style>';
  it('settles the color-scheme queries of the preview copy to the chosen mode, and leaves Auto alone', () => {
    assert.equal(
      previewEmail(EMAIL, 'dark'),
      '<style>.a{color:#000} @media (min-width: 0px) { .a{color:#fff} } @media screen and (max-width: -1px){ .b{} }</style>',
    );
    assert.equal(
      previewEmail(EMAIL, 'light'),
      '<style>.a{color:#000} @media (max-width: -1px) { .a{color:#fff} } @media screen and (min-width: 0px){ .b{} }</style>',
    );
    assert.equal(previewEmail(EMAIL, 'auto'), EMAIL);
  });
  it('takes only the three modes from the query', () => {
    assert.deepEqual(['light', 'dark', 'auto', null, 'DARK', '"><script>'].map(parseScheme), ['light', 'dark', 'auto', 'auto', 'auto', 'auto']);
  });
  it('the page marks the chosen mode and frames the emails in it', () => {
    const outbox = new Outbox();
    outbox.addEmail({ to: 'a@example.com', subject: 's', text: 't', html: EMAIL });
    const page = renderOutboxPage(outbox, '2026-01-01T00:00:00.000Z', 'dark');
    assert.match(page, /<html lang="en" data-scheme="dark">/);
    assert.match(page, /<a href="\/outbox\?scheme=dark" aria-current="page">Dark<\/a>/);
    assert.match(page, /src="\/outbox\/0\.html\?scheme=dark"/);
  });
});

describe('demo clock', () => {
  it('runs what falls due during an advance, once and in order, and leaves the rest waiting', async () => {
    let real = 1_000_000;
    const clock = new DemoClock(() => real);
    const ran: string[] = [];
    const start = clock.now();
    clock.setTimeout(() => void ran.push('reminder at 3 days'), 3 * DAY_MS);
    // Each runs at its own moment: what it reads from the clock is its due time, not the end of the jump.
    clock.setTimeout(() => void ran.push(`at 1 day, seen at day ${(clock.now() - start) / DAY_MS}`), DAY_MS);
    const dropped = clock.setTimeout(() => void ran.push('cancelled'), 2 * DAY_MS);
    clock.setTimeout(() => void ran.push('at 7 days'), 7 * DAY_MS);
    clock.clearTimeout(dropped);
    await clock.advance(3 * DAY_MS);
    assert.deepEqual(ran, ['at 1 day, seen at day 1', 'reminder at 3 days']);
    assert.equal(clock.now(), real + 3 * DAY_MS);
    await clock.advance(DAY_MS);
    assert.deepEqual(ran, ['at 1 day, seen at day 1', 'reminder at 3 days'], 'nothing runs twice');
    assert.equal(clock.pending, 1);
    real += 10; // real time passes too
    assert.equal(clock.now(), real + 4 * DAY_MS);
  });

  it('awaits each job it runs, and runs a retry the job scheduled if it falls due before the end', async () => {
    const clock = new DemoClock(() => 0);
    const ran: string[] = [];
    clock.setTimeout(async () => {
      await Promise.resolve();
      ran.push('first try');
      clock.setTimeout(() => void ran.push('retry after an hour'), 3_600_000);
    }, DAY_MS);
    await clock.advance(2 * DAY_MS);
    assert.deepEqual(ran, ['first try', 'retry after an hour']);
  });

  it('only moves forward', async () => {
    const clock = new DemoClock();
    for (const bad of [0, -DAY_MS, Number.NaN, Number.POSITIVE_INFINITY]) await assert.rejects(clock.advance(bad), RangeError);
  });

  it('offers 1, 3 or 7 days, nothing else', () => {
    assert.equal(parseAdvanceDays('3'), 3);
    for (const bad of ['2', '30', '-1', '3.5', '', ' 3', '1e1', null, 3]) assert.equal(parseAdvanceDays(bad), null, String(bad));
  });
});

describe('the hosted page, offline', () => {
  const CSP = "default-src 'none'; script-src 'nonce-abc+/=' 'self' https://js.stripe.com; style-src 'self' 'nonce-abc+/='";
  const PAGE = '<!doctype html><html><head><style nonce="abc+/=">p{}</style></head><body><p>x</p><script type="module" nonce="abc+/=">import "/x.js";</script></body></html>';

  it('reads the script nonce of the policy, and only of script-src', () => {
    assert.equal(scriptNonce(CSP), 'abc+/=');
    assert.equal(scriptNonce("style-src 'nonce-zzz'; script-src 'self'"), null);
    assert.equal(scriptNonce(null), null);
  });

  it('adds one nonce’d stand-in script before the page’s first script, changing nothing else', () => {
    const out = withStandinScript(PAGE, CSP, '/stripe-standin.js')!;
    assert.equal(out.replace('<script type="module" nonce="abc+/=" src="/stripe-standin.js"></script>', ''), PAGE);
    assert.ok(out.indexOf('/stripe-standin.js') < out.indexOf('import "/x.js"'));
    assert.equal(withStandinScript(PAGE, "script-src 'self'", '/stripe-standin.js'), null, 'no nonce to reuse: left alone');
    assert.equal(withStandinScript(PAGE, CSP, '/x" onload="alert(1)'), null, 'only a plain path');
  });

  it('keeps the handler’s headers (its CSP exactly) and leaves anything that is not HTML alone', async () => {
    const page = new Response(PAGE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'content-length': String(PAGE.length) } });
    const changed = await addStandinToPage(page, '/stripe-standin.js');
    assert.equal(changed.headers.get('content-security-policy'), CSP);
    assert.equal(changed.headers.get('content-length'), null);
    assert.match(await changed.text(), /src="\/stripe-standin.js"/);
    const json = new Response('{"error":{}}', { status: 200, headers: { 'content-type': 'application/json' } });
    assert.equal(await addStandinToPage(json, '/stripe-standin.js'), json);
    const calm = new Response(PAGE, { status: 410, headers: { 'content-type': 'text/html', 'content-security-policy': CSP } });
    assert.equal(await addStandinToPage(calm, '/stripe-standin.js'), calm, 'a calm page (expired link) loads no Stripe');
  });
});

describe('the clock button’s origin check', () => {
  const ORIGIN = 'http://127.0.0.1:8080';
  it('accepts a same-origin POST, by Sec-Fetch-Site or else by Origin', () => {
    assert.equal(isSameOriginPost({ 'sec-fetch-site': 'same-origin' }, ORIGIN), true);
    assert.equal(isSameOriginPost({ origin: ORIGIN }, ORIGIN), true);
  });
  it('refuses another site, a sibling, a bare request, and a forged Origin next to a cross-site fetch', () => {
    assert.equal(isSameOriginPost({ 'sec-fetch-site': 'cross-site', origin: ORIGIN }, ORIGIN), false);
    assert.equal(isSameOriginPost({ 'sec-fetch-site': 'same-site' }, ORIGIN), false);
    assert.equal(isSameOriginPost({}, ORIGIN), false);
    assert.equal(isSameOriginPost({ origin: 'http://127.0.0.1:8081' }, ORIGIN), false);
    assert.equal(isSameOriginPost({ origin: 'null' }, ORIGIN), false);
  });
});
