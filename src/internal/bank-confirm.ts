/**
 * The bank's confirmation (3-D Secure) of a charge Paymend's server started without the customer's
 * card form: a cheaper plan billed now, or "Resume now". Stripe.js shows the bank's dialog over the
 * page; the caller then asks the server again how it ended (the same POST, replayed by its ticket).
 * Its own module, loaded on demand: Stripe.js is only fetched for a customer whose bank asks.
 */
import { warnOnce } from './log.js';
import { loadStripeClient } from './stripe-loader.js';

/** False when Stripe.js could not load (nothing was shown); true once the dialog closed, however it ended. */
export async function confirmWithBank(host: { readonly localName: string }, publishableKey: string, clientSecret: string): Promise<boolean> {
  let stripe;
  try {
    stripe = await loadStripeClient(publishableKey);
  } catch (error) {
    warnOnce(error, `<${host.localName}> could not load Stripe.js to confirm the payment: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  await stripe.handleNextAction({ clientSecret });
  return true;
}
