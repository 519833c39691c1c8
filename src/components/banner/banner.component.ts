import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StatusSchema, type State, type Status } from '../../protocol/index.js';
import { fetchStatus } from '../../internal/api-client.js';
import { warnOnce } from '../../internal/log.js';
import { PaymendElement } from '../../internal/paymend-element.js';
import { brandName, formatAmount, formatMonthYear } from '../../translations/format.js';
import { formattingLocale, loadTranslation } from '../../translations/index.js';
import type { Translation } from '../../translations/types.js';
import { bannerStyles } from './banner.styles.js';

/** States that get a message; `ok` shows nothing. */
type ProblemState = Exclude<State, 'ok'>;

/**
 * @summary Tells a customer, in plain words, that their card is expiring, expired, was declined or
 * needs a bank confirmation, with a button to fix it. Shows nothing while billing is healthy.
 *
 * @slot icon - Replaces the built-in state icon.
 *
 * @csspart base - The banner box; carries `role="status"` or, for failed payments, `role="alert"`.
 * @csspart icon - The state icon.
 * @csspart message - Title and explanation.
 * @csspart actions - Wrapper of the buttons.
 * @csspart button - The "Update card" button.
 * @csspart close-button - The dismiss button.
 *
 * @cssproperty --paymend-font-family - Font of the banner. Default: inherited.
 * @cssproperty --paymend-font-size - Base font size. Default: inherited.
 * @cssproperty --paymend-radius - Corner radius of the banner and buttons.
 * @cssproperty --paymend-color-text - Text color.
 * @cssproperty --paymend-color-warning - Accent of expiring/expired messages (icon, border).
 * @cssproperty --paymend-color-warning-surface - Background of expiring/expired messages.
 * @cssproperty --paymend-color-danger - Accent of failed/action-required messages.
 * @cssproperty --paymend-color-danger-surface - Background of failed/action-required messages.
 * @cssproperty --paymend-color-primary - Background of the "Update card" button.
 * @cssproperty --paymend-color-on-primary - Text color of the "Update card" button.
 * @cssproperty --paymend-focus-ring - Outline of focused buttons.
 *
 * @event {CustomEvent<{status: Status}>} paymend-status - The status arrived from the backend.
 * @event {CustomEvent<{state: State}>} paymend-shown - A message became visible.
 * @event {CustomEvent<{status: Status}>} paymend-open-form - "Update card" was pressed. Cancelable.
 * @event {CustomEvent<{state: State}>} paymend-dismiss - The dismiss button was pressed. Cancelable.
 * @event {CustomEvent<{state: State}>} paymend-after-dismiss - The message was dismissed.
 *
 * The host carries a `state` attribute (e.g. `state="failed"`) while a message is shown, for styling;
 * without it the host is `display: none` and takes no space.
 */
export class PaymendBanner extends PaymendElement {
  static override styles = bannerStyles;

  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. Required unless `status` is set. */
  @property() endpoint = '';

  /** Language of the message; defaults to the nearest `lang` attribute, then the browser's language. */
  @property({ reflect: true }) override lang!: string;

  /** A status the page already has. When set, the banner makes no request. */
  @property({ attribute: false }) status?: Status;

  /** The validated status being displayed; `null` while loading, on error, or for invalid input. */
  @state() private shown: Status | null = null;
  @state() private translation: Translation | null = null;
  @state() private dismissed = false;

