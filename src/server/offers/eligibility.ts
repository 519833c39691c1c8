/**
 * Which ways out this customer may take now: pure, over plain facts, with no clock and no I/O of
 * its own (the reads are in `./stripe-offers.ts`), like `derive.ts` and `retry-discipline.ts`.
 *
 * Why on the server: an offer costs the merchant money (a month unpaid, a cheaper plan), so the
 * merchant's policy (which plans, how often, which states) is decided here, from Stripe's facts and
 * the customer's last accepted offers. `GET /offers` shows the answer; `POST /pause` and
 * `/change-plan` ask the same question again and refuse with the reason when it says no.
 */
import type { ChangePlanOffer, Money, OfferRefusal, OffersResponse, PauseOffer, Plan, State } from '../../protocol/index.js';
import type { ChangePlanPolicy, PausePolicy, ResolvedOffers } from './options.js';

export type Interval = Plan['interval'];

/** A Stripe price as the offers read it. */
export interface PriceFacts {
  id: string;
  active: boolean;
  /** `unit_amount`; null for prices that are not a plain amount (tiers, metered): never offered. */
  amount: number | null;
  currency: string;
  /** Null for a one-time price. */
  interval: Interval | null;
  intervalCount: number;
  productName: string;
}

/** The subscription the customer is failing on (or has paused). */
export interface SubscriptionFacts {
  id: string;
  status: string;
  /** `billing_mode.type` (`classic`, `flexible`); null on accounts that do not send it. */
  billingMode: string | null;
  collectionMethod: string | null;
  /** A subscription schedule drives it: Stripe refuses to pause it, and a price change would be undone. */
  hasSchedule: boolean;
  /** Its one item; null when it has several (which one to switch is not the customer's call). */
  item: { id: string; price: PriceFacts } | null;
  /** A pause in force (asked for, or `pause_collection`). */
  paused: boolean;
}

/** When this customer last took each offer (ms since epoch), from Paymend's record. */
export interface OfferHistory {
  pauseAt: number | null;
  changePlanAt: number | null;
}

export interface EligibilityInput {
  state: State;
  subscription: SubscriptionFacts | null;
  /** What the failing invoice asks for, if any. */
  due: Money | null;
  /** The allowed target prices as Stripe describes them (unknown ids simply absent). */
  targets: PriceFacts[];
  history: OfferHistory;
  policy: ResolvedOffers;
  now: number;
  /**
   * This customer's own pause stopped midway (the overdue invoice voided, then the pause call
   * failed): the state no longer says failing because of that pause, so the pause is still offered, to finish it.
   */
  pauseHalfDone?: boolean;
}

/** The message of a 409 `offer_not_allowed`, per refusal: plain words, no internals. */
export const REFUSAL_MESSAGES: Record<OfferRefusal, string> = {
  not_failing: 'This is offered only while a payment is not going through.',
  no_subscription: 'There is no subscription to change.',
  interval_not_allowed: 'This plan cannot be paused.',
  used_recently: 'This was already used recently.',
  no_cheaper_price: 'There is no cheaper plan to switch to.',
  not_supported: 'This subscription cannot be changed here. Please contact support.',
};

/** The instant `months` calendar months after `from` (UTC), the day clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(from: number, months: number): number {
  const d = new Date(from);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

/** Whether an offer taken at `at` still forbids another now. */
function usedRecently(at: number | null, oncePerMonths: number, now: number): boolean {
  return at !== null && oncePerMonths > 0 && now < addMonths(at, oncePerMonths);
}

/**
 * How this subscription would pause: Stripe's subscription pause needs a `flexible` billing mode and
 * automatic charging; `pause_collection` works on any. Null when the merchant forced a method Stripe refuses here.
 */
export function pauseMethodFor(policy: PausePolicy, s: SubscriptionFacts): PauseOffer['method'] | null {
  const subscriptionPausable = s.billingMode === 'flexible' && (s.collectionMethod ?? 'charge_automatically') === 'charge_automatically';
  if (policy.method === 'collection') return 'collection';
  if (policy.method === 'subscription') return subscriptionPausable ? 'subscription' : null;
  return subscriptionPausable ? 'subscription' : 'collection';
}

/** Refusals that hold for every offer, in order: wrong state, no subscription, one Stripe cannot change here. */
function commonRefusal(input: EligibilityInput, offer: 'pause' | 'changePlan'): OfferRefusal | null {
  const halfDone = offer === 'pause' && input.pauseHalfDone === true;
  if (!input.policy.states.includes(input.state) && !halfDone) return 'not_failing';
  const s = input.subscription;
  if (!s || ['canceled', 'incomplete', 'incomplete_expired'].includes(s.status)) return 'no_subscription';
  if (s.hasSchedule || !s.item) return 'not_supported';
  return null;
}

