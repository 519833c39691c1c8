/**
 * "How easy was this?" after a fix, over HTTP: once `/complete` paid the invoice, the status shows
 * none failing, so the handler ties the `rated` beacon to the invoice this customer just recovered
 * (noted by the server, for `RATING_WINDOW_MS`), whatever the browser names or leaves out. Past the
 * window, or for a customer who recovered nothing, it is a rating of its own ("without invoice"),
 * and a browser naming someone else's invoice never moves it there. An offer taken (a pause, a
 * cheaper plan, Resume now) notes the invoice it was taken on the same way. Real `stripe` SDK against the
 * stand-in, as in report-retention-http.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import type { ManualClock } from '../../src/server/notify/clock.js';
import { RATING_WINDOW_MS } from '../../src/server/report/recorder.js';
import { browserFor } from './harness.js';
import { failingCustomer, fixInApp, fixOnHostedPage, reportOf, settle, reportWorldPerTest, type ReportWorld } from './report-flow.js';

let standin: StripeStandin;
let clock: ManualClock;
let world: ReportWorld;
const settled = () => settle(standin, [world]);
const RANGE = 'from=2027-01-01&to=2027-01-31';

const worlds = reportWorldPerTest((stage) => ({ standin, clock, world } = stage));

const rate = async (customerId: string, body: Record<string, unknown>) => {
  const response = await browserFor(world.app, customerId).post('/events', { name: 'rated', state: 'failed', source: 'banner', ...body });
  assert.equal(response.status, 204, await response.clone().text());
};
const ratings = async () => (await reportOf(world.app, RANGE)).retention!.ratings;

describe('a rating after the fix counts for the invoice just recovered', () => {
  it('in the app: tied to the recovered invoice though the browser names none, once per invoice', async () => {
    const a = failingCustomer(standin);
    await settled();
    await fixInApp(standin, world.app, a.customerId);
    await settled();
    assert.equal(standin.get(a.invoiceId).status, 'paid');
    await rate(a.customerId, { rating: 4 });
    // The same invoice's second answer: the first one is kept (one rating per invoice).
    await rate(a.customerId, { rating: 1 });
    const found = await ratings();
    assert.equal(found.withoutInvoice, 0, 'not a rating of its own');
    assert.deepEqual(found.byValue.map((v) => v.count), [0, 0, 0, 1, 0]);
    const row = (await reportOf(world.app, RANGE)).totals;
    assert.equal(row.failed, 1, 'a rating adds no failure');
  });

  it('the browser naming another customer’s invoice does not move it: the server’s own note wins', async () => {
    const a = failingCustomer(standin);
    const b = failingCustomer(standin);
    await settled();
    await fixInApp(standin, world.app, a.customerId);
    await fixInApp(standin, world.app, b.customerId);
    await settled();
    await rate(a.customerId, { rating: 5, invoiceId: b.invoiceId });
    await rate(b.customerId, { rating: 2, invoiceId: a.invoiceId });
    const found = await ratings();
    assert.equal(found.withoutInvoice, 0);
    // Each on its own invoice: had a's answer gone to b's invoice, b's would have been dropped.
    assert.deepEqual(found.byValue.map((v) => v.count), [0, 1, 0, 0, 1]);
  });

  it('from the hosted page (a signed link): tied to the invoice the page fixed', async () => {
    const a = failingCustomer(standin);
    await settled();
    await fixOnHostedPage(standin, world.app, a.customerId, a.invoiceId);
    await settled();
    await rate(a.customerId, { rating: 3, source: 'page' });
    const found = await ratings();
    assert.equal(found.withoutInvoice, 0);
    assert.equal(found.count, 1);
  });

  it('past the window, or for a customer who recovered nothing, it is a rating of its own', async () => {
    const a = failingCustomer(standin);
    await settled();
    await fixInApp(standin, world.app, a.customerId);
    await settled();
    const healthy = standin.createCustomer({ email: 'grace@example.com', name: 'Grace' });
    // Names a's recovered invoice: not hers (Stripe says so), and she recovered nothing.
    await rate(healthy.id, { rating: 5, state: 'ok', invoiceId: a.invoiceId });
    clock.advance(RATING_WINDOW_MS + 60_000);
    await rate(a.customerId, { rating: 2, state: 'ok' });
    const found = await ratings();
    assert.equal(found.withoutInvoice, 2);
    assert.deepEqual(found.byValue.map((v) => v.count), [0, 1, 0, 0, 1]);
  });

  it('after an offer taken (a pause that voided the overdue invoice): tied to the invoice the pause was taken on', async () => {
    await worlds.restart({ offers: { pause: { maxMonths: 3 } } });
    const a = failingCustomer(standin);
    await settled();
    const paused = await browserFor(world.app, a.customerId).post('/pause', { months: 1 });
    assert.equal(paused.status, 200, await paused.clone().text());
    assert.equal(standin.get(a.invoiceId).status, 'void', 'nothing is failing any more');
    await settled();
    await rate(a.customerId, { rating: 5, state: 'paused', source: 'wall' });
    const found = await ratings();
    assert.equal(found.withoutInvoice, 0, 'not a rating of its own');
    assert.deepEqual(found.byValue.map((v) => v.count), [0, 0, 0, 0, 1]);
  });
});
