/**
 * The words of the ways out and the closing of the loop (README › Offers, › Support, › Thank-you):
 * the "Can't pay right now?" offers (pause, a cheaper plan), the support handoff, the receipt under
 * the thank-you and the "How easy was this?" question. A catalog of its own, beside the banner's
 * (`../types.ts`), loaded only when one of these shows: the banner's locale chunk stays as small
 * as a failing page needs.
 *
 * Values arrive formatted for the reader (amounts and dates through `Intl`); a message only decides
 * wording and word order. Counts go through `plural()`.
 */
export type BillingInterval = 'day' | 'week' | 'month' | 'year';

export interface CareMessages {
  /** The link or button that opens the offers: "Can't pay right now?". */
  'care.offers.open': string;
  /** Heading of the offers panel. */
  'care.offers.title': string;
  /** One kind sentence under it: there are other ways than leaving. */
  'care.offers.intro': string;
  /** Announced while the offers load. */
  'care.offers.loading': string;
  /** The offers could not be loaded (backend down); nothing changed. */
  'care.offers.error': string;
  /** No offer applies to this subscription now: support can help. */
  'care.offers.none': string;
  /** Button back from the offers, or from a confirmation, to the previous view. */
  'care.back': string;
  /** Heading of the confirmation step, which says exactly what will happen. */
  'care.confirm.title': string;
  /** Announced while the choice is saved with Stripe. */
  'care.working': string;
  /** Saving the choice failed and nothing changed (network, backend): try again. */
  'care.failed': string;
  /** The server refused the offer (policy changed, already used): it is no longer available. */
  'care.refused': string;

  /** Heading of the pause offer. */
  'care.pause.title': string;
  /** Legend of the choice of pause lengths. */
  'care.pause.length': string;
  /** One pause length, e.g. "1 month", "3 months". */
  'care.pause.months': (params: { months: number }) => string;
  /** When billing resumes; `date` is formatted. */
  'care.pause.resumesOn': (params: { date: string }) => string;
  /** Stripe's subscription pause: service and invoices stop until then, nothing is charged. */
  'care.pause.stopsService': string;
  /** A pause of payment collection: the service goes on, nothing is charged until then. */
  'care.pause.keepsService': string;
  /** The merchant keeps the app closed while paused. */
  'care.pause.noAccess': string;
  /** The confirm button; `months` is the chosen length. */
  'care.pause.confirm': (params: { months: number }) => string;
  /** After the pause was made; `date` is when billing resumes. */
  'care.pause.done': (params: { date: string }) => string;

  /** The overdue invoice is voided by the offer: `amount` (formatted) is no longer owed. */
  'care.overdue.void': (params: { amount: string }) => string;
  /** The overdue invoice stays open: `amount` is still owed and will be collected. */
  'care.overdue.leaveOpen': (params: { amount: string }) => string;

  /** Heading of the cheaper-plan offer. */
  'care.plan.title': string;
  /** The customer's plan now; `plan` is its name, `price` from `care.price`. */
  'care.plan.current': (params: { plan: string; price: string }) => string;
  /** Legend of the choice of plans. */
  'care.plan.choose': string;
  /** One plan in the choice: its name and price (from `care.price`). */
  'care.plan.option': (params: { plan: string; price: string }) => string;
  /** Billed now: `amount` is charged today with the card on file, then at every renewal. */
  'care.plan.billNow': (params: { amount: string }) => string;
  /** From the next bill: `amount` is charged at the next renewal, on `date` when known. */
  'care.plan.nextRenewal': (params: { amount: string; date: string | null }) => string;
  /** Stripe's `create_prorations`: the difference for the current period goes on the next invoice. */
  'care.plan.prorate': string;
  /** Stripe's `always_invoice`: the difference for the current period is invoiced (or credited) now. */
  'care.plan.prorateNow': string;
  /** The confirm button; `plan` is the chosen plan's name. */
  'care.plan.confirm': (params: { plan: string }) => string;
  /** After the switch; `plan` is the new plan's name. */
  'care.plan.done': (params: { plan: string }) => string;

  /** A price: `amount` (formatted) every `count` `interval`s, e.g. "$5.00 per month", "$50.00 every 3 months". */
  'care.price': (params: { amount: string; interval: BillingInterval; count: number }) => string;

  /** While "Resume now" is saved. */
  'care.resume.working': string;
  /** After billing resumed. */
  'care.resume.done': string;

  /** The support link or button: "Contact support". */
  'care.support.open': string;
  /** Subject of the prefilled support email. */
  'care.support.subject': string;
  /**
   * Body of the prefilled support email, in plain text with line breaks: what the customer sees
   * (`summary`, the banner's title), the plain reason, the invoice and the amount due, each when
   * known. Never a raw Stripe code or card detail.
   */
  'care.support.body': (params: { summary: string; reason: string | null; invoice: string | null; amount: string | null }) => string;

  /** Under the thank-you: what was paid (`amount`, formatted) today. */
  'care.receipt.paid': (params: { amount: string }) => string;
  /** Under the thank-you: when Stripe next charges; `date` is formatted. */
  'care.receipt.next': (params: { date: string }) => string;

  /** The optional one-question survey: "How easy was this?". */
  'care.rating.question': string;
  /** The five answers, 1 (very hard) to 5 (very easy). */
  'care.rating.1': string;
  'care.rating.2': string;
  'care.rating.3': string;
  'care.rating.4': string;
  'care.rating.5': string;
  /** The button that sends the chosen answer (choosing alone sends nothing: arrow keys choose as they move). */
  'care.rating.send': string;
  /** Announced after an answer. */
  'care.rating.thanks': string;
}

export type CareMessageKey = keyof CareMessages;

export interface CareTranslation {
  /** BCP 47 tag of the language this file is written in. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: CareMessages;
}
