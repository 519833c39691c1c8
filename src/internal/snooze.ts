/**
 * Remembers that the customer dismissed a message, per problem: the same state of the same invoice
 * (and card) stays away for the snooze period, while a new failure or another card shows at once.
 *
 * Kept in `localStorage` so it holds across page loads; when storage is unavailable (private modes,
 * sandboxed frames, a full quota) it holds for this page only. Keys are hashed, so no invoice id or
 * card digits are written to the browser's storage.
 */
import type { Status } from '../protocol/index.js';
import { warnOnce } from './log.js';

const STORAGE_KEY = 'paymend-snoozed';
const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** A day: long enough not to nag on every page view, short enough that an unpaid invoice comes back tomorrow. */
export const DEFAULT_SNOOZE = '1d';

/** Snoozes that hold for this page view: `0` ones, and every one when storage is unavailable. */
const thisPage = new Map<string, number>();

/** Identifies the problem a status describes. */
export function snoozeKey(status: Status): string {
  const card = status.paymentMethod;
  return hash([status.state, status.invoice?.id, card?.last4, card?.expMonth, card?.expYear].join('|'));
}

/** Whether the problem behind `key` was dismissed and its snooze has not run out. */
export function isSnoozed(key: string, now = Date.now()): boolean {
  return Math.max(thisPage.get(key) ?? 0, stored()[key] ?? 0) > now;
}

/**
 * Snoozes the problem behind `key` for `duration`: a number with a unit (`30m`, `12h`, `7d`, `2w`),
 * or `0` for the rest of this page view only. An invalid duration warns once and uses the default.
 */
export function snooze(key: string, duration: string, now = Date.now()): void {
  let ms = parseDuration(duration);
  if (ms === null) {
    warnOnce(snooze, `snooze="${duration}" is not a duration like 30m, 12h, 7d or 0; using ${DEFAULT_SNOOZE}`);
    ms = parseDuration(DEFAULT_SNOOZE)!;
  }
  thisPage.set(key, ms === 0 ? Infinity : now + ms);
  if (ms === 0) return;
  // Expired entries are dropped on every write, so the stored record stays small.
  const kept = Object.entries(stored()).filter(([, until]) => until > now);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries([...kept, [key, now + ms]])));
  } catch {
    // Unavailable storage: the snooze holds for this page, which is the best we can do.
  }
}

/** Milliseconds of a duration like `30m`, `12h`, `7d`, `2w` or `0`; `null` when it is not one. */
export function parseDuration(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([mhdw]?)\s*$/i.exec(value);
  if (!match) return null;
  const amount = Number(match[1]);
  if (amount === 0) return 0;
  const unit = UNITS[match[2]!.toLowerCase()];
  return unit ? amount * unit : null;
}

/** The snoozes in storage; none when storage is unavailable or holds something else. */
function stored(): Record<string, number> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(Object.entries(value).filter(([, until]) => typeof until === 'number'));
  } catch {
    return {};
  }
}

/** FNV-1a, 32 bits, in base 36: a short, stable key that does not reveal what it was made from. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
