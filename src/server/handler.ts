/**
 * `createHandler(options)`: the merchant backend as one web-standard `(Request) => Promise<Response>`.
 * It serves the wire protocol of `src/protocol` under the merchant's base path.
 */
import type Stripe from 'stripe';
import {
  AnalyticsEventSchema,
  type AnalyticsEvent,
  CompleteRequestSchema,
  EVENT_NAMES,
  EVENT_SOURCES,
  PATHS,
  SetupIntentRequestSchema,
  type CompleteResponse,
  type PaymentActionResponse,
  type SetupIntentResponse,
  type State,
  type Status,
  type Wall,
} from '../protocol/index.js';
import { BillingService } from './billing.js';
import { RetryLedger } from './retry-ledger.js';
import { statusForRequest } from './embed.js';
import { HandlerError, storeUnavailable } from './errors.js';
import { StripeGateway } from './gateway.js';
import { errorResponse, json, jsonText, noContent, pathnameOf, readJson, readText, toResponse, type Reply } from './http.js';
import { lazyHandler } from './lazy-handler.js';
import { checkWidgetPost } from './origin.js';
import { resolveOptions, type HandlerOptions, type HandlerOptionsFactory, type RateLimit, type ResolvedOptions } from './options.js';
import { ADOPTION_MEMORY_MS, SETUP_INTENT_MAX_AGE_MS, setupIntentFreshness, type SetupIntentOrigin } from './setup-intent-freshness.js';
import type { AdoptedSetupIntent } from './stores/types.js';
import { EVENT_DEDUP_MS, HANDLED_EVENTS, eventCustomer, eventPaymentMethod } from './webhooks.js';
import { createLinkFeature, type UpdateLinkInput } from './notify/link-feature.js';
import { ASSETS_PREFIX, LINK_HEADER, PAGE_EVENTS, UPDATE_PATH } from './notify/link-routes.js';
import { createNotifications } from './notify/setup.js';
import { notificationStats, type NotificationStats } from './notify/tracking.js';
import type { RecoveryReport } from '../protocol/report.js';
import { REPORT_PATH } from '../protocol/report.js';
import type { ReportRequest } from './report/query.js';
import { createReportFeature } from './report/report-feature.js';
import type { RecoveryRecorder } from './report/recorder.js';
import { METHOD_CHANGE_EVENTS, retryOnMethodChange } from './retry-on-change.js';
import { forgetVerifiedLater, onVerifiedLaterEvent } from './verified-later.js';
import { createUpdaterAvoided } from './updater-avoided.js';
import { offersRoutes, type OfferHooks } from './offers/routes.js';
import { OffersGateway } from './offers/stripe-offers.js';
import { pauseIsDue, resumeDue } from './offers/resume-due.js';
import type { BillingSnapshot } from './derive.js';
import { receiptOf } from './offers/receipt.js';

/** Widget bodies are tiny; webhooks carry whole Stripe objects. */
const WIDGET_BODY_LIMIT = 8 * 1024;
const WEBHOOK_BODY_LIMIT = 1024 * 1024;
const CUSTOMER_ID = /^cus_[A-Za-z0-9]{1,250}$/;
/**
 * How long "this SetupIntent / this invoice was counted" is remembered. Past the SetupIntent age
 * bound a replay is refused anyway, and Stripe keeps idempotent answers of `invoices.pay` for 24 h.
 */
const COUNTED_ONCE_MS = 7 * 86_400_000;

/** The answer of `handler.access(request)`: may this request use what the wall guards? */
export interface AccessDecision {
  /** False on a hard wall, without a session, and on an outage when `onUnavailable` is `'deny'`. */
  allowed: boolean;
  /** The same wall `<paymend-wall>` shows: `soft` still allows, until `endsAt`. */
  wall: Wall;
  endsAt: string | null;
  /** The billing state, or null when it is unknown (no session, outage). */
  state: State | null;
  /** Why: `ok` and `wall` come from the status; the others say it could not be known. */
  reason: 'ok' | 'wall' | 'unauthenticated' | 'unavailable';
}

export interface AccessOptions {
  /**
   * What an outage (store down with no recent copy, Stripe unreachable) answers. Default `'allow'`:
   * the wall nudges customers to pay, and a Paymend or Stripe outage must not lock paying customers
   * out; `'deny'` for what must never be given away unpaid.
   */
  onUnavailable?: 'allow' | 'deny';
}

