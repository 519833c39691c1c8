/**
 * buildReport over plain records: every counting rule of src/protocol/report.ts, without a store or
 * Stripe (the HTTP tests in report-http.test.ts check that real events make these records).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecoveryReportReaderSchema, RecoveryReportSchema } from '../../src/protocol/report.js';
import { csvCell, reportCsv } from '../../src/server/report/csv.js';
import { completedValue, decodeRecord, failureFields, FIELD, lostValue, paidValue, type LedgerRecord } from '../../src/server/report/ledger-record.js';
import { periodOf } from '../../src/server/report/period.js';
import { parseReportQuery } from '../../src/server/report/query.js';
import { buildReport, outcomeOf, percentile } from '../../src/server/report/report.js';

const HOUR = 3_600_000;
const at = (day: string, hours = 0) => Date.parse(`${day}T00:00:00Z`) + hours * HOUR;
let n = 0;

function record(o: {
  failedAt: number;
  currency?: string;
  amount?: number;
  category?: string;
  declineCode?: string | null;
  type?: string | null;
  completed?: LedgerRecord['completed'];
  paid?: LedgerRecord['paid'];
  lost?: LedgerRecord['lost'];
  notices?: LedgerRecord['notices'];
  formOpenedAt?: number | null;
  pm?: string | null;
}): LedgerRecord {
  n++;
  return {
    invoiceId: `in_${n}`,
    failure: {
      customerId: `cus_${n}`,
      at: o.failedAt,
      amount: o.amount ?? 1000,
      currency: o.currency ?? 'eur',
      code: 'card_declined',
      declineCode: o.declineCode === undefined ? 'insufficient_funds' : o.declineCode,
      adviceCode: null,
      category: o.category ?? 'insufficient_funds',
      paymentMethodType: o.type === undefined ? 'card' : o.type,
      paymentMethodId: o.pm === undefined ? 'pm_old' : o.pm,
    },
    notices: o.notices ?? [],
    formOpenedAt: o.formOpenedAt ?? null,
    completed: o.completed ?? null,
    paid: o.paid ?? null,
    lost: o.lost ?? null,
    waysOut: { offersShownAt: null, offersShownFrom: {}, pausedAt: null, planChangedAt: null, resumedAt: null, support: {} },
    rating: null,
  };
}

const query = { from: '2026-01-01', to: '2026-03-31', groupBy: 'month' as const, now: at('2026-04-01') };

describe('buildReport', () => {
  it('counts each invoice in the cohort of its first failure, and rate = recovered ÷ failed', () => {
    const records = [
      // Failed in January, recovered in February: a January recovery.
      record({ failedAt: at('2026-01-20'), completed: { at: at('2026-02-02'), amount: 1000, how: 'in_app' } }),
      record({ failedAt: at('2026-01-31', 23) }),
      record({ failedAt: at('2026-02-01'), lost: { at: at('2026-02-20'), reason: 'voided' } }),
      // Out of range: not counted anywhere.
      record({ failedAt: at('2025-12-31', 23), completed: { at: at('2026-01-02'), amount: 1000, how: 'in_app' } }),
    ];
    const report = buildReport(records, query);
    assert.doesNotThrow(() => RecoveryReportSchema.parse(report));
    assert.deepEqual(
      report.periods.map((p) => [p.period, p.start, p.failed, p.recovered, p.lost, p.open, p.recoveryRate]),
      [
        ['2026-01', '2026-01-01', 2, 1, 0, 1, 0.5],
        ['2026-02', '2026-02-01', 1, 0, 1, 0, 0],
        ['2026-03', '2026-03-01', 0, 0, 0, 0, null],
      ],
    );
    assert.equal(report.totals.failed, 3);
    assert.equal(report.totals.recoveryRate, 1 / 3);
  });

  it('keeps amounts per currency, never summed', () => {
    const records = [
      record({ failedAt: at('2026-01-05'), currency: 'eur', amount: 2900, completed: { at: at('2026-01-06'), amount: 2900, how: 'in_app' } }),
      record({ failedAt: at('2026-01-05'), currency: 'usd', amount: 5000 }),
      record({ failedAt: at('2026-01-07'), currency: 'eur', amount: 100 }),
    ];
    const report = buildReport(records, query);
    assert.deepEqual(report.totals.amounts, [
      { currency: 'eur', failed: 3000, recovered: 2900 },
      { currency: 'usd', failed: 5000, recovered: 0 },
    ]);
    assert.deepEqual(report.periods[0]!.amounts, report.totals.amounts);
    const csv = reportCsv(report).split('\r\n');
    assert.equal(csv[0], 'period,start,currency,failed_invoices,recovered_invoices,lost_invoices,open_invoices,recovery_rate,failed_amount_minor,recovered_amount_minor,median_hours_to_recover,p90_hours_to_recover');
    assert.equal(csv[1], '2026-01,2026-01-01,eur,3,1,0,2,0.3333,3000,2900,24,24');
    assert.equal(csv[2], '2026-01,2026-01-01,usd,3,1,0,2,0.3333,5000,0,24,24');
    assert.equal(csv[3], '2026-02,2026-02-01,,0,0,0,0,,0,0,,');
  });

  it('gives median and p90 time to recover by nearest rank, null when nothing recovered', () => {
    const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    const records = hours.map((h) => record({ failedAt: at('2026-02-01'), paid: { at: at('2026-02-01', h), amount: 1000, outOfBand: false, paymentMethodId: 'pm_old' } }));
    records.push(record({ failedAt: at('2026-02-01') }));
    const report = buildReport(records, query);
    assert.deepEqual(report.totals.timeToRecover, { medianHours: 5, p90Hours: 9 });
    assert.deepEqual(report.periods[0]!.timeToRecover, { medianHours: null, p90Hours: null });
    assert.equal(percentile([], 0.5), null);
    assert.equal(percentile([7], 0.9), 7);
  });

  it('decides how an invoice was recovered, whatever order the facts came in', () => {
    const failedAt = at('2026-01-10');
    const paid = (o: Partial<NonNullable<LedgerRecord['paid']>> = {}) => ({ at: failedAt + HOUR, amount: 1000, outOfBand: false, paymentMethodId: 'pm_old', ...o });
    // invoice.paid landed before /complete: ours still says how.
    assert.equal(outcomeOf(record({ failedAt, paid: paid({ paymentMethodId: 'pm_new' }), completed: { at: failedAt + 2 * HOUR, amount: 1000, how: 'hosted_page' } })).outcome, 'hosted_page');
    assert.equal(outcomeOf(record({ failedAt, paid: paid() })).outcome, 'stripe_retry');
    assert.equal(outcomeOf(record({ failedAt, paid: paid({ paymentMethodId: 'pm_portal' }) })).outcome, 'elsewhere');
    assert.equal(outcomeOf(record({ failedAt, paid: paid({ outOfBand: true, paymentMethodId: null }) })).outcome, 'elsewhere');
    // Marked uncollectible, then paid after all: recovered.
    assert.equal(outcomeOf(record({ failedAt, lost: { at: failedAt, reason: 'uncollectible' }, paid: paid() })).outcome, 'stripe_retry');
    assert.equal(outcomeOf(record({ failedAt, lost: { at: failedAt, reason: 'subscription_canceled' } })).outcome, 'lost');
    assert.equal(outcomeOf(record({ failedAt })).outcome, 'open');
    // The earlier of the two payment times counts.
    assert.equal(outcomeOf(record({ failedAt, paid: paid(), completed: { at: failedAt + 5 * HOUR, amount: 1000, how: 'in_app' } })).recoveredAt, failedAt + HOUR);
  });

  it('groups by reason with raw codes, by payment method, by outcome', () => {
    const records = [
      record({ failedAt: at('2026-01-01'), category: 'insufficient_funds', declineCode: 'insufficient_funds' }),
      record({ failedAt: at('2026-01-02'), category: 'generic', declineCode: 'generic_decline', type: 'sepa_debit' }),
      record({ failedAt: at('2026-01-03'), category: 'generic', declineCode: 'fraudulent', completed: { at: at('2026-01-04'), amount: 1000, how: 'in_app' } }),
      record({ failedAt: at('2026-01-03'), category: 'generic', declineCode: null, type: null }),
    ];
    const report = buildReport(records, query);
    assert.deepEqual(
      report.byReason.map((r) => [r.category, r.failed, r.recovered, r.codes]),
      [
        ['generic', 3, 1, { generic_decline: 1, fraudulent: 1, card_declined: 1 }],
        ['insufficient_funds', 1, 0, { insufficient_funds: 1 }],
      ],
    );
    assert.deepEqual(report.byPaymentMethod.map((r) => [r.type, r.failed]), [['card', 2], ['sepa_debit', 1], ['unknown', 1]]);
    assert.deepEqual(
      report.byOutcome.map((r) => [r.outcome, r.count]),
      [['in_app', 1], ['hosted_page', 0], ['card_updated', 0], ['stripe_retry', 0], ['elsewhere', 0], ['lost', 0], ['open', 3]],
    );
  });

  it('credits a channel only with recoveries after its notice, and builds the funnel once per invoice', () => {
    const failedAt = at('2026-01-10');
    const records = [
      record({
        failedAt,
        notices: [
          { channel: 'email', step: 'failed', sentAt: failedAt + HOUR, openedAt: failedAt + 2 * HOUR },
          { channel: 'banner', step: 'failed', sentAt: failedAt + 3 * HOUR, openedAt: null },
          // Sent after the fix: brought nobody back.
          { channel: 'sms', step: 'reminder', sentAt: failedAt + 10 * HOUR, openedAt: null },
        ],
        formOpenedAt: failedAt + 2 * HOUR,
        completed: { at: failedAt + 4 * HOUR, amount: 1000, how: 'hosted_page' },
      }),
      record({ failedAt, notices: [{ channel: 'email', step: 'failed', sentAt: failedAt + HOUR, openedAt: null }] }),
      record({ failedAt }),
    ];
    const report = buildReport(records, query);
    assert.deepEqual(report.byChannel, [
      { channel: 'banner', step: 'failed', sent: 1, opened: 0, recovered: 1 },
      { channel: 'email', step: 'failed', sent: 2, opened: 1, recovered: 1 },
      { channel: 'sms', step: 'reminder', sent: 1, opened: 0, recovered: 0 },
    ]);
    assert.deepEqual(report.funnel, { failed: 3, notified: 2, opened: 1, formOpened: 1, recovered: 1 });
  });

  it('numbers ISO weeks across a year boundary', () => {
    assert.equal(periodOf(at('2026-12-31'), 'week').key, '2026-W53');
    assert.equal(periodOf(at('2027-01-03'), 'week').key, '2026-W53');
    assert.equal(periodOf(at('2027-01-04'), 'week').key, '2027-W01');
    assert.equal(periodOf(at('2027-01-04'), 'week').start, '2027-01-04');
    const weekly = buildReport([record({ failedAt: at('2026-01-07') })], { ...query, to: '2026-01-31', groupBy: 'week' });
    assert.deepEqual(weekly.periods.map((p) => p.period), ['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W05']);
    assert.equal(weekly.periods[1]!.failed, 1);
  });
});

describe('the report as an element reads it', () => {
  it('accepts a newer server’s report (unknown fields, outcomes and channels) and refuses a broken one', () => {
    const report = buildReport([record({ failedAt: at('2026-01-05') })], query);
    const newer = {
      ...report,
      pauses: [],
      totals: { ...report.totals, medianAmount: 5 },
      byOutcome: [...report.byOutcome, { outcome: 'paused', count: 1, amounts: [] }],
      byChannel: [{ channel: 'whatsapp', step: 'failed', sent: 1, opened: 0, recovered: 0, clicked: 0 }],
    };
    const read = RecoveryReportReaderSchema.parse(newer);
    assert.equal('pauses' in read, false);
    assert.equal(read.byOutcome.at(-1)!.outcome, 'paused');
    assert.equal(read.byChannel[0]!.channel, 'whatsapp');
    assert.throws(() => RecoveryReportSchema.parse(newer));
    assert.throws(() => RecoveryReportReaderSchema.parse({ ...report, totals: { ...report.totals, failed: -1 } }));
    assert.throws(() => RecoveryReportReaderSchema.parse({ ...report, periods: 'all' }));
  });
});

describe('ledger records', () => {
  it('ignores an entry without a first failure, and hostile field values', () => {
    assert.equal(decodeRecord('in_1', { [FIELD.sent('email', 'failed')]: '1' }), null);
    assert.equal(decodeRecord('in_1', { [FIELD.failure]: 'soon', [FIELD.failureAmount]: '100 eur generic' }), null);
    assert.equal(decodeRecord('in_1', { [FIELD.failure]: '1', [FIELD.failureAmount]: '100 EURO generic' }), null);
    const fields = {
      ...failureFields({ customerId: 'cus_1', at: 1, amount: 100, currency: 'eur', code: 'card declined', declineCode: null, adviceCode: null, category: 'generic', paymentMethodType: null, paymentMethodId: null }),
      's:pigeon:failed': '5',
      's:email:failed': 'soon',
      [FIELD.completed]: '5 100 by_magic',
      [FIELD.lost]: '5 bored',
    };
    const decoded = decodeRecord('in_1', fields);
    assert.equal(decoded?.failure.code, 'card_declined', 'a space in a code cannot shift the other words');
    assert.equal(decoded?.failure.declineCode, null);
    assert.deepEqual(decoded?.notices, []);
    assert.equal(decoded?.completed, null);
    assert.equal(decoded?.lost, null);
  });

  it('round-trips every fact, each value short enough for a compact Redis hash', () => {
    const failure = { customerId: 'cus_QWERTYUIOP1234', at: 1_790_000_000_000, amount: 2900, currency: 'eur', code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later', category: 'insufficient_funds', paymentMethodType: 'card', paymentMethodId: 'pm_1QWERTYUIOPASDFGHJKL1234' };
    const fields = {
      ...failureFields(failure),
      [FIELD.completed]: completedValue({ at: 1_790_000_100_000, amount: 2900, how: 'hosted_page' }),
      [FIELD.paid]: paidValue({ at: 1_790_000_000_500, amount: 2900, outOfBand: false, paymentMethodId: 'pm_1QWERTYUIOPASDFGHJKL9999' }),
      [FIELD.lost]: lostValue({ at: 1_790_000_000_900, reason: 'uncollectible' }),
    };
    for (const value of Object.values(fields)) assert.ok(value.length <= 64, value);
    const decoded = decodeRecord('in_1', fields)!;
    assert.deepEqual(decoded.failure, failure);
    assert.deepEqual(decoded.completed, { at: 1_790_000_100_000, amount: 2900, how: 'hosted_page' });
    assert.deepEqual(decoded.paid, { at: 1_790_000_000_500, amount: 2900, outOfBand: false, paymentMethodId: 'pm_1QWERTYUIOPASDFGHJKL9999' });
    assert.deepEqual(decoded.lost, { at: 1_790_000_000_900, reason: 'uncollectible' });
  });
});

describe('report queries', () => {
  const now = at('2026-12-03', 10);
  it('defaults to the last 13 months by month', () => {
    assert.deepEqual(parseReportQuery({}, now), { ok: true, from: '2025-12-01', to: '2026-12-03', groupBy: 'month' });
  });
  it('refuses malformed and too long ranges with a reason', () => {
    const reason = (input: Record<string, string>) => {
      const parsed = parseReportQuery(input, now);
      return parsed.ok ? null : parsed.reason;
    };
    assert.match(reason({ from: '2026-02-30' })!, /from must be a date/);
    assert.match(reason({ to: '2026-1-1' })!, /to must be a date/);
    assert.match(reason({ from: '2026-03-01', to: '2026-02-01' })!, /not be before/);
    assert.match(reason({ from: '2025-01-01', to: '2026-03-01' })!, /13 months/);
    assert.equal(reason({ from: '2025-02-01', to: '2026-03-01' }), null);
    assert.match(reason({ groupBy: 'year' })!, /groupBy/);
    assert.match(reason({ from: "2026-01-01' OR 1=1" })!, /from must be a date/);
  });
  it('quotes CSV cells and defuses formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(null), '');
  });
});
