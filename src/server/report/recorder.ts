/**
 * Feeds the recovery ledger from what the handler sees: Stripe's webhooks, `/complete`, the widget's
 * beacons, the payment form being loaded, the notifier's sends and link opens, and the ways out (offers
 * shown and taken, a pause resumed, support opened, a rating). Each method writes
 * facts once (the ledger keeps the first write of each field), and none ever throws: a ledger that
 * cannot be written is logged, and the request or webhook it came with goes on as if it had been.
 */
import type Stripe from 'stripe';
import { entryFor } from '../../explain/codes.js';
import type { ReportChannel } from '../../protocol/report.js';
import type { Logger } from '../options.js';
import type { Store } from '../stores/types.js';
import { failedAttempt, payingMethod } from './invoice-payments.js';
import {
  FIELD,
  SUPPORT_SOURCES,
  completedValue,
  failureFields,
  lostValue,
  paidValue,
  ratingEntryId,
  ratingValue,
  type CompletedFact,
  type FailureFact,
  type LostFact,
  type PaidFact,
  type SupportSource,
} from './ledger-record.js';
import type { LedgerStore } from './ledger-store.js';
import { refIdOf } from '../stripe-shapes.js';

export interface RecorderDeps {
  ledger: LedgerStore;
  stripe: Stripe;
  /** Timeout and retries for the Stripe reads, as the gateway uses them. */
  request: Stripe.RequestOptions;
  logger: Logger;
  now: () => number;
  /**
   * Where the invoice a customer just recovered is noted for their rating (the handler's store, so
   * every instance sees it); without it a rating after a fix relies on the invoice the widget names.
   */
  notes?: Pick<Store, 'setValue' | 'getValue'>;
}

/**
 * How long after a fix a rating still counts for the invoice it fixed. The thank-you stays until the
 * customer closes it (no time limit on reading it), so an answer may come a while later; past a day
 * it is more likely about something else, and is kept as a rating of its own.
 */
export const RATING_WINDOW_MS = 86_400_000;
const recoveredKey = (customerId: string) => `report:recovered-invoice:${customerId}`;

interface LooseInvoice {
  id?: string;
  object?: string;
  amount_due?: number;
  amount_paid?: number;
  currency?: string;
  attempt_count?: number;
  paid_out_of_band?: boolean;
  status_transitions?: { paid_at?: number | null; voided_at?: number | null; marked_uncollectible_at?: number | null };
}

interface LooseSubscription {
  object?: string;
  status?: string;
  latest_invoice?: string | { id?: string } | null;
}

const INVOICE_ID = /^in_[A-Za-z0-9]{1,250}$/;
const seconds = (value: number | null | undefined, fallbackMs: number) => (typeof value === 'number' ? value * 1000 : fallbackMs);

export class RecoveryRecorder {
  constructor(private readonly deps: RecorderDeps) {}

