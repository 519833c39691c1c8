/**
 * Redirect-based payment methods (iDEAL, Bancontact, bank authentications…) leave the page to
 * confirm and come back to `return_url` with the SetupIntent in the query string (see `RETURN_MARKER`).
 */
import type { Stripe } from '@stripe/stripe-js';
import type { FailureCodes } from '../../explain/index.js';
import { RETURN_MARKER } from './return-marker.js';

/** What Stripe appends to the return URL. */
const STRIPE_PARAMS = ['setup_intent', 'setup_intent_client_secret', 'redirect_status'] as const;

export interface RedirectReturn {
  setupIntentId: string;
  clientSecret: string;
  /** Stripe's verdict: `succeeded`, `processing`, `failed`… (open enum). */
  redirectStatus: string;
}

/** A SetupIntent's client secret is its id, `_secret_`, and a random part: `seti_X_secret_Y`. */
const CLIENT_SECRET = /^(seti_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/;

/**
 * The SetupIntent a redirect brought back to this page, or `null` when this is no Paymend return or
 * the link contradicts itself. This is only the link's claim: anyone can write a link with a
 * customer's old SetupIntent id, so the form finishes it only once Stripe confirms the client
 * secret belongs to it. Here, the secret must at least be that SetupIntent's: the id is its prefix,
 * and a `setup_intent` parameter that names another one makes the whole return void.
 */
export function readRedirectReturn(href: string = location.href): RedirectReturn | null {
  const params = paramsOf(href);
  const clientSecret = params?.get('setup_intent_client_secret');
  if (!params?.has(RETURN_MARKER) || !clientSecret) return null;
  const setupIntentId = CLIENT_SECRET.exec(clientSecret)?.[1];
  if (!setupIntentId) return null;
  const named = params.get('setup_intent');
  if (named !== null && named !== setupIntentId) return null;
  return { setupIntentId, clientSecret, redirectStatus: params.get('redirect_status') ?? '' };
}

/** Whether the URL carries Paymend's return marker, valid or not (either way it is cleaned away). */
export function isPaymendReturn(href: string = location.href): boolean {
  return paramsOf(href)?.has(RETURN_MARKER) ?? false;
}

function paramsOf(href: string): URLSearchParams | null {
  try {
    return new URL(href).searchParams;
  } catch {
    return null;
  }
}

/** What Stripe says about a redirect return. */
export type RedirectProof =
  | { kind: 'proven' }
  /** The bank or the customer did not authenticate: to be explained, with fresh fields. */
  | { kind: 'failed'; codes: FailureCodes }
  /** Not that SetupIntent's secret, or not a finished one: the link proves nothing. */
  | { kind: 'unproven'; reason: string };

/**
 * Whether Stripe vouches for a return: Stripe.js retrieves a SetupIntent only with its own client
 * secret, so a link with a customer's old SetupIntent id and a made-up secret proves nothing. Only
 * Stripe's answer counts, never the link's `redirect_status`.
 */
export async function proveRedirectReturn(stripe: Pick<Stripe, 'retrieveSetupIntent'>, redirect: RedirectReturn): Promise<RedirectProof> {
  let intent;
  try {
    const result = await stripe.retrieveSetupIntent(redirect.clientSecret);
    if (result.error) return { kind: 'unproven', reason: result.error.code ?? result.error.type };
    intent = result.setupIntent;
  } catch (error) {
    // Stripe.js throws (rather than answers) for a client secret it cannot even parse.
    return { kind: 'unproven', reason: error instanceof Error ? error.message : String(error) };
  }
  if (intent?.id !== redirect.setupIntentId) return { kind: 'unproven', reason: 'another SetupIntent' };
  // `processing` (a bank debit) goes on as before: the handler answers that it is still pending.
  if (intent.status === 'succeeded' || intent.status === 'processing') return { kind: 'proven' };
  if (intent.status === 'requires_payment_method') {
    const error = intent.last_setup_error;
    const codes = error?.code || error?.decline_code ? { code: error.code, declineCode: error.decline_code } : { code: 'setup_intent_authentication_failure' };
    return { kind: 'failed', codes };
  }
  return { kind: 'unproven', reason: `status ${intent.status}` };
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
