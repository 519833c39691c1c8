import { en } from './en.js';
import { canonical, matchLocale, type Locale } from './match.js';
import type { Translation } from './types.js';

export type { MessageKey, Messages, Translation } from './types.js';
export { plural, type PluralForms } from './plural.js';
export { en };
export { LOCALES, directionOf, matchLocale, type Locale } from './match.js';

/**
 * Every language of Stripe Elements. English is bundled because it is the fallback; every other
 * locale is its own module, loaded on demand, so a page carries only the language it shows.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Translation>> = {
  ar: () => import('./ar.js').then((m) => m.default),
  bg: () => import('./bg.js').then((m) => m.default),
  cs: () => import('./cs.js').then((m) => m.default),
  da: () => import('./da.js').then((m) => m.default),
  de: () => import('./de.js').then((m) => m.default),
  el: () => import('./el.js').then((m) => m.default),
  'en-GB': () => import('./en-GB.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  'es-419': () => import('./es-419.js').then((m) => m.default),
  et: () => import('./et.js').then((m) => m.default),
  fi: () => import('./fi.js').then((m) => m.default),
  fil: () => import('./fil.js').then((m) => m.default),
  fr: () => import('./fr.js').then((m) => m.default),
  'fr-CA': () => import('./fr-CA.js').then((m) => m.default),
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

const loaded = new Map<string, Promise<Translation>>();

/** The translation for a tag; English when it is unknown or its module fails to load (then retried later). */
export function loadTranslation(requested: unknown): Promise<Translation> {
  const locale = matchLocale(requested);
  if (locale === 'en') return Promise.resolve(en);
  const load = LOADERS[locale];
  let pending = loaded.get(locale);
  if (!pending) {
    pending = load().catch(() => {
      loaded.delete(locale);
      return en;
    });
    loaded.set(locale, pending);
  }
  return pending;
}

/**
 * Locale for `Intl`: the page's own tag (for its regional formats, e.g. en-GB dates) when it is
 * valid and in the translation's language, else the translation's locale, so an English fallback
 * never shows a German month name.
 */
export function formattingLocale(requested: unknown, translation: Translation): string {
  const tag = typeof requested === 'string' ? canonical(requested) : null;
  const language = (t: string) => t.split('-')[0]?.toLowerCase();
  return tag && language(tag) === language(translation.locale) ? tag : translation.locale;
}
