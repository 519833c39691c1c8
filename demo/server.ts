/**
 * `npm start`: a small SaaS dashboard with Paymend mounted exactly as the docs tell merchants —
 * one script tag, `<paymend-banner>` and `<paymend-wall>`, and the handler behind the app's own
 * login. Offline by default (the Stripe stand-in plus a `window.Stripe` stand-in in the page); with
 * STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET set it runs against Stripe
 * test mode and the real Stripe.js.
 */
import { timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { createHandler, MemoryStore, toNodeHandler, toWebRequest, writeNodeResponse, type PaymendHandler } from '../src/server/index.js';
import { bundle, CHUNKS } from './bundle.js';
import { demoPrice, DOWNGRADE_TARGETS } from './plans.js';
import { DemoClock } from './notify/clock.js';
import { renderNotifyPanel } from './notify/dashboard.js';
import { addStandinToPage } from './notify/hosted-page.js';
import type { Outbox } from './notify/outbox.js';
import { serveNotifyRoute } from './notify/routes.js';
import { startDemoNotify, type DemoNotify } from './notify/setup.js';
import type { SmtpInbox } from './notify/smtp-inbox.js';
import { startStripeStandin, WALLET_TYPES, type StripeStandin, type WalletType } from './stripe-standin/index.js';
import { AdminSessions, serveAdminRoute } from './report/admin.js';
import { DEFAULT_HISTORY, planHistory } from './report/history.js';
import { seedHistory, type SeedResult } from './report/seed.js';
import { SeedingTime } from './report/seeding-time.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASE_PATH = '/billing/paymend';

/** What the demo login can put a customer in; each seeds the offline stand-in. */
export const SCENARIOS = {
  healthy: 'Healthy: card on file, all paid',
  expiring: 'Card expiring soon',
  expired: 'Card expired',
  insufficient_funds: 'Renewal declined: insufficient funds',
  do_not_honor: 'Renewal declined: do_not_honor',
  lost_card: 'Renewal declined: lost_card (shown as a generic decline)',
  action_required: 'Bank wants 3-D Secure',
  soft_wall: 'Past due, soft wall in its grace period',
  hard_wall: 'Past due, hard wall',
  second_card: 'Renewal declined, a second card on file: pick it from the saved cards',
  euro_declined: 'Euro plan declined: pay with a SEPA debit (or ACH on the dollar plans)',
  debit_processing: 'SEPA debit on its way (advance the clock 5 days to settle it)',
  debit_returned: 'SEPA debit returned by the bank',
  trial_missing: 'Trial ending in 5 days, no payment method',
  trial_paused: 'Trial ended without a payment method: paused',
  annual_declined: 'Yearly plan renewal declined (no pause for yearly plans)',
  classic_declined: 'Renewal declined, classic billing mode (Stripe pauses collection instead)',
} as const;
export type Scenario = keyof typeof SCENARIOS;

export type Policy = 'none' | 'soft' | 'hard';
/** The wall policy each scenario's handler runs with. */
export const POLICY: Record<Scenario, Policy> = {
  healthy: 'none', expiring: 'none', expired: 'none', insufficient_funds: 'none', do_not_honor: 'none',
  lost_card: 'none', action_required: 'none', soft_wall: 'soft', hard_wall: 'hard',
  second_card: 'none', euro_declined: 'none', debit_processing: 'hard', debit_returned: 'soft', trial_missing: 'none', trial_paused: 'none',
  annual_declined: 'none', classic_declined: 'none',
};

/** Scenarios on a euro plan (SEPA pays only euros) and what pays them: a bank account, or a card. */
const EURO_SCENARIOS: Partial<Record<Scenario, 'sepa_success' | 'sepa_failure' | 'card'>> = {
  euro_declined: 'card',
  debit_processing: 'sepa_success',
  debit_returned: 'sepa_failure',
};

/** A card expiring 10 to 40 days from now (cards expire at the end of a month). */
function soonExpiry(now = new Date()): { expMonth: number; expYear: number } {
  const daysLeftThisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).getTime() - now.getTime();
  const next = daysLeftThisMonth < 10 * 86_400_000 ? 1 : 0;
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + next, 1));
  return { expMonth: month.getUTCMonth() + 1, expYear: month.getUTCFullYear() };
}

