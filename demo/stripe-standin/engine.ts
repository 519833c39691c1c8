/**
 * What Stripe does, minus the network: customers, cards, subscriptions, invoices and intents,
 * with the state transitions and events real test mode produces for Paymend's flows. Both the
 * HTTP routes and the direct scenario helpers go through here, so a renewal seeded by a test
 * and an `invoices.pay` from the backend follow the same rules. Resources with their own rules
 * live beside it, as the `stripe` package's `resources/` do: setup-intents.ts, pause.ts (paused
 * subscriptions), invoices.ts (void, uncollectible, retries, Automations), customers.ts.
 */
import { declineFor, declineMessage, findTestCard, isCardToken, type Decline, type Outcome, type TestCard } from './cards.js';
import { docUrl, invalidRequest, StripeApiError } from './errors.js';
import { base62, newId } from './ids.js';
import {
  addInterval,
  mergeMetadata,
  buildCharge,
  buildCustomer,
  buildInvoice,
  buildInvoicePayment,
  buildPaymentIntent,
  buildPaymentMethod,
  buildSubscription,
  threeDSecureAction,
  type InvoiceContents,
} from './objects.js';
import { defaultAccountSettings, type AccountSettings } from './account.js';
import { applyPendingUpdate, expirePendingUpdates } from './pending-updates.js';
import { pauseForFailure, resumeAfterPayment, resumptionSettled } from './pause.js';
import { createPrice } from './prices.js';
import { takeProrations } from './prorations.js';
import { holdInvoice, resumeDueCollections } from './pause-collection.js';
import { authenticateSetup, confirmSetupIntent, createSetupIntent, setupOutcome, type ConfirmWith, type SetupIntentParams } from './setup-intents.js';
import { DEBIT_CURRENCY, isBankMethod, isProcessing, startDebit } from './bank-debits.js';
import { previousAttributes, snapshot, Store } from './store.js';
import type {
  BillingModeType,
  CardPaymentMethod,
  Customer,
  IntentError,
  Interval,
  Invoice,
  InvoicePayment,
  PaymentIntent,
  PaymentMethod,
  SetupIntent,
  StripeEvent,
  StripeObject,
  Subscription,
} from './types.js';

export const API_VERSION = '2026-10-28.endive';
/** Smart Retries picks its own schedule; a fixed 3 days keeps scenarios predictable. */
const RETRY_DELAY_SECONDS = 3 * 24 * 60 * 60;

/**
 * How a charge is attempted. A bank asking for 3-D Secure gets a challenge on-session, a hard
 * `authentication_required` decline off-session (`invoices.pay` default), and for automatic
 * subscription renewals Stripe Billing leaves the PaymentIntent in `requires_action` and emails
 * the customer.
 */
export type PaymentMode = 'on_session' | 'off_session' | 'renewal';

export interface RequestContext {
  id: string | null;
  idempotencyKey: string | null;
}

export interface EngineOptions {
  clockMs: () => number;
  /** Called for each event as it is created (webhook delivery hooks in here). */
  onEvent?: (event: StripeEvent) => void;
  /** Whether an endpoint would receive the event, for `pending_webhooks`. */
  webhookConfigured?: () => boolean;
}

export interface CardOptions {
  expMonth?: number;
  expYear?: number;
}

type AttemptResult =
  | { kind: 'succeeded' }
  /** A bank debit was sent: nothing is known until it settles (bank-debits.ts). */
  | { kind: 'processing' }
  | { kind: 'requires_action' }
  | { kind: 'declined'; error: IntentError };

export class Engine {
  readonly store: Store;
  readonly events: StripeEvent[] = [];
  /** The Dashboard settings of the account played; tests change them in place. */
  readonly account: AccountSettings = defaultAccountSettings();
  private context: RequestContext = { id: null, idempotencyKey: null };
  /** The card behind each PaymentMethod: Stripe knows the number, the object only shows last4. */
  private readonly cards = new Map<string, TestCard>();
  /** API 2025-03-31 removed `payment_intent.invoice`; Stripe still knows which invoice a PI pays. */
  private readonly invoiceOfIntent = new Map<string, string>();

  constructor(private readonly options: EngineOptions) {
    this.store = new Store(options.clockMs);
  }

