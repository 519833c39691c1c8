/**
 * Offline Stripe stand-in: an HTTP server answering the part of Stripe's REST API that
 * Paymend's backend uses, for the official `stripe` SDK pointed at it with
 * `new Stripe('sk_test_x', { host: '127.0.0.1', port, protocol: 'http' })`, plus direct
 * helpers to seed data and play the customer's or the bank's part in scenarios.
 */
import type { AccountSettings } from './account.js';
import { automaticallyUpdateCard } from './customers.js';
import { Engine, type CardOptions } from './engine.js';
import { announceUpcoming, markUncollectible, remindInvoice, retryInvoice, runAutomations, voidInvoice } from './invoices.js';
import { Renderer } from './expand.js';
import { FaultInjector, type FaultSpec } from './faults.js';
import { sessionPaymentMethods } from './customer-sessions.js';
import { IdempotencyCache } from './idempotency.js';
import { StandinHttpServer, type RequestRecord } from './server.js';
import type { Customer, Invoice, PaymentIntent, PaymentMethod, Price, SetupIntent, StripeEvent, StripeObject, Subscription } from './types.js';
import { createPrice, type PriceSeed } from './prices.js';
import { attachBankAccount, configureDebits, settleDebits, settleDueDebits, verifyMicrodepositsFor, type BankAccountRef } from './bank-debits.js';
import { bankDetailsFrom, readerForJson } from './bank-methods.js';
import { StripeApiError } from './errors.js';
import { endTrial, startTrial, type MissingPaymentMethodBehavior } from './trials.js';
import { walletPaymentMethod, type WalletType } from './wallets.js';
import { FormError } from './form.js';
import { ACCEPTS, parameterUnknown, unknownParam } from './params.js';
import { signPayload, WebhookDispatcher, type DeliveryRecord, type DeliveryResult, type WebhookTarget } from './webhooks.js';

export type * from './types.js';
export type * from './bank-types.js';
export type { BankAccountRef } from './bank-debits.js';
export { WALLET_TYPES, type WalletType } from './wallets.js';
export { BANK_SCENARIOS, TEST_IBANS, TEST_US_ACCOUNTS, type BankScenario } from './bank-accounts.js';
export type { DeliveryRecord, DeliveryResult, WebhookTarget } from './webhooks.js';
export type { FaultSpec } from './faults.js';
export type { AccountSettings } from './account.js';
export type { PriceSeed } from './prices.js';
export type { RequestRecord } from './server.js';
export { TEST_CARDS, type TestCard } from './cards.js';
export { API_VERSION } from './engine.js';

export interface StandinOptions {
  /** 0 = random (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where to POST signed events; can be set later with setWebhook(). */
  webhook?: WebhookTarget;
  /** Default true: every event is POSTed to webhook.url as it happens. */
  autoDeliver?: boolean;
  /** Clock in ms (default Date.now); tests move time with it. */
  now?: () => number;
  /**
   * Timers on that clock (the demo's `DemoClock`): bank debits then settle, and their webhooks go
   * out, when the clock reaches their settlement day. Without it nothing runs on its own: debits
   * settle on `settleDebits()`, or at the first API request after their day.
   */
  timers?: { setTimeout(fn: () => void, ms: number): unknown };
}

export interface StripeStandin {
  url: string;
  host: string;
  port: number;
  /** Every API request received (method, path without query), to count Stripe calls in benchmarks. */
  requests: RequestRecord[];
  resetRequests(): void;
  /** Set the endpoint for automatic deliveries; null stops them. */
  setWebhook(w: WebhookTarget | null): void;

