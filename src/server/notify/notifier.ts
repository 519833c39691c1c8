/**
 * The notifier: the I/O around the pure policy. A webhook turns into planned jobs on the queue
 * (`onEvent`, quick: the webhook answers Stripe without waiting for any mail server); a job, when it
 * runs, re-reads the customer's status, checks the message is still true (`stillDue`), composes it
 * per channel in the customer's language and hands it to the channel's transport exactly once
 * (`deliverOnce`). A transport failure throws, so the queue retries the job with backoff; the
 * channels already sent are not sent again.
 */
import type { Status } from '../../protocol/index.js';
import { composeMessage } from '../../notify/compose.js';
import type { ComposeInput, ComposedMessage, NotifyChannel, NotifyStep } from '../../notify/types.js';
import type { Logger } from '../options.js';
import type { Store } from '../stores/types.js';
import { deliverOnce } from './deliver.js';
import type { NotifyEventFacts } from './policy.js';
import { planForEvent, stillDue } from './policy.js';
import type { ResolvedNotifyOptions } from './options.js';
import { NotifyTracking } from './tracking.js';
import type { NotifyJob, NotifyQueue, OutgoingMessage } from './types.js';

/** What the notifier needs to know about a customer to reach them (read from Stripe at send time). */
export interface CustomerContact {
  email: string | null;
  phone: string | null;
  name: string | null;
  /** Stripe's `preferred_locales`, first preferred first. */
  locales: string[];
}

export interface NotifierDeps {
  notify: ResolvedNotifyOptions;
  store: Store;
  queue: NotifyQueue;
  logger: Logger;
  now: () => number;
  /** The customer's status now (from the store, derived on a miss). */
  status(customerId: string): Promise<Status>;
  /** Null when the customer was deleted. */
  contact(customerId: string): Promise<CustomerContact | null>;
  /** The link a message carries: signed for this customer, invoice, step and channel. */
  linkFor(job: NotifyJob, channel: NotifyChannel, locale: string): string | Promise<string>;
  /** An invoice was recovered after a notice: its links stop working. */
  revokeLinks(customerId: string, invoiceId: string): Promise<void>;
}

/** `${customer}:${invoice}:${step}`: one job per customer, invoice and step, across instances. */
export function jobIdOf(job: Pick<NotifyJob, 'customerId' | 'invoiceId' | 'step'>): string {
  return `${job.customerId}:${job.invoiceId ?? 'none'}:${job.step}`;
}

export function messageIdOf(job: NotifyJob, channel: NotifyChannel): string {
  return `${jobIdOf(job)}:${channel}`;
}

/** Where a message on `channel` goes, or null when the customer has no such address. */
function addressOf(contact: CustomerContact, channel: NotifyChannel, customerId: string): string | null {
  if (channel === 'email') return contact.email;
  if (channel === 'sms') return contact.phone && /^\+[1-9]\d{6,14}$/.test(contact.phone.replace(/[\s()-]/g, '')) ? contact.phone.replace(/[\s()-]/g, '') : null;
  return customerId;
}

export class Notifier {
  readonly tracking: NotifyTracking;
  private started = false;

  constructor(private readonly deps: NotifierDeps) {
    this.tracking = new NotifyTracking(deps.store);
  }

  /** Starts running queued jobs (also those planned by other instances, with a shared queue). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.deps.queue.start((job) => this.run(job));
  }

  /**
   * Plans the messages of one webhook event for `customerId`, whose status after the event is `status`.
   * Returns the invoice recovered by it, if any (its links were revoked).
   */
  async onEvent(facts: NotifyEventFacts, customerId: string, status: Status): Promise<string | null> {
    const { notify, queue, now } = this.deps;
    const noticed = facts.invoiceId ? await this.tracking.noticed(customerId, facts.invoiceId) : false;
    const plan = planForEvent(facts, status, notify.cadence, noticed, now());
    if (plan.cancel) await queue.cancel(customerId, plan.cancel);
    for (const planned of plan.jobs) {
      const job: NotifyJob = { customerId, invoiceId: planned.invoiceId, step: planned.step, ...(planned.facts ? { facts: planned.facts } : {}) };
      const delayMs = planned.atMs === undefined ? 0 : Math.max(0, planned.atMs - now());
      await queue.enqueue(job, { jobId: jobIdOf(job), ...(delayMs > 0 ? { delayMs } : {}) });
    }
    if (plan.recovered) {
      await this.tracking.recordRecovery(customerId, plan.recovered);
      await this.deps.revokeLinks(customerId, plan.recovered);
    }
    return plan.recovered;
  }

  /** Runs one job: every configured channel, each at most once. Throws to be retried. */
  async run(job: NotifyJob): Promise<void> {
    const { notify } = this.deps;
    const status = await this.deps.status(job.customerId);
    if (!stillDue(job, status, this.deps.now())) return;
    const contact = await this.deps.contact(job.customerId);
    if (!contact) return;
    const failures: unknown[] = [];
    for (const channel of new Set(notify.channels)) {
      try {
        await this.send(job, channel, status, contact);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, `${failures.length} channels failed for ${jobIdOf(job)}: ${failures.map((e) => (e instanceof Error ? e.message : String(e))).join('; ')}`);
  }

  private async send(job: NotifyJob, channel: NotifyChannel, status: Status, contact: CustomerContact): Promise<void> {
    const { notify, store } = this.deps;
    const id = messageIdOf(job, channel);
    const to = addressOf(contact, channel, job.customerId);
    if (!to) {
      await this.tracking.recordSkip(id, channel, 'no_address');
      return;
    }
    const locale = contact.locales[0] ?? notify.defaultLocale;
    const message = await this.compose(job, channel, status, contact, locale);
    const outgoing: OutgoingMessage = { id, customerId: job.customerId, invoiceId: job.invoiceId, step: job.step, channel, to, message };
    const transport = notify.transports[channel]!;
    const result = await deliverOnce({ store, transport, message: outgoing, logger: this.deps.logger, now: this.deps.now });
    if (result === 'sent') await this.tracking.recordSend(job.customerId, job.invoiceId, channel, job.step);
  }

  private async compose(job: NotifyJob, channel: NotifyChannel, status: Status, contact: CustomerContact, locale: string): Promise<ComposedMessage> {
    const { notify } = this.deps;
    const paid = job.facts?.paid;
    const input: ComposeInput = {
      step: job.step as NotifyStep,
      channel,
      status,
      locale,
      link: await this.deps.linkFor(job, channel, locale),
      merchant: { name: notify.from.name, supportUrl: notify.support.url ?? null, supportEmail: notify.support.email ?? null },
      customerName: contact.name,
      recovered: paid
        ? {
            amount: { value: paid.amount, currency: paid.currency },
            paidAt: new Date(paid.paidAtMs).toISOString(),
            nextChargeAt: paid.nextChargeAtMs === null ? null : new Date(paid.nextChargeAtMs).toISOString(),
          }
        : null,
      ...(job.facts?.chargeAtMs === undefined ? {} : { nextChargeAt: new Date(job.facts.chargeAtMs).toISOString() }),
      now: this.deps.now(),
    };
    return notify.compose ? notify.compose(input) : composeMessage(input);
  }

  async close(): Promise<void> {
    await this.deps.queue.close();
    const transports = new Set(Object.values(this.deps.notify.transports));
    await Promise.all([...transports].map((t) => (t as { close?: () => Promise<void> }).close?.()));
  }
}
