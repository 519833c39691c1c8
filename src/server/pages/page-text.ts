/**
 * The words of the hosted pages, in the language of the link: the `page.*` notify strings, the
 * document's `lang`/`dir`, the merchant's name and the support contact, all made safe for HTML.
 *
 * The document takes the link's locale (the card form follows `<html lang>`, and speaks all 41
 * locales); a locale whose notify strings are not translated yet keeps its page text in English,
 * marked `lang="en" dir="ltr"` so the page is never half in one language without saying so.
 */
import { notifyStringsFor, type NotifyMessages } from '../../notify/strings/index.js';
import { escapeHtml, singleLine } from '../../notify/text.js';
import { directionOf, matchLocale } from '../../translations/match.js';

export interface PageText {
  /** `<html lang>` and `dir`: the link's locale. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language the page's own text is in (English for a locale still untranslated). */
  textLang: string;
  textDir: 'ltr' | 'rtl';
  messages: NotifyMessages;
}

/** Pure: the page's strings for a BCP 47 tag (anything unknown reads as English). */
export function pageTextFor(locale: unknown): PageText {
  const lang = matchLocale(locale);
  const strings = notifyStringsFor(lang);
  const textLang = strings.untranslated ? 'en' : strings.locale;
  return { lang, dir: directionOf(lang), textLang, textDir: directionOf(textLang), messages: strings.messages };
}

// One copy of escaping, shared with the email: the pages only re-export it.
export { escapeHtml };

/** The merchant's name as one safe line (no control or bidi characters that could reorder the page). */
export function merchantLine(name: string | undefined): string {
  return name ? singleLine(name, 100) : '';
}

export interface SupportContact {
  url?: string | undefined;
  email?: string | undefined;
}

/**
 * The "Need help?" line as HTML: a link to the merchant's support page, else a mailto link, which
 * `prefill` may complete (the update page adds a subject and body that say what happened).
 */
export function helpHtml(text: PageText, support: SupportContact | undefined, prefill: (mailto: string) => string = (mailto) => mailto): string {
  const href = support?.url ?? (support?.email ? prefill(`mailto:${support.email}`) : null);
  const label = support?.url ?? support?.email;
  if (!href || !label) return '';
  // The sentence is translated with a placeholder; the link goes where the placeholder was.
  const marker = '\u0000contact\u0000';
  const [before = '', after = ''] = text.messages['page.help']({ contact: marker }).split(marker);
  return `${escapeHtml(before)}<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>${escapeHtml(after)}`;
}
