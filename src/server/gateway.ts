/**
 * Every call Paymend makes to Stripe, in one place, with what comes back validated.
 * Reads are kept to a handful per derivation because Stripe limits reads per transaction.
 */
import type Stripe from 'stripe';
import type { CompleteFailure, Failure } from '../protocol/index.js';
import {
  isOverdueSubscription,
  isPausedForFailure,
  isPausedForMissingMethod,
  type BillingFacts,
} from './derive.js';
import { HandlerError } from './errors.js';
import { paymentIntentOf, readBillingFacts } from './billing-facts.js';
import {
  CustomerSchema,
  InvoiceSchema,
  SetupIntentSchema,
  SubscriptionSchema,
  invoiceSubscriptionId,
  refId,
  type StripeInvoice,
  type StripeSubscription,
} from './stripe-shapes.js';
import type { z } from 'zod';
import { PAYMEND_SETUP_METADATA, SetupIntentOriginSchema, proofMatches, type SetupIntentOrigin } from './setup-intent-freshness.js';
import type { AutomaticDecline, CardIdentity, RetryLedger } from './retry-ledger.js';

/** Stripe's error for `invoices.pay` when the bank wants the customer to authenticate. */
const REQUIRES_ACTION = 'invoice_payment_intent_requires_action';

export function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HandlerError(502, 'stripe_unavailable', 'The payment provider answered unexpectedly.', {
      cause: new Error(`Unexpected Stripe ${what}: ${result.error.message}`),
    });
  }
  return result.data;
}

export interface StripeErrorLike {
  type?: string;
  code?: string;
  decline_code?: string;
  advice_code?: string;
  statusCode?: number;
}

export function asStripeError(error: unknown): StripeErrorLike | null {
  return error && typeof error === 'object' && 'type' in error ? (error as StripeErrorLike) : null;
}

export function isCardError(error: unknown): error is StripeErrorLike {
  return asStripeError(error)?.type === 'StripeCardError';
}

/** Errors from Stripe other than declines become a 502 that says nothing of Stripe's internals. */
export function wrapStripeError(error: unknown): never {
  if (error instanceof HandlerError) throw error;
  const stripeError = asStripeError(error);
  if (stripeError?.type === 'StripeRateLimitError') {
    throw new HandlerError(503, 'stripe_unavailable', 'The payment provider is busy. Please try again shortly.', { cause: error });
  }
  throw new HandlerError(502, 'stripe_unavailable', 'The payment provider could not be reached. Please try again.', { cause: error });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Repeats a Stripe call that hit a rate limit, with exponential backoff. The SDK already retries
 * 409 `lock_timeout`, 5xx and dropped connections (with an idempotency key on every POST, so a
 * retried write happens once) but leaves 429 to us; every call Paymend makes is safe to repeat
 * (reads, idempotent updates, and `invoices.pay` under our own idempotency key).
 */
export async function retryRateLimited<T>(fn: () => Promise<T>, retries = 2): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (asStripeError(error)?.type !== 'StripeRateLimitError' || attempt >= retries) throw error;
      await sleep(200 * 2 ** attempt + Math.random() * 100);
    }
  }
}

/** A Stripe call whose failure is not the customer's: retried when rate limited, then a safe 5xx. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await retryRateLimited(fn);
  } catch (error) {
    return wrapStripeError(error);
  }
}

export interface CompleteOutcome {
  paymentMethodId: string;
  /** Invoices paid during this call. */
  paid: Array<{ id: string; amount: number; currency: string }>;
  /**
   * Invoices a bank debit (ACH, SEPA…) is now paying: the payment is `processing` and arrives in
   * days, or fails then (Stripe's webhooks tell which). Not counted as recovered until it arrives.
   */
  processing: Array<{ id: string; amount: number; currency: string }>;
  nextAction?: { clientSecret: string };
  failure?: CompleteFailure;
}

