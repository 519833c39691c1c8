/**
 * Wire protocol v1 between the Paymend widgets and the merchant backend handler.
 * These zod schemas are the one source of truth: the server validates what it sends and
 * receives with them, the widget validates what it reads, and the types below derive from them.
 * Stripe's enums are open, so every Stripe-sourced string is accepted as a plain string.
 *
 * Written with `zod/mini` because the widget ships these schemas to every page view: it is the
 * same validator at a quarter of the bytes (full zod alone was two thirds of the CDN bundle).
 */
import { z } from 'zod/mini';

/** Protocol version carried in every `Status`. */
export const PROTOCOL_VERSION = 1 as const;

/** Header every widget POST must carry; a cross-site form cannot set it (CSRF defence). */
export const REQUEST_HEADER = 'Paymend-Request';

/** Endpoint paths, relative to the handler's base path. */
export const PATHS = {
  status: '/status',
  setupIntent: '/setup-intent',
  complete: '/complete',
  paymentAction: '/payment-action',
  refresh: '/refresh',
  webhook: '/webhook',
  events: '/events',
} as const;

/** Billing states in precedence order: the first that applies wins. */
export const STATES = ['action_required', 'failed', 'expired', 'expiring', 'ok'] as const;
export const StateSchema = z.enum(STATES);
export type State = z.infer<typeof StateSchema>;

export const WALLS = ['none', 'soft', 'hard'] as const;
export const WallSchema = z.enum(WALLS);
export type Wall = z.infer<typeof WallSchema>;

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

export const EVENT_NAMES = ['shown', 'opened', 'dismissed', 'updated', 'recovered'] as const;
export const EventNameSchema = z.enum(EVENT_NAMES);
export type EventName = z.infer<typeof EventNameSchema>;

export const AnalyticsEventSchema = z.strictObject({
  name: EventNameSchema,
  state: StateSchema,
  invoiceId: z.optional(z.nullable(text(255))),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;

export const ERROR_CODES = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'rate_limited',
  'setup_intent_not_succeeded',
  'invalid_signature',
  'stripe_unavailable',
  'internal_error',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorResponseSchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: text(500) }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
