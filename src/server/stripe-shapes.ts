/**
 * The few fields of Stripe objects that Paymend reads, validated with zod.
 * Objects stay loose (unknown fields pass through) because Stripe adds fields all the time,
 * and enums stay open strings because Stripe's enums are documented as open. Anything we do
 * read is checked, so a surprise in Stripe's answer becomes a clear error, not a wrong banner.
 */
import { z } from 'zod';

const id = z.string().min(1).max(255);
const unixSeconds = z.number().int().nonnegative();
const openString = z.string().max(255);
/** An expandable reference: either the id or the expanded object (we only need its id then). */
const ref = z.union([id, z.looseObject({ id })]).nullable().optional();

export const CardSchema = z.looseObject({
  brand: openString.nullish(),
  display_brand: openString.nullish(),
  last4: z.string().max(8).nullish(),
  exp_month: z.number().int().min(1).max(12).nullish(),
  exp_year: z.number().int().min(1970).max(9999).nullish(),
  wallet: z.looseObject({ type: openString }).nullish(),
});

export const PaymentMethodSchema = z.looseObject({
  id,
  object: z.literal('payment_method').optional(),
  type: openString,
  card: CardSchema.nullish(),
  customer: ref,
});
export type StripePaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** Legacy Card sources (`card_…`) still show up as `default_source` on old customers. */
export const CardSourceSchema = z.looseObject({
  id,
  object: z.literal('card'),
  brand: openString.nullish(),
  last4: z.string().max(8).nullish(),
  exp_month: z.number().int().min(1).max(12).nullish(),
  exp_year: z.number().int().min(1970).max(9999).nullish(),
});
export type StripeCardSource = z.infer<typeof CardSourceSchema>;

const paymentMethodRef = z.union([id, PaymentMethodSchema]).nullable().optional();

export const CustomerSchema = z.looseObject({
  id,
  object: z.literal('customer').optional(),
  deleted: z.boolean().optional(),
  default_source: z.union([id, CardSourceSchema, z.looseObject({ id })]).nullish(),
  invoice_settings: z.looseObject({ default_payment_method: paymentMethodRef }).nullish(),
});
export type StripeCustomer = z.infer<typeof CustomerSchema>;

/** A price as the offers read it: a plain recurring amount is what can be offered as a cheaper plan. */
export const PriceSchema = z.looseObject({
  id,
  active: z.boolean().optional(),
  unit_amount: z.number().int().nonnegative().nullish(),
  currency: z.string().min(3).max(3),
  recurring: z.looseObject({ interval: openString, interval_count: z.number().int().positive().optional() }).nullish(),
  product: z.union([id, z.looseObject({ id, name: z.string().max(250).nullish() })]).nullish(),
});
export type StripePrice = z.infer<typeof PriceSchema>;

export const SubscriptionSchema = z.looseObject({
  id,
  status: openString,
  /** API 2026-09-30+, while paused: why (`first_payment_failure`, `final_payment_failure`, `pause_requested`, …). */
  status_details: z
    .looseObject({
      paused: z
        .looseObject({
          type: openString.optional(),
          subscription: z.looseObject({ type: openString }).nullish(),
          transitioned_at: unixSeconds.nullish(),
        })
        .nullish(),
    })
    .nullish(),
  customer: ref,
  default_payment_method: paymentMethodRef,
  created: unixSeconds.optional(),
  /** API 2025-03-31+: each item's current period; its end is when Stripe charges next (annual plans too). */
  items: z
    .looseObject({
      data: z.array(z.looseObject({ id: id.optional(), current_period_end: unixSeconds.nullish(), price: PriceSchema.nullish() })),
    })
    .nullish(),
  /** `flexible` allows Stripe's subscription pause (offers); `classic` only `pause_collection`. */
  billing_mode: z.looseObject({ type: openString }).nullish(),
  /** Set while collection is paused (`pause_collection`); Stripe resumes collecting at `resumes_at`. */
  pause_collection: z.looseObject({ behavior: openString, resumes_at: unixSeconds.nullish() }).nullish(),
  schedule: ref,
  metadata: z.record(z.string(), z.string()).nullish(),
  /** Before API 2025-03-31 the period was the subscription's own. */
  current_period_end: unixSeconds.nullish(),
  cancel_at_period_end: z.boolean().nullish(),
  cancel_at: unixSeconds.nullish(),
  /** `send_invoice` subscriptions are paid by the customer from an emailed invoice: no method on file needed. */
  collection_method: openString.nullish(),
});
export type StripeSubscription = z.infer<typeof SubscriptionSchema>;

