/**
 * "Can't pay right now?" on the hosted update page (src/server/pages/update-page.ts): the page's
 * script calls `offerOnPage()` from this chunk once the form is mounted. When the customer's status
 * has offers, a button appears under the form; it swaps the form for `<paymend-offers>`, and Back
 * swaps them again. Requests carry the page's signed link like the form's (`setEndpointHeaders`,
 * set by the page first); the status comes from the request the form shares.
 */
import { fetchStatus } from '../../internal/api-client.js';
import { validateStatus } from '../../internal/backend.js';
import { loadCareTranslation } from '../../translations/care/index.js';
import type { PaymendOffers } from './offers.component.js';

export interface PageOffersOptions {
  endpoint: string;
  /** The page's `<paymend-form>`: hidden while the offers show, back on Back. */
  form: HTMLElement & { status?: unknown; focus(): void };
  /** The page's language (the offers follow it). */
  lang?: string;
}

/** Adds the button when the status has offers; resolves to it (or null when nothing is offered). Never rejects. */
export async function offerOnPage({ endpoint, form, lang = document.documentElement.lang }: PageOffersOptions): Promise<HTMLButtonElement | null> {
  let status;
  try {
    status = validateStatus(await fetchStatus(endpoint), 'paymend-offers');
  } catch {
    return null; // The form says what is wrong with the backend.
  }
  if (!status?.offers) return null;
  const care = await loadCareTranslation(lang);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'paymend-offers-open';
  button.lang = care.locale;
  button.dir = care.dir;
  button.textContent = care.messages['care.offers.open'];
  form.after(button);

  let panel: PaymendOffers | null = null;
  const close = (focus: 'button' | 'form') => {
    panel?.remove();
    panel = null;
    form.hidden = false;
    button.hidden = false;
    (focus === 'form' ? form : button).focus();
  };
  button.addEventListener('click', () => {
    if (panel) return;
    panel = document.createElement('paymend-offers');
    panel.endpoint = endpoint;
    panel.source = 'page';
    if (lang) panel.lang = lang;
    panel.status = status;
    panel.addEventListener('paymend-cancel', () => close('button'));
    panel.addEventListener('paymend-open-form', (event) => {
      form.status = event.detail.status;
      close('form');
    });
    // Taken: the outcome stays in the panel's place; the form and the button are done with.
    panel.addEventListener('paymend-offer-taken', () => button.remove());
    form.hidden = true;
    button.hidden = true;
    form.before(panel);
    panel.focus();
  });
  return button;
}
