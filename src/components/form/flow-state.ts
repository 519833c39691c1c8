/**
 * The state of the update flow (./update-flow.ts) and what it holds: the session of this connection,
 * the Stripe client and the mounted Payment Element, and how problems are shown. The steps of an
 * update are the subclass's; split from them so each file reads as one thing.
 *
 * A Lit `ReactiveController` rather than a class with a change callback: the flow must follow its
 * host's lifecycle (leaving the page aborts the session and drops every late answer; coming back
 * starts over), and re-announcing a problem waits for the host's render (`updateComplete`). A Lit
 * element gives both for free, and a test stands in for one with a plain object (`UpdateFlowHost`).
 */
import { nextFrame } from '../../internal/next-frame.js';
import type { Stripe, StripeElements, StripePaymentElement } from '@stripe/stripe-js';
import type { ReactiveController } from 'lit';
import type { Receipt, Status } from '../../protocol/index.js';
import { fetchStatus, PaymendRequestError } from '../../internal/api-client.js';
import { createSetupIntent, validateStatus } from '../../internal/backend.js';
import { warnOnce } from '../../internal/log.js';
import { loadStripeClient } from '../../internal/stripe-loader.js';
import { describe, INTERRUPTED, isAbort, type BusyStep, type Phase, type Problem, type UpdateFlowHost, type Verification } from './flow-types.js';
import { unfinished } from './unfinished.js';

/** Closed-over per connection: answers arriving after the element left the page are dropped. */
export interface Session {
  controller: AbortController;
}

type StateFields = Pick<FlowState, 'phase' | 'busy' | 'problem' | 'verification' | 'statusBefore' | 'status' | 'recovered' | 'receipt'>;

export class FlowState implements ReactiveController {
  /** What the flow is doing (see `Phase`). */
  readonly phase: Phase = 'idle';
  /** The step being waited for; the buttons do nothing meanwhile. */
  readonly busy: BusyStep | null = null;
  /** What to explain next to the form, if anything. */
  readonly problem: Problem | null = null;
  /** The micro-deposit verification the customer finishes elsewhere (phase `verifying`). */
  readonly verification: Verification | null = null;
  /** The status before this update: what it will pay, and afterwards whether an overdue invoice got paid. */
  readonly statusBefore: Status | null = null;
  /** The status the update ended with (phase `done`). */
  readonly status: Status | null = null;
  /** Whether the update paid an overdue invoice; a bank debit still on its way has not. */
  readonly recovered: boolean = false;
  /** What the update paid and when the next charge is (phase `done`), from a server that says; else null. */
  readonly receipt: Receipt | null = null;

  protected session: Session | null = null;
  protected stripe: Stripe | null = null;
  protected elements: StripeElements | null = null;
  protected paymentElement: StripePaymentElement | null = null;
  /** The SetupIntent behind the mounted Payment Element. */
  protected clientSecret: string | null = null;
  /** True once the mounted element's SetupIntent succeeded: saving again only has to finish it. */
  protected elementConfirmed = false;

  constructor(protected readonly host: UpdateFlowHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.session?.controller.abort();
    this.session = null;
    this.teardownElement();
    // Back to the start: reconnecting begins a fresh update (an unfinished one is remembered per endpoint).
    this.set({ phase: 'idle', busy: null, problem: null, verification: null });
  }

  /** The status the page has (e.g. the banner's): what the update will pay. Ignored once done. */
  useStatus(status: unknown): void {
    const valid = this.phase === 'done' ? null : validateStatus(status, this.host.localName);
    if (valid) this.set({ statusBefore: valid });
  }

