/**
 * The merchant's own provider (Postmark, SES, Twilio for SMS…): Paymend composes, dedupes and
 * retries, the hook only hands the message over. A throw is retried with backoff; the hook should
 * pass `message.id` on as the provider's idempotency key where it has one.
 */
import type { NotifyChannel } from '../../../notify/types.js';
import type { OutgoingMessage, Transport } from '../types.js';

export type SendHook = (message: OutgoingMessage) => void | Promise<void>;

export class HookTransport implements Transport {
  constructor(
    readonly channel: NotifyChannel,
    private readonly hook: SendHook,
  ) {
    if (typeof hook !== 'function') throw new TypeError('HookTransport needs a send(message) function');
  }

  async send(message: OutgoingMessage): Promise<void> {
    if (message.channel !== this.channel) throw new TypeError(`this hook sends ${this.channel}, not ${message.channel} (message ${message.id})`);
    await this.hook(message);
  }
}
