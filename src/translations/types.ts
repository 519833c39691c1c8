/**
 * The shape every locale file must satisfy. Keys are stable catalog keys (Lion style), so a later
 * locale or the decline catalog adds keys without renaming any.
 *
 * Messages receive values already formatted for the reader (dates and amounts through `Intl`, see
 * `format.ts`); a message only decides wording and word order, including how sentences join.
 */
export interface Messages {
  /** A card in running text, e.g. "Visa ending in 4242"; `brand` is a display name or `card.generic`. */
  'card.description': (params: { brand: string; last4: string | null }) => string;
  /** Used in place of a brand name when the brand is unknown, e.g. "card". */
  'card.generic': string;
  /** Used for a non-card payment method (bank debit, wallet), e.g. "payment method". */
  'paymentMethod.generic': string;

  'banner.expiring.title': string;
  /** `date` is the expiry month and year, or `null` when unknown. */
  'banner.expiring.message': (params: { card: string; date: string | null }) => string;
  'banner.expired.title': string;
  'banner.expired.message': (params: { card: string; date: string | null }) => string;
  'banner.failed.title': string;
  /** `reason` is a full sentence from the `decline.*` catalog; `amount` is the amount due, if known. */
  'banner.failed.message': (params: { reason: string; amount: string | null }) => string;
  'banner.action_required.title': string;
  'banner.action_required.message': (params: { amount: string | null }) => string;
  /** Label of the button that opens the card form. */
  'banner.updateCard': string;
  /** Accessible name of the icon-only dismiss button. */
  'banner.dismiss': string;

  /** Calm reason shown when a payment was declined and no more specific entry applies. */
  'decline.generic': (params: { card: string | null }) => string;
}

export interface Translation {
  /** BCP 47 tag of the language this file is written in, e.g. `en`, `pt-BR`. */
  readonly locale: string;
  /** Text direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  readonly messages: Messages;
}

export type MessageKey = keyof Messages;
