/**
 * What the example tests share: the offline Stripe stand-in with a customer whose renewal was
 * declined, the environment an example app runs with against it, and a signed-in browser's requests.
 *
 * The stand-in runs in the test process (it is test infrastructure, not part of the examples); the
 * examples reach it through their documented STRIPE_API_BASE test hook, with made-up keys.
 */
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';

export const KEYS = {
  STRIPE_SECRET_KEY: 'sk_test_paymend_example',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_paymend_example',
  STRIPE_WEBHOOK_SECRET: 'whsec_paymend_example',
  SESSION_SECRET: 'a-session-secret-only-these-tests-know',
};

export interface ExampleStripe {
  standin: StripeStandin;
  /** A customer whose monthly renewal was declined (insufficient funds): the banner shows `failed`. */
  failingCustomerId: string;
  /** The env an example runs with: keys, the stand-in's URL, the demo user's customer. */
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startExampleStripe(): Promise<ExampleStripe> {
  const standin = await startStripeStandin();
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
  standin.attachCard(customer.id, '4000000000009995', { makeDefault: true });
  const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'usd' });
  standin.renew(subscription.id, { declineCode: 'insufficient_funds' });
  return {
    standin,
    failingCustomerId: customer.id,
    env: (extra = {}) => ({ ...KEYS, STRIPE_API_BASE: standin.url, EXAMPLE_CUSTOMER_ID: customer.id, ...extra }),
    close: () => standin.close(),
  };
}

/** The session cookie an example's `/login` sets (`auth.ts`), as `name=value` for a Cookie header. */
export async function loginCookie(origin: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${origin}/login`, { redirect: 'manual', headers });
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error(`GET ${origin}/login answered ${response.status} without a cookie`);
  return setCookie.split(';')[0]!;
}

/** A widget POST (JSON, `Paymend-Request: 1`) with the given browser headers. */
export function widgetPost(url: string, cookie: string, browserHeaders: Record<string, string>, body: unknown = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'paymend-request': '1', ...browserHeaders },
    body: JSON.stringify(body),
  });
}

/**
 * POSTs a `customer.updated` event for `customerId` to `webhookUrl`, signed as Stripe signs it
 * (the SDK's generateTestHeaderString) with `secret`: the example's own, or another to forge one.
 */
export function postWebhook(webhookUrl: string, customerId: string, secret = KEYS.STRIPE_WEBHOOK_SECRET): Promise<Response> {
  const payload = JSON.stringify({
    id: `evt_example_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type: 'customer.updated',
    api_version: '2025-03-31.basil',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: customerId, object: 'customer' } },
  });
  const signature = new Stripe(KEYS.STRIPE_SECRET_KEY).webhooks.generateTestHeaderString({ payload, secret });
  return fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
}
