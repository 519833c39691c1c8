import { en } from './en.js';
import type { Translation } from './types.js';

/** British English: English with British spelling and terms, so only the differences are here. */
const enGB = {
  locale: 'en-GB',
  dir: 'ltr',
  messages: {
    ...en.messages,
    'state.processing.body': ({ amount }) =>
      `${amount ? `Your payment of ${amount}` : 'Your payment'} is being processed by your bank. This can take a few working days, and there’s nothing you need to do.`,
    'decline.incorrect_address.body':
      'The postcode or address doesn’t match what your bank has on file. Please enter it exactly as your bank has it.',
    'decline.debit_not_authorized.title': 'The Direct Debit wasn’t authorised',
    'decline.debit_not_authorized.body':
      'Your bank says the Direct Debit wasn’t authorised or was disputed. Please use a different payment method, or ask your bank to allow it.',
    'form.microdeposits': ({ date }) =>
      `Check your bank account ${date ? `around ${date}` : 'in 1–2 working days'}: we’re sending a small deposit to it. Follow the link to enter what it shows, and your bank account will be used from then on. Until then, your payment method on file stays as it is.`,
  },
} satisfies Translation;

export default enGB;