/** The demo customer's phone (a number reserved for fiction) and, from the login form, their language. */
export const DEMO_PHONE = '+15555550100';

export function seedScenario(standin: StripeStandin, scenario: Scenario, locale = 'en'): string {
  const customer = standin.createCustomer({ email: 'ada@example.com', name: 'Ada Lovelace', phone: DEMO_PHONE, preferredLocales: [locale] });
  // The lost card is Stripe's lost-card test number, so the card a customer then types (4242) is
  // another card: the retry discipline refuses the lost one again, whatever its PaymentMethod.
  const card =
    scenario === 'action_required'
      ? '4000002760003184'
      : scenario === 'insufficient_funds'
        ? '4000000000009995'
        : scenario === 'lost_card'
          ? '4000000000009987'
          : '4242424242424242';
  const expiry = scenario === 'expiring' ? soonExpiry() : scenario === 'expired' ? { expMonth: 1, expYear: new Date().getUTCFullYear() - 1 } : {};
  if (scenario === 'trial_missing' || scenario === 'trial_paused') {
    // No method at all: the trial's end is the first charge (Stripe pauses it, as configured here).
    const trial = standin.createSubscription({ customer: customer.id, price: demoPrice(standin, 'usd', 'team') });
    standin.startTrial(trial.id, 5);
    if (scenario === 'trial_paused') standin.endTrial(trial.id, 'pause');
    return customer.id;
  }
  const euro = EURO_SCENARIOS[scenario];
  if (euro && euro !== 'card') standin.attachBankAccount(customer.id, euro, { makeDefault: true });
  else standin.attachCard(customer.id, euro ? '4000000000009995' : card, { makeDefault: true, ...expiry });
  // Every demo customer is on Team ($29 or €29 a month, DEMO_PLANS), with Starter and Solo to
  // switch down to; the yearly scenario is on Team by the year. Subscriptions use flexible billing
  // mode (Stripe's default), so they can be paused, except the classic one: only pause_collection for it.
  const price = demoPrice(standin, euro ? 'eur' : 'usd', scenario === 'annual_declined' ? 'teamAnnual' : 'team');
  const subscription = standin.createSubscription({
    customer: customer.id,
    price,
    billingMode: scenario === 'classic_declined' ? 'classic' : 'flexible',
  });
  if (euro) {
    standin.renew(subscription.id);
    // The bank answers at once for the returned debit; the one on its way waits for the clock.
    if (scenario === 'debit_returned') standin.settleDebits();
    return customer.id;
  }
  const declineCode = {
    do_not_honor: 'do_not_honor',
    lost_card: 'lost_card',
    soft_wall: 'insufficient_funds',
    hard_wall: 'generic_decline',
    second_card: 'insufficient_funds',
    annual_declined: 'insufficient_funds',
    classic_declined: 'insufficient_funds',
  }[
    scenario as string
  ];
  // A second card the customer saved earlier, not the default: the form lists it (saved payment methods).
  if (scenario === 'second_card') standin.attachCard(customer.id, '5555555555554444', { makeDefault: false });
  if (
    ['insufficient_funds', 'second_card', 'action_required', 'do_not_honor', 'lost_card', 'soft_wall', 'hard_wall', 'annual_declined', 'classic_declined'].includes(
      scenario,
    )
  ) {
    standin.renew(subscription.id, declineCode ? { declineCode } : {});
  }
  return customer.id;
}

interface Mode {
  stripe: Stripe;
  publishableKey: string;
  webhookSecret: string;
  standin: StripeStandin | null;
}

