/**
 * The history plan as a timeline of moves, earliest first: the renewal failing, the banner shown
 * and a notice's link opened a little later, and the invoice's fate. Pure: the seeder walks the demo
 * clock to each move's time and makes it.
 */
import type { PlannedInvoice } from './history.js';

export const MINUTE_MS = 60_000;

export interface SeedAction {
  atMs: number;
  kind: 'fail' | 'banner' | 'open-link' | 'resolve';
  invoice: PlannedInvoice;
}

/** Moves in time order; at the same time, in plan order, so a failure always comes before its own fate. */
export function seedTimeline(plan: readonly PlannedInvoice[], startMs: number): SeedAction[] {
  const actions: (SeedAction & { order: number })[] = [];
  let order = 0;
  const add = (atMs: number, kind: SeedAction['kind'], invoice: PlannedInvoice) => actions.push({ atMs, kind, invoice, order: order++ });
  for (const invoice of plan) {
    const failedAt = startMs + invoice.failAtMs;
    add(failedAt, 'fail', invoice);
    const resolvesAt = invoice.outcome.kind === 'open' ? Infinity : failedAt + invoice.outcome.afterMs;
    // Seen before it is settled (or never, when the fate comes first).
    const seenAt = failedAt + 5 * MINUTE_MS;
    if (invoice.bannerShown && seenAt < resolvesAt) add(seenAt, 'banner', invoice);
    if (invoice.openedLink && seenAt + MINUTE_MS < resolvesAt) add(seenAt + MINUTE_MS, 'open-link', invoice);
    if (resolvesAt !== Infinity) add(resolvesAt, 'resolve', invoice);
  }
  return actions.sort((a, b) => a.atMs - b.atMs || a.order - b.order).map(({ order: _order, ...action }) => action);
}
