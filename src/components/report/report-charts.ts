/**
 * What each chart of the report shows, decided from the report alone: labels, the columns of its
 * data table, which of them are drawn, and the sentence a screen reader hears. Pure and DOM-free, so
 * the chart and its table can never disagree: both are drawn from the same spec.
 *
 * Amounts are never summed across currencies: revenue is one chart per currency, and tables give
 * each currency its own column.
 */
import type { RecoveryReportAsRead } from '../../protocol/report.js';
import type { ReportMessages } from '../../translations/report/types.js';
import type { ReportFormat } from './report-format.js';

/** The palette slot a series is drawn with (see report.styles.ts). */
export type Tone = 'accent' | 'success' | 'danger' | 'muted';

export interface ChartColumn {
  label: string;
  /** One value per row; `null` when there is none (a gap in a line). */
  values: Array<number | null>;
  /** The value as the table shows it. */
  format: (value: number | null) => string;
  tone: Tone;
}

export interface ChartSpec {
  /** Stable id, used for element ids and by tests. */
  id: string;
  title: string;
  kind: 'line' | 'bars';
  /** Heading of the table's first column and its cells (the chart's x axis). */
  labelHeader: string;
  labels: string[];
  /** The table's columns; `plotted` says which ones the chart draws. */
  columns: ChartColumn[];
  plotted: number[];
  /** Formats a value of the y axis. */
  axis: (value: number) => string;
  /** Steps the y axis may use between ticks, when the default decimal ones read badly (hours). */
  axisSteps?: number[];
  /** The text alternative of the chart. */
  summary: string;
}

/** The words the charts need from the customer-facing catalog: decline reasons' plain titles. */
export type ReasonTitle = (category: string) => string;

/** The largest and smallest row by `value` (rows without a value skipped); `null` when none has one. */
function extremes<T>(rows: T[], value: (row: T) => number | null): { high: T; low: T } | null {
  const valued = rows.filter((row) => value(row) != null);
  if (valued.length === 0) return null;
  const sorted = [...valued].sort((a, b) => value(b)! - value(a)!);
  return { high: sorted[0]!, low: sorted[sorted.length - 1]! };
}

/** Currencies seen anywhere in the report, in order of first appearance, each once. */
export function currenciesOf(report: RecoveryReportAsRead): string[] {
  const seen = new Set<string>();
  for (const amount of report.totals.amounts) seen.add(amount.currency);
  for (const period of report.periods) for (const amount of period.amounts) seen.add(amount.currency);
  return [...seen];
}

