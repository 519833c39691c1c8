/**
 * Query parameter Paymend adds to the return URL of redirect-based payment methods, so a merchant's
 * other Stripe flows on the same page are never mistaken for ours. Its own module: the page entry
 * checks for it without loading the form.
 */
export const RETURN_MARKER = 'paymend_return';
