/**
 * The visible part of `<paymend-banner>`, loaded only for a customer who has something to fix: the
 * message, its buttons, the card form (inline or in a dialog) and the thank-you. A Lit reactive
 * controller of the banner element (like the wall's view), so the element that sits on every page
 * stays small, and a healthy customer downloads none of this, no translation and no styles.
 */
import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Status } from '../../protocol/index.js';
import { primeStatus } from '../../internal/api-client.js';
import { validateStatus } from '../../internal/backend.js';
import { sendBeacon } from '../../internal/beacon.js';
import type { PaymendEvent } from '../../internal/events.js';
import { LocalizeController } from '../../internal/localize.js';
import { warnOnce } from '../../internal/log.js';
import { snooze, snoozeKey } from '../../internal/snooze.js';
import { explainStatus, explainUpdate } from '../../explain/index.js';
import type { Severity } from '../../explain/catalog.js';
import type { Translation } from '../../translations/types.js';
import type { PaymendForm } from '../form/form.component.js';
import { problemOf, type PaymendBanner, type ProblemState } from './banner.component.js';
import { controlStyles } from '../../internal/theme.styles.js';
import { loadForm } from '../form/load-form.js';
import { bannerStyles } from './banner.styles.js';

/** How long the thank-you stays, unless the pointer or focus is on it (then it waits for them to leave). */
export const THANKS_MS = 6000;

/** Loads the form's chunk (which registers `<paymend-form>`); replaceable in tests of a failed download. */
export const formChunk = { load: loadForm };

/** What the banner shows: a problem, or `updated` for the thank-you. */
type Shown = ProblemState | 'updated';

interface Thanks {
  /** The status before the update: the amount that got paid. */
  before: Status;
  /** The status after it: the new card. */
  after: Status;
  recovered: boolean;
}

export class BannerView implements ReactiveController {
  private readonly localize: LocalizeController;
  /** The open `<paymend-form>`, a light-DOM child of the banner (Stripe cannot mount in a shadow root). */
  private form: PaymendForm | null = null;
  private opening = false;
  /** The form's chunk could not be downloaded: said next to the button, which tries again. */
  private formFailed = false;
  private thanks: Thanks | null = null;
  private thanksTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnThanks = false;
  private focusOnThanks = false;
  /** Focus to move once the next render is on screen. */
  private focusNext: 'form' | 'button' | 'thanks' | null = null;
  /** State and invoice of the message last announced with `paymend-shown`. */
  private announced: string | null = null;

  constructor(private readonly host: PaymendBanner) {
    // First, so the translation is resolved before this view renders in the same update.
    this.localize = new LocalizeController(host);
    host.addController(this);
    const base = (host.constructor as typeof LitElement).elementStyles;
    adoptStyles(host.renderRoot as ShadowRoot, [...base, controlStyles, bannerStyles]);
  }

  validate(status: Status): Status | null {
    return validateStatus(status, this.host.localName);
  }

  hostConnected(): void {
    // Any form on the page (this banner's, another banner's, the wall's) may fix the payment.
    document.addEventListener('paymend-updated', this.handleUpdated);
  }

  hostDisconnected(): void {
    document.removeEventListener('paymend-updated', this.handleUpdated);
    clearTimeout(this.thanksTimer);
  }

  hostUpdate(): void {
    // Set before rendering, so the host takes space in the same frame its content appears.
    const shown = this.shown();
    if (shown) this.host.setAttribute('state', shown);
    else this.host.removeAttribute('state');
  }

  hostUpdated(): void {
    const shown = this.shown();
    const status = this.host.validStatus;
    const key = shown && shown !== 'updated' && status ? `${shown} ${status.invoice?.id ?? ''}` : null;
    if (key && status && key !== this.announced) {
      this.host.emit('paymend-shown', { state: status.state });
      sendBeacon(this.host.endpoint, 'shown', status);
    }
    this.announced = key;
    if (key) this.openIfAsked();

    // Lit also updates a banner that was just removed from the page; showModal() would throw there.
    const dialog = this.dialog();
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();

    const focus = this.focusNext;
    this.focusNext = null;
    if (focus === 'form') this.form?.focus();
    else if (focus) this.part(focus === 'button' ? 'button' : 'base')?.focus();
  }

  render(): TemplateResult | typeof nothing {
    const t = this.localize.translation;
    const shown = this.shown();
    if (!t || !shown) return nothing;
    return shown === 'updated' ? this.renderThanks(t, this.thanks!) : this.renderProblem(t, this.host.validStatus!);
  }

