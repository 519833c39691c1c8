/**
 * The heavy part of `<paymend-wall>`, loaded only for a customer who needs a wall: the modal dialog,
 * the soft → hard clock, and the form inside it. A Lit reactive controller of the wall element, so
 * the public element stays small enough to sit on every page.
 */
import { adoptStyles, html, nothing, type ReactiveController } from 'lit';
import type { Receipt, Status } from '../../protocol/index.js';
import { validateStatus } from '../../internal/backend.js';
import { CareText, careSpan } from '../../internal/care-text.js';
import { LocalizeController } from '../../internal/localize.js';
import { renderSupport, safeLink } from '../../internal/support.js';
import { careStyles, RatingQuestion, receiptLines, renderReceipt } from '../../internal/thanks.js';
import { explainStatus, explainUpdate } from '../../explain/index.js';
import type { Translation } from '../../translations/types.js';
import type { PaymendForm } from '../form/form.component.js';
import type { PaymendWall } from './wall.component.js';
import { needsWall } from './wall.component.js';
import { controlStyles, hostTokens } from '../../internal/theme.styles.js';
import { loadForm } from '../form/load-form.js';
import { deepActiveElement, returnFocus } from '../../internal/return-focus.js';
import { wallStyles } from './wall.styles.js';
import { WallOffers } from './wall-offers.js';
import { mountForm } from '../../internal/slotted.js';
import { ResumeControl } from '../../internal/resume.js';

/** setTimeout takes at most 2^31 - 1 ms (about 24.8 days); longer waits are chained. */
const MAX_TIMER_MS = 2_147_483_647;

export class WallView implements ReactiveController {
  private readonly localize: LocalizeController;
  private readonly care: CareText;
  /** The customer closed a soft wall ("Not now", Escape); it comes back when the grace period ends. */
  private dismissed = false;
  /** The grace period ended while the page was open: the soft wall is now hard. */
  private graceOver = false;
  /** Set once the payment is fixed: the thank-you replaces the wall until "Continue". */
  private thanks: { status: Status; recovered: boolean; before: Status | null; receipt: Receipt | null; resumed?: true } | null = null;
  /** Everything done; renders nothing until the status needs a wall again. */
  private finished = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerFor: string | null = null;
  private form: PaymendForm | null = null;
  /** What had focus before the wall opened: where focus goes back when it closes (unless `return-focus` says). */
  private previous: Element | null = null;
  /** "Can't pay right now?" and its panel (./wall-offers.ts). */
  private readonly offers: WallOffers;
  /** "How easy was this?" under the thank-you, with `ask-rating` (../../internal/thanks.ts). */
  private readonly rating: RatingQuestion;
  /**
   * "Resume now" in the form's place, for a subscription the customer paused while the merchant keeps
   * access shut (`access: 'deny'`): nothing is owed, so no card to fix. Resumed: the thank-you
   * ("Welcome back", what was paid); declined: the failed status explains itself, with the form.
   */
  private readonly resume: ResumeControl;