  /** Seed a customer (emits customer.created). */
  createCustomer(p?: { id?: string; email?: string; name?: string; phone?: string; preferredLocales?: string[] }): Customer;
  /**
   * Seed a saved card: a test card number or `pm_card_*` token, attached without the bank
   * check the API's attach does. `makeDefault` defaults to true when the customer has no default yet.
   */
  attachCard(customerId: string, card: string, o?: CardOptions & { makeDefault?: boolean }): PaymentMethod;
  /**
   * Seed a recurring licensed price (`GET /v1/prices/:id` finds it) and, unless `product` names an
   * existing product id, a product called `productName` (default "Subscription").
   */
  createPrice(p: PriceSeed): Price;
  /**
   * Seed an active subscription on an existing `price`, or on a new price at `amount` per
   * `interval`; no invoice is charged. `billingMode` defaults to `flexible`, Stripe's default for
   * new subscriptions: only those can be paused (`POST /pause`); `classic` ones only have pause_collection.
   */
  createSubscription(p: {
    customer: string;
    amount?: number;
    price?: string;
    currency?: string;
    defaultPaymentMethod?: string | null;
    interval?: 'month' | 'year';
    billingMode?: 'classic' | 'flexible';
  }): Subscription;
  /**
   * Simulate a renewal: create and finalize the next invoice and charge it off-session with the
   * subscription's default card, else the customer's. A decline leaves the invoice open
   * (attempt_count + 1, next_payment_attempt in 3 days) and the subscription past_due; a card
   * needing 3-D Secure leaves the PaymentIntent in requires_action; a bank account leaves it
   * processing, the invoice open, until `settleDebits()` or the clock settles it. Returns the invoice.
   */
  renew(subscriptionId: string, o?: { declineCode?: string }): Invoice;
  /**
   * The account's Dashboard settings, changed in place: `pauseOnPaymentFailure` makes a failed
   * renewal pause the subscription (API 2026-09-30), `resumeOnPayment` resumes it once that invoice
   * is paid, `automations` moves the retry date from `invoice.payment_failed` to `invoice.updated`.
   */
  account: AccountSettings;
  /**
   * A Smart Retry of an open invoice with the card on file (off-session, automatic). `finalRetry`
   * makes it the last of the schedule: on failure the subscription ends unpaid, or paused if the
   * account pauses on the final failure. `declineCode` forces a decline.
   */
  retryInvoice(invoiceId: string, o?: { finalRetry?: boolean; declineCode?: string }): Invoice;
  /** The customer pays elsewhere (hosted invoice page, another tab) with a `pm_card_*` token or pm id. Throws the Stripe error on failure. */
  payInvoiceElsewhere(invoiceId: string, card: string): Invoice;
  /** Some days before a renewal: `invoice.upcoming` with a preview of the next invoice (no id). Returns the event. */
  announceUpcoming(subscriptionId: string): StripeEvent;
  /** The merchant voids an open invoice (as `POST /v1/invoices/:id/void`). */
  voidInvoice(invoiceId: string): Invoice;
  /** The merchant marks an open invoice uncollectible (as `POST /v1/invoices/:id/mark_uncollectible`). */
  markUncollectible(invoiceId: string): Invoice;
  /** Billing Automations run: pending retry dates are written, each as `invoice.updated`. */
  runAutomations(): Invoice[];
  /** A due-date reminder Stripe's Automations send: `invoice.will_be_due` or `invoice.overdue`. */
  remindInvoice(invoiceId: string, kind: 'will_be_due' | 'overdue'): Invoice;
  /** The card network's account updater renews a card: `payment_method.automatically_updated`. */
  automaticallyUpdateCard(paymentMethodId: string, o: CardOptions): PaymentMethod;
  /**
   * Run `action` right before the next request whose path contains `pathIncludes` (and of
   * `method`, if given) is handled, once: makes races such as "paid by a Smart Retry between the
   * list and the pay" repeatable.
   */
  beforeNext(match: { method?: string; pathIncludes: string }, action: () => void): void;
  /** Complete (true) or fail (false) a pending 3-D Secure challenge on a SetupIntent or PaymentIntent. */
  authenticate(intentId: string, success: boolean): void;
  /**
   * What Stripe.js confirmSetup does in the browser: confirm the SetupIntent with a card number,
   * `pm_card_*` token or pm id. Declines do not throw: the intent comes back with last_setup_error.
   */
  confirmSetupIntent(setupIntentId: string, card: string): SetupIntent;
  /** What the Payment Element's Google Pay or Apple Pay does: confirms with the wallet's card (Visa 4242, `card.wallet` set). */
  confirmSetupIntentWithWallet(setupIntentId: string, wallet: WalletType): SetupIntent;
  /**
   * Seed a bank account the customer already set up (mandate accepted, ACH verified): a scenario
   * name (`sepa_success`, `sepa_failure`, `sepa_insufficient_funds`, `ach_success`,
   * `ach_insufficient_funds`, `ach_account_closed`, `ach_processing`), a test IBAN or a test US
   * account number (routing 110000000). Charges on it stay `processing` until settled; SEPA needs an
   * `eur` subscription, ACH a `usd` one. `makeDefault` defaults to true when the customer has no default yet.
   */
  attachBankAccount(customerId: string, account: BankAccountRef, o?: { makeDefault?: boolean }): PaymentMethod;
  /** The subscription's trial runs `days` from now (status `trialing`, first charge at its end). */
  startTrial(subscriptionId: string, days: number): Subscription;
  /**
   * The trial ends: with a method on file, the first renewal; without one, what
   * `trial_settings.end_behavior.missing_payment_method` says (`create_invoice` default, `pause`, `cancel`).
   */
  endTrial(subscriptionId: string, missingPaymentMethod?: MissingPaymentMethodBehavior): Subscription;
  /**
   * What Stripe.js confirmSetup does with a bank account typed into the Payment Element:
   * `paymentMethodData` as Stripe.js sends it (`type`, `sepa_debit.iban` or `us_bank_account.routing_number`
   * and `account_number`, `billing_details.name` and `email`), the mandate accepted online from
   * `acceptance` (the browser's address and user agent). SEPA succeeds; ACH comes back `requires_action`
   * (micro-deposits). Data Stripe refuses throws the API's StripeApiError.
   */
  confirmSetupIntentWithBankAccount(
    setupIntentId: string,
    paymentMethodData: Record<string, unknown>,
    acceptance?: { ipAddress?: string; userAgent?: string },
  ): SetupIntent;
  /** The customer confirms the micro-deposits (32 and 45 cents, or SM11AA), as the API's verify_microdeposits. */
  verifyMicrodeposits(setupIntentId: string, o: { amounts?: number[]; descriptorCode?: string }): SetupIntent;
  /**
   * The bank answers: every processing debit (or the one on `paymentIntent`) succeeds or is returned,
   * as its test account says, whatever the clock. `dueOnly` settles only those whose settlement day
   * (SEPA 5, ACH 4 business days) the clock has passed. Returns the PaymentIntents that settled.
   */
  settleDebits(o?: { paymentIntent?: string; dueOnly?: boolean }): PaymentIntent[];
  /** Every event created, in order. */
  events: StripeEvent[];
  /** Every webhook delivery attempt and what the endpoint answered (failures are recorded, not thrown). */
  deliveries: DeliveryRecord[];
  /**
   * (Re)send one event, signed, to the configured endpoint (or the last one configured, so tests
   * can switch auto delivery off with setWebhook(null) and deliver by hand, in any order).
   */
  deliver(event: StripeEvent, o?: { secret?: string; timestamp?: number }): Promise<DeliveryResult>;
  /** Resolves when all automatic deliveries queued so far (and any they caused) are done. */
  flushWebhooks(): Promise<void>;
  /** `Stripe-Signature` header value for a payload: `t=<unix s>,v1=<hex HMAC-SHA256 of "t.payload">`. */
  signPayload(payload: string, secret: string, timestamp?: number): string;
  /**
   * Fault injection: the next `n` API requests (only those whose path contains `pathIncludes`, if
   * given) answer with `status` and a Stripe-shaped error (429 rate_limit, 500 api_error,
   * 409 lock_timeout), after waiting `delayMs` if given. A status below 400 only delays.
   */
  failNext(n: number, f: FaultSpec): void;
  /** Drops every pending fault: Stripe is healthy again. */
  clearFaults(): void;
  /** The saved cards a CustomerSession lets the Payment Element show (what the browser stand-in lists). */
  sessionPaymentMethods(customerSessionClientSecret: string): PaymentMethod[];
  /** The live stored object with that id (mutations show up in later responses), for assertions. */
  get(id: string): any;
  close(): Promise<void>;
}

