import { css } from 'lit';
import { property } from 'lit/decorators.js';
import type { State, Status } from '../../protocol/index.js';
import { StatusElement } from '../../internal/status-element.js';
import { DEFAULT_SNOOZE, isSnoozed, snoozeKey } from '../../internal/snooze.js';
import { readyView } from '../../internal/ready-views.js';
import type { BannerView } from './banner-view.js';

/** States that get a message; `ok` shows nothing. */
export type ProblemState = Exclude<State, 'ok'>;

/**
 * The problem the banner should show for `status`, or `null`: billing is healthy, or the customer
 * dismissed this very problem and its snooze still runs (never under a hard wall).
 */
export function problemOf(status: Status | null | undefined): ProblemState | null {
  if (!status || status.state === 'ok') return null;
  if (status.access.wall !== 'hard' && isSnoozed(snoozeKey(status))) return null;
  return status.state;
}

/**
 * @tag paymend-banner
 * @summary Tells a customer, in plain words and their language, that their card is expiring or
 * expired, that a payment failed (why, how much, the next retry, when access ends) or that their bank
 * wants a confirmation, and lets them fix it on the spot. Shows nothing while billing is healthy.
 *
 * Until the status is known, and whenever there is nothing to say, the element takes no space. A
 * healthy page loads nothing more: the message, its styles and translations, the card form and
 * Stripe.js load only for a customer who has something to fix.
 *
 * The host carries a `state` attribute while it shows something (the problem, e.g. `failed`, or
 * `updated` for the thank-you), for styling: see the attribute below.
 *
 * Announcements: one live region (`role="status"`) inside `message`, rendered empty with the first
 * message; each message's text is set into it a frame later, so it is read once. The first message is
 * polite; a later urgent one is assertive; none while a `<paymend-wall>` on the page says it.
 *
 * A paused subscription (`paused`) says when billing resumes; "Resume now" (when the pause may be
 * ended) resumes it and says "Welcome back", or, when the bank declines the renewal, the failed
 * payment's explanation with "Update card".
 *
 * The thank-you after a fix stays until the customer closes it (its close button), so there is no
 * time limit on reading it; it takes focus on its close button when focus was in the form.
 *
 * Bars: a `top` or `bottom` bar floats over the page, at most 40% of the viewport's height (longer
 * content scrolls inside it). On short or narrow viewports (under 30em high or 20em wide, e.g. at
 * 400% zoom) it falls back into the page flow where the element is. The room it covers is on the
 * document root as `--paymend-bar-top` / `--paymend-bar-bottom` (px, `0px` when none; unset until a
 * bar has shown) and in `paymend-bar-resize`: pad your page with it, e.g.
 * `body { padding-top: var(--paymend-bar-top, 0px) }` and `html { scroll-padding-top: var(--paymend-bar-top, 0px) }`.
 *
 * Support and the closing of the loop: with `support-href` (a `mailto:` or web link) or `support`
 * (event-only, for a chat widget) a "Contact support" control sits with the buttons, and in the card
 * form; it emits `paymend-support` with the plain context (no raw Stripe code, no card detail) and,
 * not cancelled, opens the link (a `mailto:` prefilled with what happened). The thank-you says what
 * was paid and when the next payment is (from a server that sends a receipt), and with `ask-rating`
 * asks "How easy was this?" once.
 *
 * @attribute {'expiring' | 'expired' | 'failed' | 'action_required' | 'processing' | 'missing' | 'paused' | 'updated'} state - Set by the banner, never by the page: the problem it shows (or `updated` for the thank-you), absent while it shows nothing. For styling, e.g. `paymend-banner[state="failed"]`.
 *
 * @slot icon - Replaces the built-in state icon.
 * @slot actions - Your own buttons or links, shown before "Update card" (e.g. "Contact support").
 *
 * @csspart base - The banner box.
 * @csspart icon - The state icon.
 * @csspart message - Title and explanation, with the live region that announces them.
 * @csspart title - The title of the message.
 * @csspart text - The explanation under the title (e.g. `margin-block-start` for paragraph spacing).
 * @csspart actions - Wrapper of the buttons.
 * @csspart button - The "Update card" (or "Confirm payment") button; "Resume now" for a paused subscription, which resumes it without the form (`POST /resume`).
 * @csspart offers-button - "Can't pay right now?" (with the `offers` attribute, when the status has offers).
 * @csspart close-button - The dismiss button (with `dismissible`, never under a hard wall).
 * @csspart support - "Contact support": a link (`support-href`), or a button (`support` alone).
 * @csspart receipt - Under the thank-you: what was paid today, then the next payment (one each).
 * @csspart rating - The "How easy was this?" group (with `ask-rating`), then its thanks.
 * @csspart rating-button - Sends the chosen answer.
 * @csspart dialog - The dialog that holds the card form when the banner is a `top` or `bottom` bar.
 *
 * @cssproperty --paymend-reserve - With `reserve`: the block size kept for an inline banner. Default: 7.5rem.
 * @cssproperty --paymend-font-family - Font. Default: inherited.
 * @cssproperty --paymend-font-size - Base font size. Default: inherited.
 * @cssproperty --paymend-line-height - Line height of the message and buttons. Default: inherited (letter and word spacing are inherited too).
 * @cssproperty --paymend-spacing - Base spacing unit; paddings and gaps are multiples of it. Default: 0.25rem.
 * @cssproperty --paymend-radius - Corner radius of the banner (bars are square) and its buttons. Default: 0.5rem.
 * @cssproperty --paymend-shadow - Shadow of the banner. Default: none inline, a soft shadow for bars.
 * @cssproperty --paymend-z-index - Stacking order of the `top`/`bottom` bars. Default: 1000.
 * @cssproperty --paymend-color-text - Text color.
 * @cssproperty --paymend-color-text-muted - Secondary text (of the card form).
 * @cssproperty --paymend-color-background - Surface of the card form.
 * @cssproperty --paymend-color-border - Borders of the card form.
 * @cssproperty --paymend-color-info - Accent (icon, border) of an expiring card.
 * @cssproperty --paymend-color-info-surface - Background of an expiring card.
 * @cssproperty --paymend-color-warning - Accent of an expired card.
 * @cssproperty --paymend-color-warning-surface - Background of an expired card.
 * @cssproperty --paymend-color-danger - Accent of a failed payment or a bank confirmation.
 * @cssproperty --paymend-color-danger-surface - Background of a failed payment or a bank confirmation.
 * @cssproperty --paymend-color-success - Accent of the thank-you.
 * @cssproperty --paymend-color-success-surface - Background of the thank-you.
 * @cssproperty --paymend-color-primary - Background of the "Update card" button.
 * @cssproperty --paymend-color-on-primary - Text of the "Update card" button.
 * @cssproperty --paymend-focus-ring - Outline of focused controls, e.g. `2px solid #0969da`.
 * @cssproperty --paymend-backdrop - Backdrop behind the card form's dialog.
 *
 * @event {CustomEvent<{status: Status}>} paymend-status - The status arrived from the backend (not fired for a status handed in).
 * @event {CustomEvent<{state: State}>} paymend-shown - A message became visible.
 * @event {CustomEvent<{status: Status}>} paymend-open-form - The button was pressed; the form is about to open. Cancelable: cancel it to open your own flow.
 * @event {CustomEvent<{status: Status, recovered: boolean, receipt?: Receipt}>} paymend-updated - The card was updated (from the form, bubbling through the banner).
 * @event {CustomEvent<{hostedVerificationUrl: string | null}>} paymend-verification-pending - A bank account awaits verification by micro-deposits; nothing changed yet (from the form).
 * @event {CustomEvent<{kind: 'pause' | 'change_plan', status: Status, receipt?: Receipt}>} paymend-offer-taken - The customer took an offer (with `offers`): a pause or a cheaper plan; `status` is the new status.
 * @event {CustomEvent<SupportDetail>} paymend-support - "Contact support" was pressed: `{source, state, reason, reasonText, invoiceId, amountDue, currency}` (a catalog category, never a raw Stripe code). Cancelable: cancel it to open your own chat instead of `support-href`.
 * @event {CustomEvent<{status: Status, receipt?: Receipt}>} paymend-resumed - "Resume now" ended the pause: the new status and (from a server that sends one) what was paid and the next charge. A declined renewal emits nothing: the banner shows the failed payment.
 * @event {CustomEvent<{rating: 1|2|3|4|5}>} paymend-rated - The customer answered "How easy was this?" (1 very hard, 5 very easy).
 * @event {CustomEvent<{}>} paymend-cancel - The form was closed without changes (from the form).
 * @event {CustomEvent<{state: State}>} paymend-dismiss - The dismiss button was pressed. Cancelable: cancel it to keep the message.
 * @event {CustomEvent<{state: State}>} paymend-after-dismiss - The message was dismissed and is gone (focus moved as `return-focus` says).
 * @event {CustomEvent<{placement: 'top' | 'bottom', blockSize: number}>} paymend-bar-resize - A bar now covers `blockSize` px of that edge of the viewport (0: none, or it is in the page flow).
 */
