/**
 * The banner's ways out (issue 17), apart from its view: "Resume now" for a paused subscription
 * (`POST /resume`, not the card form) with its busy state and "Welcome back", and, with the
 * banner's `offers` attribute, the "Can't pay right now?" button and the `<paymend-offers>` panel it
 * opens (inline, or in a dialog for the bars). The view asks this what to render and when.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt, Status } from '../../protocol/index.js';
import type { Translation } from '../../translations/types.js';
import { CareText } from '../../internal/care-text.js';
import { receiptLines } from '../../internal/thanks.js';
import { loadOffers } from '../offers/load-offers.js';
import { ResumeControl } from '../../internal/resume.js';
import { OffersSlot } from '../../internal/slotted.js';
import type { PaymendOffers } from '../offers/offers.component.js';
import type { PaymendBanner } from './banner.component.js';

/** Loads the offers' chunk; replaceable in tests. */
export const bannerOffersChunk = { load: loadOffers };

export interface Resumed {
  /** The status after resuming: the banner's status until a newer one arrives. */
  status: Status;
  receipt: Receipt | null;
}

export class BannerCare {
  readonly care: CareText;
  /** "Resume now": one request at a time; a decline turns the status to `failed`, which explains itself. */
  private readonly resumer: ResumeControl;
  /** The "Welcome back" after a resume, until it is closed or a newer status arrives. */
  resumed: Resumed | null = null;
  /** The offers panel and its button (../../internal/slotted.ts, shared with the wall). */
  private readonly slotted: OffersSlot;
  /** The open offers panel. */
  get panel(): PaymendOffers | null {
    return this.slotted.panel;
  }

  /** The panel's offer was taken: it shows the outcome, with a close button beside it. */
  panelSettled = false;
  /** The status the taken offer answered with, adopted when its panel closes. */
  private takenStatus: Status | null = null;

  constructor(
    private readonly host: PaymendBanner,
    private readonly hooks: { locale: () => string; openForm: () => void; focusPart: (name: string) => void },
  ) {
    this.resumer = new ResumeControl(host, ({ status, resumed, receipt }) => {
      // Declined, or the bank wants a confirmation: the new status says so, with "Update card".
      if (resumed) this.resumed = { status, receipt };
      host.status = status;
    });
    this.slotted = new OffersSlot(host, bannerOffersChunk, { cancel: this.handleCancel, taken: this.handleTaken, openForm: this.handleOpenForm });
    this.care = new CareText(host, () => {
      const status = host.validStatus;
      return status?.state === 'paused' || (host.offers && status?.offers === true) || this.resumed !== null;
    });
  }

  /** "Resume now" is being sent. */
  get resuming(): boolean {
    return this.resumer.busy;
  }

  /** The note under a paused message: what "Resume now" is doing, or why it did nothing. */
  note(): string | null {
    const key = this.resumer.note();
    return key ? (this.care.translation.messages[key] as string) : null;
  }

  resume = (): Promise<void> => this.resumer.run();

  /** The "Welcome back" box's words: the title, and what was paid and when the next charge is. */
  resumedWords(): { title: string; receipt: string[] } | null {
    if (!this.resumed) return null;
    const care = this.care.translation;
    return { title: care.messages['care.resume.done'], receipt: receiptLines(care, this.resumed.receipt, this.hooks.locale()) };
  }

  // --- The offers --------------------------------------------------------------------------------

  /** "Can't pay right now?" beside the message: with the `offers` attribute, when the status has offers. */
  offersButton(): TemplateResult | typeof nothing {
    const care = this.care.translation;
    if (!care || !this.host.offers || this.host.validStatus?.offers !== true || this.panel) return nothing;
    return this.slotted.button(care, 'button');
  }

  openPanel = async (): Promise<void> => {
    if (await this.slotted.open()) this.panelSettled = false;
  };

  /** The panel (a light-DOM `<paymend-offers>` in the `offers` slot), inline or in a dialog for the bars; a close button once its offer is taken. */
  renderPanel(t: Translation, inDialog: boolean, closeButton: (close: () => void) => TemplateResult): TemplateResult | typeof nothing {
    if (!this.panel) return nothing;
    const close = this.panelSettled ? closeButton(() => this.closePanel('button')) : nothing;
    const inside = html`<div class="form"><slot name="offers"></slot>${close}</div>`;
    if (!inDialog) return inside;
    const care = this.care.translation;
    return html`<dialog part="dialog" class="dialog" aria-label=${care?.messages['care.offers.title'] ?? ''} lang=${care?.locale ?? t.locale} dir=${care?.dir ?? t.dir} @cancel=${this.cancelPanel}>
      ${inside}
    </dialog>`;
  }

  /** Escape on the dialog itself (the panel steps back on its own while focus is inside it). */
  private cancelPanel = (event: Event): void => {
    event.preventDefault();
    this.closePanel();
  };

  closePanel = (focus: 'offers-button' | 'button' | null = 'offers-button'): void => {
    if (!this.slotted.close()) return;
    this.panelSettled = false;
    if (this.takenStatus) this.host.status = this.takenStatus;
    this.takenStatus = null;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.hooks.focusPart(focus === 'button' || !this.host.validStatus?.offers ? 'button' : focus));
  };

  private handleCancel = (event: Event): void => {
    event.stopPropagation(); // Not the form's `paymend-cancel`: the banner's own listeners are not concerned.
    this.closePanel();
  };

  private handleTaken = (event: HTMLElementEventMap['paymend-offer-taken']): void => {
    // A status that still shows the banner (paused) is adopted now, the outcome beside it. An `ok`
    // one waits until the panel is closed: it would hide the banner, and with it the panel saying
    // what was done, before anyone could read it.
    this.panelSettled = true;
    const { status } = event.detail;
    if (status.state === 'ok') this.takenStatus = status;
    else this.host.status = status;
    this.host.requestUpdate();
  };

  private handleOpenForm = (event: HTMLElementEventMap['paymend-open-form']): void => {
    event.stopPropagation(); // The banner opens its form itself, announcing it with its own event.
    this.host.status = event.detail.status;
    this.closePanel(null);
    void this.host.updateComplete.then(() => this.hooks.openForm());
  };
}
