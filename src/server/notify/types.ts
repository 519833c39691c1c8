/**
 * The server side of notifications: what is sent to whom, through which transport, from which queue.
 * Each piece lives in its own file beside this one (links.ts, queue-*.ts, transports/*, policy.ts).
 */
import type { ComposedMessage, NotifyChannel, NotifyStep } from '../../notify/types.js';

/**
 * One message for one recipient. `id` is `${customerId}:${invoiceId ?? 'none'}:${step}:${channel}`:
 * the key that makes "at most once per customer, invoice and step" hold across instances and redeliveries.
 */
export interface OutgoingMessage {
  id: string;
  customerId: string;
  invoiceId: string | null;
  step: NotifyStep;
  channel: NotifyChannel;
  /** An email address or an E.164 phone number. */
  to: string;
  message: ComposedMessage;
}

/** Sends one message; throws to have it retried (with backoff) later. */
export interface Transport {
  readonly channel: NotifyChannel;
  send(message: OutgoingMessage): Promise<void>;
  /** Releases connections (an SMTP pool); called when the handler closes. */
  close?(): Promise<void>;
}

/** A job the queue runs: compose and send the message of one step, or do nothing if the status moved on. */
export interface NotifyJob {
  customerId: string;
  invoiceId: string | null;
  step: NotifyStep;
  /** What the event said that the status will not (plain JSON: jobs are stored in Redis). */
  facts?: JobFacts;
}

export interface JobFacts {
  /** `expiring`: when the card will be charged (ms since epoch). */
  chargeAtMs?: number;
  /** `recovered`: what was paid, when, and when the next charge is. */
  paid?: { amount: number; currency: string; paidAtMs: number; nextChargeAtMs: number | null };
}

export interface EnqueueOptions {
  /** Unique per customer, invoice and step: a second enqueue with the same id is a no-op. */
  jobId: string;
  /** Run no earlier than this many ms from now (follow-ups). */
  delayMs?: number;
}

/**
 * Delayed, durable, at-most-once jobs: BullMQ on the merchant's Redis for several instances, an
 * in-process scheduler with the memory store. Failures are retried with backoff by the queue.
 */
export interface NotifyQueue {
  /** True when the job was added, false when a job with this id exists or already ran. */
  enqueue(job: NotifyJob, options: EnqueueOptions): Promise<boolean>;
  /** Removes the pending jobs of a customer's invoice (recovered, voided, cancelled). */
  cancel(customerId: string, invoiceId: string | null): Promise<number>;
  /** Starts running jobs with `run`; a throw retries the job with backoff. */
  start(run: (job: NotifyJob) => Promise<void>): void;
  close(): Promise<void>;
}
