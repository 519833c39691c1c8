/**
 * A catalog loaded per locale on demand (the report's, the care words'): English built in, every
 * other locale its own chunk. Regional variants read their language's file (`es-419` → `es`,
 * `fr-CA` → `fr`), whose words they share; dates and numbers still follow the page's own tag.
 * Each catalog keeps its literal `import()` list, so the bundler makes one chunk per file.
 */
import { loadOnce } from './load-once.js';
import { matchLocale, type Locale } from './match.js';

export interface LazyCatalog<T> {
  /** Locales with a file of their own, English first. */
  locales: readonly Locale[];
  /** The translation for a tag; English when there is none or its chunk fails to load (retried next time). */
  load(requested: unknown): Promise<T>;
}

export function lazyCatalog<T>(loaders: Partial<Record<Locale, () => Promise<T>>>, english: T): LazyCatalog<T> {
  const localeOf = (requested: unknown): Locale => {
    const locale = matchLocale(requested);
    if (loaders[locale]) return locale;
    const language = locale.split('-')[0] as Locale;
    return loaders[language] ? language : 'en';
  };
  const loadLocale = loadOnce((locale: Locale) => loaders[locale]!(), english);
  return {
    locales: ['en', ...(Object.keys(loaders) as Locale[])],
    load(requested) {
      const locale = localeOf(requested);
      return loaders[locale] ? loadLocale(locale) : Promise.resolve(english);
    },
  };
}
