// The in-process notify queue on a ManualClock: follow-ups run when their time comes and not before,
// ids dedupe (pending or already run), cancel drops an invoice's jobs, failures retry with backoff
// and are logged once when they start and once when the queue gives up.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/server/notify/clock.js';
import { MemoryNotifyQueue } from '../../src/server/notify/queue-memory.js';
import { DEFAULT_RETRY, failureVerdict, resolveRetryPolicy, retryDelayMs, totalRetryWindowMs } from '../../src/server/notify/retry.js';
import type { NotifyJob } from '../../src/server/notify/types.js';
import { recordingLogger } from './harness.js';

const DAY = 86_400_000;
const job = (step: NotifyJob['step'], invoiceId: string | null = 'in_1', customerId = 'cus_1'): NotifyJob => ({ customerId, invoiceId, step });
const idOf = (j: NotifyJob) => `${j.customerId}:${j.invoiceId ?? 'none'}:${j.step}`;

function setup(options: ConstructorParameters<typeof MemoryNotifyQueue>[0] = {}) {
  const clock = new ManualClock();
  const { lines, logger } = recordingLogger();
  const queue = new MemoryNotifyQueue({ clock, logger, ...options });
  const ran: string[] = [];
  return { clock, lines, queue, ran };
}

describe('MemoryNotifyQueue', () => {
  it('runs an immediate job at once and a follow-up only when its time comes', async () => {
    const { clock, queue, ran } = setup();
    queue.start(async (j) => void ran.push(`${j.step}@${clock.now()}`));
    const t0 = clock.now();
    assert.equal(await queue.enqueue(job('failed'), { jobId: idOf(job('failed')) }), true);
    assert.equal(await queue.enqueue(job('reminder'), { jobId: idOf(job('reminder')), delayMs: 3 * DAY }), true);
    await queue.idle();
    assert.deepEqual(ran, [`failed@${t0}`]);
    await clock.advance(3 * DAY - 1);
    assert.deepEqual(ran, [`failed@${t0}`], 'one millisecond early is early');
    await clock.advance(1);
    assert.deepEqual(ran, [`failed@${t0}`, `reminder@${t0 + 3 * DAY}`]);
    await queue.close();
  });

  it('keeps jobs enqueued before start() and runs them on start', async () => {
    const { queue, ran } = setup();
    await queue.enqueue(job('failed'), { jobId: 'a' });
    await queue.idle();
    assert.equal(ran.length, 0);
    queue.start(async (j) => void ran.push(j.step));
    await queue.idle();
    assert.deepEqual(ran, ['failed']);
    assert.throws(() => queue.start(async () => undefined), /already/);
    await queue.close();
  });

  it('dedupes by id while pending and after the job ran', async () => {
    const { clock, queue, ran } = setup();
    queue.start(async (j) => void ran.push(j.step));
    assert.equal(await queue.enqueue(job('reminder'), { jobId: 'r', delayMs: DAY }), true);
    assert.equal(await queue.enqueue(job('reminder'), { jobId: 'r', delayMs: DAY }), false, 'pending');
    await clock.advance(DAY);
    assert.equal(await queue.enqueue(job('reminder'), { jobId: 'r' }), false, 'already ran');
    await queue.idle();
    assert.deepEqual(ran, ['reminder']);
    await queue.close();
  });

  it('forgets the oldest run ids beyond its bound', async () => {
    const { queue, ran } = setup({ rememberRuns: 2 });
    queue.start(async (j) => void ran.push(j.step));
    for (const id of ['a', 'b', 'c']) await queue.enqueue(job('failed'), { jobId: id });
    await queue.idle();
    assert.equal(await queue.enqueue(job('failed'), { jobId: 'c' }), false);
    assert.equal(await queue.enqueue(job('failed'), { jobId: 'a' }), true, 'a was forgotten: memory stays bounded');
    await queue.close();
  });

  it('cancel drops that invoice’s pending jobs only', async () => {
    const { clock, queue, ran } = setup();
    queue.start(async (j) => void ran.push(`${j.customerId}/${j.invoiceId}/${j.step}`));
    await queue.enqueue(job('reminder'), { jobId: 'r1', delayMs: DAY });
    await queue.enqueue(job('access_ends'), { jobId: 'a1', delayMs: 2 * DAY });
    await queue.enqueue(job('reminder', 'in_2'), { jobId: 'r2', delayMs: DAY });
    await queue.enqueue(job('reminder', 'in_1', 'cus_2'), { jobId: 'r3', delayMs: DAY });
    await queue.enqueue(job('expiring', null), { jobId: 'e', delayMs: DAY });
    assert.equal(await queue.cancel('cus_1', 'in_1'), 2);
    assert.equal(await queue.cancel('cus_1', 'in_1'), 0);
    assert.equal(await queue.cancel('cus_1', null), 1);
    await clock.advance(3 * DAY);
    assert.deepEqual(ran.sort(), ['cus_1/in_2/reminder', 'cus_2/in_1/reminder']);
    assert.equal(await queue.enqueue(job('reminder'), { jobId: 'r1' }), true, 'a cancelled job never ran: it may be enqueued again');
    await queue.close();
  });

  it('retries a throwing job with exponential backoff and logs only the first failure and the giving up', async () => {
    const { clock, lines, queue } = setup({ attempts: 4, backoffMs: 1000, maxBackoffMs: 3000 });
    const attempts: number[] = [];
    queue.start(async () => {
      attempts.push(clock.now());
      throw new Error('smtp down');
    });
    const t0 = clock.now();
    await queue.enqueue(job('failed'), { jobId: 'f' });
    await queue.idle();
    assert.deepEqual(attempts, [t0]);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^warn: .*job f failed, retrying up to 3 more.*next in 1 s: smtp down/);
    await clock.advance(999);
    assert.equal(attempts.length, 1);
    // One advance covers the retries that fall due inside it: 1 s, then 2 s, then 3 s (capped).
    await clock.advance(10_000);
    assert.deepEqual(attempts.map((t) => t - t0), [0, 1000, 3000, 6000]);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[1]!, /^error: .*job f gave up after 4 attempt\(s\): smtp down/);
    assert.equal(queue.size, 0);
    assert.equal(await queue.enqueue(job('failed'), { jobId: 'f' }), false, 'a job that gave up is not run again by a redelivery');
    await queue.close();
  });

  it('a job that fails once then succeeds runs twice and logs once', async () => {
    const { clock, lines, queue } = setup();
    let calls = 0;
    queue.start(async () => {
      if (++calls === 1) throw new Error('greeting timeout');
    });
    await queue.enqueue(job('failed'), { jobId: 'f' });
    await queue.idle();
    await clock.advance(DEFAULT_RETRY.backoffMs);
    assert.equal(calls, 2);
    assert.equal(lines.length, 1);
    assert.equal(queue.size, 0);
    await queue.close();
  });

  it('cancel while a job runs drops its retry', async () => {
    const { clock, queue } = setup();
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    let calls = 0;
    queue.start(async () => {
      calls++;
      const released = new Promise<void>((r) => (release = r));
      started();
      await released;
      throw new Error('failed after cancel');
    });
    await queue.enqueue(job('failed'), { jobId: 'f' });
    await running;
    assert.equal(await queue.cancel('cus_1', 'in_1'), 0, 'a running job is not counted as dropped');
    release();
    await queue.idle();
    await clock.advance(DAY);
    assert.equal(calls, 1);
    assert.equal(clock.pending, 0);
    await queue.close();
  });

  it('close stops timers; enqueue after close throws', async () => {
    const { clock, queue, ran } = setup();
    queue.start(async (j) => void ran.push(j.step));
    await queue.enqueue(job('reminder'), { jobId: 'r', delayMs: DAY });
    await queue.close();
    assert.equal(clock.pending, 0);
    await clock.advance(2 * DAY);
    assert.deepEqual(ran, []);
    await assert.rejects(queue.enqueue(job('failed'), { jobId: 'x' }), /closed/);
  });

  it('rejects nonsense options at construction', () => {
    assert.throws(() => new MemoryNotifyQueue({ attempts: 0 }), /attempts/);
    assert.throws(() => new MemoryNotifyQueue({ backoffMs: -1 }), /backoffMs/);
    assert.throws(() => new MemoryNotifyQueue({ backoffMs: 10, maxBackoffMs: 5 }), /maxBackoffMs/);
    assert.throws(() => new MemoryNotifyQueue({ attempts: 2.5 }), /attempts/);
  });
});

