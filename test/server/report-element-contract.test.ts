/**
 * What <paymend-report> reads is what the handler sends: a report made over HTTP from real events
 * (stand-in declines, webhooks, a fix in the app, a fix from a link) passes the element's reader and
 * draws every chart, each currency on its own, with the server's numbers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { buildCharts } from '../../src/components/report/report-charts.js';
import { createReportFormat } from '../../src/components/report/report-format.js';
import { readReport } from '../../src/components/report/report-loader.js';
import { ManualClock } from '../../src/server/notify/clock.js';
import { MemoryStore } from '../../src/server/stores/memory.js';
import { reportEn } from '../../src/translations/report/en.js';
import { WEBHOOK_SECRET } from './harness.js';
import { DAY, failingCustomer, fixInApp, fixOnHostedPage, reportOf, settle, startReportApp, type ReportWorld } from './report-flow.js';

let standin: StripeStandin;
let clock: ManualClock;
let world: ReportWorld;

before(async () => {
  clock = new ManualClock(Date.UTC(2027, 0, 10, 12));
  standin = await startStripeStandin({ now: () => clock.now() });
  world = await startReportApp(standin, clock, { store: new MemoryStore({ now: () => clock.now() }) });
  standin.setWebhook({ url: `${world.app.base}/webhook`, secret: WEBHOOK_SECRET });
});
after(async () => {
  await settle(standin, [world]);
  await world?.app.close();
  await standin?.close();
});

describe('<paymend-report> reads the handler’s report', () => {
  it('passes the reader and draws every chart with the server’s numbers, currencies apart', async () => {
    const a = failingCustomer(standin, { currency: 'eur', amount: 2900 });
    const b = failingCustomer(standin, { currency: 'usd', amount: 5000 });
    failingCustomer(standin, { currency: 'usd', amount: 1500 });
    await settle(standin, [world]);
    clock.advance(2 * DAY);
    await fixInApp(standin, world.app, a.customerId);
    await fixOnHostedPage(standin, world.app, b.customerId, b.invoiceId);
    await settle(standin, [world]);

    const sent = await reportOf(world.app, 'from=2027-01-01&to=2027-01-31&groupBy=month');
    const report = readReport(JSON.parse(JSON.stringify(sent)));
    assert.ok(report, 'the element accepts what the handler sends');
    const charts = Object.fromEntries(
      buildCharts(report, reportEn.messages, createReportFormat('en-US', reportEn.messages), (c) => c).map((chart) => [chart.id, chart]),
    );
    assert.deepEqual(Object.keys(charts).sort(), ['channels', 'funnel', 'outcomes', 'rate', 'reasons', 'revenue-eur', 'revenue-usd', 'time-to-recover']);
    assert.deepEqual(charts.rate!.columns[0]!.values, sent.periods.map((p) => p.recoveryRate));
    assert.deepEqual(charts['revenue-eur']!.columns[0]!.values, [2900]);
    assert.deepEqual(charts['revenue-usd']!.columns[0]!.values, [5000]);
    assert.deepEqual(charts['revenue-usd']!.columns[1]!.values, [6500]);
    assert.equal(charts.funnel!.columns[0]!.values[0], 3);
    assert.equal(charts.funnel!.columns[0]!.values[4], 2);
  });
});
