/**
 * The visible part of `<paymend-banner>`, loaded only for a customer who has something to fix: the
 * message, its buttons, the card form (inline or in a dialog) and the thank-you. A Lit reactive
 * controller of the banner element (like the wall's view), so the element that sits on every page
 * stays small, and a healthy customer downloads none of this, no translation and no styles.
 */
import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Receipt, Status } from '../../protocol/index.js';
import { primeStatus } from '../../internal/api-client.js';
import { viewReady } from '../../internal/ready-views.js';
import { validateStatus } from '../../internal/backend.js';
import { sendBeacon } from '../../internal/beacon.js';
import type { PaymendEvent } from '../../internal/events.js';
import { CareText } from '../../internal/care-text.js';
import { LocalizeController } from '../../internal/localize.js';
import { renderSupport } from '../../internal/support.js';
import { careStyles, RatingQuestion, receiptLines, renderReceipt } from '../../internal/thanks.js';
import { warnOnce } from '../../internal/log.js';
import { snooze, snoozeKey } from '../../internal/snooze.js';
import { explainStatus, explainUpdate } from '../../explain/index.js';
import type { Translation } from '../../translations/types.js';
import type { PaymendForm } from '../form/form.component.js';
import { returnFocus } from '../../internal/return-focus.js';
import { problemOf, type PaymendBanner, type ProblemState } from './banner.component.js';
import { controlStyles } from '../../internal/theme.styles.js';
import { loadForm } from '../form/load-form.js';
import { BarRoom } from './bar-room.js';
import { checkIcon, closeIcon, icon } from './banner-icons.js';
import { bannerStyles } from './banner.styles.js';
import { LiveMessage, wallSaysIt } from './live-message.js';
import { BannerCare } from './banner-care.js';
import { mountForm } from '../../internal/slotted.js';

/** Loads the form's chunk (which registers `<paymend-form>`); replaceable in tests of a failed download. */
export const formChunk = { load: loadForm };

/** What the banner shows: a problem, or `updated` for the thank-you. */
type Shown = ProblemState | 'updated';

/** What one message shows; see `renderBox`. */
interface Box {
  /** Class suffix: the state, or `updated`. */
  kind: string;
  /** What makes it a new event even with the same words (another invoice): announced again. */
  event: string;
  icon: TemplateResult;
  title: string;
  body: string;
  /** A line under the explanation (the form could not be downloaded). */
  note: string | null;
  urgent: boolean;
  actions: TemplateResult;
  /** Under the explanation, inside the live region: the thank-you's receipt. */
  receipt: string[];
  /** After the words, outside the live region (it announces itself): the rating question. */
  after: TemplateResult | typeof nothing;
  /** The card form is open inside the box: the buttons step aside. */
  inlineForm: boolean;
  dialog: TemplateResult | typeof nothing;
  /** The offers panel, when open (./banner-care.ts): the buttons step aside. */
  panel?: TemplateResult | typeof nothing;
}

interface Thanks {
  /** The status before the update: the amount that got paid. */
  before: Status;
  /** The status after it: the new card. */
  after: Status;
  recovered: boolean;
  /** What was paid and the next charge, from a server that sends it. */
  receipt: Receipt | null;
}

export class BannerView implements ReactiveController {
  private readonly localize: LocalizeController;
  private readonly care: CareText;
  private readonly rating: RatingQuestion;
  /** The open `<paymend-form>`, a light-DOM child of the banner (Stripe cannot mount in a shadow root). */
  private form: PaymendForm | null = null;
  private opening = false;
  /** The form's chunk could not be downloaded: said next to the button, which tries again. */
  private formFailed = false;
  /** The thank-you, shown until the customer closes it (WCAG 2.2.1: no time limit on reading it). */
  private thanks: Thanks | null = null;
  /** Focus to move once the next render is on screen. */
  private focusNext: 'form' | 'button' | 'thanks' | null = null;
  /** State and invoice of the message last reported with `paymend-shown`. */
  private reported: string | null = null;
  /** The last element outside the banner that had focus: where focus returns when the banner goes. */
  private previousFocus: Element | null = null;
  private readonly live = new LiveMessage(
    () => this.host.requestUpdate(),
    () => wallSaysIt(this.host.validStatus),
  );
  /** Key of the message the last render showed. */
  private renderedKey: string | null = null;
  /** "Resume now" and "Can't pay right now?" (./banner-care.ts). */
  private readonly ways: BannerCare;

