import { afterNextFrame } from '../../internal/next-frame.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Status } from '../../protocol/index.js';
import { appearanceFrom } from '../../internal/appearance.js';
import { CareText } from '../../internal/care-text.js';
import { LocalizeController } from '../../internal/localize.js';
import { warnOnce } from '../../internal/log.js';
import { PaymendElement } from '../../internal/paymend-element.js';
import { renderSupport } from '../../internal/support.js';
import { careStyles, RatingQuestion, receiptLines, renderReceipt } from '../../internal/thanks.js';
import { explainUpdate, explainWith } from '../../explain/index.js';
import { formatAmount, formatDate } from '../../translations/format.js';
import type { Translation } from '../../translations/types.js';
import { elementsLocale } from './elements-locale.js';
import { controlStyles, hostTokens, cardStyles } from '../../internal/theme.styles.js';
import { formStyles } from './form.styles.js';
import { owes, type Problem, type Verification } from './flow-types.js';
import { UpdateFlow } from './update-flow.js';

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
 * After a decline focus stays on the save button, which the explanation describes, and the
 * explanation is scrolled into view (at 400% zoom it may be screens above the button).
 *
 * Announcements: two live regions are there, empty, from the first render, and only their text
 * changes: the status line (`progress`) and the alert region around `problem` (emptied, then filled,
 * so the same decline twice is read twice). While a step runs only the save button is `aria-busy`,
 * never an ancestor of the live regions.
 *
 * Text spacing: no line height of its own (the page's, or `--paymend-line-height`); letter and word
 * spacing are inherited, buttons included.
 *
 * A redirect-based method returning to the page (the URL carries Paymend's return marker and
 * `setup_intent_client_secret`) is finished by the first form that connects, and the URL is cleaned.
 *
 * Bank debits: a bank account that Stripe verifies with micro-deposits ends the form with a calm
 * notice and a link to Stripe's verification page (`paymend-verification-pending`; the payment method
 * on file is unchanged until then). An overdue invoice that a bank debit is now paying ends it with
 * "on its way" rather than "paid" (`paymend-updated` with `recovered: false`, state `processing`).
 *
 * The flow itself (SetupIntent, confirmation, `/complete`, the bank's confirmation, redirect returns,
 * retries) lives in `UpdateFlow` (./update-flow.ts); this element renders it.
 *
 * @slot payment-element - Filled by the form itself with Stripe's Payment Element; leave it alone.
 *
 * @csspart base - The form box (a `<form>` landmark named by its heading).
 * @csspart title - The heading.
 * @csspart intro - What the update will charge right away, when something is overdue.
 * @csspart problem - The explanation of a decline or failure, inside the form's alert region (`role="alert"`, empty until then).
 * @csspart progress - What is happening now, or the micro-deposit notice (`role="status"`, always there, empty while nothing happens).
 * @csspart verification-link - The link to Stripe's page that verifies a bank account (opens a new tab).
 * @csspart actions - Wrapper of the buttons.
 * @csspart submit-button - Saves the payment method.
 * @csspart cancel-button - Closes the form without changes.
 * @csspart retry-button - Finishes an update that was interrupted or needs the bank's confirmation again.
 * @csspart done - The thank-you message.
 * @csspart receipt - Under the thank-you: what was paid today, then when the next payment is (one paragraph each; from a server that says).
 * @csspart rating - The "How easy was this?" group (with `ask-rating`), then its thanks.
 * @csspart rating-button - Sends the chosen answer.
 * @csspart support - "Contact support" (with `support-href` or `support`): a link, or a button when event-only.
 *
 * @cssproperty --paymend-font-family - Font of the form and the card fields. Default: inherited.
 * @cssproperty --paymend-font-size - Base font size. Default: inherited.
 * @cssproperty --paymend-line-height - Line height of the form's text. Default: inherited (the page's, or the reader's own).
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
 * @event {CustomEvent<{status: Status, recovered: boolean, receipt?: Receipt}>} paymend-updated - The new payment method was saved (and what was due paid, or a bank debit paying it is on its way: `recovered` is false then).
 * @event {CustomEvent<{hostedVerificationUrl: string | null}>} paymend-verification-pending - A bank account awaits verification by micro-deposits; nothing changed yet. The URL is Stripe's page that finishes it.
 * @event {CustomEvent<{}>} paymend-cancel - The customer closed the form without changes.
 * @event {CustomEvent<SupportDetail>} paymend-support - "Contact support" was pressed: `{source, state, reason, reasonText, invoiceId, amountDue, currency}` (a catalog category, never a raw Stripe code). Cancelable: cancel it to open your own chat instead of `support-href`.
 * @event {CustomEvent<{rating: 1|2|3|4|5}>} paymend-rated - The customer answered "How easy was this?" (1 very hard, 5 very easy).
 */
