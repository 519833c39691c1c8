/**
 * Paymend's browser API without side effects: importing this registers no tags.
 * Import `paymend/define` (or load the CDN build) to register `<paymend-banner>` and `<paymend-wall>`;
 * `<paymend-form>` registers itself when its lazy chunk loads.
 */
export { PaymendBanner } from './components/banner/banner.component.js';
export { PaymendWall } from './components/wall/wall.component.js';
// Type only: the form is a lazy chunk that registers itself when loaded, never part of the entry.
export type { PaymendForm } from './components/form/form.component.js';
export { PaymendElement, define, type EmitOptions } from './internal/paymend-element.js';
export { PaymendRequestError, setEndpointHeaders, type ClientErrorCode } from './internal/api-client.js';
/** Loads `<paymend-form>`'s chunk (and starts Stripe.js): what a page that opens the form itself calls first. */
export { loadForm } from './components/form/load-form.js';
// Type only, like the form: `<paymend-offers>` is a lazy chunk that registers itself when loaded.
export type { PaymendOffers } from './components/offers/offers.component.js';
/** Loads `<paymend-offers>`'s chunk ("Can't pay right now?"): what a page that opens the offers itself calls first. */
export { loadOffers } from './components/offers/load-offers.js';
export type { PaymendEvent, PaymendEventDetailMap, PaymendEventName } from './internal/events.js';
export type { MessageKey, Messages, Translation } from './translations/types.js';
export { setMessages } from './translations/overrides.js';
// Types only: with it, HTMLElementTagNameMap knows the tags for everyone who imports `paymend`.
export type { PaymendTagNameMap } from './tags.js';
export type {
  Access,
  ErrorCode,
  Failure,
  InvoiceSummary,
  PaymentMethodSummary,
  State,
  Status,
  Wall,
} from './protocol/index.js';
