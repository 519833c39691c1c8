// Notifications across two handler instances sharing one real Redis: the RedisStore, and BullMQ on
// the same Redis (the default queue of a RedisStore). Each message goes out once, whichever instance
// takes the webhook; follow-ups survive an instance's restart and stop on recovery.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpInbox, type SmtpInbox } from '../../demo/notify/smtp-inbox.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { BullNotifyQueue, RedisStore, SmtpTransport, type HandlerOptions } from '../../src/server/index.js';
import { complete, newCardVia } from './attack-flows.js';
import { WEBHOOK_SECRET, browserFor, startApp, startRedis, type App } from './harness.js';

const DAY = 86_400_000;
const FROM = { name: 'Acme Analytics', email: 'billing@acme.example' };
let redis: Awaited<ReturnType<typeof startRedis>>;
let standin: StripeStandin;
let inbox: SmtpInbox;
/** The instances' shared clock: moved forward to make follow-ups due. */
let offset = 0;
const now = () => Date.now() + offset;

before(async () => {
  redis = await startRedis();
  standin = await startStripeStandin();
  inbox = await startSmtpInbox();
});
const running = new Set<Instance>();
after(async () => {
  for (const open of running) await open.close();
  await inbox?.close();
  await standin?.close();
  await redis?.stop();
});

interface Instance {
  app: App;
  store: RedisStore;
  queue: BullNotifyQueue | null;
  close(): Promise<void>;
}

/** One instance of the merchant's app: its own RedisStore client, its own queue worker. */
async function instance(prefix: string, o: { ownQueue?: boolean } = {}): Promise<Instance> {
  const store = new RedisStore({ url: redis.url, prefix });
  const queue = o.ownQueue === false ? null : new BullNotifyQueue({ connection: store.connect(), prefix: prefix.replace(/:$/, '') });
  const notify: HandlerOptions['notify'] = {
    channels: ['email'],
    from: FROM,
    support: { url: 'https://acme.example/help' },
    transports: { email: new SmtpTransport({ host: '127.0.0.1', port: inbox.port, secure: false, from: FROM }) },
    ...(queue ? { queue } : {}),
  };
  const app = await startApp(standin, { store, publicOrigin: 'https://app.example.com', now, notify });
  const created: Instance = {
    app,
    store,
    queue,
    close: async () => {
      running.delete(created);
      await app.close();
    },
  };
  running.add(created);
  return created;
}

/** Waits until no job of the queue is waiting or running (BullMQ keeps its state in Redis). */
async function drained(queue: BullNotifyQueue): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    const counts = await queue.counts();
    if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`queue not drained: ${JSON.stringify(await queue.counts())}`);
}

async function failingRenewal(email: string) {
  const customer = standin.createCustomer({ email, name: 'Ada' });
  standin.attachCard(customer.id, '4000000000009995', { makeDefault: true });
  const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'usd' });
  const invoice = standin.renew(subscription.id);
  await standin.flushWebhooks();
  return { customerId: customer.id as string, invoiceId: invoice.id as string };
}

const to = (address: string) => inbox.messages.filter((m) => m.to.includes(address)).map((m) => m.subject);

describe('two instances on one Redis', () => {
  it('each webhook, delivered to both instances, sends one message; the reminder fires once and survives a restart', async () => {
    const a = await instance('flow1:');
    let b = await instance('flow1:');
    const events: string[] = [];
    // Stripe delivers each event to one endpoint; a load balancer may send a redelivery to the other.
    standin.setWebhook({ url: `${a.app.base}/webhook`, secret: WEBHOOK_SECRET });
    const { customerId } = await failingRenewal('one@example.com');
    for (const event of standin.events.filter((e) => (e.data.object as { customer?: string }).customer === customerId)) {
      events.push(event.type);
      await fetch(`${b.app.base}/webhook`, {
        method: 'POST',
        headers: { 'stripe-signature': standin.signPayload(JSON.stringify(event), WEBHOOK_SECRET), 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
    }
    assert.ok(events.includes('invoice.payment_failed'));
    await inbox.waitFor(1);
    await drained(a.queue!);
    await drained(b.queue!);
    assert.equal(to('one@example.com').length, 1, 'one notice for the failure');

    // Instance B restarts before the reminder is due: the job lives in Redis, not in B.
    await b.close();
    b = await instance('flow1:');
    offset += 3 * DAY + 60_000;
    assert.ok((await b.queue!.promoteDue(now())) >= 1, 'the reminder was waiting in Redis');
    await inbox.waitFor(2);
    await drained(a.queue!);
    await drained(b.queue!);
    assert.deepEqual(to('one@example.com').length, 2);
    assert.match(to('one@example.com')[1]!, /reminder/i);
    assert.equal(await a.queue!.promoteDue(now()), 0, 'nothing else due');

    // The fix, through instance B: the thank-you once, and the pending follow-ups are gone. (Back to
    // the stand-in's time: a SetupIntent made "3 days ago" would be refused as stale.)
    offset = 0;
    standin.setWebhook({ url: `${b.app.base}/webhook`, secret: WEBHOOK_SECRET });
    const browser = browserFor(b.app, customerId);
    await complete(browser, (await newCardVia(standin, browser, '4242424242424242')).setupIntentId);
    await standin.flushWebhooks();
    await inbox.waitFor(3);
    await drained(b.queue!);
    assert.match(to('one@example.com')[2]!, /thank/i);
    await a.queue!.promoteDue(now() + 10 * DAY);
    await drained(a.queue!);
    await drained(b.queue!);
    assert.equal(to('one@example.com').length, 3, 'no follow-up after the fix');
    const stats = await a.app.handler.recoveryStats();
    assert.deepEqual(stats.notifications.sent, { 'email.failed': 1, 'email.reminder': 1, 'email.recovered': 1 });
    assert.deepEqual(stats.notifications.recovered, { 'email.reminder': 1 });
    await a.close();
    await b.close();
  });

  it('without a queue option, a RedisStore handler queues on BullMQ in the same Redis', async () => {
    const c = await instance('flow2:', { ownQueue: false });
    standin.setWebhook({ url: `${c.app.base}/webhook`, secret: WEBHOOK_SECRET });
    await failingRenewal('two@example.com');
    await inbox.waitFor(inbox.messages.length + 1);
    assert.deepEqual(to('two@example.com').length, 1);
    const keys = await c.store.client.keys('flow2:notify:*');
    assert.ok(keys.some((k) => k.endsWith(':delayed')), `BullMQ's delayed set holds the follow-ups: ${keys.join(', ')}`);
    await c.close();
  });
});
