/**
 * What an offer is decided on: the customer's status, the subscription it concerns, the allowed
 * target prices and when the customer last took each offer, read from the store and Stripe. Kept
 * apart from the pure decision (`./eligibility.ts`) so that one has no I/O.
 */
import type { Status } from '../../protocol/index.js';
import type { BillingSnapshot } from '../derive.js';
import type { BillingService } from '../billing.js';
import type { StripeSubscription } from '../stripe-shapes.js';
import type { EligibilityInput } from './eligibility.js';
import type { ResolvedOffers } from './options.js';
import { subscriptionFacts, type OffersGateway } from './stripe-offers.js';

export interface OfferContext {
  snapshot: BillingSnapshot;
  status: Status;
  subscription: StripeSubscription | null;
  input: EligibilityInput;
}

export async function offerContext(
  deps: { billing: BillingService; stripe: OffersGateway; policy: ResolvedOffers; now: () => number },
  customerId: string,
  snapshot: BillingSnapshot,
  /** The customer's own pause stopped midway (overdue invoice voided, pause call failed): read as still failing, to finish it. */
  halfDone: { subscriptionId: string | null } | null = null,
): Promise<OfferContext> {
  const status = await deps.billing.status(customerId, snapshot);
  const due = status.invoice ? { amount: status.invoice.amountDue, currency: status.invoice.currency } : null;
  const base: EligibilityInput = {
    state: status.state,
    subscription: null,
    due,
    targets: [],
    history: { pauseAt: null, changePlanAt: null },
    policy: deps.policy,
    now: deps.now(),
    pauseHalfDone: halfDone !== null,
  };
  const subscriptionId = snapshot.subscriptionId ?? halfDone?.subscriptionId ?? null;
  // Not a state offers are made in: no Stripe read is needed to say no.
  if ((!deps.policy.states.includes(status.state) && !halfDone) || !subscriptionId) return { snapshot, status, subscription: null, input: base };
  const [subscription, targets, history] = await Promise.all([
    deps.stripe.subscription(subscriptionId),
    deps.policy.changePlan ? deps.stripe.targetPrices(deps.policy.changePlan.prices) : Promise.resolve([]),
    deps.stripe.history(customerId),
  ]);
  const paused = snapshot.pause?.subscriptionId === subscription.id;
  return { snapshot, status, subscription, input: { ...base, subscription: subscriptionFacts(subscription, paused), targets, history } };
}
