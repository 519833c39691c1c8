/**
 * Loads Stripe.js once per page, through `@stripe/stripe-js/pure` so that importing this module
 * fetches nothing: the script is requested on the first call only. Imported by the form chunk alone,
 * so a page whose customer is healthy never downloads Stripe.js.
 */
import type { Stripe, StripeConstructorOptions } from '@stripe/stripe-js';
// `@stripe/stripe-js/pure`, by its file: the package has no exports map, so the bare subpath resolves
// to a CommonJS index for bundlers and to no types under NodeNext; this is the ES module it re-exports.
import { loadStripe } from '@stripe/stripe-js/dist/pure.mjs';

/** What `loadStripe` looks like; replaceable in tests that exercise the retry logic. */
export type StripeLoader = (publishableKey: string, options?: StripeConstructorOptions) => Promise<Stripe | null>;

/** One Stripe instance per key and locale, shared by every form on the page. */
const clients = new Map<string, Promise<Stripe>>();

/**
 * The Stripe client for a publishable key. One cached promise per key and locale; a failed load
 * (offline, blocked by an extension or a CSP) is forgotten, so the next call tries again rather than
 * failing forever.
 */
export function loadStripeClient(publishableKey: string, locale?: string, load: StripeLoader = loadStripe): Promise<Stripe> {
  const cacheKey = `${publishableKey}\u0000${locale ?? ''}`;
  let pending = clients.get(cacheKey);
  if (!pending) {
    // `locale` localizes what Stripe.js itself shows outside Elements, e.g. the 3-D Secure modal.
    pending = load(publishableKey, locale ? { locale: locale as StripeConstructorOptions['locale'] } : undefined).then(
      (stripe) => {
        if (!stripe) throw new Error('Stripe.js is not available in this environment');
        return stripe;
      },
    );
    const cached = pending;
    clients.set(cacheKey, cached);
    cached.catch(() => {
      if (clients.get(cacheKey) === cached) clients.delete(cacheKey);
    });
  }
  return pending;
}

/**
 * Starts downloading Stripe.js before a publishable key is known (e.g. while the pointer hovers
 * "Update card"). `loadStripe` caches the script load itself and only then needs a key; called
 * without one it loads the script and rejects at initialisation, which is exactly a warm-up.
 * Never rejects: a failed warm-up is retried by the real load.
 */
export function preloadStripeJs(load: (...args: unknown[]) => Promise<unknown> = loadStripe as never): void {
  load().catch(() => undefined);
}
