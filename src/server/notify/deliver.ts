/**
 * At most once per message, across instances, webhook redeliveries and queue retries.
 *
 * Two markers in the shared store, keyed by `message.id` (customer, invoice, step, channel):
 * - "sending": a short lock taken with `ifAbsent`, so two instances never hand the same message to
 *   a transport at the same time;
 * - "sent": a long-lived marker, written after the transport accepted the message and before the
 *   lock is released, so whoever takes the lock next sees it.
 * The lock is taken first and the marker checked under it: checking first would let an instance
 * that read "not sent" a moment before another one finished send it again.
 *
 * The one window left: the process dies after the SMTP server (or provider) accepted the message and
 * before the marker is written. The lock then expires and a retry sends it again. That resend carries
 * the same Message-ID (derived from `message.id`), so mail clients and providers can recognise it.
 */
import type { Logger } from '../options.js';
import type { Store } from '../stores/types.js';
import type { OutgoingMessage, Transport } from './types.js';

/** Long enough to outlive every follow-up and webhook redelivery of an invoice (Stripe retries for ~3-4 weeks). */
export const SENT_MARKER_TTL_MS = 40 * 24 * 3_600_000;
/**
 * Longer than any transport may take (SmtpTransport gives up on a send after 30 s), so a lock never
 * expires under a live sender and its release never frees another sender's lock; a crashed
 * sender's lock frees itself.
 */
export const SENDING_LOCK_TTL_MS = 10 * 60_000;

export type DeliveryResult = 'sent' | 'duplicate';

export interface DeliverOnceInput {
  store: Store;
  transport: Transport;
  message: OutgoingMessage;
  logger?: Logger;
  /** ms since epoch, recorded in the sent marker; default Date.now. */
  now?: () => number;
}

/**
 * Another instance (or an earlier attempt) holds the lock for this message right now. Thrown rather
 * than answered as a duplicate: if that sender dies before it finishes, the queue's retry (after
 * the lock expired) is what still delivers the message.
 */
export class DeliveryInFlightError extends Error {
  constructor(readonly messageId: string) {
    super(`message ${messageId} is being sent by another worker; retry later`);
    this.name = 'DeliveryInFlightError';
  }
}

export const sentKey = (messageId: string) => `notify:sent:${messageId}`;
export const sendingKey = (messageId: string) => `notify:sending:${messageId}`;

/** Sends `message` unless it was sent before: 'sent' or 'duplicate'. A transport failure throws (the queue retries). */
export async function deliverOnce({ store, transport, message, logger, now = Date.now }: DeliverOnceInput): Promise<DeliveryResult> {
  // A cheap read first: redeliveries of an old message never touch the lock.
  if ((await store.getValue(sentKey(message.id))) !== null) return 'duplicate';
  const token = `${now()}:${Math.random().toString(36).slice(2)}`;
  if (!(await store.setValue(sendingKey(message.id), token, SENDING_LOCK_TTL_MS, { ifAbsent: true }))) {
    // Sent in the meantime is a duplicate; still sending is a retry later.
    if ((await store.getValue(sentKey(message.id))) !== null) return 'duplicate';
    throw new DeliveryInFlightError(message.id);
  }
  try {
    if ((await store.getValue(sentKey(message.id))) !== null) {
      await store.deleteValue(sendingKey(message.id));
      return 'duplicate';
    }
  } catch (error) {
    await releaseQuietly(store, message.id);
    throw error;
  }
  try {
    await transport.send(message);
  } catch (error) {
    // Nothing left the building: free the message for the queue's retry.
    await releaseQuietly(store, message.id);
    throw error;
  }
  try {
    await store.setValue(sentKey(message.id), String(now()), SENT_MARKER_TTL_MS);
    await store.deleteValue(sendingKey(message.id));
  } catch (error) {
    // The message went out: a throw would make the queue send it again. The lock stays and expires,
    // which is the crash window above, reported so it is seen.
    logger?.error(`paymend notify: message ${message.id} was sent but could not be marked as sent: ${describe(error)}`, error);
  }
  return 'sent';
}

async function releaseQuietly(store: Store, messageId: string): Promise<void> {
  // If the store itself is failing, the lock expires on its own in SENDING_LOCK_TTL_MS.
  await store.deleteValue(sendingKey(messageId)).catch(() => undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
