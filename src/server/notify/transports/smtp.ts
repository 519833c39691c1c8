/**
 * Email over SMTP with nodemailer. Short timeouts everywhere (connect, greeting, socket, and the whole
 * send): a slow or stalled server fails the attempt within seconds and the queue retries later,
 * instead of holding a job (and its lock) for minutes.
 *
 * Each message carries a Message-ID derived from `message.id`, so the one resend at-most-once
 * delivery cannot rule out (a crash after the server accepted, before the sent marker) is
 * recognisable as the same message. The id is hashed: a Stripe customer id never appears in a header.
 *
 * nodemailer is an optional peer (../../optional-peer.ts), loaded by the first send: a merchant who
 * sends email another way, or none, never installs it.
 */
import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { optionalPeer } from '../../optional-peer.js';
import type { OutgoingMessage, Transport } from '../types.js';

export interface SmtpTransportOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; or give host/port/secure/auth. */
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  /** Refuse to send unless the server upgrades to TLS (STARTTLS). */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
  /** Keep a few connections open between messages (default true). */
  pool?: boolean;
  /** Connections in the pool (default 2). */
  maxConnections?: number;
  /** Time to open the TCP connection (default 5 s). */
  connectionTimeoutMs?: number;
  /** Time for the server's greeting (default 5 s). */
  greetingTimeoutMs?: number;
  /** Inactivity on an open connection (default 10 s). */
  socketTimeoutMs?: number;
  /** The whole send, even from a server that trickles its replies (default 30 s). */
  sendTimeoutMs?: number;
  /** The sender: your product's name and address. The name is encoded safely whatever it contains. */
  from: { name: string; email: string };
  replyTo?: string;
  /** More nodemailer SMTP options (TLS settings, DKIM, a proxy…), applied last. */
  nodemailer?: Record<string, unknown>;
}

const DEFAULTS = { connectionTimeoutMs: 5_000, greetingTimeoutMs: 5_000, socketTimeoutMs: 10_000, sendTimeoutMs: 30_000 };

// One address, no display part, no list: a recipient string is never parsed into several recipients.
const PLAIN_ADDRESS = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+$/;

/** The Message-ID a message gets, stable across resends of the same `message.id`. */
export function messageIdFor(messageId: string, fromEmail: string): string {
  const domain = fromEmail.split('@')[1]?.toLowerCase().replace(/[^a-z0-9.-]/g, '') || 'paymend.invalid';
  const hash = createHash('sha256').update(messageId).digest('hex').slice(0, 32);
  return `<paymend.${hash}@${domain}>`;
}

/** An SMTP failure, with the server's reply code when there was one (4xx: try later, 5xx: refused). */
export class SmtpSendError extends Error {
  constructor(
    message: string,
    readonly responseCode: number | null,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'SmtpSendError';
  }
}

export class SmtpTransport implements Transport {
  readonly channel = 'email' as const;
  /** Made on the first send (nodemailer loads then); settings were checked by the constructor. */
  private transporter: Promise<Transporter> | null = null;
  private readonly settings: Record<string, unknown>;
  private readonly from: { name: string; email: string };
  private readonly replyTo: string | undefined;
  private readonly sendTimeoutMs: number;

  constructor(options: SmtpTransportOptions) {
    if (!options.url && !options.host) throw new TypeError('SmtpTransport needs a `url` (smtp://…) or a `host`');
    if (!options.from?.email || !PLAIN_ADDRESS.test(options.from.email)) throw new TypeError('SmtpTransport needs `from.email`, one plain address');
    this.from = { name: options.from.name ?? '', email: options.from.email };
    this.replyTo = options.replyTo;
    this.sendTimeoutMs = options.sendTimeoutMs ?? DEFAULTS.sendTimeoutMs;
    const pool = options.pool ?? true;
    const settings = {
      ...(options.url ? { url: options.url } : {}),
      ...(options.host ? { host: options.host } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.secure !== undefined ? { secure: options.secure } : {}),
      ...(options.requireTLS !== undefined ? { requireTLS: options.requireTLS } : {}),
      ...(options.auth ? { auth: options.auth } : {}),
      connectionTimeout: options.connectionTimeoutMs ?? DEFAULTS.connectionTimeoutMs,
      greetingTimeout: options.greetingTimeoutMs ?? DEFAULTS.greetingTimeoutMs,
      socketTimeout: options.socketTimeoutMs ?? DEFAULTS.socketTimeoutMs,
      ...(pool ? { pool: true as const, maxConnections: options.maxConnections ?? 2 } : {}),
      ...options.nodemailer,
    };
    this.settings = settings;
  }

  private transport(): Promise<Transporter> {
    this.transporter ??= optionalPeer(() => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'nodemailer'), 'nodemailer', 'SmtpTransport').then(
      (nodemailer) => (nodemailer.default ?? nodemailer).createTransport(this.settings as Parameters<typeof nodemailer.createTransport>[0]),
      (error: unknown) => {
        this.transporter = null; // installed later (or a transient failure): the next send tries again
        throw error;
      },
    );
    return this.transporter;
  }

  async send(outgoing: OutgoingMessage): Promise<void> {
    const email = outgoing.message;
    if (email.channel !== 'email') throw new TypeError(`SmtpTransport sends email, not ${email.channel} (message ${outgoing.id})`);
    if (!PLAIN_ADDRESS.test(outgoing.to)) throw new TypeError(`message ${outgoing.id}: the recipient is not one plain email address`);
    const transporter = await this.transport();
    try {
      await transporter.sendMail({
        // Address objects: nodemailer quotes or encodes the name, so a name with quotes, commas or
        // angle brackets can never add an address or a header.
        from: { name: this.from.name, address: this.from.email },
        to: { name: '', address: outgoing.to },
        ...(this.replyTo ? { replyTo: this.replyTo } : {}),
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: messageIdFor(outgoing.id, this.from.email),
        headers: {
          // RFC 3834: out-of-office robots must not answer, and it is not a person writing.
          'Auto-Submitted': 'auto-generated',
          'X-Auto-Response-Suppress': 'OOF, AutoReply',
          'Content-Language': email.locale,
        },
        signal: AbortSignal.timeout(this.sendTimeoutMs),
      });
    } catch (error) {
      const code = typeof (error as { responseCode?: unknown }).responseCode === 'number' ? (error as { responseCode: number }).responseCode : null;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SmtpSendError(`SMTP send of message ${outgoing.id} failed${code ? ` (${code})` : ''}: ${reason}`, code, { cause: error });
    }
  }

  /** Closes pooled connections. */
  async close(): Promise<void> {
    const transporter = await this.transporter?.catch(() => null);
    transporter?.close();
  }
}
