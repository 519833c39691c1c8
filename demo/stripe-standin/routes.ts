/**
 * The REST surface: Stripe's paths, parameters and list semantics for what Paymend calls.
 * Handlers are synchronous and pure over the engine, which keeps idempotent replays and
 * event ordering simple. Each route lists the parameters it accepts (params.ts); anything else is
 * refused the way Stripe refuses it.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import type { Renderer } from './expand.js';
import { FormError, type ParamReader } from './form.js';
import { ACCEPTS, type AcceptedParams } from './params.js';
import { deleteCustomer, deletedCustomerView, updateCard } from './customers.js';
import { markUncollectible, voidInvoice } from './invoices.js';
import { pauseSubscription, resumeSubscription } from './pause.js';
import { listPrices } from './prices.js';
import { changeSubscription } from './plan-change.js';
import { readPauseCollection } from './pause-collection.js';
import { createCustomerSession } from './customer-sessions.js';
import { acceptanceFrom, bankDetailsFrom } from './bank-methods.js';
import { verifyMicrodepositsFor } from './bank-debits.js';
import type { StripeObject } from './types.js';

export type Json = Record<string, unknown>;
export type Method = 'GET' | 'POST' | 'DELETE';

export interface RouteContext {
  engine: Engine;
  render: Renderer;
  params: ParamReader;
  /** `:name` segments of the path, decoded. */
  path: Record<string, string>;
  expand: string[];
}

export interface Route {
  method: Method;
  segments: string[];
  /** The parameters Stripe's endpoint takes, as far as the stand-in serves them; any other is a 400. */
  accepts: AcceptedParams;
  handler: (ctx: RouteContext) => Json;
}

const SUBSCRIPTION_STATUSES = [
  'active',
  'all',
  'canceled',
  'ended',
  'incomplete',
  'incomplete_expired',
  'past_due',
  'paused',
  'trialing',
  'unpaid',
] as const;
const INVOICE_STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], param: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FormError(`Invalid ${param}: must be one of ${allowed.join(', ')}`, param);
  }
  return value as T;
}

/** `''` clears a reference in Stripe's form encoding. */
function nullable(value: string | undefined): string | null | undefined {
  return value === '' ? null : value;
}

/** Stripe cursor pagination over a newest-first list. */
function page<T extends StripeObject>(ctx: RouteContext, items: T[], url: string): Json {
  const limit = ctx.params.integer(['limit'], 1, 100) ?? 10;
  const after = ctx.params.string('starting_after');
  const before = ctx.params.string('ending_before');
  let start = 0;
  let end = items.length;
  const indexOf = (id: string, param: string) => {
    const i = items.findIndex((o) => o.id === id);
    if (i === -1) throw invalidRequest(`No such object: '${id}'`, param, 'resource_missing');
    return i;
  };
  if (after) start = indexOf(after, 'starting_after') + 1;
  else if (before) {
    end = indexOf(before, 'ending_before');
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, Math.min(end, start + limit));
  const hasMore = before ? start > 0 : start + limit < end;
  return ctx.render.list(data, url, ctx.expand, hasMore);
}

