/**
 * "Resume now" for the banner and the wall (one module, so both lazy chunks share it): one
 * `POST /resume` at a time per element, the page's other elements primed with the answer, and
 * `paymend-resumed` emitted when the pause really ended. A bank that wants the renewal confirmed
 * gets it confirmed in place (Stripe.js's dialog), then the server is asked again. A declined
 * renewal, or a confirmation that failed or could not be shown, comes back as a status that explains
 * itself (`failed`, `action_required`): no event then, since nothing resumed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt, Status } from '../protocol/index.js';
import type { CareMessageKey } from '../translations/care/index.js';
import { resumeNow } from '../components/offers/offers-api.js';
import { PaymendRequestError, primeStatus } from './api-client.js';
import { warnOnce } from './log.js';
import type { PaymendElement } from './paymend-element.js';

export type ResumeOutcome =
  /** The server answered: `resumed` when the pause ended (then `receipt`), else the status says why not. */
  | { status: Status; resumed: boolean; receipt: Receipt | null }
  /** Nothing changed: the connection failed (`care.failed`) or the policy refused (`care.refused`). */
  | { problem: Extract<CareMessageKey, 'care.failed' | 'care.refused'> };

/** Posts `/resume` for `host` and emits `paymend-resumed` on success; never throws. */
export async function resumeSubscription(host: PaymendElement & { readonly endpoint: string }): Promise<ResumeOutcome> {
  try {
    let answer = await resumeNow(host.endpoint);
    const action = answer.nextAction;
    if (action?.publishableKey) {
      // The bank wants the renewal confirmed (3-D Secure): in place, as the offers panel does, then
      // the same POST again answers how it ended. Stripe.js loads only for this customer.
      const { confirmWithBank } = await import('./bank-confirm.js');
      if (await confirmWithBank(host, action.publishableKey, action.clientSecret)) answer = await resumeNow(host.endpoint);
    }
    primeStatus(host.endpoint, answer.status);
    const resumed = !answer.failure && !answer.nextAction;
    const receipt = answer.receipt ?? null;
    // Plain detail, as `paymend-updated`: the status (no card id is ever in it) and the receipt.
    if (resumed) host.emit('paymend-resumed', receipt ? { status: answer.status, receipt } : { status: answer.status });
    return { status: answer.status, resumed, receipt };
  } catch (error) {
    const refused = error instanceof PaymendRequestError && error.code === 'offer_not_allowed';
    if (!refused) warnOnce(error, `<${host.localName}> could not resume: ${error instanceof Error ? error.message : String(error)}`);
    return { problem: refused ? 'care.refused' : 'care.failed' };
  }
}

/**
 * The state of one element's "Resume now": busy while the request is out (a second press does
 * nothing), and why the last one changed nothing; `done` hears every answer the server gave.
 */
export class ResumeControl {
  busy = false;
  problem: Extract<CareMessageKey, 'care.failed' | 'care.refused'> | null = null;

  constructor(
    private readonly host: PaymendElement & { readonly endpoint: string },
    private readonly done: (answer: { status: Status; resumed: boolean; receipt: Receipt | null }) => void,
  ) {}

  /** A "Resume now" button of its own (the wall's; the banner's main button doubles as it): busy while sent. */
  button(label: string, part: string): TemplateResult {
    const busy = this.busy ? 'true' : nothing;
    return html`<button part=${part} class="primary" type="button" aria-busy=${busy} aria-disabled=${busy} @click=${this.run}>${label}</button>`;
  }

  /** The care catalog's words for now: working on it, or why nothing changed. */
  note(): CareMessageKey | null {
    return this.busy ? 'care.resume.working' : this.problem;
  }

  run = async (): Promise<void> => {
    if (this.busy || !this.host.endpoint) return;
    this.busy = true;
    this.problem = null;
    this.host.requestUpdate();
    const outcome = await resumeSubscription(this.host);
    this.busy = false;
    if ('problem' in outcome) this.problem = outcome.problem;
    else this.done(outcome);
    this.host.requestUpdate();
  };
}
