/**
 * Every Stripe call the offers make, in one place, with what comes back validated (as gateway.ts
 * does for the card update). Each write carries an idempotency key the route derives from the
 * customer, the subscription, the offer, the choice and the failing invoice, so a double submit
 * (two tabs, a retried request) pauses, voids or switches once: Stripe replays its first answer.
 */
import type Stripe from 'stripe';
import type { Failure, Money } from '../../protocol/index.js';
import { RESUMES_AT_METADATA, invoicePaymentIntentId } from '../derive.js';
import { HandlerError } from '../errors.js';
import { asStripeError, call, isCardError, parse, retryRateLimited, wrapStripeError } from '../gateway.js';
import { CustomerSchema, InvoiceSchema, PaymentIntentSchema, PriceSchema, SubscriptionSchema, refId, type StripePrice, type StripeSubscription } from '../stripe-shapes.js';
import type { Interval, OfferHistory, PriceFacts, SubscriptionFacts } from './eligibility.js';
import type { ChangePlanPolicy, PausePolicy } from './options.js';

/** Customer metadata keeping when each offer was last taken (unix seconds): durable, and visible in the Dashboard. */
export const HISTORY_METADATA = { pause: 'paymend_offer_pause_at', changePlan: 'paymend_offer_change_plan_at' } as const;
/** Prices change rarely (an amount never): read each at most this often per process. */
const PRICE_CACHE_MS = 10 * 60_000;
const INTERVALS = new Set<string>(['day', 'week', 'month', 'year']);
/** Payment method types that are bank debits: Stripe has no pending updates for them. */
export const BANK_DEBITS = new Set<string>(['us_bank_account', 'sepa_debit', 'bacs_debit', 'au_becs_debit', 'acss_debit', 'nz_bank_account']);

/** What charging the customer now came to: paid, a bank asking the customer to confirm, or a decline. */
export type Charge = { paid: Money[] } | { nextAction: { clientSecret: string } } | { failure: Failure };

export function priceFacts(price: StripePrice): PriceFacts {
  const product = price.product;
  const interval = price.recurring?.interval;
  return {
    id: price.id,
    active: price.active ?? true,
    amount: price.unit_amount ?? null,
    currency: price.currency.toLowerCase(),
    interval: interval && INTERVALS.has(interval) ? (interval as Interval) : null,
    intervalCount: price.recurring?.interval_count ?? 1,
    productName: (product && typeof product === 'object' ? product.name : null) ?? '',
  };
}

