/**
 * Plays the history plan (history.ts) through the Stripe stand-in and a Paymend handler, on the demo
 * clock walked forward from months ago to now: renewals fail, notices go out, customers open links,
 * fix their card in the app or on the hosted page, Smart Retries succeed, merchants void, mark
 * uncollectible or cancel. The ledger the report reads is written only by the handler, from what it
 * sees (webhooks, `/events`, `/setup-intent`, `/complete`, link opens), as in production.
 *
 * The seeding runs behind its own handler and server on the same store: its notices go nowhere (not
 * to the demo's outbox), its customers have no demo login, and its queue closes when it is done.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { MemoryNotifyQueue } from '../../src/server/notify/queue-memory.js';
import { HookTransport } from '../../src/server/notify/transports/hook.js';
import { createHandler, toNodeHandler, type Store } from '../../src/server/index.js';
import type { StripeStandin } from '../stripe-standin/index.js';
import type { DemoClock } from '../notify/clock.js';
import { seedTimeline, type SeedAction } from './timeline.js';
import type { PlannedInvoice } from './history.js';

export interface SeedInput {
  standin: StripeStandin;
  stripe: Stripe;
  store: Store;
  webhookSecret: string;
  publishableKey: string;
  basePath: string;
  clock: DemoClock;
  /** Where the history starts on the demo clock (ms since the epoch); the plan's times are after it. */
  startMs: number;
  plan: readonly PlannedInvoice[];
}

export interface SeedResult {
  invoices: number;
  /** Wall time the seeding took. */
  elapsedMs: number;
}

interface Seeded {
  customerId: string;
  subscriptionId: string;
  invoiceId: string;
}

const quiet = { warn: () => undefined, error: (message: string, error?: unknown) => console.error(`demo seeding: ${message}`, error ?? '') };

/**
 * The Stripe client for the seeding handler, whose signature check measures an event's age on the
 * demo clock. The SDK measures it on the real clock by default, and an event signed months "ago"
 * (the stand-in signs on the demo clock) would be refused as a replay. The signature itself, and the
 * tolerance, are checked as always. Its own `webhooks` object: the SDK's is shared by every client.
 */
function onDemoClock(stripe: Stripe, clock: DemoClock): Stripe {
  const client = Object.create(stripe) as Stripe;
  const webhooks = stripe.webhooks;
  client.webhooks = Object.assign(Object.create(webhooks) as Stripe.Webhooks, {
    constructEvent: (...args: Parameters<Stripe.Webhooks['constructEvent']>) => {
      const [payload, header, secret, tolerance, cryptoProvider] = args;
      return webhooks.constructEvent(payload, header, secret, tolerance, cryptoProvider, clock.now());
    },
  });
  return client;
}

