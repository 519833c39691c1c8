/**
 * Locale-aware formatting shared by every translation, so locale files hold words only.
 * Every function falls back instead of throwing: odd data from a backend must not break a page.
 */

/** Display names of Stripe's card brands; they are the same in every language. */
const BRAND_NAMES: Record<string, string> = {
  amex: 'American Express',
  cartes_bancaires: 'Cartes Bancaires',
  diners: 'Diners Club',
  discover: 'Discover',
  eftpos_au: 'eftpos',
  interac: 'Interac',
  jcb: 'JCB',
  link: 'Link',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

/** Display name of a Stripe card brand; Stripe's enum is open, so unknown brands show as sent. */
export function brandName(brand: string | null): string | null {
  if (!brand || brand === 'unknown') return null;
  return BRAND_NAMES[brand] ?? brand;
}

/**
 * Intl formatters are costly to build (most of the time of composing an email went there) and
 * cheap to reuse: kept per locale and options. Bounded, as currencies come from data.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    if (formatters.size >= 256) formatters.clear();
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/** "March 2030" in the reader's locale, or `null` when month or year is missing. */
export function formatMonthYear(locale: string, month: number | null, year: number | null): string | null {
  if (month === null || year === null) return null;
  try {
    return cached(`my|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
      Date.UTC(year, month - 1, 1),
    );
  } catch {
    return null;
  }
}

/**
 * Formats an amount given in minor units. The number of minor digits comes from Intl's currency
 * data (JPY 0, USD 2, KWD 3), which matches how Stripe counts minor units.
 * Returns `null` for a currency code Intl rejects, so the message leaves the amount out.
 */
export function formatAmount(locale: string, minorUnits: number, currency: string): string | null {
  try {
    const format = cached(`c|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }));
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minorUnits / 10 ** digits);
  } catch {
    return null;
  }
}

/** "24 November 2026" in the reader's locale (UTC), or `null` for a missing or invalid date. */
export function formatDate(locale: string, value: Date | string | number | null | undefined): string | null {
  if (value == null) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
  } catch {
    return null;
  }
}
