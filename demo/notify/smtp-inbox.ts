/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, parsed: the demo's outbox and the
 * tests' mailbox. Fault switches let tests play a server that refuses (4xx/5xx at DATA) or one that
 * accepts the connection and then says nothing (the greeting never comes).
 */
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** Envelope recipients (RCPT TO), what the server was asked to deliver to. */
  to: string[];
  /** The From header's address and display name, as a mail client shows them. */
  from: { address: string; name: string } | null;
  subject: string;
  text: string;
  html: string;
  messageId: string | null;
  /** Every header, lowercase names, as mailparser decoded them. */
  headers: Map<string, unknown>;
  receivedAt: number;
}

export interface SmtpInbox {
  port: number;
  host: string;
  url: string;
  readonly messages: ReceivedEmail[];
  /** Resolves with the messages once at least `count` arrived; rejects after `timeoutMs` (default 20 s). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  /** The next `n` messages are refused at DATA with `code` (e.g. 451 try later, 550 rejected). */
  failNext(n: number, code?: number): void;
  /** The next `n` connections are accepted and then left without a greeting until close(). */
  hangNext(n: number): void;
  /** How many messages were refused, and how many connections were left hanging. */
  readonly faults: { refused: number; hung: number };
  clear(): void;
  close(): Promise<void>;
}

export async function startSmtpInbox(options: { port?: number } = {}): Promise<SmtpInbox> {
  const messages: ReceivedEmail[] = [];
  const arrived = new EventEmitter();
  const faults = { refused: 0, hung: 0 };
  let failing: { left: number; code: number } = { left: 0, code: 451 };
  let hanging = 0;
  const stalled: Array<(err?: Error | null) => void> = [];

  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    // Plain SMTP on loopback: no certificate to warn about, nothing to sniff.
    disabledCommands: ['STARTTLS', 'AUTH'],
    onConnect(_session, callback) {
      if (hanging > 0) {
        hanging--;
        faults.hung++;
        stalled.push(callback);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      if (failing.left > 0) {
        failing.left--;
        faults.refused++;
        const code = failing.code;
        stream.on('end', () => callback(Object.assign(new Error(code >= 500 ? 'Message rejected' : 'Try again later'), { responseCode: code })));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const from = firstAddress(parsed.from);
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? null,
            headers: parsed.headers as Map<string, unknown>,
            receivedAt: Date.now(),
          });
          callback();
          arrived.emit('message');
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => undefined);
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    host: '127.0.0.1',
    url: `smtp://127.0.0.1:${port}`,
    messages,
    faults,
    async waitFor(count, timeoutMs = 20_000) {
      if (messages.length >= count) return messages;
      return new Promise<ReceivedEmail[]>((resolve, reject) => {
        const onMessage = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          arrived.off('message', onMessage);
          resolve(messages);
        };
        const timer = setTimeout(() => {
          arrived.off('message', onMessage);
          reject(new Error(`smtp inbox: expected ${count} message(s), got ${messages.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        arrived.on('message', onMessage);
      });
    },
    failNext(n, code = 451) {
      if (!(code >= 400 && code < 600)) throw new RangeError('failNext needs a 4xx or 5xx code');
      failing = { left: n, code };
    },
    hangNext(n) {
      hanging = n;
    },
    clear() {
      messages.length = 0;
    },
    async close() {
      // Refuse the stalled connections and end the open ones now, rather than after smtp-server's
      // 30 s grace period.
      for (const callback of stalled.splice(0)) callback(Object.assign(new Error('Server shutting down'), { responseCode: 421 }));
      for (const connection of server.connections) connection.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function firstAddress(header: AddressObject | AddressObject[] | undefined): { address: string; name: string } | null {
  const object = Array.isArray(header) ? header[0] : header;
  const first = object?.value[0];
  return first ? { address: first.address ?? '', name: first.name ?? '' } : null;
}
