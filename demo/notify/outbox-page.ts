/**
 * `GET /outbox`: what the demo sent, readable by a person. Demo chrome, so English; but every value
 * in it came from a message (names, subjects, links a customer could have influenced) and is escaped.
 *
 * Each email's HTML is shown as the customer's mail app would: in a sandboxed iframe without scripts,
 * loaded from `/outbox/<n>.html`, which is served with a CSP of its own (no scripts, no network).
 * The Auto/Light/Dark switch is three links (`?scheme=`), no script. Auto follows the system (and
 * Playwright's `colorScheme` emulation). Light and Dark preview each email as a mail app in that mode
 * would show it: a frame's `prefers-color-scheme` is the browser's, whatever the page around it says,
 * so the preview copy of the email has its `prefers-color-scheme` media queries settled instead.
 */
import type { Outbox, OutboxEntry } from './outbox.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The page itself runs no script and loads nothing but the framed emails (same origin). */
export const OUTBOX_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
/**
 * A framed email: no script, no network (so no tracking pixel phones home), opaque origin. Inline
 * styles only, as mail apps allow; images as data: URLs only.
 */
export const EMAIL_FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export type PreviewScheme = 'auto' | 'light' | 'dark';

export function parseScheme(value: string | null): PreviewScheme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * The email as a mail app in `scheme` would show it: each `(prefers-color-scheme: …)` condition is
 * settled to one that always holds or never does (a feature, so `screen and (…)` stays valid). Only
 * the preview copy; the outbox keeps the original.
 */
export function previewEmail(html: string, scheme: PreviewScheme): string {
  if (scheme === 'auto') return html;
  return html.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi, (_, mode: string) => (mode.toLowerCase() === scheme ? '(min-width: 0px)' : '(max-width: -1px)'));
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

function linkLine(entry: OutboxEntry): string {
  return entry.link
    ? `<p class="link">Update link: <a href="${escapeHtml(entry.link)}">${escapeHtml(entry.link)}</a></p>`
    : '<p class="link">No update link in this message.</p>';
}

function renderEmail(entry: OutboxEntry, n: number, scheme: PreviewScheme): string {
  const src = `/outbox/${n}.html${scheme === 'auto' ? '' : `?scheme=${scheme}`}`;
  return `<li>
    <article class="message email" aria-labelledby="m${n}-title">
      <h2 id="m${n}-title"><span class="channel">Email</span> ${escapeHtml(entry.subject ?? '(no subject)')}</h2>
      <p class="meta">To <span class="to">${escapeHtml(entry.to)}</span> · <time datetime="${escapeHtml(entry.sentAt)}">${escapeHtml(when(entry.sentAt))}</time></p>
      ${linkLine(entry)}
      <h3>As the customer sees it</h3>
      <iframe class="email-frame" sandbox="" src="${src}" title="Email: ${escapeHtml(entry.subject ?? '')}" loading="lazy"></iframe>
      <p><a href="${src}">Open this email on its own</a></p>
      <details>
        <summary>Plain-text part</summary>
        <pre class="text">${escapeHtml(entry.text)}</pre>
      </details>
    </article>
  </li>`;
}

function renderSms(entry: OutboxEntry, n: number): string {
  return `<li>
    <article class="message sms" aria-labelledby="m${n}-title">
      <h2 id="m${n}-title"><span class="channel">SMS</span> to ${escapeHtml(entry.to)}</h2>
      <p class="meta"><time datetime="${escapeHtml(entry.sentAt)}">${escapeHtml(when(entry.sentAt))}</time> · ${[...entry.text].length} characters</p>
      <p class="bubble">${escapeHtml(entry.text)}</p>
      ${linkLine(entry)}
    </article>
  </li>`;
}

const SCHEMES: Array<[PreviewScheme, string]> = [
  ['auto', 'Auto'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function renderOutboxPage(outbox: Outbox, clockIso: string, scheme: PreviewScheme = 'auto'): string {
  const entries = outbox.list();
  const first = outbox.first;
  // Newest first on the page: the message just sent is the one a person looks for.
  const items = entries
    .map((entry, i) => (entry.channel === 'email' ? renderEmail(entry, first + i, scheme) : renderSms(entry, first + i)))
    .reverse()
    .join('\n');
  return `<!doctype html>
<html lang="en" data-scheme="${scheme}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Outbox (${outbox.count}) — Paymend demo</title>
  <style>
    :root { font-family: system-ui, sans-serif; color-scheme: light dark; --bg: #f6f7f9; --fg: #1f2430; --card: #fff; --link: #2f5bea; --chip: #e3e8f2; }
    :root[data-scheme="light"] { color-scheme: light; }
    :root[data-scheme="dark"] { color-scheme: dark; --bg: #14171f; --fg: #e7e9ee; --card: #1f2430; --link: #9ec1ff; --chip: #323a4d; }
    @media (prefers-color-scheme: dark) { :root[data-scheme="auto"] { --bg: #14171f; --fg: #e7e9ee; --card: #1f2430; --link: #9ec1ff; --chip: #323a4d; } }
    body { margin: 0; background: var(--bg); color: var(--fg); }
    a { color: var(--link); }
    header { background: #1f2430; color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; }
    header a { color: #cfd6e4; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
    nav [aria-current] { font-weight: 700; color: #fff; text-decoration: none; }
    main { max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
    ol.messages { list-style: none; padding: 0; display: grid; gap: 1.25rem; }
    .message { background: var(--card); border-radius: .5rem; padding: 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / .08); overflow-wrap: anywhere; }
    h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
    h3 { font-size: .9rem; margin: 1rem 0 .4rem; }
    .channel { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; padding: .1rem .45rem; border-radius: 999px; background: var(--chip); margin-right: .35rem; vertical-align: middle; }
    .meta, .link { font-size: .85rem; margin: .2rem 0; }
    .email-frame { display: block; width: 100%; height: 48rem; border: 1px solid #c7ccd6; border-radius: .375rem; }
    pre.text { white-space: pre-wrap; font-size: .85rem; }
    .bubble { max-width: 22rem; background: var(--chip); padding: .6rem .8rem; border-radius: 1rem 1rem 1rem .25rem; white-space: pre-wrap; }
    :focus-visible { outline: 2px solid #4f7cff; outline-offset: 2px; }
  </style>
</head>
<body>
  <header>
    <strong><a href="/">Acme Analytics</a> · Outbox</strong>
    <nav aria-label="Preview emails as">
      <ul><li>Preview emails:</li>${SCHEMES.map(([value, label]) => `<li><a href="/outbox${value === 'auto' ? '' : `?scheme=${value}`}"${value === scheme ? ' aria-current="page"' : ''}>${label}</a></li>`).join('')}</ul>
    </nav>
  </header>
  <main>
    <h1>Outbox</h1>
    <p>Every email and SMS the demo sent: email went over SMTP into the demo's own mail server, SMS to this list. Demo clock: <time datetime="${escapeHtml(clockIso)}">${escapeHtml(when(clockIso))}</time>. Also as <a href="/outbox.json">JSON</a>.</p>
    ${entries.length ? `<ol class="messages" reversed>${items}</ol>` : '<p class="empty">Nothing sent yet. Sign in with a declined renewal on the <a href="/">dashboard</a>.</p>'}
  </main>
</body>
</html>`;
}
