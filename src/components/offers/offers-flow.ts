/**
 * The "Can't pay right now?" flow apart from how it looks, as a Lit reactive controller with
 * explicit states (like the update flow): load the offers, choose one, confirm, send, and the
 * outcome. No words here: `<paymend-offers>` renders these states in the care catalog's, and a test
 * can drive the flow with a plain host.
 *
 *   idle → loading → list ⇄ confirm → (sending) → done
 *                  ↘ none (nothing offered)  ↘ payment (taken, but the charge was declined or needs the bank)
 *
 * A plan change the bank wants confirmed (3-D Secure) is confirmed in place with Stripe.js
 * `handleNextAction` while still `sending`, then the same POST is sent again for how it ended.
 *                  ↘ unavailable (could not load; `reload()`)
 *
 * Policy is the server's: the flow only asks. A 409 `offer_not_allowed` reloads the offers (that
 * one is gone) and says so; a lost connection leaves the customer on the confirmation to try again,
 * which is safe since the handler is idempotent. One click sends one request: `take()` ignores calls
 * while one is on its way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FailureCodes } from '../../explain/index.js';
import type { OfferKind, Receipt, Status } from '../../protocol/index.js';
import { fetchStatus, PaymendRequestError, primeStatus } from '../../internal/api-client.js';
import { validateStatus } from '../../internal/backend.js';
import { sendBeacon } from '../../internal/beacon.js';
import type { PaymendEventDetailMap } from '../../internal/events.js';
import { warnOnce } from '../../internal/log.js';
import { nextFrame } from '../../internal/next-frame.js';
import { confirmWithBank } from '../../internal/bank-confirm.js';
import { fetchOffers, takeOffer, type Choice, type OffersAsRead } from './offers-api.js';

export type OffersPhase = 'idle' | 'loading' | 'list' | 'none' | 'unavailable' | 'confirm' | 'done' | 'payment';

export type OffersProblem =
  /** Saving failed (network, timeout, 5xx, rate limit): nothing changed, try again. */
  | { kind: 'failed' }
  /** The server refused this offer (policy): it is no longer available. */
  | { kind: 'refused' }
  /** The offer was taken but the charge it made was declined: the card needs updating. */
  | { kind: 'declined'; codes: FailureCodes }
  /** The offer was taken and the bank wants the customer to confirm the charge (3-D Secure). */
  | { kind: 'confirm_payment' };

export interface OfferOutcome {
  kind: OfferKind;
  /** The status after the offer. */
  status: Status;
  receipt: Receipt | null;
  /** What was chosen, for the done message (the pause length, the plan's name). */
  choice: Choice;
}

export interface OffersFlowHost extends ReactiveControllerHost {
  readonly localName: string;
  readonly isConnected: boolean;
  readonly endpoint: string;
  /** The status the page has (the banner's, the wall's), if any: for the beacon and the amounts. */
  readonly status?: Status | undefined;
  /** Which surface opened the panel, for the `offers_shown` beacon's `source`. */
  readonly beaconSource?: 'banner' | 'wall' | 'page' | undefined;
  readonly updateComplete: Promise<boolean>;
  emit<N extends 'paymend-offer-taken'>(name: N, detail: PaymendEventDetailMap[N]): unknown;
}

type Fields = Pick<OffersFlow, 'phase' | 'busy' | 'problem' | 'offers' | 'choice' | 'outcome' | 'statusBefore'>;

export class OffersFlow implements ReactiveController {
  readonly phase: OffersPhase = 'idle';
  /** A choice is being sent: the confirm button does nothing meanwhile. */
  readonly busy: boolean = false;
  readonly problem: OffersProblem | null = null;
  readonly offers: OffersAsRead | null = null;
  /** The choice being confirmed (phase `confirm`, and after). */
  readonly choice: Choice | null = null;
  readonly outcome: OfferOutcome | null = null;
  /** The status before anything was taken: the overdue amount the confirmation speaks of. */
  readonly statusBefore: Status | null = null;

  /** Aborted when the host leaves the page: late answers are dropped. */
  private session: AbortController | null = null;

  constructor(private readonly host: OffersFlowHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.session?.abort();
    this.session = null;
    this.set({ phase: 'idle', busy: false, problem: null, choice: null, outcome: null });
  }

  /** Opens the panel: loads the offers and counts it as shown (`offers_shown`). */
  async start(): Promise<void> {
    if (!this.host.isConnected || this.session) return;
    const session = new AbortController();
    this.session = session;
    void this.currentStatus(session).then((status) => {
      const source = this.host.beaconSource;
      if (status && session === this.session) sendBeacon(this.host.endpoint, 'offers_shown', status, source ? { source } : {});
    });
    await this.load(session);
  }

