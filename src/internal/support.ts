/**
 * The support handoff, one piece for the banner, the form and the wall: a "Contact support" control
 * that hands the agent the context they need, and the customer a message they need not write.
 *
 * Shown only when the merchant said where support is: `support-href` (a `mailto:` or web link) or
 * the boolean `support` (event-only, for a chat widget the merchant opens from `paymend-support`).
 * A click emits a cancelable `paymend-support` whose detail is the plain context (the catalog's
 * category and sentence, the invoice, the amount: never a raw Stripe code or a card detail); not
 * cancelled, a `mailto:` opens prefilled (subject and body from the care catalog), a web link opens
 * as a link. Either way the click is counted (`support_opened` with its `source`): a chat widget
 * opened instead is support reached too.
 *
 * A link when there is somewhere to go (it works with every assistive technology and the browser's
 * own "open in new tab"), a button when there is only the event.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { entryFor, explainStatus, type Entry } from '../explain/index.js';
import { isMailto, supportMailto } from '../explain/support-mail.js';
import type { EVENT_SOURCES, State, Status } from '../protocol/index.js';
import type { CareTranslation } from '../translations/care/index.js';
import { formatAmount } from '../translations/format.js';
import type { Translation } from '../translations/types.js';
import { sendBeacon } from './beacon.js';
import { warnOnce } from './log.js';
import type { PaymendElement } from './paymend-element.js';

export type SupportSource = (typeof EVENT_SOURCES)[number];

/** `paymend-support`'s detail: what an agent needs to help, in plain terms. */
export interface SupportDetail {
  /** Where the customer pressed it. */
  source: SupportSource;
  state: State;
  /** The catalog's category of the failure (e.g. `insufficient_funds`), never Stripe's raw code; null without a failure. */
  reason: Entry | null;
  /** The sentence the customer was shown for it, in their language; null without a failure. */
  reasonText: string | null;
  invoiceId: string | null;
  /** In minor units, as Stripe counts them. */
  amountDue: number | null;
  currency: string | null;
}

/** What the control needs from the element it sits in. */
export interface SupportOwner extends PaymendElement {
  readonly endpoint: string;
  /** Where support is: `mailto:…` or `https://…`; empty for none. */
  readonly supportHref: string;
  /** Show the control even without `supportHref`: the page handles `paymend-support` itself. */
  readonly support: boolean;
}

export interface SupportView {
  t: Translation;
  care: CareTranslation;
  status: Status | null;
  source: SupportSource;
  /** The locale amounts are formatted in (the element's `formattingLocale`). */
  locale: string;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * `href` when it is a web, mail or phone link, else null (warned): a `javascript:` URL in an
 * attribute (a mistake, or text injected into the merchant's template) must never run on a click.
 * Also the wall's escape hatches' check (`what`: "link"), one copy in the shared chunk.
 */
export function safeSupportHref(href: string, tag: string, what = 'support link'): string | null {
  if (!href) return null;
  let protocol = '';
  try {
    protocol = new URL(href, document.baseURI).protocol;
  } catch {
    // Not a URL: refused below.
  }
  if (SAFE_PROTOCOLS.includes(protocol)) return href;
  warnOnce(href, `<${tag}> ignored the ${what} "${href}": only http(s), mailto and tel links are shown`);
  return null;
}

/** A link to `href` when it is safe (see `safeSupportHref`), else nothing: the wall's escape hatches. */
export function safeLink(href: string, label: string, tag: string): TemplateResult | typeof nothing {
  const safe = safeSupportHref(href, tag, 'link');
  return safe ? html`<a href=${safe}>${label}</a>` : nothing;
}

/** Pure: the context of a status for the agent. */
export function supportDetail(t: Translation, status: Status, source: SupportSource): SupportDetail {
  const failure = status.failure;
  const reason = failure ? entryFor(failure.code, failure.declineCode) : null;
  return {
    source,
    state: status.state,
    reason,
    reasonText: reason ? t.messages[`decline.${reason}.body`] : null,
    invoiceId: status.invoice?.id ?? null,
    amountDue: status.invoice?.amountDue ?? null,
    currency: status.invoice?.currency ?? null,
  };
}

/** The link the control opens: a `mailto:` gets its subject and body, anything else stays as given. */
export function supportTarget(href: string, view: SupportView & { status: Status }, detail: SupportDetail): string {
  if (!isMailto(href)) return href;
  const explained = explainStatus(view.t, view.status, { locale: view.locale });
  const amount = detail.amountDue != null && detail.currency ? formatAmount(view.locale, detail.amountDue, detail.currency) : null;
  return supportMailto(href, view.care.messages, {
    summary: explained?.title ?? view.t.messages['form.title'],
    reason: detail.reasonText,
    invoice: detail.invoiceId,
    amount,
  });
}

/** The "Contact support" control (`part="support"`), or nothing when the merchant named no support. */
export function renderSupport(owner: SupportOwner, view: SupportView): TemplateResult | typeof nothing {
  const status = view.status;
  if (!status) return nothing;
  const href = safeSupportHref(owner.supportHref, owner.localName);
  if (!href && !owner.support) return nothing;
  const detail = supportDetail(view.t, status, view.source);
  const onClick = (event: Event): void => {
    const asked = owner.emit('paymend-support', detail, { cancelable: true });
    sendBeacon(owner.endpoint, 'support_opened', status, { source: view.source });
    if (asked.defaultPrevented) event.preventDefault();
  };
  const { care } = view;
  const label = care.messages['care.support.open'];
  return href
    ? html`<a part="support" class="support" href=${supportTarget(href, { ...view, status }, detail)} lang=${care.locale} dir=${care.dir} @click=${onClick}>${label}</a>`
    : html`<button part="support" class="support" type="button" lang=${care.locale} dir=${care.dir} @click=${onClick}>${label}</button>`;
}
