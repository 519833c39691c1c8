/**
 * Wire protocol v1 between the Paymend widgets and the merchant backend handler.
 * These zod schemas are the one source of truth: the server validates what it sends and
 * receives with them, the widget validates what it reads, and the types below derive from them.
 * Stripe's enums are open, so every Stripe-sourced string is accepted as a plain string.
 *
 * Two sides, one shape. The writer schemas (`StatusSchema`, `CompleteResponseSchema`…) are strict:
 * the server checks that what it sends is exactly the documented shape. The reader schemas
 * (`StatusReaderSchema`, `CompleteResponseReaderSchema`…) are derived from them for the widget,
 * which may be of another release than the server (a CDN script against an older or newer package):
 * they ignore unknown fields, accept a status without the fields added after v1 first shipped, and
 * map a state or wall they do not know to a calm one (see `./compat.ts`).
 *
 * Written with `zod/mini` because the widget ships these schemas to every customer with a problem
 * to fix: it is the same validator at a quarter of the bytes. Healthy page views load none of it:
 * the page entry uses the plain values in `./constants.ts` and checks only a status's outline.
 */
import { z } from 'zod/mini';
import { calmStatus } from './compat.js';
import { ERROR_CODES, EVENT_NAMES, PROTOCOL_VERSION, STATES, WALLS } from './constants.js';

export * from './constants.js';

export const StateSchema = z.enum(STATES);
export const WallSchema = z.enum(WALLS);

