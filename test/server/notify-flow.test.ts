// Notifications end to end on one instance: Stripe's events through the real `stripe` SDK and the
// stand-in, the handler's webhook, the in-process queue on a manual clock, email over real SMTP
// (parsed on arrival), SMS through a hook — and what each notice achieved.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startSmtpInbox, type SmtpInbox } from '../../demo/notify/smtp-inbox.js';
import { defaultAccountSettings } from '../../demo/stripe-standin/account.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { HookTransport, ManualClock, MemoryNotifyQueue, SmtpTransport } from '../../src/server/index.js';
import type { OutgoingMessage } from '../../src/server/notify/types.js';
import { complete, newCardVia } from './attack-flows.js';
import { WEBHOOK_SECRET, browserFor, startApp, type App } from './harness.js';

const DAY = 86_400_000;
let standin: StripeStandin;
let inbox: SmtpInbox;
let app: App;
let clock: ManualClock;
let queue: MemoryNotifyQueue;
let sms: OutgoingMessage[];
let queueLogs: string[];
let failSms = 0;
/** Email sends in progress: the webhook must answer while one is still waiting on a mail server. */
let emailsInFlight = 0;

before(async () => {
  standin = await startStripeStandin();
  inbox = await startSmtpInbox();
});
after(async () => {
  await inbox?.close();
  await standin?.close();
});

beforeEach(async () => {
  Object.assign(standin.account, defaultAccountSettings());
  inbox.clear();
  sms = [];
  failSms = 0;
  clock = new ManualClock(Date.now());
  queueLogs = [];
  queue = new MemoryNotifyQueue({ clock, logger: { warn: (m) => queueLogs.push(m), error: (m) => queueLogs.push(m) } });
  app = await startApp(standin, {
    publicOrigin: 'https://app.example.com',
    wall: { mode: 'soft', graceDays: 7 },
    now: () => clock.now(),
    notify: {
      channels: ['email', 'sms'],
      from: { name: 'Acme Analytics', email: 'billing@acme.example' },
      support: { email: 'help@acme.example' },
      transports: {
        email: inFlightCounted(new SmtpTransport({ host: '127.0.0.1', port: inbox.port, secure: false, from: { name: 'Acme Analytics', email: 'billing@acme.example' } })),
        sms: new HookTransport('sms', (message) => {
          if (failSms-- > 0) throw new Error('SMS provider down');
          sms.push(message);
        }),
      },
      queue,
    },
  });
  standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
});

afterEach(async () => {
  standin.clearFaults();
  await standin.flushWebhooks();
  await app.close();
});

function inFlightCounted(transport: SmtpTransport) {
  return {
    channel: 'email' as const,
    send: async (message: OutgoingMessage) => {
      emailsInFlight++;
      try {
        await transport.send(message);
      } finally {
        emailsInFlight--;
      }
    },
    close: () => transport.close(),
  };
}

/** Moves the clock on by `ms` and waits until every job that became due (and those started at once) finished. */
async function settle(ms = 0) {
  await clock.advance(ms);
  await queue.idle();
}

/** A customer with a phone and a language, whose renewal is declined with `declineCard`. */
async function failingRenewal(declineCard = '4000000000009995', o: { locales?: string[]; phone?: string | null; email?: string } = {}) {
  const customer = standin.createCustomer({
    email: o.email ?? 'ada@example.com',
    name: 'Ada <b>Lovelace</b>',
    ...(o.phone === null ? {} : { phone: o.phone ?? '+15555550123' }),
    preferredLocales: o.locales ?? [],
  });
  standin.attachCard(customer.id, declineCard, { makeDefault: true });
  const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
  const invoice = standin.renew(subscription.id);
  await standin.flushWebhooks();
  await settle(0);
  return { customerId: customer.id as string, subscriptionId: subscription.id as string, invoiceId: invoice.id as string };
}

const linkIn = (text: string) => /https:\/\/app\.example\.com\/billing\/paymend\/update\?t=[\w.-]+/.exec(text)?.[0] ?? null;

