/**
 * The payment flow of a payment method update, apart from how it looks: creating the SetupIntent,
 * loading Stripe.js, mounting the Payment Element, `confirmSetup`, `/complete` and the bank's
 * confirmation (3-D Secure) loop, confirming with the card on file (state `action_required`),
 * redirect returns (./redirect.ts), the unfinished-update memory (./unfinished.ts) and retries. Its
 * state is plain data (./flow-state.ts, ./flow-types.ts); `<paymend-form>` renders it in words, and
 * the wall and the hosted update page share it by embedding that form.
 */
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import type { CompleteRequest, Receipt, Status } from '../../protocol/index.js';
import { PaymendRequestError, primeStatus } from '../../internal/api-client.js';
import { completeSetupIntent, refreshStatus, requestPaymentAction } from '../../internal/backend.js';
import { knownEntry } from '../../explain/codes.js';
import { warnOnce } from '../../internal/log.js';
import { loadStripeClient } from '../../internal/stripe-loader.js';
import { FlowState, type Session } from './flow-state.js';
import {
  AUTHENTICATION_FAILED,
  codesOf,
  confirmationCodes,
  INTERRUPTED,
  MAX_BANK_CONFIRMATIONS,
  owes,
  verificationOf,
  type BusyStep,
} from './flow-types.js';
import { cleanRedirectReturn, isPaymendReturn, markedReturnUrl, proveRedirectReturn, readRedirectReturn, type RedirectReturn } from './redirect.js';
import { unfinished } from './unfinished.js';

export class UpdateFlow extends FlowState {
  /** Begins an update; the host calls it once it is on the page and can speak. */
  async start(): Promise<void> {
    if (!this.host.isConnected || this.session) return;
    const session: Session = { controller: new AbortController() };
    this.session = session;
    this.set({ phase: 'loading' });
    // Usually already cached by the banner on this page: tells what the update will pay, and
    // whether the bank only wants a confirmation. Not awaited here: a redirect return needs neither.
    const started = this.currentStatus(session);
    const redirect = readRedirectReturn();
    if (isPaymendReturn()) {
      cleanRedirectReturn();
      if (!redirect) warnOnce(this.host, '<paymend-form> ignored a return link whose setup_intent and client secret do not match');
    }
    if (redirect) {
      await this.finishRedirect(session, redirect);
      return;
    }
    if (unfinished.get(this.host.endpoint)) {
      // A card confirmed earlier on this page was never finished: offer to finish it, and meanwhile
      // let the customer enter another one.
      this.showProblem(INTERRUPTED);
    } else if ((await started)?.state === 'action_required') {
      // The bank only wants the customer to confirm the payment: the card on file can do that, so
      // they type nothing. Only if the confirmation fails do they get fields for another method.
      if (await this.confirmOnFile(session)) return;
    }
    if (session === this.session) await this.prepare(session);
  }

  /** Saves what the Payment Element holds. Re-entrant calls are ignored: one click, one attempt. */
  async save(): Promise<void> {
    const { session, stripe, elements } = this;
    if (!session || this.phase !== 'ready' || this.busy || !stripe || !elements) return;
    this.set({ busy: 'saving' });
    try {
      let request = this.elementConfirmed ? unfinished.get(this.host.endpoint) : undefined;
      request ??= (await this.confirm(session, stripe, elements)) ?? undefined;
      if (request && session === this.session) await this.complete(session, request);
    } catch (error) {
      // Stripe.js is meant to return its errors, not throw them; if it throws all the same (lost
      // connection, a script blocked mid-way), the customer is told and can try again.
      if (session === this.session) this.requestFailed(error);
    } finally {
      if (session === this.session) this.set({ busy: null });
    }
  }

  /** Finishes the update that was confirmed but not completed; without one, saves the fields. */
  retry(): void {
    const session = this.session;
    const request = unfinished.get(this.host.endpoint);
    if (!session || this.busy) return;
    if (!request) {
      void this.save();
      return;
    }
    this.set({ busy: 'saving' });
    void this.complete(session, request).finally(() => {
      if (session === this.session) this.set({ busy: null });
    });
  }

  /** Loads fresh fields after the flow could not load (phase `unavailable`). */
  reload(): void {
    const session = this.session;
    if (!session || this.busy) return;
    this.set({ problem: null, phase: 'loading' });
    void this.prepare(session);
  }