  constructor(private readonly host: PaymendBanner) {
    // First, so the translation is resolved before this view renders in the same update.
    this.localize = new LocalizeController(host);
    this.care = new CareText(host);
    this.rating = new RatingQuestion(host);
    this.ways = new BannerCare(host, {
      locale: () => this.localize.formattingLocale,
      openForm: () => void this.openForm(),
      focusPart: (name) => this.part(name)?.focus(),
    });
    host.addController(this);
    new BarRoom(host);
    const base = (host.constructor as typeof LitElement).elementStyles;
    adoptStyles(host.renderRoot as ShadowRoot, [...base, controlStyles, bannerStyles, careStyles]);
  }

  validate(status: Status): Status | null {
    return validateStatus(status, this.host.localName);
  }

  hostConnected(): void {
    // Any form on the page (this banner's, another banner's, the wall's) may fix the payment.
    document.addEventListener('paymend-updated', this.handleUpdated);
    document.addEventListener('focusin', this.trackFocus, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('paymend-updated', this.handleUpdated);
    document.removeEventListener('focusin', this.trackFocus, true);
  }

  hostUpdate(): void {
    // A status handed in after the fix (a new problem) replaces the thank-you.
    if (this.thanks && this.host.status !== this.thanks.after) this.thanks = null;
    if (this.ways.resumed && this.host.status !== this.ways.resumed.status) this.ways.resumed = null;
    // Set before rendering, so the host takes space in the same frame its content appears.
    const shown = this.shown();
    if (shown) this.host.setAttribute('state', shown);
    else this.host.removeAttribute('state');
  }

  hostUpdated(): void {
    const shown = this.shown();
    const status = this.host.validStatus;
    const key = shown && shown !== 'updated' && status ? `${shown} ${status.invoice?.id ?? ''}` : null;
    if (key && status && key !== this.reported) {
      this.host.emit('paymend-shown', { state: status.state });
      sendBeacon(this.host.endpoint, 'shown', status);
    }
    this.reported = key;
    if (key) this.openIfAsked();
    this.live.rendered(shown ? this.renderedKey : null);

    // Lit also updates a banner that was just removed from the page; showModal() would throw there.
    const dialog = this.dialog();
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();

    const focus = this.focusNext;
    this.focusNext = null;
    if (focus === 'form') this.form?.focus();
    // The thank-you's close button: a named control, while the live region reads the thanks.
    else if (focus) this.part(focus === 'button' ? 'button' : 'close-button')?.focus();
  }

  render(): TemplateResult | typeof nothing {
    const t = this.localize.translation;
    const shown = this.shown();
    if (!t || !shown) return nothing;
    if (shown !== 'updated') return this.renderProblem(t, this.host.validStatus!);
    return this.thanks ? this.renderThanks(t, this.thanks) : this.renderResumed(t);
  }

  private renderProblem(t: Translation, status: Status): TemplateResult {
    const explained = explainStatus(t, status, { locale: this.localize.requested })!;
    const inDialog = this.opensInDialog();
    const inlineForm = this.form !== null && !inDialog;
    // A paused subscription resumes without the form (`POST /resume`).
    const resumes = status.state === 'paused';
    const button =
      explained.action === null
        ? nothing
        : html`<button
            part="button"
            class="button primary"
            type="button"
            aria-haspopup=${inDialog && !resumes ? 'dialog' : nothing}
            aria-busy=${this.opening || this.ways.resuming ? 'true' : nothing}
            aria-disabled=${this.ways.resuming ? 'true' : nothing}
            @click=${resumes ? this.resume : this.openForm}
            @pointerenter=${resumes ? nothing : this.warmForm}
            @focus=${resumes ? nothing : this.warmForm}
          >
            ${explained.action}
          </button>`;
    return this.renderBox(t, {
      kind: explained.state,
      event: `${explained.state} ${status.invoice?.id ?? ''}`,
      icon: icon(explained.severity),
      title: explained.title,
      body: explained.body,
      note: this.formFailed ? t.messages['form.unavailable'] : resumes ? this.ways.note() : null,
      // Assertive only where the customer must act now (a failure, a confirmation, a paused service).
      urgent: explained.severity === 'error',
      receipt: [],
      after: nothing,
      actions: html`<slot name="actions"></slot>${button}${this.ways.offersButton()}${this.supportControl(t, status)}${this.canDismiss(status) ? this.closeButton(t, this.dismiss) : nothing}`,
      inlineForm,
      dialog:
        this.form && inDialog
          ? html`<dialog part="dialog" class="dialog" aria-label=${explained.action ?? t.messages['form.title']} lang=${t.locale} dir=${t.dir} @cancel=${this.cancelDialog} @close=${this.closeForm}>
              <div class="form"><slot name="form"></slot></div>
            </dialog>`
          : nothing,
      panel: this.ways.renderPanel(t, inDialog, (close) => this.closeButton(t, close)),
    });
  }

  /** "Welcome back" after "Resume now", with what was paid and the next charge. */
  private renderResumed(t: Translation): TemplateResult {
    const words = this.ways.resumedWords() ?? { title: '', receipt: [] };
    return this.renderBox(t, {
      kind: 'updated',
      event: 'resumed',
      icon: checkIcon,
      ...words,
      body: '',
      after: nothing,
      note: null,
      urgent: false,
      actions: this.closeButton(t, this.closeResumed),
      inlineForm: false,
      dialog: nothing,
    });
  }

  /** "Resume now"; focus goes to the outcome's control when it was on the button, which goes away. */
  private resume = async (): Promise<void> => {
    const hadFocus = this.host.matches(':focus-within');
    await this.ways.resume();
    if (hadFocus) this.focusNext = this.ways.resumed ? 'thanks' : 'button';
    this.host.requestUpdate();
  };

  private closeResumed = (): void => {
    this.ways.resumed = null;
    void this.goAway();
  };

  private renderThanks(t: Translation, thanks: Thanks): TemplateResult {
    const { before, after, recovered } = thanks;
    const { title, body } = explainUpdate(t, { before, after, recovered }, { locale: this.localize.requested });
    const care = this.care.translation;
    return this.renderBox(t, {
      kind: 'updated',
      event: 'updated',
      icon: checkIcon,
      title,
      body,
      note: null,
      urgent: false,
      receipt: receiptLines(care, thanks.receipt, this.localize.formattingLocale),
      // Counted under the problem that was fixed.
      after: this.rating.render(care, thanks, before, 'banner'),
      actions: this.closeButton(t, this.closeThanks),
      inlineForm: false,
      dialog: nothing,
    });
  }

  /**
   * One template for every message, so the box and its live region stay the same elements from the
   * first problem to the thank-you (see live-message.ts): only their content changes.
   */
  private renderBox(t: Translation, box: Box): TemplateResult {
    const key = [box.event, box.title, box.body, box.note, ...box.receipt].join('\n');
    this.renderedKey = key;
    const words = html`<strong part="title" class="title">${box.title}</strong>
      <span part="text" class="text">${box.body}</span>
      ${box.note ? html`<p class="form-failed">${box.note}</p>` : nothing}
      ${renderReceipt(this.care.translation, box.receipt)}`;
    const inside = this.live.inside(key);
    return html`
      <div part="base" class="base base--${box.kind}" lang=${t.locale} dir=${t.dir}>
        <span part="icon" class="icon" aria-hidden="true"><slot name="icon">${box.icon}</slot></span>
        <div part="message" class="message">
          <div class="live" role="status" aria-live=${this.live.politeness(key, box.urgent)} aria-atomic="true">${inside ? words : nothing}</div>
          ${inside ? nothing : words}${box.after}
        </div>
        <div part="actions" class="actions" ?hidden=${box.inlineForm || (box.panel !== undefined && box.panel !== nothing)}>${box.actions}</div>
        ${box.inlineForm ? html`<div class="form"><slot name="form"></slot></div>` : nothing}
        ${box.panel ?? nothing}
      </div>
      ${box.dialog}
    `;
  }

  private closeButton(t: Translation, close: () => void): TemplateResult {
    return html`<button part="close-button" class="close-button" type="button" aria-label=${t.messages['banner.dismiss']} @click=${close}>
      ${closeIcon}
    </button>`;
  }

  /** "Contact support", when the merchant named where support is (`support-href` or `support`). */
  private supportControl(t: Translation, status: Status): TemplateResult | typeof nothing {
    return renderSupport(this.host, { t, care: this.care.translation, status, source: 'banner', locale: this.localize.formattingLocale });
  }

  // --- State ---------------------------------------------------------------------------------------

  private shown(): Shown | null {
    if (!this.localize.translation) return null;
    return this.thanks || this.ways.resumed ? 'updated' : problemOf(this.host.validStatus);
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
    // Support stays reachable while the form covers the banner's buttons.
    const form = mountForm(this.host, { supportHref: this.host.supportHref, support: this.host.support });
    form.addEventListener('paymend-cancel', this.closeForm);
    this.form = form;
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
    const { status, recovered, receipt } = event.detail;
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
      this.thanks = { before, after: status, recovered, receipt: receipt ?? null };
      this.focusNext = hadFocus ? 'thanks' : null;
    } else {
      // Fixed elsewhere (the wall's form, another banner's): this banner's form has nothing left to do.
      this.removeForm();
    }
    // Every banner adopts the new status: one fixed in a bar also disappears from the page's inline banner.
    this.host.status = status;
  };

