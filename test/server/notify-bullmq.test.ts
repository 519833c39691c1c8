// BullNotifyQueue on a real redis-server: two queue instances (two handler instances) share one
// Redis, each job runs once, ids dedupe after completion, delayed jobs survive closing and
// reopening, cancel drops an invoice's pending follow-ups, and a throwing job is retried.
// Time moves with promoteDue (delayed jobs are in Redis, not in a local timer); waits are on events.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { after, afterEach, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { BullNotifyQueue, encodeJobId } from '../../src/server/notify/queue-bullmq.js';
import type { NotifyJob } from '../../src/server/notify/types.js';
import { RedisStore } from '../../src/server/stores/redis.js';
import { recordingLogger, startRedis } from './harness.js';

const DAY = 86_400_000;
let redis: Awaited<ReturnType<typeof startRedis>>;
let open: BullNotifyQueue[] = [];
let n = 0;

before(async () => {
  redis = await startRedis();
});
after(async () => {
  await redis?.stop();
});
afterEach(async () => {
  for (const q of open.splice(0)) await q.close();
});

/** A fresh queue name per test, so tests never see each other's jobs. */
function names() {
  return { queueName: `t${++n}`, prefix: 'test' };
}

function queue(options: Partial<ConstructorParameters<typeof BullNotifyQueue>[0]> & { queueName: string }) {
  const q = new BullNotifyQueue({ connection: { url: redis.url }, prefix: 'test', ...options });
  open.push(q);
  return q;
}

