import type { Stripe, StripeElements, StripeError, StripePaymentElement } from '@stripe/stripe-js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CompleteRequest, Status } from '../../protocol/index.js';
import { appearanceFrom } from '../../internal/appearance.js';
import { fetchStatus, PaymendRequestError, primeStatus } from '../../internal/api-client.js';
import {
  completeSetupIntent,
  createSetupIntent,
  refreshStatus,
  requestPaymentAction,
  validateStatus,
} from '../../internal/backend.js';
import { LocalizeController } from '../../internal/localize.js';
import { warnOnce } from '../../internal/log.js';
import { PaymendElement } from '../../internal/paymend-element.js';
import { loadStripeClient } from '../../internal/stripe-loader.js';
import { explainUpdate, explainWith, type FailureCodes } from '../../explain/index.js';
import { formatAmount } from '../../translations/format.js';
import type { Translation } from '../../translations/types.js';
import { elementsLocale } from './elements-locale.js';
import { controlStyles, hostTokens } from '../../internal/theme.styles.js';
import { formStyles } from './form.styles.js';
import {
  cleanRedirectReturn,
  isPaymendReturn,
  markedReturnUrl,
  proveRedirectReturn,
  readRedirectReturn,
  type RedirectProof,
  type RedirectReturn,
} from './redirect.js';
import { unfinished } from './unfinished.js';

/** What the form is doing; `busy` steps are announced while they run. */
type Phase = 'idle' | 'loading' | 'ready' | 'done' | 'unavailable';
type BusyStep = 'saving' | 'confirming' | 'finishing';

/** An explanation shown next to the form; `retryLabel` adds a button that finishes a confirmed update. */
interface Problem {
  title: string | null;
  body: string;
  /** The recommended next step, when the button does not already say it. */
  hint: string | null;
  retryLabel: string | null;
}

/** Bounds the 3-D Secure loop: a bank asking again and again must not spin forever. */
const MAX_BANK_CONFIRMATIONS = 3;

/** Closed-over per connection: answers arriving after the element left the page are dropped. */
interface Session {
  controller: AbortController;
}

/**
 * @tag paymend-form
 * @summary Updates the customer's payment method in place with Stripe's Payment Element, pays what
 * is overdue, and explains in plain words what the bank said when it declines.
 *
 * Stripe Elements cannot live in a shadow root, so the form mounts the Payment Element in a `<div>`
 * of its own light DOM and shows it through the `payment-element` slot. Place `<paymend-form>` in the
 * document (or in the light DOM of another element), not inside a shadow root.
 *
 * Focus: the form does not take focus by itself; call `focus()` after opening it to move focus to its
 * heading. On `paymend-cancel` and `paymend-updated`, the opener returns focus where it came from.
 *
 * A redirect-based method returning to the page (the URL carries Paymend's return marker and
 * `setup_intent_client_secret`) is finished by the first form that connects, and the URL is cleaned.
 *
 * @slot payment-element - Filled by the form itself with Stripe's Payment Element; leave it alone.
 *
 * @csspart base - The form box (a `<form>` landmark named by its heading).
 * @csspart title - The heading.
 * @csspart problem - The explanation of a decline or failure (`role="alert"`).
 * @csspart progress - What is happening now (`role="status"`).
 * @csspart actions - Wrapper of the buttons.
 * @csspart submit-button - Saves the payment method.
 * @csspart cancel-button - Closes the form without changes.
 * @csspart retry-button - Finishes an update that was interrupted or needs the bank's confirmation again.
 * @csspart done - The thank-you message.
 *
 * @cssproperty --paymend-font-family - Font of the form and the card fields. Default: inherited.
 * @cssproperty --paymend-font-size - Base font size. Default: inherited.
 * @cssproperty --paymend-radius - Corner radius of the box, buttons and card fields.
 * @cssproperty --paymend-spacing - Spacing unit of the card fields (Stripe's `spacingUnit`). Default: Stripe's.
 * @cssproperty --paymend-color-text - Text color.
 * @cssproperty --paymend-color-text-muted - Secondary text.
 * @cssproperty --paymend-color-background - Surface of the form and the card fields; a dark one switches Stripe to its dark theme.
 * @cssproperty --paymend-color-border - Borders.
 * @cssproperty --paymend-color-primary - The submit button and the card fields' accent.
 * @cssproperty --paymend-color-on-primary - Text of the submit button.
 * @cssproperty --paymend-color-danger - Errors.
 * @cssproperty --paymend-color-danger-surface - Background of the error explanation.
 * @cssproperty --paymend-color-success - Accent of the thank-you message.
 * @cssproperty --paymend-focus-ring - Outline of focused controls.
 *
 * @event {CustomEvent<{status: Status, recovered: boolean}>} paymend-updated - The new payment method was saved (and what was due paid).
 * @event {CustomEvent<{}>} paymend-cancel - The customer closed the form without changes.
 */
