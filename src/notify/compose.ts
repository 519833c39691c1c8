/**
 * `composeMessage`: one message for one step, on one channel, in the customer's language.
 *
 * Two steps, like `src/server/derive.ts`: `messageContent` decides what the message says
 * (channel-free plain text: subject, opening line, the banner's explanation, the tone, what to do)
 * and each channel then lays that content out (`emailHtml` for the HTML part). Why a payment failed
 * is always the banner's own sentence (`explainStatus` / `explainWith` over the browser
 * translations): notify strings add only what a message needs around it.
 *
 * Pure and synchronous: no clock of its own (`input.now`), no I/O, the same input gives the same text.
 */
import { describeCard, explainStatus } from '../explain/index.js';
import type { Status } from '../protocol/index.js';
import { formatAmount, formatDate } from '../translations/format.js';
import { formattingLocale } from '../translations/index.js';
import type { Translation } from '../translations/types.js';
import { catalogTranslationFor } from './catalog-translations.js';
import { emailHtml } from './email-html.js';
import { notifyStringsFor } from './strings/index.js';
import type { NotifyMessages } from './strings/types.js';
import { gsmFriendly, joinSentences, singleLine } from './text.js';
import { toneOf, type Tone } from './tone.js';
import type { ComposeInput, ComposedMessage, NotifyStep } from './types.js';

/** What a message says, before any channel lays it out. Every string is plain text, not yet escaped. */
export interface MessageContent {
  step: NotifyStep;
  locale: string;
  dir: 'ltr' | 'rtl';
  tone: Tone;
  merchant: string;
  subject: string;
  /** Greeting line of an email ("Hi Ada,"). */
  greeting: string;
  /** The message itself: the opening line first, then the explanation and what to do. */
  paragraphs: string[];
  link: string;
  /** The button's label, and the line above the written-out link. */
  cta: string;
  linkFallback: string;
  /** How to reach support, when the merchant named a way; `sentence` contains `contact`. */
  support: { contact: string; href: string; sentence: string } | null;
  footer: string;
  messages: NotifyMessages;
}

const FAILURE_STEPS: ReadonlySet<NotifyStep> = new Set(['failed', 'final', 'reminder', 'access_ends']);

/** Composes the message. Throws a TypeError only for a link that is not an http(s) URL. */
export function composeMessage(input: ComposeInput): ComposedMessage {
  // An SMS says no more than its one line: the explanation (and its Intl formatting, most of the
  // cost of composing) is left out for it.
  const content = messageContent(input, { paragraphs: input.channel !== 'sms' });
  const base = { step: content.step, locale: content.locale, dir: content.dir, link: content.link, tone: content.tone };
  switch (input.channel) {
    case 'email':
      return { ...base, channel: 'email', subject: content.subject, html: emailHtml(content), text: emailText(content) };
    case 'sms':
      return { ...base, channel: 'sms', text: smsText(content) };
    case 'in_app':
      return {
        ...base,
        channel: 'in_app',
        title: content.subject,
        body: joinSentences([...content.paragraphs, ...(content.support ? [content.support.sentence] : [])]),
      };
  }
}

/**
 * The channel-free content of a message: every decision about wording is made here.
 * `paragraphs: false` skips the body (subject, link, support and footer only), for the SMS.
 */
export function messageContent(input: ComposeInput, options: { paragraphs?: boolean } = {}): MessageContent {
  const link = checkedLink(input.link);
  const strings = notifyStringsFor(input.locale);
  // An untranslated locale reads wholly in English rather than half in each language.
  const requested = strings.untranslated ? 'en' : input.locale;
  const t = catalogTranslationFor(requested);
  const m = strings.messages;
  const locale = formattingLocale(requested, t);
  const now = input.now ?? Date.now();
  const merchant = singleLine(input.merchant.name, 80) || new URL(link).hostname;
  const name = singleLine(input.customerName, 80);
  const tone = FAILURE_STEPS.has(input.step) ? toneOf(input.status.failure) : 'neutral';
  const support = supportContact(input.merchant, m);
  const confirm = input.step === 'action_required' || (input.step !== 'recovered' && input.status.state === 'action_required');

  return {
    step: input.step,
    locale: t.locale,
    dir: t.dir,
    tone,
    merchant,
    subject: m[`subject.${input.step}`]({ merchant }),
    greeting: name ? m['email.greeting']({ name }) : m['email.greetingNoName'],
    paragraphs: options.paragraphs === false ? [] : paragraphs(input, { t, m, locale, now, merchant, tone }),
    link,
    cta: input.step === 'recovered' ? m['email.cta.view'] : confirm ? m['email.cta.confirm'] : m['email.cta.update'],
    linkFallback: m['email.linkFallback'],
    support,
    footer: m['email.footer']({ merchant }),
    messages: m,
  };
}

