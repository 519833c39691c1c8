/**
 * The offers' routes (README › Offers): `GET /offers`, `POST /pause {months}`, `POST /change-plan
 * {price}`, `POST /resume {}`. The POSTs have exactly the checks of `/complete`: CSRF (Origin,
 * `Paymend-Request`), the customer from the merchant's session or the hosted page's signed link
 * (never from the body), a strict body (400 with what to send), a rate limit, and the policy asked
 * again on the server (409 `offer_not_allowed`, saying why). A double submit takes the offer once
 * (`./tickets.ts`, and Stripe idempotency keys on every write).
 */
import { PauseRequestSchema, ChangePlanRequestSchema, ResumeRequestSchema, type OfferResult, type Receipt } from '../../protocol/index.js';
import type { BillingService } from '../billing.js';
import type { BillingSnapshot } from '../derive.js';
import { HandlerError, storeUnavailable } from '../errors.js';
import { json, readJson, type Reply } from '../http.js';
import type { RateLimit, ResolvedOptions } from '../options.js';
import { checkWidgetPost } from '../origin.js';
import { offerContext, type OfferContext } from './context.js';
import { offersFor, pauseChoice, planChoice, type Choice } from './eligibility.js';
import type { ResolvedOffers } from './options.js';
import { BANK_DEBITS, OffersGateway, type Charge } from './stripe-offers.js';
import { OfferTickets, pausedInvoiceKey, type Ticket, type TicketKind } from './tickets.js';

const BODY_LIMIT = 8 * 1024;
const COUNTED_ONCE_MS = 7 * 86_400_000;
/** The invoice a pause was taken on, for its resume's report fact: a pause lasts at most 12 months. */
const PAUSED_INVOICE_TTL_MS = 400 * 86_400_000;
const COUNTERS: Record<TicketKind, string> = {
  pause: 'server.offers.pause.accepted',
  change_plan: 'server.offers.change_plan.accepted',
  resume: 'server.offers.resumed',
};

/**
 * Where the recovery report hears of offers taken. Called once per take (replays are not), with
 * the invoice that was failing then (null when none). The handler wires the report's recorder here.
 */
export interface OfferHooks {
  offerTaken?: (invoiceId: string | null, kind: 'pause' | 'change_plan', customerId: string) => void | Promise<void>;
  /** `customerId` when the customer took it (Resume now), for the rating their thank-you may ask; none for the sweep. */
  resumed?: (invoiceId: string | null, customerId?: string) => void | Promise<void>;
}

export interface OffersDeps {
  options: ResolvedOptions;
  billing: BillingService;
  stripe: OffersGateway;
  customerOf(request: Request): Promise<string>;
  limit(name: string, customerId: string, rule: RateLimit): Promise<void>;
  hooks: OfferHooks;
}

/** What one take did: charged (or nothing to charge), or stopped at the bank. */
type Outcome = { receipt: Receipt } | { nextAction: { clientSecret: string } } | { failure: NonNullable<OfferResult['failure']> };

/** What the take's ticket remembers (the subscription, the invoice failing when it began), and `reached()` to mark a write a retry must finish. */
interface TakeState {
  /** The same take again after the bank's confirmation (or a half-done one): Stripe replays its writes. */
  continuing: boolean;
  subscriptionId: string | null;
  invoiceId: string | null;
  reached(): Promise<void>;
}
type Run<T> = (ctx: OfferContext, key: string, value: T, t: TakeState) => Promise<Outcome>;

/**
 * What a pause or a switch concerns: the subscription, the invoice failing on it, and the card on
 * file, so that after a decline a new card is a new attempt rather than Stripe replaying the decline.
 */
const failingAnchor = (ctx: OfferContext) =>
  `${ctx.subscription?.id ?? 'none'}-${ctx.snapshot.invoice?.id ?? 'none'}-${ctx.snapshot.paymentMethodId ?? 'none'}`;

const storeDown = (error: unknown): never => {
  throw storeUnavailable(error);
};

