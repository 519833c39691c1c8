/**
 * Notifications in the demo, wired as a merchant would: the `notify` option of `createHandler` with
 * a real SMTP transport (to the demo's own SMTP server on 127.0.0.1) and a hook transport for SMS.
 * What arrives lands in one outbox: the email as the SMTP server received and parsed it, the SMS as
 * the hook was handed it.
 */
import { MemoryNotifyQueue } from '../../src/server/notify/queue-memory.js';
import type { NotifyOptions } from '../../src/server/notify/options.js';
import { HookTransport } from '../../src/server/notify/transports/hook.js';
import { SmtpTransport, messageIdFor } from '../../src/server/notify/transports/smtp.js';
import type { OutgoingMessage, Transport } from '../../src/server/notify/types.js';
import type { Logger } from '../../src/server/options.js';
import type { DemoClock } from './clock.js';
import { Outbox } from './outbox.js';
import { startSmtpInbox, type ReceivedEmail, type SmtpInbox } from './smtp-inbox.js';

export const DEMO_FROM = { name: 'Acme Analytics', email: 'billing@acme.example' } as const;
export const DEMO_SUPPORT_EMAIL = 'help@acme.example';

export interface DemoNotify {
  outbox: Outbox;
  inbox: SmtpInbox;
  /**
   * The `notify` option for one handler. Each handler gets its own in-process queue (a queue runs one
   * notifier); all of them run on the demo clock and share the store, where "sent" is recorded.
   */
  optionsFor(): NotifyOptions;
  close(): Promise<void>;
}

export interface DemoNotifyInput {
  /** The demo's origin: links point at its hosted page, and the page loads the widget from it. */
  origin: string;
  clock: DemoClock;
  logger?: Logger;
}

/**
 * The SMTP transport, and then the outbox entry from what the SMTP server received: found by its
 * Message-ID, which the transport derives from the message id. Reading it after the send resolves is
 * safe: the server answers 250 only once it parsed and kept the mail.
 */
class OutboxEmailTransport implements Transport {
  readonly channel = 'email' as const;
  constructor(
    private readonly smtp: SmtpTransport,
    private readonly inbox: SmtpInbox,
    private readonly outbox: Outbox,
  ) {}

  async send(message: OutgoingMessage): Promise<void> {
    const before = this.inbox.messages.length;
    await this.smtp.send(message);
    const arrived = this.findArrived(message, before);
    if (!arrived) throw new Error(`the demo's SMTP server accepted message ${message.id} but did not keep it`);
    this.outbox.addEmail({ to: arrived.to.join(', '), subject: arrived.subject, text: arrived.text, html: arrived.html || null });
  }

  private findArrived(message: OutgoingMessage, before: number): ReceivedEmail | undefined {
    const id = messageIdFor(message.id, DEMO_FROM.email);
    // Newest first: a resend after a lost reply carries the same Message-ID.
    return this.inbox.messages.slice(Math.max(0, before - 1)).findLast((mail) => mail.messageId === id);
  }
}

export async function startDemoNotify({ origin, clock, logger }: DemoNotifyInput): Promise<DemoNotify> {
  const inbox = await startSmtpInbox();
  const outbox = new Outbox(clock.now);
  const smtp = new SmtpTransport({ host: inbox.host, port: inbox.port, secure: false, from: DEMO_FROM });
  const email = new OutboxEmailTransport(smtp, inbox, outbox);
  const sms = new HookTransport('sms', (message) => {
    if (message.message.channel === 'sms') outbox.addSms({ to: message.to, text: message.message.text });
  });
  const queues: MemoryNotifyQueue[] = [];
  return {
    outbox,
    inbox,
    optionsFor: () => {
      const queue = new MemoryNotifyQueue({ clock, logger });
      queues.push(queue);
      return {
        channels: ['email', 'sms'],
        from: DEMO_FROM,
        support: { email: DEMO_SUPPORT_EMAIL, url: `${origin}/help` },
        transports: { email, sms },
        queue,
        // The widget from the demo's own bundle of src/ (what the dashboard loads), so `npm start`
        // needs no build first and the hosted page always runs the current code.
        links: { origin, assetsUrl: origin },
      };
    },
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()));
      await inbox.close();
    },
  };
}
