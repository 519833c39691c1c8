/**
 * Redirect-based payment methods (iDEAL, Bancontact, bank authentications…) leave the page to
 * confirm and come back to `return_url` with the SetupIntent in the query string (see `RETURN_MARKER`).
 */
import { RETURN_MARKER } from './return-marker.js';

/** What Stripe appends to the return URL. */
const STRIPE_PARAMS = ['setup_intent', 'setup_intent_client_secret', 'redirect_status'] as const;

export interface RedirectReturn {
  setupIntentId: string;
  clientSecret: string;
  /** Stripe's verdict: `succeeded`, `processing`, `failed`… (open enum). */
  redirectStatus: string;
}

/** The SetupIntent a redirect brought back to this page, or `null` when this is no Paymend return. */
export function readRedirectReturn(href: string = location.href): RedirectReturn | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const params = url.searchParams;
  const clientSecret = params.get('setup_intent_client_secret');
  if (!params.has(RETURN_MARKER) || !clientSecret) return null;
  // The id is the client secret's prefix; the separate parameter is only a convenience.
  const setupIntentId = params.get('setup_intent') ?? clientSecret.split('_secret_')[0] ?? '';
  if (!/^seti_[A-Za-z0-9]+$/.test(setupIntentId)) return null;
  return { setupIntentId, clientSecret, redirectStatus: params.get('redirect_status') ?? '' };
}

/**
 * Removes the return parameters from the address bar, so a reload or a shared link does not run
 * the completion again and the client secret does not linger in the history.
 */
export function cleanRedirectReturn(): void {
  const url = new URL(location.href);
  for (const name of [RETURN_MARKER, ...STRIPE_PARAMS]) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
}

/** The URL Stripe sends the customer back to: `returnUrl` (default: this page), marked as Paymend's. */
export function markedReturnUrl(returnUrl: string): string {
  let url: URL;
  try {
    url = new URL(returnUrl || location.href, document.baseURI);
  } catch {
    url = new URL(location.href);
  }
  url.searchParams.set(RETURN_MARKER, '1');
  return url.href;
}
