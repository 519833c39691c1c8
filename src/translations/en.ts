import { plural } from './plural.js';
import type { Translation } from './types.js';

/** English: the built-in language and the fallback for everything else. */
export const en = {
  locale: 'en',
  dir: 'ltr',
  messages: {
    'card.description': ({ brand, last4 }) => (last4 ? `${brand} ending in ${last4}` : brand),
    'card.generic': 'card',
    'paymentMethod.generic': 'payment method',

    'state.expiring.title': 'Your card expires soon',
    'state.expiring.body': ({ card, days, date }) =>
      `Your ${card} ${
        days === 0 ? 'expires today' : plural('en', days, { one: 'expires tomorrow', other: 'expires in # days' })
      }${date ? ` (end of ${date})` : ''}. Update it to keep your subscription running without interruption.`,
    'state.expired.title': 'Your card has expired',
    'state.expired.body': ({ card, date }) =>
      `Your ${card} ${date ? `expired at the end of ${date}` : 'has expired'}. Update it to keep your subscription active.`,
    'state.failed.title': 'Your last payment didn’t go through',
    'state.failed.body': ({ reason, amount }) =>
      amount ? `${reason} ${amount} is still due.` : reason,
    'state.action_required.title': 'Your bank needs you to confirm a payment',
    'state.action_required.body': ({ amount }) =>
      amount
        ? `Your bank wants to make sure the payment of ${amount} is really from you. It only takes a moment.`
        : 'Your bank wants to make sure the payment is really from you. It only takes a moment.',
    'state.failed.when': ({ date }) => `We first tried to take the payment on ${date}.`,
    'state.retry': ({ date }) => `We’ll try the payment again on ${date}.`,
    'state.accessEnds': ({ date }) => `Your access continues until ${date}. Update your payment details before then to keep it.`,
    'state.updated.title': 'Thank you, you’re all set',
    'state.updated.body': ({ card }) => `Your ${card} will be used for your subscription from now on.`,
    'state.recovered.body': ({ amount }) =>
      amount ? `Your payment of ${amount} went through. Thank you!` : 'Your payment went through. Thank you!',

    'state.processing.title': 'Your bank payment is on its way',
    'state.processing.body': ({ amount }) =>
      `${amount ? `Your payment of ${amount}` : 'Your payment'} is being processed by your bank. This can take a few business days, and there’s nothing you need to do.`,
    'state.missing.title': 'Add a payment method',
    'state.missing.body': ({ date }) =>
      date
        ? `Your subscription needs a payment method by ${date} to keep running.`
        : 'Your subscription is paused until a payment method is added. Add one to continue.',

    'state.paused.title': 'Your subscription is paused',
    'state.paused.body': ({ date }) =>
      date ? `You won’t be charged until ${date}, when your subscription starts again.` : 'You won’t be charged while it’s paused. Resume it whenever you’re ready.',
    'banner.updateCard': 'Update card',
    'banner.addPaymentMethod': 'Add payment method',
    'banner.resume': 'Resume now',
    'banner.confirmPayment': 'Confirm payment',
    'banner.dismiss': 'Dismiss this message',

    'decline.insufficient_funds.title': 'Not enough funds',
    'decline.insufficient_funds.body':
      'Your bank declined the payment because the account doesn’t have enough funds right now. You can add funds and try again, or use a different card.',
    'decline.expired_card.title': 'The card has expired',
    'decline.expired_card.body': 'Your bank declined the payment because the card has expired. Please add a card that is still valid.',
    'decline.incorrect_cvc.title': 'The security code didn’t match',
    'decline.incorrect_cvc.body':
      'The security code (the 3 or 4 digits on the card) didn’t match what your bank has. Please enter the card details again.',
    'decline.incorrect_number.title': 'The card number isn’t right',
    'decline.incorrect_number.body': 'The card number doesn’t seem to be correct. Please check it and enter it again.',
    'decline.incorrect_expiry.title': 'The expiry date isn’t right',
    'decline.incorrect_expiry.body': 'The expiry date doesn’t match the card. Please check the month and year on the card and enter them again.',
    'decline.incorrect_address.title': 'The billing address didn’t match',
    'decline.incorrect_address.body':
      'The postal code or address doesn’t match what your bank has on file. Please enter it exactly as your bank has it.',
    'decline.card_not_supported.title': 'This card can’t be used here',
    'decline.card_not_supported.body':
      'Your card doesn’t support this kind of payment. Please use a different card, or ask your bank to enable it.',
    'decline.currency_not_supported.title': 'The card doesn’t support this currency',
    'decline.currency_not_supported.body':
      'Your card can’t pay in this currency. Please use a different card, or ask your bank whether it can be enabled.',
    'decline.not_allowed.title': 'Your bank blocked this payment',
    'decline.not_allowed.body':
      'Your bank doesn’t allow this payment on this card. Your bank can lift the restriction, or you can use a different card.',
    'decline.payment_stopped.title': 'Payments to us were stopped',
    'decline.payment_stopped.body':
      'Your bank has been asked to stop payments to us from this card. If you want to keep your subscription, ask your bank to allow them again or use a different card.',
    'decline.limit_exceeded.title': 'The card’s limit was reached',
    'decline.limit_exceeded.body':
      'The payment would go over your card’s spending limit. You can try again once the limit resets, or use a different card.',
    'decline.call_bank.title': 'Your bank needs to hear from you',
    'decline.call_bank.body':
      'Your bank declined the payment and asks you to contact them. The number is usually on the back of your card.',
    'decline.generic.title': 'The payment was declined',
    'decline.generic.body':
      'Your bank declined the payment without telling us why. Your bank can tell you more, or you can use a different card.',
    'decline.temporary.title': 'A temporary problem',
    'decline.temporary.body':
      'Something went wrong while processing the payment, and it wasn’t your fault. Please try again in a little while.',
    'decline.duplicate.title': 'This looks like a duplicate payment',
    'decline.duplicate.body':
      'A payment with the same amount went through very recently, so your bank stopped this one. Please check your statement before trying again.',
    'decline.invalid_amount.title': 'Your bank didn’t accept the amount',
    'decline.invalid_amount.body': 'Your bank didn’t accept the amount of this payment. Please contact your bank, or use a different card.',
    'decline.new_card_details.title': 'Your card details have changed',
    'decline.new_card_details.body':
      'Your bank has issued new details for this card. Please enter the new card details to keep your subscription running.',
    'decline.account_closed.title': 'The account is closed',
    'decline.account_closed.body': 'The account behind this payment method is closed or can’t be found. Please use a different payment method.',
    'decline.authentication_required.title': 'Your bank needs a confirmation',
    'decline.authentication_required.body':
      'Your bank wants you to confirm this payment before it goes through. Confirming only takes a moment.',
    'decline.authentication_failed.title': 'The confirmation didn’t go through',
    'decline.authentication_failed.body':
      'We couldn’t confirm the payment with your bank. Please try again, or use a different card.',
    'decline.test_card.title': 'This card can’t be charged',
    'decline.test_card.body': 'This card can’t be used for real payments. Please use a different card.',
    'decline.debit_not_authorized.title': 'The direct debit wasn’t authorized',
    'decline.debit_not_authorized.body':
      'Your bank says the direct debit wasn’t authorized or was disputed. Please use a different payment method, or ask your bank to allow it.',
    'decline.bank_account_problem.title': 'A problem with the bank account',
    'decline.bank_account_problem.body':
      'Your bank couldn’t take the payment from this account. Please check the account details or use a different payment method.',
    'decline.provider_declined.title': 'The payment was declined',
    'decline.provider_declined.body': 'The payment service declined this payment. Please use a different payment method.',

    'action.update_card': 'Update your card',
    'action.use_another_method': 'Use a different card',
    'action.call_bank': 'Contact your bank',
    'action.confirm_with_bank': 'Confirm with your bank',
    'action.try_again_later': 'Try again later',

    'form.title': 'Update your payment method',
    'form.payNow': ({ amount }) => `Your new payment method will be charged ${amount} right away for the payment that’s due.`,
    'form.submit': 'Save payment method',
    'form.cancel': 'Cancel',
    'form.loading': 'Loading the secure payment form…',
    'form.saving': 'Saving your payment method…',
    'form.confirming': 'Waiting for your bank’s confirmation…',
    'form.finishing': 'Finishing your update…',
    'form.unavailable': 'The payment form couldn’t be loaded. Please check your connection and try again.',
    'form.retry': 'Try again',
    'form.interrupted': 'The connection was lost before your update was finished. Your details are kept: try again to finish. You won’t be charged twice.',
    'form.rateLimited': 'There have been too many attempts in a short time. Please wait a few minutes, then try again.',
    'form.pending': 'Your bank is still processing this payment method. Your account will be updated as soon as it’s confirmed.',
    'form.microdeposits': ({ date }) =>
      `Check your bank account ${date ? `around ${date}` : 'in 1–2 business days'}: we’re sending a small deposit to it. Follow the link to enter what it shows, and your bank account will be used from then on. Until then, your payment method on file stays as it is.`,
    'form.microdepositsLink': 'Verify your bank account',
    'form.declinedToo': 'This card was declined too. Your payment method on file hasn’t changed, and nothing was charged.',

    'wall.notNow': 'Not now',
    'wall.paused': 'Your access is paused until the payment is fixed.',
    'wall.continue': 'Continue',
    'wall.logout': 'Log out',
    'wall.support': 'Contact support',
    'wall.cancelSubscription': 'Cancel subscription',
  },
} satisfies Translation;
