import type { Translation } from './types.js';

export const en = {
  locale: 'en',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} ending in ${last4}` : brand),
    'card.generic': 'card',
    'paymentMethod.generic': 'payment method',

    'banner.expiring.title': 'Your card expires soon',
    'banner.expiring.message': ({ card, date }) =>
      `Your ${card} expires ${date ? `at the end of ${date}` : 'soon'}. ` +
      'Update it to keep your subscription running without interruption.',
    'banner.expired.title': 'Your card has expired',
    'banner.expired.message': ({ card, date }) =>
      `Your ${card} ${date ? `expired at the end of ${date}` : 'has expired'}. ` +
      'Update it to keep your subscription active.',
    'banner.failed.title': 'Your last payment didn’t go through',
    'banner.failed.message': ({ reason, amount }) =>
      amount
        ? `${reason} Update your card to pay the ${amount} due.`
        : `${reason} Update your card to keep your subscription active.`,
    'banner.action_required.title': 'Your bank needs you to confirm a payment',
    'banner.action_required.message': ({ amount }) =>
      amount
        ? `Confirm the payment of ${amount} to keep your subscription active.`
        : 'Confirm the payment to keep your subscription active.',
    'banner.updateCard': 'Update card',
    'banner.dismiss': 'Dismiss this message',

    'decline.generic': ({ card }) =>
      card ? `Your bank declined the last payment with your ${card}.` : 'Your bank declined the last payment.',
  },
} satisfies Translation;