const isoDate = z.iso.datetime({ offset: true });
/** Stripe ids are short ASCII tokens; anything else is a bug or an attack. */
const stripeId = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,250}$`), `must be a Stripe ${prefix}_… id`));
const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.int('expected a non-negative integer').check(z.nonnegative('expected a non-negative integer'));

export const PaymentMethodSummarySchema = z.strictObject({
  type: text(64),
  brand: z.nullable(text(64)),
  last4: z.nullable(text(8)),
  expMonth: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  expYear: z.nullable(z.int().check(z.minimum(1970), z.maximum(9999))),
  wallet: z.nullable(text(64)),
});
export type PaymentMethodSummary = z.infer<typeof PaymentMethodSummarySchema>;

export const InvoiceSummarySchema = z.strictObject({
  id: text(255),
  amountDue: count,
  currency: z.string().check(z.length(3)),
  attemptCount: count,
  /** When the invoice was billed (finalized): the day the renewal payment was first tried. */
  billedAt: z.nullable(isoDate),
  nextAttemptAt: z.nullable(isoDate),
  hostedInvoiceUrl: z.nullable(z.url({ protocol: /^https?$/ }).check(z.maxLength(2048))),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;

export const FailureSchema = z.strictObject({
  code: z.nullable(text(128)),
  declineCode: z.nullable(text(128)),
  adviceCode: z.nullable(text(128)),
});
export type Failure = z.infer<typeof FailureSchema>;

export const AccessSchema = z.strictObject({
  wall: WallSchema,
  endsAt: z.nullable(isoDate),
});
export type Access = z.infer<typeof AccessSchema>;

/** A pause in force (state `paused`): when billing resumes, and whether the customer may end it now. */
export const PauseSummarySchema = z.strictObject({
  /** When Stripe (or Paymend) resumes billing; null when the pause has no end date. */
  resumesAt: z.nullable(isoDate),
  /** True when `POST /resume` may end it now ("Resume now"): a pause asked for, not one Stripe imposed. */
  resumable: z.boolean(),
});
export type PauseSummary = z.infer<typeof PauseSummarySchema>;

export const StatusSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  state: StateSchema,
  paymentMethod: z.nullable(PaymentMethodSummarySchema),
  invoice: z.nullable(InvoiceSummarySchema),
  failure: z.nullable(FailureSchema),
  access: AccessSchema,
  /** Added with offers: the pause in force, present (not null) in state `paused`. */
  pause: z.optional(z.nullable(PauseSummarySchema)),
  /**
   * Added with offers: true when the merchant offers a way out that isn't cancel (pause, cheaper
   * plan) and this status may qualify; `GET /offers` says which exactly. Absent or false: no link.
   */
  offers: z.optional(z.boolean()),
});
export type Status = z.infer<typeof StatusSchema>;

// --- Reader side: what the widget accepts from a server of any v1 release ------------------------

/**
 * Fields added to v1 after its first release: optional to readers, since an older server does not
 * send them. A new field goes here (and in `calmStatus`, which fills it in) when it is added above.
 */
const InvoiceSummaryReaderSchema = z.object({
  ...InvoiceSummarySchema.shape,
  billedAt: z.optional(InvoiceSummarySchema.shape.billedAt),
});

/** The status as read: unknown keys dropped, open `state` and `wall` (a newer server may add values). */
const StatusReadSchema = z.object({
  ...StatusSchema.shape,
  state: text(64),
  paymentMethod: z.nullable(z.object(PaymentMethodSummarySchema.shape)),
  invoice: z.nullable(InvoiceSummaryReaderSchema),
  failure: z.nullable(z.object(FailureSchema.shape)),
  access: z.object({ ...AccessSchema.shape, wall: text(64) }),
  pause: z.optional(z.nullable(z.object(PauseSummarySchema.shape))),
});
export type StatusAsRead = z.infer<typeof StatusReadSchema>;

/** What the widget accepts as a status: tolerant on the way in, a plain `Status` on the way out. */
export const StatusReaderSchema = z.pipe(StatusReadSchema, z.transform(calmStatus));

export const SetupIntentResponseSchema = z.object({
  clientSecret: z.string().check(z.minLength(1), z.maxLength(512)),
  publishableKey: z.string().check(z.minLength(1), z.maxLength(512)),
  /**
   * Optional (added with saved payment methods): a Stripe CustomerSession's secret, for
   * `stripe.elements({ customerSessionClientSecret })` to list the customer's saved cards. A value
   * that is not a usable secret is dropped, not fatal: the form still opens for a new card.
   */
  customerSessionClientSecret: z.optional(z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(512))), undefined)),
});
export type SetupIntentResponse = z.infer<typeof SetupIntentResponseSchema>;

/** `POST /setup-intent` takes no parameters: an empty body or `{}`. */
export const SetupIntentRequestSchema = z.strictObject({});

/**
 * `POST /payment-action` answers the client secret of the invoice PaymentIntent the bank wants the
 * customer to confirm (state `action_required`): the widget runs `stripe.handleNextAction` with the
 * card already on file, then `POST /refresh` returns the status read afresh from Stripe.
 */
export const PaymentActionResponseSchema = z.object({
  clientSecret: z.string().check(z.minLength(1), z.maxLength(512)),
  publishableKey: z.string().check(z.minLength(1), z.maxLength(512)),
});
export type PaymentActionResponse = z.infer<typeof PaymentActionResponseSchema>;

export const CompleteRequestSchema = z.strictObject({
  setupIntentId: stripeId('seti'),
  /** The SetupIntent's client secret: proves the widget holds that SetupIntent (a redirect return, a link). */
  clientSecret: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});
export type CompleteRequest = z.infer<typeof CompleteRequestSchema>;

/**
 * A failed `/complete`: the failure, and `sameCard` when the card entered is one that already failed
 * on this invoice (same card fingerprint), so the form says "declined too" rather than the banner's
 * sentence again. Added after v1 first shipped: optional, and readers of older releases drop it.
 */
export const CompleteFailureSchema = z.strictObject({
  ...FailureSchema.shape,
  sameCard: z.optional(z.boolean()),
});
export type CompleteFailure = z.infer<typeof CompleteFailureSchema>;

const NextActionSchema = z.strictObject({
  clientSecret: z.string().check(z.minLength(1), z.maxLength(512)),
  /**
   * Added with 3-D Secure after a plan change: the offers panel confirms the charge in place with
   * Stripe.js and, unlike the form, has no SetupIntent answer to bring the key. Optional: `/complete`
   * does not send it, and a panel talking to an older server sends the customer to the form instead.
   */
  publishableKey: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});

/** An amount in minor units and its lowercase ISO 4217 currency. */
export const MoneySchema = z.strictObject({ amount: count, currency: z.string().check(z.length(3)) });
export type Money = z.infer<typeof MoneySchema>;

/**
 * What a successful update or offer did, for the thank-you: the payments taken now (empty when
 * nothing was due or a bank debit is still on its way) and when Stripe next charges the customer.
 */
export const ReceiptSchema = z.strictObject({
  paid: z.array(MoneySchema).check(z.maxLength(20)),
  nextChargeAt: z.nullable(isoDate),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const CompleteResponseSchema = z.strictObject({
  status: StatusSchema,
  /** Added with the closing of the loop: what was paid and the next charge. Present on success. */
  receipt: z.optional(ReceiptSchema),
  /** Present when the bank wants the customer to confirm the invoice payment (3-D Secure). */
  nextAction: z.optional(NextActionSchema),
  /**
   * Present when paying the open invoice was declined, or refused before charging by the retry
   * discipline (code `retry_not_allowed`). The card on file stays the default; the new card stays
   * saved to the customer (the SetupIntent attached it) but is not made the default.
   */
  failure: z.optional(CompleteFailureSchema),
});
export type CompleteResponse = z.infer<typeof CompleteResponseSchema>;

/** `/complete`'s answer as the widget reads it: its status through `StatusReaderSchema`. */
export const CompleteResponseReaderSchema = z.object({
  ...CompleteResponseSchema.shape,
  status: StatusReaderSchema,
  nextAction: z.optional(z.object(NextActionSchema.shape)),
  failure: z.optional(z.object(CompleteFailureSchema.shape)),
  receipt: z.optional(z.catch(z.optional(z.object({ paid: z.array(z.object(MoneySchema.shape)), nextChargeAt: z.nullable(isoDate) })), undefined)),
});

// --- Offers: a way out that isn't cancel (README › Offers) ---------------------------------------

export const OFFER_KINDS = ['pause', 'change_plan'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
/** Why an offer is not made to this customer now (`GET /offers` › `refused`). */
export const OFFER_REFUSALS = ['not_failing', 'no_subscription', 'interval_not_allowed', 'used_recently', 'no_cheaper_price', 'not_supported'] as const;
export type OfferRefusal = (typeof OFFER_REFUSALS)[number];

const INTERVALS = ['day', 'week', 'month', 'year'] as const;
const PlanSchema = z.strictObject({
  /** A Stripe price id (`price_…`): what `POST /change-plan` takes. */
  price: stripeId('price'),
  /** The product's name as the merchant set it in Stripe (shown as text). */
  name: text(250),
  amount: count,
  currency: z.string().check(z.length(3)),
  interval: z.enum(INTERVALS),
  intervalCount: z.int().check(z.minimum(1), z.maximum(365)),
});
export type Plan = z.infer<typeof PlanSchema>;

const pauseLengthShape = { months: z.int().check(z.minimum(1), z.maximum(12)), resumesAt: isoDate };
export const PauseOfferSchema = z.strictObject({
  /** The lengths the customer may choose, each with the day billing resumes. */
  options: z.array(z.strictObject(pauseLengthShape)).check(z.minLength(1), z.maxLength(12)),
  /** `subscription`: service and invoices stop (Stripe's pause); `collection`: service goes on, nothing is charged. */
  method: z.enum(['subscription', 'collection']),
  /** What happens to the overdue invoice: voided (nothing owed) or left open (still owed, Stripe keeps retrying). */
  overdueInvoice: z.enum(['void', 'leave_open']),
  /** Whether the app stays usable while paused (the merchant's choice). */
  access: z.enum(['allow', 'deny']),
  /** The overdue amount this concerns, if any. */
  due: z.nullable(MoneySchema),
});
export type PauseOffer = z.infer<typeof PauseOfferSchema>;

export const ChangePlanOfferSchema = z.strictObject({
  current: PlanSchema,
  /** Cheaper prices the customer may switch to, cheapest last. */
  options: z.array(PlanSchema).check(z.minLength(1), z.maxLength(20)),
  /** `now`: the overdue invoice is settled as `overdueInvoice` says and the new price is billed today; `next_renewal`: from the next bill. */
  billing: z.enum(['now', 'next_renewal']),
  overdueInvoice: z.enum(['void', 'leave_open']),
  /** Stripe's proration for the switch, as the merchant configured it. */
  prorationBehavior: z.enum(['none', 'create_prorations', 'always_invoice']),
});
export type ChangePlanOffer = z.infer<typeof ChangePlanOfferSchema>;

/** `GET /offers`: each offer this customer may take now (null when not), and why the others are not made. */
export const OffersResponseSchema = z.strictObject({
  pause: z.nullable(PauseOfferSchema),
  changePlan: z.nullable(ChangePlanOfferSchema),
  refused: z.strictObject({ pause: z.optional(z.enum(OFFER_REFUSALS)), changePlan: z.optional(z.enum(OFFER_REFUSALS)) }),
});
export type OffersResponse = z.infer<typeof OffersResponseSchema>;

/** The offers as the widget reads them: unknown keys dropped, an offer it cannot read treated as not made. */
export const OffersResponseReaderSchema = z.object({
  pause: z.catch(z.nullable(z.object({ ...PauseOfferSchema.shape, options: z.array(z.object(pauseLengthShape)) })), null),
  changePlan: z.catch(z.nullable(z.object({ ...ChangePlanOfferSchema.shape, current: z.object(PlanSchema.shape), options: z.array(z.object(PlanSchema.shape)) })), null),
});

export const PauseRequestSchema = z.strictObject({ months: z.int().check(z.minimum(1), z.maximum(12)) });
export type PauseRequest = z.infer<typeof PauseRequestSchema>;
export const ChangePlanRequestSchema = z.strictObject({ price: stripeId('price') });
export type ChangePlanRequest = z.infer<typeof ChangePlanRequestSchema>;
/** `POST /resume` takes `{}`. */
export const ResumeRequestSchema = z.strictObject({});

/**
 * `POST /pause`, `/resume`, `/change-plan` answer like `/complete`: the new status, and when billing
 * now charged the card, the bank's `failure` or a `nextAction` (3-D Secure) and the `receipt`.
 */
export const OfferResultSchema = CompleteResponseSchema;
export type OfferResult = CompleteResponse;
export const OfferResultReaderSchema = CompleteResponseReaderSchema;

export const EventNameSchema = z.enum(EVENT_NAMES);

/** Where the customer was when a beacon fired. */
export const EVENT_SOURCES = ['banner', 'form', 'wall', 'page'] as const;

export const AnalyticsEventSchema = z.strictObject({
  name: EventNameSchema,
  state: StateSchema,
  invoiceId: z.optional(z.nullable(text(255))),
  /** `rated`: the answer to "How easy was this?", 1 (very hard) to 5 (very easy). Required there, refused elsewhere. */
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  source: z.optional(z.enum(EVENT_SOURCES)),
}).check(
  z.refine((e) => (e.name === 'rated') === (e.rating !== undefined), { message: 'rating is sent with name "rated", and only then' }),
);
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ErrorResponseSchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: text(500) }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
// The recovery report's shape, as types only: its schemas (./report.ts) load with the merchant's
// report view, never with the customer-facing chunks that import this module.
export type * from './report.js';
