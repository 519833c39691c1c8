/**
 * The update flow's vocabulary (./update-flow.ts): its state as plain data, what it needs from the
 * element hosting it, and the pure readings of Stripe's answers into that data.
 *
 * No words here: a problem is Stripe's codes, which of Paymend's notices, whether a retry is offered.
 * The element that renders the flow puts it in its language with the catalog (`explainWith`), so the
 * flow speaks none and a test can check what it decided without reading text.
 */
import type { SetupIntent, StripeElementsOptionsClientSecret, StripeError } from '@stripe/stripe-js';
import type { ReactiveControllerHost } from 'lit';
import type { FailureCodes } from '../../explain/index.js';
import type { PaymendEventDetailMap } from '../../internal/events.js';
import type { Status } from '../../protocol/index.js';

/**
 * What the flow is doing. It starts `idle`; `loading` until fields or an answer arrive; `ready` with
 * the Payment Element mounted; it ends `done` (updated) or `verifying` (a bank account awaits its
 * micro-deposits); `unavailable` when it could not load (`reload()` tries again).
 */
export type Phase = 'idle' | 'loading' | 'ready' | 'verifying' | 'done' | 'unavailable';

/** The step being waited for, announced while it runs (`form.<step>`). */
export type BusyStep = 'saving' | 'confirming' | 'finishing';

export type Problem =
  /**
   * A decline or a failed bank confirmation, in the catalog's words. `retry` puts the catalog's next
   * step on a button that finishes the confirmed card; `anotherMethod` says the next step is the
   * fields below, whatever the catalog would advise.
   */
  | { kind: 'declined'; codes: FailureCodes; retry?: boolean; anotherMethod?: boolean }
  /**
   * The card entered already failed on this invoice and failed again: "declined too" and the
   * catalog's next step, not the banner's sentence once more.
   */
  | { kind: 'sameCard'; codes: FailureCodes }
  /** One of Paymend's own sentences (`form.<notice>`); `retry` adds a button that finishes a confirmed update. */
  | { kind: 'notice'; notice: 'interrupted' | 'pending' | 'rateLimited' | 'unavailable'; retry?: boolean };

/** A bank account Stripe verifies with micro-deposits: the customer finishes it later, on Stripe's page. */
export interface Verification {
  /** When the deposit should show on the customer's statement (ms since the epoch), if Stripe says. */
  arrivesAt: number | null;
  /** Stripe's page where the customer enters the amounts or code; only an http(s) URL, else null. */
  hostedVerificationUrl: string | null;
}

/**
 * What the flow needs from the element hosting it: Lit's lifecycle (the flow follows it), the
 * element's own settings, read when needed since they may change, and a few services.
 */
export interface UpdateFlowHost extends ReactiveControllerHost {
  /** Names the element in warnings. */
  readonly localName: string;
  /** Whether the element is on the page: the flow starts only then. */
  readonly isConnected: boolean;
  /** Base URL of the merchant's Paymend handler. */
  readonly endpoint: string;
  /** Where a redirect-based method returns to; empty for the current page. */
  readonly returnUrl: string;
  /** The publishable key, when known ahead of the SetupIntent; empty otherwise. */
  readonly publishableKey: string;
  /** Set to the new status when the update is done, before `paymend-updated`. */
  status?: Status;
  /** The light-DOM node the Payment Element mounts in (Stripe cannot mount inside a shadow root). */
  readonly mountNode: HTMLElement | null;
  /** `stripe.elements()` options besides the secrets: the host's look and language. */
  elementsOptions(): Pick<StripeElementsOptionsClientSecret, 'appearance' | 'locale'>;
  /** Dispatches the flow's outcome events (bubbling, composed). */
  emit<N extends 'paymend-updated' | 'paymend-verification-pending'>(name: N, detail: PaymendEventDetailMap[N]): unknown;
}

/** The connection dropped: what the customer entered is kept, and trying again is safe. */
export const INTERRUPTED: Problem = { kind: 'notice', notice: 'interrupted', retry: true };

/** Bounds the 3-D Secure loop: a bank asking again and again must not spin forever. */
export const MAX_BANK_CONFIRMATIONS = 3;

/** What a failed bank confirmation without codes of its own is explained as. */
export const AUTHENTICATION_FAILED: FailureCodes = { code: 'payment_intent_authentication_failure' };

/** Whether a status has an overdue invoice that an update pays right away. */
export const owes = (status: Status): boolean => status.state === 'failed' || status.state === 'action_required';

export function codesOf(error: StripeError): FailureCodes {
  const advice = (error as StripeError & { advice_code?: string }).advice_code;
  return { code: error.code ?? null, declineCode: error.decline_code ?? null, adviceCode: advice ?? null };
}

/** A failed bank confirmation's codes, or the generic "authentication failed" when Stripe gave none. */
export function confirmationCodes(error: StripeError): FailureCodes {
  const codes = codesOf(error);
  return codes.code || codes.declineCode ? codes : AUTHENTICATION_FAILED;
}

/**
 * A SetupIntent waiting for micro-deposits (ACH): Stripe.js returns it from `confirmSetup` without
 * an error, in `requires_action`. It is no decline: the customer verifies the account later.
 */
export function verificationOf(intent: Pick<SetupIntent, 'status' | 'next_action'>): Verification | null {
  const next = intent.status === 'requires_action' ? intent.next_action : null;
  if (next?.type !== 'verify_with_microdeposits') return null;
  const details = next.verify_with_microdeposits;
  const arrival = details?.arrival_date;
  const url = details?.hosted_verification_url;
  return {
    arrivesAt: typeof arrival === 'number' && arrival > 0 ? arrival * 1000 : null,
    // Only a web page becomes a live link: the scheme must open the string, so no leading space or
    // control character can smuggle in a `javascript:` one.
    hostedVerificationUrl: typeof url === 'string' && /^https?:\/\/\S/i.test(url) ? url : null,
  };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
