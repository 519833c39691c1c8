/**
 * Imports the form's chunk and, beside it, Stripe's loader (its own small chunk), which starts
 * downloading Stripe.js at once. Stripe.js is by far the largest download behind the form: this way
 * it does not wait for the form's chunk to arrive and run first. Calling this again (hover, then
 * click) costs nothing: the browser keeps the modules, the loader keeps the script.
 */
export function loadForm(): Promise<typeof import('./form.js')> {
  import('../../internal/stripe-loader.js').then(
    (loader) => loader.preloadStripeJs(),
    () => undefined, // The form loads Stripe.js itself and reports a failure there.
  );
  return import('./form.js');
}
