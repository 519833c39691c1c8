// With Redis down, page views must not each cost a Stripe derivation (one user could spend the
// account's read allocation), and endpoints that need the store say the store is what is down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { DEGRADED_DERIVE_EVERY_MS, degradedChoice } from '../../src/server/degraded.js';
import { RedisStore } from '../../src/server/index.js';
import { browserFor, countRequests, seedCustomer, startApp, startRedis, type App } from './harness.js';
import { errorOf, failingCustomer } from './attack-flows.js';

let skew = 0;
const clock = () => Date.now() + skew;

let standin: StripeStandin;
let redis: Awaited<ReturnType<typeof startRedis>>;
let app: App;

before(async () => {
  standin = await startStripeStandin();
  redis = await startRedis();
  app = await startApp(standin, { store: new RedisStore({ url: redis.url, prefix: 'down:' }), now: clock });
});
after(async () => {
  await app?.close();
  await standin?.close();
  await redis?.stop();
});

describe('Redis stopped', () => {
  it('20 page views of one customer cost one derivation, then one per interval', async () => {
    const { customerId } = await failingCustomer(standin);
    const browser = browserFor(app, customerId);
    await redis.stop();
    standin.resetRequests();
    for (let i = 0; i < 20; i++) {
      const response = await browser.status();
      assert.equal(response.status, 200);
      assert.equal(StatusSchema.parse(await response.json()).state, 'failed');
    }
    // Every derivation starts with the customer's open invoices (src/server/billing-facts.ts).
    const derivations = () => standin.requests.filter((r) => r.path === '/v1/invoices').length;
    assert.equal(derivations(), 1, 'one derivation for 20 views');
    const reads = standin.requests.length;
    assert.ok(reads <= 4, `one derivation is a handful of reads, saw ${reads} (60 before the fix)`);
    assert.ok(app.logs.some((l) => l.startsWith('error: store')), 'the outage is logged');

    skew += DEGRADED_DERIVE_EVERY_MS + 1000;
    for (let i = 0; i < 5; i++) assert.equal((await browser.status()).status, 200);
    assert.equal(derivations(), 2, 'one more derivation once the interval passed');
  });

  it('endpoints that need the store answer 503 store_unavailable, not stripe_unavailable', async () => {
    const { customerId } = seedCustomer(standin);
    const browser = browserFor(app, customerId);
    const setupIntent = await browser.post('/setup-intent');
    const error = await errorOf(setupIntent, 503, 'store_unavailable');
    assert.match(error.message, /temporarily unavailable/);
    assert.ok(Number(setupIntent.headers.get('retry-after')) > 0);
    await errorOf(await browser.post('/complete', { setupIntentId: 'seti_123' }), 503, 'store_unavailable');
    await errorOf(await browser.post('/refresh'), 503, 'store_unavailable');
    await errorOf(await browser.post('/payment-action'), 503, 'store_unavailable');
    assert.equal(countRequests(standin, '/v1/setup_intents'), 0, 'no SetupIntent was created without its rate limit');
  });
});

describe('degradedChoice (pure)', () => {
  const every = 30_000;
  const now = 1_000_000;
  it('serves a recent copy, derives when the interval passed, and is unavailable rather than read Stripe again', () => {
    assert.equal(degradedChoice(null, null, now, every), 'derive');
    assert.equal(degradedChoice({ derivedAt: now - 1000 }, now - 1000, now, every), 'copy');
    assert.equal(degradedChoice({ derivedAt: now - every }, now - every, now, every), 'derive');
    assert.equal(degradedChoice(null, now - 1000, now, every), 'unavailable', 'the copy was evicted; the bound still holds');
    assert.equal(degradedChoice({ derivedAt: now - 5 * every }, now - 1000, now, every), 'copy', 'an older copy beats a second read');
  });
});
