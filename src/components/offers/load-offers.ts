/**
 * Imports the offers' chunk, which registers `<paymend-offers>`. A separate chunk from the form's:
 * a customer who only pauses never downloads the Payment Element's code, nor Stripe.js.
 */
export function loadOffers(): Promise<typeof import('./offers.js')> {
  return import('./offers.js');
}
