// Every event the handler subscribes to, emitted by the stand-in from a real scenario and delivered
// signed over HTTP: each must reach the handler and be taken as a hint about its customer. Driving
// the list from HANDLED_EVENTS keeps the handler and the stand-in from drifting apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StatusSchema } from '../../src/protocol/index.js';
import { HANDLED_EVENTS } from '../../src/server/webhooks.js';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, stripeClientFor, type App } from './harness.js';

let standin: StripeStandin;
let app: App;

standinWithAppPerTest((s, a) => {
  standin = s;
  app = a;
});

async function statusOf(browser: ReturnType<typeof browserFor>) {
  const response = await browser.status();
  assert.equal(response.status, 200);
  return StatusSchema.parse(await response.json());
}

/** One customer's life at Stripe, touching every kind of event Paymend listens to. */
async function everyEventScenario() {
  const stripe = stripeClientFor(standin);
  const { customerId, paymentMethodId, subscriptionId } = seedCustomer(standin, '4000000000000341');
  // A declined renewal, retried by the Automations, reminded, then voided by the merchant.
  standin.account.automations = true;
  const declined = standin.renew(subscriptionId);
  standin.runAutomations();
  standin.remindInvoice(declined.id, 'will_be_due');
  standin.remindInvoice(declined.id, 'overdue');
  await stripe.invoices.voidInvoice(declined.id);
  // A renewal paused on failure, written off, resumed.
  standin.account.pauseOnPaymentFailure = 'first_payment_failure';
  const paused = standin.renew(subscriptionId);
  await stripe.invoices.markUncollectible(paused.id);
  await stripe.subscriptions.resume(subscriptionId, { billing_cycle_anchor: { type: 'unchanged' }, proration_behavior: 'none' });
  standin.account.pauseOnPaymentFailure = 'never';
  // A card that wants 3-D Secure on renewal, then a new card through a SetupIntent, paying the invoice.
  const strong = standin.attachCard(customerId, '4000002760003184', { makeDefault: true });
  const waiting = standin.renew(subscriptionId);
  const intent = await stripe.setupIntents.create({ customer: customerId, usage: 'off_session' });
  await stripe.setupIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
  const fresh = (await stripe.setupIntents.retrieve(intent.id)).payment_method as string;
  await stripe.invoices.pay(waiting.id, { payment_method: fresh, off_session: false });
  // A bank account typed by hand: it waits for micro-deposits (setup_intent.requires_action).
  const ach = await stripe.setupIntents.create({ customer: customerId, usage: 'off_session', allowed_payment_method_types: ['us_bank_account'] });
  standin.confirmSetupIntentWithBankAccount(ach.id, {
    type: 'us_bank_account',
    us_bank_account: { account_number: '000123456789', routing_number: '110000000', account_holder_type: 'individual' },
    billing_details: { name: 'Ada', email: 'ada@example.com' },
  });
  // Cards changing without a payment.
  await stripe.paymentMethods.update(fresh, { card: { exp_month: 11, exp_year: 2031 } });
  standin.automaticallyUpdateCard(fresh, { expMonth: 12, expYear: 2032 });
  await stripe.paymentMethods.detach(strong.id);
  await stripe.paymentMethods.detach(paymentMethodId);
  // A renewal announced some days ahead (the preview invoice has no id).
  standin.announceUpcoming(subscriptionId);
  // The end: the subscription canceled, the customer deleted.
  await stripe.subscriptions.cancel(subscriptionId);
  await stripe.customers.del(customerId);
  await standin.flushWebhooks();
  return customerId;
}

describe('every event the handler subscribes to', () => {
  it('is emitted by the stand-in, delivered, and taken as a hint about the customer', async () => {
    const start = standin.deliveries.length;
    const customerId = await everyEventScenario();
    const deliveries = standin.deliveries.slice(start);
    const taken = new Set<string>();
    for (const delivery of deliveries) {
      assert.equal(delivery.status, 200, `${delivery.type}: ${delivery.error ?? delivery.body}`);
      const body = JSON.parse(delivery.body ?? '{}') as { handled?: boolean };
      if (body.handled) taken.add(delivery.type);
    }
    const missing = [...HANDLED_EVENTS].filter((type) => !taken.has(type));
    assert.deepEqual(missing, [], `not emitted, or not handled for ${customerId}`);
  });
});

describe('hints that arrive only in newer events', () => {
  it('takes the retry date from invoice.updated, where Automations put it', async () => {
    standin.account.automations = true;
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'ok'); // cached: from now on only webhooks refresh it
    standin.renew(subscriptionId);
    await standin.flushWebhooks();
    const failed = await statusOf(browser);
    assert.equal(failed.state, 'failed');
    assert.equal(failed.invoice?.nextAttemptAt, null, 'invoice.payment_failed carries no retry date with Automations');
    const [updated] = standin.runAutomations();
    await standin.flushWebhooks();
    const later = await statusOf(browser);
    assert.equal(later.invoice?.nextAttemptAt, new Date(updated!.next_payment_attempt! * 1000).toISOString());
  });

  for (const kind of ['will_be_due', 'overdue'] as const) {
    it(`re-reads the customer on invoice.${kind}`, async () => {
      const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
      const invoice = standin.renew(subscriptionId);
      await standin.flushWebhooks();
      const browser = browserFor(app, customerId);
      assert.equal((await statusOf(browser)).invoice?.attemptCount, 1);
      // Changed at Stripe with no event of its own (a retry the dashboard recorded): the reminder is the hint.
      standin.get(invoice.id).attempt_count = 2;
      standin.remindInvoice(invoice.id, kind);
      await standin.flushWebhooks();
      const delivery = standin.deliveries.findLast((d) => d.type === `invoice.${kind}`);
      assert.deepEqual(JSON.parse(delivery?.body ?? '{}'), { received: true, handled: true });
      assert.equal((await statusOf(browser)).invoice?.attemptCount, 2);
    });
  }

  it('refreshes a cached status on customer.subscription.resumed', async () => {
    standin.account.pauseOnPaymentFailure = 'first_payment_failure';
    const { customerId, subscriptionId } = seedCustomer(standin, '4000000000000341');
    const invoice = standin.renew(subscriptionId);
    await standin.flushWebhooks();
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'failed');
    // The merchant writes the debt off in the Dashboard; the account resumes the subscription.
    standin.account.resumeOnPayment = true;
    standin.setWebhook(null);
    standin.markUncollectible(invoice.id);
    const resumed = standin.events.filter((e) => e.type === 'customer.subscription.resumed' && e.data.object.id === subscriptionId);
    assert.equal(resumed.length, 1);
    const delivered = await standin.deliver(resumed[0]!);
    assert.deepEqual(JSON.parse(delivered.body), { received: true, handled: true });
    assert.equal((await statusOf(browser)).state, 'ok');
  });

  it('keeps the status right whatever the order of pause events', async () => {
    standin.account.pauseOnPaymentFailure = 'first_payment_failure';
    const { customerId, subscriptionId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    assert.equal((await statusOf(browser)).state, 'ok');
    standin.setWebhook(null);
    standin.renew(subscriptionId, { declineCode: 'insufficient_funds' });
    const paused = standin.events.find((e) => e.type === 'customer.subscription.paused' && e.data.object.id === subscriptionId)!;
    const delivered = await standin.deliver(paused);
    assert.deepEqual(JSON.parse(delivered.body), { received: true, handled: true });
    const status = await statusOf(browser);
    assert.equal(status.state, 'failed');
    assert.equal(status.failure?.declineCode, 'insufficient_funds');
  });
});
