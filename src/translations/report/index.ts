/**
 * The report's translations, loaded per locale on demand. Locales without a report file of their
 * own (see `REPORT_LOCALES`) read the report in English, with the page's own number and date formats.
 */
import { matchLocale, type Locale } from '../match.js';
import { reportEn } from './en.js';
import type { ReportTranslation } from './types.js';

export type { ReportMessageKey, ReportMessages, ReportTranslation } from './types.js';
export { reportEn };

const LOADERS: Partial<Record<Locale, () => Promise<ReportTranslation>>> = {
  ar: () => import('./ar.js').then((m) => m.default),
  de: () => import('./de.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  fr: () => import('./fr.js').then((m) => m.default),
  ja: () => import('./ja.js').then((m) => m.default),
};

/** Locales the report is written in; the rest fall back to English. */
export const REPORT_LOCALES: readonly Locale[] = ['en', ...(Object.keys(LOADERS) as Locale[])];

/** Regional variants read their language's file (`es-419` → `es`, `fr-CA` → `fr`). */
function reportLocaleOf(requested: unknown): Locale {
  const locale = matchLocale(requested);
  if (LOADERS[locale]) return locale;
  const language = locale.split('-')[0] as Locale;
  return LOADERS[language] ? language : 'en';
}

const loaded = new Map<Locale, Promise<ReportTranslation>>();

/** The report translation for a tag; English when there is none or its chunk fails to load (retried next time). */
export function loadReportTranslation(requested: unknown): Promise<ReportTranslation> {
  const locale = reportLocaleOf(requested);
  const load = LOADERS[locale];
  if (!load) return Promise.resolve(reportEn);
  let pending = loaded.get(locale);
  if (!pending) {
    pending = load().catch(() => {
      loaded.delete(locale);
      return reportEn;
    });
    loaded.set(locale, pending);
  }
  return pending;
}
