/**
 * How a widget reads a status from a server of another release (the compatibility rule in
 * DESIGN.md): pure functions from what was read to a `Status` the views know how to show.
 *
 * A state this release does not know (a newer server's) is never a crash and never a louder message
 * than the facts allow: with an invoice that failed it reads as `failed` (the neutral "your last
 * payment didn't go through", with "Update card"), since the customer can still fix it; without one
 * it reads as `ok` and nothing is shown. An unknown wall reads as `none`: the wall is a courtesy in
 * the browser, not access control, so the calm reading is no wall.
 */
import { STATES, WALLS, type State, type Wall } from './constants.js';
import type { Status, StatusAsRead } from './index.js';

/** The state `status` is shown as: its own when known, otherwise the calmest one its facts allow. */
export function knownState(status: Pick<StatusAsRead, 'state' | 'invoice' | 'failure'>): State {
  return stateAmong(STATES, status);
}

/**
 * The rule behind `knownState`, for any list of known states: what a reader of an older release
 * (which knows fewer) shows, so tests can check that each new state reads calmly there.
 */
export function stateAmong<S extends string>(known: readonly S[], status: Pick<StatusAsRead, 'state' | 'invoice' | 'failure'>): S | 'failed' | 'ok' {
  if ((known as readonly string[]).includes(status.state)) return status.state as S;
  return status.invoice && status.failure ? 'failed' : 'ok';
}

/** The wall a reader enforces: its own when known, otherwise none. */
export function knownWall(wall: string): Wall {
  return (WALLS as readonly string[]).includes(wall) ? (wall as Wall) : 'none';
}

/** A status read from any v1 server, as this release shows it: known values, every field present. */
export function calmStatus(read: StatusAsRead): Status {
  return {
    ...read,
    state: knownState(read),
    invoice: read.invoice && { ...read.invoice, billedAt: read.invoice.billedAt ?? null },
    access: { ...read.access, wall: knownWall(read.access.wall) },
  };
}
