/**
 * The JSON of a customer's status, kept while it cannot change: a warm `GET /status` then costs no
 * `statusAt` and no `JSON.stringify` (with the promise chain, most of what Paymend added to Node's
 * own HTTP work: docs/performance.md).
 *
 * `statusAt(snapshot, now, policy)` depends on `now` only through a few instants of the snapshot
 * (a card's expiry and its warning day, a grace deadline, a pause's end). Between two of them the
 * status is the same, so a body computed at `now` is good until the next one (`statusChangesAt`).
 * A body is kept on its snapshot object: a webhook or a derivation stores a new object, so a changed
 * snapshot never meets an old body, and the body is collected with its snapshot. Each body also
 * names its customer, so two customers sharing one snapshot object (an unknown customer's empty
 * one) never share bytes.
 */
import { cardExpiresAt, expiringPolicyOf, type BillingSnapshot, type StatusPolicy } from './derive.js';

const DAY_MS = 86_400_000;

/**
 * The first instant after `now` at which `statusAt` may answer differently for this snapshot, or
 * Infinity. Conservative: an instant that turns out not to matter only costs one recomputation.
 */
export function statusChangesAt(snapshot: BillingSnapshot, now: number, policy: StatusPolicy): number {
  let next = Number.POSITIVE_INFINITY;
  // NaN (an unreadable date) never compares true: such a date cannot change the status either.
  const consider = (instant: number) => {
    if (instant > now && instant < next) next = instant;
  };
  // A collection pause ends by itself at `resumesAt`; a subscription pause is resumed then (resume-due.ts).
  if (snapshot.pause?.resumesAt) consider(Date.parse(snapshot.pause.resumesAt));
  const expiresAt = snapshot.paymentMethod ? cardExpiresAt(snapshot.paymentMethod) : null;
  if (expiresAt !== null) {
    consider(expiresAt);
    // `withinDays` (also the fallback of `beforeNextCharge` for an older snapshot): the warning day.
    consider(expiresAt - expiringPolicyOf(policy).withinDays * DAY_MS);
  }
  // A soft wall turns hard when the grace period ends.
  if (snapshot.failingSince && policy.wall.mode !== 'none') consider(Date.parse(snapshot.failingSince) + policy.wall.graceDays * DAY_MS);
  return next;
}

interface Body {
  customerId: string;
  json: string;
  /** The body holds from this instant (a clock set back must not see a later status) until `until`. */
  from: number;
  until: number;
}

export class StatusBodies {
  private readonly bodies = new WeakMap<BillingSnapshot, Body>();

  constructor(private readonly policy: StatusPolicy) {}

  /** The body kept for this customer's snapshot, if it still holds at `now`. */
  get(customerId: string, snapshot: BillingSnapshot, now: number): string | null {
    const body = this.bodies.get(snapshot);
    return body && body.customerId === customerId && body.from <= now && now < body.until ? body.json : null;
  }

  /** Keeps the body `statusAt(snapshot, now)` serialized to, until the status can next change. */
  keep(customerId: string, snapshot: BillingSnapshot, now: number, json: string): void {
    this.bodies.set(snapshot, { customerId, json, from: now, until: statusChangesAt(snapshot, now, this.policy) });
  }
}
