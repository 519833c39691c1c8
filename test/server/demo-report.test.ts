// The demo's recovery report over HTTP: the history seeded at start-up (through the stand-in and the
// handler), the same on every start, readable by the demo's admin login and by no customer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type DemoServer } from '../../demo/server.js';
import { DEFAULT_HISTORY, planHistory, prng } from '../../demo/report/history.js';
import { seedTimeline } from '../../demo/report/timeline.js';
import { REPORT_OUTCOMES, type RecoveryReport } from '../../src/protocol/report.js';

const BASE = '/billing/paymend';
let demo: DemoServer;
before(async () => {
  demo = await startDemo(0);
});
after(async () => {
  await demo?.close();
});

async function adminCookie(server: DemoServer = demo): Promise<string> {
  const response = await fetch(`${server.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { origin: server.url } });
  assert.equal(response.status, 303);
  assert.equal(response.headers.get('location'), '/admin');
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  assert.match(cookie, /^demo_admin=[A-Za-z0-9]{32}$/);
  return cookie;
}

async function customerCookie(scenario = 'insufficient_funds'): Promise<string> {
  const response = await fetch(`${demo.url}/login?scenario=${scenario}`, { redirect: 'manual' });
  assert.equal(response.status, 303);
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** The whole seeded history: from the first of the month it starts in. */
function fromOf(server: DemoServer): string {
  return new Date(server.clock.now() - DEFAULT_HISTORY.spanMs).toISOString().slice(0, 7) + '-01';
}

async function seededReport(server: DemoServer): Promise<RecoveryReport> {
  const response = await fetch(`${server.url}${BASE}/report?from=${fromOf(server)}`, { headers: { cookie: await adminCookie(server) } });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as RecoveryReport;
}

/** What must not change between two starts: everything but the moment it was generated. */
const figures = ({ generatedAt: _generatedAt, ...rest }: RecoveryReport) => rest;

describe('the demo report: the seeded history', () => {
  it('has hundreds of failing invoices over at least six months, every outcome, and three currencies', async () => {
    assert.equal(demo.seeded?.invoices, DEFAULT_HISTORY.invoices);
    const report = await seededReport(demo);
    assert.equal(report.totals.failed, DEFAULT_HISTORY.invoices, 'every planned failure was recorded by the handler, once');
    assert.ok(report.totals.failed >= 200);
    assert.ok(report.periods.filter((period) => period.failed > 0).length >= 6, JSON.stringify(report.periods.map((p) => [p.period, p.failed])));
    for (const outcome of REPORT_OUTCOMES) {
      assert.ok((report.byOutcome.find((row) => row.outcome === outcome)?.count ?? 0) > 0, `outcome ${outcome} is seeded`);
    }
    const currencies = report.totals.amounts.map((amount) => amount.currency).sort();
    assert.deepEqual(currencies, ['eur', 'jpy', 'usd'], 'a zero-decimal currency among them');
    // Whole yen: the seeded amounts were not scaled as if jpy had cents.
    const yen = report.totals.amounts.find((amount) => amount.currency === 'jpy')!;
    assert.ok(yen.failed > 0 && yen.failed < 5_000_000, String(yen.failed));
    const categories = report.byReason.map((row) => row.category);
    for (const category of ['insufficient_funds', 'generic', 'expired_card']) assert.ok(categories.includes(category), `${category} in ${categories}`);
    const codes = Object.assign({}, ...report.byReason.map((row) => row.codes)) as Record<string, number>;
    for (const code of ['do_not_honor', 'lost_card', 'generic_decline']) assert.ok(codes[code]! > 0, `raw code ${code}`);
    const channels = new Set(report.byChannel.filter((row) => row.sent > 0).map((row) => row.channel));
    assert.deepEqual([...channels].sort(), ['banner', 'email', 'sms']);
    assert.ok(report.funnel.opened > 0 && report.funnel.formOpened > 0 && report.funnel.recovered > 0);
    assert.ok(report.totals.recoveryRate! > 0.3 && report.totals.recoveryRate! < 0.9, String(report.totals.recoveryRate));
    assert.ok(report.totals.timeToRecover.medianHours! > 0);
    // The ways out, from the seeded beacons: offers seen, support opened, ratings after in-app fixes.
    const ways = Object.fromEntries(report.retention!.actions.map((row) => [row.action, row.invoices]));
    assert.ok(ways['offers_shown']! > 0 && ways['support_opened']! > 0, JSON.stringify(ways));
    assert.ok(report.retention!.ratings.count > 0 && report.retention!.ratings.withoutInvoice === 0, JSON.stringify(report.retention!.ratings));
  });

  it('leaves the demo as it was: the clock at now, the outbox empty, no seeded customer behind a login', async () => {
    assert.equal(demo.clock.aheadMs, 0);
    assert.ok(Math.abs(demo.clock.now() - Date.now()) < 5_000);
    assert.equal(demo.outbox.size, 0, 'seeded notices went nowhere');
    // The handler the dashboard uses sees the seeded history too (one store).
    const report = await demo.handler.recoveryReport({ from: fromOf(demo) });
    assert.equal(report.totals.failed, DEFAULT_HISTORY.invoices);
    // A new scenario's customer is not one of the seeded ones: their status is their own.
    const status = await fetch(`${demo.url}${BASE}/status`, { headers: { cookie: await customerCookie('healthy') } });
    assert.equal(status.status, 200);
    assert.equal(((await status.json()) as { state: string }).state, 'ok');
  });

  it('seeds the same figures on a second start (deterministic)', async () => {
    const second = await startDemo(0);
    try {
      assert.deepEqual(figures(await seededReport(second)), figures(await seededReport(demo)));
    } finally {
      await second.close();
    }
  });
});

describe('the demo report: who may read it', () => {
  it('a customer session gets 403 on /report, the admin 200', async () => {
    const customer = await customerCookie();
    assert.equal((await fetch(`${demo.url}${BASE}/report`, { headers: { cookie: customer } })).status, 403);
    assert.equal((await fetch(`${demo.url}${BASE}/report?format=csv`, { headers: { cookie: customer } })).status, 403);
    assert.equal((await fetch(`${demo.url}${BASE}/report`)).status, 403, 'nobody signed in');
    const admin = await adminCookie();
    const response = await fetch(`${demo.url}${BASE}/report`, { headers: { cookie: admin } });
    assert.equal(response.status, 200);
    const csv = await fetch(`${demo.url}${BASE}/report?format=csv`, { headers: { cookie: `${customer}; ${admin}` } });
    assert.equal(csv.status, 200, 'the admin cookie decides, whatever else the browser carries');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  });

  it('refuses forged and hostile admin cookies and a cross-site login', async () => {
    const forged = `demo_admin=${'a'.repeat(32)}`;
    assert.equal((await fetch(`${demo.url}${BASE}/report`, { headers: { cookie: forged } })).status, 403);
    const real = (await adminCookie()).split('=')[1]!;
    for (const cookie of [`demo_admin=${real}x`, `xdemo_admin=${real}`, `demo_admin=${real.toUpperCase()}`, `demo_session=${real}`]) {
      assert.equal((await fetch(`${demo.url}${BASE}/report`, { headers: { cookie } })).status, 403, cookie);
    }
    const crossSite = await fetch(`${demo.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { origin: 'https://evil.example' } });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.headers.get('set-cookie'), null);
    const fetchSite = await fetch(`${demo.url}/admin/login`, { method: 'POST', redirect: 'manual', headers: { 'sec-fetch-site': 'cross-site', origin: demo.url } });
    assert.equal(fetchSite.status, 403);
  });

  it('the admin cookie is no customer session: the widget endpoints stay 401', async () => {
    const response = await fetch(`${demo.url}${BASE}/status`, { headers: { cookie: await adminCookie() } });
    assert.equal(response.status, 401);
  });

  it('/admin: the login first, then the page with <paymend-report> and its own script', async () => {
    const anonymous = await fetch(`${demo.url}/admin`, { redirect: 'manual' });
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.headers.get('location'), '/admin/login');
    const asCustomer = await fetch(`${demo.url}/admin`, { redirect: 'manual', headers: { cookie: await customerCookie() } });
    assert.equal(asCustomer.status, 303, 'a customer is not the merchant');
    assert.match(await (await fetch(`${demo.url}/admin/login`)).text(), /<form class="login" method="post" action="\/admin\/login">/);
    const page = await fetch(`${demo.url}/admin`, { headers: { cookie: await adminCookie() } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, new RegExp(`<paymend-report endpoint="${BASE}" from="${fromOf(demo)}"></paymend-report>`));
    assert.match(html, /<script type="module" src="\/paymend-report.js"><\/script>/);
    assert.doesNotMatch(html, /src="\/paymend.js"/, 'the admin page needs no customer widget');
    const script = await fetch(`${demo.url}/paymend-report.js`);
    assert.equal(script.status, 200);
    assert.match(await script.text(), /paymend-report/);
    assert.equal((await fetch(`${demo.url}/admin`, { method: 'POST' })).status, 405);
  });

  it('the customer dashboard links to the admin page; the customer bundle stays without the report', async () => {
    assert.match(await (await fetch(`${demo.url}/`)).text(), /<a href="\/admin"[^>]*>/);
    assert.doesNotMatch(await (await fetch(`${demo.url}/paymend.js`)).text(), /paymend-report/);
  });
});

