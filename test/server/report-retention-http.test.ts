/**
 * The ways out in the recovery report, over HTTP: the widget's beacons (`offers_shown`,
 * `support_opened`, `rated`) reach `POST /events`, the handler records them for the customer's own
 * failing invoice (never the browser's word alone), once each, and `GET /report` and
 * `recoveryStats()` count them. Real `stripe` SDK against the stand-in, as in report-http.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import type { ManualClock } from '../../src/server/notify/clock.js';
import { browserFor } from './harness.js';
import { DAY, failingCustomer, fixInApp, reportOf, settle, reportWorldPerTest, type ReportWorld } from './report-flow.js';

let standin: StripeStandin;
let clock: ManualClock;
let world: ReportWorld;
const settled = () => settle(standin, [world]);

const worlds = reportWorldPerTest((stage) => ({ standin, clock, world } = stage));

const beacon = async (customerId: string, body: Record<string, unknown>) => {
  const response = await browserFor(world.app, customerId).post('/events', body);
  assert.equal(response.status, 204, await response.clone().text());
};
const actions = (report: Awaited<ReturnType<typeof reportOf>>) => Object.fromEntries(report.retention!.actions.map((row) => [row.action, row.invoices]));

describe('POST /events feeds the retention section', () => {
  it('offers shown and support opened: once per invoice (and source), for the customer’s failing invoice', async () => {
    const a = failingCustomer(standin);
    const b = failingCustomer(standin);
    await settled();
    await beacon(a.customerId, { name: 'offers_shown', state: 'failed', source: 'wall' });
    await beacon(a.customerId, { name: 'offers_shown', state: 'failed', source: 'banner' });
    await beacon(a.customerId, { name: 'support_opened', state: 'failed', source: 'banner' });
    await beacon(a.customerId, { name: 'support_opened', state: 'failed', source: 'banner' });
    await beacon(a.customerId, { name: 'support_opened', state: 'failed', source: 'page' });
    // b's browser names a's invoice: the handler records b's own.
    await beacon(b.customerId, { name: 'support_opened', state: 'failed', source: 'form', invoiceId: a.invoiceId });

    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    assert.deepEqual(actions(report), { offers_shown: 1, paused: 0, plan_changed: 0, resumed: 0, support_opened: 2 });
    assert.deepEqual(report.retention!.supportBySource, { banner: 1, page: 1, form: 1 });
    assert.deepEqual(report.retention!.offersShownBySource, { wall: 1, banner: 1 }, 'per source, as support is');
    const row = report.retention!.actions.find((r) => r.action === 'support_opened')!;
    assert.deepEqual([row.recovered, row.lost, row.open], [0, 0, 2]);

    const { events } = await world.app.handler.recoveryStats();
    assert.equal(events['offers_shown'], 2, 'the store counters count every beacon');
    assert.equal(events['offers_shown.wall'], 1);
    assert.equal(events['support_opened'], 4);
  });

  it('a rating after the fix counts for the invoice the widget names, when it is the customer’s', async () => {
    const a = failingCustomer(standin);
    const b = failingCustomer(standin);
    await settled();
    await fixInApp(standin, world.app, a.customerId);
    await settled();
    // The status shows no failing invoice any more: a's browser names the one it fixed.
    await beacon(a.customerId, { name: 'rated', state: 'ok', rating: 5, invoiceId: a.invoiceId });
    await beacon(a.customerId, { name: 'rated', state: 'ok', rating: 1, invoiceId: a.invoiceId });
    // b is still failing: its own invoice is used, whatever its browser names.
    await beacon(b.customerId, { name: 'rated', state: 'failed', rating: 2, invoiceId: a.invoiceId });

    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    const ratings = report.retention!.ratings;
    assert.deepEqual(ratings.byValue.map((v) => v.count), [0, 1, 0, 0, 1]);
    assert.equal(ratings.withoutInvoice, 0);
    assert.equal(ratings.mean, 3.5);
    const { events } = await world.app.handler.recoveryStats();
    assert.equal(events['rated'], 3);
    assert.equal(events['rated.5'], 1);
    assert.equal(events['rated.1'], 1);
    assert.equal(events['rated.2'], 1);
  });

  it('a rating with no failing invoice behind it (or naming someone else’s) counts once per customer and day', async () => {
    const a = failingCustomer(standin);
    await settled();
    const healthy = standin.createCustomer({ email: 'grace@example.com', name: 'Grace' });
    await beacon(healthy.id, { name: 'rated', state: 'ok', rating: 4 });
    await beacon(healthy.id, { name: 'rated', state: 'ok', rating: 4, invoiceId: a.invoiceId });
    clock.advance(DAY);
    await beacon(healthy.id, { name: 'rated', state: 'ok', rating: 3, invoiceId: 'in_doesnotexist' });

    const ratings = (await reportOf(world.app, 'from=2027-01-01&to=2027-01-31')).retention!.ratings;
    assert.deepEqual(ratings.byValue.map((v) => v.count), [0, 0, 1, 1, 0]);
    assert.equal(ratings.withoutInvoice, 2);
    assert.equal(ratings.mean, 3.5);
    assert.equal((await reportOf(world.app, 'from=2027-01-01&to=2027-01-31')).totals.failed, 1, 'a rating is never a failure');
  });

  it('refuses a rating without a value, or out of 1..5, with a 400', async () => {
    const a = failingCustomer(standin);
    await settled();
    for (const body of [{ name: 'rated', state: 'failed' }, { name: 'rated', state: 'failed', rating: 6 }, { name: 'shown', state: 'failed', rating: 3 }]) {
      assert.equal((await browserFor(world.app, a.customerId).post('/events', body)).status, 400, JSON.stringify(body));
    }
    assert.equal((await reportOf(world.app, 'from=2027-01-01&to=2027-01-31')).retention!.ratings.count, 0);
  });
});

describe('the offers taken feed the retention section', () => {
  it('a pause (submitted twice) and its resume count once each, for the invoice the pause was taken on', async () => {
    await worlds.restart({ offers: { pause: { maxMonths: 3 } } });
    // Declined once (the forced code), so the card on file pays when the customer resumes.
    const a = failingCustomer(standin, { card: '4242424242424242', declineCode: 'generic_decline' });
    await settled();
    const browser = browserFor(world.app, a.customerId);
    for (let submit = 0; submit < 2; submit += 1) {
      const paused = await browser.post('/pause', { months: 1 });
      assert.equal(paused.status, 200, await paused.clone().text());
    }
    assert.equal(standin.get(a.invoiceId).status, 'void', 'the pause voided the overdue invoice');
    const resumed = await browser.post('/resume', {});
    assert.equal(resumed.status, 200, await resumed.clone().text());
    assert.equal(((await resumed.json()) as { status: { state: string } }).status.state, 'ok');
    await settled();

    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    assert.deepEqual(actions(report), { offers_shown: 0, paused: 1, plan_changed: 0, resumed: 1, support_opened: 0 });
    const stats = await world.app.handler.recoveryStats();
    assert.deepEqual(stats.offers, { pauseAccepted: 1, changePlanAccepted: 0, resumed: 1 });
  });

  for (const via of ['the daily sweep', 'the status read on the day'] as const) {
    it(`a pause that ends on its day (${via}) counts its resume for the invoice the pause was taken on`, async () => {
      await worlds.restart({ offers: { pause: { maxMonths: 3 } } });
      const a = failingCustomer(standin, { card: '4242424242424242', declineCode: 'generic_decline' });
      await settled();
      const browser = browserFor(world.app, a.customerId);
      const paused = await browser.post('/pause', { months: 1 });
      assert.equal(paused.status, 200, await paused.clone().text());
      await clock.advance(32 * DAY);
      if (via === 'the daily sweep') assert.ok((await world.app.handler.resumeDuePauses()) >= 1);
      else assert.equal((await browser.status()).status, 200);
      assert.equal(standin.get(a.subscriptionId).status, 'active');
      await settled();
      const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
      assert.deepEqual(actions(report), { offers_shown: 0, paused: 1, plan_changed: 0, resumed: 1, support_opened: 0 });
    });
  }
});
