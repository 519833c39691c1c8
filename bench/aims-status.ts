/**
 * The status endpoint's aims (issue 19), each with its measured value and whether it is met:
 *  - warm `GET /status` at ≥ 0.8× bare node:http, with the memory store and with Redis;
 *  - ≤ 2 Stripe reads per cold customer (100 customers, one in ten failing with a PaymentIntent).
 * `bench/run.ts` hands it the throughput it measured; run alone
 * (`node --import tsx bench/aims-status.ts`, BENCH_SECONDS and BENCH_ROUNDS apply) it measures
 * only these, for a quicker look on a shared machine.
 */
import autocannon from 'autocannon';
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Stripe from 'stripe';
import { startStripeStandin } from '../demo/stripe-standin/index.js';
import { createHandler } from '../src/server/index.js';

export const STATUS_RATIO_AIM = 0.8;
export const READS_PER_COLD_CUSTOMER_AIM = 2;
const CUSTOMERS = 100;

export interface StatusMeasures {
  /** Requests per second, median round, per mode; `redis` is null when redis-server is missing. */
  bare: number;
  memory: number;
  redis: number | null;
  /** Stripe requests for each customer's first page view. */
  coldReads: number;
  customers: number;
  /** Server CPU time per request (µs), over all rounds, per mode, when measured. */
  cpuPerRequest?: Map<string, number>;
}

const fmt = (n: number, digits = 2) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** Rows for the bench table: measure, result, detail, against. */
export function statusAimRows(m: StatusMeasures): string[][] {
  const rows: string[][] = [];
  for (const [name, rps] of [
    ['memory', m.memory],
    ['Redis', m.redis],
  ] as const) {
    if (rps === null) {
      rows.push([`aim: GET /status, ${name} store ≥ ${STATUS_RATIO_AIM}× bare`, 'skipped', 'redis-server not found', '']);
      continue;
    }
    const ratio = rps / m.bare;
    const cpu = m.cpuPerRequest?.get(name === 'memory' ? 'memory' : 'redis');
    const bareCpu = m.cpuPerRequest?.get('bare');
    const cpuNote = cpu && bareCpu ? `; server CPU ${fmt(cpu, 1)} vs ${fmt(bareCpu, 1)} µs/request (${fmt(bareCpu / cpu)}×)` : '';
    rows.push([
      `aim: GET /status, ${name} store ≥ ${STATUS_RATIO_AIM}× bare`,
      `${fmt(ratio)}×`,
      `${fmt(rps, 0)} vs ${fmt(m.bare, 0)} req/s (median rounds)${cpuNote}`,
      verdict(ratio >= STATUS_RATIO_AIM),
    ]);
  }
  const perCustomer = m.coldReads / m.customers;
  rows.push([
    `aim: ≤ ${READS_PER_COLD_CUSTOMER_AIM} Stripe reads per cold customer`,
    `${fmt(perCustomer)} / customer`,
    `${m.coldReads} reads for ${m.customers} customers' first views (1 in 10 failing)`,
    verdict(perCustomer <= READS_PER_COLD_CUSTOMER_AIM),
  ]);
  return rows;
}

/** Stripe requests made by each customer's first page view: 100 customers, every tenth failing. */
export async function coldReads(): Promise<{ reads: number; customers: number }> {
  const standin = await startStripeStandin();
  const ids: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const customer = standin.createCustomer();
    standin.attachCard(customer.id, '4242424242424242', { makeDefault: true });
    const subscription = standin.createSubscription({ customer: customer.id, amount: 1000 });
    if (i % 10 === 0) standin.renew(subscription.id, { declineCode: 'insufficient_funds' });
    ids.push(customer.id);
  }
  const handler = createHandler({
    stripe: new Stripe('sk_test_bench', { host: standin.host, port: standin.port, protocol: 'http', telemetry: false }),
    publishableKey: 'pk_test_bench',
    webhookSecret: 'whsec_bench',
    resolveCustomer: (request) => request.headers.get('x-customer'),
  });
  standin.resetRequests();
  for (const id of ids) await (await handler(new Request('http://bench/paymend/status', { headers: { 'x-customer': id } }))).text();
  const reads = standin.requests.length;
  await handler.close();
  await standin.close();
  return { reads, customers: CUSTOMERS };
}

/** Warm throughput of one status-server.ts mode, in rounds that alternate with the others. */
async function throughput(modes: string[], rounds: number, seconds: number) {
  const targets = await Promise.all(
    modes.map(async (mode) => {
      const child = fork(fileURLToPath(new URL('./status-server.ts', import.meta.url)), [mode], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      });
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      return { mode, child, ...(JSON.parse(line) as { port: number; cookies: string[] }) };
    }),
  );
  const runs = new Map<string, number[]>(modes.map((m) => [m, []]));
  const cpu = new Map<string, { micros: number; requests: number }>(modes.map((m) => [m, { micros: 0, requests: 0 }]));
  const cpuOf = async (child: (typeof targets)[number]['child']) => {
    child.send('cpu');
    const [message] = (await once(child, 'message')) as [{ cpuMicros: number }];
    return message.cpuMicros;
  };
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      let i = 0;
      const before = await cpuOf(target.child);
      const result = await autocannon({
        url: `http://127.0.0.1:${target.port}/paymend/status`,
        connections: 32,
        duration: seconds,
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: target.cookies[i++ % target.cookies.length]! } }) }],
      });
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      runs.get(target.mode)!.push(result.requests.average);
      const spent = cpu.get(target.mode)!;
      spent.micros += (await cpuOf(target.child)) - before;
      spent.requests += result.requests.total;
      console.error(`round ${round + 1}: ${target.mode.replace(/=.*/, '')} ${Math.round(result.requests.average)} req/s`);
    }
  }
  for (const target of targets) {
    target.child.kill('SIGTERM');
    await once(target.child, 'exit');
  }
  const short = (mode: string) => mode.replace(/=.*/, '');
  return {
    medians: new Map([...runs].map(([mode, rps]) => [mode, [...rps].sort((a, b) => a - b)[Math.floor(rps.length / 2)]!])),
    cpuPerRequest: new Map([...cpu].map(([mode, c]) => [short(mode), c.micros / c.requests])),
  };
}

// Alone: `node --import tsx bench/aims-status.ts` measures and prints only these aims.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = 30000 + Math.floor(Math.random() * 10000);
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const ready = await new Promise<boolean>((resolve) => {
    redis.once('error', () => resolve(false));
    redis.stdout!.on('data', (c: Buffer) => c.toString().includes('Ready to accept') && resolve(true));
    setTimeout(() => resolve(false), 5000);
  });
  const redisMode = `redis=redis://127.0.0.1:${port}`;
  const modes = ['bare', 'memory', ...(ready ? [redisMode] : [])];
  const { medians, cpuPerRequest } = await throughput(modes, Number(process.env.BENCH_ROUNDS ?? 3), Number(process.env.BENCH_SECONDS ?? 5));
  redis.kill('SIGTERM');
  const cold = await coldReads();
  const rows = statusAimRows({ bare: medians.get('bare')!, memory: medians.get('memory')!, redis: medians.get(redisMode) ?? null, coldReads: cold.reads, customers: cold.customers, cpuPerRequest });
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
