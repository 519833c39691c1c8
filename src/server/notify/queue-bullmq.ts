/**
 * The notify queue for several instances: BullMQ on the merchant's Redis (the one `RedisStore`
 * uses). Jobs live in Redis, so follow-ups survive restarts and deploys, and a job runs on one
 * worker of one instance, whichever takes it first.
 *
 * Dedupe is BullMQ's custom job id: adding an id that exists is a no-op. Finished jobs are kept
 * for 35 days (then trimmed, so storage stays bounded): long enough that a webhook Stripe redelivers,
 * or a step re-enqueued during Stripe's retry schedule (about three weeks by default, up to a month
 * when configured) finds the record and is not run twice.
 *
 * bullmq and ioredis are optional peers, loaded by the first call that needs them (../optional-peer.ts):
 * the constructor stays synchronous, and a merchant on the memory store never installs either.
 */
import { randomUUID } from 'node:crypto';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../options.js';
import { optionalPeer } from '../optional-peer.js';
import { createRedisClient, isRedisClient } from '../stores/ioredis.js';
import { failureVerdict, resolveRetryPolicy, retryDelayMs, type RetryPolicy } from './retry.js';
import type { EnqueueOptions, NotifyJob, NotifyQueue } from './types.js';

export interface BullNotifyQueueOptions {
  /**
   * An ioredis client (never changed, never closed by the queue), a promise of one (what
   * `RedisStore.connect()` returns), or a URL to connect to.
   */
  connection: Redis | PromiseLike<Redis> | { url: string };
  /** BullMQ key prefix (default `paymend`). */
  prefix?: string;
  /** Queue name (default `notify`). */
  queueName?: string;
  /** Attempts per job, the first included (default 12). */
  attempts?: number;
  /** First retry's wait; doubles after each failure (default 30 s). */
  backoffMs?: number;
  /** Longest wait between attempts (default 1 h). Defaults: about 5 h from first failure to giving up. */
  maxBackoffMs?: number;
  /** Jobs run at once by this instance's worker (default 2: sending is I/O, SMTP pools are small). */
  concurrency?: number;
  logger?: Logger;
}

/** Finished (completed or given-up) job records are kept this long: the dedupe horizon. */
export const KEEP_FINISHED_SECONDS = 35 * 86_400;
/** The per-invoice index of job ids outlives the longest follow-up a cadence allows (60 days). */
const INDEX_TTL_SECONDS = 70 * 86_400;
const BACKOFF_TYPE = 'paymend';

interface StoredJob extends NotifyJob {
  /** Tells this enqueue's job from an existing one with the same id (BullMQ returns both alike). */
  nonce: string;
}

/** BullMQ refuses ':' in custom ids and ids that read as integers: encode reversibly, with a prefix. */
export function encodeJobId(jobId: string): string {
  return `n_${jobId.replace(/%/g, '%25').replace(/:/g, '%3A')}`;
}

const consoleLogger: Logger = { warn: (m) => console.warn(m), error: (m) => console.error(m) };

/** What the first call needs, made once: bullmq loaded, the client connected, the queue open. */
interface Opened {
  bullmq: typeof import('bullmq');
  /** The client for our own keys and for the queue: the merchant's, or one we made. */
  client: Redis;
  queue: Queue<StoredJob>;
}

export class BullNotifyQueue implements NotifyQueue {
  private readonly opening: Promise<Opened>;
  private worker: Worker<StoredJob> | null = null;
  private starting: Promise<void> | null = null;
  /** Connections this queue created, closed by close(); never the merchant's own. */
  private readonly owned: Redis[] = [];
  private readonly prefix: string;
  private readonly queueName: string;
  private readonly policy: RetryPolicy;
  private readonly concurrency: number;
  private readonly logger: Logger;
  private lastConnectionError: string | null = null;

