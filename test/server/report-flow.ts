/**
 * Shared wiring of the report's HTTP tests: a stand-in and a handler on one manual clock (so months
 * pass without waiting), notices sent through a recording transport, and the customer's and the
 * merchant's moves as small helpers.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { startStripeStandin } from '../../demo/stripe-standin/index.js';
import { ManualClock } from '../../src/server/notify/clock.js';
import { MemoryNotifyQueue } from '../../src/server/notify/queue-memory.js';
import type { HandlerOptions } from '../../src/server/options.js';
import type { RecoveryReport } from '../../src/protocol/report.js';
import type { StripeStandin } from '../../demo/stripe-standin/index.js';
import { MemoryStore } from '../../src/server/stores/memory.js';
import { WEBHOOK_SECRET, browserFor, startApp, type App } from './harness.js';

export const DAY = 86_400_000;
/** Every report test starts on 10 January 2027, noon UTC. */
const START = Date.UTC(2027, 0, 10, 12);
export const ADMIN = { authorization: 'Bearer admin-secret' };
/** The merchant's own admin auth: a header the customer's browser never has. */
export const authorizeReport = (request: Request) => request.headers.get('authorization') === ADMIN.authorization;

export interface ReportWorld {
  app: App;
  clock: ManualClock;
  queue: MemoryNotifyQueue;
  sent: string[];
}

export async function startReportApp(standin: StripeStandin, clock: ManualClock, extra: Partial<HandlerOptions> = {}): Promise<ReportWorld> {
  const queue = new MemoryNotifyQueue({ clock, logger: { warn: () => undefined, error: () => undefined } });
  const sent: string[] = [];
  const app = await startApp(standin, {
    now: () => clock.now(),
    authorizeReport,
    notify: {
      from: { name: 'Acme', email: 'billing@acme.test' },
      support: { email: 'help@acme.test' },
      transports: { email: { channel: 'email', send: async (m) => void sent.push(m.id) } },
      links: { origin: 'https://app.example.com' },
      queue,
    },
    ...extra,
  } as Partial<HandlerOptions>);
  return { app, clock, queue, sent };
}

/** Waits until every webhook the stand-in queued, and every notice they caused, is handled. */
export async function settle(standin: StripeStandin, worlds: readonly ReportWorld[]): Promise<void> {
  await standin.flushWebhooks();
  for (const world of worlds) await world.queue.idle();
  await standin.flushWebhooks();
}

/** A customer whose renewal fails now: a fresh subscription with `card`, charged once. */
export function failingCustomer(standin: StripeStandin, o: { card?: string; currency?: string; amount?: number; declineCode?: string } = {}) {
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
  standin.attachCard(customer.id, o.card ?? '4000000000009995', { makeDefault: true });
  const subscription = standin.createSubscription({ customer: customer.id, amount: o.amount ?? 2900, currency: o.currency ?? 'eur' });
  const invoice = standin.renew(subscription.id, o.declineCode ? { declineCode: o.declineCode } : {});
  assert.equal(invoice.status, 'open', 'the renewal failed');
  return { customerId: customer.id as string, subscriptionId: subscription.id as string, invoiceId: invoice.id as string };
}

/** The signed-in customer fixes it in the app: a new card through the form, then `/complete`. */
export async function fixInApp(standin: StripeStandin, app: App, customerId: string, card = '4242424242424242'): Promise<Response> {
  const browser = browserFor(app, customerId);
  const { clientSecret } = (await (await browser.post('/setup-intent')).json()) as { clientSecret: string };
  const setupIntentId = clientSecret.split('_secret')[0]!;
  standin.confirmSetupIntent(setupIntentId, card);
  const response = await browser.post('/complete', { setupIntentId });
  assert.equal(response.status, 200);
  return response;
}

/** The customer fixes it from a notice's link, on the hosted page, without signing in. */
export async function fixOnHostedPage(standin: StripeStandin, app: App, customerId: string, invoiceId: string): Promise<void> {
  const link = new URL(await app.handler.updateLink({ customerId, invoiceId, step: 'failed', channel: 'email', locale: 'en' }));
  const token = link.searchParams.get('t')!;
  assert.equal((await fetch(`${app.url}${link.pathname}${link.search}`)).status, 200, 'the page opens');
  const call = (path: string, body: unknown) =>
    fetch(`${app.base}${path}`, {
      method: 'POST',
      headers: { 'paymend-link': token, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'paymend-request': '1', origin: app.url },
      body: JSON.stringify(body),
    });
  const { clientSecret } = (await (await call('/setup-intent', {})).json()) as { clientSecret: string };
  const setupIntentId = clientSecret.split('_secret')[0]!;
  standin.confirmSetupIntent(setupIntentId, '4242424242424242');
  assert.equal((await call('/complete', { setupIntentId })).status, 200);
}

export async function reportOf(app: App, query = ''): Promise<RecoveryReport> {
  const response = await fetch(`${app.base}/report${query ? `?${query}` : ''}`, { headers: ADMIN });
  assert.equal(response.status, 200, await response.clone().text());
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()) as RecoveryReport;
}

export const outcomes = (report: RecoveryReport) => Object.fromEntries(report.byOutcome.filter((o) => o.count > 0).map((o) => [o.outcome, o.count]));

/** What `reportWorldPerTest` hands each test: the shared stand-in, this test's clock and world. */
export interface ReportStage {
  standin: StripeStandin;
  clock: ManualClock;
  world: ReportWorld;
}

/**
 * The node:test hooks the report's HTTP tests share: one stand-in per file, and per test a fresh
 * clock on 10 January 2027 and a fresh world (memory store, the stand-in's webhooks pointed at it),
 * settled and closed after the test. `use` receives each new stage (the file keeps it in its own
 * variables). `restart(extra)` replaces this test's world with one on other options (e.g. offers).
 */
export function reportWorldPerTest(use: (stage: ReportStage) => void): { restart(extra: Partial<HandlerOptions>): Promise<void> } {
  let stage: ReportStage | null = null;
  let standin: StripeStandin | null = null;
  let clock = new ManualClock(START);
  const open = async (extra: Partial<HandlerOptions> = {}) => {
    const world = await startReportApp(standin!, clock, { store: new MemoryStore({ now: () => clock.now() }), ...extra });
    standin!.setWebhook({ url: `${world.app.base}/webhook`, secret: WEBHOOK_SECRET });
    stage = { standin: standin!, clock, world };
    use(stage);
  };
  before(async () => {
    // The stand-in reads whichever clock is current: each test's own.
    standin = await startStripeStandin({ now: () => clock.now() });
  });
  after(async () => standin?.close());
  beforeEach(async () => {
    clock = new ManualClock(START);
    await open();
  });
  afterEach(async () => {
    if (!stage) return;
    await settle(stage.standin, [stage.world]);
    await stage.world.app.close();
    stage = null;
  });
  return {
    async restart(extra) {
      await stage?.world.app.close();
      await open(extra);
    },
  };
}