export interface RecoveryStats {
  /** Widget beacons by event name, and by `name.state`. */
  events: Record<string, number>;
  /** Counted by the server itself, independent of beacons. */
  cardsUpdated: number;
  invoicesRecovered: number;
  /** Recovered amounts in minor units, per currency. */
  amountRecovered: Record<string, number>;
  /** What notices achieved, by `channel.step` (docs/merchant/notifications.md). */
  notifications: NotificationStats;
  /** Overdue invoices paid at once because the method on file changed outside Paymend (docs/merchant/how-it-works.md). */
  recoveredOnCardChange: number;
  /** Those payments' amounts in minor units, per currency. */
  amountRecoveredOnCardChange: Record<string, number>;
  /** Payments tried after such a change that the bank declined (the invoice stayed open). */
  retryOnCardChangeDeclined: number;
  /** Such payments not tried at all: the retry discipline forbade that card (a "never" decline, or its attempts used up). */
  retryOnCardChangeRefused: number;
  /** Bank accounts verified by micro-deposits days after the form closed, whose update the handler then finished. */
  bankAccountsVerifiedLater: number;
  /** Cards the network's updater renewed after an `expiring` warning about them was shown or sent, once per card. */
  expiringAvoidedByUpdater: number;
  /** Offers taken (docs/merchant/offers.md), each take once however often it is submitted. */
  offers: { pauseAccepted: number; changePlanAccepted: number; resumed: number };
}

export interface PaymendHandler {
  (request: Request): Promise<Response>;
  /** The recovery funnel read back from the store's counters. */
  recoveryStats(): Promise<RecoveryStats>;
  /**
   * The recovery report (docs/merchant/recovery-report.md): failing invoices in cohorts by the month or ISO
   * week of their first failure, from `from` to `to` (`YYYY-MM-DD`, at most 13 months; default the
   * last 13 months). Rejects with a TypeError on a malformed range.
   */
  recoveryReport(query?: ReportRequest): Promise<RecoveryReport>;
  /** Re-reads one customer from Stripe now (e.g. after a change made outside Stripe webhooks). */
  refreshCustomer(customerId: string): Promise<Status>;
  /**
   * Server-side access check for the merchant's own routes, from the same store, `resolveCustomer`
   * and wall policy as `<paymend-wall>` (which alone is no access control): no Stripe read when cached.
   */
  access(request: Request, options?: AccessOptions): Promise<AccessDecision>;
  /**
   * The absolute URL of a signed no-login link to the hosted update page (or, with
   * `notify.links.pageUrl`, to your page with `?paymend=fix`), for a message you send yourself
   * (e.g. with `composeMessage` from `paymend/notify`). It works for `notify.links.ttlDays` and only
   * for this customer's card update. Rejects with a TypeError on a malformed input, or when no
   * absolute URL can be built (set `notify.links.origin` or `publicOrigin`, and `basePath`).
   */
  updateLink(input: UpdateLinkInput): Promise<string>;
  /**
   * Resumes every subscription pause Paymend made whose chosen day has come (docs/merchant/offers.md);
   * resolves to how many. Run it daily from a cron: a customer who visits is resumed on their
   * status read anyway, this reaches the others. Without `offers` it does nothing.
   */
  resumeDuePauses(): Promise<number>;
  /**
   * What `GET /status` would answer for this request (the same `resolveCustomer`, store and wall
   * policy), for embedding in the page (`embedStatus`, docs/merchant/server.md); `null` when nobody is
   * signed in or the status cannot be read. Never rejects: a page render must not fail over billing.
   */
  statusFor(request: Request): Promise<Status | null>;
  /** Closes the store's connections when the handler owns them. */
  close(): Promise<void>;
  /**
   * Resolves once the options are valid (at once for plain options); rejects with every problem.
   * With `createHandler(() => options)`, call it at start-up to fail the deploy rather than a request.
   */
  ready(): Promise<void>;
}

type Route = (request: Request) => Promise<Reply>;

/** The handler's Reply-level entry, used by the node adapter to skip building a `Response`. */
export const DISPATCH = Symbol.for('paymend.dispatch');

/**
 * Plain options are validated now, and a mistake throws. A factory (`() => options`, sync or
 * async) is read at first use, so `next build` can import the handler without any secret; a
 * mistake then answers 500 to every request and logs each problem.
 */
