import { createHandler } from 'paymend/server';
import { signedInCustomer } from './auth';
import { stripeFromEnv } from './stripe';

// A function, not an object: `next build` imports this module in a CI with no secrets, and the
// options are read and checked at the first request (or `await paymend.ready()`) instead.
export const paymend = createHandler(() => ({
  stripe: stripeFromEnv(),
  publishableKey: process.env.STRIPE_PUBLISHABLE_KEY!,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
  basePath: '/billing/paymend',
  resolveCustomer: signedInCustomer,
  // `next start` sees http://localhost:3000 whatever the browser used. Current browsers need nothing;
  // behind nginx or a load balancer, name the address users open so older ones pass too.
  publicOrigin: process.env.PUBLIC_ORIGIN || undefined,
}));
