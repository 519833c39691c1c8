// Bank debits in the offline Stripe stand-in, driven by the real `stripe` SDK over HTTP: SEPA Direct
// Debit (mandate accepted at once, debits processing until the bank answers) and ACH Direct Debit
// (micro-deposits first), with Stripe's own test numbers, events and refusals.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { standinApi } from '../../demo/server.js';
import { startStripeStandin, type StripeEvent, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { ManualClock } from '../../src/server/notify/clock.js';

const DAY = 24 * 60 * 60;
const ONLINE = { customer_acceptance: { type: 'online' as const, online: { ip_address: '203.0.113.7', user_agent: 'Mozilla/5.0 (test)' } } };
const SEPA = (iban: string) => ({ type: 'sepa_debit' as const, sepa_debit: { iban }, billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' } });
const ACH = (account_number: string, routing_number = '110000000') => ({
  type: 'us_bank_account' as const,
  us_bank_account: { account_number, routing_number, account_holder_type: 'individual' as const },
  billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' },
});

function sdk(standin: StripeStandin): Stripe {
  return new Stripe('sk_test_bank_debits', { host: standin.host, port: standin.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
}

/** The rejection's raw error, checked to be the SDK class Stripe's answer maps to. */
async function refused(promise: Promise<unknown>, fields: Record<string, unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(
    () => assert.fail('expected Stripe to refuse, the call succeeded'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, `expected a StripeInvalidRequestError, got ${String(error)}`);
  for (const [key, value] of Object.entries(fields)) assert.deepEqual((error as unknown as Record<string, unknown>)[key], value, `error.${key}`);
  return error;
}

function typesFor(standin: StripeStandin, ...ids: string[]): string[] {
  return standin.events.filter((e: StripeEvent) => ids.includes(e.data.object.id as string)).map((e) => e.type);
}

describe('stand-in bank debits', () => {
  let standin: StripeStandin;
  let stripe: Stripe;
  before(async () => {
    standin = await startStripeStandin();
    stripe = sdk(standin);
  });
  after(() => standin.close());

  async function invoiceIntent(invoiceId: string): Promise<Stripe.PaymentIntent> {
    const payments = await stripe.invoicePayments.list({ invoice: invoiceId, expand: ['data.payment.payment_intent'] });
    return payments.data[0]!.payment.payment_intent as Stripe.PaymentIntent;
  }

  /** A customer who saved a bank account through a SetupIntent, as Paymend's server creates them. */
  async function savedThroughSetup(data: ReturnType<typeof SEPA> | ReturnType<typeof ACH>) {
    const customer = standin.createCustomer({ email: 'jenny@example.com', name: 'Jenny Rosen' });
    const si = await stripe.setupIntents.create({ customer: customer.id, usage: 'off_session', automatic_payment_methods: { enabled: true } });
    const confirmed = await stripe.setupIntents.confirm(si.id, { payment_method_data: data, mandate_data: ONLINE });
    return { customer, si, confirmed };
  }

  describe('SEPA Direct Debit', () => {
    it('offers card, SEPA and ACH when Stripe picks the methods, and only the listed ones otherwise', async () => {
      const automatic = await stripe.setupIntents.create({ automatic_payment_methods: { enabled: true } });
      assert.deepEqual(automatic.payment_method_types, ['card', 'sepa_debit', 'us_bank_account']);
      const cardOnly = await stripe.setupIntents.create({ allowed_payment_method_types: ['card'] });
      await refused(stripe.setupIntents.confirm(cardOnly.id, { payment_method_data: SEPA('AT611904300234573201'), mandate_data: ONLINE }), {
        code: 'setup_intent_invalid_parameter',
      });
    });

    it('a SetupIntent confirmed with a test IBAN succeeds at once: mandate accepted, method attached', async () => {
      const { customer, si, confirmed } = await savedThroughSetup(SEPA('AT61 1904 3002 3457 3201'));
      assert.equal(confirmed.status, 'succeeded');
      assert.equal(confirmed.next_action, null);
      const pm = await stripe.paymentMethods.retrieve(confirmed.payment_method as string);
      assert.equal(pm.type, 'sepa_debit');
      assert.equal(pm.card, undefined, 'only the object named by type');
      assert.equal(pm.customer, customer.id);
      assert.deepEqual(
        { last4: pm.sepa_debit?.last4, bank_code: pm.sepa_debit?.bank_code, country: pm.sepa_debit?.country },
        { last4: '3201', bank_code: '19043', country: 'AT' },
      );
      assert.match(pm.sepa_debit?.fingerprint ?? '', /^[A-Za-z0-9]{16}$/);
      assert.equal(pm.billing_details.email, 'jenny@example.com');
      const mandate = await stripe.mandates.retrieve(confirmed.mandate as string);
      assert.equal(mandate.payment_method, pm.id);
      assert.equal(mandate.status, 'active');
      assert.equal(mandate.customer_acceptance.online?.ip_address, '203.0.113.7');
      assert.deepEqual((await stripe.customers.listPaymentMethods(customer.id, { type: 'sepa_debit' })).data.map((m) => m.id), [pm.id]);
      assert.deepEqual(typesFor(standin, si.id, pm.id), ['setup_intent.created', 'payment_method.attached', 'setup_intent.succeeded']);
    });

    it('a debit stays processing, the invoice open, until the bank settles it: then paid, with the usual events', async () => {
      const { customer, confirmed } = await savedThroughSetup(SEPA('AT611904300234573201'));
      await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: confirmed.payment_method as string } });
      const sub = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
      const renewed = standin.renew(sub.id);

      const open = await stripe.invoices.retrieve(renewed.id);
      assert.equal(open.status, 'open', 'Stripe does not mark it paid while the debit is on its way');
      assert.equal(open.attempt_count, 1);
      assert.equal(open.next_payment_attempt, null, 'no retry is scheduled while the bank has the debit');
      const pi = await invoiceIntent(renewed.id);
      assert.equal(pi.status, 'processing');
      assert.deepEqual(pi.payment_method_types, ['card', 'sepa_debit']);
      assert.equal((await stripe.charges.retrieve(pi.latest_charge as string)).status, 'pending');
      assert.deepEqual(typesFor(standin, pi.id), ['payment_intent.created', 'payment_intent.processing']);
      assert.equal(typesFor(standin, renewed.id).includes('invoice.paid'), false);
      await refused(stripe.invoices.pay(renewed.id), { statusCode: 400 });

      assert.deepEqual(standin.settleDebits().map((i) => i.id), [pi.id]);
      const paid = await stripe.invoices.retrieve(renewed.id);
      assert.equal(paid.status, 'paid');
      assert.equal(paid.attempt_count, 1, 'one attempt: the debit that settled');
      assert.equal((await stripe.paymentIntents.retrieve(pi.id)).status, 'succeeded');
      assert.equal((await stripe.charges.retrieve(pi.latest_charge as string)).status, 'succeeded');
      const after = typesFor(standin, renewed.id, pi.id);
      for (const type of ['payment_intent.succeeded', 'invoice.paid', 'invoice.payment_succeeded']) assert.ok(after.includes(type), type);
      assert.deepEqual(standin.settleDebits(), [], 'nothing left to settle');
    });

    for (const [iban, failureCode, errorCode] of [
      ['AT861904300235473202', 'generic_could_not_process', 'payment_method_provider_decline'],
      ['AT981904300002222227', 'insufficient_funds', 'insufficient_funds'],
    ] as const) {
      it(`a debit on ${iban} is returned: requires_payment_method, ${errorCode}, the invoice open and past due`, async () => {
        const customer = standin.createCustomer({ email: 'hans@example.com', name: 'Hans Muster' });
        const pm = standin.attachBankAccount(customer.id, iban);
        const sub = standin.createSubscription({ customer: customer.id, amount: 1500, currency: 'eur' });
        const renewed = standin.renew(sub.id);
        const pi = await invoiceIntent(renewed.id);
        assert.equal(pi.status, 'processing');
        standin.settleDebits({ paymentIntent: pi.id });

        const failed = await stripe.paymentIntents.retrieve(pi.id);
        assert.equal(failed.status, 'requires_payment_method');
        assert.equal(failed.payment_method, null);
        assert.equal(failed.last_payment_error?.code, errorCode);
        assert.equal(failed.last_payment_error?.payment_method?.id, pm.id);
        assert.equal(failed.last_payment_error?.payment_method?.type, 'sepa_debit');
        const charge = await stripe.charges.retrieve(failed.latest_charge as string);
        assert.equal(charge.status, 'failed');
        assert.equal(charge.failure_code, failureCode);
        const invoice = await stripe.invoices.retrieve(renewed.id);
        assert.equal(invoice.status, 'open');
        assert.equal(invoice.attempt_count, 1);
        assert.ok(invoice.next_payment_attempt !== null, 'Smart Retries schedules the next attempt');
        assert.equal((await stripe.subscriptions.retrieve(sub.id)).status, 'past_due');
        const events = typesFor(standin, renewed.id, pi.id);
        for (const type of ['payment_intent.processing', 'payment_intent.payment_failed', 'invoice.payment_failed']) assert.ok(events.includes(type), type);
        assert.equal(events.includes('invoice.paid'), false);
      });
    }

    it('invoices.pay with a SEPA method: processing for a euro invoice, refused for a dollar one', async () => {
      const customer = standin.createCustomer();
      standin.attachCard(customer.id, '4000000000009995');
      const sepa = standin.attachBankAccount(customer.id, 'sepa_success', { makeDefault: false });
      const eur = standin.renew(standin.createSubscription({ customer: customer.id, amount: 900, currency: 'eur' }).id);
      const paying = await stripe.invoices.pay(eur.id, { payment_method: sepa.id, off_session: false });
      assert.equal(paying.status, 'open');
      assert.equal(paying.attempt_count, 2);
      assert.equal((await invoiceIntent(eur.id)).status, 'processing');

      const usd = standin.renew(standin.createSubscription({ customer: customer.id, amount: 900, currency: 'usd' }).id);
      await refused(stripe.invoices.pay(usd.id, { payment_method: sepa.id }), { code: 'payment_intent_incompatible_payment_method', param: 'payment_method' });
    });

    it('refuses what Stripe refuses: no mandate, a bad or real IBAN, no email, unknown parameters', async () => {
      const si = await stripe.setupIntents.create({ automatic_payment_methods: { enabled: true } });
      const confirm = (params: Stripe.SetupIntentConfirmParams) => stripe.setupIntents.confirm(si.id, params);
      await refused(confirm({ payment_method_data: SEPA('AT611904300234573201') }), { code: 'setup_intent_mandate_invalid', param: 'mandate_data' });
      await refused(confirm({ payment_method_data: SEPA('AT611904300234573202'), mandate_data: ONLINE }), {
        code: 'payment_method_invalid_parameter',
        param: 'payment_method_data[sepa_debit][iban]',
      });
      // A valid IBAN, but a real account's: test mode takes Stripe's test IBANs only.
      await refused(confirm({ payment_method_data: SEPA('GB82WEST12345698765432'), mandate_data: ONLINE }), {
        code: 'payment_method_invalid_parameter_testmode',
      });
      await refused(
        confirm({ payment_method_data: { type: 'sepa_debit', sepa_debit: { iban: 'AT611904300234573201' }, billing_details: { name: 'Jenny Rosen' } }, mandate_data: ONLINE }),
        { code: 'parameter_missing', param: 'payment_method_data[billing_details][email]' },
      );
      await refused(confirm({ payment_method_data: { ...SEPA('AT611904300234573201'), sepa_debit: { iban: 'AT611904300234573201', bic: 'X' } } as never, mandate_data: ONLINE }), {
        code: 'parameter_unknown',
        param: 'payment_method_data[sepa_debit][bic]',
      });
      await refused(confirm({ payment_method_data: SEPA('AT611904300234573201'), mandate_data: { customer_acceptance: { type: 'online' } } }), {
        code: 'parameter_missing',
      });
      assert.equal((await stripe.setupIntents.retrieve(si.id)).status, 'requires_payment_method', 'nothing refused changed the intent');
    });

    it('settles at the first request after the clock passes the settlement day, or on the clock’s own timers', async () => {
      const clock = new ManualClock(Date.UTC(2026, 5, 1, 9)); // a Monday
      const timed = await startStripeStandin({ now: () => clock.now(), timers: clock });
      const lazy = await startStripeStandin({ now: () => clock.now() });
      try {
        const renewOn = (s: StripeStandin) => {
          const customer = s.createCustomer();
          s.attachBankAccount(customer.id, 'sepa_success');
          const invoice = s.renew(s.createSubscription({ customer: customer.id, amount: 500, currency: 'eur' }).id);
          return { invoice, pi: s.events.find((e) => e.type === 'payment_intent.processing')!.data.object.id as string };
        };
        const a = renewOn(timed);
        const b = renewOn(lazy);
        await clock.advance(4 * DAY * 1000); // Friday: 4 business days
        assert.equal(timed.get(a.pi).status, 'processing');
        assert.equal((await sdk(lazy).invoices.retrieve(b.invoice.id)).status, 'open');
        await clock.advance(3 * DAY * 1000); // the next Monday: 5 business days
        assert.equal(timed.get(a.pi).status, 'succeeded', 'the clock’s timer settled it, no request needed');
        assert.equal(timed.get(a.invoice.id).status, 'paid');
        assert.equal(lazy.get(b.pi).status, 'processing', 'no timers: nothing runs on its own');
        assert.equal((await sdk(lazy).invoices.retrieve(b.invoice.id)).status, 'paid', 'the request found it settled');
      } finally {
        await timed.close();
        await lazy.close();
      }
    });
  });

  describe('ACH Direct Debit', () => {
    it('an account typed by hand needs micro-deposits: requires_action with verify_with_microdeposits', async () => {
      const before = Math.floor(Date.now() / 1000);
      const { customer, si, confirmed } = await savedThroughSetup(ACH('000123456789'));
      assert.equal(confirmed.status, 'requires_action');
      const next = confirmed.next_action?.verify_with_microdeposits;
      assert.equal(confirmed.next_action?.type, 'verify_with_microdeposits');
      assert.ok(next && next.arrival_date > before, 'arrival_date is when the deposits land');
      assert.match(next.hosted_verification_url, new RegExp(`^${standin.url}/microdeposit/sacs_test_[A-Za-z0-9]+$`));
      assert.equal(next.microdeposit_type, 'descriptor_code');
      assert.equal((await stripe.customers.listPaymentMethods(customer.id)).data.length, 0, 'not attached before verification');
      assert.deepEqual(typesFor(standin, si.id), ['setup_intent.created', 'setup_intent.requires_action']);
    });

    it('wrong amounts are refused with the attempts left; the right ones verify and attach the account', async () => {
      const { customer, si } = await savedThroughSetup(ACH('000123456789'));
      const wrong = await refused(stripe.setupIntents.verifyMicrodeposits(si.id, { amounts: [12, 34] }), {
        statusCode: 400,
        code: 'payment_method_microdeposit_verification_amounts_mismatch',
      });
      assert.match(wrong.message, /2 verification attempts remaining/);
      await refused(stripe.setupIntents.verifyMicrodeposits(si.id, { descriptor_code: 'SM00XX' }), {
        code: 'payment_method_microdeposit_verification_descriptor_code_mismatch',
      });
      await refused(stripe.setupIntents.verifyMicrodeposits(si.id, { amounts: [32] }), { code: 'payment_method_microdeposit_verification_amounts_invalid' });
      await refused(stripe.setupIntents.verifyMicrodeposits(si.id, { amounts: [32, 45], descriptor_code: 'SM11AA' }), { code: 'parameters_exclusive' });
      assert.equal((await stripe.setupIntents.retrieve(si.id)).status, 'requires_action', 'a mismatch leaves the intent waiting');

      const verified = await stripe.setupIntents.verifyMicrodeposits(si.id, { amounts: [32, 45] });
      assert.equal(verified.status, 'succeeded');
      assert.equal(verified.next_action, null);
      assert.match(verified.mandate as string, /^mandate_/);
      const [pm] = (await stripe.customers.listPaymentMethods(customer.id, { type: 'us_bank_account' })).data;
      assert.equal(pm?.id, verified.payment_method);
      assert.deepEqual(
        { last4: pm?.us_bank_account?.last4, routing: pm?.us_bank_account?.routing_number, bank: pm?.us_bank_account?.bank_name },
        { last4: '6789', routing: '110000000', bank: 'STRIPE TEST BANK' },
      );
      assert.deepEqual(typesFor(standin, si.id, pm!.id).slice(-2), ['payment_method.attached', 'setup_intent.succeeded']);
      await refused(stripe.setupIntents.verifyMicrodeposits(si.id, { descriptor_code: 'SM11AA' }), { code: 'setup_intent_unexpected_state' });
    });

    it('the descriptor code SM11AA verifies too; three wrong amount pairs end the attempt', async () => {
      const { si } = await savedThroughSetup(ACH('000123456789'));
      assert.equal((await stripe.setupIntents.verifyMicrodeposits(si.id, { descriptor_code: 'SM11AA' })).status, 'succeeded');

      const { si: other } = await savedThroughSetup(ACH('000123456789'));
      for (const remaining of [2, 1]) {
        const e = await refused(stripe.setupIntents.verifyMicrodeposits(other.id, { amounts: [1, 2] }), {});
        assert.match(e.message, new RegExp(`${remaining} verification attempts? remaining`));
      }
      await refused(stripe.setupIntents.verifyMicrodeposits(other.id, { amounts: [1, 2] }), { code: 'payment_method_microdeposit_verification_attempts_exceeded' });
      const ended = await stripe.setupIntents.retrieve(other.id);
      assert.equal(ended.status, 'requires_payment_method');
      assert.equal(ended.last_setup_error?.code, 'payment_method_microdeposit_verification_attempts_exceeded');
      assert.ok(typesFor(standin, other.id).includes('setup_intent.setup_failed'));
    });

    it('the hosted verification page, on the stand-in’s own origin, verifies with what the customer types', async () => {
      const { si, confirmed } = await savedThroughSetup(ACH('000123456789'));
      const url = confirmed.next_action!.verify_with_microdeposits!.hosted_verification_url;
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      const html = await page.text();
      assert.match(html, /<label>[^<]*<input name="descriptor_code"/, 'a labelled code field');
      assert.match(html, /<label>First amount <input name="amount1"/);
      const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      const wrong = await post('descriptor_code=SM00XX');
      assert.equal(wrong.status, 400);
      assert.match(await wrong.text(), /role="alert">The verification code provided does not match/);
      const right = await post('amount1=0.32&amount2=0.45');
      assert.equal(right.status, 200);
      assert.match(await right.text(), /Bank account verified/);
      assert.equal((await stripe.setupIntents.retrieve(si.id)).status, 'succeeded');
      assert.equal((await fetch(url)).status, 404, 'a used link opens nothing');
    });

    for (const [account, outcome] of [
      ['000123456789', 'succeeded'],
      ['000222222227', 'insufficient_funds'],
    ] as const) {
      it(`charging a verified account ${account}: processing, then ${outcome}`, async () => {
        const { customer, si } = await savedThroughSetup(ACH(account));
        const verified = await stripe.setupIntents.verifyMicrodeposits(si.id, { descriptor_code: 'SM11AA' });
        await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: verified.payment_method as string } });
        const renewed = standin.renew(standin.createSubscription({ customer: customer.id, amount: 4900, currency: 'usd' }).id);
        const pi = await invoiceIntent(renewed.id);
        assert.equal(pi.status, 'processing');
        assert.deepEqual(pi.payment_method_types, ['card', 'us_bank_account']);
        standin.settleDebits({ paymentIntent: pi.id });
        const settled = await stripe.paymentIntents.retrieve(pi.id);
        const invoice = await stripe.invoices.retrieve(renewed.id);
        if (outcome === 'succeeded') {
          assert.equal(settled.status, 'succeeded');
          assert.equal(invoice.status, 'paid');
        } else {
          assert.equal(settled.status, 'requires_payment_method');
          assert.equal(settled.last_payment_error?.code, 'insufficient_funds');
          assert.equal(invoice.status, 'open');
          assert.ok(typesFor(standin, renewed.id).includes('invoice.payment_failed'));
        }
      });
    }

    it('refuses a bad routing number, and an account whose deposits cannot be sent fails the setup', async () => {
      const si = await stripe.setupIntents.create({ automatic_payment_methods: { enabled: true } });
      await refused(stripe.setupIntents.confirm(si.id, { payment_method_data: ACH('000123456789', '110000001'), mandate_data: ONLINE }), {
        code: 'routing_number_invalid',
        param: 'payment_method_data[us_bank_account][routing_number]',
      });
      await refused(stripe.setupIntents.confirm(si.id, { payment_method_data: ACH('000666666661'), mandate_data: ONLINE }), {
        code: 'payment_method_microdeposit_failed',
      });
      const failed = await stripe.setupIntents.retrieve(si.id);
      assert.equal(failed.status, 'requires_payment_method');
      assert.equal(failed.last_setup_error?.code, 'payment_method_microdeposit_failed');
    });
  });

  it('the demo’s Stripe.js route confirms a typed bank account, the mandate accepted from that browser', async () => {
    const demo = createServer((req, res) => void standinApi(standin, req, res, new URL(req.url ?? '/', 'http://demo.invalid')));
    demo.listen(0, '127.0.0.1');
    await once(demo, 'listening');
    try {
      const si = await stripe.setupIntents.create({ customer: standin.createCustomer().id, automatic_payment_methods: { enabled: true } });
      const confirm = (body: unknown) =>
        fetch(`http://127.0.0.1:${(demo.address() as AddressInfo).port}/demo/stripe/setup_intents/${si.id}/confirm?client_secret=${encodeURIComponent(si.client_secret!)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'DemoBrowser/1.0' },
          body: JSON.stringify(body),
        });
      const bad = await confirm({ payment_method_data: SEPA('AT611904300234573200') });
      assert.equal(bad.status, 400);
      assert.equal(((await bad.json()) as { error: { param: string } }).error.param, 'payment_method_data[sepa_debit][iban]');
      const good = await confirm({ payment_method_data: SEPA('DE89370400440532013000') });
      assert.equal(good.status, 200);
      const confirmed = (await good.json()) as { status: string; mandate: string };
      assert.equal(confirmed.status, 'succeeded');
      const mandate = await stripe.mandates.retrieve(confirmed.mandate);
      assert.equal(mandate.customer_acceptance.online?.user_agent, 'DemoBrowser/1.0');
      assert.equal(mandate.customer_acceptance.online?.ip_address, '127.0.0.1');
    } finally {
      demo.closeAllConnections();
      await new Promise((resolve) => demo.close(resolve));
    }
  });

  it('the offline Stripe.js path checks the browser’s data as the API does', async () => {
    const si = await stripe.setupIntents.create({ automatic_payment_methods: { enabled: true } });
    assert.throws(() => standin.confirmSetupIntentWithBankAccount(si.id, SEPA('AT00')), (e: Error & { body?: { param?: string } }) => {
      assert.equal(e.body?.param, 'payment_method_data[sepa_debit][iban]');
      return true;
    });
    const ach = standin.confirmSetupIntentWithBankAccount(si.id, ACH('000123456789'), { ipAddress: '198.51.100.4', userAgent: 'Chromium' });
    assert.equal(ach.status, 'requires_action');
    assert.equal(standin.verifyMicrodeposits(si.id, { amounts: [45, 32] }).status, 'succeeded');
    const mandate = await stripe.mandates.retrieve(standin.get(si.id).mandate);
    assert.equal(mandate.customer_acceptance.online?.user_agent, 'Chromium');
  });
});
