/**
 * Which parameters each endpoint accepts, checked against the `stripe` package's own param types.
 * Stripe answers an unknown parameter, at any depth, with a 400 `parameter_unknown`; doing the
 * same here means a typo in Paymend's calls (or a parameter only a newer API has) fails a test
 * instead of passing silently. Because each list `satisfies` the SDK's type, a key Stripe does not
 * have fails `tsc` here too.
 */
import type Stripe from 'stripe';
import { StripeApiError, docUrl } from './errors.js';
import { paramName, type FormObject, type FormValue } from './form.js';

/** `true`: accepted with any value beneath it (strings, lists, metadata hashes). */
type Leaf = true;
/** A list of hashes (`items[0][price]`) names the keys each element may have. */
type Nested<T> = T extends readonly (infer U)[] ? (U extends object ? ParamSpec<U> : never) : T extends object ? ParamSpec<T> : never;
/** The accepted subset of a Stripe params type; nested objects name their accepted keys in turn. */
export type ParamSpec<P> = { readonly [K in keyof P]?: Leaf | Nested<NonNullable<P[K]>> };

/** What the stand-in keeps of a spec at run time, whatever params type it was checked against. */
export interface AcceptedParams {
  readonly [key: string]: Leaf | AcceptedParams | undefined;
}

const page = { limit: true, starting_after: true, ending_before: true, expand: true } as const;
const expandOnly = { expand: true } as const;

export const ACCEPTS = {
  customerRetrieve: expandOnly satisfies ParamSpec<Stripe.CustomerRetrieveParams>,
  customerUpdate: {
    invoice_settings: { default_payment_method: true },
    email: true,
    name: true,
    metadata: true,
    expand: true,
  } satisfies ParamSpec<Stripe.CustomerUpdateParams>,
  customerDelete: {} satisfies ParamSpec<Stripe.CustomerDeleteParams>,
  customerPaymentMethods: { ...page, type: true } satisfies ParamSpec<Stripe.CustomerListPaymentMethodsParams>,

  paymentMethodRetrieve: expandOnly satisfies ParamSpec<Stripe.PaymentMethodRetrieveParams>,
  paymentMethodUpdate: {
    card: { exp_month: true, exp_year: true },
    metadata: true,
    expand: true,
  } satisfies ParamSpec<Stripe.PaymentMethodUpdateParams>,
  paymentMethodAttach: { customer: true, expand: true } satisfies ParamSpec<Stripe.PaymentMethodAttachParams>,
  paymentMethodDetach: expandOnly satisfies ParamSpec<Stripe.PaymentMethodDetachParams>,

  subscriptionList: { ...page, customer: true, status: true } satisfies ParamSpec<Stripe.SubscriptionListParams>,
  subscriptionRetrieve: expandOnly satisfies ParamSpec<Stripe.SubscriptionRetrieveParams>,
  subscriptionUpdate: {
    default_payment_method: true,
    metadata: true,
    cancel_at_period_end: true,
    pause_collection: { behavior: true, resumes_at: true },
    // One licensed item swapped to another price (plan-change.ts); quantities and new items are not modelled.
    items: { id: true, price: true },
    proration_behavior: true,
    // API 2026-10-28 takes it as a hash (`billing_cycle_anchor[type]=now`), as resume does.
    billing_cycle_anchor: { type: true },
    payment_behavior: true,
    expand: true,
  } satisfies ParamSpec<Stripe.SubscriptionUpdateParams>,
  subscriptionPause: {
    type: true,
    invoicing_behavior: true,
    bill_for: { outstanding_usage_through: { type: true }, unused_time_from: { type: true } },
    expand: true,
  } satisfies ParamSpec<Stripe.SubscriptionPauseParams>,

  priceRetrieve: expandOnly satisfies ParamSpec<Stripe.PriceRetrieveParams>,
  priceList: {
    ...page,
    active: true,
    currency: true,
    lookup_keys: true,
    product: true,
    recurring: { interval: true },
    type: true,
  } satisfies ParamSpec<Stripe.PriceListParams>,
  productRetrieve: expandOnly satisfies ParamSpec<Stripe.ProductRetrieveParams>,
  subscriptionCancel: expandOnly satisfies ParamSpec<Stripe.SubscriptionCancelParams>,
  subscriptionResume: {
    billing_cycle_anchor: { type: true },
    payment_behavior: true,
    proration_behavior: true,
    expand: true,
  } satisfies ParamSpec<Stripe.SubscriptionResumeParams>,

  invoiceList: { ...page, customer: true, subscription: true, status: true } satisfies ParamSpec<Stripe.InvoiceListParams>,
  invoiceRetrieve: expandOnly satisfies ParamSpec<Stripe.InvoiceRetrieveParams>,
  invoicePay: { payment_method: true, off_session: true, expand: true } satisfies ParamSpec<Stripe.InvoicePayParams>,
  invoiceVoid: expandOnly satisfies ParamSpec<Stripe.InvoiceVoidInvoiceParams>,
  invoiceMarkUncollectible: expandOnly satisfies ParamSpec<Stripe.InvoiceMarkUncollectibleParams>,
  invoicePaymentList: {
    ...page,
    invoice: true,
    payment: { type: true, payment_intent: true },
  } satisfies ParamSpec<Stripe.InvoicePaymentListParams>,
  invoicePaymentRetrieve: expandOnly satisfies ParamSpec<Stripe.InvoicePaymentRetrieveParams>,

  paymentIntentRetrieve: { client_secret: true, expand: true } satisfies ParamSpec<Stripe.PaymentIntentRetrieveParams>,
  chargeRetrieve: expandOnly satisfies ParamSpec<Stripe.ChargeRetrieveParams>,

  setupIntentCreate: {
    customer: true,
    usage: true,
    allowed_payment_method_types: true,
    automatic_payment_methods: { enabled: true },
    payment_method_configuration: true,
    description: true,
    metadata: true,
    payment_method: true,
    confirm: true,
    expand: true,
  } satisfies ParamSpec<Stripe.SetupIntentCreateParams>,
  setupIntentRetrieve: { client_secret: true, expand: true } satisfies ParamSpec<Stripe.SetupIntentRetrieveParams>,
  setupIntentConfirm: {
    payment_method: true,
    // Bank debits only (bank-methods.ts): cards are confirmed with a token or a pm id.
    payment_method_data: {
      type: true,
      billing_details: { name: true, email: true, phone: true, address: true },
      sepa_debit: { iban: true },
      us_bank_account: { account_holder_type: true, account_number: true, account_type: true, routing_number: true },
      metadata: true,
    },
    mandate_data: {
      customer_acceptance: { type: true, accepted_at: true, online: { ip_address: true, user_agent: true }, offline: true },
    },
    expand: true,
  } satisfies ParamSpec<Stripe.SetupIntentConfirmParams>,
  setupIntentVerifyMicrodeposits: { amounts: true, descriptor_code: true, expand: true } satisfies ParamSpec<Stripe.SetupIntentVerifyMicrodepositsParams>,
  mandateRetrieve: expandOnly satisfies ParamSpec<Stripe.MandateRetrieveParams>,

  customerSessionCreate: {
    customer: true,
    components: {
      payment_element: {
        enabled: true,
        features: {
          payment_method_allow_redisplay_filters: true,
          payment_method_redisplay: true,
          payment_method_redisplay_limit: true,
          payment_method_remove: true,
          payment_method_save: true,
        },
      },
    },
    expand: true,
  } satisfies ParamSpec<Stripe.CustomerSessionCreateParams>,

  eventList: { ...page, type: true } satisfies ParamSpec<Stripe.EventListParams>,
  eventRetrieve: expandOnly satisfies ParamSpec<Stripe.EventRetrieveParams>,
} satisfies Record<string, AcceptedParams>;