export const LastPaymentErrorSchema = z.looseObject({
  type: openString.optional(),
  code: openString.nullish(),
  decline_code: openString.nullish(),
  advice_code: openString.nullish(),
  /** The method this attempt was made with. */
  payment_method: z.looseObject({ id }).nullish(),
});

export const PaymentIntentSchema = z.looseObject({
  id,
  status: openString,
  client_secret: z.string().max(512).nullish(),
  last_payment_error: LastPaymentErrorSchema.nullish(),
  payment_method: ref,
});
export type StripePaymentIntent = z.infer<typeof PaymentIntentSchema>;

export const InvoiceSchema = z.looseObject({
  id,
  status: openString.nullable(),
  customer: ref,
  amount_due: z.number().int().nonnegative(),
  amount_remaining: z.number().int().nonnegative().optional(),
  currency: z.string().min(3).max(3),
  attempt_count: z.number().int().nonnegative(),
  next_payment_attempt: unixSeconds.nullish(),
  hosted_invoice_url: z.string().max(2048).nullish(),
  collection_method: openString.optional(),
  created: unixSeconds,
  status_transitions: z.looseObject({ finalized_at: unixSeconds.nullish() }).nullish(),
  /** API 2025-03-31+: the subscription is reached through `parent`, no longer `invoice.subscription`. */
  parent: z
    .looseObject({
      type: openString.optional(),
      subscription_details: z.looseObject({ subscription: ref }).nullish(),
    })
    .nullish(),
  /** Includable list (expand `payments`): how API 2025-03-31+ reaches the PaymentIntent. */
  payments: z
    .looseObject({
      data: z.array(
        z.looseObject({
          is_default: z.boolean().optional(),
          status: openString.optional(),
          payment: z.looseObject({
            type: openString.optional(),
            payment_intent: z.union([id, PaymentIntentSchema]).nullish(),
          }),
        }),
      ),
    })
    .nullish(),
  confirmation_secret: z.looseObject({ client_secret: z.string().max(512), type: openString.optional() }).nullish(),
});
export type StripeInvoice = z.infer<typeof InvoiceSchema>;

export const SetupIntentSchema = z.looseObject({
  id,
  status: openString,
  customer: ref,
  payment_method: z.union([id, PaymentMethodSchema]).nullish(),
  client_secret: z.string().max(512).nullish(),
});
export type StripeSetupIntent = z.infer<typeof SetupIntentSchema>;

/** Id of an expandable reference, whichever form Stripe sent. */
export function refId(value: string | { id: string } | null | undefined): string | null {
  if (value == null) return null;
  return typeof value === 'string' ? value : value.id;
}

/**
 * Id of an expandable reference read from an unchecked payload (a webhook's object): a non-empty id
 * string, or an expanded object's; null for anything else.
 */
export function refIdOf(value: unknown): string | null {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** The subscription an invoice belongs to, across API versions. */
export function invoiceSubscriptionId(invoice: StripeInvoice): string | null {
  const fromParent = refId(invoice.parent?.subscription_details?.subscription ?? null);
  if (fromParent) return fromParent;
  const legacy = (invoice as { subscription?: unknown }).subscription;
  return typeof legacy === 'string' ? legacy : null;
}
