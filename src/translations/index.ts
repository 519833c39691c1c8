import { en } from './en.js';
import type { Translation } from './types.js';

export type { MessageKey, Messages, Translation } from './types.js';
export { en };

/**
 * Loaders of the non-English locales, keyed by lowercase BCP 47 tag. English is bundled because it
 * is the fallback; other locales are loaded on demand, e.g. `de: () => import('./de.js').then(m => m.de)`.
 */
const loaders: Record<string, () => Promise<Translation>> = {};

/** Best available tag for a requested language: exact match, then the bare language, then `en`. */
export function matchLocale(requested: string | null | undefined): string {
  const tag = (requested ?? '').trim().toLowerCase();
  if (tag in loaders) return tag;
  const language = tag.split('-')[0] ?? '';
  if (language in loaders) return language;
  return en.locale;
}

/** The translation for a requested language; falls back to English if it is missing or fails to load. */
export async function loadTranslation(requested: string | null | undefined): Promise<Translation> {
  const load = loaders[matchLocale(requested)];
  if (!load) return en;
  try {
    return await load();
  } catch {
    return en;
  }
}

/**
 * Locale for `Intl`: the page's own tag (for its regional formats, e.g. en-GB dates) when it is
 * valid and in the translation's language, else the translation's locale, so an English fallback
 * never shows a German month name.
 */
export function formattingLocale(requested: string | null | undefined, translation: Translation): string {
  if (!requested) return translation.locale;
  try {
    const [canonical] = Intl.getCanonicalLocales(requested);
    const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
    if (canonical && language(canonical) === language(translation.locale)) return canonical;
  } catch {
    // An invalid tag such as lang="en_US!" falls through to the translation's locale.
  }
  return translation.locale;
}
