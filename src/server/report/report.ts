/**
 * `buildReport(records, query)`: the recovery report from the ledger's records, pure (no clock, no
 * I/O, like ../derive.ts): the same records and query always give the same report, so each counting
 * rule is tested on plain data and the store only has to find the records of a range.
 *
 * Two steps: each record is first reduced to its outcome (`outcomeOf`: how it was recovered, lost, or
 * still open), because the facts arrive in any order and a later fact can change what an earlier one
 * means; the buckets then only count outcomes. The rules are those of `src/protocol/report.ts`:
 * cohorts by the period of the first failure, rate = recovered ÷ failed, amounts per currency.
 */
import {
  REPORT_OUTCOMES,
  REPORT_VERSION,
  type RecoveryReport,
  type ReportAmount,
  type ReportBucket,
  type ReportChannelRow,
  type ReportGroupBy,
  type ReportOutcome,
} from '../../protocol/report.js';
import type { LedgerRecord, RatingFact } from './ledger-record.js';
import { periodOf, periodsBetween } from './period.js';
import { retentionOf } from './retention.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface ReportQuery {
  /** First day covered, `YYYY-MM-DD` (UTC). */
  from: string;
  /** Last day covered, inclusive. */
  to: string;
  groupBy: ReportGroupBy;
  /** When the report is made (ms): `generatedAt`. */
  now: number;
}

/** What became of one failing invoice. */
export interface Outcome {
  outcome: ReportOutcome;
  /** Set when recovered. */
  recoveredAt: number | null;
  recoveredAmount: number;
}

/** Stripe's retry with the method that failed, or a payment made outside Paymend. */
export function paidHow(record: LedgerRecord): 'stripe_retry' | 'elsewhere' {
  const paid = record.paid;
  if (!paid || paid.outOfBand) return 'elsewhere';
  const before = record.failure.paymentMethodId;
  return paid.paymentMethodId && before && paid.paymentMethodId !== before ? 'elsewhere' : 'stripe_retry';
}

/**
 * A payment of ours (`/complete`) says how it was recovered even when Stripe's `invoice.paid` was
 * recorded first (it usually is: the webhook is sent while `/complete` is still answering). A
 * recovery wins over a loss: an invoice marked uncollectible can still be paid, and then it was.
 */
export function outcomeOf(record: LedgerRecord): Outcome {
  const { completed, paid } = record;
  if (completed || paid) {
    const at = Math.min(completed?.at ?? Infinity, paid?.at ?? Infinity);
    return { outcome: completed ? completed.how : paidHow(record), recoveredAt: at, recoveredAmount: completed?.amount ?? paid!.amount };
  }
  return { outcome: record.lost ? 'lost' : 'open', recoveredAt: null, recoveredAmount: 0 };
}

/** The query's range in ms: [from 00:00 UTC, the day after `to` 00:00 UTC). */
export function rangeOf(query: Pick<ReportQuery, 'from' | 'to'>): { fromMs: number; toMs: number } {
  return { fromMs: Date.parse(`${query.from}T00:00:00Z`), toMs: Date.parse(`${query.to}T00:00:00Z`) + DAY_MS };
}

/** Nearest-rank percentile of sorted values; null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

type Resolved = { record: LedgerRecord } & Outcome;

class BucketCounter {
  failed = 0;
  recovered = 0;
  lost = 0;
  open = 0;
  private readonly amounts = new Map<string, ReportAmount>();
  private readonly hours: number[] = [];

  add({ record, outcome, recoveredAt, recoveredAmount }: Resolved): void {
    this.failed++;
    const amount = this.amounts.get(record.failure.currency) ?? { currency: record.failure.currency, failed: 0, recovered: 0 };
    amount.failed += record.failure.amount;
    this.amounts.set(record.failure.currency, amount);
    if (outcome === 'lost') this.lost++;
    else if (outcome === 'open') this.open++;
    else {
      this.recovered++;
      amount.recovered += recoveredAmount;
      this.hours.push(Math.max(0, recoveredAt! - record.failure.at) / HOUR_MS);
    }
  }

  bucket(): ReportBucket {
    const hours = [...this.hours].sort((a, b) => a - b);
    const round = (h: number | null) => (h === null ? null : Math.round(h * 100) / 100);
    return {
      failed: this.failed,
      recovered: this.recovered,
      lost: this.lost,
      open: this.open,
      recoveryRate: this.failed === 0 ? null : this.recovered / this.failed,
      amounts: [...this.amounts.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
      timeToRecover: { medianHours: round(percentile(hours, 0.5)), p90Hours: round(percentile(hours, 0.9)) },
    };
  }
}

function grouped<K extends string>(items: readonly Resolved[], keyOf: (item: Resolved) => K): Map<K, BucketCounter> {
  const groups = new Map<K, BucketCounter>();
  for (const item of items) {
    const key = keyOf(item);
    let counter = groups.get(key);
    if (!counter) groups.set(key, (counter = new BucketCounter()));
    counter.add(item);
  }
  return groups;
}

/** Largest first, then by name: the rows a merchant wants to see first. */
const bySize = <T extends { failed: number }>(key: (row: T) => string) => (a: T, b: T) => b.failed - a.failed || key(a).localeCompare(key(b));