const table: Array<[Method, string, AcceptedParams, (ctx: RouteContext) => Json]> = [
  // ---- customers
  [
    'GET',
    '/v1/customers/:id',
    ACCEPTS.customerRetrieve,
    (c) => {
      const customer = c.engine.store.require('customer', c.path.id!);
      return customer.deleted ? deletedCustomerView(customer) : c.render.object(customer, c.expand);
    },
  ],
  ['DELETE', '/v1/customers/:id', ACCEPTS.customerDelete, (c) => deletedCustomerView(deleteCustomer(c.engine, c.path.id!))],
  [
    'POST',
    '/v1/customers/:id',
    ACCEPTS.customerUpdate,
    (c) => {
      const customer = c.engine.updateCustomer(c.path.id!, {
        defaultPaymentMethod: nullable(c.params.string('invoice_settings', 'default_payment_method')),
        email: nullable(c.params.string('email')),
        name: nullable(c.params.string('name')),
        metadata: c.params.hash('metadata'),
      });
      return c.render.object(customer, c.expand);
    },
  ],
  [
    'GET',
    '/v1/customers/:id/payment_methods',
    ACCEPTS.customerPaymentMethods,
    (c) => page(c, c.engine.customerPaymentMethods(c.path.id!, c.params.string('type')), `/v1/customers/${c.path.id}/payment_methods`),
  ],

  // ---- customer sessions (not retrievable in Stripe's API: only created)
  ['POST', '/v1/customer_sessions', ACCEPTS.customerSessionCreate, (c) => ({ ...createCustomerSession(c.engine, c.params) })],

  // ---- payment methods
  ['GET', '/v1/payment_methods/:id', ACCEPTS.paymentMethodRetrieve, (c) => c.render.object(c.engine.store.require('payment_method', c.path.id!), c.expand)],
  [
    'POST',
    '/v1/payment_methods/:id/attach',
    ACCEPTS.paymentMethodAttach,
    (c) => c.render.object(c.engine.attachPaymentMethod(c.path.id!, c.params.requiredString('customer')), c.expand),
  ],
  [
    'POST',
    '/v1/payment_methods/:id',
    ACCEPTS.paymentMethodUpdate,
    (c) => {
      const pm = updateCard(c.engine, c.path.id!, {
        expMonth: c.params.integer(['card', 'exp_month'], 1, 12),
        expYear: c.params.integer(['card', 'exp_year'], 1970, 9999),
        metadata: c.params.hash('metadata'),
      });
      return c.render.object(pm, c.expand);
    },
  ],
  ['POST', '/v1/payment_methods/:id/detach', ACCEPTS.paymentMethodDetach, (c) => c.render.object(c.engine.detachPaymentMethod(c.path.id!), c.expand)],

  // ---- subscriptions
  [
    'GET',
    '/v1/subscriptions',
    ACCEPTS.subscriptionList,
    (c) => {
      const customer = c.params.string('customer');
      const status = oneOf(c.params.string('status'), SUBSCRIPTION_STATUSES, 'status');
      const subs = c.engine.store.all('subscription', (s) => {
        if (customer !== undefined && s.customer !== customer) return false;
        if (status === undefined) return s.status !== 'canceled'; // Stripe hides canceled ones by default
        if (status === 'all') return true;
        if (status === 'ended') return s.status === 'canceled' || s.status === 'incomplete_expired';
        return s.status === status;
      });
      return page(c, subs, '/v1/subscriptions');
    },
  ],
  ['GET', '/v1/subscriptions/:id', ACCEPTS.subscriptionRetrieve, (c) => c.render.object(c.engine.store.require('subscription', c.path.id!), c.expand)],
  [
    'POST',
    '/v1/subscriptions/:id',
    ACCEPTS.subscriptionUpdate,
    (c) => {
      const sub = changeSubscription(c.engine, c.path.id!, {
        defaultPaymentMethod: nullable(c.params.string('default_payment_method')),
        metadata: c.params.hash('metadata'),
        cancelAtPeriodEnd: c.params.boolean('cancel_at_period_end'),
        pauseCollection: readPauseCollection(c.engine, c.params.hash('pause_collection')),
        items: c.params.hashList('items'),
        prorationBehavior: oneOf(c.params.string('proration_behavior'), ['always_invoice', 'create_prorations', 'none'] as const, 'proration_behavior'),
        billingCycleAnchor: oneOf(c.params.string('billing_cycle_anchor', 'type'), ['now', 'unchanged'] as const, 'billing_cycle_anchor[type]'),
        paymentBehavior: oneOf(
          c.params.string('payment_behavior'),
          ['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete'] as const,
          'payment_behavior',
        ),
      });
      return c.render.object(sub, c.expand);
    },
  ],
  [
    'POST',
    '/v1/subscriptions/:id/resume',
    ACCEPTS.subscriptionResume,
    (c) => {
      const sub = resumeSubscription(c.engine, c.path.id!, {
        billingCycleAnchor: oneOf(c.params.string('billing_cycle_anchor', 'type'), ['now', 'unchanged'] as const, 'billing_cycle_anchor[type]'),
        paymentBehavior: oneOf(
          c.params.string('payment_behavior'),
          ['resume_on_payment_attempt', 'resume_on_payment_success'] as const,
          'payment_behavior',
        ),
        prorationBehavior: oneOf(c.params.string('proration_behavior'), ['always_invoice', 'create_prorations', 'none'] as const, 'proration_behavior'),
      });
      return c.render.object(sub, c.expand);
    },
  ],
  [
    'POST',
    '/v1/subscriptions/:id/pause',
    ACCEPTS.subscriptionPause,
    (c) => {
      oneOf(c.params.string('type'), ['subscription'] as const, 'type');
      oneOf(c.params.string('bill_for', 'outstanding_usage_through', 'type'), ['none', 'now'] as const, 'bill_for[outstanding_usage_through][type]');
      const sub = pauseSubscription(c.engine, c.path.id!, {
        invoicingBehavior: oneOf(c.params.string('invoicing_behavior'), ['invoice', 'pending_invoice_item'] as const, 'invoicing_behavior'),
        unusedTimeFrom: oneOf(
          c.params.string('bill_for', 'unused_time_from', 'type'),
          ['item_current_period_start', 'none', 'now'] as const,
          'bill_for[unused_time_from][type]',
        ),
      });
      return c.render.object(sub, c.expand);
    },
  ],
  ['DELETE', '/v1/subscriptions/:id', ACCEPTS.subscriptionCancel, (c) => c.render.object(c.engine.cancelSubscription(c.path.id!), c.expand)],

  // ---- prices and products
  ['GET', '/v1/prices/:id', ACCEPTS.priceRetrieve, (c) => c.render.object(c.engine.store.require('price', c.path.id!), c.expand)],
  [
    'GET',
    '/v1/prices',
    ACCEPTS.priceList,
    (c) => {
      const prices = listPrices(c.engine, {
        active: c.params.boolean('active'),
        currency: c.params.string('currency'),
        product: c.params.string('product'),
        type: oneOf(c.params.string('type'), ['one_time', 'recurring'] as const, 'type'),
        interval: oneOf(c.params.string('recurring', 'interval'), ['day', 'week', 'month', 'year'] as const, 'recurring[interval]'),
        lookupKeys: c.params.stringList('lookup_keys'),
      });
      return page(c, prices, '/v1/prices');
    },
  ],
  ['GET', '/v1/products/:id', ACCEPTS.productRetrieve, (c) => c.render.object(c.engine.store.require('product', c.path.id!), c.expand)],

  // ---- invoices
  [
    'GET',
    '/v1/invoices',
    ACCEPTS.invoiceList,
    (c) => {
      const customer = c.params.string('customer');
      const subscription = c.params.string('subscription');
      const status = oneOf(c.params.string('status'), INVOICE_STATUSES, 'status');
      const invoices = c.engine.store.all(
        'invoice',
        (i) =>
          (customer === undefined || i.customer === customer) &&
          (subscription === undefined || i.parent.subscription_details.subscription === subscription) &&
          (status === undefined || i.status === status),
      );
      return page(c, invoices, '/v1/invoices');
    },
  ],
  ['GET', '/v1/invoices/:id', ACCEPTS.invoiceRetrieve, (c) => c.render.object(c.engine.store.require('invoice', c.path.id!), c.expand)],
  [
    'POST',
    '/v1/invoices/:id/pay',
    ACCEPTS.invoicePay,
    (c) => {
      const invoice = c.engine.payInvoice(c.path.id!, {
        paymentMethod: c.params.string('payment_method') || undefined,
        offSession: c.params.boolean('off_session'),
      });
      return c.render.object(invoice, c.expand);
    },
  ],
  ['POST', '/v1/invoices/:id/void', ACCEPTS.invoiceVoid, (c) => c.render.object(voidInvoice(c.engine, c.path.id!), c.expand)],
  [
    'POST',
    '/v1/invoices/:id/mark_uncollectible',
    ACCEPTS.invoiceMarkUncollectible,
    (c) => c.render.object(markUncollectible(c.engine, c.path.id!), c.expand),
  ],
  [
    'GET',
    '/v1/invoice_payments',
    ACCEPTS.invoicePaymentList,
    (c) => {
      const type = c.params.string('payment', 'type');
      if (type !== undefined && type !== 'payment_intent') return c.render.list([], '/v1/invoice_payments');
      const payments = c.engine.invoicePayments({
        invoice: c.params.string('invoice'),
        paymentIntent: c.params.string('payment', 'payment_intent'),
      });
      return page(c, payments, '/v1/invoice_payments');
    },
  ],
  ['GET', '/v1/invoice_payments/:id', ACCEPTS.invoicePaymentRetrieve, (c) => c.render.object(c.engine.store.require('invoice_payment', c.path.id!), c.expand)],

  // ---- payment intents and charges
  ['GET', '/v1/payment_intents/:id', ACCEPTS.paymentIntentRetrieve, (c) => c.render.object(c.engine.store.require('payment_intent', c.path.id!), c.expand)],
  ['GET', '/v1/charges/:id', ACCEPTS.chargeRetrieve, (c) => c.render.object(c.engine.store.require('charge', c.path.id!), c.expand)],

  // ---- setup intents
  [
    'POST',
    '/v1/setup_intents',
    ACCEPTS.setupIntentCreate,
    (c) => {
      const usage = oneOf(c.params.string('usage'), ['on_session', 'off_session'] as const, 'usage');
      const si = c.engine.createSetupIntent({
        customer: c.params.string('customer') || undefined,
        usage,
        // API 2026-10-28 accepts the list as `allowed_payment_method_types` (the object still reports `payment_method_types`).
        paymentMethodTypes: c.params.stringList('allowed_payment_method_types'),
        automaticPaymentMethods: c.params.boolean('automatic_payment_methods', 'enabled'),
        paymentMethodConfiguration: c.params.string('payment_method_configuration'),
        description: c.params.string('description'),
        metadata: c.params.hash('metadata'),
        paymentMethod: c.params.string('payment_method') || undefined,
      });
      if (c.params.boolean('confirm')) {
        const { error } = c.engine.confirmSetupIntent(si.id);
        if (error) throw error;
      }
      return c.render.object(si, c.expand);
    },
  ],
  ['GET', '/v1/setup_intents/:id', ACCEPTS.setupIntentRetrieve, (c) => c.render.object(c.engine.store.require('setup_intent', c.path.id!), c.expand)],
  [
    'POST',
    '/v1/setup_intents/:id/confirm',
    ACCEPTS.setupIntentConfirm,
    (c) => {
      const { setupIntent, error } = c.engine.confirmSetupIntent(c.path.id!, {
        paymentMethod: c.params.string('payment_method') || undefined,
        paymentMethodData: bankDetailsFrom(c.params),
        acceptance: acceptanceFrom(c.params),
      });
      if (error) throw error;
      return c.render.object(setupIntent, c.expand);
    },
  ],
  [
    'POST',
    '/v1/setup_intents/:id/verify_microdeposits',
    ACCEPTS.setupIntentVerifyMicrodeposits,
    (c) => {
      const amounts = c.params.stringList('amounts')?.map((a, i) => {
        if (!/^\d{1,9}$/.test(a)) throw new FormError(`Invalid integer: ${a}`, `amounts[${i}]`, 'parameter_invalid_integer');
        return Number(a);
      });
      const si = verifyMicrodepositsFor(c.engine, c.path.id!, { amounts, descriptorCode: c.params.string('descriptor_code') });
      return c.render.object(si, c.expand);
    },
  ],

  // ---- mandates (bank debits)
  ['GET', '/v1/mandates/:id', ACCEPTS.mandateRetrieve, (c) => c.render.object(c.engine.store.require('mandate', c.path.id!), c.expand)],

  // ---- events
  [
    'GET',
    '/v1/events',
    ACCEPTS.eventList,
    (c) => {
      const type = c.params.string('type');
      const matches = (t: string) => type === undefined || (type.endsWith('*') ? t.startsWith(type.slice(0, -1)) : t === type);
      return page(c, c.engine.store.all('event', (e) => matches(e.type)), '/v1/events');
    },
  ],
  ['GET', '/v1/events/:id', ACCEPTS.eventRetrieve, (c) => c.render.object(c.engine.store.require('event', c.path.id!), c.expand)],
];

export const ROUTES: readonly Route[] = table.map(([method, pattern, accepts, handler]) => ({
  method,
  segments: pattern.split('/').filter(Boolean),
  accepts,
  handler,
}));

/** The route for a method and path, with its `:params`; undefined if Stripe has no such URL. */
export function matchRoute(method: string, pathname: string): { route: Route; path: Record<string, string> } | undefined {
  const parts = pathname.split('/').filter(Boolean);
  for (const route of ROUTES) {
    if (route.method !== method || route.segments.length !== parts.length) continue;
    const path: Record<string, string> = {};
    const ok = route.segments.every((segment, i) => {
      const part = parts[i]!;
      if (segment.startsWith(':')) {
        try {
          path[segment.slice(1)] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return path[segment.slice(1)] !== '';
      }
      return segment === part;
    });
    if (ok) return { route, path };
  }
  return undefined;
}
