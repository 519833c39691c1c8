/**
 * The Stripe client: the one Paymend makes from a secret key carries `appInfo` (Stripe asks plugins
 * to identify themselves, and it tells support which integration sent a request); the one a
 * merchant passes in is checked for an API version Paymend can read.
 */
import Stripe from 'stripe';

/** Kept equal to package.json's version by test/server/deploy-stripe-client.test.ts. */
export const PAYMEND_VERSION = '0.1.0';

export const PAYMEND_APP_INFO = { name: 'paymend', version: PAYMEND_VERSION, url: 'https://www.npmjs.com/package/paymend' } as const;

/**
 * API 2025-03-31 moved an invoice's PaymentIntent to `invoice.payments` and
 * `invoice.confirmation_secret`; Paymend reads only those.
 */
export const OLDEST_API_VERSION = '2025-03-31';

type StripeConfig = NonNullable<ConstructorParameters<typeof Stripe>[1]>;

/** A client for a secret key, identified as Paymend; `config` is for tests and self-hosted proxies. */
export function createStripeClient(secretKey: string, config: StripeConfig = {}): Stripe {
  return new Stripe(secretKey, { appInfo: PAYMEND_APP_INFO, ...config });
}

/** The API version a client sends (`2024-06-20`, `2026-10-28.endive`), or null when it will not say. */
export function pinnedApiVersion(stripe: Stripe): string | null {
  // stripe-node keeps it in `_api.version` behind getApiField (its apiVersion, or the SDK's pin).
  const read = (stripe as unknown as { getApiField?: (key: string) => unknown }).getApiField;
  if (typeof read !== 'function') return null;
  try {
    const version = read.call(stripe, 'version');
    return typeof version === 'string' && version !== '' ? version : null;
  } catch {
    return null;
  }
}

/** Pure: the start-up warning for a pinned version older than Paymend can read, or null. */
export function apiVersionWarning(version: string | null): string | null {
  if (version === null) return null;
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(version)?.[1];
  if (!date || date >= OLDEST_API_VERSION) return null;
  return (
    `the Stripe client pins API version ${version}, older than ${OLDEST_API_VERSION}: Paymend reads ` +
    '`invoice.payments` and `invoice.confirmation_secret`, which older versions do not return, so ' +
    `failed payments would look healthy. Create the client with apiVersion '${OLDEST_API_VERSION}' or later ` +
    "(or pass your secret key and let Paymend make one)."
  );
}