export async function startStripeStandin(opts: StandinOptions = {}): Promise<StripeStandin> {
  const clockMs = opts.now ?? Date.now;
  const dispatcher = new WebhookDispatcher(clockMs, { target: opts.webhook ?? null, autoDeliver: opts.autoDeliver ?? true });
  const engine = new Engine({
    clockMs,
    onEvent: (event) => dispatcher.enqueue(event),
    webhookConfigured: () => dispatcher.target !== null,
  });
  const faults = new FaultInjector();
  const requests: RequestRecord[] = [];
  const http = new StandinHttpServer({
    engine,
    renderer: new Renderer(engine),
    faults,
    idempotency: new IdempotencyCache(() => engine.store.now()),
    requests,
  });
  const requestedHost = opts.host ?? '127.0.0.1';
  const address = await http.listen(opts.port ?? 0, requestedHost);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const timers = opts.timers;
  configureDebits(engine, {
    origin: `http://${urlHost}:${address.port}`,
    ...(timers ? { schedule: (fn: () => void, ms: number) => void timers.setTimeout(fn, ms) } : {}),
  });

  return {
    url: `http://${urlHost}:${address.port}`,
    host: requestedHost,
    port: address.port,
    requests,
    resetRequests: () => {
      requests.length = 0;
    },
    setWebhook: (w) => {
      dispatcher.target = w;
    },
    createCustomer: (p) => engine.createCustomer(p),
    attachCard: (customerId, card, o) => engine.attachCard(customerId, card, o),
    createPrice: (p) => createPrice(engine, p),
    createSubscription: (p) => engine.createSubscription(p),
    renew: (subscriptionId, o) => engine.renew(subscriptionId, o),
    authenticate: (intentId, success) => engine.authenticate(intentId, success),
    account: engine.account,
    retryInvoice: (invoiceId, o) => retryInvoice(engine, invoiceId, o),
    payInvoiceElsewhere: (invoiceId, card) => engine.payInvoice(invoiceId, { paymentMethod: card, offSession: false }),
    voidInvoice: (invoiceId) => voidInvoice(engine, invoiceId),
    announceUpcoming: (subscriptionId) => announceUpcoming(engine, subscriptionId),
    markUncollectible: (invoiceId) => markUncollectible(engine, invoiceId),
    runAutomations: () => runAutomations(engine),
    remindInvoice: (invoiceId, kind) => remindInvoice(engine, invoiceId, kind),
    automaticallyUpdateCard: (paymentMethodId, o) => automaticallyUpdateCard(engine, paymentMethodId, o),
    beforeNext: (match, action) => faults.beforeNext(match, action),
    confirmSetupIntent: (setupIntentId, card) => engine.confirmSetupIntent(setupIntentId, card).setupIntent,
    confirmSetupIntentWithWallet: (setupIntentId, wallet) =>
      engine.confirmSetupIntent(setupIntentId, walletPaymentMethod(engine, wallet).id).setupIntent,
    attachBankAccount: (customerId, account, o) => attachBankAccount(engine, customerId, account, o),
    startTrial: (subscriptionId, days) => startTrial(engine, subscriptionId, days),
    endTrial: (subscriptionId, missing) => endTrial(engine, subscriptionId, missing),
    // Like Stripe.js, an ACH account whose deposits could not be sent comes back with last_setup_error, not thrown.
    confirmSetupIntentWithBankAccount: (setupIntentId, data, acceptance = {}) =>
      engine.confirmSetupIntent(setupIntentId, {
        paymentMethodData: browserBankDetails(data),
        acceptance: { type: 'online', ipAddress: acceptance.ipAddress ?? '127.0.0.1', userAgent: acceptance.userAgent ?? 'stripe-standin' },
      }).setupIntent,
    verifyMicrodeposits: (setupIntentId, o) => verifyMicrodepositsFor(engine, setupIntentId, o),
    settleDebits: (o = {}) => (o.dueOnly ? settleDueDebits(engine) : settleDebits(engine, o)),
    events: engine.events,
    deliveries: dispatcher.deliveries,
    deliver: (event, o) => dispatcher.deliver(event, o),
    flushWebhooks: () => dispatcher.flush(),
    signPayload: (payload, secret, timestamp) => signPayload(payload, secret, timestamp ?? Math.floor(clockMs() / 1000)),
    failNext: (n, f) => faults.add(n, f),
    clearFaults: () => faults.clear(),
    sessionPaymentMethods: (secret) => sessionPaymentMethods(engine, secret),
    get: (id): StripeObject | undefined => engine.store.get(id),
    close: async () => {
      await http.close();
    },
  };
}

/** Stripe.js's `payment_method_data`, checked as the API checks the same parameters. */
function browserBankDetails(data: Record<string, unknown>) {
  try {
    const params = readerForJson({ payment_method_data: data });
    const unknown = unknownParam(params.raw, ACCEPTS.setupIntentConfirm);
    if (unknown) throw parameterUnknown(unknown);
    return bankDetailsFrom(params)!;
  } catch (error) {
    if (error instanceof FormError) {
      throw new StripeApiError(400, { type: 'invalid_request_error', message: error.message, param: error.param, ...(error.code ? { code: error.code } : {}) });
    }
    throw error;
  }
}
