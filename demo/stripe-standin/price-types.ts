/**
 * Prices and products as Stripe serves them (API 2026-10-28.endive): only recurring, per-unit,
 * licensed prices, which is all a subscription here is made of. The fields follow
 * Stripe.Price and Stripe.Product; the ones the stand-in has no use for carry Stripe's defaults.
 */
import type { Id, Interval, Metadata } from './types.js';

export interface Price {
  id: Id;
  object: 'price';
  active: boolean;
  billing_scheme: 'per_unit';
  created: number;
  currency: string;
  custom_unit_amount: null;
  livemode: false;
  lookup_key: string | null;
  metadata: Metadata;
  nickname: string | null;
  product: Id;
  recurring: { interval: Interval; interval_count: number; meter: null; trial_period_days: null; usage_type: 'licensed' };
  tax_behavior: 'unspecified';
  tiers_mode: null;
  transform_quantity: null;
  type: 'recurring';
  unit_amount: number;
  unit_amount_decimal: string;
}

export interface Product {
  id: Id;
  object: 'product';
  active: boolean;
  created: number;
  default_price: Id | null;
  description: string | null;
  images: string[];
  livemode: false;
  marketing_features: [];
  metadata: Metadata;
  name: string;
  package_dimensions: null;
  shippable: null;
  tax_code: null;
  tax_details: null;
  type: 'service';
  unit_label: null;
  updated: number;
  url: null;
}
