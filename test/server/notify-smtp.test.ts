// Email over real SMTP on 127.0.0.1: what arrives (parsed by mailparser), hostile names, and every
// fault a mail server has — down, refusing, stalling — with at-most-once delivery through
// deliverOnce and the queue's retries: nothing lost, nothing twice.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startSmtpInbox, type SmtpInbox } from '../../demo/notify/smtp-inbox.js';
import type { ComposedEmail } from '../../src/notify/types.js';
import { ManualClock } from '../../src/server/notify/clock.js';
import { DeliveryInFlightError, deliverOnce, sentKey } from '../../src/server/notify/deliver.js';
import { MemoryNotifyQueue } from '../../src/server/notify/queue-memory.js';
import { HookTransport } from '../../src/server/notify/transports/hook.js';
import { messageIdFor, SmtpSendError, SmtpTransport, type SmtpTransportOptions } from '../../src/server/notify/transports/smtp.js';
import type { OutgoingMessage } from '../../src/server/notify/types.js';
import { MemoryStore } from '../../src/server/stores/memory.js';
import { RedisStore } from '../../src/server/stores/redis.js';
import type { Store } from '../../src/server/stores/types.js';
import { recordingLogger, startRedis } from './harness.js';

const FROM = { name: 'Acme Analytics', email: 'billing@acme.example' };

function email(overrides: Partial<ComposedEmail> = {}): ComposedEmail {
  return {
    channel: 'email',
    tone: 'neutral',
    step: 'failed',
    locale: 'de',
    dir: 'ltr',
    link: 'https://app.acme.example/billing/paymend/update?t=abc',
    subject: 'Ihre Zahlung ist fehlgeschlagen',
    html: '<!doctype html><html lang="de" dir="ltr"><body><p>Bitte <a href="https://app.acme.example/billing/paymend/update?t=abc">Karte aktualisieren</a>.</p></body></html>',
    text: 'Bitte Karte aktualisieren: https://app.acme.example/billing/paymend/update?t=abc',
    ...overrides,
  };
}

function outgoing(id = 'cus_1:in_1:failed:email', overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  const [customerId = 'cus_1', invoiceId = 'in_1'] = id.split(':');
  return { id, customerId, invoiceId, step: 'failed', channel: 'email', to: 'ada@example.com', message: email(), ...overrides };
}

let inbox: SmtpInbox;
const transports: SmtpTransport[] = [];

function smtp(options: Partial<SmtpTransportOptions> = {}): SmtpTransport {
  const transport = new SmtpTransport({ host: '127.0.0.1', port: inbox.port, from: FROM, ...options });
  transports.push(transport);
  return transport;
}

beforeEach(async () => {
  inbox = await startSmtpInbox();
});

afterEach(async () => {
  for (const t of transports.splice(0)) await t.close();
  await inbox.close();
});

