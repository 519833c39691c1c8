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

export const StatusSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  state: StateSchema,
  paymentMethod: z.nullable(PaymentMethodSummarySchema),
  invoice: z.nullable(InvoiceSummarySchema),
  failure: z.nullable(FailureSchema),
  access: AccessSchema,
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

const NextActionSchema = z.strictObject({ clientSecret: z.string().check(z.minLength(1), z.maxLength(512)) });

export const CompleteResponseSchema = z.strictObject({
  status: StatusSchema,
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
});

export const EventNameSchema = z.enum(EVENT_NAMES);

export const AnalyticsEventSchema = z.strictObject({
  name: EventNameSchema,
  state: StateSchema,
  invoiceId: z.optional(z.nullable(text(255))),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ErrorResponseSchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: text(500) }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
// The recovery report's shape, as types only: its schemas (./report.ts) load with the merchant's
// report view, never with the customer-facing chunks that import this module.
export type * from './report.js';
