// The offers' policy and checks over HTTP: each limit refused with a clear 4xx (interval, once-per,
// a price not allowed or not cheaper, not failing, not configured, a malformed body, a foreign
// Origin, no session, the rate limit), the policy being the server's, whatever the browser asks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PATHS } from '../../src/protocol/index.js';
import { DAY_MS, failingCustomer, offersOf, offersWorld, refused, taken } from './offers-flow.js';

const world = offersWorld((prices) => ({ offers: { pause: {}, changePlan: { prices: [prices.starter, prices.max, prices.euro] } } }));

describe('offers policy, enforced by the server', () => {
  it('no pause for an annual plan (intervals default to month): GET says why, POST is a 409 that says it', async () => {
    const { browser } = await failingCustomer(world, { price: world.prices.annual });
    const offers = await offersOf(world, browser);
    assert.equal(offers.pause, null);
    assert.equal(offers.refused.pause, 'interval_not_allowed');
    assert.match(await refused(browser.post('/pause', { months: 1 }), 409, 'offer_not_allowed'), /cannot be paused/);
  });

  it('only cheaper prices of the same currency and interval are offered; a dearer or unlisted one is refused', async () => {
    const { browser } = await failingCustomer(world);
    const offers = await offersOf(world, browser);
    assert.deepEqual(offers.changePlan?.options.map((p) => p.price), [world.prices.starter], 'not Max (dearer), not the EUR price');
    assert.match(await refused(browser.post('/change-plan', { price: world.prices.max }), 409, 'offer_not_allowed'), /cheaper/);
    assert.match(await refused(browser.post('/change-plan', { price: world.prices.mini }), 409, 'offer_not_allowed'), /cheaper/, 'not in the list');
    assert.match(await refused(browser.post('/change-plan', { price: world.prices.euro }), 409, 'offer_not_allowed'), /cheaper/);
  });

  it('nothing is offered to a customer who is not failing', async () => {
    const { browser } = await failingCustomer(world, { card: '4242424242424242', fail: false });
    const offers = await offersOf(world, browser);
    assert.deepEqual(offers.refused, { pause: 'not_failing', changePlan: 'not_failing' });
    assert.match(await refused(browser.post('/pause', { months: 1 }), 409, 'offer_not_allowed'), /payment is not going through/);
    assert.match(await refused(browser.post('/change-plan', { price: world.prices.starter }), 409, 'offer_not_allowed'), /payment is not going through/);
    assert.match(await refused(browser.post('/resume', {}), 409, 'offer_not_allowed'), /Nothing is paused/);
  });

  it('a length past maxMonths is refused', async () => {
    const { browser } = await failingCustomer(world);
    assert.match(await refused(browser.post('/pause', { months: 4 }), 409, 'offer_not_allowed'), /up to 3 months/);
  });

  it('one switch per month: a second one is refused until a month has passed', async () => {
    await world.restart({ offers: { changePlan: { prices: [world.prices.starter, world.prices.mini] } } });
    const { browser, subscriptionId } = await failingCustomer(world, { card: '4242424242424242', declineCode: 'insufficient_funds' });
    await taken(browser.post('/change-plan', { price: world.prices.starter }));
    // Failing again, now on the cheaper plan.
    world.standin.renew(subscriptionId, { declineCode: 'insufficient_funds' });
    await world.standin.flushWebhooks();
    await browser.post('/refresh');
    assert.equal((await offersOf(world, browser)).refused.changePlan, 'used_recently');
    assert.match(await refused(browser.post('/change-plan', { price: world.prices.mini }), 409, 'offer_not_allowed'), /already used recently/);
    world.clock.ms += 32 * DAY_MS;
    assert.deepEqual((await offersOf(world, browser)).changePlan?.options.map((p) => p.price), [world.prices.mini]);
  });

  it('malformed bodies are a 400 that says what to send', async () => {
    const { browser } = await failingCustomer(world);
    assert.match(await refused(browser.post('/pause', { months: 'two' }), 400, 'bad_request'), /months/);
    assert.match(await refused(browser.post('/pause', { months: 0 }), 400, 'bad_request'), /months/);
    assert.match(await refused(browser.post('/pause', { months: 1, customer: 'cus_other' }), 400, 'bad_request'), /months/, 'no customer id from the browser');
    assert.match(await refused(browser.post('/pause', '{not json'), 400, 'bad_request'), /./);
    assert.match(await refused(browser.post('/change-plan', { price: 'prod_123' }), 400, 'bad_request'), /price_/);
    assert.match(await refused(browser.post('/resume', { now: true }), 400, 'bad_request'), /\{\}/);
  });

  it('the same CSRF and auth checks as /complete: a foreign Origin, no Paymend-Request header, no session', async () => {
    const { browser } = await failingCustomer(world);
    for (const path of [PATHS.pause, PATHS.changePlan, PATHS.resume]) {
      await refused(browser.post(path, {}, { origin: 'https://evil.example' }), 403, 'forbidden');
      const noHeader = await fetch(`${world.app.base}${path}`, {
        method: 'POST',
        headers: { cookie: browser.cookie, origin: world.app.url, 'content-type': 'application/json' },
        body: '{}',
      });
      await refused(noHeader, 403, 'forbidden');
      const anonymous = await fetch(`${world.app.base}${path}`, {
        method: 'POST',
        headers: { origin: world.app.url, 'content-type': 'application/json', 'paymend-request': '1' },
        body: '{}',
      });
      await refused(anonymous, 401, 'unauthenticated');
    }
    await refused(fetch(`${world.app.base}/offers`), 401, 'unauthenticated');
  });

  it('is rate limited per customer', async () => {
    await world.restart({ offers: { pause: {} }, rateLimits: { offers: { limit: 2, windowSeconds: 600 } } });
    const { browser } = await failingCustomer(world);
    await refused(browser.post('/pause', { months: 9 }), 409, 'offer_not_allowed');
    await refused(browser.post('/pause', { months: 9 }), 409, 'offer_not_allowed');
    await refused(browser.post('/pause', { months: 9 }), 429, 'rate_limited');
  });

  it('without offers configured every offers route is a 404', async () => {
    await world.restart({});
    const { browser } = await failingCustomer(world);
    await refused(fetch(`${world.app.base}/offers`, { headers: { cookie: browser.cookie } }), 404, 'not_found');
    for (const path of [PATHS.pause, PATHS.changePlan, PATHS.resume]) await refused(browser.post(path, {}), 404, 'not_found');
    const status = await (await browser.status()).json();
    assert.equal(status.offers, undefined);
  });

  it('an offer not configured is a 404 beside one that is', async () => {
    await world.restart({ offers: { pause: {} } });
    const { browser } = await failingCustomer(world);
    await refused(browser.post('/change-plan', { price: world.prices.starter }), 404, 'not_found');
  });

  it("the hosted page's signed link may see and take the offers of its customer, with no session", async () => {
    await world.restart({ offers: { pause: {} }, publicOrigin: 'https://app.example.com' });
    const { customerId, invoiceId, subscriptionId } = await failingCustomer(world);
    const link = new URL(await world.app.handler.updateLink({ customerId, invoiceId, step: 'failed', channel: 'email' }));
    const headers = { 'paymend-link': link.searchParams.get('t')!, origin: 'https://app.example.com' };
    const offers = await fetch(`${world.app.base}/offers`, { headers });
    assert.equal(offers.status, 200);
    const post = (body: unknown, extra: Record<string, string> = {}) =>
      fetch(`${world.app.base}/pause`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'paymend-request': '1', ...extra }, body: JSON.stringify(body) });
    await refused(post({ months: 1 }, { 'paymend-link': 'forged.token' }), 401, 'unauthenticated');
    const result = await taken(post({ months: 1 }));
    assert.equal(result.status.state, 'paused');
    assert.equal(world.standin.get(subscriptionId).status, 'paused');
  });
});
