import { warnOnce } from '../internal/log.js';
import { en } from './en.js';
import { loadOnce } from './load-once.js';
import { canonical, matchLocale, type Locale } from './match.js';
import { messagesVersion, storedMessages, type StoredMessages } from './overrides.js';
import type { Messages, Translation } from './types.js';

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

const loadLocale = loadOnce((locale: Exclude<Locale, 'en'>) => LOADERS[locale](), en);

/**
 * The translation for a tag, with the merchant's overrides (`setMessages`); English when the tag is
 * unknown or its module fails to load (then retried later).
 */
export function loadTranslation(requested: unknown): Promise<Translation> {
  const locale = matchLocale(requested);
  if (locale === 'en') return Promise.resolve(withOverrides(en));
  return loadLocale(locale).then(withOverrides);
}

/**
 * Translations written as another one's differences (en-GB.ts spreads en): the merchant's overrides
 * of that one reach them too, as its own words do.
 */
const BUILT_ON: Partial<Record<Locale, Locale>> = { 'en-GB': 'en' };

type Message = Messages[keyof Messages];
type Override = string | ((params: never) => unknown);

/** A `setMessages` call, checked: the locale it attaches to (null: an invalid tag) and its valid overrides. */
interface Checked {
  locale: Locale | null;
  overrides: Map<string, Override>;
}

const applied = new WeakMap<Translation, { version: number; translation: Translation }>();
const checked = new WeakMap<StoredMessages, Checked>();

/**
 * `translation` with the merchant's current overrides (`setMessages`) for its locale, and for the
 * translation it is built on, applied; the same object while they do not change. Without any, the
 * translation itself.
 */
export function withOverrides(translation: Translation): Translation {
  const version = messagesVersion();
  const cached = applied.get(translation);
  if (cached?.version === version) return cached.translation;
  const locale = translation.locale as Locale;
  const chain = [BUILT_ON[locale], locale].filter((link) => link !== undefined);
  const messages: Record<string, Message> = { ...translation.messages };
  let changed = false;
  for (const link of chain) {
    for (const call of storedMessages()) {
      const { locale: target, overrides } = checkedCall(call);
      if (target !== link) continue;
      for (const [key, value] of overrides) {
        messages[key] = typeof value === 'function' ? guarded(key, value, translation.messages[key as keyof Messages]) : value;
        changed = true;
      }
    }
  }
  const result = changed ? { ...translation, messages: messages as unknown as Messages } : translation;
  applied.set(translation, { version, translation: result });
  return result;
}

/**
 * What English has a place for: a valid tag, and per key a known key with a string where English has
 * a string, a function where it has a function. Anything else is dropped with one warning per
 * mistake (each call is checked once, however many translations it reaches).
 */
function checkedCall(call: StoredMessages): Checked {
  let result = checked.get(call);
  if (result) return result;
  const tag = typeof call.tag === 'string' ? canonical(call.tag.trim()) : null;
  const given = call.messages;
  result = { locale: tag ? matchLocale(tag) : null, overrides: new Map() };
  checked.set(call, result);
  if (!tag) {
    warnOnce(null, `setMessages ignored: ${JSON.stringify(call.tag)} is not a language tag`);
    return result;
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    warnOnce(null, `setMessages('${tag}') ignored: messages must be an object of catalog keys`);
    return result;
  }
  for (const [key, value] of Object.entries(given)) {
    const reference = Object.hasOwn(en.messages, key) ? en.messages[key as keyof Messages] : undefined;
    if (reference === undefined) {
      warnOnce(null, `setMessages('${tag}') ignored "${key}": not a Paymend message key`);
    } else if (typeof value !== typeof reference) {
      warnOnce(null, `setMessages('${tag}') ignored "${key}": expected a ${typeof reference}, got ${value === null ? 'null' : typeof value}`);
    } else {
      result.overrides.set(key, value as Override);
    }
  }
  return result;
}

/**
 * A merchant's message function that throws or returns something other than a string must not break
 * the element that renders it: the translation's own message stands in (and the mistake is warned once).
 */
function guarded(key: string, override: (params: never) => unknown, fallback: Message): Message {
  const standIn = fallback as (params: unknown) => string;
  // warnOnce remembers objects, not functions: this one stands for the mistake in this override.
  const mistake = { key };
  return ((params: unknown) => {
    let text: unknown;
    try {
      text = override(params as never);
    } catch (error) {
      text = error;
    }
    if (typeof text === 'string') return text;
    warnOnce(mistake, `the message override "${key}" did not return a string; using Paymend's own wording`);
    return standIn(params);
  }) as Message;
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
