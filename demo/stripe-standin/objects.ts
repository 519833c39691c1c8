/**
 * Builders for new Stripe objects with the defaults Stripe gives them. Pure: no storage, no
 * events, `now` passed in. The engine decides when objects are created and how they change.
 */
import { declineMessage, fingerprint, type Decline, type TestCard } from './cards.js';
import { base62, clientSecret, newId } from './ids.js';
import { list } from './store.js';
import type {
  CardPaymentMethod,
  Charge,
  Customer,
  Interval,
  Invoice,
  InvoicePayment,
  NextAction,
  PaymentIntent,
  PaymentMethod,
  PaymentMethodOptions,
  SetupIntent,
  Subscription,
} from './types.js';

const emptyAddress = () => ({ city: null, country: null, line1: null, line2: null, postal_code: null, state: null });

export function buildCustomer(p: { id?: string; email?: string; name?: string; metadata?: Record<string, string>; phone?: string; preferredLocales?: string[] }, now: number): Customer {
  return {
    id: p.id ?? newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: now,
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: p.email ?? null,
    invoice_prefix: base62(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: { ...p.metadata },
    name: p.name ?? null,
    next_invoice_sequence: 1,
    phone: p.phone ?? null,
    preferred_locales: [...(p.preferredLocales ?? [])],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

export function buildPaymentMethod(card: TestCard, expMonth: number, expYear: number, now: number): CardPaymentMethod {
  return {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: emptyAddress(), email: null, name: null, phone: null, tax_id: null },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country,
      display_brand: card.brand,
      exp_month: expMonth,
      exp_year: expYear,
      fingerprint: fingerprint(card.number),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: now,
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

/** An active subscription with one licensed item at `amount` per interval, period starting now. */
export function buildSubscription(
  p: { customer: string; amount: number; currency: string; interval: Interval; defaultPaymentMethod: string | null },
  now: number,
): Subscription {
  const id = newId('sub');
  return {
    id,
    object: 'subscription',
    billing_cycle_anchor: now,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    collection_method: 'charge_automatically',
    created: now,
    currency: p.currency,
    customer: p.customer,
    days_until_due: null,
    default_payment_method: p.defaultPaymentMethod,
    default_source: null,
    description: null,
    ended_at: null,
    items: list(
      [
        {
          id: `si_${base62(14)}`,
          object: 'subscription_item',
          created: now,
          // API 2025-03-31 moved the current period from the subscription to its items.
          current_period_end: addInterval(now, p.interval),
          current_period_start: now,
          discounts: [],
          metadata: {},
          price: {
            id: newId('price'),
            object: 'price',
            active: true,
            billing_scheme: 'per_unit',
            created: now,
            currency: p.currency,
            livemode: false,
            lookup_key: null,
            metadata: {},
            nickname: null,
            product: `prod_${base62(14)}`,
            recurring: { interval: p.interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
            tax_behavior: 'unspecified',
            type: 'recurring',
            unit_amount: p.amount,
            unit_amount_decimal: String(p.amount),
          },
          quantity: 1,
          subscription: id,
          tax_rates: [],
        },
      ],
      `/v1/subscription_items?subscription=${id}`,
    ),
    latest_invoice: null,
    livemode: false,
    metadata: {},
    pending_setup_intent: null,
    pending_update: null,
    start_date: now,
    status: 'active',
    test_clock: null,
    trial_end: null,
    trial_start: null,
  };
}

/** A draft invoice for one period of the subscription's item. */
export function buildInvoice(
  sub: Subscription,
  customer: Customer,
  reason: Invoice['billing_reason'],
  period: { start: number; end: number },
  now: number,
): Invoice {
  const item = sub.items.data[0]!;
  const amount = item.price.unit_amount * item.quantity;
  const id = newId('in');
  return {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'Paymend Demo',
    amount_due: amount,
    amount_paid: 0,
    amount_remaining: amount,
    amount_shipping: 0,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatically_finalizes_at: now + 3600,
    billing_reason: reason,
    collection_method: 'charge_automatically',
    created: now,
    currency: sub.currency,
    customer: customer.id,
    customer_email: customer.email,
    customer_name: customer.name,
    default_payment_method: null,
    description: null,
    due_date: null,
    effective_at: null,
    ending_balance: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    last_finalization_error: null,
    lines: list(
      [
        {
          id: `il_${base62(24)}`,
          object: 'line_item',
          amount,
          currency: sub.currency,
          description: `1 × Subscription (at ${formatAmount(item.price.unit_amount, sub.currency)} / ${item.price.recurring.interval})`,
          invoice: id,
          livemode: false,
          metadata: {},
          parent: {
            type: 'subscription_item_details',
            invoice_item_details: null,
            subscription_item_details: {
              invoice_item: null,
              proration: false,
              proration_details: null,
              subscription: sub.id,
              subscription_item: item.id,
            },
          },
          period: { start: period.start, end: period.end },
          quantity: item.quantity,
        },
      ],
      `/v1/invoices/${id}/lines`,
    ),
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: sub.id, metadata: { ...sub.metadata } },
    },
    period_end: period.end,
    period_start: period.start,
    starting_balance: 0,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: amount,
    total: amount,
    webhooks_delivered_at: null,
  };
}

export function buildInvoicePayment(invoice: Invoice, paymentIntentId: string, now: number): InvoicePayment {
  return {
    id: newId('inpay'),
    object: 'invoice_payment',
    amount_paid: null,
    amount_requested: invoice.amount_due,
    created: now,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: paymentIntentId },
    status: 'open',
    status_transitions: { canceled_at: null, paid_at: null },
  };
}

/** Stripe reports options for each allowed type that has some; ACH's say how accounts get verified. */
function optionsFor(types: readonly string[]): PaymentMethodOptions {
  return {
    card: { request_three_d_secure: 'automatic' },
    ...(types.includes('us_bank_account') ? { us_bank_account: { mandate_options: {}, verification_method: 'automatic' as const } } : {}),
  };
}

export function buildPaymentIntent(
  p: { amount: number; currency: string; customer: string | null; description: string | null; paymentMethodTypes: string[] },
  now: number,
): PaymentIntent {
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    amount: p.amount,
    amount_capturable: 0,
    amount_received: 0,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: clientSecret(id),
    confirmation_method: 'automatic',
    created: now,
    currency: p.currency,
    customer: p.customer,
    description: p.description,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: {},
    next_action: null,
    payment_method: null,
    payment_method_options: optionsFor(p.paymentMethodTypes),
    payment_method_types: [...p.paymentMethodTypes],
    setup_future_usage: null,
    status: 'requires_payment_method',
  };
}

export function buildSetupIntent(
  p: {
    customer: string | null;
    usage: SetupIntent['usage'];
    paymentMethodTypes: string[];
    automatic: boolean;
    paymentMethodConfiguration: string | null;
    description: string | null;
    metadata: Record<string, string>;
    paymentMethod: string | null;
  },
  now: number,
): SetupIntent {
  const id = newId('seti');
  return {
    id,
    object: 'setup_intent',
    automatic_payment_methods: p.automatic ? { allow_redirects: 'always', enabled: true } : null,
    cancellation_reason: null,
    client_secret: clientSecret(id),
    created: now,
    customer: p.customer,
    description: p.description,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: { ...p.metadata },
    next_action: null,
    payment_method: p.paymentMethod,
    payment_method_configuration_details: p.paymentMethodConfiguration ? { id: p.paymentMethodConfiguration, parent: null } : null,
    payment_method_options: optionsFor(p.paymentMethodTypes),
    payment_method_types: p.paymentMethodTypes,
    single_use_mandate: null,
    status: p.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    usage: p.usage,
  };
}

/** The charge a payment attempt leaves behind, successful or declined. */
export function buildCharge(pi: PaymentIntent, pm: PaymentMethod, decline: Decline | undefined, now: number): Charge {
  // Radar blocks before the network sees the charge.
  const blocked = decline?.declineCode === 'fraudulent';
  return {
    id: newId('ch'),
    object: 'charge',
    amount: pi.amount,
    amount_captured: decline ? 0 : pi.amount,
    amount_refunded: 0,
    captured: !decline,
    created: now,
    currency: pi.currency,
    customer: pi.customer,
    description: pi.description,
    failure_code: decline?.code ?? null,
    failure_message: decline ? declineMessage(decline) : null,
    livemode: false,
    metadata: {},
    outcome: decline
      ? {
          advice_code: decline.adviceCode ?? null,
          network_status: blocked ? 'not_sent_to_network' : 'declined_by_network',
          reason: decline.declineCode,
          risk_level: blocked ? 'highest' : 'normal',
          seller_message: blocked ? 'Stripe blocked this payment as too risky.' : 'The bank did not return any further details with this decline.',
          type: blocked ? 'blocked' : 'issuer_declined',
        }
      : approvedOutcome(),
    paid: !decline,
    payment_intent: pi.id,
    payment_method: pm.id,
    refunded: false,
    status: decline ? 'failed' : 'succeeded',
  };
}

export function threeDSecureAction(): NextAction {
  return {
    type: 'use_stripe_sdk',
    use_stripe_sdk: {
      type: 'three_d_secure_redirect',
      stripe_js: `https://hooks.stripe.com/redirect/authenticate/src_${base62(24)}?client_secret=src_client_secret_${base62(24)}`,
      source: `src_${base62(24)}`,
    },
  };
}

/** Same day next month (or year), in UTC, as Stripe bills. */
export function addInterval(unixSeconds: number, interval: Interval): number {
  const d = new Date(unixSeconds * 1000);
  if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return Math.floor(d.getTime() / 1000);
}

function formatAmount(minor: number, currency: string): string {
  return `${(minor / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

/** Metadata update semantics: keys merge, an empty value unsets the key, `{}` from `metadata=` clears all. */
export function mergeMetadata(current: Record<string, string>, update: Record<string, string>): Record<string, string> {
  if (Object.keys(update).length === 0) return {};
  const out = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}

/** A charge's `outcome` when the network approved it (cards, and a bank debit on its way). */
export function approvedOutcome() {
  return {
    advice_code: null,
    network_status: 'approved_by_network',
    reason: null,
    risk_level: 'normal',
    seller_message: 'Payment complete.',
    type: 'authorized',
  } as const;
}
