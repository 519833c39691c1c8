/**
 * Time while the history is seeded: the demo clock starts months in the past and is walked forward
 * with `advance`, over a real clock that stands still meanwhile. Frozen, the seeding is exactly
 * repeatable (every fact lands at its planned millisecond, not a few ms later on a slow machine);
 * `finish` walks the clock up to the moment the demo started and lets real time run from there,
 * without a jump.
 *
 * The history ends at midnight UTC of the start day, so two starts on the same day seed the same
 * dates, cohorts and durations.
 */
import type { DemoClock } from '../notify/clock.js';
import { DAY_MS } from './history.js';

export class SeedingTime {
  private frozenAt: number | null;
  /** Where the history starts on the demo clock. */
  readonly startMs: number;
  /** The demo clock's offset at creation: from now back to `startMs`. */
  readonly startOffsetMs: number;

  constructor(
    spanMs: number,
    private readonly realNow: () => number = Date.now,
  ) {
    const now = realNow();
    this.frozenAt = now;
    this.startMs = Math.floor(now / DAY_MS) * DAY_MS - spanMs;
    this.startOffsetMs = this.startMs - now;
  }

  /** The real time under the demo clock: still while seeding, then running. */
  readonly now = (): number => this.frozenAt ?? this.realNow();

  /** Seeding is done: the clock reaches the start moment, and real time runs on from it. */
  async finish(clock: DemoClock): Promise<void> {
    if (this.frozenAt === null) return;
    const gap = this.frozenAt - clock.now();
    if (gap > 0) await clock.advance(gap);
    this.frozenAt = null;
  }
}
