/**
 * The light-DOM children the banner and the wall slot in (Stripe cannot mount in a shadow root, and
 * the panel is its own lazy chunk): the card form in their `form` slot, and the `<paymend-offers>`
 * panel in their `offers` slot with its "Can't pay right now?" button, each speaking to the host's
 * endpoint with its status. One copy in the shared chunk, so neither lazy chunk carries it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Status } from '../protocol/index.js';
import type { PaymendForm } from '../components/form/form.component.js';
import type { PaymendOffers } from '../components/offers/offers.component.js';
import type { CareTranslation } from '../translations/care/index.js';
import type { PaymendEvent } from './events.js';
import { warnOnce } from './log.js';

export interface PanelHandlers {
  /** Back from the offers: nothing changed. */
  cancel(event: Event): void;
  taken(event: PaymendEvent<'paymend-offer-taken'>): void;
  /** A charge after the plan change needs the card. */
  openForm(event: PaymendEvent<'paymend-open-form'>): void;
}

type Owner = HTMLElement & { readonly endpoint: string; readonly validStatus: Status | null };

/** Appends a `<paymend-form>` for the host's endpoint and status (its chunk may still be loading: it upgrades then). */
export function mountForm(host: Owner, props: Partial<Pick<PaymendForm, 'lang' | 'hideCancel' | 'supportHref' | 'support'>>): PaymendForm {
  const form = Object.assign(document.createElement('paymend-form'), { slot: 'form', endpoint: host.endpoint }, props);
  if (host.validStatus) form.status = host.validStatus;
  host.append(form);
  return form;
}

/**
 * One host's offers panel: "Can't pay right now?" (busy while the chunk downloads; a failed download
 * is warned and leaves the button), the panel appended and focused, and taken away again with its
 * listeners. `chunk.load` is read at each opening, so tests can replace it.
 */
export class OffersSlot {
  /** The open panel, if any. */
  panel: PaymendOffers | null = null;
  private opening = false;

  constructor(
    private readonly host: Owner & ReactiveControllerHost,
    private readonly chunk: { load(): Promise<unknown> },
    private readonly on: PanelHandlers,
    private readonly lang?: () => string,
  ) {}

  /** The button, in the care catalog's language (English while its file loads). */
  button(care: CareTranslation, cls: string): TemplateResult {
    return html`<button part="offers-button" class=${cls} type="button" lang=${care.locale} dir=${care.dir} aria-busy=${this.opening ? 'true' : nothing} @click=${this.open}>
      ${care.messages['care.offers.open']}
    </button>`;
  }

  /** True once the panel is open (false: already opening, the download failed, or the host left). */
  open = async (): Promise<boolean> => {
    const host = this.host;
    if (this.panel || this.opening) return false;
    this.opening = true;
    host.requestUpdate();
    try {
      await this.chunk.load();
    } catch (error) {
      warnOnce(error, `<${host.localName}> could not load the offers: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      this.opening = false;
      host.requestUpdate();
    }
    if (!host.isConnected || this.panel) return false;
    const panel = document.createElement('paymend-offers');
    panel.slot = 'offers';
    panel.endpoint = host.endpoint;
    const lang = this.lang?.();
    if (lang !== undefined) panel.lang = lang;
    if (host.validStatus) panel.status = host.validStatus;
    this.listen(panel, 'addEventListener');
    this.panel = panel;
    host.append(panel);
    panel.focus();
    return true;
  };

  /** Takes the panel away; false when none was open. */
  close(): boolean {
    const panel = this.panel;
    if (!panel) return false;
    this.listen(panel, 'removeEventListener');
    panel.remove();
    this.panel = null;
    this.host.requestUpdate();
    return true;
  }

  private listen(panel: PaymendOffers, how: 'addEventListener' | 'removeEventListener'): void {
    // One body for adding and removing: the typed overloads do not survive the indexed call.
    const on = this.on as unknown as Record<keyof PanelHandlers, EventListener>;
    panel[how]('paymend-cancel', on.cancel);
    panel[how]('paymend-offer-taken', on.taken);
    panel[how]('paymend-open-form', on.openForm);
  }
}
