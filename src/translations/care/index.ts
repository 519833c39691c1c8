/**
 * The offers', support's and thank-you's translations (`./types.ts`), loaded per locale on demand,
 * only when one of them shows. Three locales read the file of their language, whose words they
 * share: `en-GB` English, `es-419` Spanish, `fr-CA` French (dates and numbers still follow the tag).
 */
import { lazyCatalog } from '../lazy-catalog.js';
import type { Locale } from '../match.js';
import { careEn } from './en.js';
import type { CareTranslation } from './types.js';

export type { BillingInterval, CareMessageKey, CareMessages, CareTranslation } from './types.js';
export { careEn };

const LOADERS: Partial<Record<Locale, () => Promise<CareTranslation>>> = {
  // Every locale the report speaks; a locale added to `../match.ts` reads English until its file lands here.
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

const catalog = lazyCatalog(LOADERS, careEn);

/** Locales with a care file of their own (test/server/care-translations.test.ts holds it to the report's list). */
export const CARE_LOCALES: readonly Locale[] = catalog.locales;

/** The care translation for a tag; English when there is none or its chunk fails to load (retried next time). */
export function loadCareTranslation(requested: unknown): Promise<CareTranslation> {
  return catalog.load(requested);
}
