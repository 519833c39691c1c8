// Wallets through the handler, over HTTP with the real stripe SDK against the stand-in: a card from
// Google Pay (what reaches Stripe from the Payment Element's wallet: a card PaymentMethod with
// `card.wallet`) pays the overdue invoice like any card, and the status says which wallet it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, SetupIntentResponseSchema } from '../../src/protocol/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, type App } from './harness.js';

describe('wallets through the handler', () => {
  let standin: StripeStandin;
  let app: App;
  standinWithAppPerTest((s, a) => {
    standin = s;
    app = a;
  });

  it('a Google Pay card pays the declined renewal, becomes the default, and the status names the wallet', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const invoice = standin.renew(subscriptionId);
    await standin.flushWebhooks();
    const browser = browserFor(app, customerId);
    const { clientSecret } = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
    const setupIntentId = clientSecret.split('_secret_')[0]!;
    const intent = standin.confirmSetupIntentWithWallet(setupIntentId, 'google_pay');
    assert.equal(intent.status, 'succeeded');
    const answer = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId, clientSecret })).json());
    assert.equal(answer.failure, undefined);
    assert.equal(answer.status.state, 'ok');
    assert.equal(answer.status.paymentMethod?.wallet, 'google_pay');
    assert.equal(answer.status.paymentMethod?.last4, '4242');
    assert.equal(standin.get(invoice.id).status, 'paid');
    const method = standin.get(standin.get(customerId).invoice_settings.default_payment_method as string) as { card: { wallet: { type: string } } };
    assert.equal(method.card.wallet.type, 'google_pay');
  });
});
