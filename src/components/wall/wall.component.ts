import { css } from 'lit';
import { property } from 'lit/decorators.js';
import type { Status } from '../../protocol/index.js';
import { StatusElement } from '../../internal/status-element.js';
import type { WallView } from './wall-view.js';

/** A wall is for a customer who owes a payment and whose merchant chose to block access over it. */
export function needsWall(status: Status | null | undefined): boolean {
  return status != null && status.state !== 'ok' && status.access.wall !== 'none';
}

/**
 * @tag paymend-wall
 * @summary A modal over the app for a customer whose payment failed and whose access depends on
 * fixing it: the explanation, the date access ends, the card form, and the merchant's escape hatches.
 *
 * This element is tiny and always registered; it shares the banner's status request (one GET per
 * page) and renders nothing for a customer who needs no wall. Its dialog, and the form inside it,
 * are lazy chunks loaded only when the status says a wall is needed.
 *
 * `soft` (during the grace period) can be closed with "Not now" or Escape, and turns `hard` by
 * itself when `status.access.endsAt` passes while the page is open; `hard` cannot be closed until the
 * payment is fixed. Then it thanks the customer (a polite live region) with what was paid and the
 * next charge (from a server that sends a receipt), asks "How easy was this?" with `ask-rating`, and
 * gets out of the way on "Continue". After an offer taken in its panel, its text says what happened
 * (paused until…, welcome back), with the same receipt and question.
 *
 * Focus: on opening, the explanation takes it (the dialog is named by its heading, so nothing is
 * read twice); after it closes ("Not now", Escape, "Continue") it goes to `return-focus` when set,
 * else back to what had it before the wall opened, else the page's `<main>`, else its first `<h1>`.
 *
 * @slot logout - Your own log-out control; by default a link to `logout-href` when set.
 * @slot support - Your own way to reach support; by default "Contact support": a link to `support-href` when set, a button with `support` alone.
 * @slot cancel-subscription - Your own cancellation control; by default a link to `cancel-href` when set.
 *
 * @csspart dialog - The native modal `<dialog>`.
 * @csspart base - The box inside it.
 * @csspart title - The heading.
 * @csspart message - The explanation and the date access ends; in the thank-you, its text.
 * @csspart status - The live region (`role="status"`): empty while the wall asks, then the thank-you's text.
 * @csspart escape-hatches - Wrapper of the log-out, support and cancellation links.
 * @csspart resume-button - "Resume now", in the form's place, for a subscription the customer paused (with access shut meanwhile) and may end now (`status.pause.resumable`).
 * @csspart offers-button - "Can't pay right now?", when the status says the merchant offers a way out (`status.offers`); opens `<paymend-offers>` in the form's place.
 * @csspart close-button - "Not now" (soft wall only).
 * @csspart continue-button - Closes the thank-you message.
 * @csspart receipt - In the thank-you (after a card update, or an offer taken): what was paid today, then the next payment (one each).
 * @csspart rating - The "How easy was this?" group under the thank-you (with `ask-rating`), then its thanks.
 * @csspart rating-button - Sends the chosen answer.
 *
 * @cssproperty --paymend-backdrop - Backdrop behind the dialog.
 * @cssproperty --paymend-color-background - Surface of the dialog (and the form's).
 * @cssproperty --paymend-line-height - Line height of the wall's text; by default the page's (inherited), so a user's text spacing applies.
 *
 * @event {CustomEvent<SupportDetail>} paymend-support - "Contact support" was pressed: `{source, state, reason, reasonText, invoiceId, amountDue, currency}` (a catalog category, never a raw Stripe code). Cancelable: cancel it to open your own chat instead of `support-href`.
 * @event {CustomEvent<{status: Status, receipt?: Receipt}>} paymend-resumed - "Resume now" ended the pause: the new status and (from a server that sends one) what was paid and the next charge. A declined renewal emits nothing: the wall shows the failed payment and the form.
 * @event {CustomEvent<{rating: 1|2|3|4|5}>} paymend-rated - The customer answered "How easy was this?" (1 very hard, 5 very easy).
 * @event {CustomEvent<{state: State}>} paymend-dismiss - "Not now" or Escape on a soft wall. Cancelable: cancel it to keep the wall.
 * @event {CustomEvent<{state: State}>} paymend-after-dismiss - The soft wall was closed.
 * @event {CustomEvent<{status: Status, recovered: boolean, receipt?: Receipt}>} paymend-updated - The card was updated (from the wall's form).
 * @event {CustomEvent<{hostedVerificationUrl: string | null}>} paymend-verification-pending - A bank account awaits verification by micro-deposits; nothing changed yet (from the wall's form).
 * @event {CustomEvent<{rating: 1|2|3|4|5}>} paymend-rated - The customer answered "How easy was this?" (from the wall's form, with `ask-rating` on it).
 * @event {CustomEvent<{kind: 'pause' | 'change_plan', status: Status, receipt?: Receipt}>} paymend-offer-taken - The customer took an offer from the wall's "Can't pay right now?" panel; `status` is the new status.
 */
export class PaymendWall extends StatusElement<WallView> {
  // No box of its own (its dialog is in the top layer): an empty inline element would still be a
  // grid or flex item, spaced by the container's gap, and the page would move when it upgrades.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the built-in "Log out" link goes; without it (and without the `logout` slot) none is shown. */
  @property({ attribute: 'logout-href' }) logoutHref = '';
  /**
   * Where the built-in "Contact support" link goes (a page, or a `mailto:` opened with a prefilled
   * subject and body that say what happened). Clicking it emits `paymend-support` first.
   */
  @property({ attribute: 'support-href' }) supportHref = '';
  /** Shows "Contact support" without a link: it only emits `paymend-support` (open your chat widget from it). */
  @property({ type: Boolean }) support = false;
  /** Asks "How easy was this?" under the thank-you (once; sent as the `rated` beacon and `paymend-rated`). */
  @property({ type: Boolean, attribute: 'ask-rating' }) askRating = false;
  /** Where the built-in "Cancel subscription" link goes. */
  @property({ attribute: 'cancel-href' }) cancelHref = '';
  /**
   * Where focus goes when the wall closes: an element id or a CSS selector. Without it (or when it
   * matches nothing focusable), the element focused before the wall opened, else `<main>`, else `<h1>`.
   */
  @property({ attribute: 'return-focus' }) returnFocus = '';
  /** The current time in ms since the epoch; replace it to test the grace period without waiting. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  override connectedCallback(): void {
    super.connectedCallback();
    // A form anywhere on the page (the banner's) may fix the payment: the wall reacts too.
    document.addEventListener('paymend-updated', this.handleUpdated);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('paymend-updated', this.handleUpdated);
  }

  protected override needsView(status: Status | null): boolean {
    return needsWall(status);
  }

  protected override async createView(): Promise<WallView> {
    const { WallView } = await import('./wall-view.js');
    return new WallView(this);
  }

  private handleUpdated = (event: HTMLElementEventMap['paymend-updated']): void => {
    // The view thanks the customer; without one (no wall was shown) there is nothing to do.
    this.view?.fixed(event.detail.status, event.detail.recovered, event.detail.receipt ?? null);
  };
}
