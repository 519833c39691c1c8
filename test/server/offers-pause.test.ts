// The pause offer over HTTP, with the real `stripe` SDK against the stand-in: GET /offers, POST
// /pause by Stripe's subscription pause and by pause_collection, the paused state and its wall, a
// double submit that pauses once, and the pause ending on its day (Paymend's resume, Stripe's own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StatusSchema } from '../../src/protocol/index.js';
import { addMonths } from '../../src/server/offers/eligibility.js';
import { DAY_MS, START_MS, failingCustomer, iso, offersOf, offersWorld, refused, statusOf, taken } from './offers-flow.js';

const world = offersWorld((prices) => ({ offers: { pause: { maxMonths: 3 }, changePlan: { prices: [prices.starter, prices.mini] } } }));
const eventsOf = (id: string, type: string) => world.standin.events.filter((e) => e.type === type && e.data.object.id === id).length;

describe('the pause offer', () => {
  it('is offered to a failing customer: Stripe pause on a flexible subscription, 1…3 months, the overdue amount', async () => {
    const { browser } = await failingCustomer(world);
    const status = await statusOf(browser);
    assert.equal(status.state, 'failed');
    assert.equal(status.offers, true);
    const offers = await offersOf(world, browser);
    assert.equal(offers.pause?.method, 'subscription');
    assert.deepEqual(offers.pause?.options.map((o) => o.months), [1, 2, 3]);
    assert.equal(offers.pause?.options[0]?.resumesAt, iso(addMonths(START_MS, 1)));
    assert.deepEqual(offers.pause?.due, { amount: 4900, currency: 'usd' });
    assert.deepEqual(offers.changePlan?.options.map((p) => p.name), ['Starter', 'Mini']);
  });

  it('pauses: the overdue invoice voided, the subscription paused until the chosen day, the wall hard until then', async () => {
    const { browser, subscriptionId, invoiceId, customerId } = await failingCustomer(world);
    const result = await taken(browser.post('/pause', { months: 2 }));
    const resumesAt = iso(addMonths(START_MS, 2));
    assert.equal(result.status.state, 'paused');
    assert.deepEqual(result.status.pause, { resumesAt, resumable: true });
    assert.deepEqual(result.status.access, { wall: 'hard', endsAt: resumesAt }, "access 'deny' is the default");
    assert.deepEqual(result.receipt, { paid: [], nextChargeAt: resumesAt });
    assert.equal(world.standin.get(invoiceId!).status, 'void');
    const sub = world.standin.get(subscriptionId);
    assert.equal(sub.status, 'paused');
    assert.equal(sub.status_details.paused.subscription.type, 'pause_requested');
    assert.equal(sub.metadata.paymend_resumes_at, String(Math.floor(Date.parse(resumesAt) / 1000)));
    assert.ok(world.standin.get(customerId).metadata.paymend_offer_pause_at, 'the once-per record is kept on the customer');
    assert.deepEqual(await statusOf(browser), result.status);
    assert.equal((await world.app.handler.recoveryStats()).offers.pauseAccepted, 1);
  });

  it('a double submit (two at once) pauses once and voids once, and both answer the paused status', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world);
    const [a, b] = await Promise.all([taken(browser.post('/pause', { months: 1 })), taken(browser.post('/pause', { months: 1 }))]);
    assert.equal(a.status.state, 'paused');
    assert.equal(b.status.state, 'paused');
    await world.standin.flushWebhooks();
    assert.equal(eventsOf(subscriptionId, 'customer.subscription.paused'), 1);
    assert.equal(eventsOf(invoiceId!, 'invoice.voided'), 1);
    assert.equal((await world.app.handler.recoveryStats()).offers.pauseAccepted, 1);
    // The same request again later is answered as it was, not refused.
    const again = await taken(browser.post('/pause', { months: 1 }));
    assert.equal(again.status.state, 'paused');
    assert.deepEqual(again.receipt, a.receipt);
    assert.equal((await world.app.handler.recoveryStats()).offers.pauseAccepted, 1);
  });

  it('a pause that stopped midway (invoice voided, then the pause call failed) is finished by a retry, not refused as not failing', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world);
    // Stripe fails the pause call through the SDK's retries (2 by default), once the overdue invoice is voided.
    world.standin.failNext(3, { status: 500, pathIncludes: `/v1/subscriptions/${subscriptionId}/pause` });
    const failed = await browser.post('/pause', { months: 2 });
    assert.equal(failed.status, 502, await failed.clone().text());
    assert.equal(world.standin.get(invoiceId!).status, 'void');
    assert.notEqual(world.standin.get(subscriptionId).status, 'paused');
    // Nothing is failing now, yet the half-done pause is still offered, and the retry finishes it.
    assert.ok((await offersOf(world, browser)).pause, 'still offered, to finish it');
    const result = await taken(browser.post('/pause', { months: 2 }));
    assert.equal(result.status.state, 'paused');
    assert.equal(world.standin.get(subscriptionId).status, 'paused');
    assert.equal((await world.app.handler.recoveryStats()).offers.pauseAccepted, 1);
    // Finished: another length is the once-per rule again.
    await refused(browser.post('/pause', { months: 1 }), 409, 'offer_not_allowed');
  });

  it('another length after a pause is refused: once per 12 months', async () => {
    const { browser } = await failingCustomer(world);
    await taken(browser.post('/pause', { months: 1 }));
    assert.match(await refused(browser.post('/pause', { months: 2 }), 409, 'offer_not_allowed'), /./);
  });

  it('resumes on the chosen day when the customer comes back (status read), billing a new period', async () => {
    const { browser, subscriptionId, customerId } = await failingCustomer(world);
    await taken(browser.post('/pause', { months: 1 }));
    // Meanwhile the customer's bank sent a new card, now on file.
    world.standin.attachCard(customerId, '4242424242424242', { makeDefault: true });
    world.clock.ms = addMonths(START_MS, 1) + DAY_MS;
    const status = await statusOf(browser);
    assert.equal(status.state, 'ok');
    assert.equal(status.pause, undefined);
    assert.equal(world.standin.get(subscriptionId).status, 'active');
    assert.equal((await world.app.handler.recoveryStats()).offers.resumed, 1);
    await statusOf(browser);
    assert.equal((await world.app.handler.recoveryStats()).offers.resumed, 1, 'counted once');
  });

  it('handler.resumeDuePauses() resumes the due pauses of customers who did not come back, and only those', async () => {
    const due = await failingCustomer(world);
    await taken(due.browser.post('/pause', { months: 1 }));
    world.standin.attachCard(due.customerId, '4242424242424242', { makeDefault: true });
    const later = await failingCustomer(world);
    await taken(later.browser.post('/pause', { months: 3 }));
    world.clock.ms = addMonths(START_MS, 1) + DAY_MS;
    // The stand-in is shared by this file's tests: their one-month pauses are due too.
    assert.ok((await world.app.handler.resumeDuePauses()) >= 1);
    assert.equal(world.standin.get(due.subscriptionId).status, 'active');
    assert.equal(world.standin.get(later.subscriptionId).status, 'paused');
    assert.equal(await world.app.handler.resumeDuePauses(), 0, 'nothing left due');
  });

  it('uses pause_collection on a classic subscription, which Stripe resumes by itself on its day', async () => {
    const { browser, subscriptionId, invoiceId } = await failingCustomer(world, { billingMode: 'classic' });
    assert.equal((await offersOf(world, browser)).pause?.method, 'collection');
    const result = await taken(browser.post('/pause', { months: 1 }));
    const resumesAt = iso(addMonths(START_MS, 1));
    assert.equal(result.status.state, 'paused');
    assert.deepEqual(result.status.pause, { resumesAt, resumable: true });
    const sub = world.standin.get(subscriptionId);
    assert.deepEqual(sub.pause_collection, { behavior: 'void', resumes_at: Math.floor(Date.parse(resumesAt) / 1000) });
    assert.equal(world.standin.get(invoiceId!).status, 'void');
    world.clock.ms = addMonths(START_MS, 1) + DAY_MS;
    const refreshed = await browser.post('/refresh');
    assert.equal(refreshed.status, 200);
    assert.equal(StatusSchema.parse(await refreshed.json()).state, 'ok', 'collecting again');
    assert.equal(world.standin.get(subscriptionId).pause_collection, null);
  });

  it("leave_open keeps the overdue invoice owed: the state stays failed, with the pause alongside", async () => {
    await world.restart({ offers: { pause: { overdueInvoice: 'leave_open' } } });
    const { browser, invoiceId } = await failingCustomer(world);
    const result = await taken(browser.post('/pause', { months: 1 }));
    assert.equal(world.standin.get(invoiceId!).status, 'open');
    assert.equal(result.status.state, 'failed');
    assert.equal(result.status.pause?.resumable, true);
  });
});