export function buildCharts(report: RecoveryReportAsRead, t: ReportMessages, f: ReportFormat, reasonTitle: ReasonTitle): ChartSpec[] {
  const periods = report.periods;
  const periodLabels = periods.map((p) => f.period(p.period, p.start));
  const countColumn = (label: string, values: number[], tone: Tone): ChartColumn => ({ label, values, format: (v) => f.count(v ?? 0), tone });
  const charts: ChartSpec[] = [];

  const rates = extremes(periods, (p) => p.recoveryRate);
  charts.push({
    id: 'rate',
    title: t['report.chart.rate'],
    kind: 'line',
    labelHeader: t['report.column.period'],
    labels: periodLabels,
    columns: [
      { label: t['report.series.rate'], values: periods.map((p) => p.recoveryRate), format: f.percent, tone: 'accent' },
      countColumn(t['report.series.failed'], periods.map((p) => p.failed), 'muted'),
      countColumn(t['report.series.recovered'], periods.map((p) => p.recovered), 'success'),
    ],
    plotted: [0],
    axis: (v) => f.percent(v),
    summary: rates
      ? t['report.summary.rate']({
          overall: f.percent(report.totals.recoveryRate),
          high: f.percent(rates.high.recoveryRate),
          highPeriod: f.period(rates.high.period, rates.high.start),
          low: f.percent(rates.low.recoveryRate),
          lowPeriod: f.period(rates.low.period, rates.low.start),
        })
      : t['report.summary.noData'],
  });

  for (const currency of currenciesOf(report)) {
    const amountIn = (amounts: Array<{ currency: string; failed: number; recovered: number }>) => amounts.find((a) => a.currency === currency);
    const recovered = periods.map((p) => amountIn(p.amounts)?.recovered ?? 0);
    const failed = periods.map((p) => amountIn(p.amounts)?.failed ?? 0);
    const best = extremes(periods.map((p, i) => ({ p, value: recovered[i]! })), (row) => row.value);
    const total = amountIn(report.totals.amounts);
    const money = (v: number | null) => f.amount(v ?? 0, currency);
    charts.push({
      id: `revenue-${currency}`,
      title: t['report.chart.revenue']({ currency: f.currencyCode(currency) }),
      kind: 'bars',
      labelHeader: t['report.column.period'],
      labels: periodLabels,
      columns: [
        { label: t['report.series.recoveredAmount'], values: recovered, format: money, tone: 'success' },
        { label: t['report.series.failedAmount'], values: failed, format: money, tone: 'muted' },
      ],
      plotted: [0],
      axis: (v) => f.axisAmount(f.major(v, currency), currency),
      summary: best
        ? t['report.summary.revenue']({
            currency: f.currencyCode(currency),
            recovered: money(total?.recovered ?? 0),
            failed: money(total?.failed ?? 0),
            best: money(best.high.value),
            bestPeriod: f.period(best.high.p.period, best.high.p.start),
          })
        : t['report.summary.noData'],
    });
  }

  const { medianHours, p90Hours } = report.totals.timeToRecover;
  charts.push({
    id: 'time-to-recover',
    title: t['report.chart.timeToRecover'],
    kind: 'line',
    labelHeader: t['report.column.period'],
    labels: periodLabels,
    columns: [
      { label: t['report.series.median'], values: periods.map((p) => p.timeToRecover.medianHours), format: f.duration, tone: 'accent' },
      { label: t['report.series.p90'], values: periods.map((p) => p.timeToRecover.p90Hours), format: f.duration, tone: 'danger' },
    ],
    plotted: [0, 1],
    axis: (v) => f.duration(v),
    // Whole hours, half-days, days and weeks: "4.2 days" on an axis says less than "4 days".
    axisSteps: [1, 2, 3, 6, 12, 24, 48, 72, 96, 120, 168, 336, 504, 720, 1440],
    summary: medianHours != null ? t['report.summary.timeToRecover']({ median: f.duration(medianHours), p90: f.duration(p90Hours) }) : t['report.summary.noData'],
  });

  const funnel = report.funnel;
  const stages = ['failed', 'notified', 'opened', 'formOpened', 'recovered'] as const;
  charts.push({
    id: 'funnel',
    title: t['report.chart.funnel'],
    kind: 'bars',
    labelHeader: t['report.column.stage'],
    labels: stages.map((stage) => t[`report.funnel.${stage}`]),
    columns: [countColumn(t['report.series.invoices'], stages.map((stage) => funnel[stage]), 'accent')],
    plotted: [0],
    axis: (v) => f.count(v),
    summary:
      funnel.failed > 0
        ? t['report.summary.funnel']({
            failed: f.count(funnel.failed),
            notified: f.count(funnel.notified),
            opened: f.count(funnel.opened),
            formOpened: f.count(funnel.formOpened),
            recovered: f.count(funnel.recovered),
          })
        : t['report.summary.noData'],
  });

  const reasons = [...report.byReason].sort((a, b) => b.failed - a.failed);
  const topReason = reasons[0];
  const bestReason = extremes(reasons, (r) => r.recoveryRate)?.high;
  charts.push({
    id: 'reasons',
    title: t['report.chart.reasons'],
    kind: 'bars',
    labelHeader: t['report.column.reason'],
    labels: reasons.map((r) => reasonTitle(r.category)),
    columns: [
      { label: t['report.series.rate'], values: reasons.map((r) => r.recoveryRate), format: f.percent, tone: 'accent' },
      countColumn(t['report.series.failed'], reasons.map((r) => r.failed), 'muted'),
      countColumn(t['report.series.recovered'], reasons.map((r) => r.recovered), 'success'),
      countColumn(t['report.series.lost'], reasons.map((r) => r.lost), 'danger'),
      countColumn(t['report.series.open'], reasons.map((r) => r.open), 'muted'),
    ],
    plotted: [0],
    axis: (v) => f.percent(v),
    summary:
      topReason && bestReason
        ? t['report.summary.reasons']({
            top: reasonTitle(topReason.category),
            topCount: f.count(topReason.failed),
            best: reasonTitle(bestReason.category),
            bestRate: f.percent(bestReason.recoveryRate),
          })
        : t['report.summary.noData'],
  });

  const channelName = (channel: string) => (t as unknown as Record<string, string | undefined>)[`report.channel.${channel}`] ?? channel;
  const stepName = (step: string) => (t as unknown as Record<string, string | undefined>)[`report.step.${step}`] ?? step;
  const channels = report.byChannel;
  const channelLabels = channels.map((row) => t['report.channelStep']({ channel: channelName(row.channel), step: stepName(row.step) }));
  const bestChannel = extremes(channels.map((row, i) => ({ row, i })), ({ row }) => row.recovered)?.high;
  charts.push({
    id: 'channels',
    title: t['report.chart.channels'],
    kind: 'bars',
    labelHeader: t['report.column.channel'],
    labels: channelLabels,
    columns: [
      countColumn(t['report.series.recovered'], channels.map((row) => row.recovered), 'success'),
      countColumn(t['report.series.sent'], channels.map((row) => row.sent), 'muted'),
      countColumn(t['report.series.opened'], channels.map((row) => row.opened), 'accent'),
    ],
    plotted: [0],
    axis: (v) => f.count(v),
    summary: bestChannel
      ? t['report.summary.channels']({ best: channelLabels[bestChannel.i]!, recovered: f.count(bestChannel.row.recovered), sent: f.count(bestChannel.row.sent) })
      : t['report.summary.noData'],
  });

  const outcomeName = (outcome: string) => (t as unknown as Record<string, string | undefined>)[`report.outcome.${outcome}`] ?? outcome;
  const outcomes = report.byOutcome;
  const topOutcome = extremes(outcomes, (row) => row.count)?.high;
  const outcomeCurrencies = [...new Set(outcomes.flatMap((row) => row.amounts.map((a) => a.currency)))];
  charts.push({
    id: 'outcomes',
    title: t['report.chart.outcomes'],
    kind: 'bars',
    labelHeader: t['report.column.outcome'],
    labels: outcomes.map((row) => outcomeName(row.outcome)),
    columns: [
      countColumn(t['report.series.invoices'], outcomes.map((row) => row.count), 'accent'),
      ...outcomeCurrencies.map(
        (currency): ChartColumn => ({
          label: `${t['report.series.failedAmount']} (${f.currencyCode(currency)})`,
          values: outcomes.map((row) => row.amounts.find((a) => a.currency === currency)?.failed ?? 0),
          format: (v) => f.amount(v ?? 0, currency),
          tone: 'muted',
        }),
      ),
    ],
    plotted: [0],
    axis: (v) => f.count(v),
    summary: topOutcome
      ? t['report.summary.outcomes']({ top: outcomeName(topOutcome.outcome), topCount: f.count(topOutcome.count), total: f.count(report.totals.failed) })
      : t['report.summary.noData'],
  });

  return charts;
}
