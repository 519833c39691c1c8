/**
 * Notifications wired into one handler: the queue (the merchant's, else one that fits the store),
 * the notifier, and the webhook hook. Kept out of handler.ts so the handler stays a table of routes.
 */
import type Stripe from 'stripe';
import type { Status } from '../../protocol/index.js';
import type { ResolvedOptions } from '../options.js';
import { RedisStore } from '../stores/redis.js';
import type { Store } from '../stores/types.js';
import type { Logger } from '../options.js';
import { eventFacts } from './event-facts.js';
import { Notifier, type CustomerContact } from './notifier.js';
import { BullNotifyQueue } from './queue-bullmq.js';
import { MemoryNotifyQueue } from './queue-memory.js';
import type { NotifyChannel } from '../../notify/types.js';
import type { NotifyJob, NotifyQueue } from './types.js';

/** The Stripe events that can start, stop or close a message (the handler also listens to others). */
export const NOTIFY_EVENTS: ReadonlySet<string> = new Set([
  'invoice.payment_failed',
  'invoice.payment_action_required',
  'invoice.upcoming',
  'invoice.paid',
  'invoice.payment_succeeded',
  'invoice.voided',
  'invoice.marked_uncollectible',
  'customer.subscription.updated',
  'customer.subscription.paused',
  'customer.subscription.deleted',
]);

/**
 * Several instances share one Redis: BullMQ on it, under the store's prefix, so follow-ups survive
 * a restart and run once. One instance with the memory store: an in-process scheduler.
 */
export function queueForStore(store: Store, logger: Logger): NotifyQueue {
  if (store instanceof RedisStore) return new BullNotifyQueue({ connection: store.connect(), prefix: store.prefix.replace(/:+$/, '') || 'paymend', logger });
  return new MemoryNotifyQueue({ logger });
}

export interface NotificationDeps {
  options: ResolvedOptions;
  status(customerId: string): Promise<Status>;
  contact(customerId: string): Promise<CustomerContact | null>;
  linkFor(job: NotifyJob, channel: NotifyChannel, locale: string): string | Promise<string>;
  revokeLinks(customerId: string, invoiceId: string): Promise<void>;
}

export interface Notifications {
  notifier: Notifier;
  /** Whether `event` can concern a message (then the handler reads the status fresh and calls `onEvent`). */
  concerns(event: Stripe.Event): boolean;
  onEvent(event: Stripe.Event, customerId: string, status: Status): Promise<void>;
  close(): Promise<void>;
}

export function createNotifications(deps: NotificationDeps): Notifications | null {
  const { options } = deps;
  const notify = options.notify;
  if (!notify) return null;
  const queue = notify.queue ?? queueForStore(options.store, options.logger);
  const notifier = new Notifier({
    notify,
    store: options.store,
    queue,
    logger: options.logger,
    now: options.now,
    status: deps.status,
    contact: deps.contact,
    linkFor: deps.linkFor,
    revokeLinks: deps.revokeLinks,
  });
  notifier.start();
  return {
    notifier,
    concerns: (event) => NOTIFY_EVENTS.has(event.type),
    onEvent: async (event, customerId, status) => {
      const facts = eventFacts(event);
      if (facts) await notifier.onEvent(facts, customerId, status);
    },
    close: () => notifier.close(),
  };
}