  /**
   * Runs the bank's confirmation of the overdue invoice with the card on file. True when the flow
   * is done (confirmed, or the form was closed meanwhile); false when the customer should enter
   * another method (the failure is explained already, pointing at the fields below).
   */
  private async confirmOnFile(session: Session): Promise<boolean> {
    const signal = session.controller.signal;
    this.set({ busy: 'confirming' });
    try {
      const action = await requestPaymentAction(this.host.endpoint, { signal });
      const stripe = await loadStripeClient(action.publishableKey);
      if (session !== this.session) return true;
      this.stripe = stripe;
      const result = await stripe.handleNextAction({ clientSecret: action.clientSecret });
      if (session !== this.session) return true;
      let codes = result.error && confirmationCodes(result.error);
      if (!codes) {
        const status = await refreshStatus(this.host.endpoint, { signal });
        if (session !== this.session) return true;
        // Paid, or a bank debit paying it is on its way: nothing is left to confirm either way.
        if (status.state === 'ok' || status.state === 'expiring' || status.state === 'processing') {
          this.succeed(status, true);
          return true;
        }
        codes = status.failure ?? AUTHENTICATION_FAILED;
      }
      this.showProblem({ kind: 'declined', codes, anotherMethod: true });
      return false;
    } catch (error) {
      // Nothing awaiting confirmation any more, Stripe.js unavailable, or a network error: the
      // customer can still fix it with another method.
      if (session === this.session && !(error instanceof PaymendRequestError && error.code === 'not_found')) this.requestFailed(error);
      return session !== this.session;
    } finally {
      if (session === this.session) this.set({ busy: null });
    }
  }

  /** Runs Stripe's confirmation; returns the succeeded SetupIntent, or null after explaining why not. */
  private async confirm(session: Session, stripe: Stripe, elements: StripeElements): Promise<CompleteRequest | null> {
    const clientSecret = this.clientSecret!;
    const result = await stripe.confirmSetup({
      elements,
      redirect: 'if_required',
      confirmParams: { return_url: markedReturnUrl(this.host.returnUrl) },
    });
    const intent = result.setupIntent;
    // Remembered even if the form left the page meanwhile: a form opened later finishes this card.
    if (intent?.status === 'succeeded') unfinished.set(this.host.endpoint, { setupIntentId: intent.id, clientSecret });
    if (session !== this.session) return null;
    if (intent) {
      if (intent.status === 'succeeded') return this.confirmed({ setupIntentId: intent.id, clientSecret });
      const verification = verificationOf(intent);
      if (verification) {
        // Micro-deposits: no decline, and nothing to finish here. The payment method on file stays
        // until the customer verifies the account on Stripe's page: no `/complete`, nothing unfinished.
        this.teardownElement();
        this.set({ phase: 'verifying', verification });
        this.host.emit('paymend-verification-pending', { hostedVerificationUrl: verification.hostedVerificationUrl });
      } else if (intent.status === 'processing') {
        this.showProblem({ kind: 'notice', notice: 'pending' });
      } else {
        this.showProblem({ kind: 'declined', codes: { code: intent.last_setup_error?.code, declineCode: intent.last_setup_error?.decline_code } });
      }
      return null;
    }
    const error = result.error;
    // Stripe shows incomplete or invalid fields itself, next to the field, in its own words.
    if (error.type === 'validation_error') return null;
    // Any code the catalog knows is explained, whatever the error type: a failed 3-D Secure on a
    // new card comes as an `invalid_request_error` (`setup_intent_authentication_failure`), and
    // the same card can be confirmed again, so its retry asks the bank again.
    const codes = codesOf(error);
    const entry = knownEntry(codes.code, codes.declineCode);
    if (entry || error.type === 'card_error') {
      this.showProblem({ kind: 'declined', codes, retry: entry === 'authentication_failed' || undefined });
      return null;
    }
    // Connection lost or an unexpected state: the SetupIntent may have succeeded all the same.
    const check = await stripe.retrieveSetupIntent(clientSecret).catch(() => null);
    if (session !== this.session) return null;
    if (check?.setupIntent?.status === 'succeeded') return this.confirmed({ setupIntentId: check.setupIntent.id, clientSecret });
    this.showProblem(error.type === 'api_connection_error' ? INTERRUPTED : { kind: 'declined', codes: { code: 'processing_error' } });
    return null;
  }

  private confirmed(request: CompleteRequest): CompleteRequest {
    this.elementConfirmed = true;
    unfinished.set(this.host.endpoint, request);
    // The card in the fields is now saved with Stripe; editing it would change nothing.
    this.paymentElement?.update({ readOnly: true });
    return request;
  }

