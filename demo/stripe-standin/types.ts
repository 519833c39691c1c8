/**
 * Shapes of the Stripe objects the stand-in serves. They follow the real API (version
 * 2026-10-28.endive) field by field for everything Paymend reads, and carry the usual
 * neighbours with Stripe's defaults so that code written against the stand-in meets no
 * surprise against live Stripe. Timestamps are unix seconds; references are ids (expand
 * turns them into objects at response time, never in storage).
 */

import type { Mandate, MicrodepositsAction } from './bank-types.js';
import type { Price, Product } from './price-types.js';

export type { Price, Product } from './price-types.js';
import type { DocumentedErrorCode } from './error-codes.js';

export type Id = string;
export type Metadata = Record<string, string>;

export interface StripeList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface Customer {
  id: Id;
  object: 'customer';
  address: Address | null;
  balance: number;
  created: number;
  currency: string | null;
  default_source: Id | null;
  delinquent: boolean;
  description: string | null;
  discount: null;
  email: string | null;
  invoice_prefix: string;
  invoice_settings: {
    custom_fields: null;
    default_payment_method: Id | null;
    footer: string | null;
    rendering_options: null;
  };
  livemode: false;
  metadata: Metadata;
  name: string | null;
  next_invoice_sequence: number;
  phone: string | null;
  preferred_locales: string[];
  shipping: null;
  tax_exempt: 'none';
  test_clock: null;
  /** Set once deleted: Stripe then answers only `{ id, object, deleted: true }` for it. */
  deleted?: true;
}

export type { BankPaymentMethod, Card, CardPaymentMethod, PaymentMethod, SepaDebitPaymentMethod, UsBankAccountPaymentMethod } from './payment-method-types.js';
import type { PaymentMethod } from './payment-method-types.js';

export type Interval = 'month' | 'year';

export interface SubscriptionItem {
  id: Id;
  object: 'subscription_item';
  created: number;
  current_period_end: number;
  current_period_start: number;
  discounts: Id[];
  metadata: Metadata;
  price: Price;
  quantity: number;
  subscription: Id;
  tax_rates: [];
}

export type SubscriptionStatus =
  | 'incomplete'
  | 'incomplete_expired'
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'canceled'
  | 'unpaid'
  | 'paused';

export interface Subscription {
  id: Id;
  object: 'subscription';
  billing_cycle_anchor: number;
  /** Stripe.Subscription.BillingMode: only `flexible` subscriptions can be paused (`POST /pause`). */
  billing_mode: BillingMode;
  cancel_at: number | null;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  collection_method: 'charge_automatically';
  created: number;
  currency: string;
  customer: Id;
  days_until_due: null;
  default_payment_method: Id | null;
  default_source: null;
  description: string | null;
  ended_at: number | null;
  items: StripeList<SubscriptionItem>;
  latest_invoice: Id | null;
  livemode: false;
  metadata: Metadata;
  /** Collection paused while the subscription stays as it is (Stripe.Subscription.PauseCollection). */
  pause_collection: PauseCollection | null;
  pending_setup_intent: null;
  /** `payment_behavior=pending_if_incomplete` whose invoice is not paid yet: what paying it applies (pending-updates.ts). */
  pending_update: PendingUpdate | null;
  start_date: number;
  status: SubscriptionStatus;
  /** Present while paused (API 2026-09-30+): when and why. */
  status_details?: { paused: PausedDetails };
  test_clock: null;
  trial_end: number | null;
  trial_start: number | null;
}

/** Stripe.Subscription.PendingUpdate: the changes waiting for `latest_invoice` to be paid. */
export interface PendingUpdate {
  billing_cycle_anchor: number | null;
  expires_at: number;
  subscription_items: SubscriptionItem[] | null;
  trial_end: number | null;
  trial_from_plan: boolean | null;
}

export type BillingModeType = 'classic' | 'flexible';

export interface BillingMode {
  type: BillingModeType;
  flexible: { proration_discounts: 'included' | 'itemized' } | null;
  updated_at?: number;
}

export type PauseCollectionBehavior = 'keep_as_draft' | 'mark_uncollectible' | 'void';

export interface PauseCollection {
  behavior: PauseCollectionBehavior;
  resumes_at: number | null;
}

export type PauseReason =
  | 'first_payment_failure'
  | 'final_payment_failure'
  | 'pause_requested'
  | 'system'
  | 'trial_end_without_payment_method';

/** `status_details.paused`, shaped like Stripe.Subscription.StatusDetails.Paused. */
export interface PausedDetails {
  type: 'subscription';
  subscription: { type: PauseReason };
  transitioned_at: number;
}

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';

export interface InvoiceLine {
  id: Id;
  object: 'line_item';
  amount: number;
  currency: string;
  description: string;
  invoice: Id;
  livemode: false;
  metadata: Metadata;
  parent: {
    type: 'subscription_item_details';
    invoice_item_details: null;
    subscription_item_details: {
      invoice_item: Id | null;
      proration: boolean;
      proration_details: { credited_items: null } | null;
      subscription: Id;
      subscription_item: Id;
    };
  };
  period: { start: number; end: number };
  quantity: number;
}

/**
 * API 2025-03-31+ invoice: no `payment_intent`, `charge`, `paid` or `subscription`. The
 * PaymentIntent is reached through the includable `payments` list or `confirmation_secret`,
 * which are absent from stored objects and built when expanded.
 */
