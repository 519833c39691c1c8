/**
 * CSRF defence for widget POSTs, decided without knowing "our" URL.
 *
 * The URL a handler sees is rarely the one the browser used: a TLS proxy turns https into http,
 * `next start` reports localhost:3000, Vite's `changeOrigin` rewrites Host, and a request line
 * `POST //evil.example/...` makes `new URL(target, base)` name a foreign host. So the check never
 * compares Origin with `request.url`. It trusts, in this order: what the browser states about the
 * request (`Sec-Fetch-Site`, which no page can forge), the origins the merchant names, the proxy's
 * forwarded headers when the merchant says the proxy is theirs, and, for browsers too old to send
 * `Sec-Fetch-Site`, the Host header the request arrived with (never the request target).
 *
 * The custom `Paymend-Request` header is the first wall: a cross-origin page cannot send it
 * without a CORS preflight, which this handler never grants. The Origin rules are the second.
 */
import { REQUEST_HEADER } from '../protocol/index.js';
import { HandlerError } from './errors.js';

export interface OriginPolicy {
  /** Origins the app is served from, as browsers see them (`https://app.example.com`). */
  publicOrigins: readonly string[];
  /** Other origins allowed to POST (app webviews, a sibling site). */
  allowedOrigins: readonly string[];
  /** Accept `Sec-Fetch-Site: same-site` (sibling subdomains). */
  allowSameSite: boolean;
  /** Rebuild the public origin from `Forwarded` / `X-Forwarded-Proto` + `X-Forwarded-Host`. */
  trustProxy: boolean;
}

/** The request facts the decision reads; all header values as received (null when absent). */
export interface OriginFacts {
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwarded: string | null;
  forwardedProto: string | null;
  forwardedHost: string | null;
}

export type OriginVerdict = { allowed: true; because: string } | { allowed: false; reason: string };

const allow = (because: string): OriginVerdict => ({ allowed: true, because });
const refuse = (reason: string): OriginVerdict => ({ allowed: false, reason });

/** Pure: may a widget POST with these facts go through under this policy? */
export function decideOrigin(facts: OriginFacts, policy: OriginPolicy): OriginVerdict {
  const origin = facts.origin?.trim() ?? null;
  // An opaque origin (sandboxed iframe, file://, data: URL) is nobody we can name.
  if (origin !== null && origin.toLowerCase() === 'null') return refuse('Requests from an opaque origin ("null") are not allowed.');
  const named = origin !== null && (policy.publicOrigins.includes(origin) || policy.allowedOrigins.includes(origin));

  const site = facts.secFetchSite?.trim().toLowerCase() ?? null;
  if (site !== null) {
    if (site === 'same-origin') return allow('sec-fetch-site');
    // A listed origin is the merchant's explicit word, whatever site the browser sees it as:
    // an app webview (capacitor://localhost) calls the API cross-site.
    if (named) return allow('listed origin');
    if (site === 'same-site') return policy.allowSameSite ? allow('same-site') : refuse('Requests from a sibling site are not allowed.');
    return refuse('Cross-site requests are not allowed.');
  }

  // No Sec-Fetch-Site: a browser from before 2023 (it still sends Origin on every CORS-mode POST),
  // or a client that is no browser at all (curl, a server). CSRF needs a victim's browser, and
  // every browser that could be led to send this custom header cross-origin sends Origin.
  if (origin === null) return allow('no browser origin');
  if (named) return allow('listed origin');
  if (policy.trustProxy) {
    const forwarded = forwardedOrigin(facts);
    if (forwarded !== null && forwarded === origin) return allow('forwarded origin');
  }
  if (facts.host !== null && sameHost(origin, facts.host)) return allow('host');
  return refuse('Requests from this origin are not allowed.');
}

/** The client-facing origin a trusted proxy reports, the first hop's (as Express's `trust proxy`). */
export function forwardedOrigin(facts: Pick<OriginFacts, 'forwarded' | 'forwardedProto' | 'forwardedHost'>): string | null {
  if (facts.forwarded) {
    const first = facts.forwarded.split(',')[0] ?? '';
    const pairs = new Map(
      first.split(';').map((pair) => {
        const [key = '', value = ''] = pair.split('=', 2).map((s) => s.trim());
        return [key.toLowerCase(), value.replace(/^"(.*)"$/, '$1')] as const;
      }),
    );
    const proto = pairs.get('proto');
    const host = pairs.get('host');
    if (proto && host) return originOf(proto, host);
  }
  const proto = firstValue(facts.forwardedProto);
  const host = firstValue(facts.forwardedHost);
  return proto && host ? originOf(proto, host) : null;
}

function firstValue(header: string | null): string | null {
  const value = header?.split(',')[0]?.trim();
  return value ? value : null;
}

function originOf(proto: string, host: string): string | null {
  if (!/^https?$/i.test(proto) || !HOST.test(host)) return null;
  try {
    return new URL(`${proto.toLowerCase()}://${host}`).origin;
  } catch {
    return null;
  }
}

/** A Host header value: a name or an IP literal, and maybe a port. Nothing that could carry a path. */
export const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::\d{1,5})?$/;

/**
 * Origin `https://app.example.com` and Host `app.example.com` are the same host. The scheme is not
 * compared: behind a TLS proxy the handler cannot know it, and the browsers that reach this rule
 * are the old ones without `Sec-Fetch-Site`.
 */
function sameHost(origin: string, host: string): boolean {
  if (!HOST.test(host)) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.origin !== origin) return false; // "https://a.example/path" is no Origin header
  // URL drops default ports; a Host header may carry one.
  const normalizedHost = new URL(`${parsed.protocol}//${host}`).host;
  return parsed.host === normalizedHost;
}

/** The facts of a web Request. */
export function originFacts(request: Request): OriginFacts {
  const h = request.headers;
  return {
    origin: h.get('origin'),
    secFetchSite: h.get('sec-fetch-site'),
    host: h.get('host'),
    forwarded: h.get('forwarded'),
    forwardedProto: h.get('x-forwarded-proto'),
    forwardedHost: h.get('x-forwarded-host'),
  };
}

/** Throws the 4xx a widget POST earns when it is not JSON, lacks the Paymend header, or comes from elsewhere. */
export function checkWidgetPost(request: Request, policy: OriginPolicy): void {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HandlerError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  if (request.headers.get(REQUEST_HEADER) !== '1') {
    throw new HandlerError(403, 'forbidden', `The ${REQUEST_HEADER} header is required.`);
  }
  const verdict = decideOrigin(originFacts(request), policy);
  if (!verdict.allowed) throw new HandlerError(403, 'forbidden', verdict.reason);
}

/**
 * An origin as the merchant wrote it, in the exact form browsers send: `https://App.example.com/`
 * becomes `https://app.example.com`; `capacitor://localhost` stays itself (URL would make it "null").
 */
export function normalizeOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  // Non-special schemes have no URL origin; browsers serialize them as scheme://host[:port].
  if (!url.host) return null;
  return `${url.protocol}//${url.host}`;
}
