/**
 * `<paymend-form>`: its own lazily loaded chunk. The banner imports it when the customer reaches
 * for "Update card" (hover or focus to warm up, click to open); a page whose customer is healthy
 * never downloads it.
 *
 * Importing this module registers the tag and nothing more: it does not download Stripe.js. Call
 * `warm()` when the form is about to be needed (e.g. on hover or focus of the button that opens it)
 * to start loading Stripe.js ahead of the click; the form itself loads it when it connects anyway.
 */
import { define } from '../../internal/paymend-element.js';
import { loadStripeClient, preloadStripeJs } from '../../internal/stripe-loader.js';
import { PaymendForm } from './form.component.js';
import { readRedirectReturn } from './redirect.js';

define('paymend-form', PaymendForm);

// Its HTMLElementTagNameMap entry is in src/tags.ts, typed for every importer of `paymend`.

/**
 * Starts downloading Stripe.js (once per page; a failed download is retried by the next caller).
 * With the publishable key, the Stripe client is created too. Never throws or rejects.
 */
export function warm(options: { publishableKey?: string } = {}): void {
  if (options.publishableKey) loadStripeClient(options.publishableKey).catch(() => undefined);
  else preloadStripeJs();
}

/**
 * Finishes a redirect-based payment method that came back to this page when no `<paymend-form>`
 * is there to do it: shows one right after the first `<paymend-banner>`, with the banner's endpoint
 * and language, so the customer sees the outcome where they started. The shown form goes away when
 * the customer closes it. Does nothing on a page without a Paymend return in its URL.
 */
export function resumeRedirect(): void {
  if (!readRedirectReturn() || document.querySelector('paymend-form, paymend-wall')) return;
  const banner = document.querySelector('paymend-banner[endpoint]');
  if (!banner) return;
  const form = document.createElement('paymend-form');
  form.endpoint = banner.getAttribute('endpoint') ?? '';
  const lang = banner.getAttribute('lang');
  if (lang) form.lang = lang;
  form.addEventListener('paymend-cancel', () => form.remove(), { once: true });
  banner.after(form);
  form.focus();
}

export { PaymendForm };
