/**
 * The report's translations, loaded per locale on demand: every locale Paymend speaks. Three read
 * the file of their language, whose words they share: `en-GB` English, `es-419` Spanish, `fr-CA`
 * French (dates and numbers still follow the page's own tag).
 */
import { lazyCatalog } from '../lazy-catalog.js';
import type { Locale } from '../match.js';
import { reportEn } from './en.js';
import type { ReportTranslation } from './types.js';

export type { ReportMessageKey, ReportMessages, ReportTranslation } from './types.js';
export { reportEn };

const LOADERS: Partial<Record<Locale, () => Promise<ReportTranslation>>> = {
  ar: () => import('./ar.js').then((m) => m.default),
  bg: () => import('./bg.js').then((m) => m.default),
  cs: () => import('./cs.js').then((m) => m.default),
  da: () => import('./da.js').then((m) => m.default),
  de: () => import('./de.js').then((m) => m.default),
  el: () => import('./el.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  et: () => import('./et.js').then((m) => m.default),
  fi: () => import('./fi.js').then((m) => m.default),
  fil: () => import('./fil.js').then((m) => m.default),
  fr: () => import('./fr.js').then((m) => m.default),
  he: () => import('./he.js').then((m) => m.default),
  hr: () => import('./hr.js').then((m) => m.default),
  hu: () => import('./hu.js').then((m) => m.default),
  id: () => import('./id.js').then((m) => m.default),
  it: () => import('./it.js').then((m) => m.default),
  ja: () => import('./ja.js').then((m) => m.default),
  ko: () => import('./ko.js').then((m) => m.default),
  lt: () => import('./lt.js').then((m) => m.default),
  lv: () => import('./lv.js').then((m) => m.default),
  ms: () => import('./ms.js').then((m) => m.default),
  mt: () => import('./mt.js').then((m) => m.default),
  nb: () => import('./nb.js').then((m) => m.default),
  nl: () => import('./nl.js').then((m) => m.default),
  pl: () => import('./pl.js').then((m) => m.default),
  pt: () => import('./pt.js').then((m) => m.default),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.default),
  ro: () => import('./ro.js').then((m) => m.default),
  ru: () => import('./ru.js').then((m) => m.default),
  sk: () => import('./sk.js').then((m) => m.default),
  sl: () => import('./sl.js').then((m) => m.default),
  sv: () => import('./sv.js').then((m) => m.default),
  th: () => import('./th.js').then((m) => m.default),
  tr: () => import('./tr.js').then((m) => m.default),
  vi: () => import('./vi.js').then((m) => m.default),
  zh: () => import('./zh.js').then((m) => m.default),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.default),
};

const catalog = lazyCatalog(LOADERS, reportEn);

/** Locales with a report file of their own. */
export const REPORT_LOCALES: readonly Locale[] = catalog.locales;

/** The report translation for a tag; English when there is none or its chunk fails to load (retried next time). */
export function loadReportTranslation(requested: unknown): Promise<ReportTranslation> {
  return catalog.load(requested);
}
