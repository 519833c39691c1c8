// Every endpoint fuzzed with generated malformed requests (fast-check, fixed seed): each one gets
// a 4xx with a reason, never a 5xx or an exception, and nothing changes in Stripe or the store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { AnalyticsEventSchema, CompleteRequestSchema, ErrorResponseSchema, SetupIntentRequestSchema } from '../../src/protocol/index.js';
import { MemoryStore } from '../../src/server/index.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, type App } from './harness.js';

const RUNS = 1000;
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const SEED = 20261124;
let standin: StripeStandin;
let app: App;
let store: MemoryStore;
let customerId: string;
let session: string;

before(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  store = new MemoryStore();
  app = await startApp(standin, { store });
  ({ customerId } = seedCustomer(standin));
  const browser = browserFor(app, customerId);
  await browser.status(); // cached, so a state change would show
  session = [...app.sessions.entries()].find(([, id]) => id === customerId)![0];
});
after(async () => {
  await app.close();
  await standin.close();
});

const ORIGIN = () => app.url;
// (TRACE and CONNECT cannot even be built as a fetch Request.)
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'get', 'Post'];

/** Bodies a careless or hostile client might send. */
const junkBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.constantFrom(
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '{"setupIntentId":"seti_1","setupIntentId":"seti_2"}',
    '{"setupIntentId":"seti_' + 'A'.repeat(300) + '"}',
    '{"setupIntentId":"seti_../../v1/customers"}',
    '{"setupIntentId":["seti_1"]}',
    '{"setupIntentId":null}',
    '{"name":"shown","state":"<script>"}',
    '[' + '['.repeat(5000) + ']'.repeat(5000) + ']',
    'x'.repeat(9000),
    '\uFEFF{}',
    'null',
    '"string"',
    '1e999',
  ),
  fc.record({ setupIntentId: fc.string({ maxLength: 40 }), extra: fc.option(fc.anything(), { nil: undefined }) }).map((v) => JSON.stringify(v)),
  fc.record({ name: fc.string({ maxLength: 12 }), state: fc.string({ maxLength: 12 }), invoiceId: fc.anything() }).map((v) => JSON.stringify(v)),
);

