/**
 * `POST /v1/customer_sessions`: a short-lived client secret that lets the Payment Element show a
 * customer's saved payment methods. Sessions are not listable or retrievable in Stripe's API, so
 * they live beside the store, keyed by client secret, for the offline Stripe.js stand-in to read.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { FormError, paramName, type ParamReader } from './form.js';
import { base62 } from './ids.js';
import type { PaymentMethod } from './types.js';

/** Stripe's sessions expire after 30 minutes. */
const SESSION_SECONDS = 30 * 60;
const ON_OFF = ['enabled', 'disabled'] as const;
const REDISPLAY_FILTERS = ['always', 'limited', 'unspecified'] as const;

export interface CustomerSession {
  object: 'customer_session';
  client_secret: string;
  customer: string;
  components: { payment_element: { enabled: boolean; features: PaymentElementFeatures | null } };
  created: number;
  expires_at: number;
  livemode: false;
}

interface PaymentElementFeatures {
  payment_method_allow_redisplay_filters: string[];
  payment_method_redisplay: string;
  payment_method_redisplay_limit: number | null;
  payment_method_remove: string;
  payment_method_save: string;
  payment_method_save_usage: null;
}

const sessions = new WeakMap<Engine, Map<string, CustomerSession>>();

function sessionsOf(engine: Engine): Map<string, CustomerSession> {
  let map = sessions.get(engine);
  if (!map) sessions.set(engine, (map = new Map()));
  return map;
}

function oneOf(params: ParamReader, path: string[], allowed: readonly string[], fallback: string): string {
  const value = params.string(...path);
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new FormError(`Invalid ${paramName(path)}: must be one of ${allowed.join(', ')}`, paramName(path));
  return value;
}

export function createCustomerSession(engine: Engine, params: ParamReader): CustomerSession {
  const customer = params.requiredString('customer');
  const found = engine.store.require('customer', customer, 'customer', 400);
  if (found.deleted) throw invalidRequest(`No such customer: '${customer}'`, 'customer', 'resource_missing');
  const enabled = params.boolean('components', 'payment_element', 'enabled');
  // Stripe: "Exactly 1 component must be enabled" (the stand-in serves only the Payment Element).
  if (enabled !== true) throw invalidRequest('You must enable exactly one component.', 'components');
  const filters = params.stringList('components', 'payment_element', 'features', 'payment_method_allow_redisplay_filters') ?? ['always'];
  for (const f of filters) {
    if (!(REDISPLAY_FILTERS as readonly string[]).includes(f)) {
      const name = paramName(['components', 'payment_element', 'features', 'payment_method_allow_redisplay_filters']);
      throw new FormError(`Invalid ${name}: must be one of ${REDISPLAY_FILTERS.join(', ')}`, name);
    }
  }
  const f = ['components', 'payment_element', 'features'];
  const features: PaymentElementFeatures = {
    payment_method_allow_redisplay_filters: filters,
    payment_method_redisplay: oneOf(params, [...f, 'payment_method_redisplay'], ON_OFF, 'disabled'),
    payment_method_redisplay_limit: params.integer([...f, 'payment_method_redisplay_limit'], 1, 10) ?? null,
    payment_method_remove: oneOf(params, [...f, 'payment_method_remove'], ON_OFF, 'disabled'),
    payment_method_save: oneOf(params, [...f, 'payment_method_save'], ON_OFF, 'disabled'),
    payment_method_save_usage: null,
  };
  const now = engine.store.now();
  const session: CustomerSession = {
    object: 'customer_session',
    client_secret: `cuss_secret_${base62(40)}`,
    customer,
    components: { payment_element: { enabled: true, features } },
    created: now,
    expires_at: now + SESSION_SECONDS,
    livemode: false,
  };
  sessionsOf(engine).set(session.client_secret, session);
  return session;
}

/**
 * The saved cards a live session lets the Payment Element show: none when redisplay is off, and
 * only those whose `allow_redisplay` the filters admit (a card saved without one is `unspecified`).
 */
export function sessionPaymentMethods(engine: Engine, clientSecret: string): PaymentMethod[] {
  const session = sessionsOf(engine).get(clientSecret);
  if (!session || session.expires_at <= engine.store.now()) return [];
  const features = session.components.payment_element.features;
  if (!features || features.payment_method_redisplay !== 'enabled') return [];
  const limit = features.payment_method_redisplay_limit ?? 3;
  return engine
    .customerPaymentMethods(session.customer, 'card')
    .filter((pm) => features.payment_method_allow_redisplay_filters.includes(allowRedisplay(pm)))
    .slice(0, limit);
}

function allowRedisplay(pm: PaymentMethod): string {
  const value = (pm as { allow_redisplay?: string }).allow_redisplay;
  return value ?? 'unspecified';
}