export interface Invoice {
  id: Id;
  object: 'invoice';
  account_country: 'US';
  account_name: string;
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  amount_shipping: 0;
  attempt_count: number;
  attempted: boolean;
  auto_advance: boolean;
  automatically_finalizes_at: number | null;
  billing_reason: 'subscription_create' | 'subscription_cycle' | 'subscription_update' | 'manual' | 'upcoming';
  collection_method: 'charge_automatically';
  created: number;
  currency: string;
  customer: Id;
  customer_email: string | null;
  customer_name: string | null;
  default_payment_method: Id | null;
  description: string | null;
  due_date: null;
  effective_at: number | null;
  ending_balance: number | null;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  last_finalization_error: null;
  lines: StripeList<InvoiceLine>;
  livemode: false;
  metadata: Metadata;
  next_payment_attempt: number | null;
  number: string | null;
  parent: {
    type: 'subscription_details';
    quote_details: null;
    subscription_details: { subscription: Id; metadata: Metadata };
  };
  period_end: number;
  period_start: number;
  /** The customer's balance when finalized: negative is a credit, applied to amount_due. */
  starting_balance: number;
  status: InvoiceStatus;
  status_transitions: {
    finalized_at: number | null;
    marked_uncollectible_at: number | null;
    paid_at: number | null;
    voided_at: number | null;
  };
  subtotal: number;
  total: number;
  webhooks_delivered_at: number | null;
}

export interface InvoicePayment {
  id: Id;
  object: 'invoice_payment';
  amount_paid: number | null;
  amount_requested: number;
  created: number;
  currency: string;
  invoice: Id;
  is_default: boolean;
  livemode: false;
  payment: { type: 'payment_intent'; payment_intent: Id };
  status: 'open' | 'paid' | 'canceled';
  status_transitions: { canceled_at: number | null; paid_at: number | null };
}

/** The error a failed confirmation leaves on its intent (and sends back in a 402). */
export interface IntentError {
  type: 'card_error' | 'invalid_request_error';
  code: DocumentedErrorCode;
  decline_code?: string;
  advice_code?: string;
  charge?: Id;
  doc_url: string;
  message: string;
  payment_method?: PaymentMethod;
}

export type NextAction =
  | { type: 'use_stripe_sdk'; use_stripe_sdk: { type: 'three_d_secure_redirect'; stripe_js: string; source: string } }
  | MicrodepositsAction;

/** Options Stripe reports per allowed type; bank debits add theirs beside the card's. */
export interface PaymentMethodOptions {
  card: { request_three_d_secure: 'automatic' };
  us_bank_account?: { mandate_options: Record<string, never>; verification_method: 'automatic' | 'instant' | 'microdeposits' };
}

export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'succeeded'
  | 'canceled';

export interface PaymentIntent {
  id: Id;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: null;
  canceled_at: number | null;
  cancellation_reason: null;
  capture_method: 'automatic';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  customer: Id | null;
  description: string | null;
  last_payment_error: IntentError | null;
  latest_charge: Id | null;
  livemode: false;
  metadata: Metadata;
  next_action: NextAction | null;
  payment_method: Id | null;
  payment_method_options: PaymentMethodOptions;
  /** The invoice's currency decides: `eur` invoices take SEPA debits, `usd` ones ACH. */
  payment_method_types: string[];
  setup_future_usage: 'off_session' | null;
  status: PaymentIntentStatus;
}

export type SetupIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'succeeded'
  | 'canceled';

export interface SetupIntent {
  id: Id;
  object: 'setup_intent';
  automatic_payment_methods: { allow_redirects?: 'always' | 'never'; enabled: boolean } | null;
  cancellation_reason: null;
  client_secret: string;
  created: number;
  customer: Id | null;
  description: string | null;
  flow_directions: null;
  last_setup_error: IntentError | null;
  latest_attempt: null;
  livemode: false;
  /** Set once a bank debit's SetupIntent succeeds: the mandate the customer accepted. */
  mandate: Id | null;
  metadata: Metadata;
  next_action: NextAction | null;
  payment_method: Id | null;
  payment_method_configuration_details: { id: Id; parent: null } | null;
  payment_method_options: PaymentMethodOptions;
  payment_method_types: string[];
  single_use_mandate: null;
  status: SetupIntentStatus;
  usage: 'on_session' | 'off_session';
}

export interface Charge {
  id: Id;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: 0;
  captured: boolean;
  created: number;
  currency: string;
  customer: Id | null;
  description: string | null;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Metadata;
  outcome: {
    advice_code: string | null;
    network_status: 'approved_by_network' | 'declined_by_network' | 'not_sent_to_network';
    reason: string | null;
    risk_level: 'normal' | 'highest';
    seller_message: string;
    type: 'authorized' | 'issuer_declined' | 'blocked';
  };
  paid: boolean;
  payment_intent: Id;
  payment_method: Id;
  refunded: false;
  /** `pending` while a bank debit is on its way. */
  status: 'succeeded' | 'failed' | 'pending';
}

/** Every object the store can hold, discriminated by `object`. */
export type StripeObject =
  | Customer
  | PaymentMethod
  | Subscription
  | Invoice
  | InvoicePayment
  | PaymentIntent
  | SetupIntent
  | Charge
  | Mandate
  | Price
  | Product
  | StripeEvent;

export interface StripeEvent {
  id: Id;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}
