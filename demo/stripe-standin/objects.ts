/**
 * Builders for new Stripe objects with the defaults Stripe gives them. Pure: no storage, no
 * events, `now` passed in. The engine decides when objects are created and how they change.
 */
import { declineMessage, fingerprint, type Decline, type TestCard } from './cards.js';
import { base62, clientSecret, newId } from './ids.js';
import type { Proration } from './prorations.js';
import { list } from './store.js';
import type {
  BillingModeType,
  CardPaymentMethod,
  Charge,
  Customer,
  Interval,
  Invoice,
  InvoiceLine,
  InvoicePayment,
  NextAction,
  PaymentIntent,
  PaymentMethod,
  PaymentMethodOptions,
  Price,
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

/** An active subscription with one licensed item on `price`, period starting now. */
export function buildSubscription(
  p: { customer: string; price: Price; defaultPaymentMethod: string | null; billingMode: BillingModeType },
  now: number,
): Subscription {
  const id = newId('sub');
  return {
    id,
    object: 'subscription',
    billing_cycle_anchor: now,
    billing_mode:
      p.billingMode === 'flexible'
        ? { type: 'flexible', flexible: { proration_discounts: 'itemized' }, updated_at: now }
        : { type: 'classic', flexible: null },
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    collection_method: 'charge_automatically',
    created: now,
    currency: p.price.currency,
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
          current_period_end: addInterval(now, p.price.recurring.interval, p.price.recurring.interval_count),
          current_period_start: now,
          discounts: [],
          metadata: {},
          // Stripe embeds the whole price in the item.
          price: structuredClone(p.price),
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
    pause_collection: null,
    pending_setup_intent: null,
    pending_update: null,
    start_date: now,
    status: 'active',
    test_clock: null,
    trial_end: null,
    trial_start: null,
  };
}

/** What goes on an invoice besides (or instead of) the item's period: pending prorations. */
export interface InvoiceContents {
  /** The item's charge for the period; false for an invoice of prorations only. Default true. */
  recurring?: boolean;
  prorations?: readonly Proration[];
}

function subscriptionLine(
  invoiceId: string,
  sub: Subscription,
  p: { amount: number; description: string; period: { start: number; end: number }; quantity: number; subscriptionItem: string; invoiceItem: string | null },
): InvoiceLine {
  return {
    id: `il_${base62(24)}`,
    object: 'line_item',
    amount: p.amount,
    currency: sub.currency,
    description: p.description,
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: p.invoiceItem,
        proration: p.invoiceItem !== null,
        proration_details: p.invoiceItem !== null ? { credited_items: null } : null,
        subscription: sub.id,
        subscription_item: p.subscriptionItem,
      },
    },
    period: { start: p.period.start, end: p.period.end },
    quantity: p.quantity,
  };
}

/**
 * A draft invoice for one period of the subscription's item, plus any prorations. The customer's
 * balance (a credit left by an earlier negative invoice) is applied to what is due.
 */
export function buildInvoice(
  sub: Subscription,
  customer: Customer,
  reason: Invoice['billing_reason'],
  period: { start: number; end: number },
  now: number,
  contents: InvoiceContents = {},
): Invoice {
  const item = sub.items.data[0]!;
  const id = newId('in');
  const lines: InvoiceLine[] = [];
  if (contents.recurring ?? true) {
    lines.push(
      subscriptionLine(id, sub, {
        amount: item.price.unit_amount * item.quantity,
        description: `${item.quantity} × Subscription (at ${formatAmount(item.price.unit_amount, sub.currency)} / ${item.price.recurring.interval})`,
        period,
        quantity: item.quantity,
        subscriptionItem: item.id,
        invoiceItem: null,
      }),
    );
  }
  for (const p of contents.prorations ?? []) {
    lines.push(subscriptionLine(id, sub, { ...p, invoiceItem: p.invoiceItem }));
  }
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const amount = Math.max(0, total + customer.balance);
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
    lines: list(lines, `/v1/invoices/${id}/lines`),
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
    starting_balance: customer.balance,
    status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    total,
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

/** Same day `count` months (or years) later, in UTC, as Stripe bills. */
export function addInterval(unixSeconds: number, interval: Interval, count = 1): number {
  const d = new Date(unixSeconds * 1000);
  if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + count);
  else d.setUTCMonth(d.getUTCMonth() + count);
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
