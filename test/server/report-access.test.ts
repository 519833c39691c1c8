/**
 * Who may read the report, and what it refuses: only the merchant's `authorizeReport` grants it, a
 * customer's session never does; bad ranges are 400 with a reason; a broken ledger never fails a
 * webhook or a fix.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { ManualClock } from '../../src/server/notify/clock.js';
import { createHandler } from '../../src/server/index.js';
import type { LedgerStore } from '../../src/server/report/ledger-store.js';
import { MemoryStore } from '../../src/server/stores/memory.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, browserFor, seedCustomer, startApp, stripeClientFor, type App } from './harness.js';
import { ADMIN, authorizeReport, failingCustomer, fixInApp, reportOf, settle, startReportApp, type ReportWorld } from './report-flow.js';

let standin: StripeStandin;
let app: App | undefined;
let world: ReportWorld | undefined;
const clock = new ManualClock(Date.UTC(2027, 2, 15, 9));

before(async () => {
  standin = await startStripeStandin({ now: () => clock.now() });
});
after(async () => standin?.close());
afterEach(async () => {
  await standin.flushWebhooks();
  await app?.close();
  await world?.app.close();
  app = world = undefined;
});

const get = (target: App, query = '', headers: Record<string, string> = {}) => fetch(`${target.base}/report${query}`, { headers });

describe('GET /report access', () => {
  it('is not there without authorizeReport, even for a signed-in customer', async () => {
    app = await startApp(standin, { now: () => clock.now() });
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    for (const headers of [{}, ADMIN, { cookie: browser.cookie }] as Record<string, string>[]) assert.equal((await get(app, '', headers)).status, 404);
  });

  it('a customer session gets 403, so does a request without merchant auth; the merchant gets 200', async () => {
    world = await startReportApp(standin, clock);
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(world.app, customerId);
    const asCustomer = await get(world.app, '', { cookie: browser.cookie, origin: world.app.url });
    assert.equal(asCustomer.status, 403);
    assert.equal(((await asCustomer.json()) as { error: { code: string } }).error.code, 'forbidden');
    assert.equal((await get(world.app)).status, 403);
    assert.equal((await get(world.app, '', { authorization: 'Bearer guess' })).status, 403);
    assert.equal((await get(world.app, '', ADMIN)).status, 200);
    assert.equal((await fetch(`${world.app.base}/report`, { method: 'POST', headers: ADMIN })).status, 405);
  });

  it('only a true from authorizeReport opens it; a throw is a 500 that is logged', async () => {
    app = await startApp(standin, { authorizeReport: (() => 'yes') as never });
    assert.equal((await get(app)).status, 403);
    await app.close();
    app = await startApp(standin, {
      authorizeReport: () => {
        throw new Error('admin session store down');
      },
    });
    assert.equal((await get(app)).status, 500);
    assert.ok(app.logs.some((line) => line.includes('unexpected error')), app.logs.join('\n'));
  });

  it('authorizeReport must be a function', () => {
    const base = { stripe: stripeClientFor(standin), publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET, resolveCustomer: () => null };
    assert.throws(() => createHandler({ ...base, authorizeReport: true as never }), /authorizeReport must be a function/);
    assert.throws(() => createHandler({ ...base, authoriseReport: () => true } as never), /authoriseReport: unknown option/);
  });

  it('refuses bad ranges and parameters with 400 and a reason', async () => {
    world = await startReportApp(standin, clock);
    const cases: [string, RegExp][] = [
      ['?from=2027-02-30', /from must be a date/],
      ['?to=yesterday', /to must be a date/],
      ['?from=2027-03-01&to=2027-01-01', /not be before/],
      ['?from=2025-01-01&to=2027-03-01', /13 months/],
      ['?groupBy=day', /groupBy/],
      ['?format=xml', /format/],
      ['?from=2027-01-01&from=2027-02-01', /once/],
      ['?customer=cus_123', /Unknown parameter/],
      [`?from=${encodeURIComponent('<script>')}`, /from must be a date/],
    ];
    for (const [query, reason] of cases) {
      const response = await get(world.app, query, ADMIN);
      assert.equal(response.status, 400, query);
      assert.match(((await response.json()) as { error: { message: string } }).error.message, reason, query);
    }
    await assert.rejects(world.app.handler.recoveryReport({ from: '2027-13-01' }), TypeError);
    const report = await world.app.handler.recoveryReport();
    assert.equal(report.from, '2026-03-01');
    assert.equal(report.to, '2027-03-15');
    assert.equal(report.periods.length, 13);
  });
});

describe('a broken ledger', () => {
  it('is logged; webhooks and fixes go on; the report says the store is unavailable', async () => {
    const broken: LedgerStore = {
      write: async () => {
        throw new Error('ledger down');
      },
      query: async () => {
        throw new Error('ledger down');
      },
    };
    const store = Object.assign(new MemoryStore({ now: () => clock.now() }), { ledger: broken });
    world = await startReportApp(standin, clock, { store });
    standin.setWebhook({ url: `${world.app.base}/webhook`, secret: WEBHOOK_SECRET });
    const { customerId } = failingCustomer(standin);
    await settle(standin, [world]);
    const failures = standin.deliveries.filter((d) => d.type === 'invoice.payment_failed');
    assert.ok(failures.length > 0 && failures.every((d) => d.status === 200));
    await fixInApp(standin, world.app, customerId);
    await settle(standin, [world]);
    assert.ok(world.app.logs.some((line) => line.includes('recovery ledger: recording a failure failed')), world.app.logs.join('\n'));
    assert.ok(world.app.logs.some((line) => line.includes('recovery ledger: recording a fix failed')));
    const response = await get(world.app, '', ADMIN);
    assert.equal(response.status, 503);
    await assert.rejects(reportOf(world.app));
    standin.setWebhook(null);
  });
});
