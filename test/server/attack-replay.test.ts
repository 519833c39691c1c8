// Redirect-return replay: `/complete` must not act on a SetupIntent id alone. A link carrying an old
// `seti_` of the signed-in customer must not re-adopt an old card nor charge the open invoice to it.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { setupIntentFreshness } from '../../src/server/setup-intent-freshness.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, stripeClientFor, type App } from './harness.js';
import { complete, customerDefault, errorOf, failingCustomer, newCardVia } from './attack-flows.js';

// One clock for Stripe and the handler, so a test can let a minute or a day pass.
let skew = 0;
const clock = () => Date.now() + skew;
const MINUTE = 60_000;

let standin: StripeStandin;
let app: App;

before(async () => {
  standin = await startStripeStandin({ now: clock });
  app = await startApp(standin, { now: clock });
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
});
after(async () => {
  await app?.close();
  await standin?.close();
});
beforeEach(() => {
  skew += 10 * MINUTE;
});

describe('POST /complete refuses a replayed SetupIntent', () => {
  it('an old SetupIntent of this customer, after a newer update: 409 setup_intent_stale, nothing charged, card kept', async () => {
    const { customerId, subscriptionId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    const old = await newCardVia(standin, browser, '5555555555554444');
    assert.equal((await complete(browser, old.setupIntentId)).status.state, 'ok');
    skew += MINUTE;
    const current = await newCardVia(standin, browser, '4000000000000341'); // attaches, then charges fail
    assert.equal((await complete(browser, current.setupIntentId)).status.state, 'ok');
    const currentCard = customerDefault(standin, customerId);
    skew += MINUTE;
    const invoice = standin.renew(subscriptionId);
    await standin.flushWebhooks();
    assert.equal(standin.get(invoice.id).status, 'open');

    // The attacker's link: `/?paymend_return=1&setup_intent=<old seti_>` makes the widget call /complete.
    await errorOf(await browser.post('/complete', { setupIntentId: old.setupIntentId }), 409, 'setup_intent_stale');
    assert.equal(standin.get(invoice.id).status, 'open', 'the invoice is not charged to the old card');
    assert.equal(standin.get(invoice.id).amount_paid, 0);
    assert.equal(customerDefault(standin, customerId), currentCard, 'the old card is not re-adopted');
    assert.equal(standin.get(subscriptionId).default_payment_method ?? null, null, 'no subscription-level default written either');
  });

  it('a SetupIntent older than a day: 409 setup_intent_stale', async () => {
    const { customerId, invoiceId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    const { setupIntentId } = await newCardVia(standin, browser, '4242424242424242');
    skew += 25 * 60 * MINUTE;
    await errorOf(await browser.post('/complete', { setupIntentId }), 409, 'setup_intent_stale');
    assert.equal(standin.get(invoiceId).status, 'open');
  });

  it('a SetupIntent Paymend did not create (no metadata.paymend): 409 setup_intent_stale', async () => {
    const { customerId, invoiceId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    const foreign = await stripeClientFor(standin).setupIntents.create({
      customer: customerId,
      usage: 'off_session',
      automatic_payment_methods: { enabled: true },
    });
    assert.equal(standin.confirmSetupIntent(foreign.id, '4242424242424242').status, 'succeeded');
    await errorOf(await browser.post('/complete', { setupIntentId: foreign.id }), 409, 'setup_intent_stale');
    assert.equal(standin.get(invoiceId).status, 'open');
  });

  it('a proof (clientSecret) that does not match: 404 like an unknown id; the right one completes', async () => {
    const { customerId, invoiceId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    const { setupIntentId, clientSecret } = await newCardVia(standin, browser, '4242424242424242');
    await errorOf(await browser.post('/complete', { setupIntentId, clientSecret: `${setupIntentId}_secret_bogus` }), 404, 'not_found');
    await errorOf(await browser.post('/complete', { setupIntentId, clientSecret: 'x' }), 404, 'not_found');
    assert.equal(standin.get(invoiceId).status, 'open');
    assert.equal((await complete(browser, setupIntentId, { clientSecret })).status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
  });

  it('an empty or oversized proof is a 400 with a reason', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    for (const clientSecret of ['', 'x'.repeat(513)]) {
      await errorOf(await browser.post('/complete', { setupIntentId: 'seti_123', clientSecret }), 400, 'bad_request');
    }
  });
});

describe('POST /complete still completes the SAME SetupIntent again', () => {
  it('a retry after the answer was lost is idempotent: ok, charged once', async () => {
    const { customerId, invoiceId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    const { setupIntentId, clientSecret } = await newCardVia(standin, browser, '4242424242424242');
    await complete(browser, setupIntentId, { clientSecret });
    skew += 5 * MINUTE;
    const again = await complete(browser, setupIntentId, { clientSecret });
    assert.equal(again.status.state, 'ok');
    assert.equal(standin.get(invoiceId).amount_paid, 2900);
  });

  it('the second call after 3-D Secure, minutes later, completes', async () => {
    const { customerId, invoiceId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    const { setupIntentId } = await newCardVia(standin, browser, '4000002760003184');
    const first = await complete(browser, setupIntentId);
    assert.ok(first.nextAction);
    skew += 3 * MINUTE;
    standin.authenticate(first.nextAction.clientSecret.split('_secret_')[0]!, true);
    const second = await complete(browser, setupIntentId);
    assert.equal(second.status.state, 'ok');
    assert.equal(standin.get(invoiceId).status, 'paid');
  });

  it('a newer SetupIntent after an adopted one completes (a second update the same day)', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    await complete(browser, (await newCardVia(standin, browser, '5555555555554444')).setupIntentId);
    skew += MINUTE;
    const next = await newCardVia(standin, browser, '4242424242424242');
    assert.equal((await complete(browser, next.setupIntentId)).status.state, 'ok');
    assert.equal(standin.get(customerDefault(standin, customerId)!).card.last4, '4242');
  });
});

describe('setupIntentFreshness (pure)', () => {
  const now = Date.UTC(2026, 11, 2, 12);
  const intent = (createdMs: number, metadata: Record<string, string> | null = { paymend: '1' }) => ({
    id: 'seti_a',
    created: Math.floor(createdMs / 1000),
    metadata,
  });
  it('decides foreign, expired, superseded and fresh', () => {
    assert.equal(setupIntentFreshness(intent(now - MINUTE, null), null, now), 'foreign');
    assert.equal(setupIntentFreshness(intent(now - MINUTE, { paymend: 'yes' }), null, now), 'foreign');
    assert.equal(setupIntentFreshness(intent(now - 25 * 60 * MINUTE), null, now), 'expired');
    assert.equal(setupIntentFreshness(intent(now - 10 * MINUTE), { id: 'seti_b', at: now - MINUTE }, now), 'superseded');
    assert.equal(setupIntentFreshness(intent(now - 10 * MINUTE), { id: 'seti_a', at: now - MINUTE }, now), 'fresh', 'the adopted one itself');
    assert.equal(setupIntentFreshness(intent(now - MINUTE), { id: 'seti_b', at: now - 10 * MINUTE }, now), 'fresh', 'newer than the adoption');
    assert.equal(setupIntentFreshness(intent(now - 2000), { id: 'seti_b', at: now - 1000 }, now), 'fresh', 'within the clock slack');
  });
});
