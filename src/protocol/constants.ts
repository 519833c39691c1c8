/**
 * The plain values of wire protocol v1: paths, header, enumerations. Split from the zod schemas in
 * `./index.ts` so the page entry (which every page view downloads) can use them without bundling zod;
 * the schemas, and zod with them, load with the views that show a problem.
 */

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
  /** What this customer may take instead of paying now (README › Offers): GET. */
  offers: '/offers',
  /** Take the pause offer: POST `{ months }`. */
  pause: '/pause',
  /** End a pause now: POST `{}` (bills the customer again). */
  resume: '/resume',
  /** Take the cheaper-plan offer: POST `{ price }`. */
  changePlan: '/change-plan',
} as const;

/**
 * Billing states in precedence order: the first that applies wins. `processing` (a bank debit paying
 * the invoice is on its way), `missing` (no payment method before the next charge) and `paused` (the
 * subscription, or its payment collection, is paused at the customer's or merchant's request) came
 * after v1 first shipped: a reader that does not know them shows them calmly (see `./compat.ts`).
 * An overdue invoice left open by a pause still reads `failed`: the money is still owed.
 */
export const STATES = ['action_required', 'failed', 'processing', 'paused', 'expired', 'missing', 'expiring', 'ok'] as const;
export type State = (typeof STATES)[number];

export const WALLS = ['none', 'soft', 'hard'] as const;
export type Wall = (typeof WALLS)[number];

/**
 * Widget beacons. `offers_shown` (the "Can't pay right now?" panel was opened), `support_opened`
 * and `rated` (the "How easy was this?" answer, with `rating`) came later: an older server answers
 * them 400, which a beacon ignores.
 */
export const EVENT_NAMES = ['shown', 'opened', 'dismissed', 'updated', 'recovered', 'offers_shown', 'support_opened', 'rated'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

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
  /** The SetupIntent is not one Paymend created, is too old, or a later card update replaced it. */
  'setup_intent_stale',
  'invalid_signature',
  'stripe_unavailable',
  /** An offer (pause, cheaper plan, resume) this customer may not take now; the message says why. */
  'offer_not_allowed',
  /** The handler's store (Redis) is down and the request needs it. */
  'store_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
