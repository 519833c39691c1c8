/**
 * The recovery report over HTTP, from real events: the stand-in declines renewals, the real `stripe`
 * SDK talks to it, its webhooks reach the handler, customers fix cards in the app or on the hosted
 * page, and `GET /report` counts what happened by the rules of src/protocol/report.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import type { ManualClock } from '../../src/server/notify/clock.js';
import { RecoveryReportSchema } from '../../src/protocol/report.js';
import { stripeClientFor } from './harness.js';
import { DAY, failingCustomer, fixInApp, fixOnHostedPage, outcomes, reportOf, settle, reportWorldPerTest, type ReportWorld } from './report-flow.js';

let standin: StripeStandin;
let clock: ManualClock;
let world: ReportWorld;
const settled = () => settle(standin, [world]);
/** Moves both clocks: the stand-in's events and the handler's facts are stamped with it. */
const advance = async (ms: number) => clock.advance(ms);

reportWorldPerTest((stage) => ({ standin, clock, world } = stage));

describe('GET /report counts', () => {
  it('each invoice in the month of its first failure: recovered ÷ failed, amounts per currency, time to recover', async () => {
    const a = failingCustomer(standin, { currency: 'eur', amount: 2900 });
    const b = failingCustomer(standin, { card: '4000000000000341', currency: 'usd', amount: 5000 });
    await settled();
    await advance(26 * DAY); // 5 February
    const c = failingCustomer(standin, { currency: 'eur', amount: 1000 });
    await settled();
    await fixInApp(standin, world.app, a.customerId);
    await settled();

    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-02-28');
    assert.doesNotThrow(() => RecoveryReportSchema.parse(report));
    assert.deepEqual(
      report.periods.map((p) => [p.period, p.failed, p.recovered, p.open, p.recoveryRate]),
      [
        ['2027-01', 2, 1, 1, 0.5],
        ['2027-02', 1, 0, 1, 0],
      ],
    );
    assert.deepEqual(report.periods[0]!.amounts, [
      { currency: 'eur', failed: 2900, recovered: 2900 },
      { currency: 'usd', failed: 5000, recovered: 0 },
    ]);
    assert.deepEqual(report.totals.amounts, [
      { currency: 'eur', failed: 3900, recovered: 2900 },
      { currency: 'usd', failed: 5000, recovered: 0 },
    ]);
    assert.deepEqual(report.totals.timeToRecover, { medianHours: 26 * 24, p90Hours: 26 * 24 });
    assert.deepEqual(
      report.byReason.map((r) => [r.category, r.failed, r.codes]),
      [
        ['insufficient_funds', 2, { insufficient_funds: 2 }],
        ['generic', 1, { generic_decline: 1 }],
      ],
    );
    assert.deepEqual(report.byPaymentMethod.map((r) => [r.type, r.failed]), [['card', 3]]);
    assert.deepEqual(outcomes(report), { in_app: 1, open: 2 });
    assert.ok(b && c);
  });

  // Paid out of band is `elsewhere` too (report-build.test.ts): the stand-in does not take `paid_out_of_band`.
  it('each way back: in the app, on the hosted page, by Stripe’s retry, paid elsewhere', async () => {
    const inApp = failingCustomer(standin);
    const hosted = failingCustomer(standin);
    const retried = failingCustomer(standin, { card: '4242424242424242', declineCode: 'insufficient_funds' });
    const elsewhere = failingCustomer(standin);
    await settled();
    await advance(2 * DAY);
    await fixInApp(standin, world.app, inApp.customerId);
    await fixOnHostedPage(standin, world.app, hosted.customerId, hosted.invoiceId);
    standin.retryInvoice(retried.invoiceId);
    standin.payInvoiceElsewhere(elsewhere.invoiceId, 'pm_card_visa');
    await settled();
    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    assert.deepEqual(outcomes(report), { in_app: 1, hosted_page: 1, stripe_retry: 1, elsewhere: 1 });
    assert.equal(report.totals.recoveryRate, 1);
    assert.equal(report.totals.timeToRecover.medianHours, 48);
  });

  it('an invoice lost: voided, marked uncollectible, subscription cancelled or left unpaid', async () => {
    const voided = failingCustomer(standin);
    const uncollectible = failingCustomer(standin);
    const cancelled = failingCustomer(standin);
    const unpaid = failingCustomer(standin);
    await settled();
    standin.voidInvoice(voided.invoiceId);
    standin.markUncollectible(uncollectible.invoiceId);
    await stripeClientFor(standin).subscriptions.cancel(cancelled.subscriptionId);
    standin.retryInvoice(unpaid.invoiceId, { finalRetry: true });
    await settled();
    assert.equal(standin.get(unpaid.subscriptionId).status, 'unpaid');
    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    assert.deepEqual(outcomes(report), { lost: 4 });
    assert.equal(report.totals.lost, 4);
    assert.equal(report.totals.recoveryRate, 0);
  });

  it('notices, the banner and the form, by channel and step, and the funnel', async () => {
    const noticed = failingCustomer(standin);
    const silent = failingCustomer(standin);
    await settled();
    assert.ok(world.sent.some((id) => id.includes(noticed.invoiceId) && id.endsWith(':failed:email')), 'the failed notice went out');
    const { browserFor } = await import('./harness.js');
    const browser = browserFor(world.app, noticed.customerId);
    assert.equal((await browser.post('/events', { name: 'shown', state: 'failed' })).status, 204);
    // Hostile beacon: names another customer's invoice. The server uses its own status instead.
    assert.equal((await browser.post('/events', { name: 'opened', state: 'failed', invoiceId: silent.invoiceId })).status, 204);
    await fixOnHostedPage(standin, world.app, noticed.customerId, noticed.invoiceId);
    await settled();
    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31');
    const rows = Object.fromEntries(report.byChannel.map((r) => [`${r.channel}.${r.step}`, [r.sent, r.opened, r.recovered]]));
    assert.deepEqual(rows['email.failed'], [2, 1, 1]);
    assert.deepEqual(rows['banner.failed'], [1, 1, 1]);
    assert.deepEqual(report.funnel, { failed: 2, notified: 2, opened: 1, formOpened: 1, recovered: 1 });
  });

  it('a fact once, however often it arrives: redeliveries, replays under a new id, /complete twice', async () => {
    const a = failingCustomer(standin);
    await settled();
    const failed = standin.events.findLast((e) => e.type === 'invoice.payment_failed')!;
    assert.equal((await standin.deliver(failed)).status, 200);
    assert.equal((await standin.deliver({ ...failed, id: 'evt_replayedFailure1', created: failed.created + 31 * 86_400 })).status, 200);
    const response = await fixInApp(standin, world.app, a.customerId);
    assert.equal(response.status, 200);
    await settled();
    const paid = standin.events.findLast((e) => e.type === 'invoice.paid')!;
    assert.equal((await standin.deliver({ ...paid, id: 'evt_replayedPaid1' })).status, 200);
    const report = await reportOf(world.app, 'from=2027-01-01&to=2027-02-28');
    assert.equal(report.totals.failed, 1);
    assert.equal(report.totals.recovered, 1);
    assert.deepEqual(report.totals.amounts, [{ currency: 'eur', failed: 2900, recovered: 2900 }]);
    assert.deepEqual(
      report.periods.map((p) => [p.period, p.failed]),
      [['2027-01', 1], ['2027-02', 0]],
      'the replay a month later did not move the cohort',
    );
  });

  it('by ISO week, and as CSV with a header row', async () => {
    failingCustomer(standin, { currency: 'eur' });
    failingCustomer(standin, { currency: 'usd' });
    await settled();
    const weekly = await reportOf(world.app, 'from=2027-01-04&to=2027-01-17&groupBy=week');
    assert.deepEqual(weekly.periods.map((p) => [p.period, p.failed]), [['2027-W01', 2], ['2027-W02', 0]]);
    const { ADMIN } = await import('./report-flow.js');
    for (const request of [
      fetch(`${world.app.base}/report?from=2027-01-01&to=2027-01-31&format=csv`, { headers: ADMIN }),
      fetch(`${world.app.base}/report?from=2027-01-01&to=2027-01-31`, { headers: { ...ADMIN, accept: 'text/csv' } }),
    ]) {
      const response = await request;
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/csv/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const lines = (await response.text()).trimEnd().split('\r\n');
      assert.match(lines[0]!, /^period,start,currency,failed_invoices,/);
      assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(',')), ['2027-01,2027-01-01,eur,2', '2027-01,2027-01-01,usd,2']);
    }
  });
});
