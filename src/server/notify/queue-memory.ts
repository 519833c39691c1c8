/**
 * The in-process notify queue, for a single instance on the memory store: follow-ups are timers,
 * retries are timers, and everything is lost on restart (a restart re-derives what matters from
 * Stripe's next webhook). Several instances need `BullNotifyQueue`, whose jobs live in Redis.
 */
import type { Logger } from '../options.js';
import { realClock, type ClockTimer, type NotifyClock } from './clock.js';
import { failureVerdict, resolveRetryPolicy, retryDelayMs, type RetryPolicy } from './retry.js';
import type { EnqueueOptions, NotifyJob, NotifyQueue } from './types.js';

export interface MemoryNotifyQueueOptions {
  /** Default: the wall clock. Tests and the demo pass a `ManualClock`. */
  clock?: NotifyClock;
  /** Attempts per job, the first included (default 12). */
  attempts?: number;
  /** The first retry's wait; doubles after each failure (default 30 s). */
  backoffMs?: number;
  /** The longest wait between attempts (default 1 h). Defaults: about 5 h from first failure to giving up. */
  maxBackoffMs?: number;
  /** How many finished job ids are remembered for dedupe (default 100,000; the oldest are forgotten). */
  rememberRuns?: number;
  logger?: Logger;
}

interface Entry {
  id: string;
  job: NotifyJob;
  failures: number;
  timer: ClockTimer | null;
  running: boolean;
  /** Set by cancel() while the job runs: it finishes, but is not retried. */
  cancelled: boolean;
}

const consoleLogger: Logger = { warn: (m) => console.warn(m), error: (m) => console.error(m) };

/** Delayed, deduplicated jobs with exponential-backoff retries, in this process. */
export class MemoryNotifyQueue implements NotifyQueue {
  private readonly clock: NotifyClock;
  private readonly policy: RetryPolicy;
  private readonly logger: Logger;
  private readonly rememberRuns: number;
  private readonly entries = new Map<string, Entry>();
  /** Ids that ran (or gave up), oldest first: a Set keeps insertion order, so trimming drops the oldest. */
  private readonly finished = new Set<string>();
  /** Due entries that wait for start(). */
  private readonly due: Entry[] = [];
  private readonly running = new Set<Promise<void>>();
  private run: ((job: NotifyJob) => Promise<void>) | null = null;
  private closed = false;

  constructor(options: MemoryNotifyQueueOptions = {}) {
    this.clock = options.clock ?? realClock();
    this.policy = resolveRetryPolicy({ attempts: options.attempts, backoffMs: options.backoffMs, maxBackoffMs: options.maxBackoffMs });
    this.logger = options.logger ?? consoleLogger;
    this.rememberRuns = options.rememberRuns ?? 100_000;
  }

  async enqueue(job: NotifyJob, options: EnqueueOptions): Promise<boolean> {
    if (this.closed) throw new Error('MemoryNotifyQueue is closed');
    const id = options.jobId;
    if (this.entries.has(id) || this.finished.has(id)) return false;
    // A plain-JSON copy, as BullMQ stores it: a job never shares objects with its caller.
    const entry: Entry = { id, job: JSON.parse(JSON.stringify(job)) as NotifyJob, failures: 0, timer: null, running: false, cancelled: false };
    this.entries.set(id, entry);
    this.schedule(entry, Math.max(0, options.delayMs ?? 0));
    return true;
  }

  async cancel(customerId: string, invoiceId: string | null): Promise<number> {
    let dropped = 0;
    for (const entry of [...this.entries.values()]) {
      if (entry.job.customerId !== customerId || entry.job.invoiceId !== invoiceId) continue;
      if (entry.running) {
        entry.cancelled = true;
        continue;
      }
      if (entry.timer) this.clock.clearTimeout(entry.timer);
      const waiting = this.due.indexOf(entry);
      if (waiting >= 0) this.due.splice(waiting, 1);
      this.entries.delete(entry.id);
      dropped++;
    }
    return dropped;
  }

  start(run: (job: NotifyJob) => Promise<void>): void {
    if (this.run) throw new Error('MemoryNotifyQueue.start() was already called');
    this.run = run;
    for (const entry of this.due.splice(0)) this.launch(entry);
  }

  /** Resolves once no job is running (due jobs start at once; delayed ones wait for their time). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Jobs waiting to run or to be retried. */
  get size(): number {
    return this.entries.size;
  }

  /** Stops every timer and waits for running jobs; pending jobs are dropped (they are in memory only). */
  async close(): Promise<void> {
    this.closed = true;
    for (const entry of this.entries.values()) if (entry.timer) this.clock.clearTimeout(entry.timer);
    this.due.length = 0;
    await this.idle();
    this.entries.clear();
  }

  private schedule(entry: Entry, delayMs: number): void {
    if (delayMs <= 0) {
      this.launch(entry);
      return;
    }
    // The timer's promise is what a ManualClock awaits: the job, and the scheduling of its retry.
    entry.timer = this.clock.setTimeout(() => {
      entry.timer = null;
      return this.launch(entry);
    }, delayMs);
  }

  private launch(entry: Entry): Promise<void> {
    if (this.closed || this.entries.get(entry.id) !== entry) return Promise.resolve();
    if (!this.run) {
      this.due.push(entry);
      return Promise.resolve();
    }
    const running = this.attempt(entry, this.run);
    this.running.add(running);
    void running.finally(() => this.running.delete(running));
    return running;
  }

  private async attempt(entry: Entry, run: (job: NotifyJob) => Promise<void>): Promise<void> {
    entry.running = true;
    // Never inside the caller's stack: enqueue() returns before the job begins.
    await Promise.resolve();
    try {
      await run(entry.job);
      this.finish(entry);
    } catch (error) {
      entry.failures++;
      const verdict = failureVerdict(entry.failures, this.policy.attempts);
      if (verdict === 'gave_up' || entry.cancelled || this.closed) {
        if (verdict === 'gave_up') {
          this.logger.error(`paymend notify: job ${entry.id} gave up after ${entry.failures} attempt(s): ${describe(error)}`, error);
        }
        this.finish(entry);
        return;
      }
      const waitMs = retryDelayMs(entry.failures, this.policy);
      if (verdict === 'first_failure') {
        this.logger.warn(
          `paymend notify: job ${entry.id} failed, retrying up to ${this.policy.attempts - 1} more time(s), next in ${Math.round(waitMs / 1000)} s: ${describe(error)}`,
          error,
        );
      }
      entry.running = false;
      this.schedule(entry, Math.max(1, waitMs));
    } finally {
      entry.running = false;
    }
  }

  private finish(entry: Entry): void {
    this.entries.delete(entry.id);
    this.finished.add(entry.id);
    if (this.finished.size > this.rememberRuns) {
      const oldest = this.finished.values().next().value;
      if (oldest !== undefined) this.finished.delete(oldest);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