export class PaymendForm extends PaymendElement {
  static override styles = [hostTokens, controlStyles, formStyles];

  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. */
  @property() endpoint = '';
  /** Language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property({ reflect: true }) override lang!: string;
  /**
   * Optional: the backend supplies the publishable key with each SetupIntent. When set, Stripe.js is
   * initialised while the SetupIntent is being created instead of after; the backend's key still wins.
   */
  @property({ attribute: 'publishable-key' }) publishableKey = '';
  /** Where a redirect-based payment method returns to; defaults to the current page. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** Hides the cancel button, e.g. in a wall that cannot be closed. */
  @property({ type: Boolean, attribute: 'hide-cancel' }) hideCancel = false;
  /**
   * The customer's billing status: hand in the one the page has (the banner's), so the form can say
   * what will be charged. After a successful update it holds the new status.
   */
  @property({ attribute: false }) status?: Status;

  @state() private phase: Phase = 'idle';
  @state() private busy: BusyStep | null = null;
  @state() private problem: Problem | null = null;
  @state() private recovered = false;

  private readonly localize = new LocalizeController(this);

  private get heading(): HTMLElement | null {
    return this.renderRoot?.querySelector('.title') ?? null;
  }
  /** `focus()` was called before the heading existed (the translation was still loading). */
  private pendingFocus: FocusOptions | null = null;
  private session: Session | null = null;
  private stripe: Stripe | null = null;
  private elements: StripeElements | null = null;
  private paymentElement: StripePaymentElement | null = null;
  private mountNode: HTMLDivElement | null = null;
  /** The SetupIntent behind the mounted Payment Element. */
  private clientSecret: string | null = null;
  /** True once the mounted element's SetupIntent succeeded: saving again only has to finish it. */
  private elementConfirmed = false;
  /** The status before this update: what it will pay, and afterwards whether an overdue invoice got paid. */
  @state() private statusBefore: Status | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Light DOM, shown through the slot: Stripe's iframes cannot be mounted inside a shadow root.
    this.mountNode = document.createElement('div');
    this.mountNode.slot = 'payment-element';
    this.append(this.mountNode);
    // Reconnected after leaving the page: start over (the first connection starts from willUpdate).
    if (this.hasUpdated) this.requestUpdate();
    if (this.getRootNode() instanceof ShadowRoot) {
      warnOnce(this, '<paymend-form> is inside a shadow root, where Stripe Elements may not work; place it in the document');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.controller.abort();
    this.session = null;
    this.teardownElement();
    this.mountNode?.remove();
    this.mountNode = null;
    // Back to the start: reconnecting begins a fresh update (an unfinished one is remembered per endpoint).
    this.phase = 'idle';
    this.busy = null;
    this.problem = null;
  }

  /** Moves focus to the form's heading (as soon as it is rendered), so a screen reader starts at the top. */
  override focus(options?: FocusOptions): void {
    if (this.heading) this.heading.focus(options);
    else this.pendingFocus = options ?? {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') && this.status != null && this.phase !== 'done') {
      const status = validateStatus(this.status, this.localName);
      if (status) this.statusBefore = status;
    }
  }

  protected override updated(): void {
    if (this.pendingFocus && this.heading) {
      this.heading.focus(this.pendingFocus);
      this.pendingFocus = null;
    }
    // Starts once it is on the page, knows its backend and can speak: every message needs a translation.
    // After this update, not during it (Lit would render twice).
    if (this.phase === 'idle' && this.translation && this.isConnected) {
      if (this.endpoint) queueMicrotask(() => void this.start());
      else warnOnce(this, '<paymend-form> needs an endpoint attribute; showing nothing');
    }
  }

