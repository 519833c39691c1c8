// `npm start` serves a working demo: the page, the widget bundle, and the handler behind a demo login.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type DemoServer } from '../../demo/server.js';
import { StatusSchema } from '../../src/protocol/index.js';

let demo: DemoServer;
before(async () => {
  demo = await startDemo(0);
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
    assert.match(html, /<paymend-banner endpoint="\/billing\/paymend">/);
  });

  it('serves the widget bundle', async () => {
    const response = await fetch(`${demo.url}/paymend.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    assert.match(await response.text(), /paymend-banner/);
  });

  for (const [scenario, state] of [['healthy', 'ok'], ['expiring', 'expiring'], ['expired', 'expired'], ['failed', 'failed']] as const) {
    it(`shows ${state} for the ${scenario} scenario`, async () => {
      const cookie = await login(scenario);
      const status = StatusSchema.parse(await (await fetch(`${demo.url}/billing/paymend/status`, { headers: { cookie } })).json());
      assert.equal(status.state, state);
    });
  }

  it('answers 401 without the demo login and 400 for an unknown scenario', async () => {
    assert.equal((await fetch(`${demo.url}/billing/paymend/status`)).status, 401);
    assert.equal((await fetch(`${demo.url}/login?scenario=nope`, { redirect: 'manual' })).status, 400);
  });
});
