import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Status } from '../../protocol/index.js';
import { explainStatus, explainWith } from '../../explain/index.js';
import { LocalizeController } from '../../internal/localize.js';
import { afterNextFrame } from '../../internal/next-frame.js';
import { PaymendElement } from '../../internal/paymend-element.js';
import { controlStyles, hostTokens, cardStyles } from '../../internal/theme.styles.js';
import type { CareTranslation } from '../../translations/care/index.js';
import type { Translation } from '../../translations/types.js';
import { CareText } from '../../internal/care-text.js';
import type { ChangePlanOfferAsRead, PauseOfferAsRead } from './offers-api.js';
import { OffersFlow, type OffersProblem } from './offers-flow.js';
import { offersStyles } from './offers.styles.js';
import { pauseSentences, planPrice, planSentences, resumeDate } from './offers-words.js';

/**
 * @tag paymend-offers
 * @summary "Can't pay right now?": the ways out that aren't cancel which the merchant offers this
 * customer (a pause, a cheaper plan), a confirmation that says exactly what happens and when
 * billing resumes, and the outcome.
 *
 * A lazy chunk (`loadOffers()`), opened by the wall, the banner (`offers` attribute) or the hosted
 * update page. It GETs `{endpoint}/offers` when it connects; the server decides what qualifies, this
 * element only asks. Taking an offer POSTs `/pause` or `/change-plan` once per click.
 *
 * Steps: the offers (each a radio group and "Continue"), the confirmation, then the outcome. Focus
 * moves to each step's heading when focus was in the element (call `focus()` after opening it to
 * start there). Two live regions are there, empty, from the first render: the status line
 * (`progress`: loading, saving, done) and the alert region (`problem`). "Back" returns from the
 * confirmation to the offers, and from the offers closes the panel (`paymend-cancel`); inside a
 * dialog, Escape does the same.
 *
 * @csspart base - The panel (a region named by its heading).
 * @csspart title - The step's heading.
 * @csspart intro - The sentence under the offers' heading, or that none applies.
 * @csspart offer - One offer's box (pause, plan), in the list.
 * @csspart details - The list of what will happen, on the confirmation.
 * @csspart progress - The status line (`role="status"`): loading, saving, the done message.
 * @csspart problem - The explanation of a failure (inside the `role="alert"` region).
 * @csspart actions - Wrapper of the step's buttons.
 * @csspart choose-button - "Continue" under an offer.
 * @csspart confirm-button - Takes the offer.
 * @csspart back-button - Back to the offers, or closes the panel.
 * @csspart retry-button - Loads the offers again after they could not load.
 * @csspart update-button - After a declined charge: opens the card form (`paymend-open-form`).
 *
 * @cssproperty --paymend-color-text - Text color.
 * @cssproperty --paymend-color-background - Surface of the panel.
 * @cssproperty --paymend-color-border - Borders.
 * @cssproperty --paymend-color-primary - The confirm button and the radios.
 * @cssproperty --paymend-color-on-primary - Text of the confirm button.
 * @cssproperty --paymend-color-danger - Errors.
 * @cssproperty --paymend-color-success - Accent of the done message.
 * @cssproperty --paymend-focus-ring - Outline of focused controls.
 * @cssproperty --paymend-line-height - Line height. Default: inherited.
 *
 * @event {CustomEvent<{kind: 'pause' | 'change_plan', status: Status, receipt?: Receipt}>} paymend-offer-taken - An offer was taken; `status` is the new status, `receipt` what was paid now and the next charge (when the server sent one).
 * @event {CustomEvent<{status: Status}>} paymend-open-form - After a declined charge (or one the bank wants confirmed): "Update card" was pressed. Open the form.
 * @event {CustomEvent<{}>} paymend-cancel - "Back" from the offers (or Escape in a dialog): close the panel; nothing changed.
 */
export class PaymendOffers extends PaymendElement {
  static override styles = [hostTokens, controlStyles, cardStyles, offersStyles];

