import Stripe from 'stripe';

/**
 * What `createHandler({ stripe })` gets: your secret key, from which Paymend makes its own client.
 *
 * STRIPE_API_BASE is a test hook, not something production sets: with it the `stripe` SDK sends
 * its calls to that URL instead of api.stripe.com (this example's test points it at Paymend's
 * offline Stripe stand-in; stripe-mock would do too).
 */
export function stripeFromEnv(): string | Stripe {
  const secretKey = process.env.STRIPE_SECRET_KEY!;
  const base = process.env.STRIPE_API_BASE;
  if (!base) return secretKey;
  const url = new URL(base);
  return new Stripe(secretKey, {
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'http:' ? 80 : 443),
    protocol: url.protocol === 'http:' ? 'http' : 'https',
  });
}