  /** @internal Unix seconds; the methods marked internal serve the resource modules (pause.ts, invoice-actions.ts, …). */
  now(): number {
    return this.store.now();
  }

  /** Run `fn` with events stamped as caused by this API request. */
  inRequest<T>(context: RequestContext, fn: () => T): T {
    const previous = this.context;
    this.context = context;
    try {
      return fn();
    } finally {
      this.context = previous;
    }
  }

  // ---------------------------------------------------------------- events

  /** @internal */
  emit(type: string, obj: StripeObject, previous?: Record<string, unknown>): StripeEvent {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: this.now(),
      data: {
        object: snapshot(obj) as unknown as Record<string, unknown>,
        ...(previous && Object.keys(previous).length > 0 ? { previous_attributes: previous } : {}),
      },
      livemode: false,
      pending_webhooks: this.options.webhookConfigured?.() ? 1 : 0,
      request: { id: this.context.id, idempotency_key: this.context.idempotencyKey },
      type,
    };
    this.store.insert(event);
    this.events.push(event);
    this.options.onEvent?.(event);
    return event;
  }

  /** Apply `mutate` and emit `type` with `previous_attributes` if anything actually changed. */
  /** @internal */
  track<T extends StripeObject>(obj: T, type: string, mutate: (o: T) => void): boolean {
    const before = snapshot(obj);
    mutate(obj);
    const previous = previousAttributes(before, obj);
    if (Object.keys(previous).length === 0) return false;
    this.emit(type, obj, previous);
    return true;
  }

  // ---------------------------------------------------------------- customers

  createCustomer(
    p: { id?: string; email?: string; name?: string; phone?: string; preferredLocales?: string[]; metadata?: Record<string, string> } = {},
  ): Customer {
    if (p.id !== undefined && (!/^[\w-]{1,255}$/.test(p.id) || this.store.has(p.id))) {
      throw new Error(`Customer id ${p.id} is invalid or already used`);
    }
    const customer = this.store.insert(buildCustomer(p, this.now()));
    this.emit('customer.created', customer);
    return customer;
  }

  updateCustomer(
    id: string,
    p: { defaultPaymentMethod?: string | null; email?: string | null; name?: string | null; metadata?: Record<string, string> },
  ): Customer {
    const customer = this.store.require('customer', id);
    if (p.defaultPaymentMethod) this.requireOwnPaymentMethod(customer.id, p.defaultPaymentMethod, 'invoice_settings[default_payment_method]');
    this.track(customer, 'customer.updated', (c) => {
      if (p.defaultPaymentMethod !== undefined) c.invoice_settings.default_payment_method = p.defaultPaymentMethod;
      if (p.email !== undefined) c.email = p.email;
      if (p.name !== undefined) c.name = p.name;
      if (p.metadata) c.metadata = mergeMetadata(c.metadata, p.metadata);
    });
    return customer;
  }

  // ---------------------------------------------------------------- payment methods

  /** @internal */
  newPaymentMethod(card: TestCard, o: CardOptions = {}): CardPaymentMethod {
    const expMonth = o.expMonth ?? 12;
    const expYear = o.expYear ?? new Date(this.options.clockMs()).getUTCFullYear() + 3;
    if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) throw new Error(`Invalid expMonth ${expMonth}`);
    if (!Number.isInteger(expYear) || expYear < 1970 || expYear > 9999) throw new Error(`Invalid expYear ${expYear}`);
    const pm = buildPaymentMethod(card, expMonth, expYear, this.now());
    this.cards.set(pm.id, card);
    return this.store.insert(pm);
  }

  /**
   * A `pm_card_*` token mints a fresh PaymentMethod each time it is used, as in Stripe test mode;
   * anything else must be an existing PaymentMethod id (400 naming `param` otherwise).
   */
  resolvePaymentMethod(ref: string, param: string): PaymentMethod {
    if (isCardToken(ref)) {
      const card = findTestCard(ref);
      if (!card) return this.store.require('payment_method', ref, param, 400);
      return this.newPaymentMethod(card);
    }
    return this.store.require('payment_method', ref, param, 400);
  }

  /** @internal */
  cardOf(pm: PaymentMethod): TestCard {
    const card = this.cards.get(pm.id);
    if (!card) throw new Error(`No test card behind ${pm.id}`);
    return card;
  }

  /** @internal */
  isExpired(pm: PaymentMethod): boolean {
    if (pm.type !== 'card') return false; // a bank account does not expire
    // A card is good through the last day of its expiry month.
    const firstDayAfter = Date.UTC(pm.card.exp_year, pm.card.exp_month, 1) / 1000;
    return this.now() >= firstDayAfter;
  }

  private requireOwnPaymentMethod(customerId: string, pmId: string, param: string): PaymentMethod {
    const pm = this.store.require('payment_method', pmId, param, 400);
    if (pm.customer !== customerId) {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        doc_url: docUrl('resource_missing'),
        message: `The customer does not have a payment method with the ID ${pmId}. The payment method must be attached to the customer.`,
        param,
      });
    }
    return pm;
  }

  /** Seeding helper: creates and attaches a card without the bank check `attach` does over the API. */
  attachCard(customerId: string, cardRef: string, o: CardOptions & { makeDefault?: boolean } = {}): PaymentMethod {
    const customer = this.store.require('customer', customerId);
    const card = findTestCard(cardRef);
    if (!card) throw new Error(`Unknown test card ${cardRef}; use one of the numbers or pm_card_* tokens in cards.ts`);
    const pm = this.newPaymentMethod(card, o);
    this.attach(pm, customer);
    const makeDefault = o.makeDefault ?? customer.invoice_settings.default_payment_method === null;
    if (makeDefault) this.updateCustomer(customer.id, { defaultPaymentMethod: pm.id });
    return pm;
  }

  /** @internal */
  attach(pm: PaymentMethod, customer: Customer): void {
    pm.customer = customer.id;
    this.emit('payment_method.attached', pm);
  }

  /** POST /v1/payment_methods/:id/attach. Attaching verifies the card, so setup declines fail here. */
  attachPaymentMethod(ref: string, customerId: string): PaymentMethod {
    const customer = this.store.require('customer', customerId, 'customer', 400);
    const pm = isCardToken(ref) ? this.resolvePaymentMethod(ref, 'payment_method') : this.store.require('payment_method', ref);
    if (pm.customer === customer.id) return pm;
    if (pm.customer !== null) {
      throw invalidRequest(
        'The payment method you provided has already been attached to a customer.',
        undefined,
        'payment_method_unexpected_state',
      );
    }
    // Bank methods are checked when their SetupIntent is confirmed (mandate, micro-deposits), not here.
    const outcome = isBankMethod(pm) ? { kind: 'succeed' as const } : setupOutcome(this, pm);
    if (outcome.kind === 'decline') {
      const error = this.intentError(outcome.decline, pm);
      throw new StripeApiError(402, { ...error });
    }
    this.attach(pm, customer);
    return pm;
  }

  /** POST /v1/payment_methods/:id/detach. A detached default stops being anyone's default. */
  detachPaymentMethod(id: string): PaymentMethod {
    const pm = this.store.require('payment_method', id);
    const customerId = pm.customer;
    if (customerId === null) {
      throw invalidRequest(
        'The payment method you provided is not attached to a customer so detachment is impossible.',
        undefined,
        'payment_method_unexpected_state',
      );
    }
    this.track(pm, 'payment_method.detached', (p) => {
      p.customer = null;
    });
    const customer = this.store.get(customerId);
    if (customer?.object === 'customer' && customer.invoice_settings.default_payment_method === id) {
      this.updateCustomer(customer.id, { defaultPaymentMethod: null });
    }
    for (const sub of this.store.all('subscription', (s) => s.customer === customerId && s.default_payment_method === id)) {
      this.updateSubscription(sub.id, { defaultPaymentMethod: null });
    }
    return pm;
  }

  customerPaymentMethods(customerId: string, type?: string): PaymentMethod[] {
    this.store.require('customer', customerId);
    return this.store.all('payment_method', (pm) => pm.customer === customerId && (type === undefined || pm.type === type));
  }

  // ---------------------------------------------------------------- subscriptions

  /** Seed a subscription on an existing `price`, or on a new one at `amount` per `interval`. */
  createSubscription(p: {
    customer: string;
    amount?: number;
    price?: string;
    currency?: string;
    defaultPaymentMethod?: string | null;
    interval?: Interval;
    /** Stripe's default for new subscriptions on this API version is `flexible`. */
    billingMode?: BillingModeType;
  }): Subscription {
    const customer = this.store.require('customer', p.customer);
    if ((p.price === undefined) === (p.amount === undefined)) throw new Error('Give createSubscription either a price id or an amount');
    if (p.defaultPaymentMethod) this.requireOwnPaymentMethod(customer.id, p.defaultPaymentMethod, 'default_payment_method');
    const price =
      p.price !== undefined
        ? this.store.require('price', p.price)
        : createPrice(this, { amount: p.amount!, currency: p.currency, interval: p.interval });
    const sub = buildSubscription(
      {
        customer: customer.id,
        price,
        defaultPaymentMethod: p.defaultPaymentMethod ?? null,
        billingMode: p.billingMode ?? 'flexible',
      },
      this.now(),
    );
    this.store.insert(sub);
    this.emit('customer.subscription.created', sub);
    return sub;
  }

  updateSubscription(
    id: string,
    p: { defaultPaymentMethod?: string | null; metadata?: Record<string, string>; cancelAtPeriodEnd?: boolean },
  ): Subscription {
    const sub = this.store.require('subscription', id);
    if (p.defaultPaymentMethod) this.requireOwnPaymentMethod(sub.customer, p.defaultPaymentMethod, 'default_payment_method');
    this.track(sub, 'customer.subscription.updated', (s) => {
      if (p.defaultPaymentMethod !== undefined) s.default_payment_method = p.defaultPaymentMethod;
      if (p.metadata) s.metadata = mergeMetadata(s.metadata, p.metadata);
      if (p.cancelAtPeriodEnd !== undefined) {
        s.cancel_at_period_end = p.cancelAtPeriodEnd;
        s.cancel_at = p.cancelAtPeriodEnd ? (s.items.data[0]?.current_period_end ?? null) : null;
      }
    });
    return sub;
  }

  /** DELETE /v1/subscriptions/:id: cancel now. */
  cancelSubscription(id: string): Subscription {
    const sub = this.store.require('subscription', id);
    if (sub.status === 'canceled') return sub;
    const now = this.now();
    sub.status = 'canceled';
    sub.canceled_at = now;
    sub.ended_at = now;
    this.emit('customer.subscription.deleted', sub);
    return sub;
  }

  /** @internal */
  setSubscriptionStatus(sub: Subscription, status: Subscription['status']): void {
    this.track(sub, 'customer.subscription.updated', (s) => {
      s.status = status;
    });
  }

  // ---------------------------------------------------------------- invoices

  /**
   * Simulate a renewal: roll the period, create and finalize the invoice, then attempt payment
   * off-session with the subscription's default card, else the customer's.
   */
  renew(subscriptionId: string, o: { declineCode?: string } = {}): Invoice {
    resumeDueCollections(this);
    expirePendingUpdates(this);
    const sub = this.store.require('subscription', subscriptionId);
    if (sub.status === 'canceled') throw new Error(`${sub.id} is canceled`);
    if (sub.status_details?.paused.subscription.type === 'pause_requested') {
      throw new Error(`${sub.id} is paused: Stripe generates no invoices until it is resumed`);
    }
    const item = sub.items.data[0]!;
    const periodStart = item.current_period_end;
    const periodEnd = addInterval(periodStart, item.price.recurring.interval, item.price.recurring.interval_count);
    const invoice = this.createInvoice(sub, 'subscription_cycle', periodStart, periodEnd);
    this.track(sub, 'customer.subscription.updated', (s) => {
      const it = s.items.data[0]!;
      it.current_period_start = periodStart;
      it.current_period_end = periodEnd;
      s.latest_invoice = invoice.id;
    });
    if (holdInvoice(this, sub, invoice)) return invoice;
    this.finalizeInvoice(invoice);
    const forced = o.declineCode !== undefined ? declineFor(o.declineCode) : undefined;
    if (invoice.status === 'open') this.collect(invoice, { mode: 'renewal', forced });
    return invoice;
  }

  /** @internal */
  /** Pending prorations go on it (Stripe's pending invoice items) unless `contents` says which. */
  createInvoice(sub: Subscription, reason: Invoice['billing_reason'], periodStart: number, periodEnd: number, contents: InvoiceContents = {}): Invoice {
    const customer = this.store.require('customer', sub.customer);
    const prorations = contents.prorations ?? takeProrations(this, sub.id);
    const invoice = this.store.insert(
      buildInvoice(sub, customer, reason, { start: periodStart, end: periodEnd }, this.now(), { ...contents, prorations }),
    );
    this.emit('invoice.created', invoice);
    return invoice;
  }

  /** Finalizing opens the invoice and creates the one PaymentIntent every attempt reuses. */
  /** @internal */
  finalizeInvoice(invoice: Invoice): void {
    const customer = this.store.require('customer', invoice.customer);
    const now = this.now();
    // The balance is used up (or, for a credit invoice, grown) once the invoice is final.
    const ending = Math.min(0, invoice.total + invoice.starting_balance);
    if (ending !== customer.balance) {
      this.track(customer, 'customer.updated', (c) => {
        c.balance = ending;
      });
    }
    invoice.ending_balance = ending;
    if (invoice.amount_due === 0) {
      // Nothing to collect: Stripe opens and pays it at once, without a PaymentIntent.
      invoice.status = 'open';
      this.numberInvoice(invoice, customer, now);
      this.emit('invoice.finalized', invoice);
      this.markPaid(invoice);
      return;
    }
    const pi = this.createPaymentIntent({
      amount: invoice.amount_due,
      currency: invoice.currency,
      customer: invoice.customer,
      description: invoice.billing_reason === 'subscription_create' ? 'Subscription creation' : 'Subscription update',
    });
    this.invoiceOfIntent.set(pi.id, invoice.id);
    const payment = buildInvoicePayment(invoice, pi.id, now);
    this.store.insert(payment);
    invoice.status = 'open';
    this.numberInvoice(invoice, customer, now);
    invoice.next_payment_attempt = now;
    this.emit('invoice.finalized', invoice);
  }

  private numberInvoice(invoice: Invoice, customer: Customer, now: number): void {
    invoice.number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence++).padStart(4, '0')}`;
    invoice.hosted_invoice_url = `https://invoice.stripe.com/i/acct_1StandinOffline/test_${base62(40)}?s=ap`;
    invoice.invoice_pdf = `https://pay.stripe.com/invoice/acct_1StandinOffline/test_${base62(40)}/pdf?s=ap`;
    invoice.status_transitions.finalized_at = now;
    invoice.effective_at = now;
    invoice.automatically_finalizes_at = null;
  }

  /** The invoice's default invoice_payment (and through it, its PaymentIntent). */
  defaultPaymentOf(invoiceId: string): InvoicePayment | undefined {
    return this.store.all('invoice_payment', (p) => p.invoice === invoiceId && p.is_default)[0];
  }

  invoicePayments(filter: { invoice?: string; paymentIntent?: string }): InvoicePayment[] {
    return this.store.all(
      'invoice_payment',
      (p) =>
        (filter.invoice === undefined || p.invoice === filter.invoice) &&
        (filter.paymentIntent === undefined || p.payment.payment_intent === filter.paymentIntent),
    );
  }

  /** The includable `confirmation_secret`: how API 2025-03-31+ hands out the invoice PI's client secret. */
  confirmationSecretOf(invoice: Invoice): { client_secret: string; type: 'payment_intent' } | null {
    const payment = this.defaultPaymentOf(invoice.id);
    if (!payment) return null;
    const pi = this.store.require('payment_intent', payment.payment.payment_intent);
    return { client_secret: pi.client_secret, type: 'payment_intent' };
  }

  /**
   * POST /v1/invoices/:id/pay. Throws the Stripe error for a failed attempt (402 decline,
   * 402 `invoice_payment_intent_requires_action`), after recording it like Stripe does.
   */
  payInvoice(id: string, o: { paymentMethod?: string; offSession?: boolean } = {}): Invoice {
    const invoice = this.store.require('invoice', id);
    const failure = this.collect(invoice, {
      paymentMethod: o.paymentMethod,
      mode: o.offSession === false ? 'on_session' : 'off_session',
    });
    if (failure) throw failure;
    return invoice;
  }

  /** One payment attempt on an invoice. Returns the error an API caller would get, if any. */
  /** @internal */
  collect(
    invoice: Invoice,
    o: { paymentMethod?: string; mode: PaymentMode; forced?: Decline; finalRetry?: boolean },
  ): StripeApiError | undefined {
    // Stripe answers these with a 400 whose code it does not document: callers must re-read the invoice.
    if (invoice.status === 'paid') throw invalidRequest('Invoice is already paid');
    if (invoice.status === 'void') throw invalidRequest('This invoice has been voided and can no longer be paid.');
    if (invoice.status === 'draft') this.finalizeInvoice(invoice);

    const sub = this.store.require('subscription', invoice.parent.subscription_details.subscription);
    const customer = this.store.require('customer', invoice.customer);
    const pm = o.paymentMethod
      ? this.resolvePaymentMethod(o.paymentMethod, 'payment_method')
      : this.effectivePaymentMethod(invoice, sub, customer);
    if (pm?.customer && pm.customer !== customer.id) {
      throw invalidRequest(`The PaymentMethod ${pm.id} does not belong to the invoice's customer.`, 'payment_method', 'payment_method_unexpected_state');
    }
    const pi = this.store.require('payment_intent', this.defaultPaymentOf(invoice.id)!.payment.payment_intent);
    if (isProcessing(this, pi.id)) {
      throw invalidRequest('This invoice has a payment processing: it cannot be paid again until the bank settles it.');
    }
    if (pm && !pi.payment_method_types.includes(pm.type)) {
      throw invalidRequest(
        `The PaymentMethod provided (${pm.type}) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: ${pi.payment_method_types.join(', ')}.`,
        'payment_method',
        'payment_intent_incompatible_payment_method',
      );
    }

    if (!pm) {
      const message =
        'This customer has no attached payment source or default payment method. Please consider adding a default payment method.';
      if (o.mode !== 'renewal') throw invalidRequest(message, undefined, 'resource_missing');
      // An automatic attempt without any card still counts as a failed attempt.
      this.recordFailedAttempt(invoice, sub, customer, o);
      return undefined;
    }

    const result = this.attemptPayment(pi, pm, o.mode, o.forced);
    switch (result.kind) {
      case 'succeeded':
        invoice.attempt_count += 1;
        this.markPaid(invoice, pi);
        return undefined;
      case 'processing':
        // Stripe leaves the invoice open and schedules nothing while the bank has the debit.
        invoice.attempt_count += 1;
        invoice.attempted = true;
        invoice.next_payment_attempt = null;
        return undefined;
      case 'declined': {
        this.recordFailedAttempt(invoice, sub, customer, o);
        return new StripeApiError(402, { ...result.error, payment_intent: snapshot(pi) });
      }
      case 'requires_action': {
        invoice.attempt_count += 1;
        invoice.attempted = true;
        // Smart Retries cannot answer a 3-D Secure challenge: nothing is scheduled, the customer must act.
        invoice.next_payment_attempt = null;
        this.emit('invoice.payment_action_required', invoice);
        if (sub.status === 'active') this.setSubscriptionStatus(sub, 'past_due');
        return new StripeApiError(402, {
          type: 'card_error',
          code: 'invoice_payment_intent_requires_action',
          doc_url: docUrl('invoice_payment_intent_requires_action'),
          message:
            'This payment requires additional user action before it can be completed successfully. Payment can be completed using the PaymentIntent associated with the invoice. For more details see: https://docs.stripe.com/billing/subscriptions/overview#requires-action',
        });
      }
    }
  }

  /** Stripe's priority: the invoice's, then the subscription's, then the customer's default. */
  private effectivePaymentMethod(invoice: Invoice, sub: Subscription, customer: Customer): PaymentMethod | undefined {
    const id = invoice.default_payment_method ?? sub.default_payment_method ?? customer.invoice_settings.default_payment_method;
    const pm = id ? this.store.get(id) : undefined;
    return pm?.object === 'payment_method' ? pm : undefined;
  }

  /**
   * A failed attempt: Smart Retries schedules the next one (or, with Automations, sets the date
   * afterwards), the subscription goes past_due, or is paused when the account says so.
   * `counted`: the attempt was counted already (a bank debit, when it was sent).
   * @internal
   */
  recordFailedAttempt(
    invoice: Invoice,
    sub: Subscription,
    customer: Customer,
    o: { mode: PaymentMode; finalRetry?: boolean; counted?: boolean },
  ): void {
    const automatic = o.mode === 'renewal';
    if (!o.counted) invoice.attempt_count += 1;
    invoice.attempted = true;
    const retryAt = o.finalRetry ? null : this.now() + RETRY_DELAY_SECONDS;
    invoice.next_payment_attempt = this.account.automations && automatic ? null : retryAt;
    this.emit('invoice.payment_failed', invoice);
    if (this.account.automations && automatic && retryAt !== null) this.automationRetries.set(invoice.id, retryAt);
    const pause = this.account.pauseOnPaymentFailure;
    const firstRenewalFailure = automatic && invoice.billing_reason === 'subscription_cycle' && invoice.attempt_count === 1;
    if (pause === 'first_payment_failure' && firstRenewalFailure && sub.status !== 'paused') {
      pauseForFailure(this, sub, 'first_payment_failure');
    } else if (o.finalRetry && pause === 'final_payment_failure') {
      pauseForFailure(this, sub, 'final_payment_failure');
    } else if (o.finalRetry && sub.status !== 'paused') {
      this.setSubscriptionStatus(sub, 'unpaid');
    } else if (sub.status === 'active') {
      this.setSubscriptionStatus(sub, 'past_due');
    }
    this.track(customer, 'customer.updated', (c) => {
      c.delinquent = true;
    });
  }

  /** Retry dates an Automation will set, by invoice: `runAutomations` writes them (and emits invoice.updated). */
  readonly automationRetries = new Map<string, number>();

  /** @internal */
  markPaid(invoice: Invoice, pi?: PaymentIntent): void {
    const now = this.now();
    invoice.status = 'paid';
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.attempted = true;
    invoice.next_payment_attempt = null;
    invoice.status_transitions.paid_at = now;
    const payment = this.defaultPaymentOf(invoice.id);
    if (payment && pi) {
      payment.status = 'paid';
      payment.amount_paid = pi.amount_received;
      payment.status_transitions.paid_at = now;
      this.emit('invoice_payment.paid', payment);
    }
    this.emit('invoice.paid', invoice);
    this.emit('invoice.payment_succeeded', invoice);
    // A pending update (pending_if_incomplete) waiting for this invoice applies now.
    applyPendingUpdate(this, invoice);
    const sub = this.store.require('subscription', invoice.parent.subscription_details.subscription);
    if (sub.status === 'past_due' || sub.status === 'unpaid' || sub.status === 'incomplete') {
      this.setSubscriptionStatus(sub, 'active');
    } else if (sub.status === 'paused' && this.account.resumeOnPayment) {
      resumeAfterPayment(this, sub);
    }
    resumptionSettled(this, invoice);
    const customer = this.store.require('customer', invoice.customer);
    this.track(customer, 'customer.updated', (c) => {
      c.delinquent = false;
    });
  }

  // ---------------------------------------------------------------- payment intents

  /** @internal The invoice a PaymentIntent pays, if any. */
  invoiceOf(paymentIntentId: string): string | undefined {
    return this.invoiceOfIntent.get(paymentIntentId);
  }

  private createPaymentIntent(p: { amount: number; currency: string; customer: string | null; description: string | null }): PaymentIntent {
    // An invoice's PaymentIntent takes the debits its currency allows (a real account with them enabled).
    const debits = Object.entries(DEBIT_CURRENCY).filter(([, currency]) => currency === p.currency).map(([type]) => type);
    const pi = this.store.insert(buildPaymentIntent({ ...p, paymentMethodTypes: ['card', ...debits] }, this.now()));
    this.emit('payment_intent.created', pi);
    return pi;
  }

  private paymentOutcome(pm: CardPaymentMethod, mode: PaymentMode, forced?: Decline): Outcome {
    if (forced) return { kind: 'decline', decline: forced };
    if (this.isExpired(pm)) return { kind: 'decline', decline: declineFor('expired_card') };
    const outcome = this.cardOf(pm).payment;
    if (outcome.kind === 'authenticate' && mode === 'off_session') {
      return { kind: 'decline', decline: declineFor('authentication_required') };
    }
    return outcome;
  }

  /** Confirm the PaymentIntent with `pm`: charge, decline, or stop for 3-D Secure. */
  private attemptPayment(pi: PaymentIntent, pm: PaymentMethod, mode: PaymentMode, forced?: Decline): AttemptResult {
    if (isBankMethod(pm)) {
      if (forced) throw new Error('A forced decline is for cards; seed a failing bank account (attachBankAccount) instead');
      startDebit(this, pi, pm, mode);
      return { kind: 'processing' };
    }
    const outcome = this.paymentOutcome(pm, mode, forced);
    pi.last_payment_error = null;
    pi.next_action = null;
    pi.payment_method = pm.id;
    switch (outcome.kind) {
      case 'succeed':
        this.succeedPayment(pi, pm);
        return { kind: 'succeeded' };
      case 'authenticate':
        pi.status = 'requires_action';
        pi.next_action = threeDSecureAction();
        this.emit('payment_intent.requires_action', pi);
        return { kind: 'requires_action' };
      case 'decline': {
        const charge = this.createCharge(pi, pm, outcome.decline);
        const error = this.intentError(outcome.decline, pm, charge.id);
        pi.latest_charge = charge.id;
        pi.status = 'requires_payment_method';
        pi.payment_method = null;
        pi.last_payment_error = error;
        this.emit('payment_intent.payment_failed', pi);
        return { kind: 'declined', error };
      }
    }
  }

  private succeedPayment(pi: PaymentIntent, pm: PaymentMethod): void {
    const charge = this.createCharge(pi, pm);
    pi.latest_charge = charge.id;
    pi.amount_received = pi.amount;
    pi.status = 'succeeded';
    pi.next_action = null;
    pi.last_payment_error = null;
    this.emit('payment_intent.succeeded', pi);
  }

  private createCharge(pi: PaymentIntent, pm: PaymentMethod, decline?: Decline) {
    return this.store.insert(buildCharge(pi, pm, decline, this.now()));
  }

  /** `last_payment_error` / `last_setup_error` (and the 402 body) for a card decline. */
  /** @internal */
  intentError(decline: Decline, pm: PaymentMethod, chargeId?: string): IntentError {
    return {
      type: 'card_error',
      code: decline.code,
      decline_code: decline.declineCode,
      ...(decline.adviceCode ? { advice_code: decline.adviceCode } : {}),
      ...(chargeId ? { charge: chargeId } : {}),
      doc_url: docUrl(decline.code),
      message: declineMessage(decline),
      payment_method: snapshot(pm),
    };
  }

  // ---------------------------------------------------------------- setup intents (setup-intents.ts)

  createSetupIntent(p: SetupIntentParams): SetupIntent {
    return createSetupIntent(this, p);
  }

  /** See `confirmSetupIntent` in setup-intents.ts. */
  confirmSetupIntent(id: string, using?: ConfirmWith): { setupIntent: SetupIntent; error?: StripeApiError } {
    return confirmSetupIntent(this, id, using);
  }

  // ---------------------------------------------------------------- 3-D Secure

  /** The customer completes (or fails) the bank's challenge for a SetupIntent or PaymentIntent. */
  authenticate(intentId: string, success: boolean): void {
    const intent = this.store.get(intentId);
    if (intent?.object === 'setup_intent') return authenticateSetup(this, intent, success);
    if (intent?.object === 'payment_intent') return this.authenticatePayment(intent, success);
    throw new Error(`No SetupIntent or PaymentIntent ${intentId}`);
  }

  private authenticatePayment(pi: PaymentIntent, success: boolean): void {
    if (pi.status !== 'requires_action' || !pi.payment_method) throw new Error(`${pi.id} is ${pi.status}, not requires_action`);
    const pm = this.store.require('payment_method', pi.payment_method);
    const invoiceId = this.invoiceOfIntent.get(pi.id);
    const invoice = invoiceId ? this.store.require('invoice', invoiceId) : undefined;
    if (success) {
      this.succeedPayment(pi, pm);
      // The attempt that asked for authentication was already counted on the invoice.
      if (invoice && invoice.status === 'open') this.markPaid(invoice, pi);
      return;
    }
    pi.status = 'requires_payment_method';
    pi.next_action = null;
    pi.payment_method = null;
    pi.last_payment_error = {
      type: 'invalid_request_error',
      code: 'payment_intent_authentication_failure',
      doc_url: docUrl('payment_intent_authentication_failure'),
      message:
        'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      payment_method: snapshot(pm),
    };
    this.emit('payment_intent.payment_failed', pi);
    if (invoice) this.emit('invoice.payment_failed', invoice);
  }
}