export class PaymendForm extends PaymendElement {
  static override styles = [hostTokens, controlStyles, cardStyles, formStyles, careStyles];

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
   * Where "Contact support" goes: a `mailto:` (opened with a prefilled subject and body that say what
   * happened) or a web page. Without it and without `support`, no such control is shown.
   */
  @property({ attribute: 'support-href' }) supportHref = '';
  /** Shows "Contact support" without a link: it only emits `paymend-support` (open your chat widget from it). */
  @property({ type: Boolean }) support = false;
  /** Asks "How easy was this?" under the thank-you (once per thank-you; sent as the `rated` beacon and `paymend-rated`). */
  @property({ type: Boolean, attribute: 'ask-rating' }) askRating = false;
  /** @internal Where the form's support and rating beacons say it is: `page` on the hosted update page. */
  beaconSource: 'form' | 'page' = 'form';
  /**
   * The customer's billing status: hand in the one the page has (the banner's), so the form can say
   * what will be charged. After a successful update it holds the new status.
   */
  @property({ attribute: false }) status?: Status;

  private readonly localize = new LocalizeController(this);
  private readonly care = new CareText(this);
  private readonly rating = new RatingQuestion(this);
  /** @internal The light-DOM node the Payment Element mounts in, shown through the slot (for the flow). */
  mountNode: HTMLDivElement | null = null;
  /** `focus()` was called before the heading existed (the translation was still loading). */
  private pendingFocus: FocusOptions | null = null;
  /** The problem box last brought into view. */
  private problemBox: HTMLElement | null = null;
  private readonly flow = new UpdateFlow(this);

  constructor() {
    super();
    // The flow's end removes the buttons: keep focus in the form, unless a listener moves it.
    this.addEventListener('paymend-updated', this.keepFocus);
    this.addEventListener('paymend-verification-pending', this.keepFocus);
  }

  private get heading(): HTMLElement | null {
    return this.renderRoot?.querySelector('.title') ?? null;
  }

  private get translation(): Translation | null {
    return this.localize.translation;
  }

