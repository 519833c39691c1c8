import type { NotifyStrings } from './types.js';

/**
 * English notification strings: the reference every other locale translates.
 *
 * For translators:
 * - Only notification wording lives here. Why a payment failed, what a state means and the
 *   amounts due come from the banner's catalog (`src/translations/<locale>.ts`) and are added by
 *   `compose.ts`: do not repeat them here.
 * - `{ merchant }` is the merchant's display name ("Acme Analytics"); amounts and dates arrive
 *   already formatted for the reader's locale; put them where your language wants them.
 * - Write the way a helpful person at the company would: calm, short sentences, no blame, no
 *   urgency tricks. Address the customer as your language does in friendly customer service.
 * - SMS (`sms.*`): one short line, at most about 120 characters before the link. Prefer characters
 *   of the GSM 7-bit alphabet where your language allows (straight apostrophe ' not ’, no "…",
 *   no {}[]~^|\ ): one non-GSM character makes the whole SMS UCS-2, which halves its length.
 *   Never add an amount, card digits or a name: phone numbers change hands.
 * - `page.*` are the hosted update page a link opens, `email.*` the parts of every email.
 */
export const en = {
  locale: 'en',
  messages: {
    'subject.failed': ({ merchant }) => `Your ${merchant} payment didn’t go through`,
    'subject.action_required': ({ merchant }) => `Please confirm your ${merchant} payment`,
    'subject.expiring': ({ merchant }) => `Your card for ${merchant} expires soon`,
    'subject.final': ({ merchant }) => `Action needed: your ${merchant} payment is still open`,
    'subject.reminder': ({ merchant }) => `Reminder: your ${merchant} payment is still open`,
    'subject.access_ends': ({ merchant }) => `Your ${merchant} access ends soon`,
    'subject.recovered': ({ merchant }) => `Thank you: your ${merchant} payment went through`,

    'lead.failed': ({ merchant }) => `We couldn’t take the latest payment for your ${merchant} subscription.`,
    'lead.action_required': ({ merchant }) => `Your bank needs you to confirm the latest payment for ${merchant}.`,
    'lead.expiring': ({ merchant }) => `The card you use for ${merchant} is about to expire.`,
    'lead.final': ({ merchant }) =>
      `We tried several times but couldn’t take the payment for your ${merchant} subscription, and we won’t try again on our own.`,
    'lead.reminder': ({ merchant }) => `A quick reminder: the payment for your ${merchant} subscription is still open.`,
    'lead.access_ends': ({ merchant }) => `Your access to ${merchant} is about to end because a payment is still open.`,
    'lead.recovered': ({ merchant }) => `Thank you! Your payment for ${merchant} went through, and your subscription is all set.`,

    // SMS: GSM 7-bit characters only (straight apostrophes), no amount, no digits, no name.
    'sms.failed': ({ merchant, link }) => `${merchant}: your payment didn't go through. Update your card here: ${link}`,
    'sms.action_required': ({ merchant, link }) => `${merchant}: your bank needs you to confirm a payment: ${link}`,
    'sms.expiring': ({ merchant, link }) => `${merchant}: your card expires before your next payment. Update it here: ${link}`,
    'sms.final': ({ merchant, link }) => `${merchant}: your payment is still open and we won't retry it. Fix it here: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: reminder, your payment is still open. Fix it here: ${link}`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: your access ends soon as a payment is open. Fix it here: ${link}`,
    'sms.recovered': ({ merchant, link }) => `${merchant}: thank you, your payment went through. Details: ${link}`,
    'sms.help': ({ contact }) => `Help: ${contact}`,

    'email.greeting': ({ name }) => `Hi ${name},`,
    'email.greetingNoName': 'Hello,',
    'email.cta.update': 'Update payment method',
    'email.cta.confirm': 'Confirm payment',
    'email.cta.view': 'View billing details',
    'email.linkFallback': 'If the button doesn’t work, copy this link into your browser:',
    'email.support': ({ contact }) => `Questions? We’re happy to help: ${contact}`,
    'email.footer': ({ merchant }) =>
      `You’re receiving this email because you have a subscription with ${merchant}. It’s about your billing, so it’s sent even if you unsubscribed from news.`,

    'tone.soft': 'This is usually temporary and nothing is wrong with your card: adding funds or trying again later often fixes it.',
    'tone.hard': 'This card can no longer be used for your subscription. Please add a different card or payment method.',

    'recovered.paid': ({ amount, date }) => `We received ${amount} on ${date}.`,
    'recovered.next': ({ date }) => `Your next payment is due on ${date}.`,
    'expiring.before': ({ card, date }) =>
      `Your ${card} expires before your next payment on ${date}. Update it now so nothing gets interrupted.`,
    'reminder.still': 'It only takes a minute to fix, and your subscription keeps running.',
    'accessEnds.when': ({ date }) => `Unless the payment is fixed, your access ends on ${date}.`,

    'page.title': ({ merchant }) => `Update your payment method · ${merchant}`,
    'page.heading': 'Update your payment method',
    'page.intro': ({ merchant }) => `Add a new card or payment method for your ${merchant} subscription. No sign-in needed.`,
    'page.done': 'All done. Thank you! You can close this page.',
    'page.invalid.title': 'This link doesn’t work',
    'page.invalid.body': 'The link may be incomplete. Please open it again from the message we sent you, or sign in to your account to update your payment method.',
    'page.expired.title': 'This link has expired',
    'page.expired.body': 'For your security, update links only work for a limited time. Please sign in to your account to update your payment method.',
    'page.used.title': 'This is already taken care of',
    'page.used.body': 'The payment this link was for has been fixed, so the link no longer works. Nothing else is needed.',
    'page.signIn': 'Sign in to your account',
    'page.help': ({ contact }) => `Need help? Contact us: ${contact}`,
    'page.noscript': 'Please turn on JavaScript to update your payment method securely.',
  },
} satisfies NotifyStrings;

export default en;
