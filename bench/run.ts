/**
 * `npm run bench`: measured in one run on this machine, each figure next to what it is compared with.
 *  - status throughput and latency from a warm store vs a bare node:http server answering the same JSON
 *  - Stripe requests per 1,000 status requests over 100 customers, cold and warm
 * Timings are noisy on shared machines: compare the ratio, not the absolute numbers.
 */
import autocannon from 'autocannon';
import { execFileSync, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { startStripeStandin } from '../demo/stripe-standin/index.js';
import { createHandler, MemoryStore, RedisStore } from '../src/server/index.js';
import { STATUS_RATIO_AIM, coldReads, statusAimRows } from './aims-status.js';
import { browserBench } from './browser.js';
import { frameAims } from './aims-frame.js';
import { composeBench } from './compose.js';
import { notifyWebhookBench } from './notify-webhook.js';
import { reportBench } from './report.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;

interface Target {
  port: number;
  cookies: string[];
  child: ReturnType<typeof fork>;
}

async function startTarget(mode: string): Promise<Target> {
  const child = fork(fileURLToPath(new URL('./status-server.ts', import.meta.url)), [mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  return { ...(JSON.parse(line) as { port: number; cookies: string[] }), child };
}

async function load(target: Target) {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}/paymend/status`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: target.cookies[i++ % target.cookies.length]! } }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`bench saw ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

async function stripeRequestsOf(target: Target): Promise<number> {
  target.child.send('stripe-requests');
  const [message] = (await once(target.child, 'message')) as [{ stripeRequests: number }];
  return message.stripeRequests;
}

async function stop(target: Target) {
  target.child.kill('SIGTERM');
  await once(target.child, 'exit');
}

/** Stripe requests for 1,000 page views spread over 100 customers, first on a cold store, then warm. */
async function stripeReadsPerThousand() {
  const standin = await startStripeStandin();
  const sessions: string[] = [];
  for (let i = 0; i < 100; i++) {
    const customer = standin.createCustomer();
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 1000 });
    if (i % 10 === 0) standin.renew(subscription.id, { declineCode: 'insufficient_funds' }); // some failing, with a PaymentIntent to read
    sessions.push(customer.id);
  }
  const handler = createHandler({
    stripe: new Stripe('sk_test_bench', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_bench',
    webhookSecret: 'whsec_bench',
    resolveCustomer: (request) => request.headers.get('x-customer'),
  });
  const views = async () => {
    standin.resetRequests();
    // 10 concurrent page views at a time, customers in a shuffled round-robin.
    for (let batch = 0; batch < 100; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          handler(new Request('http://bench/paymend/status', { headers: { 'x-customer': sessions[(batch * 7 + j * 13) % 100]! } })).then((r) => r.text()),
        ),
      );
    }
    return standin.requests.length;
  };
  const cold = await views();
  const warm = await views();
  await standin.close();
  return { cold, warm };
}

async function redisAvailable(): Promise<{ url: string; stop(): Promise<void> } | null> {
  const port = 30000 + Math.floor(Math.random() * 10000);
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const ready = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('Ready to accept') && resolve(true));
    setTimeout(() => resolve(false), 5000);
  });
  if (!ready) return null;
  return { url: `redis://127.0.0.1:${port}`, stop: async () => void child.kill('SIGTERM') };
}

