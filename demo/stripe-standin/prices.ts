/**
 * Prices and products: seeded (`createPrice`), retrieved and listed as Stripe's API does. A
 * subscription item holds a copy of its price as Stripe embeds it; the stored price is the one
 * `GET /v1/prices/:id` serves.
 */
import type { Engine } from './engine.js';
import { base62, newId } from './ids.js';
import type { Price, Product } from './price-types.js';
import type { Interval } from './types.js';

export interface PriceSeed {
  id?: string;
  /** An existing product id, or the name of a new product. */
  product?: string;
  productName?: string;
  amount: number;
  currency?: string;
  interval?: Interval;
  intervalCount?: number;
  nickname?: string;
  lookupKey?: string;
}

function buildProduct(name: string, now: number): Product {
  return {
    id: `prod_${base62(14)}`,
    object: 'product',
    active: true,
    created: now,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name,
    package_dimensions: null,
    shippable: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  };
}

/** Seed a recurring licensed price (and its product, unless `product` names an existing one). */
export function createPrice(engine: Engine, p: PriceSeed): Price {
  if (!Number.isInteger(p.amount) || p.amount < 0) throw new Error(`Invalid amount ${p.amount}`);
  const intervalCount = p.intervalCount ?? 1;
  if (!Number.isInteger(intervalCount) || intervalCount < 1) throw new Error(`Invalid intervalCount ${intervalCount}`);
  if (p.id !== undefined && (!/^[\w-]{1,255}$/.test(p.id) || engine.store.has(p.id))) {
    throw new Error(`Price id ${p.id} is invalid or already used`);
  }
  const now = engine.now();
  let product: Product;
  if (p.product !== undefined) {
    product = engine.store.require('product', p.product);
  } else {
    product = engine.store.insert(buildProduct(p.productName ?? 'Subscription', now));
    engine.emit('product.created', product);
  }
  const price: Price = engine.store.insert({
    id: p.id ?? newId('price'),
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: now,
    currency: (p.currency ?? 'usd').toLowerCase(),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: p.lookupKey ?? null,
    metadata: {},
    nickname: p.nickname ?? null,
    product: product.id,
    recurring: { interval: p.interval ?? 'month', interval_count: intervalCount, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: p.amount,
    unit_amount_decimal: String(p.amount),
  });
  if (product.default_price === null) product.default_price = price.id;
  engine.emit('price.created', price);
  return price;
}

export interface PriceFilter {
  product?: string;
  active?: boolean;
  currency?: string;
  type?: string;
  interval?: string;
  lookupKeys?: string[];
}

/** GET /v1/prices, filtered; newest first. */
export function listPrices(engine: Engine, f: PriceFilter): Price[] {
  return engine.store.all(
    'price',
    (p) =>
      (f.product === undefined || p.product === f.product) &&
      (f.active === undefined || p.active === f.active) &&
      (f.currency === undefined || p.currency === f.currency.toLowerCase()) &&
      (f.type === undefined || p.type === f.type) &&
      (f.interval === undefined || p.recurring.interval === f.interval) &&
      (f.lookupKeys === undefined || (p.lookup_key !== null && f.lookupKeys.includes(p.lookup_key))),
  );
}