describe('a failed renewal', () => {
  it('sends the email and the SMS at once, each with a signed link to the hosted page', async () => {
    const { customerId } = await failingRenewal();
    const [email] = await inbox.waitFor(1);
    assert.equal(inbox.messages.length, 1);
    assert.deepEqual(email!.to, ['ada@example.com']);
    assert.match(email!.subject, /Acme Analytics/);
    assert.match(email!.text, /enough funds/i, 'the banner’s own explanation of insufficient_funds');
    assert.match(email!.text, /help@acme\.example/, 'names how to reach support');
    assert.ok(linkIn(email!.text), `a link in: ${email!.text}`);
    assert.ok(!email!.html.includes('<b>Lovelace</b>'), 'the name is escaped in HTML');
    assert.equal(sms.length, 1);
    assert.equal(sms[0]!.to, '+15555550123');
    const smsText = sms[0]!.message.channel === 'sms' ? sms[0]!.message.text : '';
    assert.ok(linkIn(smsText), smsText);
    assert.doesNotMatch(smsText.replace(linkIn(smsText)!, ''), /Ada|29|€|9995/, 'no name, amount or card digits in an SMS');
    const stats = await app.handler.recoveryStats();
    assert.deepEqual(stats.notifications.sent, { 'email.failed': 1, 'sms.failed': 1 });
    assert.ok(customerId);
  });

  it('a redelivered webhook sends nothing twice', async () => {
    const { customerId } = await failingRenewal();
    await inbox.waitFor(1);
    const failed = standin.events.filter((e) => e.type === 'invoice.payment_failed' && (e.data.object as { customer?: string }).customer === customerId);
    for (const event of failed) await standin.deliver(event);
    // A new event id for the same failure (Stripe may resend the moment as another event).
    await settle(60_000);
    assert.equal(inbox.messages.length, 1);
    assert.equal(sms.length, 1);
  });

  it('the reminder follows after 3 days if nothing changed, once; the day before access ends, another', async () => {
    await failingRenewal();
    await inbox.waitFor(1);
    await settle(3 * DAY);
    await inbox.waitFor(2);
    assert.match(inbox.messages[1]!.subject, /reminder/i);
    await settle(DAY);
    assert.equal(inbox.messages.length, 2, 'one reminder');
    await settle(2 * DAY + 60_000);
    await inbox.waitFor(3);
    assert.match(inbox.messages[2]!.subject, /access/i);
    assert.deepEqual(sms.map((m) => m.step), ['failed', 'reminder', 'access_ends']);
  });

  it('a fix cancels the follow-ups, sends the thank-you with what was paid, and revokes the link', async () => {
    const { customerId } = await failingRenewal();
    const [email] = await inbox.waitFor(1);
    const browser = browserFor(app, customerId);
    const { setupIntentId } = await newCardVia(standin, browser, '4242424242424242');
    const result = await complete(browser, setupIntentId);
    assert.equal(result.status.state, 'ok');
    await standin.flushWebhooks();
    await settle(0);
    await inbox.waitFor(2);
    const thanks = inbox.messages[1]!;
    assert.match(thanks.subject, /thank/i);
    assert.match(thanks.text, /29[.,]00/, 'what was paid');
    await settle(10 * DAY);
    assert.equal(inbox.messages.length, 2, 'no reminder after the fix');
    assert.deepEqual(sms.map((m) => m.step), ['failed', 'recovered']);
    const page = await fetch(linkIn(email!.text)!.replace('https://app.example.com', app.url), { redirect: 'manual' });
    assert.equal(page.status, 410, 'the link of a fixed problem no longer opens the form');
    const stats = await app.handler.recoveryStats();
    assert.deepEqual(stats.notifications.recovered, { 'sms.failed': 1 }, 'attributed to the last message before the fix');
  });

  it('a recovery through the link is attributed to that link, and its open is counted once', async () => {
    const { customerId } = await failingRenewal();
    const [email] = await inbox.waitFor(1);
    const local = linkIn(email!.text)!.replace('https://app.example.com', app.url);
    for (let i = 0; i < 3; i++) assert.equal((await fetch(local)).status, 200);
    const stats = await app.handler.recoveryStats();
    assert.deepEqual(stats.notifications.opened, { 'email.failed': 1 });
    const browser = browserFor(app, customerId);
    await complete(browser, (await newCardVia(standin, browser, '4242424242424242')).setupIntentId);
    await standin.flushWebhooks();
    await settle(0);
    assert.deepEqual((await app.handler.recoveryStats()).notifications.recovered, { 'email.failed': 1 });
  });

  it('a customer without a phone gets email only; the skipped SMS is counted', async () => {
    await failingRenewal('4000000000009995', { phone: null });
    await inbox.waitFor(1);
    assert.equal(sms.length, 0);
    assert.deepEqual((await app.handler.recoveryStats()).notifications.skipped, { 'sms.no_address': 1 });
  });

  it('the customer’s preferred language is used', async () => {
    await failingRenewal('4000000000009995', { locales: ['de-DE'] });
    const [email] = await inbox.waitFor(1);
    assert.match(email!.html, /<html[^>]+lang="de/);
    assert.match(email!.text, /Zahlung/);
  });

  it('an SMS provider that fails is retried with backoff; the email is not sent again', async () => {
    failSms = 2;
    await failingRenewal();
    await inbox.waitFor(1);
    assert.equal(sms.length, 0);
    await settle(10 * 60_000);
    assert.equal(sms.length, 1, 'delivered after the retries');
    assert.equal(inbox.messages.length, 1, 'the email went once');
    assert.equal(queueLogs.filter((l) => /SMS provider down/.test(l)).length, 1, `the failure is logged once: ${queueLogs.join('\n')}`);
  });

  it('a mail server that hangs never holds Stripe’s webhook; the email goes out once, when it answers again', async () => {
    inbox.hangNext(1);
    const customer = standin.createCustomer({ email: 'hang@example.com', name: 'Ada', phone: '+15555550125' });
    standin.attachCard(customer.id, '4000000000009995', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
    standin.renew(subscription.id);
    await standin.flushWebhooks();
    const answered = standin.deliveries.filter((d) => d.type === 'invoice.payment_failed').at(-1);
    assert.equal(answered?.status, 200, 'the webhook answered');
    assert.equal(emailsInFlight, 1, 'while the email still waited on the hung server');
    await queue.idle();
    assert.equal(inbox.faults.hung, 1);
    assert.equal(inbox.messages.length, 0);
    await settle(60_000);
    await inbox.waitFor(1);
    assert.deepEqual(inbox.messages.map((m) => m.to), [['hang@example.com']]);
    assert.equal(sms.length, 1, 'the SMS went on the first attempt, and only then');
    assert.equal(queueLogs.length, 1, `one line for the failure: ${queueLogs.join('\n')}`);
  });

  it('a voided invoice cancels its follow-ups', async () => {
    const { invoiceId } = await failingRenewal();
    await inbox.waitFor(1);
    standin.voidInvoice(invoiceId);
    await standin.flushWebhooks();
    await settle(10 * DAY);
    assert.equal(inbox.messages.length, 1);
  });
});

describe('a card that will not last until the next charge', () => {
  it('invoice.upcoming sends the expiring notice once', async () => {
    const customer = standin.createCustomer({ email: 'grace@example.com', name: 'Grace', phone: '+15555550124' });
    const now = new Date(clock.now());
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true, expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'eur' });
    const event = standin.announceUpcoming(subscription.id);
    await standin.flushWebhooks();
    await standin.deliver(event);
    await settle(0);
    assert.deepEqual(queueLogs, []);
    const [email] = await inbox.waitFor(1);
    assert.match(email!.subject, /expire/i);
    assert.equal(inbox.messages.length, 1);
    assert.deepEqual(sms.map((m) => m.step), ['expiring']);
  });
});