  /** Base URL of the merchant's Paymend handler. */
  @property() endpoint = '';
  /** Language; defaults to the nearest `lang` ancestor, then the browser's. */
  @property({ reflect: true }) override lang!: string;
  /** The status the page has (the banner's), for the overdue amount and the beacon; fetched when absent. */
  @property({ attribute: false }) status?: Status;
  /**
   * Which surface opened the panel, sent with the `offers_shown` beacon (`banner`, `wall`, `page`).
   * Defaults to the `<paymend-banner>` or `<paymend-wall>` the panel sits in; none when alone.
   */
  @property() source?: 'banner' | 'wall' | 'page';

  /** The `source` the beacon carries: the one given, else the element the panel was placed in. */
  get beaconSource(): 'banner' | 'wall' | 'page' | undefined {
    if (this.source === 'banner' || this.source === 'wall' || this.source === 'page') return this.source;
    if (this.closest('paymend-banner')) return 'banner';
    if (this.closest('paymend-wall')) return 'wall';
    return undefined;
  }

  @state() private pauseMonths: number | null = null;
  @state() private planChoice: string | null = null;

  private readonly localize = new LocalizeController(this);
  private readonly care = new CareText(this);
  private readonly flow = new OffersFlow(this);
  /** The step last rendered: a new one moves focus to its heading. */
  private renderedStep = '';
  private pendingFocus = false;
  private starting = false;

  /** Moves focus to the panel's heading as soon as it is rendered. */
  override focus(options?: FocusOptions): void {
    const heading = this.heading();
    if (heading) heading.focus(options);
    else this.pendingFocus = true;
  }

  /** Whether focus was inside before this update: a step's buttons go with it, so it is asked before rendering. */
  private hadFocus = false;

  protected override willUpdate(): void {
    this.hadFocus = this.matches(':focus-within');
  }

  protected override updated(): void {
    const ready = this.localize.translation && this.care.translation;
    // A frame later: the status region is then in the accessibility tree, empty, before "Loading…"
    // is set into it (so it is announced), and the flow's first change is not part of this update.
    if (ready && this.flow.phase === 'idle' && this.isConnected && this.endpoint && !this.starting) {
      this.starting = true;
      afterNextFrame(() => {
        this.starting = false;
        void this.flow.start();
      });
    }
    const step = `${this.flow.phase} ${this.flow.choice?.kind ?? ''}`;
    if (step !== this.renderedStep && this.heading()) {
      this.renderedStep = step;
      if (this.hadFocus || this.matches(':focus-within') || this.pendingFocus) this.heading()?.focus();
      this.pendingFocus = false;
    }
  }

  override render() {
    const t = this.localize.translation;
    const care = this.care.translation;
    if (!t || !care) return nothing;
    const c = care.messages;
    const { phase, busy, problem } = this.flow;
    const progress = busy ? c['care.working'] : phase === 'loading' ? c['care.offers.loading'] : phase === 'done' || phase === 'payment' ? this.doneText(care) : '';
    return html`<section part="base" class="base" lang=${care.locale} dir=${care.dir} aria-labelledby="offers-title" @keydown=${this.handleKeydown}>
      <h2 id="offers-title" part="title" class="title" tabindex="-1">${this.headingText(care)}</h2>
      ${this.renderStep(t, care)}
      <div role="alert">
        ${problem
          ? this.renderProblem(t, care, problem)
          : phase === 'unavailable'
            ? html`<p part="problem" class="problem">${c['care.offers.error']}</p>`
            : nothing}
      </div>
      <p part="progress" class="progress${phase === 'done' || phase === 'payment' ? ' done' : ''}" role="status">${progress}</p>
      ${this.renderActions(t, care)}
    </section>`;
  }

  private headingText(care: CareTranslation): string {
    const c = care.messages;
    const { phase, choice } = this.flow;
    if (phase === 'confirm') return c['care.confirm.title'];
    if ((phase === 'done' || phase === 'payment') && choice) return c[choice.kind === 'pause' ? 'care.pause.title' : 'care.plan.title'];
    return c['care.offers.title'];
  }

