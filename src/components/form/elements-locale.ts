import type { StripeElementLocale } from '@stripe/stripe-js';
import { formattingLocale, LOCALES } from '../../translations/index.js';
import type { Translation } from '../../translations/types.js';

/**
 * Every locale Stripe Elements speaks, as Stripe spells them: each of Paymend's (Paymend speaks
 * exactly Elements' languages) plus the regional variants Elements has and Paymend folds together.
 */
const ELEMENTS_LOCALES = [...LOCALES, 'en-AU', 'en-CA', 'en-NZ', 'es-ES', 'fr-FR', 'zh-HK'];

const byLowerCase = new Map(ELEMENTS_LOCALES.map((locale) => [locale.toLowerCase(), locale]));

/**
 * The Elements locale that matches the language Paymend's own text is shown in, so the card fields
 * never speak another language than the words around them: the page's regional tag when Elements
 * has it and it is in the translation's language (`en-AU`, `fr-FR`), else the translation's locale,
 * else its bare language, else `auto`.
 */
export function elementsLocale(requested: string, translation: Translation): StripeElementLocale {
  const regional = formattingLocale(requested, translation);
  for (const candidate of [regional, translation.locale, translation.locale.split('-')[0]!]) {
    const match = byLowerCase.get(candidate.toLowerCase());
    if (match) return match as StripeElementLocale;
  }
  return 'auto';
}
