// The status rendered into the page (docs/merchant/server.md, "Status in the page"):
// `handler.statusFor(request)` answers what GET /status answers for the same request, or null,
// and never rejects; `embedStatus` makes it safe inside <script type="application/json">.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedScenario } from '../../demo/server.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import type { Status } from '../../src/protocol/index.js';
import { StatusSchema } from '../../src/protocol/index.js';
import { createHandler, embedStatus, MemoryStore } from '../../src/server/index.js';
import { browserFor, PUBLISHABLE_KEY, recordingLogger, startApp, stripeClientFor, WEBHOOK_SECRET, type App } from './harness.js';

let standin: StripeStandin;
let app: App;
before(async () => {
  standin = await startStripeStandin();
  app = await startApp(standin);
});
after(async () => {
  await app?.close();
  await standin?.close();
});

/** The merchant's page request: the same cookie the browser sends to /status. */
const pageRequest = (cookie?: string) => new Request(`${app.url}/dashboard`, { headers: cookie ? { cookie } : {} });

describe('handler.statusFor(request)', () => {
  for (const scenario of ['healthy', 'insufficient_funds', 'expired'] as const) {
    it(`${scenario}: the same Status JSON GET /status answers for this session`, async () => {
      const browser = browserFor(app, seedScenario(standin, scenario));
      const embedded = await app.handler.statusFor(pageRequest(browser.cookie));
      const fetched = (await (await browser.status()).json()) as Status;
      assert.ok(embedded, 'a signed-in customer has a status');
      assert.deepEqual(JSON.parse(JSON.stringify(embedded)), fetched);
      StatusSchema.parse(embedded);
      if (scenario !== 'healthy') assert.notEqual(embedded.state, 'ok');
    });
  }

  it('nobody signed in: null, not an error', async () => {
    assert.equal(await app.handler.statusFor(pageRequest()), null);
    assert.equal(await app.handler.statusFor(pageRequest('session=unknown')), null);
  });

  it('store and Stripe both down: null (logged), never a rejection', async () => {
    const store = new MemoryStore();
    store.get = () => Promise.reject(new Error('store backend unreachable'));
    const gone = await startStripeStandin();
    const { lines, logger } = recordingLogger();
    const handler = createHandler({
      stripe: stripeClientFor(gone),
      publishableKey: PUBLISHABLE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      store,
      logger,
      resolveCustomer: () => 'cus_unreachable1',
    });
    await gone.close();
    assert.equal(await handler.statusFor(new Request('http://shop.test/')), null);
    assert.ok(lines.some((line) => line.startsWith('error: statusFor')), lines.join('\n'));
  });

  it('resolveCustomer throwing, or answering something that is not a customer id: null', async () => {
    const { logger } = recordingLogger();
    const base = { stripe: stripeClientFor(standin), publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET, logger };
    const throwing = createHandler({ ...base, resolveCustomer: () => Promise.reject(new Error('session store down')) });
    const odd = createHandler({ ...base, resolveCustomer: () => 'not a customer id' });
    assert.equal(await throwing.statusFor(new Request('http://shop.test/')), null);
    assert.equal(await odd.statusFor(new Request('http://shop.test/')), null);
  });

  it('a handler built from a factory answers too, and null when its options cannot load', async () => {
    const customerId = seedScenario(standin, 'expiring');
    const lazy = createHandler(() => ({
      stripe: stripeClientFor(standin),
      publishableKey: PUBLISHABLE_KEY,
      webhookSecret: WEBHOOK_SECRET,
      resolveCustomer: () => customerId,
    }));
    assert.equal((await lazy.statusFor(new Request('http://shop.test/')))?.state, 'expiring');
    const broken = createHandler(() => Promise.reject(new Error('vault timed out')));
    assert.equal(await broken.statusFor(new Request('http://shop.test/')), null);
  });
});

describe('embedStatus(status)', () => {
  const hostile = [
    '</script><script>alert(1)</script>',
    '</SCRIPT >',
    '<!--<script>',
    '&lt;b&gt; & <b>',
    'line\u2028separator\u2029paragraph',
    '"\\\'`${x}',
  ];
  // Not parsed by the schema: escaping must hold for any string a newer server might send.
  const statusWith = (text: string): Status =>
    ({
      v: 1,
      state: 'failed',
      paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, wallet: null },
      invoice: { id: 'in_1', amountDue: 2900, currency: 'eur', attemptCount: 1, nextAttemptAt: null, hostedInvoiceUrl: `https://pay.example/${text}` },
      failure: { code: 'card_declined', declineCode: text, adviceCode: null },
      access: { wall: 'none', endsAt: null },
    }) as unknown as Status;

  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text)} inside the script and gives the same status back`, () => {
      const status = statusWith(text);
      const embedded = embedStatus(status);
      assert.doesNotMatch(embedded, /[<>&\u2028\u2029]/, 'nothing the HTML parser or an old JS parser would act on');
      assert.deepEqual(JSON.parse(embedded), status, 'JSON.parse reads the very same status');
    });
  }

  it('null embeds as null (the elements then fetch the status)', () => {
    assert.equal(embedStatus(null), 'null');
  });
});