  private renderStep(t: Translation, care: CareTranslation): TemplateResult | typeof nothing {
    const c = care.messages;
    const { phase, offers } = this.flow;
    if (phase === 'none') return html`<p part="intro">${c['care.offers.none']}</p>`;
    if (phase === 'list' && offers) {
      return html`<p part="intro">${c['care.offers.intro']}</p>
        ${offers.pause ? this.renderPause(t, care, offers.pause) : nothing} ${offers.changePlan ? this.renderPlans(t, care, offers.changePlan) : nothing}`;
    }
    if (phase === 'confirm') return html`<ul part="details">${this.confirmation(care).map((line) => html`<li>${line}</li>`)}</ul>`;
    return nothing;
  }

  private renderPause(t: Translation, care: CareTranslation, offer: PauseOfferAsRead): TemplateResult {
    const c = care.messages;
    const chosen = this.pauseMonths ?? offer.options[0]!.months;
    return html`<div part="offer" class="offer" role="group" aria-labelledby="pause-title">
      <h3 id="pause-title" class="offer-title">${c['care.pause.title']}</h3>
      <fieldset>
        <legend>${c['care.pause.length']}</legend>
        ${offer.options.map(
          (option) => html`<label
            ><input type="radio" name="pause" .checked=${option.months === chosen} @change=${() => (this.pauseMonths = option.months)} />
            ${c['care.pause.months']({ months: option.months })}</label
          >`,
        )}
      </fieldset>
      ${this.chooseButton(t, 'pause-title', () => this.flow.choose({ kind: 'pause', months: this.pauseMonths ?? chosen }))}
    </div>`;
  }

  private renderPlans(t: Translation, care: CareTranslation, offer: ChangePlanOfferAsRead): TemplateResult {
    const c = care.messages;
    const locale = this.localize.formattingLocale;
    const chosen = this.planChoice ?? offer.options[0]!.price;
    return html`<div part="offer" class="offer" role="group" aria-labelledby="plan-title">
      <h3 id="plan-title" class="offer-title">${c['care.plan.title']}</h3>
      <p>${c['care.plan.current']({ plan: offer.current.name, price: planPrice(care, locale, offer.current) })}</p>
      <fieldset>
        <legend>${c['care.plan.choose']}</legend>
        ${offer.options.map(
          (plan) => html`<label
            ><input type="radio" name="plan" .checked=${plan.price === chosen} @change=${() => (this.planChoice = plan.price)} />
            ${c['care.plan.option']({ plan: plan.name, price: planPrice(care, locale, plan) })}</label
          >`,
        )}
      </fieldset>
      ${this.chooseButton(t, 'plan-title', () => this.flow.choose({ kind: 'change_plan', price: this.planChoice ?? chosen }))}
    </div>`;
  }

  /** "Continue" under an offer, described by the offer's heading (two buttons of the same name otherwise). */
  private chooseButton(t: Translation, describedBy: string, choose: () => void): TemplateResult {
    return html`<div class="actions">
      <button part="choose-button" class="primary" type="button" lang=${this.mainLang(t)} aria-describedby=${describedBy} @click=${choose}>
        ${t.messages['wall.continue']}
      </button>
    </div>`;
  }

  /** What taking the chosen offer does, sentence by sentence. */
  private confirmation(care: CareTranslation): string[] {
    const { choice, offers, statusBefore } = this.flow;
    const locale = this.localize.formattingLocale;
    if (choice?.kind === 'pause' && offers?.pause) return pauseSentences(care, locale, offers.pause, choice.months, statusBefore);
    const plan = choice?.kind === 'change_plan' ? offers?.changePlan?.options.find((p) => p.price === choice.price) : undefined;
    return plan && offers?.changePlan ? planSentences(care, locale, offers.changePlan, plan, statusBefore) : [];
  }