describe('SmtpTransport', () => {
  it('delivers html and text parts with a stable Message-ID and the automation headers', async () => {
    await smtp({ replyTo: 'help@acme.example' }).send(outgoing());
    const [message] = await inbox.waitFor(1);
    assert.deepEqual(message!.to, ['ada@example.com']);
    assert.deepEqual(message!.from, { address: 'billing@acme.example', name: 'Acme Analytics' });
    assert.equal(message!.subject, 'Ihre Zahlung ist fehlgeschlagen');
    assert.match(message!.html, /<html lang="de" dir="ltr">/);
    assert.match(message!.text, /^Bitte Karte aktualisieren: https:\/\/app\.acme\.example/);
    assert.equal(message!.messageId, messageIdFor('cus_1:in_1:failed:email', FROM.email));
    assert.match(message!.messageId!, /^<paymend\.[0-9a-f]{32}@acme\.example>$/);
    assert.ok(!message!.messageId!.includes('cus_1'), 'no Stripe id in a header');
    assert.equal(message!.headers.get('auto-submitted'), 'auto-generated');
    assert.equal(message!.headers.get('content-language'), 'de');
    assert.equal((message!.headers.get('reply-to') as { text: string }).text, 'help@acme.example');
  });

  it('a resend of the same message id carries the same Message-ID; another message does not', async () => {
    const transport = smtp();
    await transport.send(outgoing());
    await transport.send(outgoing());
    await transport.send(outgoing('cus_1:in_1:reminder:email'));
    const messages = await inbox.waitFor(3);
    assert.equal(messages[0]!.messageId, messages[1]!.messageId);
    assert.notEqual(messages[0]!.messageId, messages[2]!.messageId);
  });

  it('a hostile sender name stays a name: no extra address, no injected header', async () => {
    const name = 'Evil" <attacker@evil.example>, "x\r\nBcc: victim@evil.example\r\n';
    await smtp({ from: { name, email: FROM.email } }).send(outgoing());
    const [message] = await inbox.waitFor(1);
    assert.equal(message!.from!.address, 'billing@acme.example');
    assert.ok(message!.from!.name.includes('Evil" <attacker@evil.example>'), message!.from!.name);
    assert.deepEqual(message!.to, ['ada@example.com'], 'only the recipient was asked for');
    assert.equal(message!.headers.has('bcc'), false);
  });

  it('refuses a recipient that is not one plain address, and messages of another channel', async () => {
    const transport = smtp();
    await assert.rejects(transport.send(outgoing(undefined, { to: 'ada@example.com, eve@evil.example' })), TypeError);
    await assert.rejects(transport.send(outgoing(undefined, { to: 'Eve <eve@evil.example>' })), TypeError);
    const sms = { channel: 'sms', step: 'failed', tone: 'neutral', locale: 'en', dir: 'ltr', link: 'https://x.example', text: 'Pay' } as const;
    await assert.rejects(transport.send(outgoing(undefined, { message: sms })), /not sms/);
    assert.equal(inbox.messages.length, 0);
    assert.throws(() => new SmtpTransport({ from: FROM }), /url.*host/);
    assert.throws(() => new SmtpTransport({ host: 'x', from: { name: 'A', email: 'a@b.example, c@d.example' } }), /from\.email/);
  });

  it('a 4xx or 5xx reply throws with the code', async () => {
    const transport = smtp();
    inbox.failNext(1, 451);
    await assert.rejects(transport.send(outgoing()), (e: unknown) => e instanceof SmtpSendError && e.responseCode === 451);
    inbox.failNext(1, 550);
    await assert.rejects(transport.send(outgoing()), (e: unknown) => e instanceof SmtpSendError && e.responseCode === 550);
    await transport.send(outgoing());
    await inbox.waitFor(1);
    assert.equal(inbox.faults.refused, 2);
  });
});

describe('deliverOnce over SMTP', () => {
  let store: MemoryStore;
  beforeEach(() => {
    store = new MemoryStore();
  });

  it('sends once, then answers duplicate', async () => {
    const transport = smtp();
    assert.equal(await deliverOnce({ store, transport, message: outgoing() }), 'sent');
    assert.equal(await deliverOnce({ store, transport, message: outgoing() }), 'duplicate');
    await inbox.waitFor(1);
    assert.equal(inbox.messages.length, 1);
    assert.notEqual(await store.getValue(sentKey('cus_1:in_1:failed:email')), null);
  });

  it('4xx then success: one message, and the lock was released for the retry', async () => {
    const transport = smtp();
    inbox.failNext(1, 421);
    await assert.rejects(deliverOnce({ store, transport, message: outgoing() }), SmtpSendError);
    assert.equal(await deliverOnce({ store, transport, message: outgoing() }), 'sent');
    await inbox.waitFor(1);
    assert.equal(inbox.messages.length, 1);
  });

  it('a hung server times out (no job held for long), and the retry delivers exactly once', async () => {
    const transport = smtp({ greetingTimeoutMs: 300 });
    inbox.hangNext(1);
    await assert.rejects(deliverOnce({ store, transport, message: outgoing() }), /greeting|timeout/i);
    assert.equal(inbox.faults.hung, 1);
    assert.equal(await deliverOnce({ store, transport, message: outgoing() }), 'sent');
    await inbox.waitFor(1);
    assert.equal(inbox.messages.length, 1);
  });

  it('server down: the queue retries with backoff, logs once, and delivers exactly once when it is back', async () => {
    const port = inbox.port;
    await inbox.close();
    const clock = new ManualClock();
    const { lines, logger } = recordingLogger();
    const queue = new MemoryNotifyQueue({ clock, logger });
    const transport = smtp({ port, connectionTimeoutMs: 2000 });
    const message = outgoing();
    queue.start(async () => void (await deliverOnce({ store, transport, message })));
    await queue.enqueue({ customerId: 'cus_1', invoiceId: 'in_1', step: 'failed' }, { jobId: 'cus_1:in_1:failed' });
    await queue.idle();
    await clock.advance(30_000);
    assert.equal(lines.length, 1, 'logged once, not on every retry');
    assert.match(lines[0]!, /^warn: .*failed, retrying.*ECONNREFUSED|^warn: .*failed, retrying.*connect/i);
    inbox = await startSmtpInbox({ port });
    await clock.advance(60_000);
    await inbox.waitFor(1);
    assert.equal(queue.size, 0);
    // A redelivered webhook enqueuing the step again under a new job id: the message is not sent again.
    await queue.enqueue({ customerId: 'cus_1', invoiceId: 'in_1', step: 'failed' }, { jobId: 'cus_1:in_1:failed:redelivered' });
    await queue.idle();
    await clock.advance(86_400_000);
    assert.equal(inbox.messages.length, 1);
    assert.equal(lines.length, 1);
    await queue.close();
  });

  it('a failure to record the send after SMTP accepted is logged, not retried (that would resend)', async () => {
    const transport = smtp();
    const { lines, logger } = recordingLogger();
    const failing: Store = Object.assign(Object.create(store) as Store, {
      setValue: (key: string, value: string, ttl: number, o?: { ifAbsent?: boolean }) =>
        key.startsWith('notify:sent:') ? Promise.reject(new Error('store down')) : store.setValue(key, value, ttl, o),
    });
    assert.equal(await deliverOnce({ store: failing, transport, message: outgoing(), logger }), 'sent');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^error: .*was sent but could not be marked as sent: store down/);
    await inbox.waitFor(1);
  });

  it('a store that fails before sending throws and sends nothing', async () => {
    const transport = smtp();
    const down: Store = Object.assign(Object.create(store) as Store, { getValue: () => Promise.reject(new Error('store down')) });
    await assert.rejects(deliverOnce({ store: down, transport, message: outgoing() }), /store down/);
    assert.equal(inbox.messages.length, 0);
  });
});

