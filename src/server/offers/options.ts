/**
 * The `offers` option of `createHandler` (README › Offers): the ways out that aren't cancel the
 * merchant makes, and the policy of each. Validated with the other options at start-up, strict at
 * every depth, so `offers.pause.maxmonths` fails the deploy instead of silently offering 3 months.
 * The policy is enforced by the server (`./eligibility.ts`); the browser only asks.
 */
import { z } from 'zod';
import { STATES } from '../../protocol/constants.js';

const INTERVALS = ['day', 'week', 'month', 'year'] as const;
const months = (max: number) => z.number().int().min(0).max(max);

export const pauseOfferOptionsSchema = z.strictObject({
  /** The longest pause the customer may choose; they may choose 1…maxMonths. */
  maxMonths: z.number().int().min(1).max(12).default(3),
  /**
   * `subscription`: Stripe's subscription pause (no invoices, no new periods; Paymend resumes it at
   * the chosen date). `collection`: `pause_collection` (periods go on, invoices are handled per
   * `collectionBehavior`; Stripe resumes by itself). `auto`: the first where Stripe allows it (a
   * `flexible` billing mode and `charge_automatically`), else the second.
   */
  method: z.enum(['auto', 'subscription', 'collection']).default('auto'),
  /** `pause_collection.behavior`: what Stripe does with the invoices made during a collection pause. */
  collectionBehavior: z.enum(['void', 'keep_as_draft', 'mark_uncollectible']).default('void'),
  /** The invoice that failed: voided (nothing owed for it) or left open (still owed, still `failed`). */
  overdueInvoice: z.enum(['void', 'leave_open']).default('void'),
  /** Billing intervals whose subscriptions may pause; default monthly only (no pause of an annual plan). */
  intervals: z.array(z.enum(INTERVALS)).min(1).default(['month']),
  /** At most one pause per customer in this many months (0: no limit). */
  oncePerMonths: months(120).default(12),
  /** Whether the app stays usable while paused. Default `deny`: nothing is paid, so the wall is hard until it resumes. */
  access: z.enum(['allow', 'deny']).default('deny'),
});

const priceId = z.string().regex(/^price_[A-Za-z0-9]{1,250}$/, 'must be a Stripe price id (price_…)');

export const changePlanOfferOptionsSchema = z.strictObject({
  /** The prices a customer may switch to; only those cheaper than theirs, in its currency and interval, are offered. */
  prices: z.array(priceId).min(1).max(20),
  /** Stripe's `proration_behavior` for the switch. */
  prorationBehavior: z.enum(['none', 'create_prorations', 'always_invoice']).default('none'),
  /**
   * `now`: the overdue invoice is settled as `overdueInvoice` says and the cheaper price is billed
   * today with the card on file (a new period starts). `next_renewal`: the cheaper price from the next bill.
   */
  billing: z.enum(['now', 'next_renewal']).default('now'),
  overdueInvoice: z.enum(['void', 'leave_open']).default('void'),
  /** At most one switch per customer in this many months (0: no limit). */
  oncePerMonths: months(120).default(1),
});

export const offersSchema = z
  .strictObject({
    pause: pauseOfferOptionsSchema.optional(),
    changePlan: changePlanOfferOptionsSchema.optional(),
    /** The states in which the offers are made. */
    states: z.array(z.enum(STATES)).min(1).default(['failed', 'action_required']),
  })
  .refine((o) => o.pause !== undefined || o.changePlan !== undefined, { message: 'offer at least one of pause or changePlan' });

export type OffersOptions = z.input<typeof offersSchema>;
export type ResolvedOffers = z.output<typeof offersSchema>;
export type PausePolicy = z.output<typeof pauseOfferOptionsSchema>;
export type ChangePlanPolicy = z.output<typeof changePlanOfferOptionsSchema>;

/** The nested schemas whose keys "did you mean …?" knows. */
export const OFFERS_SCHEMAS = [offersSchema, pauseOfferOptionsSchema, changePlanOfferOptionsSchema] as const;