function pauseOffer(input: EligibilityInput, policy: PausePolicy): PauseOffer | OfferRefusal {
  const s = input.subscription!;
  const price = s.item!.price;
  // Paused already (for a failed payment too): Stripe cannot pause it again.
  if (s.status === 'paused') return s.paused ? 'used_recently' : 'not_supported';
  if (s.paused) return 'used_recently';
  const method = pauseMethodFor(policy, s);
  if (!method) return 'not_supported';
  if (!price.interval || !policy.intervals.includes(price.interval)) return 'interval_not_allowed';
  if (usedRecently(input.history.pauseAt, policy.oncePerMonths, input.now)) return 'used_recently';
  const options = Array.from({ length: policy.maxMonths }, (_, i) => ({
    months: i + 1,
    resumesAt: new Date(addMonths(input.now, i + 1)).toISOString(),
  }));
  return { options, method, overdueInvoice: policy.overdueInvoice, access: policy.access, due: input.due };
}

export function planOf(price: PriceFacts): Plan | null {
  if (price.amount === null || !price.interval) return null;
  return {
    price: price.id,
    name: price.productName,
    amount: price.amount,
    currency: price.currency.toLowerCase(),
    interval: price.interval,
    intervalCount: price.intervalCount,
  };
}

function changePlanOffer(input: EligibilityInput, policy: ChangePlanPolicy): ChangePlanOffer | OfferRefusal {
  const current = planOf(input.subscription!.item!.price);
  if (!current) return 'not_supported';
  if (usedRecently(input.history.changePlanAt, policy.oncePerMonths, input.now)) return 'used_recently';
  const allowed = new Set(policy.prices);
  const options = input.targets
    .filter((p) => allowed.has(p.id) && p.active && p.id !== current.price)
    .map(planOf)
    .filter((p): p is Plan => p !== null)
    // Cheaper, and billed the same way: a switch that changes the currency or the interval is another product decision.
    .filter((p) => p.currency === current.currency && p.interval === current.interval && p.intervalCount === current.intervalCount && p.amount < current.amount)
    .sort((a, b) => b.amount - a.amount);
  if (options.length === 0) return 'no_cheaper_price';
  return { current, options, billing: policy.billing, overdueInvoice: policy.overdueInvoice, prorationBehavior: policy.prorationBehavior };
}

/** `GET /offers`: each configured offer, or why it is not made. Offers the merchant did not configure are null with no reason. */
export function offersFor(input: EligibilityInput): OffersResponse {
  const response: OffersResponse = { pause: null, changePlan: null, refused: {} };
  const { pause, changePlan } = input.policy;
  if (pause) {
    const offer = commonRefusal(input, 'pause') ?? pauseOffer(input, pause);
    if (typeof offer === 'string') response.refused.pause = offer;
    else response.pause = offer;
  }
  if (changePlan) {
    const offer = commonRefusal(input, 'changePlan') ?? changePlanOffer(input, changePlan);
    if (typeof offer === 'string') response.refused.changePlan = offer;
    else response.changePlan = offer;
  }
  return response;
}

/** The answer to a choice: what to do, or the message of a 409. */
export type Choice<T> = { ok: true; value: T } | { ok: false; message: string };

/** `POST /pause {months}` checked against the offer made now. */
export function pauseChoice(offers: OffersResponse, months: number): Choice<{ offer: PauseOffer; resumesAt: string }> {
  const offer = offers.pause;
  if (!offer) return { ok: false, message: REFUSAL_MESSAGES[offers.refused.pause ?? 'not_supported'] };
  const option = offer.options.find((o) => o.months === months);
  if (!option) return { ok: false, message: `You can pause for up to ${offer.options.length} month${offer.options.length === 1 ? '' : 's'}.` };
  return { ok: true, value: { offer, resumesAt: option.resumesAt } };
}

/** `POST /change-plan {price}` checked against the offer made now. */
export function planChoice(offers: OffersResponse, price: string): Choice<{ offer: ChangePlanOffer; plan: Plan }> {
  const offer = offers.changePlan;
  if (!offer) return { ok: false, message: REFUSAL_MESSAGES[offers.refused.changePlan ?? 'not_supported'] };
  const plan = offer.options.find((p) => p.price === price);
  if (!plan) return { ok: false, message: 'That plan is not one you can switch to: choose one of the cheaper plans offered.' };
  return { ok: true, value: { offer, plan } };
}