export async function seedHistory(input: SeedInput): Promise<SeedResult> {
  const started = performance.now();
  const { standin, clock, basePath } = input;
  const queue = new MemoryNotifyQueue({ clock, logger: quiet });
  const sessions = new Map<string, string>();
  // The seeded customers' own "browsers": a session each, known only to this seeding.
  const sessionFor = (customerId: string) => {
    const id = `seed${crypto.randomUUID().replaceAll('-', '')}`;
    sessions.set(id, customerId);
    return id;
  };
  // The server first: the handler's links need its origin.
  let node: ReturnType<typeof toNodeHandler> | null = null;
  const server = createServer((req, res) => node!(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const handler = createHandler({
    stripe: onDemoClock(input.stripe, clock),
    publishableKey: input.publishableKey,
    webhookSecret: input.webhookSecret,
    basePath,
    store: input.store,
    now: clock.now,
    logger: quiet,
    resolveCustomer: (request) => sessions.get(/(?:^|;\s*)seed_session=([A-Za-z0-9]+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? '') ?? null,
    notify: {
      channels: ['email', 'sms'],
      from: { name: 'Acme Analytics', email: 'billing@acme.example' },
      support: { email: 'help@acme.example' },
      // Sent as far as the report is concerned (the transport accepted them), delivered nowhere.
      transports: { email: new HookTransport('email', () => undefined), sms: new HookTransport('sms', () => undefined) },
      queue,
      links: { origin },
    },
  });
  node = toNodeHandler(handler);
  const base = `${origin}${basePath}`;
  const webhook = { url: `${base}/webhook`, secret: input.webhookSecret };
  standin.setWebhook(webhook);

  const seeded = new Map<number, Seeded>();
  const settle = async () => {
    await standin.flushWebhooks();
    await queue.idle();
    await standin.flushWebhooks();
  };
  const post = async (path: string, body: unknown, headers: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'paymend-request': '1', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`demo seeding: POST ${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
  };
  const fixWithNewCard = async (headers: Record<string, string>) => {
    const { clientSecret } = (await post('/setup-intent', {}, headers)) as { clientSecret: string };
    const setupIntentId = clientSecret.split('_secret')[0]!;
    standin.confirmSetupIntent(setupIntentId, '4242424242424242');
    await post('/complete', { setupIntentId }, headers);
  };
  const linkFor = async (invoice: PlannedInvoice, channel: 'email' | 'sms') => {
    const { customerId, invoiceId } = seeded.get(invoice.index)!;
    const link = new URL(await handler.updateLink({ customerId, invoiceId, step: 'failed', channel, locale: invoice.locale }));
    // The customer opens it: the hosted page loads (recorded as the notice's link opened).
    const page = await fetch(`${origin}${link.pathname}${link.search}`);
    if (!page.ok) throw new Error(`demo seeding: the hosted page answered ${page.status}`);
    await page.arrayBuffer();
    return link.searchParams.get('t')!;
  };

  // The ways out for the report's "Ways out and help" section, picked by the invoice's index rather
  // than the plan's random numbers, so every other seeded figure stays what it was.
  const waysOut = async (invoice: PlannedInvoice, headers: Record<string, string>) => {
    if (invoice.index % 3 === 1) await post('/events', { name: 'offers_shown', state: 'failed', source: 'banner' }, headers);
    if (invoice.index % 5 === 2) await post('/events', { name: 'support_opened', state: 'failed', source: invoice.index % 2 ? 'banner' : 'wall' }, headers);
  };
  /** "How easy was this?" after most fixes in the app: the widget names the invoice it just paid. */
  const rate = async (invoice: PlannedInvoice, ids: Seeded, headers: Record<string, string>) => {
    if (invoice.index % 4 === 3) return;
    await post('/events', { name: 'rated', state: 'ok', rating: [5, 4, 5, 3, 4, 5, 2][invoice.index % 7], invoiceId: ids.invoiceId }, headers);
  };

  const run = async (action: SeedAction): Promise<void> => {
    const invoice = action.invoice;
    const ids = seeded.get(invoice.index);
    const app = () => ({ cookie: `seed_session=${sessionFor(ids!.customerId)}` });
    switch (action.kind) {
      case 'fail': {
        // The customer signed up long before this renewal: their sign-up's events (customer, card,
        // subscription created) are not part of the history, and not delivered (a third of the start-up).
        standin.setWebhook(null);
        const customer = standin.createCustomer({
          email: `customer${invoice.index}@seeded.example`,
          name: `Seeded customer ${invoice.index}`,
          ...(invoice.hasPhone ? { phone: `+1555555${String(1000 + invoice.index).slice(-4)}` } : {}),
          preferredLocales: [invoice.locale],
        });
        // A good card, declined this once by the bank: a later retry can then succeed.
        standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
        const subscription = standin.createSubscription({ customer: customer.id, amount: invoice.amount, currency: invoice.currency });
        standin.setWebhook(webhook);
        const failed = standin.renew(subscription.id, { declineCode: invoice.declineCode });
        seeded.set(invoice.index, { customerId: customer.id, subscriptionId: subscription.id, invoiceId: failed.id as string });
        return;
      }
      case 'banner':
        await post('/events', { name: 'shown', state: 'failed' }, app());
        if (invoice.outcome.kind === 'in_app' && invoice.outcome.bannerOpened) await post('/events', { name: 'opened', state: 'failed' }, app());
        await waysOut(invoice, app());
        return;
      case 'open-link':
        await linkFor(invoice, invoice.openedLink!);
        return;
      case 'resolve':
        return resolve(invoice, ids!, app);
    }
  };

  const resolve = async (invoice: PlannedInvoice, ids: Seeded, app: () => Record<string, string>): Promise<void> => {
    const outcome = invoice.outcome;
    switch (outcome.kind) {
      case 'in_app':
        await fixWithNewCard(app());
        return rate(invoice, ids, app());
      case 'hosted_page':
        return fixWithNewCard({ 'paymend-link': await linkFor(invoice, outcome.channel) });
      case 'stripe_retry':
        standin.retryInvoice(ids.invoiceId);
        return;
      case 'elsewhere':
        standin.payInvoiceElsewhere(ids.invoiceId, 'pm_card_visa');
        return;
      case 'card_updated': {
        // A new default set outside Paymend: the handler pays the overdue invoice with it at once.
        const card = await input.stripe.paymentMethods.attach('pm_card_visa', { customer: ids.customerId });
        await input.stripe.customers.update(ids.customerId, { invoice_settings: { default_payment_method: card.id } });
        return;
      }
      case 'voided':
        await input.stripe.invoices.voidInvoice(ids.invoiceId);
        return;
      case 'uncollectible':
        await input.stripe.invoices.markUncollectible(ids.invoiceId);
        return;
      case 'canceled':
        await input.stripe.subscriptions.cancel(ids.subscriptionId);
        return;
      case 'unpaid':
        // The last Smart Retry fails too: Stripe leaves the subscription unpaid.
        standin.retryInvoice(ids.invoiceId, { finalRetry: true, declineCode: invoice.declineCode });
        return;
      case 'open':
        return;
    }
  };

  try {
    for (const action of seedTimeline(input.plan, input.startMs)) {
      const ahead = action.atMs - clock.now();
      // Follow-up notices that fall due on the way go out at their own moment (the clock runs them).
      if (ahead > 0) await clock.advance(ahead);
      await run(action);
      await settle();
    }
  } finally {
    standin.setWebhook(null);
    await queue.close();
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await handler.close?.();
  }
  return { invoices: input.plan.length, elapsedMs: Math.round(performance.now() - started) };
}
