/**
 * What each offer's confirmation says, as pure functions over the care catalog and the offer: the
 * sentences that tell exactly what happens (service, access, the overdue invoice, billing) and when
 * billing resumes. Values are formatted here (amounts, dates) so messages only decide wording.
 */
import type { Status } from '../../protocol/index.js';
import type { BillingInterval, CareTranslation } from '../../translations/care/index.js';
import { formatAmount, formatDate } from '../../translations/format.js';
import type { ChangePlanOfferAsRead, PauseOfferAsRead, PlanAsRead } from './offers-api.js';

/** "$5.00 per month", or the bare amount's absence said calmly when its currency is unknown to Intl. */
export function planPrice(care: CareTranslation, locale: string, plan: PlanAsRead): string {
  const amount = formatAmount(locale, plan.amount, plan.currency) ?? '';
  return care.messages['care.price']({ amount, interval: plan.interval as BillingInterval, count: plan.intervalCount });
}

/** The overdue amount the status owes, formatted; null when nothing is overdue. */
function overdue(locale: string, status: Status | null, due?: { amount: number; currency: string } | null): string | null {
  const money = due ?? (status?.invoice && (status.state === 'failed' || status.state === 'action_required') ? { amount: status.invoice.amountDue, currency: status.invoice.currency } : null);
  return money ? formatAmount(locale, money.amount, money.currency) : null;
}

function overdueSentence(care: CareTranslation, rule: 'void' | 'leave_open', amount: string | null): string[] {
  if (!amount) return [];
  return [care.messages[rule === 'void' ? 'care.overdue.void' : 'care.overdue.leaveOpen']({ amount })];
}

/** The pause's confirmation: service, access, the overdue invoice, and the day billing resumes. */
export function pauseSentences(care: CareTranslation, locale: string, offer: PauseOfferAsRead, months: number, status: Status | null): string[] {
  const m = care.messages;
  const option = offer.options.find((o) => o.months === months);
  const date = formatDate(locale, option?.resumesAt);
  return [
    m[offer.method === 'subscription' ? 'care.pause.stopsService' : 'care.pause.keepsService'],
    ...(offer.access === 'deny' ? [m['care.pause.noAccess']] : []),
    ...overdueSentence(care, offer.overdueInvoice, overdue(locale, status, offer.due)),
    ...(date ? [m['care.pause.resumesOn']({ date })] : []),
  ];
}

/** The plan change's confirmation: when the new price is billed, proration, the overdue invoice. */
export function planSentences(care: CareTranslation, locale: string, offer: ChangePlanOfferAsRead, plan: PlanAsRead, status: Status | null): string[] {
  const m = care.messages;
  const amount = formatAmount(locale, plan.amount, plan.currency) ?? '';
  return [
    // The protocol carries no renewal date yet: the sentence without one.
    offer.billing === 'now' ? m['care.plan.billNow']({ amount }) : m['care.plan.nextRenewal']({ amount, date: null }),
    ...(offer.prorationBehavior === 'create_prorations' ? [m['care.plan.prorate']] : offer.prorationBehavior === 'always_invoice' ? [m['care.plan.prorateNow']] : []),
    ...overdueSentence(care, offer.overdueInvoice, overdue(locale, status)),
  ];
}

/** The day billing resumes after a pause: the new status's, else the chosen length's. */
export function resumeDate(locale: string, status: Status, offer: PauseOfferAsRead | null, months: number): string | null {
  return formatDate(locale, status.pause?.resumesAt ?? offer?.options.find((o) => o.months === months)?.resumesAt);
}
