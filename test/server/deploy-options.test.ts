// Options a deploy gets wrong: built without secrets (next build, Docker), typos in nested
// objects, secrets missing at run time. Lazy handlers are served over real HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { createHandler, HandlerOptionsError, toNodeHandler, type PaymendHandler } from '../../src/server/index.js';
import type { HandlerOptions } from '../../src/server/options.js';
import { send, serve } from './deploy-http.js';
import { PUBLISHABLE_KEY, WEBHOOK_SECRET, recordingLogger, seedCustomer, stripeClientFor } from './harness.js';

let standin: StripeStandin;
before(async () => {
  standin = await startStripeStandin();
});
after(async () => {
  await standin.close();
});

async function served(handler: PaymendHandler, run: (port: number) => Promise<void>) {
  const server = await serve(toNodeHandler(handler));
  try {
    await run(server.port);
  } finally {
    await server.close();
    await handler.close();
  }
}

/** What a route module reads from the environment, as the documented quick start does. */
function fromEnv(env: Record<string, string | undefined>, extra: Partial<HandlerOptions> = {}): HandlerOptions {
  return {
    stripe: env.STRIPE_SECRET_KEY!,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY!,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
    basePath: '/billing/paymend',
    resolveCustomer: () => null,
    ...extra,
  };
}

describe('createHandler(() => options): lazy options', () => {
  it('is created with no secrets at all, then answers 500 to every request and logs each problem', async () => {
    const { lines, logger } = recordingLogger();
    const env: Record<string, string | undefined> = {};
    let calls = 0;
    const handler = createHandler(() => {
      calls += 1;
      return fromEnv(env, { logger, wall: { mode: 'soft', gracedays: 3 } as never });
    });
    assert.equal(calls, 0, 'nothing is read at creation (next build)');
    await served(handler, async (port) => {
      for (const [method, path] of [['GET', '/billing/paymend/status'], ['POST', '/billing/paymend/webhook']] as const) {
        const answer = await send(port, { method, path, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
        assert.equal(answer.status, 500);
        const error = answer.json().error!;
        assert.equal(error.code, 'internal_error');
        assert.doesNotMatch(error.message, /sk_|whsec_|STRIPE_/, 'no configuration detail reaches the browser');
      }
      const logged = lines.join('\n');
      for (const problem of [
        'stripe: missing — set STRIPE_SECRET_KEY',
        'publishableKey: missing — set STRIPE_PUBLISHABLE_KEY',
        'webhookSecret: missing — set STRIPE_WEBHOOK_SECRET',
        'wall.gracedays: unknown option (did you mean graceDays?)',
      ]) {
        assert.ok(logged.includes(problem), `logged: ${problem}\n${logged}`);
      }
      await assert.rejects(handler.ready(), (error: unknown) => {
        assert.ok(error instanceof HandlerOptionsError);
        assert.equal(error.problems.length, 4, error.message);
        return true;
      });
    });
  });

  it('reads the environment at first use, so secrets set after the build are used', async () => {
    const { customerId } = seedCustomer(standin);
    const env: Record<string, string | undefined> = {};
    const handler = createHandler(async () => ({
      ...fromEnv(env),
      stripe: env.STRIPE_SECRET_KEY ? stripeClientFor(standin) : (undefined as never),
      resolveCustomer: () => customerId,
    }));
    // The build is over; the container starts with its secrets.
    Object.assign(env, { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_PUBLISHABLE_KEY: PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
    await handler.ready();
    await served(handler, async (port) => {
      const answer = await send(port, { method: 'GET', path: '/billing/paymend/status' });
      assert.equal(answer.status, 200, answer.text);
      assert.equal(StatusSchema.parse(answer.json()).state, 'ok');
      assert.equal((await handler.recoveryStats()).cardsUpdated, 0);
    });
  });

  it('asks a factory that threw again on the next request (a secrets vault that timed out)', async () => {
    const { lines, logger } = recordingLogger();
    const { customerId } = seedCustomer(standin);
    let calls = 0;
    const handler = createHandler(async () => {
      calls += 1;
      if (calls === 1) throw new Error('vault timed out');
      return { ...fromEnv({}), stripe: stripeClientFor(standin), publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET, resolveCustomer: () => customerId, logger };
    });
    await served(handler, async (port) => {
      assert.equal((await send(port, { method: 'GET', path: '/billing/paymend/status' })).status, 500);
      assert.equal((await send(port, { method: 'GET', path: '/billing/paymend/status' })).status, 200);
      assert.equal(calls, 2);
    });
    assert.equal(lines.length, 0, 'the first failure went to console: the factory never returned a logger');
  });
});

/** Options that pass, against the stand-in. */
const valid = (): HandlerOptions => ({
  stripe: stripeClientFor(standin),
  publishableKey: PUBLISHABLE_KEY,
  webhookSecret: WEBHOOK_SECRET,
  resolveCustomer: () => null,
});

describe('createHandler(options): checked at creation', () => {
  it('refuses unknown keys in nested option objects, naming each', () => {
    assert.throws(
      () =>
        createHandler({
          ...valid(),
          wall: { mode: 'soft', gracedays: 3 } as never,
          rateLimits: { setupintent: { limit: 1, windowSeconds: 60 }, complete: { limit: 1, windowseconds: 60 } } as never,
        }),
      (error: unknown) => {
        assert.ok(error instanceof HandlerOptionsError);
        assert.match(error.message, /wall\.gracedays: unknown option \(did you mean graceDays\?\)/);
        assert.match(error.message, /rateLimits\.setupintent: unknown option \(did you mean setupIntent\?\)/);
        assert.match(error.message, /rateLimits\.complete\.windowseconds: unknown option \(did you mean windowSeconds\?\)/);
        return true;
      },
    );
  });

  it('names the environment variable of each missing secret, also when it is an empty string', () => {
    assert.throws(
      () => createHandler(fromEnv({ STRIPE_SECRET_KEY: '', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })),
      (error: unknown) => {
        assert.ok(error instanceof HandlerOptionsError);
        assert.deepEqual(error.problems, ['stripe: missing — set STRIPE_SECRET_KEY', 'publishableKey: missing — set STRIPE_PUBLISHABLE_KEY']);
        return true;
      },
    );
    // A value that is present but wrong says what is wrong with it, not where to set it.
    assert.throws(() => createHandler({ ...valid(), publishableKey: 'sk_test_oops' }), /publishableKey: must be a publishable key/);
  });

  it('plain options are ready at once', async () => {
    await createHandler(valid()).ready();
  });

  it('refuses a custom store that lacks a method the handler calls, naming the methods', () => {
    const { claimOnce: _missing, ...partial } = Object.fromEntries(
      ['get', 'generation', 'setIfGeneration', 'invalidate', 'claimEvent', 'releaseEvent', 'hit', 'rememberPaymentMethod', 'customerOfPaymentMethod', 'claimOnce', 'adoptSetupIntent', 'adoptedSetupIntent', 'count', 'counters'].map((m) => [m, async () => null]),
    );
    assert.throws(() => createHandler({ ...valid(), store: partial as never }), /store: .*claimOnce/);
  });
});

describe('createHandler(() => options): every method waits for the options', () => {
  it('access() resolves the options first, then answers from the store', async () => {
    const { customerId } = seedCustomer(standin);
    const handler = createHandler(() => ({ ...valid(), resolveCustomer: () => customerId }));
    const decision = await handler.access(new Request('http://app.example/dashboard'));
    assert.equal(decision.allowed, true);
    assert.equal(decision.state, 'ok');
    await handler.close();
  });
});
