/**
 * Wire protocol v1 between the Paymend widgets and the merchant backend handler.
 * These zod schemas are the one source of truth: the server validates what it sends and
 * receives with them, the widget validates what it reads, and the types below derive from them.
 * Stripe's enums are open, so every Stripe-sourced string is accepted as a plain string.
 */
import { z } from 'zod';

/** Protocol version carried in every `Status`. */
export const PROTOCOL_VERSION = 1 as const;

/** Header every widget POST must carry; a cross-site form cannot set it (CSRF defence). */
export const REQUEST_HEADER = 'Paymend-Request';

/** Endpoint paths, relative to the handler's base path. */
export const PATHS = {
  status: '/status',
  setupIntent: '/setup-intent',
  complete: '/complete',
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
  z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,250}$`), `must be a Stripe ${prefix}_… id`);

export const PaymentMethodSummarySchema = z.object({
  type: z.string().max(64),
  brand: z.string().max(64).nullable(),
  last4: z.string().max(8).nullable(),
  expMonth: z.number().int().min(1).max(12).nullable(),
  expYear: z.number().int().min(1970).max(9999).nullable(),
  wallet: z.string().max(64).nullable(),
});
export type PaymentMethodSummary = z.infer<typeof PaymentMethodSummarySchema>;

export const InvoiceSummarySchema = z.object({
  id: z.string().max(255),
  amountDue: z.number().int().nonnegative(),
  currency: z.string().min(3).max(3),
  attemptCount: z.number().int().nonnegative(),
  nextAttemptAt: isoDate.nullable(),
  hostedInvoiceUrl: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;

export const FailureSchema = z.object({
  code: z.string().max(128).nullable(),
  declineCode: z.string().max(128).nullable(),
  adviceCode: z.string().max(128).nullable(),
});
export type Failure = z.infer<typeof FailureSchema>;

export const AccessSchema = z.object({
  wall: WallSchema,
  endsAt: isoDate.nullable(),
});
export type Access = z.infer<typeof AccessSchema>;

export const StatusSchema = z.object({
  v: z.literal(PROTOCOL_VERSION),
  state: StateSchema,
  paymentMethod: PaymentMethodSummarySchema.nullable(),
  invoice: InvoiceSummarySchema.nullable(),
  failure: FailureSchema.nullable(),
  access: AccessSchema,
});
export type Status = z.infer<typeof StatusSchema>;

export const SetupIntentResponseSchema = z.object({
  clientSecret: z.string().min(1).max(512),
  publishableKey: z.string().min(1).max(512),
});
export type SetupIntentResponse = z.infer<typeof SetupIntentResponseSchema>;

export const CompleteRequestSchema = z.strictObject({
  setupIntentId: stripeId('seti'),
});
export type CompleteRequest = z.infer<typeof CompleteRequestSchema>;

export const CompleteResponseSchema = z.object({
  status: StatusSchema,
  /** Present when the bank wants the customer to confirm the invoice payment (3-D Secure). */
  nextAction: z.object({ clientSecret: z.string().min(1).max(512) }).optional(),
  /** Present when paying the open invoice was declined; the new card is still saved. */
  failure: FailureSchema.optional(),
});
export type CompleteResponse = z.infer<typeof CompleteResponseSchema>;

export const EVENT_NAMES = ['shown', 'opened', 'dismissed', 'updated', 'recovered'] as const;
export const EventNameSchema = z.enum(EVENT_NAMES);
export type EventName = z.infer<typeof EventNameSchema>;

export const AnalyticsEventSchema = z.strictObject({
  name: EventNameSchema,
  state: StateSchema,
  invoiceId: z.string().max(255).nullable().optional(),
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
  error: z.object({ code: ErrorCodeSchema, message: z.string().max(500) }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
