/**
 * Every DOM event a Paymend element dispatches, with its `detail` type.
 * Names are prefixed `paymend-`; all of them bubble and cross shadow roots (composed).
 */
import type { OfferKind, Receipt, State, Status } from '../protocol/index.js';
import type { RecoveryReportAsRead } from '../protocol/report.js';
import type { SupportDetail } from './support.js';

export interface PaymendEventDetailMap {
  /** The status arrived from the merchant backend (not fired for a status handed in as a property). */
  'paymend-status': { status: Status };
  /** A message became visible to the customer. */
  'paymend-shown': { state: State };
  /** The customer asked to fix their payment method. Cancelable: cancel it to open your own flow. */
  'paymend-open-form': { status: Status };
  /** The customer asked to dismiss the message. Cancelable: cancel it to keep the message. */
  'paymend-dismiss': { state: State };
  /** The message was dismissed and is no longer shown. */
  'paymend-after-dismiss': { state: State };
  /**
   * A `top` or `bottom` bar now covers `blockSize` px of that edge of the viewport (0: none, also when
   * it fell back into the page flow). The same figure is on the root as `--paymend-bar-top` / `-bottom`.
   */
  'paymend-bar-resize': { placement: 'top' | 'bottom'; blockSize: number };
  /**
   * The payment method was updated (and any overdue invoice paid): `status` is the new status,
   * `recovered` tells whether an overdue invoice was paid, `receipt` (from a server that sends one)
   * what was paid and when the next charge is. Banners and walls on the page react to it.
   */
  'paymend-updated': { status: Status; recovered: boolean; receipt?: Receipt };
  /**
   * A bank account awaits verification by micro-deposits: nothing changed yet (the payment method on
   * file stays). `hostedVerificationUrl` is Stripe's page where the customer finishes it (http(s) only).
   */
  'paymend-verification-pending': { hostedVerificationUrl: string | null };
  /**
   * `<paymend-offers>`: the customer took an offer (a pause, a cheaper plan); `status` is the new
   * status. Banners and walls adopt it. A charge the plan change made may still need the card (the
   * offers then ask for it with `paymend-open-form`). `receipt`, when the panel passes it on: what
   * was paid now and when the next charge is (the wall's thank-you says it).
   */
  'paymend-offer-taken': { kind: OfferKind; status: Status; receipt?: Receipt };
  /**
   * "Resume now" ended a pause (`POST /resume` succeeded): `status` is the new status, `receipt` (from
   * a server that sends one) what was paid and when the next charge is. A declined renewal emits
   * nothing: the element shows the failed payment instead, with "Update card".
   */
  'paymend-resumed': { status: Status; receipt?: Receipt };
  /**
   * The customer pressed "Contact support": what an agent needs to help (never a raw Stripe code or
   * card detail). Cancelable: cancel it to open your own chat widget instead of the `support-href` link.
   */
  'paymend-support': SupportDetail;
  /** The customer answered "How easy was this?": 1 (very hard) to 5 (very easy). */
  'paymend-rated': { rating: 1 | 2 | 3 | 4 | 5 };
  /** The customer closed the form without changing anything. */
  'paymend-cancel': Record<string, never>;
  /** `<paymend-report>`: the recovery report arrived from the merchant backend and was valid. */
  'paymend-report': { report: RecoveryReportAsRead };
  /** `<paymend-report>`: the report could not be loaded (the element shows a calm error). */
  'paymend-report-error': { reason: 'network' | 'http' | 'invalid'; httpStatus: number | null };
}

export type PaymendEventName = keyof PaymendEventDetailMap;

/** The event object for a given Paymend event name. */
export type PaymendEvent<N extends PaymendEventName = PaymendEventName> = CustomEvent<PaymendEventDetailMap[N]>;

type PaymendEventMap = { [N in PaymendEventName]: PaymendEvent<N> };

declare global {
  // Lets `addEventListener('paymend-status', e => e.detail.status)` type-check on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PaymendEventMap {}
  // Every Paymend event bubbles to the document, where the wall listens for any form's success.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends PaymendEventMap {}
}
