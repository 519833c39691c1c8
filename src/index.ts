/**
 * Paymend's browser API without side effects: importing this registers no tags.
 * Import `paymend/define` (or load the CDN build) to register `<paymend-banner>`.
 */
export { PaymendBanner } from './components/banner/banner.component.js';
export { PaymendElement, define, type EmitOptions } from './internal/paymend-element.js';
export { PaymendRequestError, type ClientErrorCode } from './internal/api-client.js';
export type { PaymendEvent, PaymendEventDetailMap, PaymendEventName } from './internal/events.js';
export type { MessageKey, Messages, Translation } from './translations/types.js';
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