  constructor(options: BullNotifyQueueOptions) {
    this.prefix = options.prefix ?? 'paymend';
    this.queueName = options.queueName ?? 'notify';
    this.policy = resolveRetryPolicy({ attempts: options.attempts, backoffMs: options.backoffMs, maxBackoffMs: options.maxBackoffMs });
    this.concurrency = options.concurrency ?? 2;
    this.logger = options.logger ?? consoleLogger;
    const given = options.connection;
    let client: Promise<Redis>;
    if (isRedisClient(given)) {
      client = Promise.resolve(this.usable(given));
    } else if (given && typeof (given as PromiseLike<Redis>).then === 'function') {
      client = Promise.resolve(given as PromiseLike<Redis>).then((redis) => this.usable(redis));
    } else if (given && typeof (given as { url?: unknown }).url === 'string') {
      // Fail fast while Redis is down: an enqueue from a webhook must not wait for a reconnect.
      client = createRedisClient((given as { url: string }).url, { maxRetriesPerRequest: 1 }, 'BullNotifyQueue').then((redis) => this.own(redis));
    } else {
      throw new TypeError('BullNotifyQueue needs `connection`: an ioredis client or { url: "redis://…" }');
    }
    this.opening = Promise.all([
      optionalPeer(() => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'bullmq'), 'bullmq', 'BullNotifyQueue'),
      client,
    ]).then(([bullmq, redis]) => {
      const queue = new bullmq.Queue<StoredJob>(this.queueName, {
        connection: redis,
        prefix: this.prefix,
        defaultJobOptions: {
          attempts: this.policy.attempts,
          backoff: { type: BACKOFF_TYPE },
          removeOnComplete: { age: KEEP_FINISHED_SECONDS },
          removeOnFail: { age: KEEP_FINISHED_SECONDS },
        },
      });
      queue.on('error', (error) => this.connectionError(error));
      return { bullmq, client: redis, queue };
    });
    // Each call awaits `opening` and fails on its own; a missing package must not also be an
    // unhandled rejection that ends the process.
    this.opening.catch(() => undefined);
  }

  /** The queue, its client and bullmq; what every call waits for first. */
  private async opened(): Promise<Opened> {
    const opened = await this.opening;
    await this.connected(opened.client);
    return opened;
  }

  async enqueue(job: NotifyJob, options: EnqueueOptions): Promise<boolean> {
    const id = encodeJobId(options.jobId);
    const nonce = randomUUID();
    // Indexed before adding: a crash in between leaves an id pointing at nothing, which cancel skips.
    const index = this.indexKey(job.customerId, job.invoiceId);
    const { client, queue } = await this.opened();
    await client.multi().sadd(index, id).expire(index, INDEX_TTL_SECONDS).exec();
    await queue.add(
      job.step,
      { ...(JSON.parse(JSON.stringify(job)) as NotifyJob), nonce },
      { jobId: id, delay: Math.max(0, options.delayMs ?? 0) },
    );
    // BullMQ answers an existing id like a new one: only the stored nonce says whose job it is.
    const stored = await queue.getJob(id);
    return stored?.data.nonce === nonce;
  }

  async cancel(customerId: string, invoiceId: string | null): Promise<number> {
    const { client, queue } = await this.opened();
    const ids = await client.smembers(this.indexKey(customerId, invoiceId));
    let removed = 0;
    for (const id of ids) {
      const job = await queue.getJob(id);
      if (!job) continue;
      // Only what has not run: a finished record is what keeps a redelivery from running it again,
      // and a running job cannot be stopped (its run checks the status, which moved on).
      const state = await job.getState();
      if (state !== 'delayed' && state !== 'waiting' && state !== 'prioritized') continue;
      if ((await queue.remove(id)) === 1) removed++;
    }
    return removed;
  }

  start(run: (job: NotifyJob) => Promise<void>): void {
    if (this.starting) throw new Error('BullNotifyQueue.start() was already called');
    this.starting = this.opening.then(
      (opened) => this.startWorker(opened, run),
      (error: unknown) => this.logger.error(`paymend notify: the queue could not start: ${error instanceof Error ? error.message : String(error)}`, error),
    );
  }

  private startWorker({ bullmq, client }: Opened, run: (job: NotifyJob) => Promise<void>): void {
    // Workers block on Redis and need `maxRetriesPerRequest: null`: a duplicate, so the merchant's
    // client keeps its own settings.
    const connection = this.own(client.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true, keyPrefix: '' }));
    this.worker = new bullmq.Worker<StoredJob>(
      this.queueName,
      async (job: Job<StoredJob>) => {
        const { customerId, invoiceId, step, facts } = job.data;
        await run({ customerId, invoiceId, step, ...(facts ? { facts } : {}) });
      },
      {
        connection,
        prefix: this.prefix,
        concurrency: this.concurrency,
        settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade, this.policy) },
      },
    );
    this.worker.on('error', (error) => this.connectionError(error));
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const verdict = failureVerdict(job.attemptsMade, this.policy.attempts);
      const id = job.id ?? '?';
      if (verdict === 'first_failure') {
        this.logger.warn(`paymend notify: job ${id} failed, retrying up to ${this.policy.attempts - 1} more time(s): ${error.message}`, error);
      } else if (verdict === 'gave_up') {
        this.logger.error(`paymend notify: job ${id} gave up after ${job.attemptsMade} attempt(s): ${error.message}`, error);
      }
    });
  }

  /**
   * Promotes delayed jobs (follow-ups and retries) due at or before `untilMs` so they run now: how
   * tests and the demo's clock move time for a queue whose timers are in Redis. Returns how many.
   */
  async promoteDue(untilMs: number): Promise<number> {
    // BullMQ scores a delayed job (due ms) * 0x1000 + a counter: everything below the next ms is due.
    const { client, queue } = await this.opened();
    const ids = await client.zrangebyscore(queue.keys.delayed!, '-inf', (Math.floor(untilMs) + 1) * 0x1000 - 1);
    let promoted = 0;
    for (const id of ids) {
      const job = await queue.getJob(id);
      try {
        await job?.promote();
        if (job) promoted++;
      } catch {
        // Promoted, cancelled or run by another instance in the meantime.
      }
    }
    return promoted;
  }

  /** Counts of jobs by state, for the demo and tests. */
  async counts(): Promise<Record<string, number>> {
    const { queue } = await this.opened();
    return queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized');
  }

  async close(): Promise<void> {
    await this.starting;
    await this.worker?.close();
    const opened = await this.opening.catch(() => null);
    await opened?.queue.close();
    for (const client of this.owned.splice(0)) {
      await client.quit().catch(() => client.disconnect());
    }
  }

  /**
   * A fail-fast client (the RedisStore's has no offline queue) refuses commands until it has
   * connected: the first enqueue after start-up waits for the connection, briefly, instead.
   */
  private async connected(client: Redis): Promise<void> {
    if (client.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, 3000);
      client.once('ready', done);
    });
  }

  private indexKey(customerId: string, invoiceId: string | null): string {
    // Under the queue's own prefix; job ids always start with "n_", so no job key can collide.
    return `${this.prefix}:${this.queueName}:by-invoice:${encodeURIComponent(customerId)}:${encodeURIComponent(invoiceId ?? '')}`;
  }

  /** BullMQ refuses a client with ioredis' keyPrefix (it has its own): a duplicate without it. */
  private usable(given: Redis): Redis {
    return given.options.keyPrefix ? this.own(given.duplicate({ keyPrefix: '' })) : given;
  }

  private own(client: Redis): Redis {
    // Failed commands surface where they are awaited; without a listener ioredis prints every reconnect.
    client.on('error', () => undefined);
    this.owned.push(client);
    return client;
  }

  private connectionError(error: Error): void {
    // One line per distinct error, not one per reconnect attempt.
    if (error.message === this.lastConnectionError) return;
    this.lastConnectionError = error.message;
    this.logger.warn(`paymend notify: queue connection: ${error.message}`, error);
  }
}
