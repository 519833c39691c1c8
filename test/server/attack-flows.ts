/**
 * The customer's steps the attack tests repeat: a failed renewal, a new card through Paymend's own
 * `/setup-intent` confirmed as Stripe.js would, and `/complete`.
 */
import assert from 'node:assert/strict';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, ErrorResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';
import { seedCustomer, type browserFor } from './harness.js';

export type Browser = ReturnType<typeof browserFor>;

/** A customer whose renewal was declined: open invoice, past_due subscription. */
export async function failingCustomer(standin: StripeStandin, declineCard = '4000000000000341') {
  const seeded = seedCustomer(standin, declineCard);
  const invoice = standin.renew(seeded.subscriptionId);
  await standin.flushWebhooks();
  return { ...seeded, invoiceId: invoice.id as string };
}

/** What Stripe.js does in the browser: create the intent through Paymend, confirm it with a card. */
export async function newCardVia(standin: StripeStandin, browser: Browser, card: string) {
  const response = await browser.post('/setup-intent');
  assert.equal(response.status, 200);
  const { clientSecret } = SetupIntentResponseSchema.parse(await response.json());
  const setupIntentId = clientSecret.split('_secret_')[0]!;
  const intent = standin.confirmSetupIntent(setupIntentId, card);
  if (intent.status === 'requires_action') standin.authenticate(setupIntentId, true);
  return { setupIntentId, clientSecret };
}

export async function complete(browser: Browser, setupIntentId: string, extra: Record<string, string> = {}) {
  const response = await browser.post('/complete', { setupIntentId, ...extra });
  assert.equal(response.status, 200, `expected 200, got ${response.status}: ${await response.clone().text()}`);
  return CompleteResponseSchema.parse(await response.json());
}

export async function errorOf(response: Response, status: number, code: string) {
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  const body = ErrorResponseSchema.parse(JSON.parse(text));
  assert.equal(body.error.code, code);
  return body.error;
}

export function customerDefault(standin: StripeStandin, customerId: string): string | null {
  return standin.get(customerId).invoice_settings.default_payment_method;
}
