/**
 * `GET /outbox`: what the demo sent, readable by a person. Demo chrome, so English; but every value
 * in it came from a message (names, subjects, links a customer could have influenced) and is escaped.
 *
 * Each email's HTML is shown as the customer's mail app would: in a sandboxed iframe without scripts,
 * loaded from `/outbox/<n>.html`, which is served with a CSP of its own (no scripts, no network).
 * The light/dark switch needs no script either: it sets `color-scheme` on the iframes, and a frame's
 * `prefers-color-scheme` follows the color scheme its element is given, so the email's own dark-mode
 * styles apply as they would in a mail app set to dark.
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

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

function linkLine(entry: OutboxEntry): string {
  return entry.link
    ? `<p class="link">Update link: <a href="${escapeHtml(entry.link)}">${escapeHtml(entry.link)}</a></p>`
    : '<p class="link">No update link in this message.</p>';
}

function renderEmail(entry: OutboxEntry, n: number): string {
  return `<li>
    <article class="message email" aria-labelledby="m${n}-title">
      <h2 id="m${n}-title"><span class="channel">Email</span> ${escapeHtml(entry.subject ?? '(no subject)')}</h2>
      <p class="meta">To <span class="to">${escapeHtml(entry.to)}</span> · <time datetime="${escapeHtml(entry.sentAt)}">${escapeHtml(when(entry.sentAt))}</time></p>
      ${linkLine(entry)}
      <h3>As the customer sees it</h3>
      <iframe class="email-frame" sandbox="" src="/outbox/${n}.html" title="Email: ${escapeHtml(entry.subject ?? '')}" loading="lazy"></iframe>
      <p><a href="/outbox/${n}.html">Open this email on its own</a></p>
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

export function renderOutboxPage(outbox: Outbox, clockIso: string): string {
  const entries = outbox.list();
  const first = outbox.first;
  // Newest first on the page: the message just sent is the one a person looks for.
  const items = entries
    .map((entry, i) => (entry.channel === 'email' ? renderEmail(entry, first + i) : renderSms(entry, first + i)))
    .reverse()
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Outbox (${outbox.count}) — Paymend demo</title>
  <style>
    :root { color-scheme: light; font-family: system-ui, sans-serif; }
    body { margin: 0; background: #f6f7f9; color: #1f2430; }
    body:has(#scheme-dark:checked) { color-scheme: dark; background: #14171f; color: #e7e9ee; }
    header { background: #1f2430; color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; }
    header a { color: #cfd6e4; }
    fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
    legend { float: left; margin-right: .5rem; }
    main { max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
    ol.messages { list-style: none; padding: 0; display: grid; gap: 1.25rem; }
    .message { background: #fff; border-radius: .5rem; padding: 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / .08); overflow-wrap: anywhere; }
    body:has(#scheme-dark:checked) .message { background: #1f2430; }
    body:has(#scheme-dark:checked) a { color: #9ec1ff; }
    h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
    h3 { font-size: .9rem; margin: 1rem 0 .4rem; }
    .channel { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; padding: .1rem .45rem; border-radius: 999px; background: #e3e8f2; color: #1f2430; margin-right: .35rem; vertical-align: middle; }
    .meta, .link { font-size: .85rem; margin: .2rem 0; }
    .email-frame { width: 100%; height: 40rem; border: 1px solid #c7ccd6; border-radius: .375rem; background: Canvas; color-scheme: light; }
    body:has(#scheme-dark:checked) .email-frame { color-scheme: dark; }
    pre.text { white-space: pre-wrap; font-size: .85rem; }
    .bubble { max-width: 22rem; background: #e3e8f2; color: #1f2430; padding: .6rem .8rem; border-radius: 1rem 1rem 1rem .25rem; white-space: pre-wrap; }
    :focus-visible { outline: 2px solid #4f7cff; outline-offset: 2px; }
  </style>
</head>
<body>
  <header>
    <strong><a href="/">Acme Analytics</a> · Outbox</strong>
    <fieldset>
      <legend>Email preview</legend>
      <label><input type="radio" name="scheme" id="scheme-light" checked> Light</label>
      <label><input type="radio" name="scheme" id="scheme-dark"> Dark</label>
    </fieldset>
  </header>
  <main>
    <h1>Outbox</h1>
    <p>Every email and SMS the demo sent: email went over SMTP into the demo's own mail server, SMS to this list. Demo clock: <time datetime="${escapeHtml(clockIso)}">${escapeHtml(when(clockIso))}</time>. Also as <a href="/outbox.json">JSON</a>.</p>
    ${entries.length ? `<ol class="messages" reversed>${items}</ol>` : '<p class="empty">Nothing sent yet. Sign in with a declined renewal on the <a href="/">dashboard</a>.</p>'}
  </main>
</body>
</html>`;
}