export class PaymendBanner extends StatusElement<BannerView> {
  // The rest of the styles come with the view: a healthy page needs only these.
  static override styles = css`
    :host {
      display: block;
    }
    /* Nothing to say (ok, loading, backend down, dismissed): no space, even if the page styles the tag. */
    :host(:not([state]):not([reserve])) {
      display: none !important;
    }
    /* The room kept for an inline banner whose status is fetched: whatever the answer, nothing moves. */
    :host([reserve]:not([placement='top']):not([placement='bottom'])) {
      min-block-size: var(--paymend-reserve, 7.5rem);
    }
  `;

  /** `inline` in the page flow, or a `top` or `bottom` bar fixed to the viewport (it does not push content). */
  @property({ reflect: true }) placement: 'inline' | 'top' | 'bottom' = 'inline';

  /**
   * Keeps room for an inline banner from the first frame, whether or not there is anything to show
   * (`--paymend-reserve`, 7.5rem by default), so a status that arrives after the page painted moves
   * nothing. Put the same rule in your stylesheet, which applies before the script runs:
   * `paymend-banner[reserve] { display: block; min-block-size: var(--paymend-reserve, 7.5rem) }`.
   * Not needed with an embedded status (shown in the first frame) or a `top`/`bottom` bar.
   */
  @property({ type: Boolean, reflect: true }) reserve = false;

