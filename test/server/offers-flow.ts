/**
 * The offers' HTTP tests share this: a stand-in and a handler on one clock the test moves (pauses
 * end months later), prices to switch between, a customer whose renewal was declined, and readers
 * of the answers through the protocol's schemas.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { defaultAccountSettings } from '../../demo/stripe-standin/account.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { ErrorResponseSchema, OfferResultSchema, OffersResponseSchema, StatusSchema } from '../../src/protocol/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { WEBHOOK_SECRET, browserFor, startApp, type App } from './harness.js';

export const START_MS = Date.UTC(2026, 11, 1, 12);
export const DAY_MS = 86_400_000;
export type Browser = ReturnType<typeof browserFor>;

export interface OffersWorld {
  standin: StripeStandin;
  app: App;
  clock: { ms: number };
  prices: { team: string; starter: string; mini: string; max: string; euro: string; annual: string };
  /** This test's app with other options instead (closed after the test like the first). */
  restart(options: Partial<HandlerOptions>): Promise<App>;
}

/** One stand-in per file, a fresh app (with `options`) per test, the clock back at START_MS. */
export function offersWorld(options: (prices: OffersWorld['prices']) => Partial<HandlerOptions>): OffersWorld {
  const world = { clock: { ms: START_MS } } as OffersWorld;
  world.restart = async (other) => {
    await world.app.close();
    world.app = await startApp(world.standin, { now: () => world.clock.ms, ...other });
    world.standin.setWebhook({ url: `${world.app.base}/webhook`, secret: WEBHOOK_SECRET });
    return world.app;
  };
  before(async () => {
    world.standin = await startStripeStandin({ now: () => world.clock.ms });
  });
  after(async () => {
    await world.standin.close();
  });
  beforeEach(async () => {
    world.clock.ms = START_MS;
    const { standin } = world;
    Object.assign(standin.account, defaultAccountSettings());
    world.prices = {
      team: standin.createPrice({ productName: 'Team', amount: 4900, interval: 'month' }).id,
      starter: standin.createPrice({ productName: 'Starter', amount: 1900, interval: 'month' }).id,
      mini: standin.createPrice({ productName: 'Mini', amount: 900, interval: 'month' }).id,
      max: standin.createPrice({ productName: 'Max', amount: 9900, interval: 'month' }).id,
      euro: standin.createPrice({ productName: 'Team (EUR)', amount: 900, interval: 'month', currency: 'eur' }).id,
      annual: standin.createPrice({ productName: 'Team (annual)', amount: 49000, interval: 'year' }).id,
    };
    world.app = await startApp(standin, { now: () => world.clock.ms, ...options(world.prices) });
    standin.setWebhook({ url: `${world.app.base}/webhook`, secret: WEBHOOK_SECRET });
  });
  afterEach(async () => {
    world.standin.clearFaults();
    await world.standin.flushWebhooks();
    await world.app.close();
  });
  return world;
}

/** A customer whose renewal on `price` was declined (the card attaches, then charges fail), signed in. */
export async function failingCustomer(
  world: OffersWorld,
  o: { price?: string; billingMode?: 'classic' | 'flexible'; card?: string; fail?: boolean; declineCode?: string } = {},
) {
  const { standin } = world;
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada' });
  const pm = standin.attachCard(customer.id, o.card ?? '4000000000000341', { makeDefault: true });
  const sub = standin.createSubscription({ customer: customer.id, price: o.price ?? world.prices.team, billingMode: o.billingMode });
  // `declineCode`: this renewal declines (a card short of funds today) though the card works otherwise.
  const invoice = o.fail === false ? null : standin.renew(sub.id, o.declineCode ? { declineCode: o.declineCode } : {});
  await standin.flushWebhooks();
  const browser = browserFor(world.app, customer.id);
  return { customerId: customer.id as string, paymentMethodId: pm.id as string, subscriptionId: sub.id as string, invoiceId: (invoice?.id ?? null) as string | null, browser };
}

export async function offersOf(world: OffersWorld, browser: Browser) {
  const response = await fetch(`${world.app.base}/offers`, { headers: { cookie: browser.cookie } });
  assert.equal(response.status, 200, await response.clone().text());
  return OffersResponseSchema.parse(await response.json());
}

export async function statusOf(browser: Browser) {
  const response = await browser.status();
  assert.equal(response.status, 200);
  return StatusSchema.parse(await response.json());
}

/** A POST that must succeed: its body read as the wire's OfferResult. */
export async function taken(response: Response | Promise<Response>) {
  const r = await response;
  assert.equal(r.status, 200, await r.clone().text());
  return OfferResultSchema.parse(await r.json());
}

/** A POST that must be refused with `status` and `code`; returns the message. */
export async function refused(response: Response | Promise<Response>, status: number, code: string) {
  const r = await response;
  const text = await r.text();
  assert.equal(r.status, status, `expected ${status}, got ${r.status}: ${text}`);
  const body = ErrorResponseSchema.parse(JSON.parse(text));
  assert.equal(body.error.code, code, text);
  return body.error.message;
}

/** Requests the stand-in received whose method and path match. */
export function stripeWrites(world: OffersWorld, method: string, path: RegExp) {
  return world.standin.requests.filter((r) => r.method === method && path.test(r.path)).length;
}

export const iso = (ms: number) => new Date(ms).toISOString();