export function subscriptionFacts(s: StripeSubscription, paused: boolean): SubscriptionFacts {
  const items = s.items?.data ?? [];
  const only = items.length === 1 ? items[0] : undefined;
  return {
    id: s.id,
    status: s.status,
    billingMode: s.billing_mode?.type ?? null,
    collectionMethod: s.collection_method ?? null,
    hasSchedule: refId(s.schedule ?? null) !== null,
    item: only?.id && only.price ? { id: only.id, price: priceFacts(only.price) } : null,
    paused,
  };
}

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export class OffersGateway {
  private readonly prices = new Map<string, { at: number; facts: PriceFacts | null }>();

  constructor(
    private readonly stripe: Stripe,
    private readonly request: Stripe.RequestOptions,
    private readonly now: () => number,
  ) {}

  private key(key: string): Stripe.RequestOptions {
    return { ...this.request, idempotencyKey: key };
  }

  async subscription(id: string): Promise<StripeSubscription> {
    const raw = await call(() => this.stripe.subscriptions.retrieve(id, { expand: ['items.data.price.product'] }, this.request));
    return parse(SubscriptionSchema, raw, 'subscription');
  }

  /** The allowed target prices; one Stripe no longer knows is left out (the merchant deleted it), not an error. */
  async targetPrices(ids: readonly string[]): Promise<PriceFacts[]> {
    const read = async (id: string): Promise<PriceFacts | null> => {
      const cached = this.prices.get(id);
      if (cached && this.now() - cached.at < PRICE_CACHE_MS) return cached.facts;
      const facts = await retryRateLimited(() => this.stripe.prices.retrieve(id, { expand: ['product'] }, this.request)).then(
        (raw) => priceFacts(parse(PriceSchema, raw, 'price')),
        (error: unknown) => (asStripeError(error)?.code === 'resource_missing' ? null : wrapStripeError(error)),
      );
      this.prices.set(id, { at: this.now(), facts });
      return facts;
    };
    return (await Promise.all(ids.map(read))).filter((p): p is PriceFacts => p !== null);
  }

  async history(customerId: string): Promise<OfferHistory> {
    const raw = await call(() => this.stripe.customers.retrieve(customerId, {}, this.request));
    const metadata = (parse(CustomerSchema, raw, 'customer') as { metadata?: Record<string, string> }).metadata ?? {};
    const at = (name: string) => {
      const seconds = Number(metadata[name] ?? Number.NaN);
      return Number.isInteger(seconds) && seconds > 0 ? seconds * 1000 : null;
    };
    return { pauseAt: at(HISTORY_METADATA.pause), changePlanAt: at(HISTORY_METADATA.changePlan) };
  }

  async recordTaken(customerId: string, offer: keyof typeof HISTORY_METADATA): Promise<void> {
    const metadata = { [HISTORY_METADATA[offer]]: String(Math.floor(this.now() / 1000)) };
    // No key of ours: setting a date is idempotent anyway, and a key reused with another date would be refused.
    await call(() => this.stripe.customers.update(customerId, { metadata }, this.request));
  }

  /** Voids the overdue invoice; one settled meanwhile (paid, voided by a replay) is left as it is. */
  async voidInvoice(invoiceId: string, key: string): Promise<void> {
    try {
      await retryRateLimited(() => this.stripe.invoices.voidInvoice(invoiceId, {}, this.key(`${key}-void-${invoiceId}`)));
    } catch (error) {
      if (asStripeError(error)?.type === 'StripeInvalidRequestError') {
        const fresh = parse(InvoiceSchema, await call(() => this.stripe.invoices.retrieve(invoiceId, {}, this.request)), 'invoice');
        if (fresh.status !== 'open') return;
      }
      wrapStripeError(error);
    }
  }

  /**
   * Stripe's subscription pause has no end date: the chosen one goes in the subscription's metadata
   * first (the status shows it, and the resume sweep reads it), then the pause. Unused time is not
   * credited: the period being paused is the one the customer could not pay for.
   */
  async pauseSubscription(subscriptionId: string, resumesAt: string, key: string): Promise<void> {
    await call(() =>
      // The date is in the key: a retry after a failure computes it afresh, and Stripe refuses a key reused with other parameters.
      this.stripe.subscriptions.update(subscriptionId, { metadata: { [RESUMES_AT_METADATA]: String(unix(resumesAt)) } }, this.key(`${key}-resumes-at-${unix(resumesAt)}`)),
    );
    try {
      await retryRateLimited(() =>
        this.stripe.subscriptions.pause(subscriptionId, { type: 'subscription', bill_for: { unused_time_from: { type: 'none' } } }, this.key(`${key}-pause`)),
      );
    } catch (error) {
      // Paused meanwhile by the same choice (another instance's replay): that is the goal reached.
      if (asStripeError(error)?.type === 'StripeInvalidRequestError' && (await this.subscription(subscriptionId)).status === 'paused') return;
      wrapStripeError(error);
    }
  }

  /** `pause_collection`: Stripe keeps the periods going, handles their invoices per `behavior`, and resumes by itself. */
  async pauseCollection(subscriptionId: string, policy: PausePolicy, resumesAt: string, key: string): Promise<void> {
    const pause_collection = { behavior: policy.collectionBehavior, resumes_at: unix(resumesAt) };
    await call(() => this.stripe.subscriptions.update(subscriptionId, { pause_collection }, this.key(`${key}-pause-collection-${pause_collection.resumes_at}`)));
  }

  /**
   * Ends a pause now. A subscription pause resumes with a new period billed at once; with the
   * customer present, `resume_on_payment_success` keeps it paused if the bank declines (the
   * answer carries the failure) or wants a confirmation (the answer carries its client secret).
   * With nobody present (the date came) `resume_on_payment_attempt`: it resumes, and a decline
   * goes through the usual dunning. A collection pause just stops: the next bill is on its date.
   */
  async resume(subscription: StripeSubscription, method: 'subscription' | 'collection', key: string, present: boolean): Promise<Charge> {
    if (method === 'collection') {
      await call(() => this.stripe.subscriptions.update(subscription.id, { pause_collection: '' }, this.key(`${key}-unpause-collection`)));
      return { paid: [] };
    }
    let resumed: StripeSubscription;
    try {
      const raw = await retryRateLimited(() =>
        this.stripe.subscriptions.resume(
          subscription.id,
          { billing_cycle_anchor: { type: 'now' }, payment_behavior: present ? 'resume_on_payment_success' : 'resume_on_payment_attempt' },
          this.key(`${key}-resume`),
        ),
      );
      resumed = parse(SubscriptionSchema, raw, 'subscription');
    } catch (error) {
      if (isCardError(error)) return { failure: declineOf(error) };
      return wrapStripeError(error);
    }
    const charge = await this.latestCharge(resumed);
    if ('failure' in charge && present) {
      // Declined: it stays paused, and its resumption invoice (for a period that did not start) goes
      // now rather than in Stripe's 23 hours, so the status reads paused again, not failed.
      const invoiceId = refId((resumed as { latest_invoice?: string | { id: string } | null }).latest_invoice ?? null);
      if (invoiceId) await this.voidInvoice(invoiceId, `${key}-declined`);
      return charge;
    }
    if (resumed.status !== 'paused') {
      await call(() => this.stripe.subscriptions.update(subscription.id, { metadata: { [RESUMES_AT_METADATA]: '' } }, this.key(`${key}-resumed`)));
    }
    return charge;
  }

  /**
   * Switches the subscription's one item to `price`. `now`: a new period starts today at the new
   * price and is charged at once, as a pending update (`pending_if_incomplete`): nothing applies
   * until that invoice is paid, so a decline leaves the old plan and its overdue invoice exactly as
   * they were (its invoice is voided here at once, which drops the pending update, rather than in
   * Stripe's 23 hours), and a bank asking for 3-D Secure answers the client secret for the customer
   * to confirm; repeating the call with the same key after that replays Stripe's answer and reads
   * what the bank said. A bank debit on file cannot carry a pending update: `error_if_incomplete`
   * then (a debit on its way keeps the change). `next_renewal`: the new price from the next bill
   * (with the configured proration), nothing charged now.
   */
  async changePlan(subscription: StripeSubscription, itemId: string, price: string, policy: ChangePlanPolicy, key: string, bankDebit: boolean): Promise<Charge> {
    const params: Stripe.SubscriptionUpdateParams = { items: [{ id: itemId, price }], proration_behavior: policy.prorationBehavior };
    if (policy.billing === 'now') {
      // API 2026-10-28 takes the anchor as a hash, as the SDK types it.
      params.billing_cycle_anchor = { type: 'now' };
      params.payment_behavior = bankDebit ? 'error_if_incomplete' : 'pending_if_incomplete';
    }
    let updated: StripeSubscription;
    try {
      const raw = await retryRateLimited(() =>
        this.stripe.subscriptions.update(subscription.id, { ...params, expand: ['latest_invoice'] }, this.key(`${key}-change-plan`)),
      );
      updated = parse(SubscriptionSchema, raw, 'subscription');
    } catch (error) {
      if (isCardError(error)) return { failure: declineOf(error) };
      return wrapStripeError(error);
    }
    if (policy.billing === 'next_renewal') return { paid: [] };
    const charge = await this.latestCharge(updated);
    const pendingInvoice = refId((updated as { pending_update?: unknown; latest_invoice?: string | { id: string } | null }).latest_invoice ?? null);
    if ('failure' in charge && (updated as { pending_update?: unknown }).pending_update && pendingInvoice) {
      await this.voidInvoice(pendingInvoice, `${key}-declined`);
    }
    return charge;
  }

  /** Drops a pending update (a switch whose 3-D Secure was abandoned) by voiding its invoice, as Stripe does at its expiry. */
  async dropPendingUpdate(subscription: StripeSubscription, key: string): Promise<void> {
    const s = subscription as { pending_update?: unknown; latest_invoice?: string | { id: string } | null };
    const invoiceId = s.pending_update ? refId(s.latest_invoice ?? null) : null;
    if (invoiceId) await this.voidInvoice(invoiceId, `${key}-superseded`);
  }

  /** What the subscription's latest invoice came to now (a take continuing after the bank's confirmation). */
  async chargeOf(subscriptionId: string): Promise<Charge> {
    const raw = await call(() => this.stripe.subscriptions.retrieve(subscriptionId, {}, this.request));
    return this.latestCharge(parse(SubscriptionSchema, raw, 'subscription'));
  }

  /** What the subscription's latest invoice came to: paid (or nothing due), waiting for 3-D Secure, or declined. */
  private async latestCharge(subscription: StripeSubscription): Promise<Charge> {
    const invoiceId = refId((subscription as { latest_invoice?: string | { id: string } | null }).latest_invoice ?? null);
    if (!invoiceId) return { paid: [] };
    const invoice = parse(
      InvoiceSchema,
      await call(() => this.stripe.invoices.retrieve(invoiceId, { expand: ['payments', 'confirmation_secret'] }, this.request)),
      'invoice',
    );
    const amountPaid = (invoice as { amount_paid?: number }).amount_paid ?? 0;
    if (invoice.status === 'paid') return { paid: amountPaid > 0 ? [{ amount: amountPaid, currency: invoice.currency.toLowerCase() }] : [] };
    // Void: an attempt that failed and was dropped (a replay of a declined switch or resume reads it so), else nothing was owed.
    if (invoice.status !== 'open' && invoice.status !== 'void') return { paid: [] };
    const piId = invoicePaymentIntentId(invoice);
    const pi = piId ? parse(PaymentIntentSchema, await call(() => this.stripe.paymentIntents.retrieve(piId, {}, this.request)), 'payment intent') : null;
    if (invoice.status === 'void') {
      const dropped = pi?.last_payment_error;
      return dropped ? { failure: { code: dropped.code ?? 'card_declined', declineCode: dropped.decline_code ?? null, adviceCode: dropped.advice_code ?? null } } : { paid: [] };
    }
    if (pi?.status === 'requires_action') {
      const clientSecret = pi.client_secret ?? invoice.confirmation_secret?.client_secret;
      if (clientSecret) return { nextAction: { clientSecret } };
    }
    if (pi?.status === 'processing') return { paid: [] };
    const error = pi?.last_payment_error;
    if (error) return { failure: { code: error.code ?? 'card_declined', declineCode: error.decline_code ?? null, adviceCode: error.advice_code ?? null } };
    if (invoice.amount_due === 0) return { paid: [] };
    throw new HandlerError(502, 'stripe_unavailable', 'The payment provider answered unexpectedly.', {
      cause: new Error(`invoice ${invoice.id} is open with no payment error after an offer`),
    });
  }

  /** Subscriptions paused by Paymend whose chosen end has come (for `handler.resumeDuePauses()`). */
  async duePauses(nowSeconds: number): Promise<StripeSubscription[]> {
    const due: StripeSubscription[] = [];
    for await (const raw of this.stripe.subscriptions.list({ status: 'paused', limit: 100 }, this.request)) {
      const s = parse(SubscriptionSchema, raw, 'subscription');
      const at = Number(s.metadata?.[RESUMES_AT_METADATA] ?? Number.NaN);
      if (Number.isInteger(at) && at > 0 && at <= nowSeconds) due.push(s);
    }
    return due;
  }
}

function declineOf(error: { code?: string; decline_code?: string; advice_code?: string }): Failure {
  return { code: error.code ?? 'card_declined', declineCode: error.decline_code ?? null, adviceCode: error.advice_code ?? null };
}
