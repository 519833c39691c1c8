/**
 * Webhook → message queued: how long after Stripe's `invoice.payment_failed` reaches the handler its
 * notice is on the queue, and what notifications add to the webhook's answer, against the same
 * handler with notifications off. Both handlers read the same stand-in (the status is derived fresh
 * for each event), rounds alternate between them so a noisy neighbour hits both alike.
 * Wired into `npm run bench` by bench/run.ts; also runs alone: `node --import tsx bench/notify-webhook.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { startStripeStandin, type StripeStandin } from '../demo/stripe-standin/index.js';
import { HookTransport, MemoryNotifyQueue, createHandler, toNodeHandler, type HandlerOptions } from '../src/server/index.js';
import type { EnqueueOptions, NotifyJob } from '../src/server/notify/types.js';

const SECRET = 'whsec_bench';
const EVENTS_PER_ROUND = Number(process.env.BENCH_NOTIFY_EVENTS ?? 100);
const ROUNDS = 4;

/** Records when each job reached the queue (performance.now()), then behaves as the memory queue. */
class TimedQueue extends MemoryNotifyQueue {
  readonly queuedAt = new Map<string, number>();
  override async enqueue(job: NotifyJob, options: EnqueueOptions): Promise<boolean> {
    if (job.step === 'failed') this.queuedAt.set(job.customerId, performance.now());
    return super.enqueue(job, options);
  }
}

async function serve(standin: StripeStandin, notify: HandlerOptions['notify']) {
  const handler = createHandler({
    stripe: new Stripe('sk_test_bench', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_bench',
    webhookSecret: SECRET,
    basePath: '/paymend',
    publicOrigin: 'https://app.example.com',
    resolveCustomer: () => null,
    ...(notify ? { notify } : {}),
  });
  const server = createServer(toNodeHandler(handler)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/paymend/webhook`;
  return { url, close: async () => (server.closeAllConnections(), server.close(), await handler.close()) };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export async function notifyWebhookBench() {
  const standin = await startStripeStandin();
  const queue = new TimedQueue();
  const sent: number[] = [];
  const on = await serve(standin, {
    channels: ['email'],
    from: { name: 'Acme', email: 'billing@acme.example' },
    support: { email: 'help@acme.example' },
    transports: { email: new HookTransport('email', () => void sent.push(1)) },
    queue,
  });
  const off = await serve(standin, undefined);
  const answered = { on: [] as number[], off: [] as number[] };
  const queued: number[] = [];
  try {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const target = round % 2 === 0 ? 'on' : 'off';
      for (let i = 0; i < EVENTS_PER_ROUND; i++) {
        // A fresh failing customer for each event: every one is a first failure with its own notice.
        const customer = standin.createCustomer({ email: `c${round}-${i}@example.com` });
        standin.attachCard(customer.id, '4000000000009995', { makeDefault: true });
        const subscription = standin.createSubscription({ customer: customer.id, amount: 2900, currency: 'usd' });
        standin.setWebhook(null);
        standin.renew(subscription.id);
        const event = standin.events.filter((e) => e.type === 'invoice.payment_failed').at(-1)!;
        const payload = JSON.stringify(event);
        const started = performance.now();
        const response = await fetch(target === 'on' ? on.url : off.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': standin.signPayload(payload, SECRET) },
          body: payload,
        });
        if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
        await response.arrayBuffer();
        answered[target].push(performance.now() - started);
        const at = queue.queuedAt.get(customer.id);
        if (target === 'on') {
          if (at === undefined) throw new Error('the notice was not queued');
          queued.push(at - started);
        }
      }
    }
    await queue.idle();
  } finally {
    await on.close();
    await off.close();
    await standin.close();
  }
  return {
    queuedP50: percentile(queued, 50),
    queuedP99: percentile(queued, 99),
    answeredOnP50: percentile(answered.on, 50),
    answeredOffP50: percentile(answered.off, 50),
    answeredOnP99: percentile(answered.on, 99),
    answeredOffP99: percentile(answered.off, 99),
    events: queued.length,
    sent: sent.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await notifyWebhookBench());
}
