/**
 * The report's periods as CSV, one row per period and currency (amounts are never summed across
 * currencies, so a period with two currencies has two rows, each with the period's invoice counts).
 * RFC 4180 quoting, and a cell that a spreadsheet would run as a formula is prefixed with `'`.
 */
import type { RecoveryReport } from '../../protocol/report.js';

export const CSV_HEADER = [
  'period',
  'start',
  'currency',
  'failed_invoices',
  'recovered_invoices',
  'lost_invoices',
  'open_invoices',
  'recovery_rate',
  'failed_amount_minor',
  'recovered_amount_minor',
  'median_hours_to_recover',
  'p90_hours_to_recover',
] as const;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function reportCsv(report: RecoveryReport): string {
  const lines = [CSV_HEADER.join(',')];
  for (const period of report.periods) {
    const amounts = period.amounts.length > 0 ? period.amounts : [null];
    for (const amount of amounts) {
      const row = [
        period.period,
        period.start,
        amount?.currency ?? '',
        period.failed,
        period.recovered,
        period.lost,
        period.open,
        period.recoveryRate === null ? null : Math.round(period.recoveryRate * 10_000) / 10_000,
        amount?.failed ?? 0,
        amount?.recovered ?? 0,
        period.timeToRecover.medianHours,
        period.timeToRecover.p90Hours,
      ];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