  /** Tries loading the offers again (phase `unavailable`). */
  reload(): void {
    const session = this.session;
    if (!session || this.busy || this.phase !== 'unavailable') return;
    void this.load(session);
  }

  choose(choice: Choice): void {
    if (this.busy || this.phase !== 'list') return;
    this.set({ phase: 'confirm', choice, problem: null });
  }

  /** From the confirmation back to the list. True when it went back; false at the list (the host closes). */
  back(): boolean {
    if (this.busy) return true;
    if (this.phase !== 'confirm') return false;
    this.set({ phase: 'list', problem: null });
    return true;
  }

  /** Sends the confirmed choice. Re-entrant calls are ignored: a double click sends once. */
  async take(): Promise<void> {
    const session = this.session;
    const choice = this.choice;
    if (!session || !choice || this.busy || this.phase !== 'confirm') return;
    this.set({ busy: true, problem: null });
    try {
      let answer = await takeOffer(this.host.endpoint, choice, { signal: session.signal });
      if (session !== this.session) return;
      if (answer.nextAction?.publishableKey) {
        // The bank wants the customer to confirm the charge (3-D Secure): in place, as the form does.
        // Then the same POST again: the handler continues the same take and answers how it ended
        // (switched, with the real receipt; or the bank's failure, the old plan kept).
        const confirmed = await confirmWithBank(this.host, answer.nextAction.publishableKey, answer.nextAction.clientSecret);
        if (session !== this.session) return;
        if (confirmed) {
          answer = await takeOffer(this.host.endpoint, choice, { signal: session.signal });
          if (session !== this.session) return;
        }
      }
      const outcome: OfferOutcome = { kind: choice.kind, status: answer.status, receipt: answer.receipt ?? null, choice };
      primeStatus(this.host.endpoint, answer.status);
      const problem: OffersProblem | null = answer.failure
        ? { kind: 'declined', codes: answer.failure }
        : answer.nextAction
          ? { kind: 'confirm_payment' }
          : null;
      this.set({ busy: false, outcome, phase: problem ? 'payment' : 'done' });
      if (problem) await this.showProblem(problem);
      this.host.emit('paymend-offer-taken', { kind: choice.kind, status: answer.status, ...(answer.receipt ? { receipt: answer.receipt } : {}) });
    } catch (error) {
      if (session !== this.session || isAbort(error)) return;
      this.set({ busy: false });
      if (error instanceof PaymendRequestError && error.code === 'offer_not_allowed') {
        // Policy said no (used already, plan changed meanwhile): show what is still on offer.
        await this.load(session, { kind: 'refused' });
      } else {
        warnOnce(error, `<${this.host.localName}> could not save the offer: ${error instanceof Error ? error.message : String(error)}`);
        await this.showProblem({ kind: 'failed' });
      }
    }
  }

  private async load(session: AbortController, problem: OffersProblem | null = null): Promise<void> {
    this.set({ phase: 'loading', problem: null });
    let offers: OffersAsRead;
    try {
      offers = await fetchOffers(this.host.endpoint, { signal: session.signal });
    } catch (error) {
      if (session !== this.session || isAbort(error)) return;
      warnOnce(error, `<${this.host.localName}> could not load the offers: ${error instanceof Error ? error.message : String(error)}`);
      this.set({ phase: 'unavailable' });
      return;
    }
    if (session !== this.session) return;
    this.set({ offers, choice: null, phase: offers.pause || offers.changePlan ? 'list' : 'none' });
    if (problem) await this.showProblem(problem);
  }

  /** The alert region is emptied for a frame, then filled: the same problem twice is announced twice. */
  private async showProblem(problem: OffersProblem): Promise<void> {
    const session = this.session;
    this.set({ problem: null });
    await this.host.updateComplete;
    await nextFrame();
    if (session === this.session) this.set({ problem });
  }

  private async currentStatus(session: AbortController): Promise<Status | null> {
    const given = this.host.status ? validateStatus(this.host.status, this.host.localName) : null;
    if (given) {
      this.set({ statusBefore: given });
      return given;
    }
    try {
      const status = validateStatus(await fetchStatus(this.host.endpoint, { signal: session.signal }), this.host.localName);
      if (session === this.session) this.set({ statusBefore: status });
      return status;
    } catch {
      return null; // Only the beacon and the overdue amount depend on it.
    }
  }

  private set(patch: Partial<Fields>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