async function modeFromEnvironment(clock: DemoClock): Promise<Mode> {
  const { STRIPE_SECRET_KEY: secret, STRIPE_PUBLISHABLE_KEY: publishable, STRIPE_WEBHOOK_SECRET: webhook } = process.env;
  if (secret || publishable || webhook) {
    if (!secret?.startsWith('sk_test_') || !publishable?.startsWith('pk_test_') || !webhook?.startsWith('whsec_')) {
      throw new Error('Set all three of STRIPE_SECRET_KEY (sk_test_…), STRIPE_PUBLISHABLE_KEY (pk_test_…) and STRIPE_WEBHOOK_SECRET (whsec_…): the demo only runs in test mode.');
    }
    return { stripe: new Stripe(secret), publishableKey: publishable, webhookSecret: webhook, standin: null };
  }
  // On the demo's clock, so "advance 3 days" moves Stripe's time too, and settles the bank debits due by then.
  const standin = await startStripeStandin({ now: clock.now, timers: clock });
  return {
    stripe: new Stripe('sk_test_offline_demo', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_offline_demo',
    webhookSecret: 'whsec_offline_demo',
    standin,
  };
}

function timingSafeEqualText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4096) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export interface DemoServer {
  url: string;
  standin: StripeStandin | null;
  /** Every email and SMS the demo sent (`/outbox`, `/outbox.json`). */
  outbox: Outbox;
  /** The demo's SMTP server, where the email went. */
  inbox: SmtpInbox;
  /** The demo's clock (real time plus the days "Advance the clock" added). */
  clock: DemoClock;
  /** The handler behind the app's login that Stripe's webhooks reach (wall policy "none"). */
  handler: PaymendHandler;
  /** The recovery history seeded at start-up (offline only), and how long it took. */
  seeded: SeedResult | null;
  close(): Promise<void>;
}

export interface DemoOptions {
  /**
   * Seed the recovery report's history at start-up (offline only; default true, or
   * `DEMO_SEED_REPORT=0` to skip it): a few hundred failing invoices over eight months.
   */
  seedReport?: boolean;
}

