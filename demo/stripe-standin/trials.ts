/**
 * Trials: a subscription free for some days, and what Stripe does when the trial ends without a
 * payment method (`trial_settings.end_behavior.missing_payment_method`: `create_invoice`, the
 * default, bills anyway and the charge fails; `pause` pauses it with the reason
 * `trial_end_without_payment_method`; `cancel` ends it). With a method on file the trial simply
 * turns into the first paid period.
 */
import type { Engine } from './engine.js';
import { pauseForFailure } from './pause.js';
import type { Subscription } from './types.js';

const DAY_S = 86_400;

export type MissingPaymentMethodBehavior = 'create_invoice' | 'pause' | 'cancel';

/** The subscription's trial runs `days` from now: status `trialing`, its first charge at the trial's end. */
export function startTrial(engine: Engine, subscriptionId: string, days: number): Subscription {
  const sub = engine.store.require('subscription', subscriptionId);
  const now = engine.now(); // unix seconds, as Stripe's timestamps
  const end = now + Math.round(days * DAY_S);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.status = 'trialing';
    s.trial_start = now;
    s.trial_end = end;
    const item = s.items.data[0]!;
    item.current_period_start = now;
    item.current_period_end = end;
  });
  return sub;
}

/** The trial's end, as Stripe runs it: the first renewal, or the configured behaviour with no method. */
export function endTrial(engine: Engine, subscriptionId: string, missing: MissingPaymentMethodBehavior = 'create_invoice'): Subscription {
  const sub = engine.store.require('subscription', subscriptionId);
  if (sub.status !== 'trialing') throw new Error(`${sub.id} is not trialing`);
  const customer = engine.store.require('customer', sub.customer);
  const hasMethod = Boolean(sub.default_payment_method ?? customer.invoice_settings.default_payment_method);
  if (!hasMethod && missing === 'pause') {
    pauseForFailure(engine, sub, 'trial_end_without_payment_method');
    return sub;
  }
  if (!hasMethod && missing === 'cancel') return engine.cancelSubscription(sub.id);
  engine.track(sub, 'customer.subscription.updated', (s) => {
    s.status = 'active';
  });
  engine.renew(sub.id);
  return sub;
}
