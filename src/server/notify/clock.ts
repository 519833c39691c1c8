/**
 * The time the in-process notify queue runs on. The real clock is `Date.now` and `setTimeout`; the
 * `ManualClock` lets tests (and the demo's "advance the clock" button) jump days ahead and wait for
 * exactly the jobs that became due, instead of sleeping and hoping.
 */

/** Something scheduled on a clock; pass it back to `clearTimeout` to drop it. */
export interface ClockTimer {
  readonly id: number;
}

export interface NotifyClock {
  now(): number;
  /** Runs `fn` once `ms` have passed. A returned promise lets a manual clock wait for the work it started. */
  setTimeout(fn: () => void | Promise<void>, ms: number): ClockTimer;
  clearTimeout(timer: ClockTimer): void;
}

// setTimeout overflows above 2^31-1 ms (about 24.8 days) and fires at once: longer waits are chained.
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Wall-clock time. Timers are unref'd: a pending follow-up never keeps a process alive on its own. */
export function realClock(): NotifyClock {
  let next = 0;
  const handles = new Map<number, ReturnType<typeof setTimeout>>();
  const arm = (id: number, fn: () => void | Promise<void>, dueAt: number) => {
    const wait = Math.max(0, Math.min(dueAt - Date.now(), MAX_TIMEOUT_MS));
    const handle = setTimeout(() => {
      if (Date.now() < dueAt) return arm(id, fn, dueAt);
      handles.delete(id);
      void fn();
    }, wait);
    handle.unref?.();
    handles.set(id, handle);
  };
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = ++next;
      arm(id, fn, Date.now() + ms);
      return { id };
    },
    clearTimeout(timer) {
      const handle = handles.get(timer.id);
      if (handle !== undefined) clearTimeout(handle);
      handles.delete(timer.id);
    },
  };
}

interface ManualEntry {
  id: number;
  dueAt: number;
  fn: () => void | Promise<void>;
}

/** A clock that moves only when told to: `advance(ms)` runs what became due, in order, and waits for it. */
export class ManualClock implements NotifyClock {
  private time: number;
  private next = 0;
  private readonly entries = new Map<number, ManualEntry>();

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void | Promise<void>, ms: number): ClockTimer {
    const id = ++this.next;
    this.entries.set(id, { id, dueAt: this.time + Math.max(0, ms), fn });
    return { id };
  }

  clearTimeout(timer: ClockTimer): void {
    this.entries.delete(timer.id);
  }

  /** How many timers are waiting (e.g. pending follow-ups and retries). */
  get pending(): number {
    return this.entries.size;
  }

  /**
   * Moves time forward by `ms`, running every timer that falls due on the way, earliest first, each
   * at its own moment, and awaiting what it returns. Timers those runs schedule (a retry after a
   * failure) run too when they fall due before the end: one call shows everything that happens in
   * that span.
   */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new RangeError('advance(ms) needs a non-negative number of milliseconds');
    const until = this.time + ms;
    for (;;) {
      let earliest: ManualEntry | undefined;
      for (const entry of this.entries.values()) {
        if (entry.dueAt <= until && (!earliest || entry.dueAt < earliest.dueAt || (entry.dueAt === earliest.dueAt && entry.id < earliest.id))) {
          earliest = entry;
        }
      }
      if (!earliest) break;
      this.entries.delete(earliest.id);
      this.time = Math.max(this.time, earliest.dueAt);
      await earliest.fn();
    }
    this.time = until;
  }
}