/** `ratingsWithoutInvoice`: ratings with no failing invoice behind them; those given in the range count. */
export function buildReport(records: readonly LedgerRecord[], query: ReportQuery, ratingsWithoutInvoice: readonly RatingFact[] = []): RecoveryReport {
  const { fromMs, toMs } = rangeOf(query);
  const items: Resolved[] = records
    .filter((record) => record.failure.at >= fromMs && record.failure.at < toMs)
    .map((record) => ({ record, ...outcomeOf(record) }));

  const totals = new BucketCounter();
  for (const item of items) totals.add(item);

  const periodCounters = grouped(items, (item) => periodOf(item.record.failure.at, query.groupBy).key);
  const periods = periodsBetween(fromMs, toMs, query.groupBy).map((period) => ({
    ...(periodCounters.get(period.key) ?? new BucketCounter()).bucket(),
    period: period.key,
    start: period.start,
  }));

  const byReason = [...grouped(items, (item) => item.record.failure.category)].map(([category, counter]) => {
    const codes: Record<string, number> = {};
    for (const item of items) {
      if (item.record.failure.category !== category) continue;
      const code = item.record.failure.declineCode ?? item.record.failure.code ?? 'unknown';
      codes[code] = (codes[code] ?? 0) + 1;
    }
    return { ...counter.bucket(), category, codes };
  });

  const byPaymentMethod = [...grouped(items, (item) => item.record.failure.paymentMethodType ?? 'unknown')].map(([type, counter]) => ({
    ...counter.bucket(),
    type,
  }));

  return {
    v: REPORT_VERSION,
    from: query.from,
    to: query.to,
    groupBy: query.groupBy,
    generatedAt: new Date(query.now).toISOString(),
    totals: totals.bucket(),
    periods,
    byReason: byReason.sort(bySize((row) => row.category)),
    byPaymentMethod: byPaymentMethod.sort(bySize((row) => row.type)),
    byChannel: channelRows(items),
    byOutcome: outcomeRows(items),
    funnel: funnelOf(items),
    retention: retentionOf(
      items,
      ratingsWithoutInvoice.filter((fact) => fact.at >= fromMs && fact.at < toMs),
    ),
  };
}

/**
 * Per channel and step: invoices that got the notice, of those the ones whose notice was opened, and
 * the ones recovered after it was sent (a notice sent after the fix did not bring anyone back).
 */
function channelRows(items: readonly Resolved[]): ReportChannelRow[] {
  const rows = new Map<string, ReportChannelRow>();
  for (const { record, recoveredAt } of items) {
    for (const notice of record.notices) {
      const key = `${notice.channel}\u0000${notice.step}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { channel: notice.channel, step: notice.step, sent: 0, opened: 0, recovered: 0 }));
      row.sent++;
      if (notice.openedAt !== null) row.opened++;
      if (recoveredAt !== null && recoveredAt >= notice.sentAt) row.recovered++;
    }
  }
  return [...rows.values()].sort((a, b) => a.channel.localeCompare(b.channel) || a.step.localeCompare(b.step));
}

function outcomeRows(items: readonly Resolved[]) {
  return REPORT_OUTCOMES.map((outcome) => {
    const amounts = new Map<string, ReportAmount>();
    let count = 0;
    for (const item of items) {
      if (item.outcome !== outcome) continue;
      count++;
      const { currency, amount } = item.record.failure;
      const row = amounts.get(currency) ?? { currency, failed: 0, recovered: 0 };
      row.failed += amount;
      row.recovered += item.recoveredAmount;
      amounts.set(currency, row);
    }
    return { outcome, count, amounts: [...amounts.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
  });
}

/** Each stage counts invoices, once each: notified ⊇ opened is not forced, since a banner can be opened unseen by our beacons. */
function funnelOf(items: readonly Resolved[]) {
  let notified = 0;
  let opened = 0;
  let formOpened = 0;
  let recovered = 0;
  for (const { record, recoveredAt } of items) {
    if (record.notices.length > 0) notified++;
    if (record.notices.some((notice) => notice.openedAt !== null)) opened++;
    if (record.formOpenedAt !== null) formOpened++;
    if (recoveredAt !== null) recovered++;
  }
  return { failed: items.length, notified, opened, formOpened, recovered };
}

