/**
 * The shapes of `paymend/notify`: one message, composed for each channel from the same catalog the
 * banner uses (`paymend/explain` and the translations). DOM-free: the handler sends these, and a
 * merchant who sends mail themselves can compose the very same text.
 */
import type { Status } from '../protocol/index.js';
import type { Tone } from './tone.js';

export const NOTIFY_CHANNELS = ['email', 'sms', 'in_app'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/**
 * The moments a message is sent for. Stripe marks most of them with an event; `reminder` and
 * `access_ends` are follow-ups that no event marks (delayed jobs).
 * - `failed`: the first failed attempt of a renewal (`invoice.payment_failed`, attempt 1)
 * - `action_required`: the bank asks the customer to confirm (`invoice.payment_action_required`)
 * - `expiring`: the card will not last until the next charge (`invoice.upcoming`)
 * - `final`: the last retry failed, or the wall turned hard
 * - `reminder`: N days after the first notice, if nothing changed
 * - `access_ends`: the day before access ends
 * - `recovered`: the thank-you (`invoice.paid` after a failure)
 */
export const NOTIFY_STEPS = ['failed', 'action_required', 'expiring', 'final', 'reminder', 'access_ends', 'recovered'] as const;
export type NotifyStep = (typeof NOTIFY_STEPS)[number];

export interface MerchantIdentity {
  /** Shown as the sender and in the text ("Acme Analytics"). */
  name: string;
  /** Where a customer gets help: at least one is named in every message. */
  supportUrl?: string | null;
  supportEmail?: string | null;
}

export interface ComposeInput {
  step: NotifyStep;
  channel: NotifyChannel;
  /** The customer's billing status when the message is composed. */
  status: Status;
  /** BCP 47, e.g. the customer's first `preferred_locales` entry; falls back like the banner. */
  locale?: string | null;
  /** The signed update link (or the merchant's own page). Always included. */
  link: string;
  merchant: MerchantIdentity;
  /** Used in email greetings only: an SMS never carries a name, an amount or card digits. */
  customerName?: string | null;
  /** For `recovered`: what was paid, and when the next charge is. */
  recovered?: { amount: { value: number; currency: string }; paidAt: string; nextChargeAt?: string | null } | null;
  /** For `expiring`: the next charge (e.g. `invoice.upcoming`'s date), which the card will not last until. */
  nextChargeAt?: string | null;
  /** The moment to compose at (ms since epoch); default now. */
  now?: number;
}

interface ComposedBase {
  step: NotifyStep;
  /** The locale the text is in (after fallback), and its direction. */
  locale: string;
  dir: 'ltr' | 'rtl';
  link: string;
  /** How the failure reads (soft, hard, neutral); `neutral` for steps without a failure. */
  tone: Tone;
}

export interface ComposedEmail extends ComposedBase {
  channel: 'email';
  subject: string;
  /** A whole HTML document with `lang`/`dir`; every dynamic value escaped. */
  html: string;
  /** The plain-text part: the same message. */
  text: string;
}

export interface ComposedSms extends ComposedBase {
  channel: 'sms';
  /** Short; no amount, no card digits, no name. */
  text: string;
}

export interface ComposedInApp extends ComposedBase {
  channel: 'in_app';
  title: string;
  body: string;
}

export type ComposedMessage = ComposedEmail | ComposedSms | ComposedInApp;