describe('deliverOnce across two instances (two RedisStores on one Redis)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: RedisStore;
  let b: RedisStore;
  before(async () => {
    redis = await startRedis();
    a = new RedisStore({ url: redis.url, prefix: 'deliver:' });
    b = new RedisStore({ url: redis.url, prefix: 'deliver:' });
  });
  after(async () => {
    await a?.close?.();
    await b?.close?.();
    await redis?.stop();
  });

  it('two concurrent deliveries of the same id send one message', async () => {
    const transport = smtp();
    for (const [i, stores] of [[a, b], [a, a]].entries()) {
      const message = outgoing(`cus_${i}:in_1:failed:email`);
      const results = await Promise.allSettled(stores.map((store) => deliverOnce({ store, transport, message })));
      const sent = results.filter((r) => r.status === 'fulfilled' && r.value === 'sent');
      const others = results.filter((r) => !(r.status === 'fulfilled' && r.value === 'sent'));
      assert.equal(sent.length, 1, JSON.stringify(results));
      assert.ok(
        others.every((r) => (r.status === 'fulfilled' && r.value === 'duplicate') || (r.status === 'rejected' && r.reason instanceof DeliveryInFlightError)),
        JSON.stringify(results),
      );
    }
    await inbox.waitFor(2);
    // Every delivery settled: no further message can be on its way.
    assert.equal(inbox.messages.length, 2);
    assert.equal(await deliverOnce({ store: b, transport, message: outgoing('cus_0:in_1:failed:email') }), 'duplicate');
  });
});

describe('HookTransport', () => {
  it('hands the message to the merchant’s function; a throw propagates for the retry', async () => {
    const seen: OutgoingMessage[] = [];
    const hook = new HookTransport('email', async (m) => void seen.push(m));
    await hook.send(outgoing());
    assert.equal(seen[0]!.id, 'cus_1:in_1:failed:email');
    const failing = new HookTransport('email', () => {
      throw new Error('postmark 503');
    });
    const store = new MemoryStore();
    await assert.rejects(deliverOnce({ store, transport: failing, message: outgoing() }), /postmark 503/);
    assert.equal(await deliverOnce({ store, transport: hook, message: outgoing() }), 'sent', 'the failed attempt left no lock behind');
    await assert.rejects(new HookTransport('sms', () => undefined).send(outgoing()), /sends sms, not email/);
    assert.throws(() => new HookTransport('sms', undefined as never), TypeError);
  });
});
