// `npm start` serves a working demo: the page, the widget bundle, and the handler behind a demo login.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type DemoServer } from '../../demo/server.js';
import { StatusSchema } from '../../src/protocol/index.js';

let demo: DemoServer;
before(async () => {
  // The recovery history behind /admin is demo-report.test.ts's business: skipped here.
  demo = await startDemo(0, { seedReport: false });
});
after(async () => {
  await demo?.close();
});

async function login(scenario: string): Promise<string> {
  const response = await fetch(`${demo.url}/login?scenario=${scenario}`, { redirect: 'manual' });
  assert.equal(response.status, 303);
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  assert.ok(cookie.startsWith('demo_session='), cookie);
  return cookie;
}

describe('demo server', () => {
  it('serves the page with the script tag and the element', async () => {
    const html = await (await fetch(`${demo.url}/`)).text();
    assert.match(html, /<script type="module" src="\/paymend.js"><\/script>/);
    assert.match(html, /<paymend-banner endpoint="\/billing\/paymend"/);
    assert.match(html, /<paymend-wall endpoint="\/billing\/paymend"/);
    assert.match(html, /<script src="\/stripe-standin.js" type="module"><\/script>/, 'the offline window.Stripe');
  });

  it('serves the widget bundle', async () => {
    const response = await fetch(`${demo.url}/paymend.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.match(await response.text(), /paymend-banner/);
  });

  const expected = {
    healthy: ['ok', 'none', null],
    expiring: ['expiring', 'none', null],
    expired: ['expired', 'none', null],
    insufficient_funds: ['failed', 'none', 'insufficient_funds'],
    do_not_honor: ['failed', 'none', 'do_not_honor'],
    lost_card: ['failed', 'none', 'lost_card'],
    action_required: ['action_required', 'none', null],
    soft_wall: ['failed', 'soft', 'insufficient_funds'],
    hard_wall: ['failed', 'hard', 'generic_decline'],
    second_card: ['failed', 'none', 'insufficient_funds'],
    euro_declined: ['failed', 'none', 'insufficient_funds'],
    // Even under a hard wall policy: a debit on its way is not a failure.
    debit_processing: ['processing', 'none', null],
    debit_returned: ['failed', 'soft', null],
    trial_missing: ['missing', 'none', null],
    trial_paused: ['missing', 'none', null],
  } as const;
  for (const [scenario, [state, wall, declineCode]] of Object.entries(expected)) {
    it(`seeds the ${scenario} scenario: ${state}, wall ${wall}`, async () => {
      const cookie = await login(scenario);
      const status = StatusSchema.parse(await (await fetch(`${demo.url}/billing/paymend/status`, { headers: { cookie } })).json());
      assert.equal(status.state, state);
      assert.equal(status.access.wall, wall);
      assert.equal(status.failure?.declineCode ?? null, declineCode);
    });
  }

  it('plays Stripe.js for whoever holds the client secret only: confirm a SetupIntent and the bank 3-D Secure', async () => {
    const setupIntentFor = async (cookie: string) => {
      const setup = await fetch(`${demo.url}/billing/paymend/setup-intent`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'paymend-request': '1', origin: demo.url },
        body: '{}',
      });
      return ((await setup.json()) as { clientSecret: string }).clientSecret;
    };
    const clientSecret = await setupIntentFor(await login('healthy'));
    const otherSecret = await setupIntentFor(await login('healthy'));
    const id = clientSecret.split('_secret_')[0];
    // No cookie at all: the hosted page a customer opens from an email has none, as with real Stripe.js.
    const confirm = async (secret: string | null) =>
      fetch(`${demo.url}/demo/stripe/setup_intents/${id}/confirm${secret === null ? '' : `?client_secret=${encodeURIComponent(secret)}`}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ card: '4000002760003184' }),
      });
    assert.equal((await confirm(null)).status, 404, 'without the client secret the intent is out of reach');
    assert.equal((await confirm(otherSecret)).status, 404, "another intent's secret does not open this one");
    assert.equal((await confirm(`${clientSecret}x`)).status, 404, 'nor does a near miss');
    const confirmed = (await (await confirm(clientSecret)).json()) as { status: string };
    assert.equal(confirmed.status, 'requires_action');
    const authenticate = (secret: string) =>
      fetch(`${demo.url}/demo/stripe/intents/${id}/authenticate?client_secret=${encodeURIComponent(secret)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"success":true}' });
    assert.equal((await authenticate(otherSecret)).status, 404);
    assert.equal(((await (await authenticate(clientSecret)).json()) as { status: string }).status, 'succeeded');
  });

  it('serves the offline window.Stripe and the page script', async () => {
    for (const path of ['/stripe-standin.js', '/demo.js']) {
      const response = await fetch(`${demo.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.ok((await response.text()).length > 500, path);
    }
  });

  it('answers 401 without the demo login and 400 for an unknown scenario', async () => {
    assert.equal((await fetch(`${demo.url}/billing/paymend/status`)).status, 401);
    assert.equal((await fetch(`${demo.url}/login?scenario=nope`, { redirect: 'manual' })).status, 400);
  });
});
