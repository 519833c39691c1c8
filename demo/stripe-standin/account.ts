/**
 * Settings of the Stripe account the stand-in plays, as a merchant sets them in the Dashboard
 * (Billing > Revenue recovery, Automations). Tests flip them to meet each integration Stripe allows.
 */

export interface AccountSettings {
  /**
   * API 2026-09-30: pause the subscription instead of leaving it past_due, after the first failed
   * renewal attempt or after the last retry of the schedule. `never` keeps past_due / unpaid.
   */
  pauseOnPaymentFailure: 'never' | 'first_payment_failure' | 'final_payment_failure';
  /** Resume a subscription paused for a failed payment once that invoice is paid or marked uncollectible. */
  resumeOnPayment: boolean;
  /**
   * With Billing Automations the retry schedule is set by the automation, after the failure: the
   * date reaches `invoice.updated` (see `runAutomations`), `invoice.payment_failed` carries none.
   */
  automations: boolean;
}

export function defaultAccountSettings(): AccountSettings {
  return { pauseOnPaymentFailure: 'never', resumeOnPayment: false, automations: false };
}