  override render() {
    const t = this.translation;
    if (!t) return nothing;
    const m = t.messages;
    const busy = this.busy !== null;
    const done = this.phase === 'done';
    const showElement = this.phase === 'loading' || this.phase === 'ready';
    const owed = this.amountDue();
    const progress =
      this.busy === 'saving'
        ? m['form.saving']
        : this.busy === 'confirming'
          ? m['form.confirming']
          : this.busy === 'finishing'
            ? m['form.finishing']
            : this.phase === 'loading'
              ? m['form.loading']
              : '';
    const describedBy = this.problem ? 'problem' : nothing;

    return html`
      <form
        part="base"
        class="base"
        lang=${t.locale}
        dir=${t.dir}
        aria-labelledby="title"
        aria-describedby=${describedBy}
        aria-busy=${busy || this.phase === 'loading' ? 'true' : 'false'}
        novalidate
        @submit=${this.handleSubmit}
      >
        <h2 id="title" part="title" class="title" tabindex="-1">${done ? m['state.updated.title'] : m['form.title']}</h2>
        ${done ? this.renderDone(t) : nothing}
        ${!done && owed ? html`<p class="intro">${m['form.payNow']({ amount: owed })}</p>` : nothing}
        ${this.problem ? this.renderProblem(this.problem) : nothing}
        <div ?hidden=${!showElement}><slot name="payment-element"></slot></div>
        <p part="progress" class="progress" role="status">${progress}</p>
        ${done
          ? nothing
          : html`<div part="actions" class="actions">
              ${this.phase === 'unavailable'
                ? html`<button part="retry-button" class="primary" type="button" @click=${this.handleReload}>${m['form.retry']}</button>`
                : html`<button
                    part="submit-button"
                    class="primary"
                    type="submit"
                    aria-disabled=${busy || this.phase !== 'ready' ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                  >
                    ${m['form.submit']}
                  </button>`}
              ${this.hideCancel
                ? nothing
                : html`<button
                    part="cancel-button"
                    type="button"
                    aria-disabled=${busy ? 'true' : 'false'}
                    @click=${this.handleCancel}
                  >
                    ${m['form.cancel']}
                  </button>`}
            </div>`}
      </form>
    `;
  }

  private renderProblem(problem: Problem) {
    return html`<div part="problem" id="problem" class="problem" role="alert">
      ${problem.title ? html`<strong>${problem.title}</strong>` : nothing}
      <p>${problem.body}</p>
      ${problem.hint ? html`<p><strong>${problem.hint}</strong></p>` : nothing}
      ${problem.retryLabel
        ? html`<button
            part="retry-button"
            class="retry"
            type="button"
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${this.handleRetry}
          >
            ${problem.retryLabel}
          </button>`
        : nothing}
    </div>`;
  }

  private renderDone(t: Translation) {
    const { body } = explainUpdate(t, { before: this.statusBefore, after: this.status, recovered: this.recovered }, { locale: this.localize.requested });
    return html`<p part="done" class="done" tabindex="-1">${body}</p>`;
  }

  /** The amount a successful update pays right away, formatted, or null when nothing is overdue. */
  private amountDue(status: Status | null = this.statusBefore): string | null {
    const invoice = status?.invoice;
    if (!invoice || (status.state !== 'failed' && status.state !== 'action_required')) return null;
    return formatAmount(this.localize.formattingLocale, invoice.amountDue, invoice.currency);
  }

  private get translation(): Translation | null {
    return this.localize.translation;
  }

  // --- The flow ------------------------------------------------------------------------------------

  private async start(): Promise<void> {
    if (!this.isConnected || this.session) return;
    const session: Session = { controller: new AbortController() };
    this.session = session;
    this.phase = 'loading';
    // Usually already cached by the banner on this page: tells what the update will pay, and
    // whether the bank only wants a confirmation. Not awaited here: a redirect return needs neither.
    const started = this.currentStatus(session);
    const redirect = readRedirectReturn();
    if (isPaymendReturn()) {
      cleanRedirectReturn();
      if (!redirect) warnOnce(this, '<paymend-form> ignored a return link whose setup_intent and client secret do not match');
    }
    if (redirect) {
      await this.finishRedirect(session, redirect);
      return;
    }
    const pending = unfinished.get(this.endpoint);
    if (pending) {
      // A card confirmed earlier on this page was never finished: offer to finish it, and meanwhile
      // let the customer enter another one.
      this.showInterrupted();
    } else if ((await started)?.state === 'action_required') {
      // The bank only wants the customer to confirm the payment: the card on file can do that, so
      // they type nothing. Only if the confirmation fails do they get fields for another method.
      if (await this.confirmOnFile(session)) return;
    }
    if (session === this.session) await this.prepare(session);
  }

