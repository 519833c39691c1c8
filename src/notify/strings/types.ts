/**
 * The words only notifications need (email, SMS, in-app, the hosted update page). Everything that
 * explains a decline or a billing state comes from the banner's catalog (`src/translations`,
 * through `paymend/explain`): one catalog, never a second copy of that wording.
 *
 * Like the browser translations, a message is a string, or a function of values that are already
 * formatted for the reader (amounts and dates through `Intl`); a message decides wording and word
 * order only. Counts go through `plural()` from `src/translations/plural.ts`.
 *
 * These strings live on the server: the browser's locale chunks never carry them.
 */
import type { NotifyStep } from '../types.js';

/** Values of every opening line: the merchant's display name, already made safe for the channel. */
export interface MerchantParams {
  merchant: string;
}

/** An SMS: the merchant's name and the link. Never an amount, card digits or the customer's name. */
export interface SmsParams {
  merchant: string;
  link: string;
}

/** Per step: the subject (email; the title in-app) and the opening line of the email and in-app message. */
type StepMessages = { [S in NotifyStep as `subject.${S}`]: (params: MerchantParams) => string } & {
  [S in NotifyStep as `lead.${S}`]: (params: MerchantParams) => string;
} & { [S in NotifyStep as `sms.${S}`]: (params: SmsParams) => string };

interface BaseNotifyMessages {
  /** "Hi {name}," — `name` is the customer's name as the merchant has it (escaped by the caller). */
  'email.greeting': (params: { name: string }) => string;
  /** The greeting when the name is unknown. */
  'email.greetingNoName': string;
  /** The button that opens the update page. */
  'email.cta.update': string;
  /** The button when the bank wants a confirmation (3-D Secure). */
  'email.cta.confirm': string;
  /** The button of the thank-you: nothing to fix, the link shows the billing details. */
  'email.cta.view': string;
  /** Above the link written out, for mail clients that do not show the button. */
  'email.linkFallback': string;
  /** How to reach support; `contact` is an address or a URL. */
  'email.support': (params: { contact: string }) => string;
  /** Why the customer gets this mail. */
  'email.footer': (params: { merchant: string }) => string;
  /** A short line after the SMS link naming support; `contact` is an address or a URL. */
  'sms.help': (params: { contact: string }) => string;

  /** Soft declines (not enough funds, a limit, try later): nothing is wrong with the card. */
  'tone.soft': string;
  /** Hard declines the customer fixes with another method: this card can no longer be used. */
  'tone.hard': string;

  /** The thank-you: what was paid and when. */
  'recovered.paid': (params: { amount: string; date: string }) => string;
  /** The thank-you: the next regular charge. */
  'recovered.next': (params: { date: string }) => string;
  /** The card (`card` in running text, e.g. "Visa ending in 4242") expires before the charge on `date`. */
  'expiring.before': (params: { card: string; date: string }) => string;
  /** A reminder's nudge: it is still open and quick to fix. */
  'reminder.still': string;
  /** The day access ends unless the payment is fixed. */
  'accessEnds.when': (params: { date: string }) => string;

  /** The hosted update page (rendered by `src/server/pages`); `<title>` of the document. */
  'page.title': (params: { merchant: string }) => string;
  'page.heading': string;
  'page.intro': (params: { merchant: string }) => string;
  /** After the fix: the customer can close the page. */
  'page.done': string;
  /** A forged or broken link. */
  'page.invalid.title': string;
  'page.invalid.body': string;
  /** A link past its expiry. */
  'page.expired.title': string;
  'page.expired.body': string;
  /** A link used after the problem was fixed (revoked). */
  'page.used.title': string;
  'page.used.body': string;
  /** Link text to the merchant's app, where the customer can sign in instead. */
  'page.signIn': string;
  /** `contact` is an address or a URL. */
  'page.help': (params: { contact: string }) => string;
  /** Shown when JavaScript is off: the form needs it. */
  'page.noscript': string;
}

export type NotifyMessages = BaseNotifyMessages & StepMessages;
export type NotifyMessageKey = keyof NotifyMessages;

export interface NotifyStrings {
  /** BCP 47 tag of the language the messages are written in. */
  readonly locale: string;
  readonly messages: NotifyMessages;
  /**
   * Set by a placeholder that still spreads English: the whole message is then composed in
   * English (the catalog's sentences too), never half in one language and half in another.
   * A translation removes it.
   */
  readonly untranslated?: true;
}