/** A language the login form may store as the customer's `preferred_locales`: a BCP 47 tag, nothing else. */
function localeParam(value: string | null): string | null {
  if (!value || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

export async function startDemo(port = Number(process.env.PORT ?? 8080), options: DemoOptions = {}): Promise<DemoServer> {
  // The clock starts where the report's history does, months ago; seeding walks it to now.
  const seedingTime = new SeedingTime(DEFAULT_HISTORY.spanMs);
  const clock = new DemoClock(seedingTime.now, seedingTime.startOffsetMs);
  const mode = await modeFromEnvironment(clock);
  const admins = new AdminSessions();
  let seededPage: { invoices: number; months: number; from: string } | null = null;
  const sessions = new Map<string, { customerId: string; scenario: Scenario | 'stripe' }>();
  const sessionOf = (cookieHeader: string | null | undefined) => {
    const id = /(?:^|;\s*)demo_session=([A-Za-z0-9]+)/.exec(cookieHeader ?? '')?.[1];
    return id ? sessions.get(id) : undefined;
  };
  // The handlers need the demo's origin (links point at it), known once the server listens.
  let app: { notify: DemoNotify; web: Record<Policy, PaymendHandler>; node: Record<Policy, ReturnType<typeof toNodeHandler>> } | null = null;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const session = sessionOf(req.headers.cookie);
    try {
      if (!app) return send(res, 503, 'text/plain; charset=utf-8', 'Starting');
      if (url.pathname.startsWith(`${BASE_PATH}/`)) {
        const scenario = session?.scenario;
        const policy = scenario && scenario !== 'stripe' ? POLICY[scenario] : 'none';
        // The hosted page a message links to, offline: the same page with the Stripe.js stand-in added.
        if (mode.standin && req.method === 'GET' && url.pathname === `${BASE_PATH}/update`) {
          return await writeNodeResponse(await addStandinToPage(await app.web[policy](toWebRequest(req)), '/stripe-standin.js'), res);
        }
        return app.node[policy](req, res);
      }
      if (serveAdminRoute({ sessions: admins, origin: demoUrl, basePath: BASE_PATH, seeded: seededPage }, req, res, url, send)) return;
      if (await serveNotifyRoute({ outbox: app.notify.outbox, clock, origin: demoUrl, canAdvance: mode.standin !== null }, req, res, url, send)) return;
      if (url.pathname === '/paymend.js') return send(res, 200, 'text/javascript; charset=utf-8', (await bundle('src/cdn.ts')).entry);
      // The report's own entry, for the admin page only (the customer's paymend.js never imports it).
      if (url.pathname === '/paymend-report.js') return send(res, 200, 'text/javascript; charset=utf-8', (await bundle('src/report.ts')).entry);
      if (url.pathname === '/admin.js') return send(res, 200, 'text/javascript; charset=utf-8', (await bundle('demo/report/admin-browser.ts')).entry);
      if (url.pathname.startsWith(`/${CHUNKS}/`)) {
        // The widget's chunks, else the report's (a chunk both share is the same file under the same name).
        const chunk = (await bundle('src/cdn.ts')).chunks.get(url.pathname) ?? (await bundle('src/report.ts')).chunks.get(url.pathname);
        return chunk === undefined ? send(res, 404, 'text/plain; charset=utf-8', 'Not found') : send(res, 200, 'text/javascript; charset=utf-8', chunk);
      }
      if (url.pathname === '/demo.js') return send(res, 200, 'text/javascript; charset=utf-8', (await bundle('demo/browser/page.ts')).entry);
      if (url.pathname === '/stripe-standin.js') {
        // Offline only: with real keys the page loads the real Stripe.js instead.
        return mode.standin
          ? send(res, 200, 'text/javascript; charset=utf-8', (await bundle('demo/browser/stripe-js-standin.ts')).entry)
          : send(res, 200, 'text/javascript; charset=utf-8', '/* real Stripe.js is used */');
      }
      if (url.pathname.startsWith('/demo/stripe/') && mode.standin) return await standinApi(mode.standin, req, res, url);
      if (url.pathname === '/login') {
        const requested = url.searchParams.get('scenario') ?? 'insufficient_funds';
        const lang = localeParam(url.searchParams.get('lang'));
        if (url.searchParams.has('lang') && !lang) return send(res, 400, 'text/plain; charset=utf-8', 'Unknown language');
        let entry: { customerId: string; scenario: Scenario | 'stripe' };
        if (mode.standin) {
          if (!(requested in SCENARIOS)) return send(res, 400, 'text/plain; charset=utf-8', 'Unknown scenario');
          // The language picked at login is the customer's preferred one at Stripe: email and SMS use it.
          entry = { customerId: seedScenario(mode.standin, requested as Scenario, lang ?? 'en'), scenario: requested as Scenario };
        } else {
          const customer = url.searchParams.get('customer') ?? '';
          if (!/^cus_[A-Za-z0-9]+$/.test(customer)) return send(res, 400, 'text/plain; charset=utf-8', 'With Stripe keys, log in as /login?customer=cus_… (a test-mode customer)');
          entry = { customerId: customer, scenario: 'stripe' };
        }
        const id = crypto.randomUUID().replaceAll('-', '');
        sessions.set(id, entry);
        const back = lang ? `/?lang=${encodeURIComponent(lang)}` : '/';
        return send(res, 303, 'text/plain', '', { location: back, 'set-cookie': `demo_session=${id}; Path=/; HttpOnly; SameSite=Lax` });
      }
      if (url.pathname === '/') {
        const page = (await readFile(`${ROOT}demo/index.html`, 'utf8'))
          .replace('<!--stripe-js-->', mode.standin ? '<script src="/stripe-standin.js" type="module"></script>' : '') // with keys, loadStripe() fetches the real Stripe.js itself
          .replace('<!--scenario-->', session ? SCENARIOS[session.scenario as Scenario] ?? 'Stripe test mode' : 'Not signed in: pick a scenario')
          .replace('<!--notify-->', renderNotifyPanel(app.notify.outbox, clock, mode.standin !== null))
          .replace('<body>', `<body data-scenario="${session?.scenario ?? ''}">`);
        return send(res, 200, 'text/html; charset=utf-8', page);
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Demo server error');
    }
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const demoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const notify = await startDemoNotify({ origin: demoUrl, clock });
  // One store for all three wall policies: a snapshot does not depend on the policy (the wall is
  // computed when the status is read), so a webhook received by one handler serves them all.
  const store = new MemoryStore();
  const handlerFor = (policy: Policy): PaymendHandler =>
    createHandler({
      stripe: mode.stripe,
      publishableKey: mode.publishableKey,
      webhookSecret: mode.webhookSecret,
      basePath: BASE_PATH,
      store,
      wall: { mode: policy, graceDays: 7 },
      // The "expiring" scenario's card runs out 10 to 40 days from today.
      expiringWithinDays: 45,
      // The form lists the customer's other saved cards: switching to one is one click.
      savedPaymentMethods: 'on',
      resolveCustomer: (request) => sessionOf(request.headers.get('cookie'))?.customerId ?? null,
      // Offline, Stripe's time is the demo's: the handler must agree (webhook signatures, due dates).
      now: clock.now,
      notify: notify.optionsFor(),
      // The ways out that aren't cancel: a pause of up to 3 months (the app stays open, so the banner's
      // "Resume now" shows), or Starter/Solo instead of Team.
      // The demo lets a customer take each again at once (a real app keeps the default limits).
      offers: {
        pause: { maxMonths: 3, oncePerMonths: 0, access: 'allow' },
        changePlan: { prices: [...DOWNGRADE_TARGETS], oncePerMonths: 0 },
      },
      // The merchant's admin login (/admin/login), never the customer's session.
      authorizeReport: admins.authorizeReport,
    });
  const web = { none: handlerFor('none'), soft: handlerFor('soft'), hard: handlerFor('hard') };
  let seeded: SeedResult | null = null;
  if (mode.standin && (options.seedReport ?? process.env.DEMO_SEED_REPORT !== '0')) {
    const plan = planHistory(DEFAULT_HISTORY);
    seeded = await seedHistory({ ...mode, standin: mode.standin, store, basePath: BASE_PATH, clock, startMs: seedingTime.startMs, plan });
    const from = new Date(seedingTime.startMs).toISOString().slice(0, 7) + '-01';
    seededPage = { invoices: seeded.invoices, months: Math.round(DEFAULT_HISTORY.spanMs / (30 * 86_400_000)), from };
  }
  await seedingTime.finish(clock);
  app = { notify, web, node: { none: toNodeHandler(web.none), soft: toNodeHandler(web.soft), hard: toNodeHandler(web.hard) } };
  mode.standin?.setWebhook({ url: `${demoUrl}${BASE_PATH}/webhook`, secret: mode.webhookSecret });
  return {
    url: demoUrl,
    standin: mode.standin,
    outbox: notify.outbox,
    inbox: notify.inbox,
    clock,
    handler: web.none,
    seeded,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(Object.values(web).map((handler) => handler.close?.()));
      await notify.close();
      await mode.standin?.close();
    },
  };
}

/**
 * What real Stripe.js does against api.stripe.com with the publishable key, answered from the
 * offline stand-in: confirm a SetupIntent with a card, play the bank's 3-D Secure, read an intent.
 * As at Stripe, the intent's client secret is the permission (no session): only whoever the
 * merchant's backend gave it to can act on it, on the dashboard and on the no-login hosted page alike.
 */
/** What the Payment Element shows of a saved card: never more than Stripe.js itself shows. */
function savedCardView(pm: { id: string; card?: { brand?: string; last4?: string; exp_month?: number; exp_year?: number } | null }) {
  return { id: pm.id, brand: pm.card?.brand ?? 'card', last4: pm.card?.last4 ?? '', exp_month: pm.card?.exp_month ?? 0, exp_year: pm.card?.exp_year ?? 0 };
}

export async function standinApi(standin: StripeStandin, req: IncomingMessage, res: ServerResponse, url: URL) {
  // As with Stripe.js, the CustomerSession's secret is what lets the browser see the saved cards.
  if (url.pathname === '/demo/stripe/customer_session/payment_methods' && req.method === 'GET') {
    const cards = standin.sessionPaymentMethods(url.searchParams.get('customer_session_client_secret') ?? '');
    return send(res, 200, 'application/json', JSON.stringify({ data: cards.map(savedCardView) }));
  }
  const match = /^\/demo\/stripe\/(setup_intents|intents)\/((?:seti|pi)_[A-Za-z0-9]+)(?:\/(confirm|authenticate))?$/.exec(url.pathname);
  const intent = match ? (standin.get(match[2]!) as { client_secret?: string } | undefined) : undefined;
  const secret = url.searchParams.get('client_secret');
  if (!match || !intent || !secret || !intent.client_secret || !timingSafeEqualText(secret, intent.client_secret)) {
    return send(res, 404, 'application/json', '{"error":{"message":"No such intent"}}');
  }
  const id = match[2]!;
  if (req.method === 'POST' && match[3] === 'confirm' && id.startsWith('seti_')) {
    const { card, wallet, payment_method: saved, payment_method_data: bank, customer_session_client_secret: session } = await readJsonBody(req);
    if (wallet !== undefined) {
      // Google Pay or Apple Pay in the Payment Element: the wallet's card, as Stripe receives it.
      if (!WALLET_TYPES.includes(wallet as WalletType)) return send(res, 400, 'application/json', '{"error":{"message":"Unknown wallet"}}');
      return send(res, 200, 'application/json', JSON.stringify(standin.confirmSetupIntentWithWallet(id, wallet as WalletType)));
    }
    if (bank !== undefined) {
      // A bank account typed into the Payment Element; the mandate is accepted from this browser, as Stripe.js does.
      try {
        const acceptance = { ipAddress: req.socket.remoteAddress ?? '127.0.0.1', userAgent: String(req.headers['user-agent'] ?? 'unknown') };
        return send(res, 200, 'application/json', JSON.stringify(standin.confirmSetupIntentWithBankAccount(id, bank as Record<string, unknown>, acceptance)));
      } catch (error) {
        // Stripe's refusal (a bad IBAN, an unknown account) goes back as Stripe.js would report it; anything else is a bug.
        const body = (error as { body?: Record<string, unknown> }).body;
        if (!body) throw error;
        return send(res, 400, 'application/json', JSON.stringify({ error: body }));
      }
    }
    if (saved !== undefined) {
      // A saved card is usable only if the session offers it: the session is this customer's.
      const offered = standin.sessionPaymentMethods(String(session ?? '')).some((pm) => pm.id === saved);
      if (!offered) return send(res, 400, 'application/json', '{"error":{"message":"No such saved payment method"}}');
      try {
        return send(res, 200, 'application/json', JSON.stringify(standin.confirmSetupIntent(id, String(saved))));
      } catch (error) {
        // Stripe refuses another customer's card for this intent (payment_method_unexpected_state).
        return send(res, 400, 'application/json', JSON.stringify({ error: { message: error instanceof Error ? error.message : 'Refused' } }));
      }
    }
    return send(res, 200, 'application/json', JSON.stringify(standin.confirmSetupIntent(id, String(card ?? ''))));
  }
  if (req.method === 'POST' && match[3] === 'authenticate') {
    const { success } = await readJsonBody(req);
    standin.authenticate(id, success === true);
    await standin.flushWebhooks();
    return send(res, 200, 'application/json', JSON.stringify(standin.get(id)));
  }
  if (req.method === 'GET' && !match[3]) return send(res, 200, 'application/json', JSON.stringify(standin.get(id)));
  send(res, 405, 'application/json', '{"error":{"message":"Method not allowed"}}');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const demo = await startDemo();
  console.log(`Paymend demo running at ${demo.url}/  (${demo.standin ? 'offline Stripe stand-in, no keys needed' : 'Stripe test mode'})`);
  if (demo.seeded) console.log(`Recovery report: ${demo.seeded.invoices} failing invoices seeded in ${demo.seeded.elapsedMs} ms; the merchant's view: ${demo.url}/admin`);
  if (demo.standin) console.log(`Try a scenario: ${demo.url}/login?scenario=insufficient_funds  — then the email and SMS it sent: ${demo.url}/outbox`);
}
