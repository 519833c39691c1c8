import { en } from './en.js';
import type { Translation } from './types.js';

/** British English: English with British spelling and terms, so only the differences are here. */
const enGB = {
  locale: 'en-GB',
  dir: 'ltr',
  messages: {
    ...en.messages,
    'decline.incorrect_address.body':
      'The postcode or address doesn’t match what your bank has on file. Please enter it exactly as your bank has it.',
    'decline.debit_not_authorized.title': 'The Direct Debit wasn’t authorised',
    'decline.debit_not_authorized.body':
      'Your bank says the Direct Debit wasn’t authorised or was disputed. Please use a different payment method, or ask your bank to allow it.',
  },
} satisfies Translation;

export default enGB;
