// Bank debits and missing methods through the handler, over HTTP with the real stripe SDK against
// the stand-in: a SEPA debit paying the overdue invoice is `processing` (no wall, not recovered until
// the bank settles it), a returned debit is `failed` again, a method that cannot pay the invoice is a
// failure (not an outage), an ACH account verified by micro-deposits days later finishes its update
// from the webhook, and a trial without a method is `missing` until one is added.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { CompleteResponseSchema, SetupIntentResponseSchema, StatusSchema, type Status } from '../../src/protocol/index.js';
import { browserFor, seedCustomer, standinWithAppPerTest, type App } from './harness.js';

const SEPA = (iban: string) => ({ type: 'sepa_debit', sepa_debit: { iban }, billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' } });
const ACH = (accountNumber: string) => ({
  type: 'us_bank_account',
  us_bank_account: { account_number: accountNumber, routing_number: '110000000', account_holder_type: 'individual' },
  billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' },
});
const SEPA_SUCCEEDS = 'AT611904300234573201';
const SEPA_FAILS = 'AT861904300235473202';

describe('bank debits and missing methods through the handler', () => {
  let standin: StripeStandin;
  let app: App;
  // A hard wall policy throughout: a debit on its way must not trigger it, a returned one must.
  standinWithAppPerTest(
    (s, a) => {
      standin = s;
      app = a;
    },
    {},
    { wall: { mode: 'hard', graceDays: 0 } },
  );

  /** A customer whose euro renewal was declined: failed, behind a hard wall. */
  async function failing(currency: 'eur' | 'usd' = 'eur') {
    const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
    const card = standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency });
    const invoice = standin.renew(subscription.id, { declineCode: 'insufficient_funds' });
    await standin.flushWebhooks();
    return { customerId: customer.id as string, cardId: card.id as string, subscriptionId: subscription.id as string, invoiceId: invoice.id as string };
  }

  /** The customer opens the form and confirms a bank account in the Payment Element. */
  async function confirmBank(customerId: string, data: Record<string, unknown>) {
    const browser = browserFor(app, customerId);
    const { clientSecret } = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
    const setupIntentId = clientSecret.split('_secret_')[0]!;
    const intent = standin.confirmSetupIntentWithBankAccount(setupIntentId, data);
    return { browser, setupIntentId, clientSecret, intent };
  }

  const statusOf = async (browser: ReturnType<typeof browserFor>): Promise<Status> => StatusSchema.parse(await (await browser.status()).json());

  it('a SEPA debit paying the overdue invoice: processing, no wall, the account on file, recovered only once it arrives', async () => {
    const { customerId, subscriptionId, invoiceId } = await failing();
    const { browser, setupIntentId, clientSecret, intent } = await confirmBank(customerId, SEPA(SEPA_SUCCEEDS));
    assert.equal(intent.status, 'succeeded');
    const answer = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId, clientSecret })).json());
    assert.equal(answer.failure, undefined);
    assert.equal(answer.status.state, 'processing');
    assert.equal(answer.status.invoice?.id, invoiceId);
    assert.deepEqual(answer.status.access, { wall: 'none', endsAt: null }, 'a debit on its way is not a failure: no wall');
    const account = standin.get(customerId).invoice_settings.default_payment_method as string;
    assert.equal((standin.get(account) as { type: string }).type, 'sepa_debit', 'the account is the default now');
    assert.equal(standin.get(subscriptionId).default_payment_method ?? account, account);
    assert.equal(standin.get(invoiceId).status, 'open', 'Stripe keeps the invoice open while the debit is processing');
    assert.equal((await app.handler.recoveryStats()).invoicesRecovered, 0, 'not recovered before the money arrives');
    assert.equal((await app.handler.access(new Request(`${app.url}/`, { headers: { cookie: browser.cookie } }))).allowed, true);

    standin.settleDebits();
    await standin.flushWebhooks();
    assert.equal(standin.get(invoiceId).status, 'paid');
    assert.equal((await statusOf(browser)).state, 'ok');
    const report = await app.handler.recoveryReport();
    const recovered = Object.fromEntries(report.byOutcome.map((row) => [row.outcome, row.count]));
    assert.equal(recovered.in_app, 1, 'the ledger credits the customer’s fix once the debit is paid');
  });

  it('a debit the bank returns makes the status failed again, with the bank’s reason, and the wall back', async () => {
    const { customerId, invoiceId } = await failing();
    const { browser, setupIntentId, clientSecret } = await confirmBank(customerId, SEPA(SEPA_FAILS));
    const answer = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId, clientSecret })).json());
    assert.equal(answer.status.state, 'processing');
    standin.settleDebits();
    await standin.flushWebhooks();
    const status = await statusOf(browser);
    assert.equal(status.state, 'failed');
    assert.equal(status.invoice?.id, invoiceId);
    assert.ok(status.failure?.code, 'the returned debit’s code is reported');
    assert.equal(status.access.wall, 'hard');
  });

  it('a method that cannot pay the invoice (SEPA for dollars) is a failure to explain, and the card stays on file', async () => {
    const { customerId, cardId, invoiceId } = await failing('usd');
    const { browser, setupIntentId, clientSecret } = await confirmBank(customerId, SEPA(SEPA_SUCCEEDS));
    const reply = await browser.post('/complete', { setupIntentId, clientSecret });
    assert.equal(reply.status, 200, 'a normal answer, not an outage');
    const answer = CompleteResponseSchema.parse(await reply.json());
    assert.equal(answer.failure?.code, 'payment_intent_incompatible_payment_method');
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, cardId);
    assert.equal(standin.get(invoiceId).status, 'open');
  });

  it('an ACH account verified by micro-deposits days later: the webhook finishes the update, off-session', async () => {
    const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'usd' });
    const invoice = standin.renew(subscription.id, { declineCode: 'insufficient_funds' });
    await standin.flushWebhooks();
    const { browser, setupIntentId, intent } = await confirmBank(customer.id, ACH('000123456789'));
    assert.equal(intent.status, 'requires_action');
    assert.equal(intent.next_action?.type, 'verify_with_microdeposits');
    await standin.flushWebhooks();
    // Until verified nothing changes: the card stays, the invoice is still failing.
    assert.equal((await statusOf(browser)).state, 'failed');

    standin.verifyMicrodeposits(setupIntentId, { amounts: [32, 45] });
    await standin.flushWebhooks();
    const account = standin.get(customer.id).invoice_settings.default_payment_method as string;
    assert.equal((standin.get(account) as { type: string }).type, 'us_bank_account', 'the verified account is the default');
    assert.equal((await statusOf(browser)).state, 'processing', 'and it is paying the overdue invoice');
    assert.equal((await app.handler.recoveryStats()).bankAccountsVerifiedLater, 1);
    // Stripe redelivers the success: nothing is paid or counted twice.
    await standin.deliver(standin.events.findLast((e) => e.type === 'setup_intent.succeeded')!);
    assert.equal((await app.handler.recoveryStats()).bankAccountsVerifiedLater, 1);
    standin.settleDebits();
    await standin.flushWebhooks();
    assert.equal(standin.get(invoice.id).status, 'paid');
    assert.equal((await statusOf(browser)).state, 'ok');
  });

  it('an ACH account verified after the customer chose a card meanwhile is not adopted', async () => {
    const { customerId } = seedCustomer(standin);
    const { setupIntentId } = await confirmBank(customerId, ACH('000123456789'));
    await standin.flushWebhooks();
    // The customer gives up waiting and saves a card instead.
    const second = await confirmBank(customerId, SEPA(SEPA_SUCCEEDS));
    const answer = CompleteResponseSchema.parse(
      await (await second.browser.post('/complete', { setupIntentId: second.setupIntentId, clientSecret: second.clientSecret })).json(),
    );
    assert.equal(answer.failure, undefined);
    const chosen = standin.get(customerId).invoice_settings.default_payment_method;
    standin.verifyMicrodeposits(setupIntentId, { amounts: [32, 45] });
    await standin.flushWebhooks();
    assert.equal(standin.get(customerId).invoice_settings.default_payment_method, chosen, 'the later choice stands');
    assert.equal((await app.handler.recoveryStats()).bankAccountsVerifiedLater, 0);
  });

  it('a trial without a method is missing until its end; paused for it, adding a card resumes it and bills the first period', async () => {
    const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
    standin.startTrial(subscription.id, 5);
    await standin.flushWebhooks();
    const browser = browserFor(app, customer.id);
    const trial = await statusOf(browser);
    assert.equal(trial.state, 'missing');
    assert.equal(trial.access.wall, 'none');
    assert.equal(Date.parse(trial.access.endsAt!), standin.get(subscription.id).trial_end * 1000);

    standin.endTrial(subscription.id, 'pause');
    await standin.flushWebhooks();
    const paused = await statusOf(browser);
    assert.equal(paused.state, 'missing');
    assert.equal(paused.access.endsAt, null, 'paused already: no date ahead');

    const { clientSecret } = SetupIntentResponseSchema.parse(await (await browser.post('/setup-intent')).json());
    const setupIntentId = clientSecret.split('_secret_')[0]!;
    standin.confirmSetupIntent(setupIntentId, '4242424242424242');
    const answer = CompleteResponseSchema.parse(await (await browser.post('/complete', { setupIntentId, clientSecret })).json());
    assert.equal(answer.failure, undefined);
    await standin.flushWebhooks();
    assert.equal(standin.get(subscription.id).status, 'active', 'resumed once a method is on file');
    const latest = standin.get(standin.get(subscription.id).latest_invoice as string);
    assert.equal(latest.status, 'paid', 'its first period billed and paid with the new card');
    assert.equal((await statusOf(browser)).state, 'ok');
  });
});