  /**
   * POSTs `/complete`, running the bank's confirmation (3-D Secure) when the overdue invoice needs it,
   * then `/complete` again. The handler is idempotent, so every retry here is safe.
   */
  private async complete(session: Session, request: CompleteRequest, step: BusyStep = 'saving'): Promise<void> {
    const endpoint = this.host.endpoint;
    let confirmedWithBank = false;
    for (let round = 0; round <= MAX_BANK_CONFIRMATIONS; round += 1) {
      this.set({ busy: round === 0 ? step : 'saving' });
      let answer;
      try {
        answer = await completeSetupIntent(endpoint, request, { signal: session.controller.signal });
      } catch (error) {
        if (session === this.session) this.requestFailed(error);
        return;
      }
      if (session !== this.session) return;
      const failure = answer.failure;
      if (failure) {
        // The bank declined the overdue payment: the new method was not adopted. Explain, and offer
        // fresh fields for another one (a succeeded SetupIntent cannot be confirmed again).
        unfinished.delete(endpoint);
        await this.showProblem({ kind: failure.sameCard ? 'sameCard' : 'declined', codes: failure }, 'loading');
        await this.prepare(session);
        return;
      }
      if (!answer.nextAction) {
        this.succeed(answer.status, confirmedWithBank, answer.receipt ?? null);
        return;
      }
      if (round === MAX_BANK_CONFIRMATIONS) break;

      this.set({ busy: 'confirming' });
      const stripe = this.stripe ?? (await this.loadStripeForRedirect(session));
      if (!stripe || session !== this.session) return;
      const result = await stripe.handleNextAction({ clientSecret: answer.nextAction.clientSecret });
      if (session !== this.session) return;
      if (result.error) {
        // The card stays saved with Stripe: the customer may confirm again, or enter another method.
        await this.showProblem({ kind: 'declined', codes: confirmationCodes(result.error), retry: true }, this.elementConfirmed ? 'loading' : undefined);
        if (this.elementConfirmed) await this.prepare(session);
        return;
      }
      confirmedWithBank = true;
    }
    this.showProblem({ kind: 'declined', codes: AUTHENTICATION_FAILED, retry: true });
  }

  /** After a redirect return the flow has no Stripe client yet; the SetupIntent request brings the key. */
  private async loadStripeForRedirect(session: Session): Promise<Stripe | null> {
    await this.prepare(session);
    return this.stripe;
  }

  /**
   * Finishes the SetupIntent a redirect brought back, once Stripe vouches for it: anyone can craft
   * a link with an old SetupIntent's id, but only the customer who confirmed it holds its client
   * secret, and Stripe.js retrieves a SetupIntent only with the right one. A return that does not
   * prove itself adopts nothing: the customer gets fresh fields, as on any other visit (loading
   * Stripe.js needs the key that comes with a new SetupIntent, so its fields are mounted meanwhile).
   */
  private async finishRedirect(session: Session, redirect: RedirectReturn): Promise<void> {
    this.set({ busy: 'finishing' });
    try {
      const stripe = this.stripe ?? (await this.loadStripeForRedirect(session));
      // Stripe.js or the SetupIntent request failed: the form already says so.
      if (!stripe || session !== this.session) return;
      const proven = await proveRedirectReturn(stripe, redirect);
      if (session !== this.session) return;
      if (proven.kind === 'unproven') {
        warnOnce(redirect, `<paymend-form> ignored a return that Stripe does not confirm (${proven.reason})`);
        return;
      }
      if (proven.kind === 'failed') {
        this.showProblem({ kind: 'declined', codes: proven.codes });
        return;
      }
      const request = { setupIntentId: redirect.setupIntentId, clientSecret: redirect.clientSecret };
      unfinished.set(this.host.endpoint, request);
      await this.complete(session, request, 'finishing');
    } finally {
      if (session === this.session) this.set({ busy: null });
    }
    // Declined or interrupted: the customer needs fields to try again.
    if (session === this.session && this.phase === 'ready' && !this.paymentElement) await this.prepare(session);
  }

  private succeed(status: Status, confirmedWithBank: boolean, receipt: Receipt | null = null): void {
    const endpoint = this.host.endpoint;
    const before = this.statusBefore;
    // A bank debit paying the invoice is on its way, but the money has not arrived: not recovered yet.
    const recovered = status.state !== 'processing' && (confirmedWithBank || (before?.invoice != null && owes(before) && !owes(status)));
    unfinished.delete(endpoint);
    this.teardownElement();
    this.set({ recovered, problem: null, phase: 'done', status, receipt });
    primeStatus(endpoint, status);
    this.host.status = status;
    this.host.emit('paymend-updated', receipt ? { status, recovered, receipt } : { status, recovered });
  }
}