  /** Shows a dismiss button (never when the wall policy is `hard`). */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** How long a dismissal lasts for the same problem: `30m`, `12h`, `7d`, `2w`, or `0` for this page view only. */
  @property() snooze: string = DEFAULT_SNOOZE;

  /**
   * Where focus goes when the message it was in goes away (dismissed, the thank-you closed): an
   * element id or a CSS selector. Without it (or when it cannot take focus): the element focused
   * before the banner, else the page's `main`, else its first `h1`; never `<body>`.
   */
  @property({ attribute: 'return-focus' }) returnFocus = '';

  /**
   * Where "Contact support" goes: a `mailto:` (opened with a prefilled subject and body that say what
   * happened) or a web page. Without it and without `support`, no such control is shown.
   */
  @property({ attribute: 'support-href' }) supportHref = '';

  /** Shows "Contact support" without a link: it only emits `paymend-support` (open your chat widget from it). */
  @property({ type: Boolean }) support = false;

  /** Asks "How easy was this?" under the thank-you (once; sent as the `rated` beacon and `paymend-rated`). */
  @property({ type: Boolean, attribute: 'ask-rating' }) askRating = false;

  /**
   * Shows "Can't pay right now?" beside the message when the status says the merchant offers a way
   * out (`status.offers`): it opens `<paymend-offers>` (inline, or in a dialog for the bars). Off by
   * default: the wall and the hosted page offer it anyway.
   */
  @property({ type: Boolean, reflect: true }) offers = false;

  /** `light`, `dark`, or `auto` (follows the operating system's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  protected override needsView(status: Status | null): boolean {
    return problemOf(status) !== null;
  }

  protected override readyView(): BannerView | null {
    const View = readyView<typeof BannerView>('paymend-banner');
    return View ? new View(this) : null;
  }

  protected override async createView(): Promise<BannerView> {
    const { BannerView } = await import('./banner-view.js');
    return new BannerView(this);
  }

  protected override statusLoaded(status: Status): void {
    this.emit('paymend-status', { status });
  }
}