  /** The status the form started from: handed in, or the page's (usually cached) status request. */
  private async currentStatus(session: Session): Promise<Status | null> {
    if (this.statusBefore) return this.statusBefore;
    try {
      const status = validateStatus(await fetchStatus(this.endpoint, { signal: session.controller.signal }), this.localName);
      if (session === this.session && !this.statusBefore) this.statusBefore = status;
      return status;
    } catch {
      return null; // Only a nicety: the update works without it.
    }
  }

  /**
   * Runs the bank's confirmation of the overdue invoice with the card on file. True when the
   * form is done (confirmed, or the form was closed meanwhile); false when the customer should
   * enter another method (the failure is explained already).
   */
  private async confirmOnFile(session: Session): Promise<boolean> {
    this.busy = 'confirming';
    try {
      const action = await requestPaymentAction(this.endpoint, { signal: session.controller.signal });
      const stripe = await loadStripeClient(action.publishableKey);
      if (session !== this.session) return true;
      this.stripe = stripe;
      const result = await stripe.handleNextAction({ clientSecret: action.clientSecret });
      if (session !== this.session) return true;
      // What comes next is the card fields below, whatever the catalog would advise.
      const anotherMethod = this.messages()['action.use_another_method'];
      if (result.error) {
        const codes = codesOf(result.error);
        this.explainFailure(codes.code || codes.declineCode ? codes : { code: 'payment_intent_authentication_failure' }, false, anotherMethod);
        return false;
      }
      const status = await refreshStatus(this.endpoint, { signal: session.controller.signal });
      if (session !== this.session) return true;
      if (status.state === 'ok' || status.state === 'expiring') {
        this.succeed(status, true);
        return true;
      }
      this.explainFailure(status.failure ?? { code: 'payment_intent_authentication_failure' }, false, anotherMethod);
      return false;
    } catch (error) {
      // Nothing awaiting confirmation any more, Stripe.js unavailable, or a network error: the
      // customer can still fix it with another method.
      if (session === this.session && !(error instanceof PaymendRequestError && error.code === 'not_found')) this.explainRequestError(error);
      return session !== this.session;
    } finally {
      if (session === this.session) this.busy = null;
    }
  }

  /** Creates a SetupIntent, loads Stripe.js and mounts a fresh Payment Element for it. */
  private async prepare(session: Session): Promise<boolean> {
    const early = this.publishableKey ? loadStripeClient(this.publishableKey) : null;
    early?.catch(() => undefined);
    try {
      const intent = await createSetupIntent(this.endpoint, { signal: session.controller.signal });
      if (this.publishableKey && this.publishableKey !== intent.publishableKey) {
        warnOnce(this, '<paymend-form> publishable-key differs from the backend’s; using the backend’s');
      }
      const stripe = await loadStripeClient(intent.publishableKey);
      if (session !== this.session) return false;
      this.stripe = stripe;
      this.mountElement(stripe, intent.clientSecret, intent.customerSessionClientSecret);
      return true;
    } catch (error) {
      if (session !== this.session) return false;
      this.showUnavailable(error);
      return false;
    }
  }

  /** With a CustomerSession secret, the Payment Element also lists the customer's saved cards. */
  private mountElement(stripe: Stripe, clientSecret: string, customerSessionClientSecret?: string): void {
    const t = this.translation!;
    this.teardownElement();
    this.clientSecret = clientSecret;
    this.elementConfirmed = false;
    this.elements = stripe.elements({
      clientSecret,
      ...(customerSessionClientSecret ? { customerSessionClientSecret } : {}),
      appearance: appearanceFrom(this),
      locale: elementsLocale(this.localize.requested, t),
    });
    const element = this.elements.create('payment', {});
    this.paymentElement = element;
    element.on('loaderror', () => {
      if (element === this.paymentElement) this.showUnavailable(new Error('the Payment Element failed to load'));
    });
    element.mount(this.mountNode!);
    this.phase = 'ready';
  }