  /** @internal The Payment Element's look and language, read from this element (for the flow). */
  elementsOptions() {
    return { appearance: appearanceFrom(this), locale: elementsLocale(this.localize.requested, this.translation!) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mountNode = document.createElement('div');
    this.mountNode.slot = 'payment-element';
    this.append(this.mountNode);
    // Reconnected after leaving the page: start over (the first connection starts from updated()).
    if (this.hasUpdated) this.requestUpdate();
    if (this.getRootNode() instanceof ShadowRoot) {
      warnOnce(this, '<paymend-form> is inside a shadow root, where Stripe Elements may not work; place it in the document');
    }
  }

  override disconnectedCallback(): void {
    // The flow aborts its session and destroys the Payment Element first.
    super.disconnectedCallback();
    this.mountNode?.remove();
    this.mountNode = null;
  }

  /** Moves focus to the form's heading (as soon as it is rendered), so a screen reader starts at the top. */
  override focus(options?: FocusOptions): void {
    if (this.heading) this.heading.focus(options);
    else this.pendingFocus = options ?? {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') && this.status != null) this.flow.useStatus(this.status);
  }

  protected override updated(): void {
    if (this.pendingFocus && this.heading) {
      this.heading.focus(this.pendingFocus);
      this.pendingFocus = null;
    }
    // A problem just shown (each is a new box) may be far from the submit button at high zoom, and
    // both cannot be on screen at 400%: as GOV.UK's error summary, focus follows the explanation
    // (named by its title) when it was in the form, and the box is brought into view.
    const box = this.renderRoot.querySelector<HTMLElement>('.problem');
    if (box !== this.problemBox && (this.problemBox = box)) {
      if (this.matches(':focus-within')) box.focus({ preventScroll: true });
      box.scrollIntoView({ block: 'nearest' });
    } else {
      // What an update adds above the focused control (the busy line while saving) must not push it
      // out of view (WCAG 2.4.11, focus not obscured): browsers scroll only when focus moves.
      const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
      const edge = focused?.getBoundingClientRect();
      if (focused && edge && (edge.bottom > window.innerHeight || edge.top < 0)) focused.scrollIntoView({ block: 'nearest' });
    }
    // Starts once it is on the page, knows its backend and can speak: every message needs a translation.
    // After this update, not during it (Lit would render twice).
    if (this.flow.phase === 'idle' && this.translation && this.isConnected) {
      // A frame later: the status region is then in the accessibility tree, empty, before its first
      // words ("Loading…", "Waiting for your bank…") are set into it, so they are announced.
      if (this.endpoint) afterNextFrame(() => void this.flow.start());
      else warnOnce(this, '<paymend-form> needs an endpoint attribute; showing nothing');
    }
  }

  override render() {
    const t = this.translation;
    if (!t) return nothing;
    const m = t.messages;
    const { phase, busy, problem, verification } = this.flow;
    const done = phase === 'done';
    const showElement = phase === 'loading' || phase === 'ready';
    // Nothing is charged while a bank account awaits its micro-deposits.
    const owed = !done && !verification && this.amountDue();
    // Fresh fields loading after a problem go unsaid: the alert is what matters then.
    const progress = busy ? m[`form.${busy}`] : phase === 'loading' && !problem ? m['form.loading'] : '';
    const describedBy = problem ? 'problem' : nothing;
    const { statusBefore: before, status: after, recovered } = this.flow;
    // The thank-you: "on its way" rather than "paid" when a bank debit now pays the invoice.
    const thanks = done && explainUpdate(t, { before, after, recovered }, { locale: this.localize.requested });

    return html`
      <form
        part="base"
        class="base"
        lang=${t.locale}
        dir=${t.dir}
        aria-labelledby="title"
        aria-describedby=${describedBy}
        novalidate
        @submit=${this.handleSubmit}
      >
        <h2 id="title" part="title" class="title" tabindex="-1">${thanks ? thanks.title : m['form.title']}</h2>
        ${thanks ? html`<p part="done" class="done" tabindex="-1">${thanks.body}</p>${this.renderClosing()}` : nothing}
        ${owed ? html`<p part="intro" class="intro">${m['form.payNow']({ amount: owed })}</p>` : nothing}
        <div role="alert">${problem ? this.renderProblem(t, problem) : nothing}</div>
        <div ?hidden=${!showElement}><slot name="payment-element"></slot></div>
        <p part="progress" class="progress" role="status">${verification ? this.renderVerification(t, verification) : progress}</p>
        ${done || (verification && this.hideCancel)
          ? nothing
          : html`<div part="actions" class="actions">
              ${phase === 'unavailable'
                ? html`<button part="retry-button" class="primary" type="button" @click=${this.handleReload}>${m['form.retry']}</button>`
                : verification
                  ? nothing
                  : html`<button
                      part="submit-button"
                      class="primary"
                      type="submit"
                      aria-disabled=${!!busy || phase !== 'ready'}
                      aria-busy=${!!busy}
                      aria-describedby=${describedBy}
                    >
                      ${m['form.submit']}
                    </button>`}
              ${this.hideCancel
                ? nothing
                : html`<button part="cancel-button" type="button" aria-disabled=${!!busy} @click=${this.handleCancel}>
                    ${m['form.cancel']}
                  </button>`}
            </div>`}
        ${done ? nothing : renderSupport(this, { t, care: this.care.translation, status: before, source: this.beaconSource, locale: this.localize.formattingLocale })}
      </form>
    `;
  }

  /**
   * A problem in words. A decline in the catalog's, its next step as a hint, unless a retry button
   * says it or the fields below are the next step; a card declined again says "declined too" and the
   * next step, not the banner's sentence once more (nor the real reason of a lost or stolen card: the
   * catalog explains those as generic); a notice of Paymend's own is one sentence.
   */
  private renderProblem(t: Translation, problem: Problem) {
    const m = t.messages;
    const retry = problem.kind !== 'sameCard' && problem.retry;
    let title: string | null = null;
    let hint: string | null = null;
    let body: string;
    let retryLabel = retry ? m['form.retry'] : null;
    if (problem.kind === 'notice') {
      body = m[`form.${problem.notice}`];
    } else {
      const explained = explainWith(t, problem.codes, { locale: this.localize.requested });
      hint = explained.action;
      if (problem.kind === 'sameCard') {
        body = m['form.declinedToo'];
      } else {
        ({ title, body } = explained);
        if (retry) [retryLabel, hint] = [hint, null];
        else if (problem.anotherMethod) hint = m['action.use_another_method'];
      }
    }
    return html`<div part="problem" id="problem" class="problem" role="group" tabindex="-1" aria-labelledby=${title ? 'problem-title' : 'problem-body'}>
      ${title ? html`<strong id="problem-title">${title}</strong>` : nothing}
      <p id="problem-body">${body}</p>
      ${hint ? html`<p><strong>${hint}</strong></p>` : nothing}
      ${retryLabel
        ? html`<button
            part="retry-button"
            class="retry"
            type="button"
            aria-disabled=${!!this.flow.busy}
            @click=${this.handleRetry}
          >
            ${retryLabel}
          </button>`
        : nothing}
    </div>`;
  }

  /** Under the thank-you: the receipt (when the server sent one) and, if asked for, the rating. */
  private renderClosing() {
    const care = this.care.translation;
    const { receipt, status, statusBefore } = this.flow;
    // Keyed by the new status (one per update); counted under the problem that was fixed.
    return html`${renderReceipt(care, receiptLines(care, receipt, this.localize.formattingLocale))}
    ${this.rating.render(care, status ?? this.flow, statusBefore ?? status, this.beaconSource)}`;
  }

  /** Micro-deposits: when to look at the statement, and Stripe's page to enter what it shows. */
  private renderVerification(t: Translation, verification: Verification) {
    const date = formatDate(this.localize.formattingLocale, verification.arrivesAt);
    const url = verification.hostedVerificationUrl;
    return html`${t.messages['form.microdeposits']({ date })}
    ${url ? html`<a part="verification-link" href=${url} target="_blank" rel="noopener">${t.messages['form.microdepositsLink']}</a>` : nothing}`;
  }

  /** The amount a successful update pays right away, formatted, or null when nothing is overdue. */
  private amountDue(): string | null {
    const status = this.flow.statusBefore;
    const invoice = status?.invoice;
    if (!invoice || !owes(status)) return null;
    return formatAmount(this.localize.formattingLocale, invoice.amountDue, invoice.currency);
  }

  /**
   * The flow ended (updated, or awaiting micro-deposits) and the buttons are gone: if focus was in
   * the form and no listener moved it elsewhere, it stays on the outcome (the thank-you, else the
   * verification link, else the heading). Registered first, so it sees focus before any listener.
   */
  private readonly keepFocus = (event: Event): void => {
    const focusWasInside = event.target === this && this.matches(':focus-within');
    void this.updateComplete.then(() => {
      if (focusWasInside && (this.matches(':focus-within') || document.activeElement === document.body)) {
        (this.renderRoot.querySelector<HTMLElement>('.done,a') ?? this.heading)?.focus();
      }
    });
  };

  private handleSubmit(event: Event): void {
    event.preventDefault();
    void this.flow.save();
  }

  private handleRetry(): void {
    this.flow.retry();
  }

  private handleReload(): void {
    this.flow.reload();
  }

  private handleCancel(): void {
    if (this.flow.busy) return;
    this.emit('paymend-cancel', {});
  }
}
