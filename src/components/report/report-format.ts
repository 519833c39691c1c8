/**
 * Numbers, percentages, amounts, durations and periods of the report, through `Intl` in the
 * element's formatting locale. Pure and DOM-free; every function falls back instead of throwing,
 * since an odd value from a backend must not break the merchant's page.
 */
import type { ReportMessages } from '../../translations/report/types.js';

export interface ReportFormat {
  readonly locale: string;
  count(value: number): string;
  /** A share (0…1) as a percentage; `none` for `null`. */
  percent(value: number | null): string;
  /** Minor units of `currency` (lowercase ISO code), e.g. 129900 usd → "$1,299.00". */
  amount(minorUnits: number, currency: string): string;
  /** Minor units to the currency's major unit, for a chart's axis (JPY 0 digits, USD 2, KWD 3). */
  major(minorUnits: number, currency: string): number;
  /** Major units with the currency symbol, compact for an axis ("€1.2K"). */
  axisAmount(major: number, currency: string): string;
  /** Hours as hours under two days, else as days; `none` for `null`. */
  duration(hours: number | null): string;
  /** `2026-11` → "Nov 2026"; `2026-W46` (from its first day) → "Week of Nov 9, 2026". */
  period(period: string, start: string): string;
  /** An ISO day (`2026-01-31`) as a date, or the text as sent when it is not one. */
  day(isoDay: string): string;
  /** A currency code as written in text: upper case. */
  currencyCode(currency: string): string;
}

export function createReportFormat(locale: string, messages: ReportMessages): ReportFormat {
  const safe = <T>(build: () => T, fallback: T): T => {
    try {
      return build();
    } catch {
      return fallback;
    }
  };
  const tag = safe(() => Intl.getCanonicalLocales(locale)[0] ?? 'en', 'en');
  const counts = new Intl.NumberFormat(tag);
  const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const hourUnit = new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
  const dayUnit = new Intl.NumberFormat(tag, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  const monthYear = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const mediumDate = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const currencyFormats = new Map<string, Intl.NumberFormat | null>();
  const currencyFormat = (currency: string) => {
    if (!currencyFormats.has(currency)) {
      currencyFormats.set(currency, safe(() => new Intl.NumberFormat(tag, { style: 'currency', currency: currency.toUpperCase() }), null));
    }
    return currencyFormats.get(currency) ?? null;
  };
  const digits = (currency: string) => currencyFormat(currency)?.resolvedOptions().maximumFractionDigits ?? 2;
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  const parseDay = (isoDay: string) => {
    const time = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(time) ? null : time;
  };

  return {
    locale: tag,
    count: (value) => counts.format(finite(value)),
    percent: (value) => (value == null || !Number.isFinite(value) ? messages['report.none'] : percents.format(value)),
    amount: (minorUnits, currency) => {
      const format = currencyFormat(currency);
      const major = finite(minorUnits) / 10 ** digits(currency);
      return format ? format.format(major) : `${counts.format(major)} ${currency.toUpperCase()}`;
    },
    major: (minorUnits, currency) => finite(minorUnits) / 10 ** digits(currency),
    axisAmount: (major, currency) =>
      safe(
        () => new Intl.NumberFormat(tag, { style: 'currency', currency: currency.toUpperCase(), notation: 'compact' }).format(finite(major)),
        counts.format(finite(major)),
      ),
    duration: (hours) => {
      if (hours == null || !Number.isFinite(hours)) return messages['report.none'];
      return hours < 48 ? hourUnit.format(hours) : dayUnit.format(hours / 24);
    },
    period: (period, start) => {
      const time = parseDay(start);
      if (time === null) return period;
      return period.includes('W') ? messages['report.week']({ date: mediumDate.format(time) }) : monthYear.format(time);
    },
    day: (isoDay) => {
      const time = parseDay(isoDay);
      return time === null ? isoDay : mediumDate.format(time);
    },
    currencyCode: (currency) => currency.toUpperCase(),
  };
}