  private renderProblem(t: Translation, status: Status): TemplateResult {
    const explained = explainStatus(t, status, { locale: this.localize.requested })!;
    const state = explained.state;
    // Assertive only where the customer must act now (a failure, a confirmation, a paused service).
    const urgent = explained.severity === 'error';
    const inDialog = this.opensInDialog();
    const inlineForm = this.form !== null && !inDialog;
    return html`
      <div part="base" class="base base--${state}" lang=${t.locale} dir=${t.dir}>
        <span part="icon" class="icon" aria-hidden="true"><slot name="icon">${icon(explained.severity)}</slot></span>
        <div part="message" class="message" role=${urgent ? 'alert' : 'status'}>
          <strong class="title">${explained.title}</strong>
          <span class="text">${explained.body}</span>
        </div>
        ${this.formFailed ? html`<p class="form-failed" role="alert">${t.messages['form.unavailable']}</p>` : nothing}
        <div part="actions" class="actions" ?hidden=${inlineForm}>
          <slot name="actions"></slot>
          ${explained.action === null
            ? nothing
            : html`<button
                part="button"
                class="button primary"
                type="button"
                aria-haspopup=${inDialog ? 'dialog' : nothing}
                aria-busy=${this.opening ? 'true' : nothing}
                @click=${this.openForm}
                @pointerenter=${this.warmForm}
                @focus=${this.warmForm}
              >
                ${explained.action}
              </button>`}
          ${this.canDismiss(status)
            ? html`<button
                part="close-button"
                class="close-button"
                type="button"
                aria-label=${t.messages['banner.dismiss']}
                @click=${this.dismiss}
              >
                ${closeIcon}
              </button>`
            : nothing}
        </div>
        ${inlineForm ? html`<div class="form"><slot name="form"></slot></div>` : nothing}
      </div>
      ${this.form && inDialog
        ? html`<dialog part="dialog" class="dialog" aria-label=${explained.action ?? t.messages['form.title']} lang=${t.locale} dir=${t.dir} @cancel=${this.cancelDialog} @close=${this.closeForm}>
            <div class="form"><slot name="form"></slot></div>
          </dialog>`
        : nothing}
    `;
  }

  private renderThanks(t: Translation, { before, after, recovered }: Thanks): TemplateResult {
    const { title, body } = explainUpdate(t, { before, after, recovered }, { locale: this.localize.requested });
    // Waits while the pointer or focus is on it: a message must not vanish while it is being read.
    return html`
      <div
        part="base"
        class="base base--updated"
        lang=${t.locale}
        dir=${t.dir}
        tabindex="-1"
        @pointerenter=${this.holdThanks}
        @pointerleave=${this.holdThanks}
        @focusin=${this.holdThanks}
        @focusout=${this.holdThanks}
      >
        <span part="icon" class="icon" aria-hidden="true"><slot name="icon">${checkIcon}</slot></span>
        <div part="message" class="message" role="status">
          <strong class="title">${title}</strong>
          <span class="text">${body}</span>
        </div>
      </div>
    `;
  }

  // --- State ---------------------------------------------------------------------------------------

  private shown(): Shown | null {
    if (!this.localize.translation) return null;
    return this.thanks ? 'updated' : problemOf(this.host.validStatus);
  }

  /** The bars open the form in a dialog: a fixed strip of the viewport has no room for it. */
  private opensInDialog(): boolean {
    return this.host.placement === 'top' || this.host.placement === 'bottom';
  }

  private canDismiss(status: Status): boolean {
    return this.host.dismissible && status.access.wall !== 'hard';
  }

