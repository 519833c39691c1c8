/**
 * One ticket per customer and offer while it is being taken and for a day after, in the shared
 * store: what makes a double submit take the offer once and answer both submits alike.
 *
 * Why not Stripe's idempotency keys alone: they make each write happen once, but the second of two
 * concurrent submits may read Stripe after the first voided the invoice, and would then be refused
 * ("not failing") although it asked for exactly what was done. So the first submit opens a ticket
 * (atomically, before any write); a submit that finds one for the same choice waits for it and
 * answers as it did, and an identical submit after success answers 200 with the current status.
 */
import type { Receipt } from '../../protocol/index.js';
import type { Store } from '../stores/types.js';

export type TicketKind = 'pause' | 'change_plan' | 'resume';

export interface Ticket {
  /** The choice asked for (`3` months, a price id, `now`): a different one is a new request. */
  choice: string;
  /** The idempotency key prefix of every Stripe write this take makes. */
  key: string;
  /**
   * `confirming`: the bank asked the customer to confirm; a repeat of the choice continues the take.
   * `partial`: a take that stopped after a Stripe write (a pause whose overdue invoice was voided,
   * then the pause call failed): the status no longer says failing, so a retry finishes it anyway.
   */
  state: 'pending' | 'confirming' | 'partial' | 'done';
  /** The subscription the take concerns: a take continuing after the bank's confirmation may no longer find it in the status. */
  subscriptionId?: string | null;
  /** The invoice failing when the take began (a pause may void it before it is done): the report's fact. */
  invoiceId?: string | null;
  receipt?: Receipt;
}

/**
 * The store key naming the invoice a customer's pause was taken on (a pause usually voids it): every
 * resume (Resume now, the status read on the day, the daily sweep) is reported for that invoice.
 */
export const pausedInvoiceKey = (customerId: string): string => `offers:paused-invoice:${customerId}`;

/** A take that has not finished in this long crashed: its ticket lapses, and a retry starts afresh (same keys). */
const PENDING_MS = 2 * 60_000;
/** Stripe keeps idempotent answers for 24 hours; a repeat within a day answers as the first did. */
const DONE_MS = 24 * 3_600_000;
/** How long a concurrent submit waits for the first to finish: a take is a few Stripe calls. */
const WAIT_MS = 30_000;
const POLL_MS = 100;

export class OfferTickets {
  constructor(private readonly store: Store) {}

  private name(customerId: string, kind: TicketKind): string {
    return `offer-ticket:${kind}:${customerId}`;
  }

  async get(customerId: string, kind: TicketKind): Promise<Ticket | null> {
    const raw = await this.store.getValue(this.name(customerId, kind));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Ticket;
    } catch {
      return null;
    }
  }

  /** Opens the ticket; false when another submit holds one (then read it and decide). */
  open(customerId: string, kind: TicketKind, ticket: Omit<Ticket, 'state'>): Promise<boolean> {
    return this.store.setValue(this.name(customerId, kind), JSON.stringify({ ...ticket, state: 'pending' }), PENDING_MS, { ifAbsent: true });
  }

  async done(customerId: string, kind: TicketKind, ticket: Omit<Ticket, 'state'>): Promise<void> {
    await this.store.setValue(this.name(customerId, kind), JSON.stringify({ ...ticket, state: 'done' }), DONE_MS);
  }

  async confirming(customerId: string, kind: TicketKind, ticket: Omit<Ticket, 'state'>): Promise<void> {
    await this.store.setValue(this.name(customerId, kind), JSON.stringify({ ...ticket, state: 'confirming' }), DONE_MS);
  }

  /** The take wrote to Stripe and must be finished by a retry if what follows fails. */
  async partial(customerId: string, kind: TicketKind, ticket: Omit<Ticket, 'state'>): Promise<void> {
    await this.store.setValue(this.name(customerId, kind), JSON.stringify({ ...ticket, state: 'partial' }), DONE_MS);
  }

  /** A take that failed or was declined: nothing was done that a repeat should answer for. */
  drop(customerId: string, kind: TicketKind): Promise<void> {
    return this.store.deleteValue(this.name(customerId, kind));
  }

  /**
   * Waits while another submit of the same choice is taking the offer: its ticket once done, or
   * null when it failed (dropped) or lapsed, so the caller may try itself.
   */
  async settled(customerId: string, kind: TicketKind, choice: string): Promise<Ticket | null> {
    for (let waited = 0; waited < WAIT_MS; waited += POLL_MS) {
      const ticket = await this.get(customerId, kind);
      // `partial` is waited on like `pending`: a concurrent submit is past its first write and still going.
      if (!ticket || ticket.choice !== choice || ticket.state === 'confirming') return null;
      if (ticket.state === 'done') return ticket;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return null;
  }
}
