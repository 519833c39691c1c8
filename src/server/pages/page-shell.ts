/**
 * What every hosted page shares: the HTML document around its content, the mobile-first styles, and
 * the security headers with a per-response nonce.
 *
 * The Content-Security-Policy allows exactly what the card form needs and nothing inline without
 * the nonce: the page's own module script and `<style>` carry it; the widget loads from the handler
 * (`'self'`) or the merchant's CDN; Stripe.js, its frames and API are Stripe's documented hosts
 * (https://docs.stripe.com/security/guide#content-security-policy). Paymend's own styles are
 * constructable stylesheets, which style-src does not govern.
 */
import { randomBytes } from 'node:crypto';
import type { Reply } from '../http.js';
import { escapeHtml, type PageText } from './page-text.js';

/** A fresh nonce for one response. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Pure: the policy of one response; `scriptOrigin` is `'self'` or the origin of `notify.links.assetsUrl`. */
export function pageCsp(nonce: string, scriptOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' ${scriptOrigin} https://js.stripe.com https://*.js.stripe.com`,
    'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
    "connect-src 'self' https://api.stripe.com",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: https://*.stripe.com",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Pure: the headers of a hosted page. The token is in the URL: no referrer, no cache, no framing. */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'x-robots-tag': 'noindex, nofollow',
  };
}

// 390 px first: one column, large tap targets; wider screens get a centred card. Light and dark.
const STYLES = `
:root { color-scheme: light dark; --bg: #f5f6f8; --card: #fff; --text: #1f2430; --muted: #565d6d; --accent: #2f5bea; }
@media (prefers-color-scheme: dark) { :root { --bg: #14161b; --card: #1e2129; --text: #eceef2; --muted: #a9afbd; --accent: #8fa8ff; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; min-height: 100vh; background: var(--bg); color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 34rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
.card { background: var(--card); border-radius: 12px; padding: 1.25rem 1rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.08); }
.merchant { margin: 0 0 .75rem; font-weight: 600; color: var(--muted); overflow-wrap: anywhere; }
h1 { margin: 0 0 .5rem; font-size: 1.375rem; line-height: 1.3; }
p { margin: 0 0 1rem; }
/* Empty, it takes no room but stays rendered: a live region hidden until its text arrives may never be read. */
.done:empty { margin: 0; }
.done { font-weight: 600; }
.help, .sign-in { color: var(--muted); font-size: .9375rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
paymend-form { display: block; margin: 0 0 1rem; }
paymend-offers { display: block; margin: 0 0 1rem; }
.paymend-offers-open { min-height: 2.75rem; padding: .5rem 1rem; border: 1px solid currentColor; border-radius: 8px; background: transparent; color: var(--accent); font: inherit; cursor: pointer; margin: 0 0 1rem; }
/* The page's h1 already says it: the form's own title stays for screen readers and focus only. */
paymend-form::part(title) { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (min-width: 40rem) { main { padding-top: 3rem; } .card { padding: 2rem; } }
`;

export interface ShellInput {
  text: PageText;
  nonce: string;
  title: string;
  /** Already-escaped HTML. */
  body: string;
  /** A module script's source (the nonce is added), or none. */
  script?: string;
}

/** Pure: the whole document. */
export function pageDocument({ text, nonce, title, body, script }: ShellInput): string {
  const n = escapeHtml(nonce);
  return `<!doctype html>
<html lang="${escapeHtml(text.lang)}" dir="${text.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style nonce="${n}">${STYLES}</style>
</head>
<body>
<main>
${body}
</main>
${script ? `<script type="module" nonce="${n}">${script}</script>` : ''}
</body>
</html>
`;
}

/** A page as a Reply, with its headers. */
export function pageReply(status: number, html: string, csp: string, extra: Record<string, string> = {}): Reply {
  return { status, headers: { ...pageHeaders(csp), ...extra }, body: html };
}
