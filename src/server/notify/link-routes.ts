/**
 * The routes of the no-login link: `GET {basePath}/update?t=…` (the hosted page), its assets, and
 * what a signed link authorises. A request the page makes carries `Paymend-Link: <token>`; the
 * customer then comes from the token instead of `resolveCustomer`, and only for the update flow
 * (status, setup-intent, complete, payment-action, refresh), the offers (offers, pause, change-plan,
 * resume), and `/events` only for the page's own three beacons (`PAGE_EVENTS` with `source: "page"`:
 * its offers panel shown, support opened, the rating), which the handler checks. Anything else with the header is a 403: a
 * link must never be a way in to the rest of the analytics, webhooks or whatever a later release adds.
 * The CSRF rules of widget POSTs still apply (the page is same-origin with the handler).
 */
import { PATHS, type EventName } from '../../protocol/constants.js';
import { HandlerError } from '../errors.js';
import type { Reply } from '../http.js';
import type { Logger, RateLimit } from '../options.js';
import type { CdnAssets } from '../pages/assets.js';
import { calmPage } from '../pages/calm-page.js';
import type { SupportContact } from '../pages/page-text.js';
import { updatePage } from '../pages/update-page.js';
import { loadCareTranslation } from '../../translations/care/index.js';
import type { LinkClaims, LinkSigner } from './links.js';

/** The header the hosted page sends its token in (never a cookie: nothing to steal cross-site). */
export const LINK_HEADER = 'Paymend-Link';
export const UPDATE_PATH = '/update';
export const ASSETS_PREFIX = '/assets/';

/** The routes a link may use: one customer's update flow, nothing else. */
export const LINK_ROUTES: ReadonlySet<string> = new Set([
  PATHS.status,
  PATHS.setupIntent,
  PATHS.complete,
  PATHS.paymentAction,
  PATHS.refresh,
  // The page's own beacons; which ones is PAGE_EVENTS.
  PATHS.events,
  // The hosted page's "Can't pay right now?": the same customer's offers, with the same checks.
  PATHS.offers,
  PATHS.pause,
  PATHS.changePlan,
  PATHS.resume,
]);

/** The beacons a link's page may send to `/events` (with `source: "page"`); the handler refuses any other. */
export const PAGE_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['offers_shown', 'support_opened', 'rated']);

/**
 * Per token. Opening the page is cheap but a link pasted into a public place must not become a
 * way to hammer the handler; calls behind the page are also limited per customer by the route itself.
 */
export const LINK_LIMITS = {
  open: { limit: 30, windowSeconds: 600 },
  call: { limit: 60, windowSeconds: 600 },
} as const satisfies Record<string, RateLimit>;

export interface LinkRoutesOptions {
  signer: LinkSigner;
  /** The handler's base path ('' at the root): the page's endpoint. */
  basePath: string;
  /** `notify.links.assetsUrl`, else the handler serves `assets`. */
  assetsUrl?: string | undefined;
  assets: CdnAssets;
  merchantName?: string | undefined;
  support?: SupportContact | undefined;
  /** The locale of a page whose link tells none (forged). */
  defaultLocale: string;
  /** Where the calm page sends the customer to sign in instead (the app's origin). */
  signInUrl?: string | undefined;
  /** The handler's rate limiter (429 past the rule). */
  limit(name: string, key: string, rule: RateLimit): Promise<void>;
  /** Each valid open of the page, e.g. for tracking; awaited, and a throw is logged, never shown. */
  onOpen?: ((claims: LinkClaims) => void | Promise<void>) | undefined;
  logger: Logger;
}

/** The MAC half of a verified token: unique per link, and no claim in it. */
function tokenKey(token: string): string {
  return token.slice(token.lastIndexOf('.') + 1);
}

export function linkRoutes(o: LinkRoutesOptions) {
  const calm = (reason: 'forged' | 'expired' | 'used', locale: string) =>
    calmPage({ reason, locale, merchantName: o.merchantName, support: o.support, signInUrl: o.signInUrl });

  /** `GET {basePath}/update?t=…`. */
  async function page(request: Request): Promise<Reply> {
    const token = new URL(request.url).searchParams.get('t') ?? '';
    const verdict = await o.signer.verify(token);
    if (!verdict.ok) return calm(verdict.reason, verdict.reason === 'forged' ? o.defaultLocale : verdict.claims.locale);
    // After the MAC check: forged tokens cannot fill the store with rate-limit windows.
    await o.limit('link-open', tokenKey(token), LINK_LIMITS.open);
    // A HEAD is a mail scanner or a link preview checking the URL, not the customer opening it.
    if (request.method !== 'HEAD') {
      try {
        await o.onOpen?.(verdict.claims);
      } catch (error) {
        o.logger.error('onOpen of a link failed', error);
      }
    }
    return updatePage({
      token,
      locale: verdict.claims.locale,
      endpoint: o.basePath || '/',
      assetsUrl: o.assetsUrl ?? `${o.basePath}${ASSETS_PREFIX.slice(0, -1)}`,
      header: LINK_HEADER,
      merchantName: o.merchantName,
      support: o.support,
      care: await loadCareTranslation(verdict.claims.locale),
      invoiceId: verdict.claims.invoiceId,
    });
  }

  /** `GET {basePath}/assets/<file>`. */
  async function asset(route: string): Promise<Reply> {
    return o.assets.reply(route.slice(ASSETS_PREFIX.length));
  }

  /**
   * The customer a request's link names, or null when it carries no link (then `resolveCustomer`
   * decides). Throws 403 for a route links may not use, 401 for a link that does not work (anymore).
   */
  async function customerOf(request: Request, route: string): Promise<string | null> {
    const token = request.headers.get(LINK_HEADER);
    if (token === null) return null;
    if (!LINK_ROUTES.has(route)) throw new HandlerError(403, 'forbidden', 'A payment link only allows updating the payment method.');
    const verdict = await o.signer.verify(token.trim());
    if (!verdict.ok) throw new HandlerError(401, 'unauthenticated', 'This link no longer works. Sign in to update your payment method.');
    await o.limit('link-call', tokenKey(token.trim()), LINK_LIMITS.call);
    return verdict.claims.customerId;
  }

  return { page, asset, customerOf };
}
