/**
 * Which locale serves a BCP 47 tag: pure data and matching, nothing loaded, so callers that only
 * need the language or the direction (the form picking a Stripe Elements locale) stay small.
 */

/** Every locale Paymend speaks, English included. */
export const LOCALES = [
  'en', 'ar', 'bg', 'cs', 'da', 'de', 'el', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'he', 'hr', 'hu', 'id', 'it',
  'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-TW',
] as const;
export type Locale = (typeof LOCALES)[number];

/** Right-to-left languages, known without loading their module. */
const RTL = new Set(['ar', 'he']);

/** Tags that name a language by another code, or a region that writes like another locale. */
const ALIASES: Record<string, Locale> = {
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  in: 'id',
  tl: 'fil',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hans': 'zh',
  'zh-cn': 'zh',
  'zh-sg': 'zh',
  'pt-pt': 'pt',
  'es-es': 'es',
  'en-us': 'en',
  'en-ca': 'en',
};

/** English regions that spell like British English. */
const BRITISH_ENGLISH = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'za', 'in', 'sg', 'hk', 'mt']);

/** The canonical form of a tag (`en_gb` → `en-GB`), or null when it is not a valid tag. */
export function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Best available locale for a BCP 47 tag: the exact locale, an alias (`no` → `nb`, `zh-HK` →
 * `zh-TW`), the language's regional family (`es-MX` → `es-419`, `en-AU` → `en-GB`), the bare
 * language (`de-AT` → `de`), then English. Never throws, whatever it is given.
 */
export function matchLocale(requested: unknown): Locale {
  if (typeof requested !== 'string' || requested.trim() === '') return 'en';
  const tag = canonical(requested.trim());
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language = '', ...rest] = lower.split('-');
  // Script subtags decide Chinese: zh-Hant-* is traditional, zh-Hans-* simplified.
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  for (const candidate of [lower, script && `${language}-${script}`, region && `${language}-${region}`, language]) {
    if (candidate && ALIASES[candidate]) return ALIASES[candidate];
  }
  if (language === 'es' && region && region !== 'es') return 'es-419';
  if (language === 'en' && region && BRITISH_ENGLISH.has(region)) return 'en-GB';
  if (language === 'fr' && region === 'ca') return 'fr-CA';
  if (language === 'pt' && region === 'br') return 'pt-BR';
  return LOCALES.find((l) => l === language) ?? 'en';
}

/** Text direction of a tag, without loading anything. */
export function directionOf(requested: unknown): 'ltr' | 'rtl' {
  return RTL.has(matchLocale(requested).split('-')[0]!) ? 'rtl' : 'ltr';
}