  // --- Dismissing ----------------------------------------------------------------------------------

  private dismiss = (): void => {
    const status = this.host.validStatus;
    if (!status || status.state === 'ok' || !this.canDismiss(status)) return;
    const state = status.state;
    if (this.host.emit('paymend-dismiss', { state }, { cancelable: true }).defaultPrevented) return;
    snooze(snoozeKey(status), this.host.snooze);
    sendBeacon(this.host.endpoint, 'dismissed', status);
    // "After": once the message is gone from the page, and focus with it is somewhere defined.
    void this.goAway().then(() => this.host.emit('paymend-after-dismiss', { state }));
  };

  private closeThanks = (): void => {
    this.thanks = null;
    void this.goAway();
  };

  /**
   * Re-renders without the message; if focus was in it (the close button), it goes where
   * `returnFocus` says (WCAG 2.4.3), never to `<body>`.
   */
  private async goAway(): Promise<void> {
    const hadFocus = this.host.matches(':focus-within');
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (hadFocus && !this.host.matches(':focus-within')) returnFocus({ target: this.host.returnFocus, previous: this.previousFocus });
  }

  /** Remembers the last element outside the banner that took focus: the one before the banner, for `goAway`. */
  private trackFocus = (event: FocusEvent): void => {
    const path = event.composedPath();
    if (!path.includes(this.host) && path[0] instanceof Element) this.previousFocus = path[0];
  };
}

// A page that loaded this module render-blocking gets the banner in its first frame (ready-views.ts).
viewReady('paymend-banner', BannerView);
