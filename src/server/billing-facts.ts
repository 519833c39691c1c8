/**
 * What a status derivation reads from Stripe, in as few reads as Stripe's expands allow: Stripe
 * limits reads per transaction (500 on average over 30 days), and every cold customer costs some.
 *
 *  1. The customer's open invoices, each with its payments and, expanded from the first, the
 *     customer with its default method and its current subscriptions (`data.customer.…`, at most
 *     Stripe's four levels).
 *  2. Only when there is no open invoice (most customers): the customer itself, with its
 *     subscriptions and each one's own default method expanded.
 *  Then, only for an attempted invoice, its PaymentIntent (`last_payment_error`): Stripe cannot
 *  expand it from a list (`data.payments.data.payment.payment_intent` is five levels), and only for
 *  a subscription whose own default method is not the customer's, that method (five levels again).
 *
 * So a healthy customer costs 2 reads, a failing one 2 (its invoices, its PaymentIntent), where
 * reading customer, subscriptions and invoices side by side cost 3 and 4. A list Stripe cuts short
 * (more than 10 subscriptions) or an expansion it refuses falls back to reading them one by one.
 */
import type Stripe from 'stripe';
import type { BillingFacts } from './derive.js';
import { invoicePaymentIntentId } from './derive.js';
import { call, parse, type StripeErrorLike } from './gateway.js';
import { CustomerSchema, InvoiceSchema, PaymentIntentSchema, SubscriptionSchema, refId, type StripeInvoice } from './stripe-shapes.js';

const CUSTOMER_EXPANDS = ['invoice_settings.default_payment_method', 'default_source'];
const INVOICE_EXPANDS = ['data.payments', 'data.customer', 'data.customer.subscriptions', ...CUSTOMER_EXPANDS.map((p) => `data.customer.${p}`)];

type Raw = Record<string, unknown>;
interface RawList {
  data: Raw[];
  has_more?: boolean;
}

const isMissing = (error: unknown) => (error as StripeErrorLike).code === 'resource_missing';
const isRefused = (error: unknown) => (error as StripeErrorLike).type === 'StripeInvalidRequestError' && !isMissing(error);

export async function readBillingFacts(stripe: Stripe, request: Stripe.RequestOptions, customerId: string): Promise<BillingFacts | null> {
  const invoicesRaw = await call(() =>
    stripe.invoices
      .list({ customer: customerId, status: 'open', limit: 100, expand: INVOICE_EXPANDS }, request)
      .then((list) => list as unknown as RawList)
      .catch((error: unknown) => {
        if (isMissing(error)) return null;
        // An expansion Stripe refuses here (a deleted customer's invoices…): read the parts one by one.
        if (isRefused(error)) return 'separately' as const;
        throw error;
      }),
  );
  if (invoicesRaw === null) return null;
  if (invoicesRaw === 'separately') return readSeparately(stripe, request, customerId);
  const embedded = invoicesRaw.data[0]?.customer;
  const customerRaw =
    embedded && typeof embedded === 'object'
      ? (embedded as Raw)
      : await call(() =>
          stripe.customers
            .retrieve(customerId, { expand: [...CUSTOMER_EXPANDS, 'subscriptions', 'subscriptions.data.default_payment_method'] }, request)
            .then((c) => c as unknown as Raw)
            .catch((error: unknown) => {
              if (isMissing(error)) return null;
              throw error;
            }),
        );
  if (!customerRaw) return null;
  const customer = parse(CustomerSchema, customerRaw, 'customer');
  if (customer.deleted) return null;
  const invoices = invoicesRaw.data.map((i) => parse(InvoiceSchema, { ...i, customer: customerId }, 'invoice'));
  const [subscriptions, openInvoices] = await Promise.all([
    subscriptionsOf(stripe, request, customerId, customerRaw),
    Promise.all(invoices.map(async (invoice) => ({ invoice, paymentIntent: await paymentIntentOf(stripe, request, invoice) }))),
  ]);
  return { customer, subscriptions, openInvoices };
}

/** The customer's subscriptions as embedded, each with its own default method expanded. */
async function subscriptionsOf(stripe: Stripe, request: Stripe.RequestOptions, customerId: string, customerRaw: Raw) {
  const embedded = customerRaw.subscriptions as RawList | null | undefined;
  if (!embedded || embedded.has_more) return listSubscriptions(stripe, request, customerId);
  const customerDefault = (customerRaw.invoice_settings as Raw | null | undefined)?.default_payment_method;
  const methods = new Map<string, Promise<unknown>>();
  if (customerDefault && typeof customerDefault === 'object') methods.set(refId(customerDefault as { id: string })!, Promise.resolve(customerDefault));
  const subscriptions = await Promise.all(
    embedded.data.map(async (raw) => {
      const own = raw.default_payment_method;
      if (typeof own !== 'string') return raw;
      // The customer's default (already here) or one read per distinct method.
      if (!methods.has(own)) methods.set(own, call(() => stripe.paymentMethods.retrieve(own, {}, request)));
      return { ...raw, default_payment_method: await methods.get(own) };
    }),
  );
  return subscriptions.map((s) => parse(SubscriptionSchema, s, 'subscription'));
}

function subscriptionList(stripe: Stripe, request: Stripe.RequestOptions, customerId: string) {
  return stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 100, expand: ['data.default_payment_method'] }, request);
}

async function listSubscriptions(stripe: Stripe, request: Stripe.RequestOptions, customerId: string) {
  const list = await call(() => subscriptionList(stripe, request, customerId));
  return list.data.map((s) => parse(SubscriptionSchema, s, 'subscription'));
}

/** The PaymentIntent of an attempted invoice, for its status and `last_payment_error`. */
export async function paymentIntentOf(stripe: Stripe, request: Stripe.RequestOptions, invoice: StripeInvoice) {
  const id = invoicePaymentIntentId(invoice);
  if (!id || invoice.attempt_count === 0) return null;
  const pi = await call(() => stripe.paymentIntents.retrieve(id, {}, request));
  return parse(PaymentIntentSchema, pi, 'payment intent');
}

/** The three reads side by side, as before the combined expansion: for what Stripe will not expand. */
async function readSeparately(stripe: Stripe, request: Stripe.RequestOptions, customerId: string): Promise<BillingFacts | null> {
  const [customerRaw, subscriptionsRaw, invoicesRaw] = await call(() =>
    Promise.all([
      stripe.customers.retrieve(customerId, { expand: CUSTOMER_EXPANDS }, request),
      subscriptionList(stripe, request, customerId),
      stripe.invoices.list({ customer: customerId, status: 'open', limit: 100, expand: ['data.payments'] }, request),
    ]).catch((error: unknown) => {
      if (isMissing(error)) return [null, null, null] as const;
      throw error;
    }),
  );
  if (!customerRaw || !subscriptionsRaw || !invoicesRaw) return null;
  const customer = parse(CustomerSchema, customerRaw, 'customer');
  if (customer.deleted) return null;
  const subscriptions = subscriptionsRaw.data.map((s) => parse(SubscriptionSchema, s, 'subscription'));
  const invoices = invoicesRaw.data.map((i) => parse(InvoiceSchema, i, 'invoice'));
  const openInvoices = await Promise.all(invoices.map(async (invoice) => ({ invoice, paymentIntent: await paymentIntentOf(stripe, request, invoice) })));
  return { customer, subscriptions, openInvoices };
}
