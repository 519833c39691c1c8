/**
 * The hosted update page's share of the support handoff and the closing of the loop: its "Need
 * help?" mail prefilled like the widgets' (../../explain/support-mail.ts), and the lines of its
 * script that count a click on it (`support_opened`, source `page`) and ask "How easy was this?"
 * under the form's thank-you (the form shows the receipt there, as everywhere).
 *
 * The page has no status of its own (the form loads it): the mail says what the page says, with the
 * invoice the link was sent about; the agent looks up the rest. The rating is always asked on this
 * page, since it is Paymend's own and the question is optional to answer: no option to set.
 */
import { supportMailto } from '../../explain/support-mail.js';
import { PATHS } from '../../protocol/constants.js';
import type { CareTranslation } from '../../translations/care/index.js';

/** Pure: the page's mailto with the care catalog's subject and body. */
export function pageSupportMailto(mailto: string, care: CareTranslation, facts: { summary: string; invoiceId: string | null }): string {
  return supportMailto(mailto, care.messages, { summary: facts.summary, reason: null, invoice: facts.invoiceId, amount: null });
}

/** JSON inside a `<script>`: `<` escaped so no value can close the element. */
function scriptValue(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Script lines (inside the page's module, after `form`, `endpoint` and the link header `linkHeaders`
 * exist): the form asks the rating and counts as the page; a click on the help link is counted once
 * the status says which state it concerns. Fire-and-forget: counting never stands in the way.
 */
export function pageSupportScript(): string {
  return `
form.askRating = true;
form.beaconSource = 'page';
// Never '//status' (another host) when the handler is mounted at the root.
const endpointBase = endpoint.replace(new RegExp('/+$'), '');
const helpLink = document.querySelector('#paymend-help a');
helpLink?.addEventListener('click', async () => {
  try {
    const answer = await fetch(endpointBase + ${scriptValue(PATHS.status)}, { headers: linkHeaders });
    const status = await answer.json();
    const event = { name: 'support_opened', state: status.state, source: 'page' };
    if (status.invoice) event.invoiceId = status.invoice.id;
    await fetch(endpointBase + ${scriptValue(PATHS.events)}, {
      method: 'POST',
      keepalive: true,
      headers: { ...linkHeaders, 'content-type': 'application/json', 'paymend-request': '1' },
      body: JSON.stringify(event),
    });
  } catch {
    // Only a count: the mail opens all the same.
  }
});
`;
}
