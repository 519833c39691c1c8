// The pure half of <paymend-report>: chart specs, formats and the tolerant reader, without a DOM.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCharts, currenciesOf } from '../../src/components/report/report-charts.js';
import { createReportFormat } from '../../src/components/report/report-format.js';
import { readReport, reportUrl } from '../../src/components/report/report-loader.js';
import type { RecoveryReportAsRead } from '../../src/protocol/report.js';
import { reportEn } from '../../src/translations/report/en.js';
import { loadReportTranslation, REPORT_LOCALES } from '../../src/translations/report/index.js';
import { LOCALES } from '../../src/translations/match.js';
import { emptyReport, fixtureReport } from '../browser/report-fixture.js';

const t = reportEn.messages;
const f = createReportFormat('en-US', t);
const reasonTitle = (category: string) => `title:${category}`;
const charts = (report: RecoveryReportAsRead) => Object.fromEntries(buildCharts(report, t, f, reasonTitle).map((chart) => [chart.id, chart]));

describe('report charts (pure)', () => {
  it('one revenue chart per currency, each from that currency only', () => {
    const report = readReport(fixtureReport())!;
    assert.deepEqual(currenciesOf(report), ['usd', 'eur']);
    const byId = charts(report);
    assert.deepEqual(byId['revenue-usd']!.columns[0]!.values, [40000, 110000, 30000]);
    assert.deepEqual(byId['revenue-eur']!.columns[0]!.values, [0, 45000, 0]);
    assert.match(byId['revenue-eur']!.summary, /€450\.00 of €1,200\.00/);
    assert.equal(byId['revenue-usd']!.axis(110000), '$1.1K', 'the axis shows major units');
  });

  it('every table column has a value per label, and plotted columns exist', () => {
    for (const chart of buildCharts(readReport(fixtureReport())!, t, f, reasonTitle)) {
      for (const column of chart.columns) assert.equal(column.values.length, chart.labels.length, `${chart.id}: ${column.label}`);
      for (const index of chart.plotted) assert.ok(chart.columns[index], `${chart.id}: plotted column ${index}`);
    }
  });

  it('reasons sorted by failures, titled from the catalog; summaries name the extremes', () => {
    const byId = charts(readReport(fixtureReport())!);
    assert.deepEqual(byId.reasons!.labels, ['title:insufficient_funds', 'title:expired_card', 'title:generic']);
    assert.match(byId.rate!.summary, /60%.*Feb 2026 at 75%.*Jan 2026 at 40%/);
    assert.deepEqual(byId.channels!.labels, ['Email, Payment failed', 'SMS, Reminder', 'Banner, Card expiring'], 'steps translated like channels');
    assert.match(byId.channels!.summary, /^Email, Payment failed brought back the most customers: 14 recovered of 36 sent\.$/);
  });

  it('weeks are labelled by their first day; a period without a rate is a gap, not a zero', () => {
    const source = fixtureReport();
    source.groupBy = 'week';
    source.periods = [
      { ...source.periods[0]!, period: '2026-W02', start: '2026-01-05' },
      { ...source.periods[1]!, period: '2026-W03', start: '2026-01-12', failed: 0, recovered: 0, lost: 0, open: 0, recoveryRate: null },
    ];
    const byId = charts(readReport(source)!);
    assert.deepEqual(byId.rate!.labels, ['Week of Jan 5, 2026', 'Week of Jan 12, 2026']);
    assert.deepEqual(byId.rate!.columns[0]!.values, [0.4, null]);
    assert.equal(byId.rate!.columns[0]!.format(null), 'none yet');
  });

  it('an empty report: every chart says there is no data', () => {
    const report = readReport(emptyReport())!;
    for (const chart of buildCharts(report, t, f, reasonTitle)) assert.equal(chart.summary, t['report.summary.noData'], chart.id);
  });

  it('a channel or outcome this release does not know shows as sent', () => {
    const source = { ...fixtureReport(), byChannel: [{ channel: 'push', step: 'first', sent: 3, opened: 1, recovered: 1 }], byOutcome: [{ outcome: 'paused', count: 2, amounts: [] }] };
    const report = readReport(source);
    assert.ok(report, 'the reader accepts open enums');
    const byId = charts(report);
    assert.deepEqual(byId.channels!.labels, ['push, first']);
    assert.deepEqual(byId.outcomes!.labels, ['paused']);
  });
});