/** What `/complete` checks about a SetupIntent beyond "this customer's, and succeeded". */
export interface CompleteGuard {
  /** The SetupIntent's client secret, when the browser sent it: it must match. */
  proof?: string;
  /** Throws a HandlerError when this SetupIntent may not be completed now (see setup-intent-freshness.ts). */
  accept(intent: SetupIntentOrigin): void | Promise<void>;
  /** Counts and bounds the customer's attempts per invoice and card (see retry-discipline.ts). */
  retries?: RetryLedger;
  /** The customer is not there (a bank account verified days later): nobody could confirm a payment. */
  offSession?: boolean;
}

export interface GatewayOptions {
  /** Per-request timeout; a page view must not wait Stripe's default 80 s. */
  timeoutMs: number;
  /** Retries of 409/5xx/network errors per request, on top of the first try. */
  maxNetworkRetries: number;
  /** The merchant's `pmc_…`: which wallets and local methods the Payment Element offers. */
  paymentMethodConfiguration?: string;
}

/** Stripe's answers when a payment method cannot pay an invoice at all (its currency, its kind). */
const INCOMPATIBLE_METHOD = new Set(['payment_intent_incompatible_payment_method', 'payment_method_currency_mismatch']);

export class StripeGateway {
  /** Request options for every call, whatever the merchant configured on their own client. */
  private readonly request: Stripe.RequestOptions;
  private readonly paymentMethodConfiguration: string | undefined;

  constructor(
    private readonly stripe: Stripe,
    options: GatewayOptions,
  ) {
    this.request = { timeout: options.timeoutMs, maxNetworkRetries: options.maxNetworkRetries };
    this.paymentMethodConfiguration = options.paymentMethodConfiguration;
  }

  /** Everything the status derivation needs: 2 reads for most customers (see billing-facts.ts). */
  readFacts(customerId: string): Promise<BillingFacts | null> {
    return readBillingFacts(this.stripe, this.request, customerId);
  }

  /** The PaymentIntent of an attempted invoice, for its status and `last_payment_error`. */
  private readInvoicePaymentIntent(invoice: StripeInvoice) {
    return paymentIntentOf(this.stripe, this.request, invoice);
  }

  /** The client secret of the customer's invoice PaymentIntent that awaits the bank's confirmation, if any. */
  async paymentActionSecret(customerId: string): Promise<string | null> {
    const invoicesRaw = await call(() =>
      this.stripe.invoices.list({ customer: customerId, status: 'open', limit: 100, expand: ['data.payments'] }, this.request),
    );
    for (const invoice of invoicesRaw.data.map((i) => parse(InvoiceSchema, i, 'invoice'))) {
      const paymentIntent = await this.readInvoicePaymentIntent(invoice);
      if (paymentIntent?.status !== 'requires_action') continue;
      if (paymentIntent.client_secret) return paymentIntent.client_secret;
      const fresh = parse(
        InvoiceSchema,
        await call(() => this.stripe.invoices.retrieve(invoice.id, { expand: ['confirmation_secret'] }, this.request)),
        'invoice',
      );
      return fresh.confirmation_secret?.client_secret ?? null;
    }
    return null;
  }

  async createSetupIntent(customerId: string): Promise<{ clientSecret: string }> {
    const raw = await call(() =>
      this.stripe.setupIntents.create({
        customer: customerId,
        usage: 'off_session',
        // Stripe takes a configuration only with automatic payment methods on; both stay together.
        automatic_payment_methods: { enabled: true },
        ...(this.paymentMethodConfiguration ? { payment_method_configuration: this.paymentMethodConfiguration } : {}),
        metadata: { ...PAYMEND_SETUP_METADATA },
      }, this.request),
    );
    const intent = parse(SetupIntentSchema, raw, 'setup intent');
    if (!intent.client_secret) throw new HandlerError(502, 'stripe_unavailable', 'The payment provider answered unexpectedly.');
    return { clientSecret: intent.client_secret };
  }