describe('retry discipline', () => {
  it('doubles from 30 s, caps at 1 h, and gives up after about 5 hours', () => {
    assert.deepEqual([1, 2, 3, 7, 8, 11].map((n) => retryDelayMs(n, DEFAULT_RETRY)), [30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000]);
    assert.equal(retryDelayMs(10_000, DEFAULT_RETRY), 3_600_000, 'no overflow');
    assert.equal(totalRetryWindowMs(DEFAULT_RETRY), (5 * 3600 + 3 * 60 + 30) * 1000);
  });
  it('logs the first failure and the giving up, nothing in between', () => {
    assert.deepEqual([1, 2, 5, 12].map((n) => failureVerdict(n, 12)), ['first_failure', 'quiet', 'quiet', 'gave_up']);
    assert.equal(failureVerdict(1, 1), 'gave_up');
  });
  it('ignores undefined options', () => {
    assert.deepEqual(resolveRetryPolicy({ attempts: undefined, backoffMs: 5 }), { ...DEFAULT_RETRY, backoffMs: 5 });
  });
});

describe('ManualClock', () => {
  it('runs timers in due order, each at its own moment, and refuses negative time', async () => {
    const clock = new ManualClock(0);
    const seen: string[] = [];
    clock.setTimeout(() => void seen.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => void seen.push(`a@${clock.now()}`), 10);
    const dropped = clock.setTimeout(() => void seen.push('never'), 15);
    clock.clearTimeout(dropped);
    await clock.advance(30);
    assert.deepEqual(seen, ['a@10', 'b@20']);
    assert.equal(clock.now(), 30);
    await assert.rejects(clock.advance(-1), RangeError);
  });
});