/** The first parameter `form` has that `accepted` does not, as a path; null if there is none. */
export function unknownParam(form: FormObject, accepted: AcceptedParams, prefix: string[] = []): string[] | null {
  for (const [key, value] of Object.entries(form)) {
    const spec = accepted[key];
    const path = [...prefix, key];
    if (spec === undefined) return path;
    if (spec === true) continue;
    const nested = nestedUnknown(value, spec, path);
    if (nested) return nested;
  }
  return null;
}

function nestedUnknown(value: FormValue, spec: AcceptedParams, path: string[]): string[] | null {
  // `invoice_settings=` (empty) is how Stripe's encoding unsets a whole hash: nothing beneath to check.
  if (typeof value === 'string') return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nestedUnknown(item, spec, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  return unknownParam(value, spec, path);
}

/** Stripe's answer to a parameter it does not know. */
export function parameterUnknown(path: readonly string[]): StripeApiError {
  const param = paramName(path);
  return new StripeApiError(400, {
    type: 'invalid_request_error',
    code: 'parameter_unknown',
    doc_url: docUrl('parameter_unknown'),
    message: `Received unknown parameter: ${param}`,
    param,
  });
}

/** Whether a route declared the parameter it reads: a route reading an undeclared one is a stand-in bug. */
export function isAccepted(accepted: AcceptedParams, path: readonly string[]): boolean {
  let node: AcceptedParams | Leaf | undefined = accepted;
  for (const segment of path) {
    if (node === true) return true;
    node = node?.[segment];
    if (node === undefined) return false;
  }
  return node !== undefined;
}
