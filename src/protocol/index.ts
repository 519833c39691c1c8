/**
 * Wire protocol v1 between the Paymend widgets and the merchant backend handler.
 * These zod schemas are the one source of truth: the server validates what it sends and
 * receives with them, the widget validates what it reads, and the types below derive from them.
 * Stripe's enums are open, so every Stripe-sourced string is accepted as a plain string.
 *
 * Written with `zod/mini` because the widget ships these schemas to every customer with a problem
 * to fix: it is the same validator at a quarter of the bytes. Healthy page views load none of it:
 * the page entry uses the plain values in `./constants.ts` and checks only a status's outline.
 */
import { z } from 'zod/mini';
import { ERROR_CODES, EVENT_NAMES, PROTOCOL_VERSION, STATES, WALLS } from './constants.js';

export * from './constants.js';

export const StateSchema = z.enum(STATES);
export const WallSchema = z.enum(WALLS);

const isoDate = z.iso.datetime({ offset: true });
/** Stripe ids are short ASCII tokens; anything else is a bug or an attack. */
const stripeId = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,250}$`), `must be a Stripe ${prefix}_… id`));
const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.int().check(z.nonnegative());

export const PaymentMethodSummarySchema = z.object({
  type: text(64),
  brand: z.nullable(text(64)),
  last4: z.nullable(text(8)),
  expMonth: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  expYear: z.nullable(z.int().check(z.minimum(1970), z.maximum(9999))),
  wallet: z.nullable(text(64)),
});
export type PaymentMethodSummary = z.infer<typeof PaymentMethodSummarySchema>;

export const InvoiceSummarySchema = z.object({
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

export const FailureSchema = z.object({
  code: z.nullable(text(128)),
  declineCode: z.nullable(text(128)),
  adviceCode: z.nullable(text(128)),
});
export type Failure = z.infer<typeof FailureSchema>;

export const AccessSchema = z.object({
  wall: WallSchema,
  endsAt: z.nullable(isoDate),
});
export type Access = z.infer<typeof AccessSchema>;

export const StatusSchema = z.object({
  v: z.literal(PROTOCOL_VERSION),
  state: StateSchema,
  paymentMethod: z.nullable(PaymentMethodSummarySchema),
  invoice: z.nullable(InvoiceSummarySchema),
  failure: z.nullable(FailureSchema),
  access: AccessSchema,
});
export type Status = z.infer<typeof StatusSchema>;

export const SetupIntentResponseSchema = z.object({
  clientSecret: z.string().check(z.minLength(1), z.maxLength(512)),
  publishableKey: z.string().check(z.minLength(1), z.maxLength(512)),
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
  /** The SetupIntent's client secret, as proof on a redirect return; when sent, it must match. */
  clientSecret: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});
export type CompleteRequest = z.infer<typeof CompleteRequestSchema>;

export const CompleteResponseSchema = z.object({
  status: StatusSchema,
  /** Present when the bank wants the customer to confirm the invoice payment (3-D Secure). */
  nextAction: z.optional(z.object({ clientSecret: z.string().check(z.minLength(1), z.maxLength(512)) })),
  /** Present when paying the open invoice was declined; the new card is still saved. */
  failure: z.optional(FailureSchema),
});
export type CompleteResponse = z.infer<typeof CompleteResponseSchema>;

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
