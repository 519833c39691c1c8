/**
 * The `<paymend-offers>` panel as the banner and the wall open it: a light-DOM child in their
 * `offers` slot, speaking to the host's endpoint with its status, listened to for its three
 * outcomes. One copy in the shared chunk, so neither lazy chunk carries it.
 */
import type { Status } from '../protocol/index.js';
import type { PaymendOffers } from '../components/offers/offers.component.js';
import type { PaymendEvent } from './events.js';
import { warnOnce } from './log.js';

/** Downloads the panel's chunk with `load`; false (warned) when it failed or the host left meanwhile. */
export async function loadOffersPanel(host: HTMLElement, load: () => Promise<unknown>): Promise<boolean> {
  try {
    await load();
    return host.isConnected;
  } catch (error) {
    warnOnce(error, `<${host.localName}> could not load the offers: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

export interface PanelHandlers {
  /** Back from the offers: nothing changed. */
  cancel(event: Event): void;
  taken(event: PaymendEvent<'paymend-offer-taken'>): void;
  /** A charge after the plan change needs the card. */
  openForm(event: PaymendEvent<'paymend-open-form'>): void;
}

type Owner = HTMLElement & { readonly endpoint: string; readonly validStatus: Status | null };

/** Appends the panel to `host` (its chunk loaded already) and focuses it; `unmount` takes it away again. */
export function mountOffersPanel(host: Owner, on: PanelHandlers, lang?: string): { panel: PaymendOffers; unmount(): void } {
  const panel = document.createElement('paymend-offers');
  panel.slot = 'offers';
  panel.endpoint = host.endpoint;
  if (lang !== undefined) panel.lang = lang;
  if (host.validStatus) panel.status = host.validStatus;
  panel.addEventListener('paymend-cancel', on.cancel);
  panel.addEventListener('paymend-offer-taken', on.taken);
  panel.addEventListener('paymend-open-form', on.openForm);
  host.append(panel);
  panel.focus();
  return {
    panel,
    unmount() {
      panel.removeEventListener('paymend-cancel', on.cancel);
      panel.removeEventListener('paymend-offer-taken', on.taken);
      panel.removeEventListener('paymend-open-form', on.openForm);
      panel.remove();
    },
  };
}
