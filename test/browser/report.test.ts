// <paymend-report>: what it asks for, what it shows (the same numbers in chart and table), its states.
import { emulateMedia } from '@web/test-runner-commands';
import { RecoveryReportSchema } from '../../src/protocol/report.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { capturePageErrors, captureWarnings, freshEndpoint, json, listen, mount, restore, stubFetch, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { emptyReport, fixtureReport } from './report-fixture.js';
import { CHARTS, report, root, shown, tableRows, text } from './report-helpers.js';

describe('<paymend-report>', () => {
  afterEach(async () => {
    restore();
    await emulateMedia({ colorScheme: 'no-preference' });
  });

  it('the fixture is a report the server could send (writer schema)', () => {
    ok(RecoveryReportSchema.safeParse(fixtureReport()).success);
    ok(RecoveryReportSchema.safeParse(emptyReport()).success);
  });

  it('GETs {endpoint}/report with the range and the merchant’s cookies, and renders the headline figures', async () => {
    const events = listen(document.body, 'paymend-report');
    const endpoint = freshEndpoint();
    const calls = stubFetch(() => json(fixtureReport()));
    const element = report({ endpoint: `${endpoint}/` });
    await until(() => element.load.status === 'complete', 'the report');
    await element.updateComplete;
    equal(calls.length, 1);
    equal(calls[0]!.url, `${endpoint}/report?from=2026-01-01&to=2026-03-31&groupBy=month`);
    equal(calls[0]!.init.credentials, 'same-origin');
    equal(calls[0]!.init.method ?? 'GET', 'GET');
    equal(events.length, 1, 'paymend-report fired once');
    equal(text(element, 'h2'), 'Payment recovery');
    equal(text(element, '[data-kpi="rate"]'), '60%');
    equal(text(element, '[data-kpi="failed"]'), '40');
    equal(text(element, '[data-kpi="median"]'), '30 hours');
    deepEqual([...root(element).querySelectorAll('[data-kpi="recovered"]')].map((dd) => dd.textContent!.trim()), ['$1,800.00', '€450.00']);
  });

  it('offers the same report as CSV (same range and grouping)', async () => {
    const endpoint = freshEndpoint();
    stubFetch(() => json(fixtureReport()));
    const element = report({ endpoint, 'group-by': 'week' });
    await until(() => element.load.status === 'complete', 'the report');
    await element.updateComplete;
    const link = root(element).querySelector<HTMLAnchorElement>('[part="csv-link"]')!;
    equal(link.getAttribute('href'), `${endpoint}/report?from=2026-01-01&to=2026-03-31&groupBy=week&format=csv`);
    ok(link.hasAttribute('download'));
    equal(link.textContent!.trim(), 'Download CSV');
  });

  it('a report handed in as a property: no request, the same view; an invalid one is the calm error', async () => {
    const warnings = captureWarnings();
    const calls = stubFetch(() => json(fixtureReport()));
    const element = document.createElement('paymend-report');
    element.report = fixtureReport();
    mount(element);
    await until(() => Object.keys(element.plottedData).length === CHARTS.length, 'every chart drawn');
    equal(calls.length, 0);
    equal(text(element, '[data-kpi="rate"]'), '60%');
    equal(root(element).querySelector('[part="csv-link"]'), null, 'no CSV without an endpoint');
    element.report = { v: 1, hello: 'world' };
    await until(() => element.load.status === 'error', 'the error state');
    await element.updateComplete;
    includes(text(element, '[part="error"]'), 'could not be loaded');
    equal(calls.length, 0);
    deepEqual(warnings, []);
  });

  it('never sums amounts across currencies: one revenue chart per currency, nothing adds dollars and euros', async () => {
    const { element } = await shown();
    const all = root(element).textContent!;
    ok(!all.includes('2,250'), 'no total of USD 1,800 + EUR 450');
    ok(!all.includes('4,200'), 'no total of the failed USD 3,000 + EUR 1,200');
    deepEqual(element.plottedData['revenue-usd']![1], [40000, 110000, 30000]);
    deepEqual(element.plottedData['revenue-eur']![1], [0, 45000, 0]);
    deepEqual(tableRows(element, 'revenue-eur'), [
      ['Jan 2026', '€0.00', '€0.00'],
      ['Feb 2026', '€450.00', '€800.00'],
      ['Mar 2026', '€0.00', '€400.00'],
    ]);
  });

  it('every chart has a captioned table with the same numbers it draws, and a text summary as its description', async () => {
    const { element } = await shown();
    for (const id of CHARTS) {
      const figure = root(element).querySelector(`[data-chart="${id}"]`)!;
      ok(figure, `chart ${id}`);
      const title = figure.querySelector('h3')!.textContent!.trim();
      equal(figure.querySelector('table caption')!.textContent!.trim(), title, `${id}: caption`);
      const plot = figure.querySelector('[role="img"]')!;
      equal(plot.getAttribute('aria-labelledby'), figure.querySelector('h3')!.id);
      const summary = root(element).getElementById(plot.getAttribute('aria-describedby')!);
      ok(summary && summary.textContent!.trim().length > 20, `${id}: a summary`);
      ok(figure.querySelector('canvas'), `${id}: drawn`);
      const drawn = element.plottedData[id]!;
      equal(tableRows(element, id).length, drawn[0]!.length, `${id}: a row per point`);
    }
    deepEqual(element.plottedData.rate![1], [0.4, 0.75, 0.5]);
    deepEqual(tableRows(element, 'rate'), [
      ['Jan 2026', '40%', '10', '4'],
      ['Feb 2026', '75%', '20', '15'],
      ['Mar 2026', '50%', '10', '5'],
    ]);
    deepEqual(element.plottedData.funnel![1], [40, 36, 26, 20, 24]);
    deepEqual(tableRows(element, 'funnel').map((row) => row[1]), ['40', '36', '26', '20', '24']);
    deepEqual(tableRows(element, 'reasons').map((row) => row.slice(0, 2)), [
      ['Not enough funds', '72%'],
      ['The card has expired', '50%'],
      ['The payment was declined', '20%'],
    ]);
    deepEqual(tableRows(element, 'time-to-recover').map((row) => row.slice(1)), [
      ['20 hours', '4 days'],
      ['36 hours', '5.4 days'],
      ['12.5 hours', '2.5 days'],
    ]);
    includes(text(element, '[data-chart="rate"] .summary'), 'Feb 2026 at 75%');
    includes(text(element, '[data-chart="outcomes"]'), 'Lost');
  });

  it('announces loading (aria-live) until the report arrives', async () => {
    let answer: (response: Response) => void = () => {};
    stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const element = report({ endpoint: freshEndpoint() });
    await until(() => text(element, '[role="status"]') === 'Loading the recovery report…', 'the loading announcement');
    equal(root(element).querySelector('[role="status"]')!.getAttribute('aria-live'), 'polite');
    equal(root(element).querySelector('.base')!.getAttribute('aria-busy'), 'true');
    answer(json(fixtureReport()));
    await until(() => element.load.status === 'complete', 'the report');
    await element.updateComplete;
    equal(text(element, '[role="status"]'), '');
    equal(root(element).querySelector('.base')!.getAttribute('aria-busy'), 'false');
  });

  it('empty report: says there is nothing to recover, draws no chart', async () => {
    stubFetch(() => json(emptyReport()));
    const element = report({ endpoint: freshEndpoint() });
    await until(() => element.load.status === 'complete', 'the report');
    await element.updateComplete;
    equal(text(element, '[role="status"]'), 'No payment failed in this period: there is nothing to recover.');
    equal(root(element).querySelectorAll('[data-chart]').length, 0);
    await expectAccessible(element, 'empty report');
  });

  const failures: Array<[string, () => Response | Promise<Response>, string, number | null]> = [
    ['HTTP 500', () => json({ error: { code: 'internal', message: 'boom' } }, 500), 'http', 500],
    ['HTTP 403 (not the merchant)', () => json({ error: { code: 'forbidden', message: 'no' } }, 403), 'http', 403],
    ['invalid JSON', () => new Response('<html>oops', { status: 200, headers: { 'Content-Type': 'application/json' } }), 'invalid', 200],
    ['JSON that is not a report', () => json({ ...fixtureReport(), v: 2 }), 'invalid', 200],
    ['a report with a negative count', () => json({ ...fixtureReport(), totals: { ...fixtureReport().totals, failed: -1 } }), 'invalid', 200],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', null],
  ];
  for (const [what, respond, reason, httpStatus] of failures) {
    it(`${what}: a calm error with a retry, never an error on the host page`, async () => {
      const pageErrors = capturePageErrors();
      captureWarnings();
      const events = listen(document.body, 'paymend-report-error');
      stubFetch(respond);
      const element = report({ endpoint: freshEndpoint() });
      await until(() => element.load.status === 'error', 'the error state');
      await element.updateComplete;
      includes(text(element, '[part="error"]'), 'could not be loaded');
      equal(root(element).querySelector('[part="error"]')!.getAttribute('role'), 'alert');
      equal(root(element).querySelectorAll('[data-chart]').length, 0);
      deepEqual(events.map((event) => event.detail), [{ reason, httpStatus }]);
      await expectAccessible(element, `error (${what})`);
      deepEqual(pageErrors, []);
    });
  }

  it('retry loads the report again and shows it', async () => {
    let fail = true;
    const calls = stubFetch(() => (fail ? json({ error: { code: 'internal', message: 'x' } }, 503) : json(fixtureReport())));
    const element = report({ endpoint: freshEndpoint() });
    await until(() => element.load.status === 'error', 'the error state');
    await element.updateComplete;
    fail = false;
    root(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await until(() => element.load.status === 'complete', 'the report after the retry');
    equal(calls.length, 2);
  });

  it('a changed range wins over the answer to the older one', async () => {
    const answers: Array<(response: Response) => void> = [];
    const calls = stubFetch(() => new Promise<Response>((resolve) => answers.push(resolve)));
    const element = report({ endpoint: freshEndpoint() });
    await until(() => answers.length === 1, 'the first request');
    element.from = '2026-02-01';
    await until(() => answers.length === 2, 'the second request');
    ok(calls[0]!.init.signal!.aborted, 'the older request is aborted');
    answers[1]!(json({ ...fixtureReport(), from: '2026-02-01' }));
    answers[0]!(json(fixtureReport()));
    await until(() => element.load.status === 'complete', 'the report');
    equal(element.load.status === 'complete' && element.load.report.from, '2026-02-01');
  });

  it('hostile text from the backend is shown as text, never as markup', async () => {
    const hostile = fixtureReport();
    hostile.byReason[0]!.category = '<img src=x onerror="window.__pwned=1">';
    hostile.byChannel[0]!.step = '<script>window.__pwned=1</script>';
    const { element } = await shown({}, hostile);
    equal(root(element).querySelector('img'), null);
    equal(root(element).querySelector('script'), null);
    includes(text(element, '[data-chart="reasons"] tbody'), '<img src=x');
    equal((window as unknown as { __pwned?: number }).__pwned, undefined);
  });
});

describe('<paymend-report> without an endpoint', () => {
  afterEach(() => restore());

  it('requests nothing and warns once', async () => {
    const warnings = captureWarnings();
    const calls = stubFetch(() => json(fixtureReport()));
    const element = report();
    await element.updateComplete;
    equal(calls.length, 0);
    equal(element.load.status, 'initial');
    equal(warnings.length, 1);
    includes(String(warnings[0]![0]), 'needs an endpoint');
  });
});

