/**
 * The recovery ledger in Redis, shared by every instance: a hash per invoice (`HSETNX` per field, so
 * the first write of a fact wins across instances and redeliveries) and a sorted set per month of
 * first-failure times, so a report reads only the months it covers. Both expire: a hash
 * `retentionMs` after its last write, a month's index `retentionMs` after the month ends.
 */
import type { Redis } from 'ioredis';
import type { LedgerFields } from './ledger-record.js';
import type { LedgerEntry, LedgerStore } from './ledger-store.js';
import { periodsBetween } from './period.js';

// KEYS[1] = the invoice's hash, KEYS[2] = its month's index.
// ARGV: retention ms, index field ('' = none), failedAt, index expiry (unix ms), ifFailed field
// ('' = none), invoice id, then name/value pairs. (Two keys in one script: on Redis Cluster, give the
// ledger's prefix a hash tag, e.g. `{paymend}:`, so they share a slot.)
const WRITE = `
if ARGV[5] ~= '' and redis.call('HEXISTS', KEYS[1], ARGV[5]) == 0 then return 0 end
for i = 7, #ARGV, 2 do
  local set = redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
  if set == 1 and ARGV[i] == ARGV[2] then
    redis.call('ZADD', KEYS[2], ARGV[3], ARGV[6])
    redis.call('PEXPIREAT', KEYS[2], ARGV[4])
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

/** Hashes read per round trip when building a report. */
const READ_BATCH = 1000;
const PIPELINES_IN_FLIGHT = 4;

export class RedisLedger implements LedgerStore {
  private readonly prefix: string;
  private readonly retentionMs: number;
  /** A promise too: a `RedisStore` made from a URL loads ioredis first (`store.connect()`). */
  private readonly client: Promise<Redis>;

  constructor(client: Redis | PromiseLike<Redis>, options: { prefix: string; retentionMs: number }) {
    this.client = Promise.resolve(client);
    this.client.catch(() => undefined); // each call awaits it and fails on its own
    this.prefix = options.prefix;
    this.retentionMs = options.retentionMs;
  }

  private invoiceKey(invoiceId: string): string {
    return `${this.prefix}inv:${invoiceId}`;
  }

  private monthKey(month: string): string {
    return `${this.prefix}month:${month}`;
  }

  async write(invoiceId: string, fields: LedgerFields, options: { index?: { failureField: string; failedAt: number }; ifFailed?: string } = {}): Promise<void> {
    const index = options.index;
    const month = index ? periodsBetween(index.failedAt, index.failedAt + 1, 'month')[0]! : null;
    const pairs = Object.entries(fields).flat();
    const client = await this.client;
    await client.eval(
      WRITE,
      2,
      this.invoiceKey(invoiceId),
      month ? this.monthKey(month.key) : this.monthKey('none'),
      String(this.retentionMs),
      index?.failureField ?? '',
      String(index?.failedAt ?? 0),
      String((month?.endMs ?? 0) + this.retentionMs),
      options.ifFailed ?? '',
      invoiceId,
      ...pairs,
    );
  }

  async query(fromMs: number, toMs: number): Promise<LedgerEntry[]> {
    const ids: string[] = [];
    const client = await this.client;
    for (const month of periodsBetween(fromMs, toMs, 'month')) {
      ids.push(...(await client.zrangebyscore(this.monthKey(month.key), fromMs, `(${toMs}`)));
    }
    // A few pipelines in flight at once: Redis answers one while the next is on the wire.
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += READ_BATCH) batches.push(ids.slice(i, i + READ_BATCH));
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < batches.length; i += PIPELINES_IN_FLIGHT) {
      const answers = await Promise.all(batches.slice(i, i + PIPELINES_IN_FLIGHT).map((batch) => this.read(client, batch)));
      for (const answer of answers) entries.push(...answer);
    }
    return entries;
  }

  private async read(client: Redis, batch: readonly string[]): Promise<LedgerEntry[]> {
    const pipeline = client.pipeline();
    for (const id of batch) pipeline.hgetall(this.invoiceKey(id));
    const entries: LedgerEntry[] = [];
    ((await pipeline.exec()) ?? []).forEach(([error, fields], j) => {
      if (error) throw error;
      const record = fields as LedgerFields;
      // An index entry whose hash expired first (retention) has nothing left to count.
      if (Object.keys(record).length > 0) entries.push({ invoiceId: batch[j]!, fields: record });
    });
    return entries;
  }
}