const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonp', 'APPLICATION/JSON');
const origin = fc.oneof(fc.constant(null), fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1', 'file://'), fc.webUrl().map((u) => new URL(u).origin));
const cookie = fc.oneof(fc.constant(null), fc.constant('valid'), fc.string({ maxLength: 60 }), fc.constantFrom('session=', 'session=../../etc', 'session=' + 'a'.repeat(5000)));

interface Case {
  method: string;
  body: string | null;
  contentType: string | null;
  paymendHeader: string | null;
  origin: string | null;
  cookie: string | null;
}

const anyCase = fc.record<Case>({
  method: fc.constantFrom(...METHODS),
  body: fc.option(junkBody, { nil: null }),
  contentType: fc.option(contentType, { nil: null }),
  paymendHeader: fc.option(fc.constantFrom('1', '0', 'true', '', '11', ' 1'), { nil: null }),
  origin,
  cookie,
});

function toRequest(path: string, c: Case): Request {
  const headers = new Headers();
  if (c.contentType !== null) headers.set('content-type', c.contentType);
  if (c.paymendHeader !== null) headers.set('paymend-request', c.paymendHeader);
  if (c.origin !== null) headers.set('origin', c.origin === 'http://127.0.0.1' ? ORIGIN() : c.origin);
  if (c.cookie !== null) headers.set('cookie', c.cookie === 'valid' ? `session=${session}` : c.cookie);
  const method = c.method.toUpperCase();
  const hasBody = !['GET', 'HEAD'].includes(method) && c.body !== null;
  return new Request(`${app.base}${path}`, { method, headers, body: hasBody ? c.body : undefined });
}

function parses(body: string | null, schema: { safeParse(v: unknown): { success: boolean } }): boolean {
  try {
    return schema.safeParse(body === null || body === '' ? {} : JSON.parse(body)).success;
  } catch {
    return false;
  }
}

/** True when the generated request is one the endpoint must refuse (the rare valid ones are skipped). */
function isMalformed(path: string, c: Case): boolean {
  const method = c.method.toUpperCase();
  if (path === '/status') return !(method === 'GET' || method === 'HEAD') || c.cookie !== 'valid';
  if (path === '/webhook') return true; // never signed
  const headersValid =
    method === 'POST' &&
    /^application\/json\s*(;|$)/i.test(c.contentType ?? '') &&
    c.paymendHeader === '1' &&
    (c.origin === null || c.origin === 'http://127.0.0.1') &&
    c.cookie === 'valid';
  if (!headersValid) return true;
  const schema = {
    '/setup-intent': SetupIntentRequestSchema,
    '/payment-action': SetupIntentRequestSchema,
    '/refresh': SetupIntentRequestSchema,
    '/complete': CompleteRequestSchema,
    '/events': AnalyticsEventSchema,
  }[path]!;
  return !parses(c.body, schema);
}

async function snapshot() {
  return { writes: standin.requests.filter((r) => r.method !== 'GET').length, counters: await store.counters(), cached: await store.get(customerId) };
}

for (const path of ['/status', '/setup-intent', '/complete', '/payment-action', '/refresh', '/events', '/webhook']) {
  describe(`fuzz ${path}`, () => {
    it(`answers ${RUNS} malformed requests with 4xx only, without changing state`, async () => {
      const before = await snapshot();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(anyCase, async (c) => {
          if (!isMalformed(path, c)) return;
          const response = await app.handler(toRequest(path, c));
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          assert.ok(response.status >= 400 && response.status < 500, `${path} ${JSON.stringify(c).slice(0, 300)} -> ${response.status}`);
          if (c.method.toUpperCase() !== 'HEAD') {
            const body = ErrorResponseSchema.parse(await response.json());
            assert.ok(body.error.message.length > 0);
            assert.doesNotMatch(body.error.message, /sk_test|whsec_|at \w+ \(|StripeError|api_error/);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      const afterState = await snapshot();
      assert.equal(afterState.writes, before.writes, 'no write reached Stripe');
      assert.deepEqual(afterState.counters, before.counters, 'no analytics counter moved');
      assert.deepEqual(afterState.cached, before.cached, 'the cached status is untouched');
      assert.ok([...statuses.values()].reduce((a, b) => a + b, 0) >= RUNS * 0.5, `enough cases ran: ${JSON.stringify([...statuses])}`);
    });
  });
}

describe('fuzz /webhook signatures', () => {
  it(`refuses ${RUNS} events with forged or garbled signatures`, async () => {
    const event = JSON.stringify({ id: 'evt_fuzz', object: 'event', type: 'invoice.paid', data: { object: { object: 'invoice', customer: customerId } } });
    const now = Math.floor(Date.now() / 1000);
    const signature = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom(standin.signPayload(event, 'whsec_other'), standin.signPayload(event, WEBHOOK_SECRET, now - 3600), `t=${now},v1=`, `t=${now}`, `v1=${'0'.repeat(64)}`),
      hex64.map((h) => `t=${now},v1=${h}`),
      fc.tuple(fc.integer(), hex64).map(([t, h]) => `t=${t},v1=${h},v0=${h}`),
    );
    const payload = fc.oneof(fc.constant(event), junkBody);
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(signature, payload, async (sig, body) => {
        const response = await app.handler(new Request(`${app.base}/webhook`, { method: 'POST', headers: { 'stripe-signature': sig, 'content-type': 'application/json' }, body }));
        assert.equal(response.status, 400, `${sig} -> ${response.status}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const afterState = await snapshot();
    assert.deepEqual(afterState.cached, before.cached);
    assert.equal(afterState.writes, before.writes);
  });
});
