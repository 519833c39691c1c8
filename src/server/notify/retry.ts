/**
 * Retry discipline shared by both notify queues, as pure functions: how long to wait before the
 * next attempt, and which failures are worth a log line. A transport that is down for an hour must
 * not write a line per retry per message, yet the first failure and the giving-up must be seen.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** Wait before the first retry; doubles after each failure. */
  backoffMs: number;
  /** The longest wait between two attempts. */
  maxBackoffMs: number;
}

/**
 * Defaults: 12 attempts, 30 s doubling, capped at 1 h. The 11 waits are 30 s, 1, 2, 4, 8, 16, 32 min,
 * then 1 h four times: 5 h 3 min 30 s from the first failure to giving up — an SMTP outage of a few
 * hours loses nothing, and a message is never sent a day late.
 */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 12, backoffMs: 30_000, maxBackoffMs: 3_600_000 };

/** The wait after the `failures`-th failed attempt (1 = the first one failed). */
export function retryDelayMs(failures: number, policy: Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs'>): number {
  const exponent = Math.max(0, Math.floor(failures) - 1);
  // 2^exponent overflows to Infinity long before it matters; the cap keeps it finite.
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.min(exponent, 52));
}

/** Total time from the first failure until the queue gives up, for documentation and tests. */
export function totalRetryWindowMs(policy: RetryPolicy): number {
  let total = 0;
  for (let failures = 1; failures < policy.attempts; failures++) total += retryDelayMs(failures, policy);
  return total;
}

export type FailureVerdict =
  /** The first failure of this job: log it, and say it will be retried. */
  | 'first_failure'
  /** The last allowed attempt failed: log it, the job is dropped. */
  | 'gave_up'
  /** A retry that failed again: already reported, stay quiet. */
  | 'quiet';

/** What a failed attempt means for the log; `failures` counts this one. */
export function failureVerdict(failures: number, attempts: number): FailureVerdict {
  if (failures >= attempts) return 'gave_up';
  return failures === 1 ? 'first_failure' : 'quiet';
}

/** Checks queue options once, so a typo fails at start-up rather than at the first failure. */
export function resolveRetryPolicy(options: Partial<RetryPolicy>): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) throw new RangeError('attempts must be a whole number of at least 1');
  if (!(policy.backoffMs >= 0) || !Number.isFinite(policy.backoffMs)) throw new RangeError('backoffMs must be a non-negative number');
  if (!(policy.maxBackoffMs >= policy.backoffMs) || !Number.isFinite(policy.maxBackoffMs)) {
    throw new RangeError('maxBackoffMs must be a number at least as large as backoffMs');
  }
  return policy;
}