  private async safely(what: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.deps.logger.error(`recovery ledger: recording ${what} failed`, error);
    }
  }

  /** The facts a webhook carries: a first failure, a payment, or a loss. */
  async webhook(event: Stripe.Event, customerId: string): Promise<void> {
    const object = event.data.object as LooseInvoice & LooseSubscription;
    const at = event.created * 1000;
    if (object.object === 'invoice' && typeof object.id === 'string' && INVOICE_ID.test(object.id)) {
      const invoice = object as LooseInvoice & { id: string };
      if (event.type === 'invoice.payment_failed') await this.safely('a failure', () => this.failure(invoice, customerId, at));
      else if (event.type === 'invoice.paid' || event.type === 'invoice.payment_succeeded') await this.safely('a payment', () => this.paid(invoice, at));
      else if (event.type === 'invoice.voided') await this.safely('a loss', () => this.lost(invoice.id, { at: seconds(invoice.status_transitions?.voided_at, at), reason: 'voided' }));
      else if (event.type === 'invoice.marked_uncollectible') {
        await this.safely('a loss', () => this.lost(invoice.id, { at: seconds(invoice.status_transitions?.marked_uncollectible_at, at), reason: 'uncollectible' }));
      }
      return;
    }
    if (object.object !== 'subscription') return;
    // A subscription that ends (or is left unpaid) loses the invoice it was failing on: its latest.
    const reason = event.type === 'customer.subscription.deleted' ? 'subscription_canceled' : object.status === 'unpaid' ? 'subscription_unpaid' : null;
    if (!reason || (event.type !== 'customer.subscription.deleted' && event.type !== 'customer.subscription.updated')) return;
    const latest = refIdOf(object.latest_invoice);
    if (latest && INVOICE_ID.test(latest)) await this.safely('a loss', () => this.lost(latest, { at, reason }));
  }

  private async failure(invoice: LooseInvoice & { id: string }, customerId: string, at: number): Promise<void> {
    const attempt = await failedAttempt(this.deps.stripe, invoice.id, this.deps.request);
    const fact: FailureFact = {
      customerId,
      at,
      amount: Math.max(0, Math.trunc(invoice.amount_due ?? 0)),
      currency: /^[a-z]{3}$/i.test(invoice.currency ?? '') ? invoice.currency!.toLowerCase() : 'xxx',
      code: attempt.code,
      declineCode: attempt.declineCode,
      adviceCode: attempt.adviceCode,
      category: entryFor(attempt.code, attempt.declineCode),
      paymentMethodType: attempt.paymentMethodType,
      paymentMethodId: attempt.paymentMethodId,
    };
    await this.deps.ledger.write(invoice.id, failureFields(fact), { index: { failureField: FIELD.failure, failedAt: at } });
  }

  private async paid(invoice: LooseInvoice & { id: string }, at: number): Promise<void> {
    // Paid on its first attempt, it never failed: no Stripe read for the healthy renewals.
    const outOfBand = invoice.paid_out_of_band === true;
    if (!outOfBand && (invoice.attempt_count ?? 0) < 2) return;
    const fact: PaidFact = {
      at: seconds(invoice.status_transitions?.paid_at, at),
      amount: Math.max(0, Math.trunc(invoice.amount_paid ?? invoice.amount_due ?? 0)),
      outOfBand,
      paymentMethodId: outOfBand ? null : await payingMethod(this.deps.stripe, invoice.id, this.deps.request),
    };
    await this.deps.ledger.write(invoice.id, { [FIELD.paid]: paidValue(fact) }, { ifFailed: FIELD.failure });
  }

  private async lost(invoiceId: string, fact: LostFact): Promise<void> {
    await this.deps.ledger.write(invoiceId, { [FIELD.lost]: lostValue(fact) }, { ifFailed: FIELD.failure });
  }

  /**
   * `/complete` paid these invoices: from the signed-in app, or from the hosted page a link opened.
   * With the customer, the first is noted as the one they just recovered, for the rating that may
   * follow (`ratedInvoice`).
   */
  async completed(paid: readonly { id: string; amount: number }[], how: CompletedFact['how'], customerId?: string): Promise<void> {
    for (const invoice of paid) {
      if (!INVOICE_ID.test(invoice.id)) continue;
      const fact: CompletedFact = { at: this.deps.now(), amount: invoice.amount, how };
      await this.safely('a fix', () => this.deps.ledger.write(invoice.id, { [FIELD.completed]: completedValue(fact) }, { ifFailed: FIELD.failure }));
    }
    const recovered = paid.find((invoice) => INVOICE_ID.test(invoice.id));
    if (recovered && customerId) await this.noteForRating(customerId, recovered.id);
  }

  /** Notes the invoice this customer's problem was just settled on, for the rating that may follow (`ratedInvoice`). */
  private async noteForRating(customerId: string, invoiceId: string): Promise<void> {
    const notes = this.deps.notes;
    if (!notes || !INVOICE_ID.test(invoiceId)) return;
    await this.safely('the recovered invoice', async () => void (await notes.setValue(recoveredKey(customerId), invoiceId, RATING_WINDOW_MS)));
  }

  /** A notice went out (the transport accepted it), or the banner was shown (`step` = the state it showed). */
  async sent(invoiceId: string | null, channel: ReportChannel, step: string): Promise<void> {
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return;
    await this.safely('a notice', () => this.deps.ledger.write(invoiceId, { [FIELD.sent(channel, step)]: String(this.deps.now()) }));
  }

  /** A notice's link was opened, or the banner's form (`channel` banner). */
  async opened(invoiceId: string | null, channel: ReportChannel, step: string): Promise<void> {
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return;
    await this.safely('an open', () => this.deps.ledger.write(invoiceId, { [FIELD.opened(channel, step)]: String(this.deps.now()) }));
  }

  /** The payment form was loaded for this invoice (a SetupIntent was created). */
  async formOpened(invoiceId: string | null): Promise<void> {
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return;
    await this.safely('a form open', () => this.deps.ledger.write(invoiceId, { [FIELD.formOpened]: String(this.deps.now()) }));
  }

  /** A fact of a way out, once per invoice (first write wins). */
  private async stamp(invoiceId: string | null, what: string, field: string): Promise<void> {
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return;
    await this.safely(what, () => this.deps.ledger.write(invoiceId, { [field]: String(this.deps.now()) }));
  }

  /** The "Can't pay right now?" panel was opened (beacon `offers_shown`), once per invoice and once per source. */
  async offersShown(invoiceId: string | null, source?: string): Promise<void> {
    const known = SUPPORT_SOURCES.includes(source as SupportSource) ? (source as SupportSource) : 'unknown';
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return;
    const now = String(this.deps.now());
    await this.safely('offers shown', () => this.deps.ledger.write(invoiceId, { [FIELD.offersShown]: now, [FIELD.offersShownFrom(known)]: now }));
  }

  /** An offer was taken: called by the server once Stripe accepted the pause or the plan change. */
  async offerTaken(invoiceId: string | null, kind: 'pause' | 'change_plan', customerId?: string): Promise<void> {
    await this.stamp(invoiceId, 'an offer taken', kind === 'pause' ? FIELD.paused : FIELD.planChanged);
    // The thank-you after an offer may ask "How easy was this?": its answer counts for this invoice.
    if (invoiceId && customerId) await this.noteForRating(customerId, invoiceId);
  }

  /** The customer ended a pause (`/resume` succeeded, or the pause's day came). */
  async resumed(invoiceId: string | null, customerId?: string): Promise<void> {
    await this.stamp(invoiceId, 'a resume', FIELD.resumed);
    if (invoiceId && customerId) await this.noteForRating(customerId, invoiceId);
  }

  /** Support was opened (beacon `support_opened`), once per invoice and source. */
  async supportOpened(invoiceId: string | null, source: string | undefined): Promise<void> {
    const known = SUPPORT_SOURCES.includes(source as SupportSource) ? (source as SupportSource) : 'unknown';
    await this.stamp(invoiceId, 'support opened', FIELD.support(known));
  }

  /**
   * "How easy was this?" answered (beacon `rated`). With an invoice, its first rating is kept. Without
   * one (an expiring card updated before anything failed), with the customer, the rating is an entry
   * of its own, once per customer and UTC day (see `ratingEntryId`); with neither, nothing to key it
   * by, so nothing is recorded (the store's `events.rated.<n>` counters still count it).
   */
  async rated(invoiceId: string | null, rating: number, customerId?: string): Promise<void> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return;
    const at = this.deps.now();
    const value = ratingValue({ at, rating });
    if (invoiceId && INVOICE_ID.test(invoiceId)) {
      await this.safely('a rating', () => this.deps.ledger.write(invoiceId, { [FIELD.rating]: value }));
      return;
    }
    if (!customerId) return;
    const id = ratingEntryId(customerId, at);
    await this.safely('a rating', () => this.deps.ledger.write(id, { [FIELD.rating]: value }, { index: { failureField: FIELD.rating, failedAt: at } }));
  }

  /**
   * The invoice a rating after the fix belongs to (the status no longer shows a failing one): the one
   * this customer recovered within `RATING_WINDOW_MS`, as the server noted it, else the one the widget
   * names if Stripe says it is this customer's, else null (a rating of its own).
   */
  async ratedInvoice(customerId: string, named: string | null | undefined): Promise<string | null> {
    const noted = await this.deps.notes?.getValue(recoveredKey(customerId)).catch((error: unknown) => {
      this.deps.logger.error('recovery ledger: reading the recovered invoice failed', error);
      return null;
    });
    if (noted && INVOICE_ID.test(noted)) return noted;
    return this.invoiceOfCustomer(named, customerId);
  }

  /**
   * The invoice a beacon names, when it is this customer's (one Stripe read); else null. A rating comes
   * after the fix, when the status no longer shows a failing invoice, so the widget names the one it
   * fixed; the browser's word is checked, never taken.
   */
  async invoiceOfCustomer(invoiceId: string | null | undefined, customerId: string): Promise<string | null> {
    if (!invoiceId || !INVOICE_ID.test(invoiceId)) return null;
    try {
      const invoice = await this.deps.stripe.invoices.retrieve(invoiceId, {}, this.deps.request);
      return refIdOf(invoice.customer) === customerId ? invoiceId : null;
    } catch {
      return null;
    }
  }
}
