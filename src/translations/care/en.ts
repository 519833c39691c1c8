import { plural } from '../plural.js';
import type { CareTranslation } from './types.js';

const EVERY: Record<string, { one: string; other: string }> = {
  day: { one: 'day', other: 'days' },
  week: { one: 'week', other: 'weeks' },
  month: { one: 'month', other: 'months' },
  year: { one: 'year', other: 'years' },
};

/** English: the built-in language and the fallback of every locale without its own file. */
export const careEn = {
  locale: 'en',
  dir: 'ltr',
  messages: {
    'care.offers.open': 'Can’t pay right now?',
    'care.offers.title': 'Other options',
    'care.offers.intro': 'If now isn’t a good time, you don’t have to leave. You can take a break or switch to a smaller plan.',
    'care.offers.loading': 'Loading your options…',
    'care.offers.error': 'Your options couldn’t be loaded, and nothing has changed. Please try again in a moment.',
    'care.offers.none': 'There’s no other option for your subscription right now. Our support team is happy to help.',
    'care.back': 'Back',
    'care.confirm.title': 'Please check before you confirm',
    'care.working': 'Saving your choice…',
    'care.failed': 'That didn’t work, and nothing has changed. Please try again.',
    'care.refused': 'This option isn’t available for your subscription any more. Nothing has changed.',

    'care.pause.title': 'Pause your subscription',
    'care.pause.length': 'For how long?',
    'care.pause.months': ({ months }) => plural('en', months, { one: '# month', other: '# months' }),
    'care.pause.resumesOn': ({ date }) => `Billing starts again on ${date}.`,
    'care.pause.stopsService': 'Your subscription stops until then, and you won’t be charged.',
    'care.pause.keepsService': 'You can keep using the service, and you won’t be charged until then.',
    'care.pause.noAccess': 'While it’s paused, you won’t be able to use your account’s paid features.',
    'care.pause.confirm': ({ months }) => plural('en', months, { one: 'Pause for # month', other: 'Pause for # months' }),
    'care.pause.done': ({ date }) => `Your subscription is paused. Billing starts again on ${date}.`,

    'care.overdue.void': ({ amount }) => `The unpaid ${amount} will be cancelled: you won’t owe it.`,
    'care.overdue.leaveOpen': ({ amount }) => `The unpaid ${amount} is still due, and we’ll keep trying to collect it.`,

    'care.plan.title': 'Switch to a smaller plan',
    'care.plan.current': ({ plan, price }) => `You’re on ${plan} (${price}).`,
    'care.plan.choose': 'Choose a plan',
    'care.plan.option': ({ plan, price }) => `${plan}, ${price}`,
    'care.plan.billNow': ({ amount }) => `You’ll be charged ${amount} today with your payment method on file, and then at each renewal.`,
    'care.plan.nextRenewal': ({ amount, date }) => (date ? `You’ll pay ${amount} from your next bill on ${date}.` : `You’ll pay ${amount} from your next bill.`),
    'care.plan.prorate': 'Any difference for the current period is settled on your next bill.',
    'care.plan.prorateNow': 'Any difference for the current period is charged or credited right away.',
    'care.plan.confirm': ({ plan }) => `Switch to ${plan}`,
    'care.plan.done': ({ plan }) => `You’re now on ${plan}.`,

    'care.price': ({ amount, interval, count }) => {
      const unit = EVERY[interval] ?? EVERY['month']!;
      return count === 1 ? `${amount} per ${unit.one}` : `${amount} every ${count} ${unit.other}`;
    },

    'care.resume.working': 'Resuming your subscription…',
    'care.resume.done': 'Welcome back! Your subscription is active again.',

    'care.support.open': 'Contact support',
    'care.support.subject': 'Help with my payment',
    'care.support.body': ({ summary, reason, invoice, amount }) =>
      [
        'Hello,',
        '',
        'I need help with my payment.',
        '',
        `What I see: ${summary}`,
        ...(reason ? [`What the bank said: ${reason}`] : []),
        ...(invoice ? [`Invoice: ${invoice}`] : []),
        ...(amount ? [`Amount due: ${amount}`] : []),
        '',
        'Thank you',
      ].join('\n'),

    'care.receipt.paid': ({ amount }) => `${amount} was paid today.`,
    'care.receipt.next': ({ date }) => `Your next payment is on ${date}.`,

    'care.rating.question': 'How easy was this?',
    'care.rating.1': 'Very hard',
    'care.rating.2': 'Hard',
    'care.rating.3': 'Neither easy nor hard',
    'care.rating.4': 'Easy',
    'care.rating.5': 'Very easy',
    'care.rating.send': 'Send',
    'care.rating.thanks': 'Thank you for telling us.',
  },
} satisfies CareTranslation;