const rows: string[][] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// Rounds alternate the servers so that a burst of load from a neighbour hits all of them alike;
// each figure is the median round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const redis = await redisAvailable();
const modes = ['bare', 'memory', ...(redis ? [`redis=${redis.url}`] : [])];
const targets = new Map<string, Target>();
for (const mode of modes) targets.set(mode, await startTarget(mode));
const runs = new Map<string, Array<Awaited<ReturnType<typeof load>>>>(modes.map((m) => [m, []]));
for (let round = 0; round < ROUNDS; round++) for (const mode of modes) runs.get(mode)!.push(await load(targets.get(mode)!));
const median = (mode: string) => {
  const sorted = [...runs.get(mode)!].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const stripeCounts = new Map<string, number>();
for (const mode of modes.slice(1)) stripeCounts.set(mode, await stripeRequestsOf(targets.get(mode)!));
for (const target of targets.values()) await stop(target);
await redis?.stop();

const bareResult = median('bare');
const spread = (mode: string) => runs.get(mode)!.map((r) => fmt(r.rps)).join(' / ');
rows.push(['bare node:http, same JSON', `${fmt(bareResult.rps)} req/s`, `p50 ${bareResult.p50} ms, p99 ${bareResult.p99} ms`, `baseline (rounds: ${spread('bare')})`]);
for (const mode of modes.slice(1)) {
  const result = median(mode);
  const views = runs.get(mode)!.reduce((sum, r) => sum + r.total, 0);
  rows.push([
    `GET /status, ${mode === 'memory' ? 'memory' : 'Redis'} store (warm)`,
    `${fmt(result.rps)} req/s`,
    `p50 ${result.p50} ms, p99 ${result.p99} ms`,
    `${fmt(result.rps / bareResult.rps, 2)}× bare (aim ≥ ${STATUS_RATIO_AIM}; rounds: ${spread(mode)}); ${stripeCounts.get(mode)} Stripe requests in ${fmt(views)} views`,
  ]);
}
if (!redis) rows.push(['GET /status, Redis store', 'skipped', 'redis-server not found', 'apt-get install -y redis-server']);

/** Heap (memory store) and Redis memory held by 100,000 cached customers, each with a failing invoice. */
async function memoryPerHundredThousand(redisUrl: string | null) {
  const N = 100_000;
  const snapshot = (i: number) => ({
    snapshot: {
      paymentMethodId: `pm_${i.toString(36).padStart(14, '0')}`,
      paymentMethod: { type: 'card', brand: 'visa', last4: String(1000 + (i % 9000)), expMonth: 1 + (i % 12), expYear: 2030, wallet: null },
      invoice: { id: `in_${i.toString(36).padStart(14, '0')}`, amountDue: 2900, currency: 'usd', attemptCount: 1, billedAt: '2026-11-20T00:00:00.000Z', nextAttemptAt: '2026-12-01T00:00:00.000Z', hostedInvoiceUrl: null },
      invoiceState: 'failed' as const,
      failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' },
      failingSince: '2026-11-20T00:00:00.000Z',
    },
    derivedAt: Date.now(),
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const store = new MemoryStore({ maxCustomers: N });
  for (let i = 0; i < N; i++) await store.setIfGeneration(`cus_${i.toString(36).padStart(14, '0')}`, snapshot(i), 0);
  gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  let redisBytes: number | null = null;
  if (redisUrl) {
    const redisStore = new RedisStore({ url: redisUrl, prefix: 'mem:' });
    const used = async () => Number(/used_memory:(\d+)/.exec(await redisStore.client.info('memory'))![1]);
    await redisStore.generation('warmup');
    const start = await used();
    for (let i = 0; i < N; i += 1000) {
      await Promise.all(Array.from({ length: 1000 }, (_, j) => redisStore.setIfGeneration(`cus_${(i + j).toString(36).padStart(14, '0')}`, snapshot(i + j), 0)));
    }
    redisBytes = (await used()) - start;
    await redisStore.close();
  }
  return { heap, redisBytes, kept: store.size, gcExposed: gc !== undefined };
}

const reads = await stripeReadsPerThousand();
rows.push(['Stripe requests / 1,000 page views, 100 customers', `cold ${reads.cold}`, `warm ${reads.warm}`, 'aim: warm 0']);
const cold = await coldReads();
const redisMode = modes.find((m) => m.startsWith('redis='));
rows.push(...statusAimRows({ bare: bareResult.rps, memory: median('memory').rps, redis: redisMode ? median(redisMode).rps : null, coldReads: cold.reads, customers: cold.customers }));

const memoryRedis = await redisAvailable();
const memory = await memoryPerHundredThousand(memoryRedis?.url ?? null);
await memoryRedis?.stop();
rows.push([
  'memory for 100,000 cached customers',
  `heap ${fmt(memory.heap / 1e6, 1)} MB`,
  memory.redisBytes === null ? 'Redis: skipped' : `Redis ${fmt(memory.redisBytes / 1e6, 1)} MB`,
  `${fmt(memory.heap / 100_000)} B/customer in memory${memory.gcExposed ? '' : ' (no --expose-gc: rough)'}`,
]);

// Notifications: composing messages, and a webhook's notice reaching the queue.
const composed = await composeBench();
rows.push(['messages composed / s (en, de, ja, ar; every step)', `email ${fmt(composed.emailsPerSecond)}`, `SMS ${fmt(composed.smsPerSecond)}`, 'email = subject + HTML + text']);
const notified = await notifyWebhookBench();
rows.push([
  'webhook → notice queued (invoice.payment_failed)',
  `p50 ${fmt(notified.queuedP50, 2)} ms`,
  `p99 ${fmt(notified.queuedP99, 2)} ms; answered p50 ${fmt(notified.answeredOnP50, 2)} ms`,
  `notify off: answered p50 ${fmt(notified.answeredOffP50, 2)} ms (no status read: nothing to decide)`,
]);

// The recovery report: a 13-month query over 100,000 failing invoices, and the ledger's memory.
try {
  const report = await reportBench();
  rows.push([
    `recovery report, ${fmt(report.invoices)} failing invoices / 13 months`,
    `memory ${fmt(report.memory.reportMs)} ms`,
    report.redis ? `Redis ${fmt(report.redis.reportMs)} ms (${fmt(report.redis.readMs)} ms reading)` : 'Redis: skipped',
    `ledger ${fmt(report.memory.bytesPer10k / 1e6, 1)} MB / 10k in memory${report.redis ? `, ${fmt(report.redis.bytesPer10k / 1e6, 1)} MB / 10k in Redis` : ''}`,
  ]);
} catch (error) {
  rows.push(['recovery report', 'skipped', (error as Error).message.split('\n')[0]!, 'needs redis-server for the Redis figure']);
}

// The browser figures (bench/browser.ts): page-view cost, banner vs first paint, opening the form.
try {
  rows.push(...(await browserBench()));
} catch (error) {
  rows.push(['browser figures', 'skipped', (error as Error).message.split('\n')[0]!, 'needs Chromium (CHROME_PATH or /usr/bin/chromium) and dist/cdn']);
}
// Issue 19's browser aims (bench/aims-frame.ts): first frame, layout shift, preload, bytes.
try {
  rows.push(...(await frameAims()));
} catch (error) {
  rows.push(['first-frame aims', 'skipped', (error as Error).message.split('\n')[0]!, 'needs Chromium and dist/cdn']);
}

const header = ['measure', 'result', 'latency / detail', 'against'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `Paymend bench — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ` +
    `${ROUNDS} rounds × ${DURATION_S} s per server, ${CONNECTIONS} connections, load generator on the same machine`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

// Then the sizes of what a browser downloads (builds dist/ first).
console.log('');
execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./sizes.ts', import.meta.url))], { stdio: 'inherit' });