  /**
   * A CustomerSession that lets the Payment Element list the customer's saved payment methods.
   * It only redisplays: saving is the SetupIntent's job and removing a card could strand a
   * subscription, so both stay off. All `allow_redisplay` values are shown because cards saved
   * off-session through SetupIntents are `unspecified` or `limited`, not `always`.
   */
  async createCustomerSession(customerId: string): Promise<{ clientSecret: string }> {
    const raw = await call(() =>
      this.stripe.customerSessions.create({
        customer: customerId,
        components: {
          payment_element: {
            enabled: true,
            features: {
              payment_method_redisplay: 'enabled',
              payment_method_save: 'disabled',
              payment_method_remove: 'disabled',
              payment_method_allow_redisplay_filters: ['always', 'limited', 'unspecified'],
            },
          },
        },
      }, this.request),
    );
    const secret = (raw as { client_secret?: unknown }).client_secret;
    if (typeof secret !== 'string' || secret === '') throw new HandlerError(502, 'stripe_unavailable', 'The payment provider answered unexpectedly.');
    return { clientSecret: secret };
  }

  /**
   * After the customer confirmed a SetupIntent: pay what is overdue with the new method, then make
   * it the default everywhere. Paying first means a card the bank declines is not adopted, and
   * the customer's previous default stays as it was.
   */
  async completeUpdate(customerId: string, setupIntentId: string, guard: CompleteGuard): Promise<CompleteOutcome> {
    const raw = await call(() => this.stripe.setupIntents.retrieve(setupIntentId, {}, this.request)).catch((error: unknown) => {
      if (error instanceof HandlerError && asStripeError(error.cause)?.code === 'resource_missing') {
        throw new HandlerError(404, 'not_found', 'No such card update.');
      }
      throw error;
    });
    const intent = parse(SetupIntentSchema, raw, 'setup intent');
    // Answer "not found" for another customer's intent, so ids cannot be probed; a proof that does
    // not match is answered the same way, so it cannot be told apart from a wrong id.
    if (refId(intent.customer ?? null) !== customerId) throw new HandlerError(404, 'not_found', 'No such card update.');
    if (guard.proof !== undefined && !(await proofMatches(guard.proof, intent.client_secret))) {
      throw new HandlerError(404, 'not_found', 'No such card update.');
    }
    await guard.accept(parse(SetupIntentOriginSchema, raw, 'setup intent'));
    const paymentMethodId = refId(intent.payment_method ?? null);
    if (intent.status !== 'succeeded' || !paymentMethodId) {
      throw new HandlerError(409, 'setup_intent_not_succeeded', 'The card has not been confirmed yet.');
    }

    const subscriptions = await this.listSubscriptions(customerId);
    const overdue = new Set(subscriptions.filter(isOverdueSubscription).map((s) => s.id));

    const outcome: CompleteOutcome = { paymentMethodId, paid: [], processing: [] };
    if (overdue.size > 0) {
      // Payments expanded: the retry discipline reads what Stripe's own last attempt said of the card.
      const invoicesRaw = await call(() =>
        this.stripe.invoices.list({ customer: customerId, status: 'open', limit: 100, ...(guard.retries ? { expand: ['data.payments'] } : {}) }, this.request),
      );
      const due = invoicesRaw.data
        .map((i) => parse(InvoiceSchema, i, 'invoice'))
        .filter((i) => overdue.has(invoiceSubscriptionId(i) ?? ''))
        .sort((a, b) => a.created - b.created);
      const discipline = guard.retries && due.length > 0 ? { retries: guard.retries, card: await this.cardIdentity(paymentMethodId) } : null;
      for (const invoice of due) {
        const attempt = await this.attemptWithinDiscipline(invoice, paymentMethodId, guard.offSession ?? false, discipline);
        // Refused before charging: the card on file stays the default, and nothing is charged.
        if ('refusal' in attempt) return { ...outcome, failure: attempt.refusal };
        const { result } = attempt;
        const amount = { id: invoice.id, amount: invoice.amount_remaining ?? invoice.amount_due, currency: invoice.currency };
        if (result === 'paid') outcome.paid.push(amount);
        else if (result === 'processing') outcome.processing.push(amount);
        else if (result === 'settled_elsewhere') continue;
        else if ('nextAction' in result) return { ...outcome, nextAction: result.nextAction };
        else return { ...outcome, failure: attempt.declinedBefore ? { ...result.failure, sameCard: true } : result.failure };
      }
    }
    // Everything it owed is settled now, so a subscription paused for a failed payment can run again.
    for (const subscription of subscriptions.filter(isPausedForFailure)) await this.resumeIfStillPaused(subscription.id, 'failure');

    await call(() =>
      this.stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } }, this.request),
    );
    await this.alignSubscriptions(customerId, subscriptions, paymentMethodId);
    // Paused at the trial's end for want of a method: with one on file now, it starts its first period.
    for (const subscription of subscriptions.filter(isPausedForMissingMethod)) await this.resumeIfStillPaused(subscription.id, 'missing_method');
    return outcome;
  }

  /**
   * Resumes a paused subscription, unless it is no longer paused for that reason (hence the fresh
   * read): the merchant's Stripe settings may have resumed it when the invoice was paid.
   * - `failure`: the period is kept as it was. The invoice just paid covers it, and Stripe's default
   *   (`billing_cycle_anchor: now`) would bill again.
   * - `missing_method` (the trial ended without one): the first paid period starts now, and it stays
   *   paused until that invoice is paid, so a declined card does not start a service nobody pays for.
   */
  private async resumeIfStillPaused(subscriptionId: string, why: 'failure' | 'missing_method'): Promise<void> {
    const stillPaused = why === 'failure' ? isPausedForFailure : isPausedForMissingMethod;
    const read = async () =>
      parse(SubscriptionSchema, await call(() => this.stripe.subscriptions.retrieve(subscriptionId, {}, this.request)), 'subscription');
    if (!stillPaused(await read())) return;
    const params: Stripe.SubscriptionResumeParams =
      why === 'failure'
        ? { billing_cycle_anchor: { type: 'unchanged' }, proration_behavior: 'none' }
        : { billing_cycle_anchor: { type: 'now' }, payment_behavior: 'resume_on_payment_success' };
    try {
      // One key per subscription and reason: a repeated /complete never starts a second period.
      await retryRateLimited(() =>
        this.stripe.subscriptions.resume(subscriptionId, params, { ...this.request, idempotencyKey: `paymend-resume-${why}-${subscriptionId}` }),
      );
    } catch (error) {
      // Resumed meanwhile (the account's automatic resumption, another tab): that is the goal reached.
      if (asStripeError(error)?.type === 'StripeInvalidRequestError' && !stillPaused(await read())) return;
      wrapStripeError(error);
    }
  }

  /**
   * A subscription's own default wins over the customer's: leaving it would keep the old card charged,
   * so every live subscription with its own default gets the customer's. Two updates finishing at once
   * (two tabs) could each write their own card and leave the customer on one and a subscription on the
   * other; so after writing, this reads the customer's default as it is now and aligns again, until a
   * read shows nothing left to change. Whoever writes last then reads last, and leaves one card everywhere.
   */
  private async alignSubscriptions(customerId: string, subscriptions: StripeSubscription[], target: string): Promise<void> {
    for (let pass = 0; pass < 3; pass += 1) {
      const stale = subscriptions.filter((subscription) => {
        const own = refId(subscription.default_payment_method ?? null);
        return own !== null && own !== target && !['canceled', 'incomplete_expired'].includes(subscription.status);
      });
      if (stale.length === 0) return;
      for (const subscription of stale) {
        await call(() => this.stripe.subscriptions.update(subscription.id, { default_payment_method: target }, this.request));
      }
      const [customerRaw, current] = await Promise.all([
        call(() => this.stripe.customers.retrieve(customerId, {}, this.request)),
        this.listSubscriptions(customerId),
      ]);
      const currentDefault = refId(parse(CustomerSchema, customerRaw, 'customer').invoice_settings?.default_payment_method ?? null);
      if (!currentDefault) return;
      target = currentDefault;
      subscriptions = current;
    }
  }

  /**
   * The card's fingerprint (the same card under any PaymentMethod id). A method without one (a
   * wallet token, a bank debit of another shape) is known by its PaymentMethod id alone.
   */
  private async cardIdentity(paymentMethodId: string): Promise<CardIdentity> {
    const raw = (await call(() => this.stripe.paymentMethods.retrieve(paymentMethodId, {}, this.request))) as unknown as Record<string, unknown>;
    const ofType = raw[typeof raw.type === 'string' ? raw.type : 'card'];
    const fingerprint = ofType && typeof ofType === 'object' ? (ofType as { fingerprint?: unknown }).fingerprint : undefined;
    return { fingerprint: typeof fingerprint === 'string' && fingerprint ? fingerprint : `pm:${paymentMethodId}`, paymentMethodId };
  }

  /** What the invoice's last attempt (often Stripe's automatic retry) said, and of which card. */
  private async automaticDecline(invoice: StripeInvoice): Promise<AutomaticDecline | null> {
    const error = (await this.readInvoicePaymentIntent(invoice))?.last_payment_error;
    if (!error) return null;
    const method = (error as { payment_method?: { card?: { fingerprint?: unknown } } }).payment_method;
    const fingerprint = method?.card?.fingerprint;
    return {
      fingerprint: typeof fingerprint === 'string' ? fingerprint : null,
      declineCode: error.decline_code ?? null,
      adviceCode: error.advice_code ?? null,
    };
  }

  /** How to reach a customer (for notifications): null when the customer was deleted. One read. */
  async readContact(customerId: string): Promise<{ email: string | null; phone: string | null; name: string | null; locales: string[] } | null> {
    const raw = (await call(() => this.stripe.customers.retrieve(customerId, {}, this.request))) as unknown as Record<string, unknown>;
    if (raw.deleted === true) return null;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
    const locales = Array.isArray(raw.preferred_locales) ? raw.preferred_locales.filter((l): l is string => typeof l === 'string') : [];
    return { email: text(raw.email), phone: text(raw.phone), name: text(raw.name), locales };
  }

  /** Every subscription of the customer, whatever its status (as `/complete` and the alignment read them). */
  private async listSubscriptions(customerId: string): Promise<StripeSubscription[]> {
    const subscriptionsRaw = await call(() => this.stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 100 }, this.request));
    return subscriptionsRaw.data.map((s) => parse(SubscriptionSchema, s, 'subscription'));
  }

  /**
   * Pays an overdue invoice now with the method on file, the customer absent (`off_session: true`):
   * after the method changed outside Paymend (src/server/retry-on-change.ts). A decline comes back as
   * a failure; an invoice settled meanwhile as `settled_elsewhere`. With `retries`, the attempt is
   * one more on that card for the networks' limits: `refused` (nothing charged) when the card's last
   * decline on this invoice said "never" or its attempts are used up.
   */
  async retryOffSession(
    invoice: StripeInvoice,
    paymentMethodId: string,
    retries?: RetryLedger,
  ): Promise<'paid' | 'processing' | 'settled_elsewhere' | 'refused' | { failure: Failure }> {
    const discipline = retries ? { retries, card: await this.cardIdentity(paymentMethodId) } : null;
    const attempt = await this.attemptWithinDiscipline(invoice, paymentMethodId, true, discipline);
    if ('refusal' in attempt) return 'refused';
    const { result } = attempt;
    if (typeof result !== 'object') return result;
    // Off-session, `payInvoice` answers a bank's request to authenticate as that failure already.
    return { failure: 'nextAction' in result ? { code: 'authentication_required', declineCode: null, adviceCode: null } : result.failure };
  }

  /**
   * One payment of an invoice within the retry discipline, for `/complete` and the retry on a card
   * change alike: refused before charging when the card must not be charged again (a "never"
   * decline on this invoice, or its attempts used up), and a decline remembered as the card's last
   * on this invoice. `declinedBefore`: this card had already failed here (a decline is "declined too").
   */
  private async attemptWithinDiscipline(
    invoice: StripeInvoice,
    paymentMethodId: string,
    offSession: boolean,
    discipline: { retries: RetryLedger; card: CardIdentity } | null,
  ): Promise<{ refusal: CompleteFailure } | { result: Awaited<ReturnType<StripeGateway['payInvoice']>>; declinedBefore: boolean }> {
    const permit = discipline ? await discipline.retries.permit(invoice.id, discipline.card, await this.automaticDecline(invoice)) : null;
    if (permit?.refusal) return { refusal: permit.refusal };
    const result = await this.payInvoice(invoice, paymentMethodId, offSession);
    if (discipline && typeof result === 'object' && 'failure' in result) await discipline.retries.declined(invoice.id, discipline.card.fingerprint, result.failure);
    return { result, declinedBefore: permit?.declinedBefore ?? false };
  }

  /**
   * Pays one overdue invoice with the new card. `settled_elsewhere`: it was paid (a Smart Retry,
   * another tab), voided or marked uncollectible between the list and the pay. `processing`: a bank
   * debit took it, and Stripe leaves the invoice open until the money arrives.
   */
  private async payInvoice(
    invoice: StripeInvoice,
    paymentMethodId: string,
    offSession = false,
  ): Promise<'paid' | 'processing' | 'settled_elsewhere' | { nextAction: { clientSecret: string } } | { failure: Failure }> {
    try {
      // With the customer here the bank may ask them to authenticate: `off_session: false`.
      // One key per invoice and card: a repeated /complete replays Stripe's answer, never charges twice;
      // the off-session retry has a key of its own, so it never replays a /complete's answer or vice versa.
      const key = `${offSession ? 'paymend-retry' : 'paymend-pay'}-${invoice.id}-${paymentMethodId}`;
      const answered = await retryRateLimited(() =>
        this.stripe.invoices.pay(invoice.id, { payment_method: paymentMethodId, off_session: offSession }, { ...this.request, idempotencyKey: key }),
      );
      // A card pays at once; a bank debit leaves the invoice open with its payment on its way.
      return parse(InvoiceSchema, answered, 'invoice').status === 'open' ? 'processing' : 'paid';
    } catch (error) {
      const stripeError = asStripeError(error);
      // Nobody is there to authenticate: a bank asking for it is a decline of this attempt.
      if (offSession && stripeError?.code === REQUIRES_ACTION) return { failure: { code: 'authentication_required', declineCode: null, adviceCode: null } };
      if (stripeError?.code === REQUIRES_ACTION) {
        const fresh = parse(
          InvoiceSchema,
          await call(() => this.stripe.invoices.retrieve(invoice.id, { expand: ['confirmation_secret'] }, this.request)),
          'invoice',
        );
        const clientSecret = fresh.confirmation_secret?.client_secret;
        if (!clientSecret) throw new HandlerError(502, 'stripe_unavailable', 'The payment provider answered unexpectedly.');
        return { nextAction: { clientSecret } };
      }
      // The method cannot pay this invoice (a SEPA debit for a USD invoice): not an outage, a method
      // to replace. The customer keeps the old one on file and is asked for another.
      if (stripeError?.type === 'StripeInvalidRequestError' && stripeError.code && INCOMPATIBLE_METHOD.has(stripeError.code)) {
        return { failure: { code: stripeError.code, declineCode: null, adviceCode: null } };
      }
      if (isCardError(error)) {
        return {
          failure: {
            code: error.code ?? 'card_declined',
            declineCode: error.decline_code ?? null,
            adviceCode: error.advice_code ?? null,
          },
        };
      }
      // Stripe answers a pay on an invoice that is no longer open with a 400 whose code it does not
      // document: what the invoice is now says whether there is anything left to do.
      if (stripeError?.type === 'StripeInvalidRequestError' && stripeError.statusCode === 400) {
        const fresh = parse(InvoiceSchema, await call(() => this.stripe.invoices.retrieve(invoice.id, {}, this.request)), 'invoice');
        if (fresh.status === 'paid' || fresh.status === 'void' || fresh.status === 'uncollectible') return 'settled_elsewhere';
      }
      return wrapStripeError(error);
    }
  }
}
