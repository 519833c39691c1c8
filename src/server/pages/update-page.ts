/**
 * The hosted update page a signed link opens: the merchant's name, one heading, one sentence, and
 * `<paymend-form>` opened at once, the same form and wording as in the app. The token never leaves
 * the page but as the `Paymend-Link` header of its own requests to the handler (same origin);
 * `Referrer-Policy: no-referrer` keeps it out of every other request.
 *
 * The inline module script (with the nonce) imports the widget's CDN entry, tells it to send the
 * link with every request to the endpoint, loads the form's chunk and mounts the form; when the
 * update succeeds the page says it is done (`page.done`, announced through a live region). When the
 * status has offers, the offers' chunk adds "Can't pay right now?" under the form (`offerOnPage`).
 */
import type { Reply } from '../http.js';
import { newNonce, pageCsp, pageDocument, pageReply } from './page-shell.js';
import type { CareTranslation } from '../../translations/care/index.js';
import { escapeHtml, helpHtml, merchantLine, pageTextFor, type SupportContact } from './page-text.js';
import { pageSupportMailto, pageSupportScript } from './page-support.js';

export interface UpdatePageInput {
  token: string;
  locale: string;
  /** The handler's base path: the form's endpoint (the page is served from under it). */
  endpoint: string;
  /** The folder holding `paymend.js` and `chunks/`: the handler's own `{basePath}/assets` or the merchant's CDN. */
  assetsUrl: string;
  /** The name of `header` the handler reads the token from. */
  header: string;
  merchantName?: string | undefined;
  support?: SupportContact | undefined;
  /** The care catalog in the link's language: the prefilled support mail. Without it, a plain mailto. */
  care?: CareTranslation | undefined;
  /** The invoice the link was sent about, for the support mail. */
  invoiceId?: string | null | undefined;
}

/** JSON inside a `<script>`: `<` escaped so no value can close the element. */
function scriptValue(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's own script: read the values the server put on the slot, set the header, open the form. */
function pageScript(entry: string, header: string): string {
  return `
import { loadForm, loadOffers, setEndpointHeaders } from ${scriptValue(entry)};
const slot = document.getElementById('paymend-slot');
const done = document.getElementById('paymend-done');
const endpoint = slot.dataset.endpoint;
const linkHeaders = { [${scriptValue(header)}]: slot.dataset.token };
setEndpointHeaders(endpoint, linkHeaders);
await loadForm();
const form = document.createElement('paymend-form');
form.endpoint = endpoint;
form.hideCancel = true;
form.addEventListener('paymend-updated', () => {
  done.textContent = done.dataset.text;
  document.getElementById('paymend-intro').hidden = true;
  // Back to the top, where "All done" now sits under the heading: at 400% zoom the form's own
  // thank-you further down would leave the page's message out of sight.
  document.getElementById('paymend-heading').focus();
});
${pageSupportScript()}
slot.append(form);
// "Can't pay right now?" when the status has offers: a chunk of its own, its requests carrying the link too.
loadOffers().then((offers) => offers.offerOnPage({ endpoint, form })).catch(() => undefined);
// The page's own heading, not the form's: the page hides that one (its h1 says the same), and focus
// on a hidden heading is invisible.
document.getElementById('paymend-heading').focus();
`;
}

/** Pure but for the nonce: the page as a Reply. */
export function updatePage(input: UpdatePageInput): Reply {
  const text = pageTextFor(input.locale);
  const m = text.messages;
  const merchant = merchantLine(input.merchantName);
  const nonce = newNonce();
  const assets = input.assetsUrl.replace(/\/+$/, '');
  const entry = `${assets}/paymend.js`;
  const scriptOrigin = /^https?:\/\//i.test(assets) ? new URL(assets).origin : "'self'";
  const care = input.care;
  const prefill = care ? (mailto: string) => pageSupportMailto(mailto, care, { summary: m['page.heading'], invoiceId: input.invoiceId ?? null }) : undefined;
  const help = helpHtml(text, input.support, prefill);
  const textAttrs = `lang="${escapeHtml(text.textLang)}" dir="${text.textDir}"`;
  const body = `<div class="card">
${merchant ? `<p class="merchant" ${textAttrs}>${escapeHtml(merchant)}</p>` : ''}
<h1 id="paymend-heading" tabindex="-1" ${textAttrs}>${escapeHtml(m['page.heading'])}</h1>
<p id="paymend-intro" ${textAttrs}>${merchant ? escapeHtml(m['page.intro']({ merchant })) : ''}</p>
<p id="paymend-done" class="done" role="status" ${textAttrs} data-text="${escapeHtml(m['page.done'])}"></p>
<div id="paymend-slot" data-endpoint="${escapeHtml(input.endpoint)}" data-token="${escapeHtml(input.token)}"></div>
<noscript><p ${textAttrs}>${escapeHtml(m['page.noscript'])}</p></noscript>
${help ? `<p id="paymend-help" class="help" ${textAttrs}>${help}</p>` : ''}
</div>`;
  const html = pageDocument({ text, nonce, title: m['page.title']({ merchant }), body, script: pageScript(entry, input.header) });
  return pageReply(200, html, pageCsp(nonce, scriptOrigin));
}
