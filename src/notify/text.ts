/**
 * Text made safe for each channel. Customer names and merchant strings are data from outside
 * (a Stripe customer's name is whatever was typed into a checkout): they are escaped for HTML and
 * cleaned for single-line text, and an SMS is kept GSM-friendly and short.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. The one copy: reuse it. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

// Control characters (C0, DEL, C1), line and paragraph separators, and the bidi embeddings,
// overrides and isolates: none belongs in a name, and each can break a line, a header or the
// reading order of the text around it.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+/g;

/**
 * One line of plain text from outside data: unsafe characters become spaces, runs of white space
 * one space, and anything past `max` characters is cut with an ellipsis (at a code point, never
 * inside a surrogate pair).
 */
export function singleLine(value: unknown, max = 200): string {
  const text = String(value ?? '').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max < 1 ? '' : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// Typography with a GSM 03.38 equivalent: one character outside the GSM alphabet turns a whole
// SMS into UCS-2, which cuts a segment from 160 to 70 characters.
const GSM_REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u00b7': '-',
};

/** Replaces typographic punctuation with GSM 7-bit equivalents; other characters stay as they are. */
export function gsmFriendly(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033\u00ab\u00bb\u2010-\u2014\u2212\u2026\u00a0\u202f\u2009\u00b7]/g, (c) => GSM_REPLACEMENTS[c]!);
}

// The GSM 03.38 basic alphabet, and the extension table (each of those costs two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Whether the text fits the GSM 7-bit alphabet (one SMS segment holds 160 such characters). */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM_BASIC.includes(char) && !GSM_EXTENDED.includes(char)) return false;
  return true;
}

/** How many SMS segments the text takes: GSM 7-bit (160, or 153 each when split) or UCS-2 (70, or 67). */
export function smsSegments(text: string): number {
  if (isGsm7(text)) {
    let septets = 0;
    for (const char of text) septets += GSM_EXTENDED.includes(char) ? 2 : 1;
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
}

/**
 * Joins sentences with a space, except after a Chinese or Japanese full stop, which carries its own
 * spacing (the rule `paymend/explain` joins the banner's sentences by).
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, next) => (text === '' ? next : /[。！？]$/.test(text) ? text + next : `${text} ${next}`), '');
}