  protected set(patch: Partial<StateFields>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** The status the flow started from: handed in, or the page's (usually cached) status request. */
  protected async currentStatus(session: Session): Promise<Status | null> {
    if (this.statusBefore) return this.statusBefore;
    try {
      const status = validateStatus(await fetchStatus(this.host.endpoint, { signal: session.controller.signal }), this.host.localName);
      if (session === this.session && !this.statusBefore) this.set({ statusBefore: status });
      return status;
    } catch {
      return null; // Only a nicety: the update works without it.
    }
  }

  /** Creates a SetupIntent, loads Stripe.js and mounts a fresh Payment Element for it. */
  protected async prepare(session: Session): Promise<void> {
    const key = this.host.publishableKey;
    // Started beside the SetupIntent request when the key is known ahead.
    if (key) loadStripeClient(key).catch(() => undefined);
    try {
      const intent = await createSetupIntent(this.host.endpoint, { signal: session.controller.signal });
      if (key && key !== intent.publishableKey) {
        warnOnce(this.host, '<paymend-form> publishable-key differs from the backend’s; using the backend’s');
      }
      const stripe = await loadStripeClient(intent.publishableKey);
      // Finished meanwhile (a retry of the confirmed card while these fields loaded): no fields now.
      if (session !== this.session || this.phase === 'done') return;
      this.stripe = stripe;
      this.mountElement(stripe, intent.clientSecret, intent.customerSessionClientSecret);
    } catch (error) {
      if (session === this.session) this.showUnavailable(error);
    }
  }

  /** With a CustomerSession secret, the Payment Element also lists the customer's saved cards. */
  protected mountElement(stripe: Stripe, clientSecret: string, customerSessionClientSecret?: string): void {
    this.teardownElement();
    this.clientSecret = clientSecret;
    this.elements = stripe.elements({
      clientSecret,
      ...(customerSessionClientSecret ? { customerSessionClientSecret } : {}),
      ...this.host.elementsOptions(),
    });
    const element = this.elements.create('payment', {});
    this.paymentElement = element;
    element.on('loaderror', () => {
      if (element === this.paymentElement) this.showUnavailable(new Error('the Payment Element failed to load'));
    });
    element.mount(this.host.mountNode!);
    this.set({ phase: 'ready' });
  }

  protected teardownElement(): void {
    // Stripe removes its iframes and listeners on destroy(); leaving it would leak them per open.
    this.paymentElement?.destroy();
    this.paymentElement = null;
    this.elements = null;
    this.clientSecret = null;
    this.elementConfirmed = false;
  }

  /**
   * Shows a problem: the alert region (always there) is emptied for one render, then filled, so a
   * screen reader announces it even when the same decline happens twice. The step that failed is
   * over before the words arrive (`busy` cleared first); `phase` goes with them, e.g. `loading`
   * while fresh fields replace a card that cannot be used again. Resolves once it is shown.
   */
  protected showProblem(problem: Problem, phase?: Phase): Promise<void> {
    const session = this.session;
    this.set({ problem: null, busy: null });
    // Emptied for a frame, then filled: the same decline twice is a change a screen reader announces.
    return this.host.updateComplete.then(nextFrame).then(() => {
      if (session === this.session) this.set({ problem, phase: phase ?? this.phase });
    });
  }

  protected requestFailed(error: unknown): void {
    if (isAbort(error)) return;
    const code = error instanceof PaymendRequestError ? error.code : 'network_error';
    if (code === 'rate_limited') {
      this.showProblem({ kind: 'notice', notice: 'rateLimited' });
    } else if (code === 'setup_intent_not_succeeded') {
      this.showProblem({ kind: 'notice', notice: 'pending', retry: true });
    } else if (code === 'not_found' || code === 'bad_request' || code === 'unauthenticated' || code === 'forbidden') {
      // This update cannot be finished; forget it and start over with fresh fields.
      unfinished.delete(this.host.endpoint);
      this.showUnavailable(error);
    } else {
      // Lost connection, timeout or a 5xx: the card is confirmed with Stripe, finishing later is safe.
      warnOnce(error, `could not finish the payment method update: ${describe(error)}; the customer can retry`);
      this.showProblem(INTERRUPTED);
    }
  }

  protected showUnavailable(error: unknown): void {
    if (isAbort(error)) return;
    warnOnce(error, `<paymend-form> could not load: ${describe(error)}`);
    this.teardownElement();
    this.set({ phase: 'unavailable' });
    const rateLimited = error instanceof PaymendRequestError && error.code === 'rate_limited';
    this.showProblem({ kind: 'notice', notice: rateLimited ? 'rateLimited' : 'unavailable' });
  }
}
