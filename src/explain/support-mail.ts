/**
 * The prefilled support email: a `mailto:` link whose subject and body tell the agent what the
 * customer sees (the plain reason, the invoice, the amount), in the customer's words and language.
 * DOM-free and pure (beside the catalog it reads from, not in notify, which the CDN bundle must not
 * carry), shared by the widgets' "Contact support" and the hosted page's "Need help?"
 * line, so both send the same message. Never a raw Stripe code or a card detail: the callers pass
 * the catalog's sentences only.
 */
import type { CareMessages } from '../translations/care/types.js';

export interface SupportMailFacts {
  /** What the customer sees, e.g. the banner's title. */
  summary: string;
  /** The plain reason (the catalog's sentence), when there is a failure. */
  reason: string | null;
  /** The invoice id, when one is concerned. */
  invoice: string | null;
  /** The amount due, formatted for the reader. */
  amount: string | null;
}

/**
 * `target` (a `mailto:` URL, with or without its own `?subject=`) with the care catalog's subject
 * and body added. What the merchant put in the URL wins: a subject they set stays. Line breaks are
 * sent as CRLF, as RFC 6068 asks of a mailto body; everything is percent-encoded (spaces as `%20`,
 * never `+`, which mail clients would show).
 */
export function supportMailto(target: string, messages: Pick<CareMessages, 'care.support.subject' | 'care.support.body'>, facts: SupportMailFacts): string {
  const [address = '', query = ''] = splitOnce(target, '?');
  const given = new Set(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => safeDecode(splitOnce(pair, '=')[0] ?? '').toLowerCase()),
  );
  const added: string[] = [];
  if (!given.has('subject')) added.push(`subject=${encodeURIComponent(messages['care.support.subject'])}`);
  if (!given.has('body')) added.push(`body=${encodeURIComponent(messages['care.support.body'](facts).replace(/\r?\n/g, '\r\n'))}`);
  const params = [query, ...added].filter(Boolean).join('&');
  return params ? `${address}?${params}` : address;
}

/** Whether `target` is an email address link (`mailto:`, any case). */
export function isMailto(target: string): boolean {
  return /^mailto:/i.test(target.trim());
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