describe('the demo report: the plan', () => {
  it('is the same for the same seed, and another for another seed', () => {
    assert.deepEqual(planHistory(), planHistory());
    assert.notDeepEqual(planHistory({ ...DEFAULT_HISTORY, seed: 1 }), planHistory());
    assert.deepEqual(
      Array.from({ length: 3 }, prng(7)),
      Array.from({ length: 3 }, prng(7)),
    );
  });

  it('never plans a fate before its failure, a retry of a lost card, or an open invoice months old', () => {
    const plan = planHistory();
    const startMs = Date.UTC(2026, 3, 1);
    const seen = new Set<number>();
    for (const action of seedTimeline(plan, startMs)) {
      if (action.kind === 'fail') seen.add(action.invoice.index);
      else assert.ok(seen.has(action.invoice.index), `${action.kind} of ${action.invoice.index} after its failure`);
      assert.ok(action.atMs <= startMs + DEFAULT_HISTORY.spanMs, 'nothing planned after the history ends');
    }
    for (const invoice of plan) {
      if (['lost_card', 'stolen_card'].includes(invoice.declineCode)) assert.notEqual(invoice.outcome.kind, 'stripe_retry');
    }
    const oldOpen = plan.filter((invoice) => invoice.outcome.kind === 'open' && invoice.failAtMs < DEFAULT_HISTORY.spanMs / 2);
    assert.ok(oldOpen.length < plan.length * 0.05, `${oldOpen.length} open from the first four months`);
  });
});