export function offersRoutes(deps: OffersDeps) {
  const { options, billing, stripe } = deps;
  const tickets = new OfferTickets(options.store);

  function configured(): ResolvedOffers {
    if (!options.offers) throw new HandlerError(404, 'not_found', 'No such Paymend endpoint.');
    return options.offers;
  }
  /** `halfDone`: this customer's own pause stopped midway (its ticket is `partial`), so it is read as if still failing. */
  const context = async (customerId: string, snapshot: BillingSnapshot) => {
    const half = configured().pause ? await tickets.get(customerId, 'pause').catch(storeDown) : null;
    const halfDone = half?.state === 'partial' ? { subscriptionId: half.subscriptionId ?? null } : null;
    return offerContext({ billing, stripe, policy: configured(), now: options.now }, customerId, snapshot, halfDone);
  };

  const getOffers = async (request: Request): Promise<Reply> => {
    configured();
    const customerId = await deps.customerOf(request);
    const ctx = await context(customerId, await billing.snapshot(customerId));
    return json(200, offersFor(ctx.input));
  };

  /** Checks shared by the three POSTs, in `/complete`'s order; returns the customer and the parsed body. */
  async function post<T>(request: Request, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, hint: string) {
    checkWidgetPost(request, options.origin);
    const customerId = await deps.customerOf(request);
    const parsed = schema.safeParse(await readJson(request, BODY_LIMIT));
    if (!parsed.success) throw new HandlerError(400, 'bad_request', hint);
    await deps.limit('offers', customerId, options.rateLimits.offers);
    return { customerId, body: parsed.data };
  }

  async function answer(customerId: string, extra: Omit<OfferResult, 'status'>, snapshot?: BillingSnapshot): Promise<Reply> {
    const body: OfferResult = { status: await billing.status(customerId, snapshot), ...extra };
    return json(200, body);
  }

  /** A submit answered as the take it repeats: the status as it is now, and that take's receipt. */
  const replay = (customerId: string, ticket: Ticket): Promise<Reply> => answer(customerId, ticket.receipt ? { receipt: ticket.receipt } : {});

  /**
   * Takes an offer once: a repeat of a finished take answers as it did; one that runs while another
   * submit of the same choice is taking it waits for that; a repeat after the bank asked for a
   * confirmation continues the same take (same keys: Stripe replays, and reads what the bank said).
   */
  async function take<T>(
    customerId: string,
    kind: TicketKind,
    choice: string,
    o: { decide: (ctx: OfferContext) => Choice<T>; anchor: (ctx: OfferContext) => string; run: Run<T> },
  ): Promise<Reply> {
    const { decide, run } = o;
    let existing = await tickets.get(customerId, kind).catch(storeDown);
    if (existing?.state === 'confirming' && existing.choice !== choice) {
      // Another choice after an unconfirmed one (3-D Secure abandoned): it supersedes it (the run drops its pending update).
      await tickets.drop(customerId, kind).catch(storeDown);
      existing = null;
    }
    // A half-done take is finished by a retry of any choice (another pause length: its own keys, since they carry the choice).
    const resumable = (t: Ticket | null) => (t?.choice === choice && t.state === 'confirming') || t?.state === 'partial';
    if (existing?.choice === choice && !resumable(existing)) {
      const settled = existing.state === 'done' ? existing : await tickets.settled(customerId, kind, choice).catch(storeDown);
      if (settled) return replay(customerId, settled);
    }
    const ctx = await context(customerId, await billing.refresh(customerId));
    const decision = decide(ctx);
    const continuing = resumable(existing) ? existing : null;
    // Continuing after a confirmation, the policy said yes when the take began; a half-done one asks it again (it is read as still failing).
    if (!decision.ok && (!continuing || continuing.state === 'partial')) {
      // What Stripe says now may be the work of a concurrent submit of this very choice: answer as it
      // (not when this submit found the take half done: nobody else is finishing it).
      const settled = continuing ? null : await tickets.settled(customerId, kind, choice).catch(storeDown);
      if (settled) return replay(customerId, settled);
      throw new HandlerError(409, 'offer_not_allowed', decision.message);
    }
    // Customer, offer, choice and what it concerns (the subscription and its failing invoice, or the pause).
    const key = continuing?.choice === choice ? continuing.key : `paymend-offer-${kind}-${customerId}-${choice}-${o.anchor(ctx)}`;
    const subscriptionId = continuing?.subscriptionId ?? ctx.subscription?.id ?? ctx.snapshot.pause?.subscriptionId ?? ctx.snapshot.subscriptionId ?? null;
    const invoiceId = continuing?.invoiceId ?? ctx.snapshot.invoice?.id ?? null;
    const fields = { choice, key, subscriptionId, invoiceId };
    if (continuing && continuing.choice !== choice) await tickets.partial(customerId, kind, fields).catch(storeDown);
    if (!continuing && !(await tickets.open(customerId, kind, fields).catch(storeDown))) {
      const settled = await tickets.settled(customerId, kind, choice).catch(storeDown);
      if (settled) return replay(customerId, settled);
      throw new HandlerError(409, 'offer_not_allowed', 'Another change to this subscription is being made. Please try again in a moment.');
    }
    let outcome: Outcome;
    let reached = continuing?.state === 'partial';
    const state: TakeState = {
      continuing: continuing?.choice === choice,
      subscriptionId,
      invoiceId,
      reached: async () => {
        reached = true;
        await tickets.partial(customerId, kind, fields).catch(storeDown);
      },
    };
    try {
      if (!decision.ok) {
        // Continuing after a confirmation: the policy said yes when this take began.
        outcome = await run(ctx, key, undefined as T, state);
      } else outcome = await run(ctx, key, decision.value, state);
    } catch (error) {
      // Stopped after a write (the overdue invoice voided): the ticket stays `partial` for a retry to finish.
      if (!reached) await tickets.drop(customerId, kind).catch(() => undefined);
      throw error;
    }
    if ('nextAction' in outcome) {
      await tickets.confirming(customerId, kind, fields).catch(storeDown);
      // The publishable key comes along: the offers panel confirms in place with Stripe.js and has no SetupIntent to bring it.
      return answer(customerId, { nextAction: { ...outcome.nextAction, publishableKey: options.publishableKey } }, await billing.refresh(customerId));
    }
    if ('failure' in outcome) {
      await tickets.drop(customerId, kind).catch(storeDown);
      return answer(customerId, { failure: outcome.failure }, await billing.refresh(customerId));
    }
    await tickets.done(customerId, kind, { ...fields, receipt: outcome.receipt }).catch(storeDown);
    // A pause and its resume undo each other: after one, a repeat of the other is a new request.
    if (kind === 'pause') await tickets.drop(customerId, 'resume').catch(storeDown);
    if (kind === 'resume') await tickets.drop(customerId, 'pause').catch(storeDown);
    await afterTake(customerId, kind, key, invoiceId);
    return answer(customerId, { receipt: outcome.receipt }, await billing.refresh(customerId));
  }

  /** The customer's record of offers taken (for once-per), the counters and the report: each once per take. */
  async function afterTake(customerId: string, kind: TicketKind, key: string, invoiceId: string | null): Promise<void> {
    try {
      if (kind !== 'resume') await stripe.recordTaken(customerId, kind === 'pause' ? 'pause' : 'changePlan');
      if (!(await options.store.claimOnce(`counted:offer:${key}`, COUNTED_ONCE_MS))) return;
      await options.store.count({ [COUNTERS[kind]]: 1 });
      if (kind === 'resume') {
        // A pause usually voids the invoice it was taken on: the report ties the resume to that one.
        const paused = await options.store.getValue(pausedInvoiceKey(customerId));
        await deps.hooks.resumed?.(paused ?? invoiceId, customerId);
      } else {
        if (kind === 'pause' && invoiceId) await options.store.setValue(pausedInvoiceKey(customerId), invoiceId, PAUSED_INVOICE_TTL_MS);
        await deps.hooks.offerTaken?.(invoiceId, kind, customerId);
      }
    } catch (error) {
      // The offer is taken; a record that failed must not turn that into an error for the customer.
      options.logger.error(`recording the ${kind} offer taken by ${customerId} failed`, error);
    }
  }

  /** The receipt after a take: what was charged now, and the next charge as Stripe now has it. */
  async function receiptOf(customerId: string, paid: Receipt['paid'], nextChargeAt?: string | null): Promise<Receipt> {
    if (nextChargeAt !== undefined) return { paid, nextChargeAt };
    const snapshot = await billing.refresh(customerId);
    return { paid, nextChargeAt: snapshot.pause?.resumesAt ?? snapshot.nextChargeAt ?? null };
  }

  function outcomeOf(charge: Charge): Outcome | null {
    if ('nextAction' in charge) return { nextAction: charge.nextAction };
    if ('failure' in charge) return { failure: charge.failure };
    return null;
  }

  const postPause = async (request: Request): Promise<Reply> => {
    const policy = configured().pause;
    if (!policy) throw new HandlerError(404, 'not_found', 'No such Paymend endpoint.');
    const { customerId, body } = await post(request, PauseRequestSchema, 'Send {"months": 1…12}.');
    return take(customerId, 'pause', String(body.months), {
      decide: (ctx) => pauseChoice(offersFor(ctx.input), body.months),
      anchor: failingAnchor,
      run: async (ctx, key, { offer, resumesAt }, t) => {
        const subscription = ctx.subscription!;
        // The overdue invoice first: a pause must not leave Stripe retrying a card for a paused plan.
        if (offer.overdueInvoice === 'void' && ctx.snapshot.invoice && ctx.snapshot.subscriptionId === subscription.id) {
          await stripe.voidInvoice(ctx.snapshot.invoice.id, key);
          // Nothing is failing any more: if the pause call fails now, a retry must still be allowed to finish it.
          await t.reached();
        }
        if (offer.method === 'subscription') await stripe.pauseSubscription(subscription.id, resumesAt, key);
        else await stripe.pauseCollection(subscription.id, policy, resumesAt, key);
        return { receipt: await receiptOf(customerId, [], resumesAt) };
      },
    });
  };

  const postChangePlan = async (request: Request): Promise<Reply> => {
    const policy = configured().changePlan;
    if (!policy) throw new HandlerError(404, 'not_found', 'No such Paymend endpoint.');
    const { customerId, body } = await post(request, ChangePlanRequestSchema, 'Send {"price": "price_…"}, one of the plans GET /offers lists.');
    return take(customerId, 'change_plan', body.price, {
      decide: (ctx) => planChoice(offersFor(ctx.input), body.price),
      anchor: failingAnchor,
      run: async (ctx, key, _value, { subscriptionId, continuing }) => {
        // Continuing after the bank's confirmation, the state may no longer be one offers are read in.
        const subscription = ctx.subscription ?? (subscriptionId ? await stripe.subscription(subscriptionId) : null);
        const itemId = ctx.input.subscription?.item?.id ?? (subscription?.items?.data.length === 1 ? subscription.items.data[0]!.id : undefined);
        if (!subscription || !itemId) throw new HandlerError(409, 'offer_not_allowed', 'This subscription cannot be changed here. Please contact support.');
        const bankDebit = BANK_DEBITS.has(ctx.status.paymentMethod?.type ?? 'card');
        // A switch left waiting for a confirmation that never came is superseded by this one.
        if (!continuing) await stripe.dropPendingUpdate(subscription, key);
        const charge = await stripe.changePlan(subscription, itemId, body.price, policy, key, bankDebit);
        const stopped = outcomeOf(charge);
        if (stopped) return stopped;
        // Switched: the overdue invoice of the dearer plan is settled as the merchant chose.
        const overdue = ctx.snapshot.invoice && ctx.snapshot.subscriptionId === subscription.id ? ctx.snapshot.invoice.id : null;
        if (policy.overdueInvoice === 'void' && overdue) await stripe.voidInvoice(overdue, key);
        return { receipt: await receiptOf(customerId, 'paid' in charge ? charge.paid : []) };
      },
    });
  };

  const postResume = async (request: Request): Promise<Reply> => {
    configured();
    const { customerId } = await post(request, ResumeRequestSchema, 'Send an empty JSON object: {}.');
    const decide = (ctx: OfferContext): Choice<null> =>
      ctx.snapshot.pause?.resumable ? { ok: true, value: null } : { ok: false, message: 'Nothing is paused, so there is nothing to resume.' };
    // Resuming is asked of any status, paused or not: its context is the pause, not the offers' states.
    return take(customerId, 'resume', 'now', {
      decide,
      anchor: (ctx) => `${ctx.snapshot.pause?.subscriptionId ?? 'none'}-${ctx.snapshot.pause?.resumesAt ?? 'open'}-${ctx.snapshot.paymentMethodId ?? 'none'}`,
      run: async (ctx, key, _value, { subscriptionId }) => {
        const pause = ctx.snapshot.pause;
        // Only a take continuing after the bank's confirmation gets here with nothing paused: the payment
        // went through and Stripe resumed it. The receipt is that resumption invoice's payment.
        if (!pause) {
          const charge: Charge = subscriptionId ? await stripe.chargeOf(subscriptionId) : { paid: [] };
          const stopped = outcomeOf(charge);
          if (stopped) return stopped;
          return { receipt: await receiptOf(customerId, 'paid' in charge ? charge.paid : []) };
        }
        const subscription = await stripe.subscription(pause.subscriptionId);
        const charge = await stripe.resume(subscription, pause.method, key, true);
        const stopped = outcomeOf(charge);
        if (stopped) return stopped;
        return { receipt: await receiptOf(customerId, 'paid' in charge ? charge.paid : []) };
      },
    });
  };

  return { getOffers, postPause, postChangePlan, postResume, tickets };
}
