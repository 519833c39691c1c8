import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StatusSchema, type Status } from '../../protocol/index.js';
import { fetchStatus } from '../../internal/api-client.js';
import { warnOnce } from '../../internal/log.js';
import { PaymendElement } from '../../internal/paymend-element.js';
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
 * payment is fixed. Then it thanks the customer and gets out of the way.
 *
 * @slot logout - Your own log-out control; by default a link to `logout-href` when set.
 * @slot support - Your own way to reach support; by default a link to `support-href` when set.
 * @slot cancel-subscription - Your own cancellation control; by default a link to `cancel-href` when set.
 *
 * @csspart dialog - The native modal `<dialog>`.
 * @csspart base - The box inside it.
 * @csspart title - The heading.
 * @csspart message - The explanation and the date access ends.
 * @csspart escape-hatches - Wrapper of the log-out, support and cancellation links.
 * @csspart close-button - "Not now" (soft wall only).
 * @csspart continue-button - Closes the thank-you message.
 *
 * @cssproperty --paymend-backdrop - Backdrop behind the dialog.
 * @cssproperty --paymend-color-background - Surface of the dialog (and the form's).
 *
 * @event {CustomEvent<{state: State}>} paymend-dismiss - "Not now" or Escape on a soft wall. Cancelable: cancel it to keep the wall.
 * @event {CustomEvent<{state: State}>} paymend-after-dismiss - The soft wall was closed.
 */
export class PaymendWall extends PaymendElement {
  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. Required unless `status` is set. */
  @property() endpoint = '';
  /** Language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property({ reflect: true }) override lang!: string;
  /** A status the page already has. When set, the wall makes no request. */
  @property({ attribute: false }) status?: Status;
  /** Where the built-in "Log out" link goes; without it (and without the `logout` slot) none is shown. */
  @property({ attribute: 'logout-href' }) logoutHref = '';
  /** Where the built-in "Contact support" link goes (a page or a `mailto:`). */
  @property({ attribute: 'support-href' }) supportHref = '';
  /** Where the built-in "Cancel subscription" link goes. */
  @property({ attribute: 'cancel-href' }) cancelHref = '';
  /** The current time in ms since the epoch; replace it to test the grace period without waiting. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  /** The validated status, or `null` while loading, on error, or for invalid input. */
  @state() shown: Status | null = null;
  /** The dialog's implementation, once loaded. */
  @state() private view: WallView | null = null;

  private requestedEndpoint: string | null = null;
  private loadingView = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // A form anywhere on the page (the banner's) may fix the payment: the wall reacts too.
    document.addEventListener('paymend-updated', this.handleUpdated);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('paymend-updated', this.handleUpdated);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.status == null && this.endpoint && this.endpoint !== this.requestedEndpoint) {
      this.requestedEndpoint = this.endpoint;
      void this.loadStatus(this.endpoint);
    }
    if (changed.has('status')) this.shown = this.validate(this.status);
    if (needsWall(this.shown) && !this.view && !this.loadingView) void this.loadView();
  }

  protected override firstUpdated(): void {
    if (this.status == null && !this.endpoint) {
      warnOnce(this, '<paymend-wall> needs an endpoint attribute or a status property; showing nothing');
    }
  }

  override render() {
    return this.view ? this.view.render() : nothing;
  }

  private async loadView(): Promise<void> {
    this.loadingView = true;
    try {
      const { WallView } = await import('./wall-view.js');
      this.view = new WallView(this);
    } catch (error) {
      warnOnce(error, `<paymend-wall> could not load: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.loadingView = false;
    }
  }

  private async loadStatus(endpoint: string): Promise<void> {
    try {
      const status = await fetchStatus(endpoint);
      if (this.status != null || endpoint !== this.endpoint) return;
      this.status = status;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnOnce(error, `could not load the billing status from ${endpoint}: ${reason}; showing nothing`);
    }
  }

  /** A merchant-supplied status is checked too: bad input must not break their page. */
  private validate(status: Status | null | undefined): Status | null {
    if (status == null) return null;
    const parsed = StatusSchema.safeParse(status);
    if (parsed.success) return parsed.data;
    warnOnce(status, `<paymend-wall> ignored an invalid status: ${parsed.error.issues[0]?.message}`);
    return null;
  }

  private handleUpdated = (event: HTMLElementEventMap['paymend-updated']): void => {
    // The view thanks the customer; without one (no wall was shown) there is nothing to do.
    this.view?.fixed(event.detail.status, event.detail.recovered);
  };
}
