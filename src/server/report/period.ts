/** Report periods in UTC: calendar months (`2026-11`) and ISO 8601 weeks (`2026-W46`, weeks start on Monday). */
import type { ReportGroupBy } from '../../protocol/report.js';

const DAY_MS = 86_400_000;

export interface Period {
  key: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  startMs: number;
  /** First ms of the next period. */
  endMs: number;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthOf(ms: number): Period {
  const d = new Date(ms);
  const startMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const endMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return { key: isoDay(startMs).slice(0, 7), start: isoDay(startMs), startMs, endMs };
}

function weekOf(ms: number): Period {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const startMs = day - weekday * DAY_MS;
  // The ISO week-numbering year is the year of the week's Thursday.
  const thursday = new Date(startMs + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, start: isoDay(startMs), startMs, endMs: startMs + 7 * DAY_MS };
}

export function periodOf(ms: number, groupBy: ReportGroupBy): Period {
  return groupBy === 'week' ? weekOf(ms) : monthOf(ms);
}

/** Every period that overlaps [fromMs, toMs), in order. */
export function periodsBetween(fromMs: number, toMs: number, groupBy: ReportGroupBy): Period[] {
  const periods: Period[] = [];
  for (let p = periodOf(fromMs, groupBy); p.startMs < toMs; p = periodOf(p.endMs, groupBy)) periods.push(p);
  return periods;
}
