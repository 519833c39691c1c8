/**
 * What each notice achieved: sends, link opens and recoveries, by channel and step, in the store the
 * merchant already runs. Counting rules (docs/merchant/notifications.md, "What each notice achieved"):
 *  - a send is counted when the transport accepted the message (once per message id);
 *  - an open is counted once per invoice, channel and step, however often the link is opened;
 *  - a recovery is attributed once per invoice: to the link that was used, else to the last
 *    message sent before it; a recovery with no notice sent is not attributed to notifications;
 *  - a channel skipped for want of an address is counted once per message id.
 * Storage is bounded: counters are a fixed set of names; per-invoice records expire after RETAIN_MS.
 */
import type { Store } from '../stores/types.js';
import type { NotifyChannel, NotifyStep } from '../../notify/types.js';

/** How long the per-invoice records live: past Stripe's longest retry schedule and a grace period. */
export const RETAIN_MS = 60 * 86_400_000;

export interface NotificationStats {
  /** Counted by `channel.step`, e.g. `email.failed`. */
  sent: Record<string, number>;
  opened: Record<string, number>;
  /** Recoveries by the `channel.step` they are attributed to. */
  recovered: Record<string, number>;
  /** Messages not sent by `channel.reason` (`email.no_address`). */
  skipped: Record<string, number>;
}

type Via = `${NotifyChannel}.${NotifyStep}`;

export class NotifyTracking {
  /** Told of each send once it is counted (the recovery ledger: src/server/report/recorder.ts). */
  onSend?: (customerId: string, invoiceId: string | null, channel: NotifyChannel, step: NotifyStep) => Promise<void>;

  constructor(private readonly store: Store) {}

  private invoiceKey(kind: string, customerId: string, invoiceId: string | null): string {
    return `notify:${kind}:${customerId}:${invoiceId ?? 'none'}`;
  }

  async recordSend(customerId: string, invoiceId: string | null, channel: NotifyChannel, step: NotifyStep): Promise<void> {
    await this.store.setValue(this.invoiceKey('last', customerId, invoiceId), `${channel}.${step}`, RETAIN_MS);
    await this.store.count({ [`notify.sent.${channel}.${step}`]: 1 });
    await this.onSend?.(customerId, invoiceId, channel, step);
  }

  /** Whether any notice went out about this invoice (a thank-you closes only an opened loop). */
  async noticed(customerId: string, invoiceId: string): Promise<boolean> {
    return (await this.store.getValue(this.invoiceKey('last', customerId, invoiceId))) !== null;
  }

  async recordOpen(customerId: string, invoiceId: string | null, channel: NotifyChannel, step: NotifyStep): Promise<void> {
    const via: Via = `${channel}.${step}`;
    await this.store.setValue(this.invoiceKey('used', customerId, invoiceId), via, RETAIN_MS);
    if (await this.store.claimOnce(`${this.invoiceKey('opened', customerId, invoiceId)}:${via}`, RETAIN_MS)) {
      await this.store.count({ [`notify.opened.${via}`]: 1 });
    }
  }

  /** Attributes a recovered invoice once; returns what it was attributed to, or null. */
  async recordRecovery(customerId: string, invoiceId: string): Promise<string | null> {
    const used = await this.store.getValue(this.invoiceKey('used', customerId, invoiceId));
    const via = used ?? (await this.store.getValue(this.invoiceKey('last', customerId, invoiceId)));
    if (!via) return null;
    if (!(await this.store.claimOnce(this.invoiceKey('attributed', customerId, invoiceId), RETAIN_MS))) return null;
    await this.store.count({ [`notify.recovered.${via}`]: 1 });
    return via;
  }

  async recordSkip(messageId: string, channel: NotifyChannel, reason: 'no_address' | 'stale'): Promise<void> {
    if (await this.store.claimOnce(`notify:skipped:${messageId}`, RETAIN_MS)) await this.store.count({ [`notify.skipped.${channel}.${reason}`]: 1 });
  }
}

/** The notification counters of `store.counters()`, grouped. */
export function notificationStats(counters: Record<string, number>): NotificationStats {
  const stats: NotificationStats = { sent: {}, opened: {}, recovered: {}, skipped: {} };
  for (const [name, value] of Object.entries(counters)) {
    const match = /^notify\.(sent|opened|recovered|skipped)\.(.+)$/.exec(name);
    if (match) stats[match[1] as keyof NotificationStats][match[2]!] = value;
  }
  return stats;
}