/** Records each run, and lets a test wait for the n-th one without sleeping. */
function recorder(name = '') {
  const runs: Array<NotifyJob & { by: string }> = [];
  const events = new EventEmitter();
  const run = (by: string, behaviour: (job: NotifyJob, count: number) => void = () => undefined) => async (job: NotifyJob) => {
    runs.push({ ...job, by });
    try {
      behaviour(job, runs.length);
    } finally {
      events.emit('run');
    }
  };
  const waitForRuns = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: expected ${count} runs, saw ${runs.length}`)), 20_000);
      const check = () => {
        if (runs.length >= count) {
          clearTimeout(timer);
          events.off('run', check);
          resolve();
        }
      };
      events.on('run', check);
      check();
    });
  return { runs, run, waitForRuns };
}

/** Resolves once BullMQ recorded the job as finished (after the run returned). */
async function waitForState(q: BullNotifyQueue, state: 'completed' | 'failed' | 'delayed', count: number) {
  for (let i = 0; i < 2000; i++) {
    const counts = await q.counts();
    if ((counts[state] ?? 0) >= count) return counts;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`expected ${count} ${state} jobs: ${JSON.stringify(await q.counts())}`);
}

const job = (step: NotifyJob['step'], invoiceId: string | null = 'in_1', customerId = 'cus_1'): NotifyJob => ({ customerId, invoiceId, step });

describe('BullNotifyQueue', () => {
  it('encodes ids BullMQ would refuse', () => {
    assert.equal(encodeJobId('cus_1:in_1:failed'), 'n_cus_1%3Ain_1%3Afailed');
    assert.equal(encodeJobId('123'), 'n_123');
    assert.notEqual(encodeJobId('a%3Ab'), encodeJobId('a:b'), 'reversible: no two ids meet');
  });

  it('two instances on one Redis: every job runs exactly once, and only one enqueue of an id wins', async () => {
    const { queueName } = names();
    const a = queue({ queueName });
    const b = queue({ queueName });
    const { runs, run, waitForRuns } = recorder('two instances');
    a.start(run('a'));
    b.start(run('b'));
    const ids = Array.from({ length: 20 }, (_, i) => `cus_${i}:in_${i}:failed`);
    const added = await Promise.all(ids.flatMap((id, i) => [a, b].map((q) => q.enqueue(job('failed', `in_${i}`, `cus_${i}`), { jobId: id }))));
    assert.equal(added.filter(Boolean).length, 20, 'one of the two enqueues of each id is a no-op');
    await waitForRuns(20);
    await waitForState(a, 'completed', 20);
    assert.equal(runs.length, 20);
    assert.equal(new Set(runs.map((r) => r.customerId)).size, 20, 'no job ran twice');
    assert.deepEqual(Object.keys(runs[0]!).sort(), ['by', 'customerId', 'invoiceId', 'step'], 'run gets the job, not the nonce');
  });

  it('a second enqueue after completion is a no-op', async () => {
    const q = queue(names());
    const { runs, run, waitForRuns } = recorder('dedupe');
    q.start(run('q'));
    assert.equal(await q.enqueue(job('failed'), { jobId: 'cus_1:in_1:failed' }), true);
    await waitForRuns(1);
    await waitForState(q, 'completed', 1);
    assert.equal(await q.enqueue(job('failed'), { jobId: 'cus_1:in_1:failed' }), false);
    assert.equal(await q.enqueue(job('failed'), { jobId: 'cus_1:in_1:failed', delayMs: DAY }), false);
    const counts = await q.counts();
    assert.equal(counts.waiting! + counts.delayed! + counts.active!, 0);
    assert.equal(runs.length, 1);
  });

  it('a delayed job waits for its time, survives closing and reopening, and runs once promoted', async () => {
    const { queueName } = names();
    const first = queue({ queueName });
    const early = recorder('early');
    first.start(early.run('first'));
    assert.equal(await first.enqueue(job('reminder'), { jobId: 'cus_1:in_1:reminder', delayMs: 3 * DAY }), true);
    assert.equal(await first.promoteDue(Date.now() + 3 * DAY - 60_000), 0, 'not due a minute early');
    await first.close();
    open = open.filter((q) => q !== first);

    const second = queue({ queueName });
    assert.equal((await second.counts()).delayed, 1, 'the job is in Redis, not in the closed process');
    assert.equal(await second.enqueue(job('reminder'), { jobId: 'cus_1:in_1:reminder', delayMs: 3 * DAY }), false);
    const later = recorder('later');
    second.start(later.run('second'));
    assert.equal(await second.promoteDue(Date.now() + 3 * DAY + 60_000), 1);
    await later.waitForRuns(1);
    assert.deepEqual(later.runs, [{ customerId: 'cus_1', invoiceId: 'in_1', step: 'reminder', by: 'second' }]);
    assert.equal(early.runs.length, 0);
  });

  it('cancel removes that invoice’s pending jobs of every step, and nothing else', async () => {
    const q = queue(names());
    const { runs, run, waitForRuns } = recorder('cancel');
    await q.enqueue(job('reminder'), { jobId: 'cus_1:in_1:reminder', delayMs: DAY });
    await q.enqueue(job('access_ends'), { jobId: 'cus_1:in_1:access_ends', delayMs: 2 * DAY });
    await q.enqueue(job('final'), { jobId: 'cus_1:in_1:final' }); // waiting: the worker has not started
    await q.enqueue(job('reminder', 'in_2'), { jobId: 'cus_1:in_2:reminder', delayMs: DAY });
    await q.enqueue(job('reminder', null), { jobId: 'cus_1:none:reminder', delayMs: DAY });
    await q.enqueue(job('reminder', 'in_1', 'cus_2'), { jobId: 'cus_2:in_1:reminder', delayMs: DAY });
    assert.equal(await q.cancel('cus_1', 'in_1'), 3);
    assert.equal(await q.cancel('cus_1', 'in_1'), 0);
    q.start(run('q'));
    await q.promoteDue(Date.now() + 3 * DAY);
    await waitForRuns(3);
    await waitForState(q, 'completed', 3);
    assert.deepEqual(runs.map((r) => `${r.customerId}/${r.invoiceId}/${r.step}`).sort(), ['cus_1/in_2/reminder', 'cus_1/null/reminder', 'cus_2/in_1/reminder']);
    assert.equal(await q.cancel('cus_1', 'in_2'), 0, 'a finished job is not removed: its record keeps dedupe');
    assert.equal(await q.enqueue(job('reminder', 'in_2'), { jobId: 'cus_1:in_2:reminder' }), false);
  });

  it('retries a throwing job with backoff, logging the first failure and the giving up only', async () => {
    const { lines, logger } = recordingLogger();
    const q = queue({ ...names(), attempts: 3, backoffMs: 60_000, maxBackoffMs: 600_000, logger });
    const { runs, run, waitForRuns } = recorder('retry');
    q.start(run('q', () => {
      throw new Error('smtp down');
    }));
    await q.enqueue(job('failed'), { jobId: 'cus_1:in_1:failed' });
    await waitForRuns(1);
    await waitForState(q, 'delayed', 1);
    assert.equal(await q.promoteDue(Date.now() + 30_000), 0, 'the first retry waits 60 s');
    assert.equal(await q.promoteDue(Date.now() + 61_000), 1);
    await waitForRuns(2);
    await waitForState(q, 'delayed', 1);
    assert.equal(await q.promoteDue(Date.now() + 61_000), 0, 'the second retry waits 120 s');
    assert.equal(await q.promoteDue(Date.now() + 121_000), 1);
    await waitForRuns(3);
    await waitForState(q, 'failed', 1);
    // BullMQ records the failed state in Redis, then emits 'failed' (which logs): the state can be
    // seen before the listener ran.
    for (let i = 0; i < 2000 && lines.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(runs.length, 3);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines[0]!, /^warn: .*failed, retrying up to 2 more.*smtp down/);
    assert.match(lines[1]!, /^error: .*gave up after 3 attempt\(s\): smtp down/);
    assert.equal(await q.enqueue(job('failed'), { jobId: 'cus_1:in_1:failed' }), false, 'a job that gave up is kept for dedupe too');
  });

  it('a job that fails once then succeeds runs twice', async () => {
    const { lines, logger } = recordingLogger();
    const q = queue({ ...names(), logger });
    const { runs, run, waitForRuns } = recorder('retry-ok');
    q.start(run('q', (_job, count) => {
      if (count === 1) throw new Error('greeting timeout');
    }));
    await q.enqueue(job('failed'), { jobId: 'x' });
    await waitForRuns(1);
    await waitForState(q, 'delayed', 1);
    assert.equal(await q.promoteDue(Date.now() + 31_000), 1);
    await waitForRuns(2);
    await waitForState(q, 'completed', 1);
    assert.equal(runs.length, 2);
    assert.equal(lines.length, 1);
  });

  it('uses a given client without changing or closing it', async () => {
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    const q = new BullNotifyQueue({ connection: client, ...names() });
    const { run, waitForRuns } = recorder('given');
    q.start(run('q'));
    await q.enqueue(job('failed'), { jobId: 'given' });
    await waitForRuns(1);
    await q.close();
    assert.equal(client.options.maxRetriesPerRequest, 1);
    assert.equal(client.status, 'ready');
    assert.equal(await client.ping(), 'PONG');
    await client.quit();
  });

  it('runs on the RedisStore’s own client (fail-fast, no offline queue) and leaves it open', async () => {
    const store = new RedisStore({ url: redis.url, prefix: 'shared:' });
    await store.setValue('warm', '1', 60_000);
    const q = new BullNotifyQueue({ connection: store.client, ...names() });
    const { run, waitForRuns } = recorder('store client');
    q.start(run('q'));
    assert.equal(await q.enqueue(job('failed'), { jobId: 'via-store' }), true);
    await waitForRuns(1);
    await q.close();
    assert.equal(await store.getValue('warm'), '1', 'the store still works after the queue closed');
    await store.close();
  });

  it('refuses a missing connection', () => {
    assert.throws(() => new BullNotifyQueue({ connection: undefined as never }), /connection/);
    assert.throws(() => new BullNotifyQueue({ connection: { url: redis.url }, attempts: 0 }), /attempts/);
  });
});