interface Context {
  t: Translation;
  m: NotifyMessages;
  locale: string;
  now: number;
  merchant: string;
  tone: Tone;
}

/** The opening line, then per step what happened (the banner's words) and what to do about it. */
function paragraphs(input: ComposeInput, c: Context): string[] {
  const { m, merchant } = c;
  const lead = m[`lead.${input.step}`]({ merchant });
  const status = input.status;
  switch (input.step) {
    case 'recovered': {
      const r = input.recovered;
      const amount = r ? formatAmount(c.locale, r.amount.value, r.amount.currency) : null;
      const paidAt = formatDate(c.locale, r?.paidAt);
      const next = formatDate(c.locale, r?.nextChargeAt);
      const details = [
        ...(amount && paidAt ? [m['recovered.paid']({ amount, date: paidAt })] : []),
        ...(next ? [m['recovered.next']({ date: next })] : []),
      ];
      return [lead, ...(details.length ? [joinSentences(details)] : [])];
    }
    case 'expiring': {
      const date = formatDate(c.locale, input.nextChargeAt);
      const card = describeCard(c.t, status.paymentMethod) ?? c.t.messages['card.generic'];
      const detail = date ? m['expiring.before']({ card, date }) : banner(status, c);
      return [lead, ...(detail ? [detail] : [])];
    }
    case 'action_required': {
      const detail = banner(status, c);
      return [lead, ...(detail ? [detail] : [])];
    }
    case 'access_ends': {
      // The end of access is this step's own sentence, so the banner's copy of it is left out.
      const detail = banner({ ...status, access: { ...status.access, endsAt: null } }, c);
      const endsAt = status.access.endsAt ? Date.parse(status.access.endsAt) : NaN;
      const ends = endsAt > c.now ? formatDate(c.locale, status.access.endsAt) : null;
      return [lead, ...failureParagraphs(detail, c), ...(ends ? [m['accessEnds.when']({ date: ends })] : [])];
    }
    case 'reminder':
      return [lead, ...failureParagraphs(banner(status, c), c), m['reminder.still']];
    case 'failed':
    case 'final':
      return [lead, ...failureParagraphs(banner(status, c), c)];
  }
}

/** The banner's explanation of the status, sentence for sentence; null when the status is ok. */
function banner(status: Status, c: Context): string | null {
  return explainStatus(c.t, status, { locale: c.locale, now: c.now })?.body ?? null;
}

/** The banner's explanation followed by the tone's sentence, as one paragraph. */
function failureParagraphs(detail: string | null, c: Context): string[] {
  const tone = c.tone === 'soft' ? c.m['tone.soft'] : c.tone === 'hard' ? c.m['tone.hard'] : null;
  const sentences = [detail, tone].filter((s): s is string => Boolean(s));
  return sentences.length ? [joinSentences(sentences)] : [];
}

/**
 * The merchant's support contact: an address (as a mailto link) or an http(s) URL. Anything else
 * (a `javascript:` URL, an address with spaces) is left out rather than linked.
 */
function supportContact(merchant: ComposeInput['merchant'], m: NotifyMessages): MessageContent['support'] {
  const email = singleLine(merchant.supportEmail, 254);
  const url = singleLine(merchant.supportUrl, 2048);
  let contact: string | null = null;
  let href: string | null = null;
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) {
    contact = email;
    href = `mailto:${email}`;
  } else if (isHttpUrl(url)) {
    contact = url;
    href = url;
  }
  return contact && href ? { contact, href, sentence: m['email.support']({ contact }) } : null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function checkedLink(link: unknown): string {
  if (typeof link !== 'string' || !isHttpUrl(link) || /\s/.test(link)) {
    throw new TypeError('composeMessage: `link` must be an http(s) URL');
  }
  return link;
}

/** The plain-text part of an email: the same message, the link written out. */
function emailText(c: MessageContent): string {
  return [
    c.greeting,
    ...c.paragraphs,
    `${c.cta}: ${c.link}`,
    ...(c.support ? [c.support.sentence] : []),
    `-- \n${c.footer}`,
  ].join('\n\n');
}

/**
 * The SMS: one line with the link and, when the merchant named one, the support contact. The
 * merchant's name is cut short and the punctuation made GSM-friendly, so it fits few segments.
 */
function smsText(c: MessageContent): string {
  const merchant = singleLine(c.merchant, 30);
  const text = gsmFriendly(c.messages[`sms.${c.step}`]({ merchant, link: c.link }));
  return c.support ? `${text} ${gsmFriendly(c.messages['sms.help']({ contact: c.support.contact }))}` : text;
}
