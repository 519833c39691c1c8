import { en } from './en.js';
import type { NotifyStrings } from './types.js';

/**
 * British English (en-GB): English with British wording where it differs, so only the differences
 * are here, as in the banner (`src/translations/en-GB.ts`). Dates arrive as "24 November 2026".
 */
export default {
  locale: 'en-GB',
  messages: {
    ...en.messages,
    'lead.recovered': ({ merchant }) => `Thank you! Your payment for ${merchant} went through, and your subscription is all sorted.`,
    'tone.soft':
      'This is usually temporary and nothing is wrong with your card: topping up your account or trying again later often sorts it out.',
    'email.footer': ({ merchant }) =>
      `You’re receiving this email because you have a subscription with ${merchant}. It’s about your billing, so it’s sent even if you’ve unsubscribed from our newsletters.`,
    'reminder.still': 'It only takes a minute to sort out, and your subscription carries on as normal.',
    'sms.final': ({ merchant, link }) => `${merchant}: your payment is still outstanding and we won't retry it. Sort it here: ${link}`,
    'sms.reminder': ({ merchant, link }) => `${merchant}: reminder, your payment is still outstanding. Sort it here: ${link}`,
    'subject.final': ({ merchant }) => `Action needed: your ${merchant} payment is still outstanding`,
    'subject.reminder': ({ merchant }) => `Reminder: your ${merchant} payment is still outstanding`,
    'lead.access_ends': ({ merchant }) => `Your access to ${merchant} is about to end because a payment is still outstanding.`,
    'sms.access_ends': ({ merchant, link }) => `${merchant}: your access ends soon as a payment is outstanding. Sort it here: ${link}`,
    'lead.reminder': ({ merchant }) => `A quick reminder: the payment for your ${merchant} subscription is still outstanding.`,
    'accessEnds.when': ({ date }) => `Unless the payment is sorted, your access ends on ${date}.`,
    'page.used.title': 'This has already been sorted',
  },
} satisfies NotifyStrings;