  private teardownElement(): void {
    // Stripe removes its iframes and listeners on destroy(); leaving it would leak them per open.
    this.paymentElement?.destroy();
    this.paymentElement = null;
    this.elements = null;
    this.clientSecret = null;
    this.elementConfirmed = false;
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  /** Saves what the Payment Element holds. Re-entrant calls are ignored: one click, one attempt. */
  private async save(): Promise<void> {
    const session = this.session;
    if (!session || this.phase !== 'ready' || this.busy || !this.stripe || !this.elements) return;
    this.busy = 'saving';
    try {
      let request = this.elementConfirmed ? unfinished.get(this.endpoint) : undefined;
      if (!request) request = (await this.confirm(session, this.stripe, this.elements)) ?? undefined;
      if (request && session === this.session) await this.complete(session, request);
    } catch (error) {
      // Stripe.js is meant to return its errors, not throw them; if it throws all the same (lost
      // connection, a script blocked mid-way), the customer is told and can try again.
      if (session === this.session) this.explainRequestError(error);
    } finally {
      if (session === this.session) this.busy = null;
    }
  }

  /** Runs Stripe's confirmation; returns the succeeded SetupIntent, or null after explaining why not. */
  private async confirm(session: Session, stripe: Stripe, elements: StripeElements): Promise<CompleteRequest | null> {
    const clientSecret = this.clientSecret!;
    const result = await stripe.confirmSetup({
      elements,
      redirect: 'if_required',
      confirmParams: { return_url: markedReturnUrl(this.returnUrl) },
    });
    // Remembered even if the form left the page meanwhile: a form opened later finishes this card.
    if (!result.error && result.setupIntent.status === 'succeeded') unfinished.set(this.endpoint, { setupIntentId: result.setupIntent.id, clientSecret });
    if (session !== this.session) return null;
    if (!result.error) {
      const intent = result.setupIntent;
      if (intent.status === 'succeeded') return this.confirmed({ setupIntentId: intent.id, clientSecret });
      if (intent.status === 'processing') {
        this.showProblem(notice(this.messages()['form.pending']));
        return null;
      }
      this.explainFailure({ code: intent.last_setup_error?.code, declineCode: intent.last_setup_error?.decline_code });
      return null;
    }
    const error = result.error;
    // Stripe shows incomplete or invalid fields itself, next to the field, in its own words.
    if (error.type === 'validation_error') return null;
    if (error.type === 'card_error') {
      this.explainFailure(codesOf(error));
      return null;
    }
    // Connection lost or an unexpected state: the SetupIntent may have succeeded all the same.
    const check = await stripe.retrieveSetupIntent(clientSecret).catch(() => null);
    if (session !== this.session) return null;
    if (check?.setupIntent?.status === 'succeeded') return this.confirmed({ setupIntentId: check.setupIntent.id, clientSecret });
    if (error.type === 'api_connection_error') this.showInterrupted();
    else this.explainFailure({ code: 'processing_error' });
    return null;
  }

  private confirmed(request: CompleteRequest): CompleteRequest {
    this.elementConfirmed = true;
    unfinished.set(this.endpoint, request);
    // The card in the fields is now saved with Stripe; editing it would change nothing.
    this.paymentElement?.update({ readOnly: true });
    return request;
  }

  /**
   * POSTs `/complete`, running the bank's confirmation (3-D Secure) when the overdue invoice needs it,
   * then `/complete` again. The handler is idempotent, so every retry here is safe.
   */
  private async complete(session: Session, request: CompleteRequest, step: BusyStep = 'saving'): Promise<void> {
    let confirmedWithBank = false;
    for (let round = 0; round <= MAX_BANK_CONFIRMATIONS; round += 1) {
      this.busy = round === 0 ? step : 'saving';
      let answer;
      try {
        answer = await completeSetupIntent(this.endpoint, request, { signal: session.controller.signal });
      } catch (error) {
        if (session === this.session) this.explainRequestError(error);
        return;
      }
      if (session !== this.session) return;

      if (answer.failure) {
        // The bank declined the overdue payment: the new method was not adopted. Explain, and offer
        // fresh fields for another one (a succeeded SetupIntent cannot be confirmed again).
        unfinished.delete(this.endpoint);
        if (answer.failure.sameCard) this.explainSameCard(answer.failure);
        else this.explainFailure(answer.failure);
        await this.prepare(session);
        return;
      }
      if (!answer.nextAction) {
        this.succeed(answer.status, confirmedWithBank);
        return;
      }
      if (round === MAX_BANK_CONFIRMATIONS) break;

      this.busy = 'confirming';
      const stripe = this.stripe ?? (await this.loadStripeForRedirect(session));
      if (!stripe || session !== this.session) return;
      const result = await stripe.handleNextAction({ clientSecret: answer.nextAction.clientSecret });
      if (session !== this.session) return;
      if (result.error) {
        // The card stays saved with Stripe: the customer may confirm again, or enter another method.
        const codes = codesOf(result.error);
        this.explainFailure(codes.code || codes.declineCode ? codes : { code: 'payment_intent_authentication_failure' }, true);
        if (this.elementConfirmed) await this.prepare(session);
        return;
      }
      confirmedWithBank = true;
    }
    this.explainFailure({ code: 'payment_intent_authentication_failure' }, true);
  }

  /** After a redirect return the form has no Stripe client yet; the SetupIntent request brings the key. */
  private async loadStripeForRedirect(session: Session): Promise<Stripe | null> {
    await this.prepare(session);
    return this.stripe;
  }

  /**
   * Finishes the SetupIntent a redirect brought back, once Stripe vouches for it: anyone can craft
   * a link with an old SetupIntent's id, but only the customer who confirmed it holds its client
   * secret, and Stripe.js retrieves a SetupIntent only with the right one. A return that does not
   * prove itself adopts nothing: the customer gets fresh fields, as on any other visit.
   */
  private async finishRedirect(session: Session, redirect: RedirectReturn): Promise<void> {
    this.busy = 'finishing';
    try {
      const proven = await this.proveReturn(session, redirect);
      if (session !== this.session || proven.kind === 'unavailable') return;
      if (proven.kind === 'unproven') {
        warnOnce(redirect, `<paymend-form> ignored a return that Stripe does not confirm (${proven.reason})`);
        return;
      }
      if (proven.kind === 'failed') {
        this.explainFailure(proven.codes);
        return;
      }
      const request = { setupIntentId: redirect.setupIntentId, clientSecret: redirect.clientSecret };
      unfinished.set(this.endpoint, request);
      await this.complete(session, request, 'finishing');
    } finally {
      if (session === this.session) this.busy = null;
    }
    // Declined or interrupted: the customer needs fields to try again.
    if (session === this.session && this.phase === 'ready' && !this.paymentElement) await this.prepare(session);
  }

  /**
   * Asks Stripe about the returning SetupIntent. Loading Stripe.js needs the publishable key, which
   * comes with a new SetupIntent: its fields are mounted meanwhile, ready if the return fails.
   */
  private async proveReturn(session: Session, redirect: RedirectReturn): Promise<RedirectProof | { kind: 'unavailable' }> {
    const stripe = this.stripe ?? (await this.loadStripeForRedirect(session));
    // Stripe.js or the SetupIntent request failed: the form already says so.
    if (!stripe || session !== this.session) return { kind: 'unavailable' };
    return proveRedirectReturn(stripe, redirect);
  }

  private succeed(status: Status, confirmedWithBank: boolean): void {
    unfinished.delete(this.endpoint);
    const before = this.statusBefore;
    const owed = before?.invoice != null && (before.state === 'failed' || before.state === 'action_required');
    const stillOwes = status.state === 'failed' || status.state === 'action_required';
    this.recovered = confirmedWithBank || (owed && !stillOwes);
    this.problem = null;
    this.teardownElement();
    this.phase = 'done';
    this.status = status;
    primeStatus(this.endpoint, status);
    const focusWasInside = this.matches(':focus-within');
    this.emit('paymend-updated', { status, recovered: this.recovered });
    // The buttons are gone; if no listener moved focus elsewhere, keep it on the thank-you message.
    void this.updateComplete.then(() => {
      if (focusWasInside && (this.matches(':focus-within') || document.activeElement === document.body)) {
        this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
      }
    });
  }

  // --- Explanations --------------------------------------------------------------------------------

  private messages() {
    return this.translation!.messages;
  }

  /**
   * Shows an explanation in a fresh alert node: removed for one render, then inserted again, so a
   * screen reader announces it even when the same decline happens twice.
   */
  private showProblem(problem: Problem): void {
    this.problem = null;
    void this.updateComplete.then(() => {
      this.problem = problem;
    });
  }

  /** A decline or a failed bank confirmation, in the catalog's words; `retry` offers confirming again. */
  /** `hint` overrides the catalog's next step when the form already knows what comes next. */
  private explainFailure(codes: FailureCodes, retry = false, hint?: string): void {
    const explained = explainWith(this.translation!, codes, { locale: this.localize.requested });
    this.showProblem({
      title: explained.title,
      body: explained.body,
      hint: retry ? null : (hint ?? explained.action),
      retryLabel: retry ? explained.action : null,
    });
  }

  /**
   * The card entered already failed on this invoice and failed again: saying the banner's sentence
   * once more would read as if nothing happened. It says so, that the card on file is unchanged,
   * and the catalog's next step (never the real reason of a lost or stolen card: it explains generic).
   */
  private explainSameCard(codes: FailureCodes): void {
    const explained = explainWith(this.translation!, codes, { locale: this.localize.requested });
    this.showProblem({ title: null, body: this.messages()['form.declinedToo'], hint: explained.action, retryLabel: null });
  }

  /** The connection dropped: what the customer entered is kept, and trying again is safe. */
  private showInterrupted(): void {
    const m = this.messages();
    this.showProblem(notice(m['form.interrupted'], m['form.retry']));
  }

  private explainRequestError(error: unknown): void {
    if (isAbort(error)) return;
    const code = error instanceof PaymendRequestError ? error.code : 'network_error';
    const m = this.messages();
    if (code === 'rate_limited') {
      this.showProblem(notice(m['form.rateLimited']));
    } else if (code === 'setup_intent_not_succeeded') {
      this.showProblem(notice(m['form.pending'], m['form.retry']));
    } else if (code === 'not_found' || code === 'bad_request' || code === 'unauthenticated' || code === 'forbidden') {
      // This update cannot be finished; forget it and start over with fresh fields.
      unfinished.delete(this.endpoint);
      this.showUnavailable(error);
    } else {
      // Lost connection, timeout or a 5xx: the card is confirmed with Stripe, finishing later is safe.
      warnOnce(error, `could not finish the payment method update: ${describe(error)}; the customer can retry`);
      this.showInterrupted();
    }
  }

  private showUnavailable(error: unknown): void {
    if (isAbort(error)) return;
    warnOnce(error, `<paymend-form> could not load: ${describe(error)}`);
    this.teardownElement();
    this.phase = 'unavailable';
    const m = this.messages();
    const body = error instanceof PaymendRequestError && error.code === 'rate_limited' ? m['form.rateLimited'] : m['form.unavailable'];
    this.showProblem({ title: null, body, hint: null, retryLabel: null });
  }

  // --- Buttons -------------------------------------------------------------------------------------

  private handleRetry(): void {
    const session = this.session;
    const request = unfinished.get(this.endpoint);
    if (!session || this.busy) return;
    if (!request) {
      void this.save();
      return;
    }
    this.busy = 'saving';
    void this.complete(session, request).finally(() => {
      if (session === this.session) this.busy = null;
    });
  }

  private handleReload(): void {
    const session = this.session;
    if (!session || this.busy) return;
    this.problem = null;
    this.phase = 'loading';
    void this.prepare(session);
  }

  private handleCancel(): void {
    if (this.busy) return;
    this.emit('paymend-cancel', {});
  }
}

/** A problem of Paymend's own (not a decline): one sentence, maybe a retry button. */
function notice(body: string, retryLabel: string | null = null): Problem {
  return { title: null, body, hint: null, retryLabel };
}

function codesOf(error: StripeError): FailureCodes {
  const advice = (error as StripeError & { advice_code?: string }).advice_code;
  return { code: error.code ?? null, declineCode: error.decline_code ?? null, adviceCode: advice ?? null };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