  private requestedEndpoint: string | null = null;
  private translationFor: string | null = null;
  private lastShownState: State | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = this.requestedLanguage();
    if (language !== this.translationFor) {
      this.translationFor = language;
      void this.loadTranslation(language);
    }
    if (this.status == null && this.endpoint && this.endpoint !== this.requestedEndpoint) {
      this.requestedEndpoint = this.endpoint;
      void this.loadStatus(this.endpoint);
    }
    if (changed.has('status')) {
      this.shown = this.validate(this.status);
      this.dismissed = false;
    }
  }

  protected override firstUpdated(): void {
    if (this.status == null && !this.endpoint) {
      warnOnce(this, '<paymend-banner> needs an endpoint attribute or a status property; showing nothing');
    }
  }

  protected override updated(): void {
    const visible = this.visibleState();
    if (visible) this.setAttribute('state', visible);
    else this.removeAttribute('state');

    if (visible && visible !== this.lastShownState) this.emit('paymend-shown', { state: visible });
    this.lastShownState = visible;
  }

  override render() {
    const status = this.shown;
    const t = this.translation;
    const state = this.visibleState();
    if (!status || !t || !state) return nothing;

    const locale = formattingLocale(this.requestedLanguage(), t);
    const { title, text } = bannerText(status, state, t, locale);
    const urgent = state === 'failed' || state === 'action_required';
    return html`
      <div part="base" class="base base--${state}" role=${urgent ? 'alert' : 'status'} lang=${t.locale} dir=${t.dir}>
        <span part="icon" class="icon" aria-hidden="true"><slot name="icon">${icon(state)}</slot></span>
        <div part="message" class="message">
          <strong class="title">${title}</strong>
          <span class="text">${text}</span>
        </div>
        <div part="actions" class="actions">
          <button part="button" class="button" type="button" @click=${this.handleUpdateClick}>
            ${t.messages['banner.updateCard']}
          </button>
          <button
            part="close-button"
            class="close-button"
            type="button"
            aria-label=${t.messages['banner.dismiss']}
            @click=${this.handleDismissClick}
          >
            ${closeIcon}
          </button>
        </div>
      </div>
    `;
  }

  private visibleState(): ProblemState | null {
    const state = this.shown?.state;
    if (!state || state === 'ok' || !this.translation || this.dismissed) return null;
    return state;
  }

  private requestedLanguage(): string {
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return this.lang || inherited || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en';
  }

  private async loadStatus(endpoint: string): Promise<void> {
    try {
      const status = await fetchStatus(endpoint);
      // A status handed in meanwhile, or a newer endpoint, wins over this answer.
      if (this.status != null || endpoint !== this.endpoint) return;
      this.status = status;
      this.emit('paymend-status', { status });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnOnce(error, `could not load the billing status from ${endpoint}: ${reason}; showing nothing`);
    }
  }

  private async loadTranslation(language: string): Promise<void> {
    const translation = await loadTranslation(language);
    if (language === this.translationFor) this.translation = translation;
  }

  /** A merchant-supplied status is checked too: bad input must not break their page. */
  private validate(status: Status | null | undefined): Status | null {
    if (status == null) return null;
    const parsed = StatusSchema.safeParse(status);
    if (parsed.success) return parsed.data;
    warnOnce(status, `<paymend-banner> ignored an invalid status: ${parsed.error.issues[0]?.message}`);
    return null;
  }

  private handleUpdateClick(): void {
    if (this.shown) this.emit('paymend-open-form', { status: this.shown }, { cancelable: true });
  }

  private handleDismissClick(): void {
    const state = this.visibleState();
    if (!state) return;
    if (this.emit('paymend-dismiss', { state }, { cancelable: true }).defaultPrevented) return;
    this.dismissed = true;
    this.emit('paymend-after-dismiss', { state });
  }
}

function bannerText(status: Status, state: ProblemState, t: Translation, locale: string) {
  const m = t.messages;
  const card = describeCard(status, t);
  const invoice = status.invoice;
  const amount = invoice ? formatAmount(locale, invoice.amountDue, invoice.currency) : null;
  const method = status.paymentMethod;
  const date = method ? formatMonthYear(locale, method.expMonth, method.expYear) : null;

  switch (state) {
    case 'expiring':
      return { title: m['banner.expiring.title'], text: m['banner.expiring.message']({ card: card ?? m['card.generic'], date }) };
    case 'expired':
      return { title: m['banner.expired.title'], text: m['banner.expired.message']({ card: card ?? m['card.generic'], date }) };
    case 'failed':
      return {
        title: m['banner.failed.title'],
        text: m['banner.failed.message']({ reason: m['decline.generic']({ card }), amount }),
      };
    case 'action_required':
      return { title: m['banner.action_required.title'], text: m['banner.action_required.message']({ amount }) };
  }
}

function describeCard(status: Status, t: Translation): string | null {
  const method = status.paymentMethod;
  if (!method) return null;
  const brand =
    method.type === 'card'
      ? (brandName(method.brand) ?? t.messages['card.generic'])
      : t.messages['paymentMethod.generic'];
  return t.messages['card.description']({ brand, last4: method.last4 });
}

function icon(state: ProblemState): TemplateResult {
  // Expiring is a heads-up (clock); everything else needs action now (warning sign).
  const path =
    state === 'expiring'
      ? 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 5v5.4l3.3 3.3-1.4 1.4L11 13.2V7h2Z'
      : 'M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z';
  return html`<svg viewBox="0 0 24 24" width="20" height="20" focusable="false"><path fill="currentColor" d=${path}></path></svg>`;
}

const closeIcon = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z"></path>
</svg>`;