  constructor(private readonly host: PaymendWall) {
    this.localize = new LocalizeController(host);
    this.offers = new WallOffers(host, () => this.form);
    this.resume = new ResumeControl(host, ({ status, resumed, receipt }) => {
      if (resumed) this.thank({ status, recovered: false, before: host.validStatus, receipt, resumed });
      else host.status = status;
    });
    this.care = new CareText(host);
    this.rating = new RatingQuestion(host);
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [hostTokens, controlStyles, wallStyles, careStyles]);
  }

  validate(status: Status): Status | null {
    return validateStatus(status, this.host.localName);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.checkClock);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.checkClock);
    clearTimeout(this.timer);
    this.timerFor = null;
    this.removeForm();
    this.offers.close();
  }

  hostUpdate(): void {
    this.armClock();
  }

  hostUpdated(): void {
    const dialog = this.dialog();
    if (!dialog || !this.host.isConnected) return;
    if (dialog !== this.watched) {
      this.watched = dialog;
      this.keepOpen.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    }
    const open = this.translation !== null && this.isOpen();
    if (open && !dialog.open) {
      this.previous = deepActiveElement();
      dialog.showModal();
      this.focusStart();
    } else if (!open && dialog.open) {
      dialog.close();
      // Closing took focus with it (the focused control went with the content): never leave it on <body>.
      returnFocus({ target: this.host.returnFocus, previous: this.previous });
      this.previous = null;
    } else if (open && !this.host.contains(document.activeElement)) {
      // The focused control went away while the wall stays ("Not now" when the grace period ends).
      // Asked of `document.activeElement` (the wall itself while focus is in its shadow root), not of
      // `:focus-within`, which Chromium can report stale right after a focus() in the same update:
      // it would take focus back from the rating's thanks.
      this.focusStart();
    }
    // A paused subscription owes nothing: "Resume now" stands where the form would.
    if (open && !this.thanks && this.host.validStatus?.state !== 'paused') this.ensureForm();
    else this.removeForm();
  }

  private get translation(): Translation | null {
    return this.localize.translation;
  }

  /** Called when a form on the page saved a new payment method. */
  fixed(status: Status, recovered: boolean, receipt: Receipt | null = null): void {
    if (!this.isOpen()) {
      // Fixed while no wall was showing (e.g. with the banner's form): nothing to thank for here.
      this.host.status = status;
      return;
    }
    this.thank({ status, recovered, before: this.host.validStatus, receipt });
  }

  /** The thank-you replaces the wall (a card saved, a pause ended) until "Continue". */
  private thank(thanks: NonNullable<WallView['thanks']>): void {
    this.thanks = thanks;
    this.host.status = thanks.status;
    this.host.requestUpdate();
    // The form that held focus is gone. The heading is a named element that is not the text being
    // announced, so the two are read one after the other, each once: the title, then the thanks.
    void this.host.updateComplete.then(() => this.focusHeading());
  }

  /**
   * One `<dialog>` for the element's whole life, so opening and closing never replaces it (or loses focus).
   *
   * What a screen reader says on opening follows the ARIA APG modal dialog pattern, each text once:
   * the dialog is named by its heading; it has no `aria-describedby`, which the APG leaves out when a
   * dialog holds structure (here a form and links) and which would read the explanation a second
   * time; and focus goes to the explanation (the first paragraph, a static element at the top as the
   * APG suggests when the first control could scroll the text out of view, which it does at high
   * zoom) rather than to the heading, which would repeat the name.
   */
  render() {
    const t = this.translation;
    const open = t !== null && this.isOpen();
    return html`
      <dialog
        part="dialog"
        class="dialog"
        aria-labelledby=${open ? 'title' : nothing}
        lang=${t?.locale ?? nothing}
        dir=${t?.dir ?? nothing}
        @keydown=${this.handleKeydown}
        @cancel=${this.handleCancel}
      >
        ${open ? this.renderContent(t) : nothing}
      </dialog>
    `;
  }

  private renderContent(t: Translation) {
    const m = t.messages;
    const hard = this.effectiveWall() === 'hard';
    const locale = this.localize.requested;
    const care = this.care.translation;
    const thanks =
      this.thanks &&
      (this.thanks.resumed
        ? { title: m['state.updated.title'], body: care.messages['care.resume.done'] }
        : explainUpdate(t, { ...this.thanks, after: this.thanks.status }, { locale }));
    const note = thanks ? null : this.resume.note();
    // After an offer, the wall says what happened (paused until…, welcome back), not the failure it
    // came for: the taken status is the news until "Continue" adopts it.
    const taken = this.offers.taken;
    const status = taken ?? this.host.validStatus!;
    // A hard wall's end date is past: say access is paused rather than "continues until" a past day.
    const explained = thanks ? null : explainStatus(t, hard ? { ...status, access: { wall: 'none', endsAt: null } } : status, { locale });
    const settled = this.offers.settled;
    // What was paid and the next charge (the card's, or the offer's), then "How easy was this?",
    // once per thank-you; counted under the problem that was fixed (the status from before).
    const closing = this.thanks ?? (settled ? taken : null);
    const receipt = closing ? receiptLines(care, this.thanks ? this.thanks.receipt : this.offers.receipt, this.localize.formattingLocale) : [];
    // The guards keep Tab inside: a native modal dialog otherwise lets focus leave to the browser's UI.
    // The heading and the live region stay the same nodes from the wall to the thank-you, only their
    // text changing: the region exists (empty) long before the thanks is written into it.
    return html`<span class="focus-guard" tabindex="0" @focus=${this.wrapToEnd}></span>
      <div part="base" class="base">
        <h2 id="title" part="title" class="title" tabindex="-1">${thanks ? thanks.title : (explained?.title ?? m['state.updated.title'])}</h2>
        ${thanks ? nothing : this.renderWall(m, explained ? explained.body : care.messages['care.resume.done'], this.accessNote(m, status, hard), status.state === 'paused' && !taken ? this.resumeButton(explained!.action) : null)}
        <div part="status${thanks ? ' message' : ''}" class="message live" role="status">${thanks ? thanks.body : note ? careSpan(care, care.messages[note] as string) : ''}${renderReceipt(care, receipt)}</div>
        ${closing ? this.rating.render(care, closing, this.thanks ? this.thanks.before : this.host.validStatus, 'wall') : nothing}
        ${thanks || settled
          ? html`<button part="continue-button" type="button" @click=${this.finish}>${m['wall.continue']}</button>`
          : hard
            ? nothing
            : html`<button part="close-button" type="button" @click=${this.dismiss}>${m['wall.notNow']}</button>`}
      </div>
      <span class="focus-guard" tabindex="0" @focus=${this.wrapToStart}></span>`;
  }

  /**
   * The sentence after the explanation on a hard wall: access is paused until the payment is fixed;
   * for a subscription the customer paused (the merchant's `access: 'deny'`), that the paid features
   * wait for the day billing starts again, which the explanation names. In its catalog's language.
   */
  private accessNote(m: Translation['messages'], status: Status, hard: boolean) {
    if (status.state !== 'paused') return hard ? ` ${m['wall.paused']}` : '';
    const care = this.care.translation;
    // The space inside the span: a lone space between two nodes is dropped from the accessible text.
    return status.access.wall === 'hard' ? careSpan(care, ` ${care.messages['care.pause.noAccess']}`) : '';
  }

  /** The explanation (where focus starts: see `render`), the form, and the merchant's escape hatches. */
  private renderWall(m: Translation['messages'], message: string, note: unknown, resume: unknown) {
    const host = this.host;
    return html`
      <p id="message" part="message" class="message" tabindex="-1">${message}${note}</p>
      ${resume ?? html`${this.offers.slot()} ${this.offers.button()}`}
      <div part="escape-hatches" class="escape-hatches">
        <slot name="logout">${this.link(host.logoutHref, m['wall.logout'])}</slot>
        <slot name="support">${this.supportControl()}</slot>
        <slot name="cancel-subscription">${this.link(host.cancelHref, m['wall.cancelSubscription'])}</slot>
      </div>
    `;
  }

  /** "Resume now" (`label`: the explanation's action; none when the pause is not the customer's to end). */
  private resumeButton(label: string | null) {
    return label ? this.resume.button(label, 'resume-button') : nothing;
  }

  /** The shared "Contact support" (see ../../internal/support.ts): prefilled mail, `paymend-support`, counted. */
  private supportControl() {
    const t = this.translation!;
    return renderSupport(this.host, { t, care: this.care.translation, status: this.host.validStatus, source: 'wall', locale: this.localize.formattingLocale });
  }

  /** An escape hatch's link, or nothing without a web, mail or phone `href` (see `safeLink`). */
  private link(href: string, label: string) {
    return safeLink(href, label, 'paymend-wall');
  }

  // --- State ---------------------------------------------------------------------------------------

  private isOpen(): boolean {
    if (this.thanks || this.offers.taken) return true;
    if (this.finished || !needsWall(this.host.validStatus)) return false;
    return !(this.dismissed && this.effectiveWall() === 'soft');
  }

  private effectiveWall(): 'soft' | 'hard' {
    const access = this.host.validStatus?.access;
    if (access?.wall === 'hard' || this.graceOver) return 'hard';
    const endsAt = access?.endsAt ? Date.parse(access.endsAt) : NaN;
    return !Number.isNaN(endsAt) && this.host.now() >= endsAt ? 'hard' : 'soft';
  }

  /**
   * Schedules the switch to hard for the end of the grace period. The timer is trusted when it fires
   * (a test can fast-forward it); the clock is checked again whenever the page becomes visible, since
   * timers stall while a laptop sleeps.
   */
  private armClock(): void {
    const access = this.host.validStatus?.access;
    const key = access?.wall === 'soft' && access.endsAt && !this.graceOver ? access.endsAt : null;
    if (key === this.timerFor) return;
    clearTimeout(this.timer);
    this.timerFor = key;
    if (!key) return;
    const wait = (remaining: number) => {
      this.timer = setTimeout(
        () => {
          if (remaining > MAX_TIMER_MS) wait(remaining - MAX_TIMER_MS);
          else this.endGrace();
        },
        Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
      );
    };
    wait(Date.parse(key) - this.host.now());
  }

  private checkClock = (): void => {
    if (document.visibilityState === 'visible' && this.effectiveWall() === 'hard' && !this.graceOver) this.endGrace();
  };

  private endGrace(): void {
    this.graceOver = true;
    this.timerFor = null;
    // A wall dismissed during the grace period comes back, now without a way to close it.
    this.dismissed = false;
    this.host.requestUpdate();
  }

  private ensureForm(): void {
    if (this.form) return;
    void loadForm().catch(() => undefined); // A failed download leaves the wall's text and escape hatches.
    // The wall's language, even when it comes from the page: both must speak the same one. "Not now"
    // is the wall's own button, shown only while it may be closed.
    this.form = mountForm(this.host, { lang: this.localize.requested, hideCancel: true });
  }

  private removeForm(): void {
    this.form?.remove();
    this.form = null;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private focusHeading(): void {
    this.host.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  /** The top of the wall: its explanation (see `render`), or the thank-you's heading. */
  private focusStart(): void {
    (this.host.renderRoot.querySelector<HTMLElement>('#message') ?? this.host.renderRoot.querySelector<HTMLElement>('.title'))?.focus();
  }

  // --- Events --------------------------------------------------------------------------------------

  /** Tab past the last control: back to the top, so the next Tab reaches the first control. */
  private wrapToStart = (): void => {
    this.focusStart();
  };

  /** Shift+Tab before the first control: to the last one. */
  private wrapToEnd = (): void => {
    const root = this.host.renderRoot;
    const own = root.querySelector<HTMLElement>('[part~="close-button"], [part~="continue-button"]');
    const hatches = [...root.querySelectorAll<HTMLSlotElement>('.escape-hatches slot')].flatMap((slot) =>
      slot.assignedElements({ flatten: true }),
    ) as HTMLElement[];
    // The form's submit button, or "Resume now" where the form would be (a paused wall).
    const formSubmit = this.form?.shadowRoot?.querySelector<HTMLElement>('[part~="submit-button"]') ?? root.querySelector<HTMLElement>('[part~="resume-button"]');
    const last = own ?? hatches.at(-1) ?? formSubmit;
    if (last) last.focus();
    else this.focusStart();
  };

  /** A hard wall ignores Escape before the dialog even sees it (`keepOpen` is the backstop). */
  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !this.thanks && !this.offers.settled && this.effectiveWall() === 'hard') event.preventDefault();
  };

  private handleCancel = (event: Event): void => {
    // Escape: the dialog would close itself; the wall decides instead.
    event.preventDefault();
    if (this.thanks || this.offers.settled) this.finish();
    else if (this.effectiveWall() === 'soft') this.dismiss();
  };

  /**
   * Reopens a wall that must stay when something closes its dialog anyway: Chrome lets a second
   * Escape through even when `cancel` was prevented, and a script may call `close()`. Watches the
   * `open` attribute rather than the `close` event, which a background tab may deliver late.
   */
  private keepOpen = new MutationObserver(() => {
    const dialog = this.dialog();
    if (dialog && !dialog.open && this.host.isConnected && this.translation && this.isOpen()) dialog.showModal();
  });
  private watched: HTMLDialogElement | null = null;

  private dismiss = (): void => {
    const state = this.host.validStatus?.state;
    if (!state || state === 'ok' || this.effectiveWall() !== 'soft') return;
    if (this.host.emit('paymend-dismiss', { state }, { cancelable: true }).defaultPrevented) return;
    this.dismissed = true;
    this.host.requestUpdate();
    this.host.emit('paymend-after-dismiss', { state });
  };

  private finish = (): void => {
    this.thanks = null;
    // After an offer: the new status decides (a pause that keeps access shut still shows the wall).
    const taken = this.offers.finish();
    if (taken) this.host.status = taken;
    this.finished = !taken || !needsWall(taken);
    this.host.requestUpdate();
  };
}