  private doneText(care: CareTranslation): string {
    const { outcome, offers } = this.flow;
    if (!outcome) return '';
    const c = care.messages;
    if (outcome.choice.kind === 'pause') {
      const date = resumeDate(this.localize.formattingLocale, outcome.status, offers?.pause ?? null, outcome.choice.months);
      return c['care.pause.done']({ date: date ?? '' });
    }
    const price = outcome.choice.price;
    const plan = offers?.changePlan?.options.find((p) => p.price === price);
    return c['care.plan.done']({ plan: plan?.name ?? '' });
  }

  private renderActions(t: Translation, care: CareTranslation): TemplateResult | typeof nothing {
    const c = care.messages;
    const { phase, busy, choice } = this.flow;
    if (phase === 'done' || phase === 'payment' || phase === 'idle') return nothing;
    const back = html`<button part="back-button" type="button" aria-disabled=${busy} @click=${this.handleBack}>${c['care.back']}</button>`;
    if (phase === 'unavailable') {
      return html`<div part="actions" class="actions">
        <button part="retry-button" class="primary" type="button" lang=${this.mainLang(t)} @click=${() => this.flow.reload()}>${t.messages['form.retry']}</button>${back}
      </div>`;
    }
    if (phase !== 'confirm' || !choice) return phase === 'loading' ? nothing : html`<div part="actions" class="actions">${back}</div>`;
    const label = choice.kind === 'pause' ? c['care.pause.confirm']({ months: choice.months }) : c['care.plan.confirm']({ plan: this.planName(choice.price) });
    return html`<div part="actions" class="actions">
      <button part="confirm-button" class="primary" type="button" aria-disabled=${busy} aria-busy=${busy} @click=${this.handleConfirm}>${label}</button>${back}
    </div>`;
  }

  private renderProblem(t: Translation, care: CareTranslation, problem: OffersProblem): TemplateResult {
    if (problem.kind === 'failed' || problem.kind === 'refused') {
      return html`<p part="problem" class="problem">${care.messages[problem.kind === 'failed' ? 'care.failed' : 'care.refused']}</p>`;
    }
    // The plan changed, but its charge needs the card: the new status says why, as the banner would.
    const locale = this.localize.requested;
    const status = this.flow.outcome?.status;
    const explained = (status && explainStatus(t, status, { locale })) || explainWith(t, problem.kind === 'declined' ? problem.codes : null, { locale });
    const action = explained.action ?? t.messages['banner.updateCard'];
    return html`<div part="problem" class="problem" lang=${this.mainLang(t)} dir=${t.dir}>
      <strong>${explained.title}</strong>
      <p>${explained.body}</p>
      <button part="update-button" class="primary" type="button" @click=${this.handleUpdate}>${action}</button>
    </div>`;
  }

  private planName(price: string): string {
    return this.flow.offers?.changePlan?.options.find((p) => p.price === price)?.name ?? '';
  }

  /** The main catalog's language where it differs from the care catalog's (English until a locale lands). */
  private mainLang(t: Translation): string | typeof nothing {
    return this.care.translation && t.locale !== this.care.translation.locale ? t.locale : nothing;
  }

  private heading(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.title') ?? null;
  }

  private handleConfirm = (): void => {
    void this.flow.take();
  };

  private handleBack = (): void => {
    if (this.flow.busy) return;
    if (!this.flow.back()) this.emit('paymend-cancel', {});
  };

  private handleUpdate = (): void => {
    const status = this.flow.outcome?.status;
    if (status) this.emit('paymend-open-form', { status }, { cancelable: true });
  };

  /** In a dialog, Escape steps back (or closes the panel) instead of closing the dialog around it. */
  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.inDialog()) return;
    const phase = this.flow.phase;
    if (phase === 'done' || phase === 'payment') return; // The host's own close applies.
    event.preventDefault();
    event.stopPropagation();
    this.handleBack();
  };

  private inDialog(): boolean {
    for (let node: Node | null = this; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
      if (node instanceof HTMLDialogElement) return true;
    }
    return false;
  }
}
