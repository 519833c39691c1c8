/**
 * The demo's one clock: real time plus however many days the "Advance the clock" button added. The
 * handler, the Stripe stand-in and the notification queue all read it, so that after "3 days" Stripe's
 * timestamps, the webhook signatures, the customer's status and the due follow-ups agree. (Each on its
 * own clock, the handler would refuse the stand-in's webhooks as replays from the future.)
 *
 * Why not the library's `ManualClock`: that one stands still between advances, which suits tests but
 * not a demo someone clicks through for an hour. Frozen, every message would carry the same time,
 * a rate-limit window would never end, and an SMTP retry 30 s later would wait for the next click.
 * This clock keeps running, and an advance runs what fell due on the way, as `ManualClock` does.
 */
import type { ClockTimer, NotifyClock } from '../../src/server/notify/clock.js';

export const DAY_MS = 86_400_000;
/** What the dashboard offers; anything else is refused. */
export const ADVANCE_DAYS = [1, 3, 7] as const;
export type AdvanceDays = (typeof ADVANCE_DAYS)[number];

// setTimeout overflows above 2^31-1 ms (about 24.8 days) and fires at once: longer waits are re-armed.
const MAX_TIMEOUT_MS = 2_147_483_647;

interface Timer {
  id: number;
  dueAt: number;
  fn: () => void | Promise<void>;
  handle: ReturnType<typeof setTimeout> | null;
}

export class DemoClock implements NotifyClock {
  private offsetMs: number;
  private next = 0;
  private readonly timers = new Map<number, Timer>();

  /**
   * `startOffsetMs` below 0 starts the clock in the past: the report's history is seeded by walking
   * it forward (`advance`) from months ago back to the present (demo/report/seed.ts).
   */
  constructor(
    private readonly realNow: () => number = Date.now,
    startOffsetMs = 0,
  ) {
    this.offsetMs = startOffsetMs;
  }

  /** Bound, so it can be handed around as a plain `() => number` (the handler's and the stand-in's `now`). */
  readonly now = (): number => this.realNow() + this.offsetMs;

  /** How far ahead of real time the demo is. */
  get aheadMs(): number {
    return this.offsetMs;
  }

  /** Timers waiting (pending follow-ups and retries). */
  get pending(): number {
    return this.timers.size;
  }

  setTimeout(fn: () => void | Promise<void>, ms: number): ClockTimer {
    const timer: Timer = { id: ++this.next, dueAt: this.now() + Math.max(0, ms), fn, handle: null };
    this.timers.set(timer.id, timer);
    this.arm(timer);
    return { id: timer.id };
  }

  clearTimeout(timer: ClockTimer): void {
    const entry = this.timers.get(timer.id);
    if (entry?.handle) clearTimeout(entry.handle);
    this.timers.delete(timer.id);
  }

  /**
   * Moves time forward and runs every timer that falls due on the way, earliest first, each at its
   * own moment (as `ManualClock` does: a reminder due on day 3 of a 7-day jump runs on day 3, and a
   * retry it schedules an hour later runs too), awaiting each. When it resolves, the follow-ups of
   * those days went out, or failed and were rescheduled.
   */
  async advance(byMs: number): Promise<void> {
    if (!Number.isFinite(byMs) || byMs <= 0) throw new RangeError('the demo clock only moves forward');
    const endOffset = this.offsetMs + byMs;
    for (;;) {
      const due = this.earliestDueBy(this.realNow() + endOffset);
      if (!due) break;
      this.offsetMs = Math.max(this.offsetMs, due.dueAt - this.realNow());
      await this.fire(due);
    }
    this.offsetMs = endOffset;
    // The rest now wait less real time than they were armed for.
    for (const timer of this.timers.values()) this.arm(timer);
  }

  private earliestDueBy(until: number): Timer | undefined {
    let earliest: Timer | undefined;
    for (const timer of this.timers.values()) {
      if (timer.dueAt <= until && (!earliest || timer.dueAt < earliest.dueAt || (timer.dueAt === earliest.dueAt && timer.id < earliest.id))) earliest = timer;
    }
    return earliest;
  }

  private async fire(timer: Timer): Promise<void> {
    if (this.timers.get(timer.id) !== timer) return;
    if (timer.handle) clearTimeout(timer.handle);
    this.timers.delete(timer.id);
    await timer.fn();
  }

  private arm(timer: Timer): void {
    if (timer.handle) clearTimeout(timer.handle);
    timer.handle = setTimeout(
      () => {
        timer.handle = null;
        if (this.now() >= timer.dueAt) void this.fire(timer);
        else if (this.timers.get(timer.id) === timer) this.arm(timer);
      },
      Math.min(Math.max(0, timer.dueAt - this.now()), MAX_TIMEOUT_MS),
    );
    // A pending follow-up never keeps the demo (or a test) alive on its own.
    timer.handle.unref?.();
  }
}

/** Reads the dashboard's "days" field; null for anything it does not offer. */
export function parseAdvanceDays(value: unknown): AdvanceDays | null {
  const days = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return (ADVANCE_DAYS as readonly number[]).includes(days) ? (days as AdvanceDays) : null;
}
