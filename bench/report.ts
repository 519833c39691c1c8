/**
 * The recovery report at scale: 100,000 failing invoices over 13 months in the ledger, then the
 * report of the whole range (query + decode + buildReport), on the memory ledger and on Redis, and
 * the memory each holds for them (heap delta after GC; Redis `used_memory` delta). The facts are
 * written straight into the ledger, as the recorder would (a failure, notices, opens, an outcome):
 * what is measured is storage and the report, not webhook handling.
 * Wired into `npm run bench` by bench/run.ts; also runs alone: `node --import tsx bench/report.ts`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import { FIELD, completedValue, decodeRecord, failureFields, lostValue, paidValue, type FailureFact, type LedgerRecord } from '../src/server/report/ledger-record.js';
import { LEDGER_RETENTION_MS, type LedgerStore } from '../src/server/report/ledger-store.js';
import { MemoryLedger } from '../src/server/report/ledger-memory.js';
import { RedisLedger } from '../src/server/report/ledger-redis.js';
import { buildReport } from '../src/server/report/report.js';
import { parseReportQuery } from '../src/server/report/query.js';

const INVOICES = Number(process.env.BENCH_REPORT_INVOICES ?? 100_000);
const DAY = 86_400_000;
const CATEGORIES = [
  ['insufficient_funds', 'insufficient_funds'],
  ['generic', 'generic_decline'],
  ['expired_card', 'expired_card'],
  ['generic', 'do_not_honor'],
  ['authentication_required', 'authentication_required'],
] as const;
const CURRENCIES = ['eur', 'usd', 'gbp'] as const;

/** A small deterministic generator (LCG): the same history on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
}

/** One invoice's fields as the recorder writes them. */
function history(i: number, fromMs: number, now: number, next: () => number): { id: string; failedAt: number; fields: Record<string, string> } {
  const failedAt = fromMs + Math.floor(next() * (now - fromMs));
  const [category, declineCode] = CATEGORIES[Math.floor(next() * CATEGORIES.length)]!;
  const failure: FailureFact = {
    customerId: `cus_bench${i}`,
    at: failedAt,
    amount: 500 + Math.floor(next() * 20_000),
    currency: CURRENCIES[Math.floor(next() * CURRENCIES.length)]!,
    code: 'card_declined',
    declineCode,
    adviceCode: null,
    category,
    paymentMethodType: next() < 0.9 ? 'card' : 'sepa_debit',
    paymentMethodId: `pm_bench${i}`,
  };
  const fields: Record<string, string> = failureFields(failure);
  fields[FIELD.sent('email', 'failed')] = String(failedAt + 60_000);
  if (next() < 0.4) fields[FIELD.opened('email', 'failed')] = String(failedAt + 3_600_000);
  if (next() < 0.5) fields[FIELD.sent('banner', 'failed')] = String(failedAt + 7_200_000);
  const roll = next();
  const at = failedAt + Math.floor(next() * 20 * DAY);
  if (roll < 0.35) fields[FIELD.completed] = completedValue({ at, amount: failure.amount, how: next() < 0.6 ? 'in_app' : 'hosted_page' });
  else if (roll < 0.6) fields[FIELD.paid] = paidValue({ at, amount: failure.amount, outOfBand: false, paymentMethodId: failure.paymentMethodId });
  else if (roll < 0.75) fields[FIELD.lost] = lostValue({ at, reason: 'subscription_canceled' });
  return { id: `in_bench${String(i).padStart(7, '0')}`, failedAt, fields };
}

/** The default report range: the last 13 months up to `now`. */
function rangeStart(now: number): number {
  const query = parseReportQuery({}, now);
  if (!query.ok) throw new Error(query.reason);
  return Date.parse(`${query.from}T00:00:00Z`);
}

async function fill(ledger: LedgerStore, now: number): Promise<void> {
  const next = random(14);
  const fromMs = rangeStart(now);
  const BATCH = 1000;
  for (let i = 0; i < INVOICES; i += BATCH) {
    const writes: Promise<void>[] = [];
    for (let j = i; j < Math.min(INVOICES, i + BATCH); j++) {
      const { id, failedAt, fields } = history(j, fromMs, now, next);
      writes.push(ledger.write(id, fields, { index: { failureField: FIELD.failure, failedAt } }));
    }
    await Promise.all(writes);
  }
}

/** The whole 13 months, three times; the median run. */
async function timeReport(ledger: LedgerStore, now: number) {
  const query = parseReportQuery({}, now);
  if (!query.ok) throw new Error(query.reason);
  const runs: { ms: number; failed: number; queryMs: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const entries = await ledger.query(Date.parse(`${query.from}T00:00:00Z`), Date.parse(`${query.to}T00:00:00Z`) + DAY);
    const queried = performance.now();
    const records = entries.map((e) => decodeRecord(e.invoiceId, e.fields)).filter((r): r is LedgerRecord => r !== null);
    const report = buildReport(records, { ...query, now });
    runs.push({ ms: performance.now() - started, failed: report.totals.failed, queryMs: queried - started });
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[1]!;
}

/** `npm run bench` runs node with --expose-gc; alone, the flag is set now. */
function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const usedMemory = async (client: Redis) => Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);

export async function reportBench() {
  const now = Date.now();
  const gc = collectGarbage();

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const memory = new MemoryLedger({ now: () => now, retentionMs: LEDGER_RETENTION_MS, maxInvoices: INVOICES });
  await fill(memory, now);
  gc();
  const memoryBytes = process.memoryUsage().heapUsed - heapBefore;
  const memoryReport = await timeReport(memory, now);

  const redis = await startRedis();
  const client = new Redis(redis.url);
  try {
    const redisBefore = await usedMemory(client);
    const ledger = new RedisLedger(client, { prefix: 'bench:ledger:', retentionMs: LEDGER_RETENTION_MS });
    await fill(ledger, now);
    const redisBytes = (await usedMemory(client)) - redisBefore;
    const redisReport = await timeReport(ledger, now);
    return {
      invoices: INVOICES,
      memory: { reportMs: Math.round(memoryReport.ms), counted: memoryReport.failed, bytes: memoryBytes, bytesPer10k: Math.round((memoryBytes / INVOICES) * 10_000) },
      redis: {
        reportMs: Math.round(redisReport.ms),
        readMs: Math.round(redisReport.queryMs),
        counted: redisReport.failed,
        bytes: redisBytes,
        bytesPer10k: Math.round((redisBytes / INVOICES) * 10_000),
      },
    };
  } finally {
    client.disconnect();
    await redis.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await reportBench(), null, 2));
}
