/**
 * The closing of the loop under every thank-you (the form's, the banner's): what was paid and when
 * the next charge is (from `/complete`'s `receipt`), and the optional one-question "How easy was
 * this?". Absent receipt (a server from before it): nothing is added, the thank-you reads as before.
 *
 * The question is a `<form>` with a fieldset of five radios named by its legend, and a send button:
 * choosing alone sends nothing, since arrow keys move through a radio group by choosing each option
 * in turn (and a change of a setting must not change the page, WCAG 3.2.2). Enter on a radio sends,
 * as in any form. Once sent, one thank-you sentence replaces the question inside the same group,
 * which takes focus if focus was in the form: a screen reader says the group's name (the question)
 * once, and the live region inside it the thanks once.
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Receipt, Status } from '../protocol/index.js';
import type { CareTranslation } from '../translations/care/index.js';
import { formatAmount, formatDate } from '../translations/format.js';
import { sendBeacon } from './beacon.js';
import type { PaymendElement } from './paymend-element.js';
import type { SupportSource } from './support.js';

export type Rating = 1 | 2 | 3 | 4 | 5;
const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** Pure: the receipt's sentences, one per payment taken, then the next charge; none without a receipt. */
export function receiptLines(care: CareTranslation, receipt: Receipt | null | undefined, locale: string): string[] {
  if (!receipt) return [];
  const lines: string[] = [];
  for (const payment of receipt.paid) {
    const amount = formatAmount(locale, payment.amount, payment.currency);
    if (amount) lines.push(care.messages['care.receipt.paid']({ amount }));
  }
  const date = formatDate(locale, receipt.nextChargeAt);
  if (date) lines.push(care.messages['care.receipt.next']({ date }));
  return lines;
}

/** The receipt as paragraphs (`part="receipt"`), in the care catalog's language. */
export function renderReceipt(care: CareTranslation, lines: string[]): TemplateResult | typeof nothing {
  if (lines.length === 0) return nothing;
  return html`${lines.map((line) => html`<p part="receipt" class="receipt" lang=${care.locale} dir=${care.dir}>${line}</p>`)}`;
}

export interface RatingOwner extends PaymendElement {
  readonly endpoint: string;
  /** The merchant asks "How easy was this?" under the thank-you. */
  readonly askRating: boolean;
}

/** The question's state for one element; `render` with the identity of the thank-you it sits under. */
export class RatingQuestion implements ReactiveController {
  /** The thank-you the question belongs to: a new one asks again (once per thank-you). */
  private thanksKey: unknown = null;
  private answered: Rating | null = null;
  private focusThanks = false;

  constructor(private readonly owner: RatingOwner) {
    owner.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusThanks) return;
    this.focusThanks = false;
    this.owner.renderRoot.querySelector<HTMLElement>('.rating')?.focus();
  }

  /** The question, or the thanks once answered; nothing unless `ask-rating` is set. */
  render(care: CareTranslation, thanks: object, status: Status | null, source: SupportSource): TemplateResult | typeof nothing {
    if (!this.owner.askRating) return nothing;
    if (thanks !== this.thanksKey) {
      this.thanksKey = thanks;
      this.answered = null;
    }
    const m = care.messages;
    const send = (event: SubmitEvent): void => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const value = Number(new FormData(form).get('rating'));
      const rating = RATINGS.find((r) => r === value);
      if (!rating || this.answered) return;
      this.answered = rating;
      this.focusThanks = form.matches(':focus-within');
      if (status) sendBeacon(this.owner.endpoint, 'rated', status, { rating, source });
      this.owner.emit('paymend-rated', { rating });
      this.owner.requestUpdate();
    };
    // The group and its live region stay the same nodes from the question to the thanks.
    return html`<div part="rating" class="rating" role="group" aria-labelledby="rating-question" tabindex="-1" lang=${care.locale} dir=${care.dir}>
      ${this.answered
        ? html`<span id="rating-question" class="visually-hidden">${m['care.rating.question']}</span>`
        : html`<form class="rating-form" @submit=${send}>
            <fieldset>
              <legend id="rating-question">${m['care.rating.question']}</legend>
              <div class="rating-options">
                ${RATINGS.map(
                  (rating) => html`<label class="rating-option"><input type="radio" name="rating" value=${rating} required />${m[`care.rating.${rating}`]}</label>`,
                )}
              </div>
              <button part="rating-button" type="submit">${m['care.rating.send']}</button>
            </fieldset>
          </form>`}
      <p class="rating-thanks" role="status">${this.answered ? m['care.rating.thanks'] : ''}</p>
    </div>`;
  }
}

/** Styles of the receipt, the question and the support control; logical properties only (RTL). */
export const careStyles = css`
  .receipt {
    margin-block: calc(var(--paymend-spacing, 0.25rem) * 2) 0;
  }
  .rating {
    margin-block-start: calc(var(--paymend-spacing, 0.25rem) * 3);
  }
  .rating:focus {
    outline: none;
  }
  .rating:focus-visible {
    outline: var(--paymend-focus-ring, 2px solid currentColor);
    outline-offset: 2px;
  }
  .rating fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .rating legend {
    padding: 0;
    font-weight: 600;
  }
  .rating-options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--paymend-spacing, 0.25rem) * 2) calc(var(--paymend-spacing, 0.25rem) * 4);
    margin-block: calc(var(--paymend-spacing, 0.25rem) * 2);
  }
  .rating-option {
    display: inline-flex;
    align-items: center;
    gap: var(--paymend-spacing, 0.25rem);
    min-block-size: 24px;
  }
  .rating-thanks:empty {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .support {
    color: inherit;
  }
`;
