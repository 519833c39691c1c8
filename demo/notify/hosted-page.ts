/**
 * The hosted update page (`GET {basePath}/update?t=…`), offline. The library's page loads Stripe.js
 * through `loadStripe()`, which makes no request when `window.Stripe` is already set: so the demo
 * adds ONE script tag, the offline Stripe.js stand-in, in front of the page's first script. It
 * reuses the nonce of the page's own Content-Security-Policy and changes nothing else: the CSP
 * header stays exactly as the handler sent it, and the handler itself stays generic (a merchant's
 * page never sees this). With real Stripe keys the demo leaves the page alone.
 */

/** The nonce the CSP grants scripts (`script-src … 'nonce-…'`), or null when it grants none. */
export function scriptNonce(csp: string | null): string | null {
  if (!csp) return null;
  const scriptSrc = csp
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => /^script-src\s/i.test(directive));
  const found = scriptSrc ? /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(scriptSrc) : null;
  return found ? found[1]! : null;
}

/**
 * Inserts `<script nonce src>` before the first `<script` of the document (module scripts run in
 * document order, so it runs before the widget asks for Stripe), else before `</head>`. Returns null
 * when the page has no nonce to reuse or no place to put it: the caller then serves the page as is.
 */
export function withStandinScript(html: string, csp: string | null, src: string): string | null {
  const nonce = scriptNonce(csp);
  if (!nonce || !/^\/[A-Za-z0-9/_.-]+$/.test(src)) return null;
  const tag = `<script type="module" nonce="${nonce}" src="${src}"></script>`;
  const firstScript = html.search(/<script[\s>]/i);
  if (firstScript >= 0) return `${html.slice(0, firstScript)}${tag}${html.slice(firstScript)}`;
  const headEnd = html.search(/<\/head>/i);
  return headEnd >= 0 ? `${html.slice(0, headEnd)}${tag}${html.slice(headEnd)}` : null;
}

/**
 * The handler's response with the stand-in added when it is the update page (200, HTML, a nonce);
 * else the same response. The calm pages of a forged or expired link load no Stripe, so they stay as they are.
 */
export async function addStandinToPage(response: Response, src: string): Promise<Response> {
  if (response.status !== 200 || !/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return response;
  const html = await response.text();
  const changed = withStandinScript(html, response.headers.get('content-security-policy'), src);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(changed ?? html, { status: response.status, statusText: response.statusText, headers });
}