describe('report reader and URL', () => {
  it('drops unknown fields, rejects another version, negative counts and non-objects', () => {
    const report = readReport({ ...fixtureReport(), extra: { nested: true } });
    assert.ok(report && !('extra' in report));
    assert.equal(readReport({ ...fixtureReport(), v: 2 }), null);
    assert.equal(readReport({ ...fixtureReport(), funnel: { ...fixtureReport().funnel, failed: -1 } }), null);
    for (const value of [null, undefined, 'report', 42, [], {}]) assert.equal(readReport(value), null);
  });

  it('builds {endpoint}/report with the query, encoded, and without empty parameters', () => {
    assert.equal(reportUrl({ endpoint: '/billing/paymend/', from: '2026-01-01', to: '', groupBy: 'week' }), '/billing/paymend/report?from=2026-01-01&groupBy=week');
    assert.equal(reportUrl({ endpoint: '/b', from: 'a&b=c', to: '', groupBy: '' }), '/b/report?from=a%26b%3Dc');
    assert.equal(reportUrl({ endpoint: '/b', from: '', to: '', groupBy: '' }), '/b/report');
  });
});

describe('report formats', () => {
  it('amounts use the currency’s own minor digits, and survive odd input', () => {
    assert.equal(f.amount(1299, 'usd'), '$12.99');
    assert.equal(f.amount(1299, 'jpy'), '¥1,299');
    assert.equal(f.amount(1299, 'kwd').replace(/\s/g, ' '), 'KWD 1.299');
    assert.equal(f.amount(Number.NaN, 'usd'), '$0.00');
    assert.equal(f.major(1299, 'jpy'), 1299);
  });

  it('durations in hours under two days, days after; none for null; bad locales fall back', () => {
    assert.equal(f.duration(30), '30 hours');
    assert.equal(f.duration(72), '3 days');
    assert.equal(f.duration(null), 'none yet');
    const odd = createReportFormat('not a locale!!', t);
    assert.equal(odd.locale, 'en');
    assert.equal(odd.day('garbage'), 'garbage');
    assert.equal(odd.period('2026-13', 'nope'), '2026-13');
  });

  it('every locale Paymend speaks reads the report in its own language', async () => {
    for (const locale of LOCALES) {
      const translation = await loadReportTranslation(locale);
      assert.equal(translation.locale.split('-')[0], locale.split('-')[0], locale);
      assert.equal(translation.dir, locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr', locale);
    }
  });

  it('every locale builds every chart with its own words, all values filled in', async () => {
    for (const locale of LOCALES) {
      const translation = await loadReportTranslation(locale);
      const format = createReportFormat(locale, translation.messages);
      for (const chart of buildCharts(readReport(fixtureReport())!, translation.messages, format, reasonTitle)) {
        assert.doesNotMatch(`${chart.title} ${chart.summary}`, /undefined|NaN|\$\{|\{\w+\}/, `${locale} ${chart.id}`);
        assert.ok(chart.summary.length > 10, `${locale} ${chart.id}: a summary`);
      }
    }
  });

  it('every report locale loads with every key; unknown tags read English', async () => {
    const keys = Object.keys(reportEn.messages).sort();
    for (const locale of REPORT_LOCALES) {
      const translation = await loadReportTranslation(locale);
      assert.equal(translation.locale, locale);
      assert.deepEqual(Object.keys(translation.messages).sort(), keys, locale);
    }
    assert.equal((await loadReportTranslation('es-MX')).locale, 'es');
    assert.equal((await loadReportTranslation('fr-CA')).locale, 'fr');
    assert.equal((await loadReportTranslation('ko')).locale, 'ko');
    assert.equal((await loadReportTranslation('en-GB')).locale, 'en');
    assert.equal((await loadReportTranslation('zh-HK')).locale, 'zh-TW');
    assert.equal((await loadReportTranslation('he')).dir, 'rtl');
    assert.equal((await loadReportTranslation(42)).locale, 'en');
  });
});
