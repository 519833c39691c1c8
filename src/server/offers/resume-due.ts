/**
 * Ending subscription pauses on the day the customer chose. Stripe's subscription pause has no end
 * date of its own (unlike `pause_collection`, which Stripe resumes itself), so Paymend does it.
 *
 * Why a sweep and not a delayed job: the notify queue exists only when notifications are on, and a
 * job planned months ahead must survive deploys and a Redis flush; the date lives in Stripe instead
 * (the subscription's `paymend_resumes_at`), and two things read it:
 * - every status read (the banner, the wall, `handler.access`) of a customer whose pause is due
 *   resumes it first, so a customer who comes back finds it running;
 * - `handler.resumeDuePauses()`, for a daily cron, resumes everyone else's (one list of paused
 *   subscriptions, then one resume each).
 * Both use one idempotency key per subscription and date, so they never bill a period twice.
 */
import type { BillingService } from '../billing.js';
import { RESUMES_AT_METADATA, type BillingSnapshot } from '../derive.js';
import type { Logger, ResolvedOptions } from '../options.js';
import { refId } from '../stripe-shapes.js';
import type { OffersGateway } from './stripe-offers.js';
import type { OfferHooks } from './routes.js';
import { pausedInvoiceKey } from './tickets.js';

const COUNTED_ONCE_MS = 7 * 86_400_000;

export function resumeDue(deps: { options: ResolvedOptions; billing: BillingService; stripe: OffersGateway; hooks: OfferHooks; logger: Logger }) {
  const { options, billing, stripe } = deps;
  const keyOf = (subscriptionId: string, resumesAt: number) => `paymend-offer-due-resume-${subscriptionId}-${resumesAt}`;

  /** Resumes one subscription nobody is present for: Stripe charges the card on file, a decline goes to the usual dunning. */
  async function resumeOne(subscriptionId: string, resumesAt: number): Promise<void> {
    const subscription = await stripe.subscription(subscriptionId);
    if (subscription.status !== 'paused') return;
    const key = keyOf(subscriptionId, resumesAt);
    await stripe.resume(subscription, 'subscription', key, false);
    if (await options.store.claimOnce(`counted:offer:${key}`, COUNTED_ONCE_MS)) {
      await options.store.count({ 'server.offers.resumed': 1 });
      // As "Resume now" does: the report ties the resume to the invoice the pause was taken on.
      const customerId = refId(subscription.customer ?? null);
      const invoiceId = customerId ? await options.store.getValue(pausedInvoiceKey(customerId)) : null;
      await deps.hooks.resumed?.(invoiceId ?? null);
    }
  }

  /**
   * The snapshot to show: `snapshot` itself, or when its pause (one Paymend made) is due, the one
   * read after resuming it. A failure is logged and the paused snapshot shown: the next read tries again.
   */
  async function ifDue(customerId: string, snapshot: BillingSnapshot): Promise<BillingSnapshot> {
    const pause = snapshot.pause;
    // The same test as pauseIsDue below, spelled out so TypeScript narrows the pause.
    if (!pause || pause.method !== 'subscription' || !pause.resumesAt || Date.parse(pause.resumesAt) > options.now()) return snapshot;
    try {
      await resumeOne(pause.subscriptionId, Math.floor(Date.parse(pause.resumesAt) / 1000));
      return await billing.refresh(customerId);
    } catch (error) {
      deps.logger.error(`resuming the pause of ${pause.subscriptionId} that was due failed; it stays paused until the next try`, error);
      return snapshot;
    }
  }

  /** `handler.resumeDuePauses()`: resumes every pause Paymend made whose day has come; returns how many. */
  async function all(): Promise<number> {
    const due = await stripe.duePauses(Math.floor(options.now() / 1000));
    let resumed = 0;
    for (const subscription of due) {
      const at = Number(subscription.metadata?.[RESUMES_AT_METADATA]);
      try {
        await resumeOne(subscription.id, at);
        resumed += 1;
        const customerId = refId(subscription.customer ?? null);
        if (customerId) await billing.refresh(customerId);
      } catch (error) {
        deps.logger.error(`resuming the pause of ${subscription.id} that was due failed`, error);
      }
    }
    return resumed;
  }

  return { ifDue, all };
}

/** Whether a pause Paymend made has come to its day: `ifDue` then resumes it before the status is read. */
export function pauseIsDue(snapshot: BillingSnapshot, now: number): boolean {
  const pause = snapshot.pause;
  return !!pause && pause.method === 'subscription' && !!pause.resumesAt && Date.parse(pause.resumesAt) <= now;
}
