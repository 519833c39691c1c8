/**
 * The report's query, from `handler.recoveryReport({ from, to, groupBy })` or `GET /report?from=&to=&groupBy=`:
 * pure validation with a reason a merchant can act on. Defaults: the last 13 months by month.
 */
import { REPORT_GROUP_BY, REPORT_MAX_MONTHS, type ReportGroupBy } from '../../protocol/report.js';
import { isoDay } from './period.js';

export interface ReportRequest {
  from?: string;
  to?: string;
  groupBy?: ReportGroupBy | string;
}

export type ParsedQuery = { ok: true; from: string; to: string; groupBy: ReportGroupBy } | { ok: false; reason: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as UTC ms when `value` is a real `YYYY-MM-DD` day, else null. */
function dayMs(value: string): number | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(ms) === value ? ms : null;
}

/** The same day `months` earlier (clamped to the month's end: 31 March − 1 month = 28/29 February). */
function monthsBefore(ms: number, months: number): number {
  const d = new Date(ms);
  const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1);
  const t = new Date(target);
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

export function parseReportQuery(input: ReportRequest, now: number): ParsedQuery {
  const groupBy = input.groupBy ?? 'month';
  if (!(REPORT_GROUP_BY as readonly string[]).includes(groupBy)) return { ok: false, reason: 'groupBy must be "month" or "week".' };
  const toMs = input.to === undefined ? dayMs(isoDay(now)) : dayMs(String(input.to));
  if (toMs === null) return { ok: false, reason: 'to must be a date as YYYY-MM-DD.' };
  const fromMs = input.from === undefined ? Date.UTC(new Date(toMs).getUTCFullYear(), new Date(toMs).getUTCMonth() - (REPORT_MAX_MONTHS - 1), 1) : dayMs(String(input.from));
  if (fromMs === null) return { ok: false, reason: 'from must be a date as YYYY-MM-DD.' };
  if (toMs < fromMs) return { ok: false, reason: 'to must not be before from.' };
  if (fromMs < monthsBefore(toMs, REPORT_MAX_MONTHS)) return { ok: false, reason: `The range can span at most ${REPORT_MAX_MONTHS} months.` };
  return { ok: true, from: isoDay(fromMs), to: isoDay(toMs), groupBy: groupBy as ReportGroupBy };
}

/** The query of `GET /report`: each parameter at most once, nothing unknown. */
export function queryFromUrl(url: URL): ReportRequest | string {
  const known = new Set(['from', 'to', 'groupBy', 'format']);
  const out: ReportRequest = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (!known.has(key)) return `Unknown parameter ${JSON.stringify(key.slice(0, 40))}: use from, to, groupBy, format.`;
    if (url.searchParams.getAll(key).length > 1) return `Give ${key} once.`;
  }
  for (const key of ['from', 'to', 'groupBy'] as const) {
    const value = url.searchParams.get(key);
    if (value !== null) out[key] = value;
  }
  return out;
}