  private part(name: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  // --- The form ------------------------------------------------------------------------------------

  /**
   * A message's link can lead to the merchant's own page with `?paymend=fix` (notify.links.pageUrl):
   * the signed-in customer lands with the form open. The marker is taken off the address first, so a
   * reload, a second banner or a shared URL does not open it again.
   */
  private openIfAsked(): void {
    const url = new URL(location.href);
    if (url.searchParams.get('paymend') !== 'fix') return;
    url.searchParams.delete('paymend');
    history.replaceState(history.state, '', url.href);
    // After this update: opening changes what the banner renders.
    void this.host.updateComplete.then(() => this.openForm());
  }

  /** Loads the form's chunk and Stripe.js ahead of the click; harmless to call again. */
  private warmForm = (): void => {
    formChunk.load().catch(() => undefined); // The click tries again and reports the failure.
  };

  private openForm = async (): Promise<void> => {
    const status = this.host.validStatus;
    if (!status || this.form || this.opening) return;
    if (this.host.emit('paymend-open-form', { status }, { cancelable: true }).defaultPrevented) return;
    const endpoint = this.host.endpoint;
    if (!endpoint) {
      warnOnce(this.host, '<paymend-banner> needs an endpoint to open the form; without one, handle paymend-open-form yourself');
      return;
    }
    this.opening = true;
    this.formFailed = false;
    this.host.requestUpdate();
    try {
      await formChunk.load();
    } catch (error) {
      warnOnce(error, `<paymend-banner> could not load the form: ${error instanceof Error ? error.message : String(error)}`);
      this.formFailed = true;
      return;
    } finally {
      this.opening = false;
      this.host.requestUpdate();
    }
    if (!this.host.isConnected || this.form) return;
    const form = document.createElement('paymend-form');
    form.slot = 'form';
    form.endpoint = endpoint;
    form.status = status;
    form.addEventListener('paymend-cancel', this.closeForm);
    this.form = form;
    this.host.append(form);
    this.focusNext = 'form';
    sendBeacon(endpoint, 'opened', status);
  };

  /** Closes the form without a change (its Cancel button, or Escape in the dialog) and returns focus to the button. */
  private closeForm = (): void => {
    if (!this.removeForm()) return;
    this.focusNext = 'button';
  };

  /** Escape: the banner closes the form itself, so the dialog never sits closed with the form still in it. */
  private cancelDialog = (event: Event): void => {
    event.preventDefault();
    this.closeForm();
  };

  private removeForm(): boolean {
    const form = this.form;
    if (!form) return false;
    form.removeEventListener('paymend-cancel', this.closeForm);
    form.remove();
    this.form = null;
    // Closing fires `close` again later; with the form gone, that does nothing.
    this.dialog()?.close();
    this.host.requestUpdate();
    return true;
  }

  private handleUpdated = (event: PaymendEvent<'paymend-updated'>): void => {
    const { status, recovered } = event.detail;
    const form = this.form;
    const before = this.host.validStatus;
    if (form && before && event.composedPath().includes(form)) {
      const endpoint = this.host.endpoint;
      primeStatus(endpoint, status);
      sendBeacon(endpoint, 'updated', before);
      if (recovered) sendBeacon(endpoint, 'recovered', before);
      // Focus was in the form that is about to go: the thank-you takes it, so it is read and not lost.
      const hadFocus = form.matches(':focus-within');
      this.removeForm();
      this.thanks = { before, after: status, recovered };
      this.focusNext = hadFocus ? 'thanks' : null;
      this.pointerOnThanks = this.focusOnThanks = false;
      this.holdThanks();
    } else {
      // Fixed elsewhere (the wall's form, another banner's): this banner's form has nothing left to do.
      this.removeForm();
    }
    // Every banner adopts the new status: one fixed in a bar also disappears from the page's inline banner.
    this.host.status = status;
  };

  /** (Re)starts the thank-you's clock, or stops it while the pointer or focus is on it. */
  private holdThanks = (event?: Event): void => {
    if (event?.type === 'pointerenter' || event?.type === 'pointerleave') this.pointerOnThanks = event.type === 'pointerenter';
    if (event?.type === 'focusin' || event?.type === 'focusout') this.focusOnThanks = event.type === 'focusin';
    clearTimeout(this.thanksTimer);
    if (this.pointerOnThanks || this.focusOnThanks) return;
    this.thanksTimer = setTimeout(() => {
      this.thanks = null;
      this.host.requestUpdate();
    }, THANKS_MS);
  };

  // --- Dismissing ----------------------------------------------------------------------------------

  private dismiss = (): void => {
    const status = this.host.validStatus;
    if (!status || status.state === 'ok' || !this.canDismiss(status)) return;
    const state = status.state;
    if (this.host.emit('paymend-dismiss', { state }, { cancelable: true }).defaultPrevented) return;
    snooze(snoozeKey(status), this.host.snooze);
    this.host.requestUpdate();
    sendBeacon(this.host.endpoint, 'dismissed', status);
    // "After": once the message is gone from the page.
    void this.host.updateComplete.then(() => this.host.emit('paymend-after-dismiss', { state }));
  };
}

function icon(severity: Severity): TemplateResult {
  // A heads-up (expiring, a debit on its way) is a clock; anything that needs action a warning sign.
  const path =
    severity === 'info'
      ? 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 5v5.4l3.3 3.3-1.4 1.4L11 13.2V7h2Z'
      : 'M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z';
  return svg(path, 20);
}

function svg(path: string, size: number): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false">
    <path fill="currentColor" d=${path}></path>
  </svg>`;
}

const checkIcon = svg('M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.3 14.3-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z', 20);
const closeIcon = svg('M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z', 16);