export function createHandler(input: HandlerOptions | HandlerOptionsFactory): PaymendHandler {
  if (typeof input === 'function') return lazyHandler(input, buildHandler);
  return buildHandler(resolveOptions(input));
}

function buildHandler(options: ResolvedOptions): PaymendHandler {
  const gateway = new StripeGateway(options.stripe, {
    timeoutMs: options.stripeTimeoutMs,
    maxNetworkRetries: options.stripeRetries,
    paymentMethodConfiguration: options.paymentMethodConfiguration,
  });
  const billing = new BillingService(gateway, options);
  const { store, logger } = options;
  // Customer attempts per invoice and card, within the card networks' limits (retry-discipline.ts).
  const retries = new RetryLedger(store);
  // Signed no-login links (src/server/notify/link-feature.ts): the hosted page, and who a link names.
  const links = createLinkFeature(options, limit);
  const linkCustomers = new WeakMap<Request, string>();
  // Email / SMS notices (src/server/notify/setup.ts), each carrying one of those links.
  const notifications = createNotifications({
    options,
    status: (customerId) => billing.status(customerId),
    contact: (customerId) => gateway.readContact(customerId),
    // An upcoming charge has no invoice yet: its link is bound to the customer's card update alone.
    linkFor: (job, channel, locale) =>
      links.updateLink({ customerId: job.customerId, invoiceId: job.invoiceId?.startsWith('in_') ? job.invoiceId : null, step: job.step, channel, locale }),
    revokeLinks: (customerId, invoiceId) => links.signer.revoke(customerId, invoiceId),
  });
  // The recovery ledger and report (src/server/report): fed below by webhooks, /complete, beacons, sends, opens.
  const report = createReportFeature(options);
  const recorder = report.recorder;
  // Warnings the card updater made unnecessary (src/server/updater-avoided.ts): which card each was about.
  const updaterAvoided = createUpdaterAvoided({
    store,
    logger,
    currentCard: async (customerId) => {
      const snapshot = await billing.snapshot(customerId);
      return { paymentMethodId: snapshot.paymentMethodId, state: (await billing.status(customerId, snapshot)).state };
    },
  });
  if (notifications) {
    notifications.notifier.tracking.onSend = async (customerId, invoiceId, channel, step) => {
      await recorder?.sent(invoiceId, channel, step);
      if (step === 'expiring') await updaterAvoided.expiringShown(customerId, false);
    };
  }
  links.hooks.onOpen = async (claims) => {
    await notifications?.notifier.tracking.recordOpen(claims.customerId, claims.invoiceId, claims.channel, claims.step);
    await recorder?.opened(claims.invoiceId, claims.channel, claims.step);
  };
  const retryDeps = {
    gateway,
    store,
    logger,
    retries,
    onRecovered: async (paid: { id: string; amount: number }) => recorder?.completed([paid], 'card_updated'),
  };
  const verifiedLaterDeps = { gateway, store, logger, now: options.now, retries };
  // Ways out that aren't cancel (src/server/offers). The report's recorder hears of each take here.
  const offerHooks: OfferHooks = {
    offerTaken: (invoiceId, kind, customerId) => recorder?.offerTaken(invoiceId, kind, customerId),
    resumed: (invoiceId, customerId) => recorder?.resumed(invoiceId, customerId),
  };
  const offersStripe = new OffersGateway(options.stripe, { timeout: options.stripeTimeoutMs, maxNetworkRetries: options.stripeRetries }, options.now);
  const dueResumes = resumeDue({ options, billing, stripe: offersStripe, hooks: offerHooks, logger });
  /** The invoice a customer is failing on now, from the (cached) status: beacons never name one we trust. */
  const failingInvoiceOf = (customerId: string) =>
    billing.status(customerId).then(
      (status) => status.invoice?.id ?? null,
      () => null,
    );

  /** The signed-in customer by the merchant's `resolveCustomer`, checked; null when nobody is signed in. */
  async function resolvedCustomer(request: Request): Promise<string | null> {
    return resolvedCustomerNow(request);
  }

  /** The same, without a promise when `resolveCustomer` answers synchronously (most read a cookie). */
  function resolvedCustomerNow(request: Request): string | null | Promise<string | null> {
    const customerId = options.resolveCustomer(request);
    return customerId instanceof Promise || typeof (customerId as { then?: unknown } | null)?.then === 'function'
      ? Promise.resolve(customerId).then(checkedCustomer)
      : checkedCustomer(customerId);
  }

  function checkedCustomer(customerId: string | null | undefined): string | null {
    if (customerId == null || (typeof customerId === 'string' && CUSTOMER_ID.test(customerId))) return customerId ?? null;
    throw new HandlerError(500, 'internal_error', 'Something went wrong.', {
      cause: new Error('resolveCustomer must return a Stripe customer id (cus_…) or null'),
    });
  }

  async function customerOf(request: Request): Promise<string> {
    const customerId = linkCustomers.get(request) ?? (await resolvedCustomer(request));
    if (customerId == null) throw new HandlerError(401, 'unauthenticated', 'Sign in to see your billing status.');
    return customerId;
  }

  async function limit(name: string, customerId: string, rule: RateLimit): Promise<void> {
    const window = await store.hit(`${name}:${customerId}`, rule.windowSeconds * 1000).catch((error: unknown) => {
      // A broken store must not open the door to card testing: refuse rather than skip the limit.
      throw storeUnavailable(error);
    });
    if (window.count > rule.limit) {
      const retryAfter = Math.max(1, Math.ceil(window.resetInMs / 1000));
      throw new HandlerError(429, 'rate_limited', 'Too many attempts. Please wait a few minutes and try again.', {
        headers: { 'retry-after': String(retryAfter) },
      });
    }
  }

  /** The status now; a pause Paymend made whose day has come is resumed first (offers/resume-due.ts). */
  async function currentStatus(customerId: string): Promise<Status> {
    const snapshot = await billing.snapshot(customerId);
    return billing.status(customerId, options.offers ? await dueResumes.ifDue(customerId, snapshot) : snapshot);
  }

  /** The snapshot now, after resuming a pause whose day has come. */
  async function currentSnapshot(customerId: string): Promise<BillingSnapshot> {
    const snapshot = await billing.snapshot(customerId);
    return options.offers ? dueResumes.ifDue(customerId, snapshot) : snapshot;
  }

  /**
   * `GET /status` once the customer is known. A warm page view (the store holds the snapshot in
   * memory, its JSON is cached) returns synchronously: each await of the general path costs a
   * microtask and a promise, about half of what Paymend added to Node's own HTTP work.
   */
  function statusReply(customerId: string | null): Reply | Promise<Reply> {
    if (customerId == null) throw new HandlerError(401, 'unauthenticated', 'Sign in to see your billing status.');
    const snapshot = billing.peekSnapshot(customerId);
    if (snapshot && !(options.offers && pauseIsDue(snapshot, options.now()))) {
      const body = billing.statusJson(customerId, snapshot);
      return typeof body === 'string' ? jsonText(200, body) : body.then((text) => jsonText(200, text));
    }
    return currentSnapshot(customerId)
      .then((current) => billing.statusJson(customerId, current))
      .then((text) => jsonText(200, text));
  }

  // Reached with a payment link's header (the hosted page); the usual request takes `dispatch`'s fast path.
  const getStatus: Route = async (request) => statusReply(await customerOf(request));

  const postSetupIntent: Route = async (request) => {
    const customerId = await emptyPost(request, 'setup-intent', options.rateLimits.setupIntent);
    const [{ clientSecret }, session] = await Promise.all([
      gateway.createSetupIntent(customerId),
      // Saved cards are a convenience: without the session the customer can still type a card.
      options.savedPaymentMethods === 'on'
        ? gateway.createCustomerSession(customerId).catch((error: unknown) => {
            logger.warn('creating the CustomerSession failed; the form opens without saved cards', error);
            return undefined;
          })
        : undefined,
    ]);
    if (recorder) await recorder.formOpened(await failingInvoiceOf(customerId));
    const body: SetupIntentResponse = { clientSecret, publishableKey: options.publishableKey };
    if (session) body.customerSessionClientSecret = session.clientSecret;
    return json(200, body);
  };

  /** A widget POST whose body must be `{}`: checks, the customer, and the rate limit of `rule`. */
  async function emptyPost(request: Request, name: string, rule: RateLimit): Promise<string> {
    checkWidgetPost(request, options.origin);
    const customerId = await customerOf(request);
    if (!SetupIntentRequestSchema.safeParse(await readJson(request, WIDGET_BODY_LIMIT)).success) {
      throw new HandlerError(400, 'bad_request', 'Send an empty JSON object: {}.');
    }
    await limit(name, customerId, rule);
    return customerId;
  }

  const postPaymentAction: Route = async (request) => {
    const customerId = await emptyPost(request, 'refresh', options.rateLimits.refresh);
    const clientSecret = await gateway.paymentActionSecret(customerId);
    if (!clientSecret) throw new HandlerError(404, 'not_found', 'No payment is waiting for a confirmation.');
    const body: PaymentActionResponse = { clientSecret, publishableKey: options.publishableKey };
    return json(200, body);
  };

  const postRefresh: Route = async (request) => {
    const customerId = await emptyPost(request, 'refresh', options.rateLimits.refresh);
    return json(200, await billing.status(customerId, await billing.refresh(customerId)));
  };

  const postComplete: Route = async (request) => {
    checkWidgetPost(request, options.origin);
    const customerId = await customerOf(request);
    const parsed = CompleteRequestSchema.safeParse(await readJson(request, WIDGET_BODY_LIMIT));
    if (!parsed.success) throw new HandlerError(400, 'bad_request', 'Send {"setupIntentId": "seti_…"}.');
    const { setupIntentId, clientSecret } = parsed.data;
    await limit('complete', customerId, options.rateLimits.complete);
    // Without the store, "superseded by a later update" cannot be checked: refuse rather than guess.
    const lastAdopted = await store.adoptedSetupIntent(customerId).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
    const outcome = await gateway.completeUpdate(customerId, setupIntentId, {
      ...(clientSecret === undefined ? {} : { proof: clientSecret }),
      accept: (intent) => refuseStale(intent, lastAdopted),
      retries,
    });
    if (!outcome.failure && !outcome.nextAction) {
      await store
        .adoptSetupIntent(customerId, { id: setupIntentId, at: options.now() }, ADOPTION_MEMORY_MS)
        .catch((e: unknown) => logger.error('recording the adopted SetupIntent failed', e));
      // This method replaces any bank account still waiting for its micro-deposits.
      await forgetVerifiedLater(store, customerId).catch((e: unknown) => logger.error('forgetting a pending bank verification failed', e));
    }
    const snapshot = await billing.refresh(customerId);
    await countOutcome(setupIntentId, outcome);
    // A request that came with a signed link is the hosted page; any other is the signed-in app. A
    // bank debit on its way is the customer's fix too: the ledger counts it recovered once it is paid.
    await recorder?.completed([...outcome.paid, ...outcome.processing], linkCustomers.has(request) ? 'hosted_page' : 'in_app', customerId);
    const body: CompleteResponse = { status: await billing.status(customerId, snapshot) };
    if (outcome.nextAction) body.nextAction = outcome.nextAction;
    if (outcome.failure) body.failure = outcome.failure;
    if (!outcome.nextAction && !outcome.failure) body.receipt = receiptOf(outcome.paid, snapshot);
    return json(200, body);
  };

  function refuseStale(intent: SetupIntentOrigin, lastAdopted: AdoptedSetupIntent | null): void {
    const freshness = setupIntentFreshness(intent, lastAdopted, options.now(), SETUP_INTENT_MAX_AGE_MS);
    if (freshness === 'fresh') return;
    throw new HandlerError(409, 'setup_intent_stale', 'This card update is out of date. Please start again.', {
      cause: new Error(`SetupIntent ${intent.id} refused: ${freshness}`),
    });
  }

  /**
   * Counts each SetupIntent's card and each invoice once, whatever replays or concurrent calls of
   * `/complete` come: the first claim of a key counts, the others do not.
   */
  async function countOutcome(setupIntentId: string, outcome: Awaited<ReturnType<StripeGateway['completeUpdate']>>): Promise<void> {
    try {
      const counters: Record<string, number> = {};
      if (!outcome.failure && !outcome.nextAction && (await store.claimOnce(`counted:card:${setupIntentId}`, COUNTED_ONCE_MS))) {
        counters['server.cardsUpdated'] = 1;
      }
      for (const paid of outcome.paid) {
        if (!(await store.claimOnce(`counted:invoice:${paid.id}`, COUNTED_ONCE_MS))) continue;
        counters['server.invoicesRecovered'] = (counters['server.invoicesRecovered'] ?? 0) + 1;
        const key = `server.amountRecovered.${paid.currency}`;
        counters[key] = (counters[key] ?? 0) + paid.amount;
      }
      if (Object.keys(counters).length > 0) await store.count(counters);
    } catch (error) {
      logger.error('counting failed', error);
    }
  }

  const postWebhook: Route = async (request) => {
    const signature = request.headers.get('stripe-signature');
    if (!signature) throw new HandlerError(400, 'invalid_signature', 'Missing Stripe-Signature header.');
    const payload = await readText(request, WEBHOOK_BODY_LIMIT);
    let event: Stripe.Event;
    try {
      event = options.stripe.webhooks.constructEvent(payload, signature, options.webhookSecret, options.webhookToleranceSeconds);
    } catch {
      throw new HandlerError(400, 'invalid_signature', 'The webhook signature is not valid.');
    }
    // Connect events (`account` set) concern customers of another Stripe account: not ours to read.
    if (!HANDLED_EVENTS.has(event.type) || (event as { account?: string }).account) return json(200, { received: true, handled: false });
    // Without the store an event can be neither deduplicated nor traced to its customer: a 503 that
    // says so (in Stripe's delivery log too), and Stripe delivers it again later.
    const claimed = await store.claimEvent(event.id, EVENT_DEDUP_MS).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
    if (!claimed) return json(200, { received: true, duplicate: true });
    try {
      let customerId = eventCustomer(event);
      const paymentMethodId = eventPaymentMethod(event);
      if (!customerId && paymentMethodId) {
        customerId = await store.customerOfPaymentMethod(paymentMethodId).catch((error: unknown) => {
          throw storeUnavailable(error);
        });
      }
      if (!customerId) return json(200, { received: true, handled: false });
      // Before the notifier, so the failure is on record when its first notice is sent.
      await recorder?.webhook(event, customerId);
      if (event.type === 'payment_method.automatically_updated' && paymentMethodId) await updaterAvoided.renewed(paymentMethodId);
      // A new method on file outside Paymend: pay what is overdue now, before the status is re-read.
      if (METHOD_CHANGE_EVENTS.has(event.type)) await retryOnMethodChange(retryDeps, event, customerId);
      // A bank account verified by micro-deposits days after the form closed: finish that update now.
      await onVerifiedLaterEvent(verifiedLaterDeps, event, customerId);
      if (notifications?.concerns(event)) {
        // A message may depend on it: read the status now, and plan (queue) what it calls for. Sending
        // happens in the queue, so a slow mail server never holds Stripe's webhook.
        const status = await billing.status(customerId, await billing.refresh(customerId));
        await notifications.onEvent(event, customerId, status);
      } else if (await billing.isCached(customerId)) await billing.refresh(customerId);
      // A customer nobody has looked at needs no Stripe read now: forgetting is enough.
      else await billing.invalidate(customerId);
      return json(200, { received: true, handled: true });
    } catch (error) {
      // Let Stripe deliver it again later: the claim is released so the retry is not a "duplicate".
      await store.releaseEvent(event.id).catch(() => undefined);
      throw error;
    }
  };

  /** Beacons the recovery ledger keeps (the others only count); each costs a status read. */
  const LEDGER_BEACONS = new Set<AnalyticsEvent['name']>(['shown', 'opened', 'offers_shown', 'support_opened', 'rated']);

  /** The ledger's side of a beacon, always for the customer's own failing invoice (never the browser's word alone). */
  async function recordBeacon(recorder: RecoveryRecorder, customerId: string, event: AnalyticsEvent): Promise<void> {
    const invoiceId = await failingInvoiceOf(customerId);
    if (event.name === 'shown') await recorder.sent(invoiceId, 'banner', event.state);
    else if (event.name === 'opened') await recorder.opened(invoiceId, 'banner', event.state);
    else if (event.name === 'offers_shown') await recorder.offersShown(invoiceId, event.source);
    else if (event.name === 'support_opened') await recorder.supportOpened(invoiceId, event.source);
    // After a fix the status shows no failing invoice: the one this customer just recovered (noted by
    // the server), else the one the widget names if it is this customer's.
    else if (event.name === 'rated') await recorder.rated(invoiceId ?? (await recorder.ratedInvoice(customerId, event.invoiceId)), event.rating!, customerId);
  }

  const postEvents: Route = async (request) => {
    checkWidgetPost(request, options.origin);
    const customerId = await customerOf(request);
    const parsed = AnalyticsEventSchema.safeParse(await readJson(request, WIDGET_BODY_LIMIT));
    if (!parsed.success) {
      throw new HandlerError(400, 'bad_request', `Send {"name": ${EVENT_NAMES.map((n) => `"${n}"`).join('|')}, "state": …}; "rating" 1-5 with "rated" only; "source" one of ${EVENT_SOURCES.join(', ')}.`);
    }
    const { name, state, source, rating } = parsed.data;
    // A signed link reaches /events only for what its page offers: support and the rating, nothing else.
    if (linkCustomers.has(request) && !(source === 'page' && PAGE_EVENTS.has(name))) {
      throw new HandlerError(403, 'forbidden', 'A payment link only allows updating the payment method.');
    }
    await limit('events', customerId, options.rateLimits.events);
    await store.count({
      [`events.${name}`]: 1,
      [`events.${name}.${state}`]: 1,
      // Where support was reached from, and how easy it was: the report's closing-the-loop figures.
      ...((name === 'support_opened' || name === 'offers_shown') && source ? { [`events.${name}.${source}`]: 1 } : {}),
      ...(name === 'rated' && rating !== undefined ? { [`events.rated.${rating}`]: 1 } : {}),
    });
    if (name === 'shown' && state === 'expiring') await updaterAvoided.expiringShown(customerId, true);
    if (recorder && LEDGER_BEACONS.has(name)) await recordBeacon(recorder, customerId, parsed.data);
    return noContent();
  };

  const offers = offersRoutes({ options, billing, stripe: offersStripe, customerOf, limit, hooks: offerHooks });

  const routes: Record<string, { method: 'GET' | 'POST'; run: Route }> = {
    [PATHS.status]: { method: 'GET', run: getStatus },
    [PATHS.setupIntent]: { method: 'POST', run: postSetupIntent },
    [PATHS.complete]: { method: 'POST', run: postComplete },
    [PATHS.paymentAction]: { method: 'POST', run: postPaymentAction },
    [PATHS.refresh]: { method: 'POST', run: postRefresh },
    [PATHS.webhook]: { method: 'POST', run: postWebhook },
    [PATHS.events]: { method: 'POST', run: postEvents },
    [UPDATE_PATH]: { method: 'GET', run: links.routes.page },
    [REPORT_PATH]: { method: 'GET', run: report.route },
    [PATHS.offers]: { method: 'GET', run: offers.getOffers },
    [PATHS.pause]: { method: 'POST', run: offers.postPause },
    [PATHS.changePlan]: { method: 'POST', run: offers.postChangePlan },
    [PATHS.resume]: { method: 'POST', run: offers.postResume },
  };

  function routeOf(pathname: string): string | null {
    if (options.basePath !== undefined) {
      const base = options.basePath === '/' ? '' : options.basePath;
      return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
    }
    return pathname.slice(pathname.lastIndexOf('/'));
  }

  /**
   * `GET /status` from a signed-in session takes a path of its own: without a link header nothing
   * else applies to it, and it can answer without a single await (see `statusReply`).
   */
  const dispatch = (request: Request): Reply | Promise<Reply> => {
    try {
      const path = routeOf(pathnameOf(request));
      if (path !== PATHS.status || (request.method !== 'GET' && request.method !== 'HEAD') || request.headers.get(LINK_HEADER) !== null) {
        return dispatchRoute(request, path ?? '');
      }
      const customer = resolvedCustomerNow(request);
      const reply = typeof customer === 'object' && customer !== null ? customer.then(statusReply) : statusReply(customer);
      return reply instanceof Promise ? reply.catch((error: unknown) => failed(request, error)) : reply;
    } catch (error) {
      return failed(request, error);
    }
  };

  const dispatchRoute = async (request: Request, path: string): Promise<Reply> => {
    try {
      const route = path.startsWith(ASSETS_PREFIX) ? { method: 'GET', run: () => links.routes.asset(path) } : routes[path];
      if (!route) throw new HandlerError(404, 'not_found', 'No such Paymend endpoint.');
      if (request.method !== route.method && !(route.method === 'GET' && request.method === 'HEAD')) {
        throw new HandlerError(405, 'method_not_allowed', `Use ${route.method} here.`, { headers: { allow: route.method } });
      }
      // A request of the hosted page names its customer by its signed link (only for the update flow).
      const linkCustomer = await links.routes.customerOf(request, path);
      if (linkCustomer) linkCustomers.set(request, linkCustomer);
      return await route.run(request);
    } catch (error) {
      return failed(request, error);
    }
  };

  function failed(request: Request, error: unknown): Reply {
    if (error instanceof HandlerError) {
      if (error.status >= 500) logger.error(`${request.method} ${safePath(request)}: ${error.message}`, error.cause);
      return errorResponse(error);
    }
    logger.error(`${request.method} ${safePath(request)}: unexpected error`, error);
    return errorResponse(new HandlerError(500, 'internal_error', 'Something went wrong. Please try again.'));
  }

  async function recoveryStats(): Promise<RecoveryStats> {
    const counters = await store.counters();
    const stats: RecoveryStats = {
      events: {},
      cardsUpdated: 0,
      invoicesRecovered: 0,
      amountRecovered: {},
      notifications: notificationStats(counters),
      recoveredOnCardChange: counters['server.recoveredOnCardChange'] ?? 0,
      amountRecoveredOnCardChange: {},
      retryOnCardChangeDeclined: counters['server.retryOnCardChangeDeclined'] ?? 0,
      retryOnCardChangeRefused: counters['server.retryOnCardChangeRefused'] ?? 0,
      bankAccountsVerifiedLater: counters['server.bankAccountsVerifiedLater'] ?? 0,
      expiringAvoidedByUpdater: counters['server.expiringAvoidedByUpdater'] ?? 0,
      offers: {
        pauseAccepted: counters['server.offers.pause.accepted'] ?? 0,
        changePlanAccepted: counters['server.offers.change_plan.accepted'] ?? 0,
        resumed: counters['server.offers.resumed'] ?? 0,
      },
    };
    for (const [name, value] of Object.entries(counters)) {
      if (name.startsWith('events.')) stats.events[name.slice('events.'.length)] = value;
      else if (name === 'server.cardsUpdated') stats.cardsUpdated = value;
      else if (name === 'server.invoicesRecovered') stats.invoicesRecovered = value;
      else if (name.startsWith('server.amountRecovered.')) stats.amountRecovered[name.slice('server.amountRecovered.'.length)] = value;
      else if (name.startsWith('server.amountRecoveredOnCardChange.')) {
        stats.amountRecoveredOnCardChange[name.slice('server.amountRecoveredOnCardChange.'.length)] = value;
      }
    }
    return stats;
  }

  async function access(request: Request, accessOptions: AccessOptions = {}): Promise<AccessDecision> {
    const customerId = await resolvedCustomer(request);
    if (customerId == null) return { allowed: false, wall: 'none', endsAt: null, state: null, reason: 'unauthenticated' };
    try {
      const status = await currentStatus(customerId);
      const allowed = status.access.wall !== 'hard';
      return { allowed, wall: status.access.wall, endsAt: status.access.endsAt, state: status.state, reason: allowed ? 'ok' : 'wall' };
    } catch (error) {
      if (!(error instanceof HandlerError) || error.status < 500) throw error;
      logger.error(`access check for ${customerId} could not read the status: ${error.message}`, error.cause);
      const allowed = (accessOptions.onUnavailable ?? 'allow') === 'allow';
      return { allowed, wall: 'none', endsAt: null, state: null, reason: 'unavailable' };
    }
  }

  const handler = async (request: Request): Promise<Response> => toResponse(await dispatch(request));

  return Object.assign(handler, {
    [DISPATCH]: dispatch,
    recoveryStats,
    recoveryReport: report.recoveryReport,
    access,
    refreshCustomer: async (customerId: string) => billing.status(customerId, await billing.refresh(customerId)),
    updateLink: async (input: UpdateLinkInput) => links.updateLink(input),
    resumeDuePauses: async () => (options.offers ? dueResumes.all() : 0),
    statusFor: statusForRequest({ resolvedCustomer, currentStatus, logger }),
    close: async () => {
      await notifications?.close();
      await store.close?.();
    },
    ready: async () => undefined,
  });
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return '(bad url)';
  }
}

