/**
 * "Can't pay right now?" inside `<paymend-wall>`: the button (when `status.offers` says the merchant
 * offers a way out), and the `<paymend-offers>` panel it opens in the form's place, a light-DOM
 * child in the `offers` slot. The form stays mounted meanwhile (slotted out), so Back finds it as it
 * was. Split from the wall's view, which only asks this what to render.
 *
 * After an offer is taken the wall stays open on the panel's outcome until "Continue", then adopts
 * the new status (a pause the merchant lets in closes the wall; one that keeps access shut shows the
 * paused explanation). A declined charge after a plan change brings the form back with the new status.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt, Status } from '../../protocol/index.js';
import { CareText } from '../../internal/care-text.js';
import { loadOffers } from '../offers/load-offers.js';
import { OffersSlot } from '../../internal/slotted.js';
import type { PaymendForm } from '../form/form.component.js';
import type { PaymendWall } from './wall.component.js';

/** Loads the offers' chunk; replaceable in tests of a failed download. */
export const offersChunk = { load: loadOffers };

export class WallOffers {
  readonly care: CareText;
  /** The panel and its button (../../internal/slotted.ts, shared with the banner). */
  private readonly slotted: OffersSlot;
  /** The status an offer ended with, until "Continue". */
  taken: Status | null = null;
  /** What the taken offer charged and when billing goes on, when the panel passed it on. */
  receipt: Receipt | null = null;

  constructor(
    private readonly host: PaymendWall,
    private readonly form: () => PaymendForm | null,
  ) {
    this.slotted = new OffersSlot(
      host,
      offersChunk,
      { cancel: this.handleCancel, taken: this.handleTaken, openForm: this.handleOpenForm },
      () => host.lang || document.documentElement.lang || '',
    );
    this.care = new CareText(host, () => host.validStatus?.offers === true || this.isOpen);
  }

  get isOpen(): boolean {
    return this.slotted.panel !== null;
  }

  /** Whether the taken offer is done with (a pause, a paid plan change): "Continue" closes the wall then. */
  get settled(): boolean {
    const state = this.taken?.state;
    return this.taken !== null && state !== 'failed' && state !== 'action_required';
  }

  /** The button that opens the panel, while the status offers one and it is not open. */
  button(): TemplateResult | typeof nothing {
    const care = this.care.translation;
    if (!care || this.isOpen || this.host.validStatus?.offers !== true) return nothing;
    return this.slotted.button(care, 'offers-button');
  }

  /** Slot of the panel, or of the form when the panel is closed. */
  slot(): TemplateResult {
    return this.isOpen ? html`<slot name="offers"></slot>` : html`<slot name="form"></slot>`;
  }

  /** Removes the panel; `then` says where focus goes next. */
  close(then: 'button' | 'form' | 'none' = 'none'): void {
    if (!this.slotted.close() || then === 'none') return;
    void this.host.updateComplete.then(() => {
      if (then === 'form') this.form()?.focus();
      else this.host.renderRoot.querySelector<HTMLElement>('[part~="offers-button"]')?.focus();
    });
  }

  /** "Continue" after an offer: the new status, and whatever the wall makes of it. */
  finish(): Status | null {
    const status = this.taken;
    this.taken = null;
    this.receipt = null;
    this.close();
    return status;
  }

  private handleCancel = (event: Event): void => {
    event.stopPropagation(); // The wall's own "closed without changes" listeners are not concerned.
    this.close('button');
  };

  private handleTaken = (event: HTMLElementEventMap['paymend-offer-taken']): void => {
    this.taken = event.detail.status;
    this.receipt = event.detail.receipt ?? null;
    this.host.requestUpdate();
  };

  /** A charge after the plan change needs the card: back to the form, which knows the new status. */
  private handleOpenForm = (event: HTMLElementEventMap['paymend-open-form']): void => {
    const status = event.detail.status;
    this.taken = null;
    this.host.status = status;
    const form = this.form();
    if (form) form.status = status;
    this.close('form');
  };
}
