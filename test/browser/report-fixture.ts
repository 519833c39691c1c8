/**
 * A recovery report as the handler sends it (checked against the writer schema by the tests), with
 * two currencies so that any sum across currencies would show, and a week-free month grouping.
 */
import type { RecoveryReport, ReportBucket } from '../../src/protocol/report.js';

const bucket = (failed: number, recovered: number, lost: number, amounts: ReportBucket['amounts'], median: number | null, p90: number | null): ReportBucket => ({
  failed,
  recovered,
  lost,
  open: failed - recovered - lost,
  recoveryRate: failed > 0 ? recovered / failed : null,
  amounts,
  timeToRecover: { medianHours: median, p90Hours: p90 },
});

export function fixtureReport(): RecoveryReport {
  return {
    v: 1,
    from: '2026-01-01',
    to: '2026-03-31',
    groupBy: 'month',
    generatedAt: '2026-04-01T08:00:00.000Z',
    totals: bucket(40, 24, 10, [
      { currency: 'usd', failed: 300000, recovered: 180000 },
      { currency: 'eur', failed: 120000, recovered: 45000 },
    ], 30, 120),
    periods: [
      { period: '2026-01', start: '2026-01-01', ...bucket(10, 4, 5, [{ currency: 'usd', failed: 100000, recovered: 40000 }], 20, 96) },
      { period: '2026-02', start: '2026-02-01', ...bucket(20, 15, 3, [
        { currency: 'usd', failed: 150000, recovered: 110000 },
        { currency: 'eur', failed: 80000, recovered: 45000 },
      ], 36, 130) },
      { period: '2026-03', start: '2026-03-01', ...bucket(10, 5, 2, [
        { currency: 'usd', failed: 50000, recovered: 30000 },
        { currency: 'eur', failed: 40000, recovered: 0 },
      ], 12.5, 60) },
    ],
    byReason: [
      { category: 'insufficient_funds', codes: { insufficient_funds: 25 }, ...bucket(25, 18, 4, [{ currency: 'usd', failed: 200000, recovered: 140000 }], 24, 100) },
      { category: 'expired_card', codes: { expired_card: 10 }, ...bucket(10, 5, 4, [{ currency: 'eur', failed: 100000, recovered: 45000 }], 40, 140) },
      { category: 'generic', codes: { do_not_honor: 3, fraudulent: 2 }, ...bucket(5, 1, 2, [{ currency: 'usd', failed: 100000, recovered: 40000 }], 50, 50) },
    ],
    byPaymentMethod: [{ type: 'card', ...bucket(40, 24, 10, [{ currency: 'usd', failed: 300000, recovered: 180000 }], 30, 120) }],
    byChannel: [
      { channel: 'email', step: 'failed', sent: 36, opened: 22, recovered: 14 },
      { channel: 'sms', step: 'reminder', sent: 12, opened: 9, recovered: 4 },
      { channel: 'banner', step: 'expiring', sent: 30, opened: 16, recovered: 6 },
    ],
    byOutcome: [
      { outcome: 'in_app', count: 9, amounts: [{ currency: 'usd', failed: 70000, recovered: 70000 }] },
      { outcome: 'hosted_page', count: 8, amounts: [{ currency: 'usd', failed: 60000, recovered: 60000 }] },
      { outcome: 'stripe_retry', count: 5, amounts: [{ currency: 'eur', failed: 45000, recovered: 45000 }] },
      { outcome: 'elsewhere', count: 2, amounts: [{ currency: 'usd', failed: 50000, recovered: 50000 }] },
      { outcome: 'lost', count: 10, amounts: [{ currency: 'usd', failed: 90000, recovered: 0 }] },
      { outcome: 'open', count: 6, amounts: [{ currency: 'eur', failed: 75000, recovered: 0 }, { currency: 'usd', failed: 30000, recovered: 0 }] },
    ],
    funnel: { failed: 40, notified: 36, opened: 26, formOpened: 20, recovered: 24 },
  };
}

/** A report of a range in which nothing failed. */
export function emptyReport(): RecoveryReport {
  const report = fixtureReport();
  return {
    ...report,
    totals: bucket(0, 0, 0, [], null, null),
    periods: [],
    byReason: [],
    byPaymentMethod: [],
    byChannel: [],
    byOutcome: [],
    funnel: { failed: 0, notified: 0, opened: 0, formOpened: 0, recovered: 0 },
  };
}
