import { fetchStatus, PaymendRequestError, postJson } from '../../src/internal/api-client.js';
import { completeSetupIntent, createSetupIntent, validateStatus } from '../../src/internal/backend.js';
import { deepEqual, equal, ok, rejects } from './assert.js';
import { captureWarnings, freshEndpoint, json, makeStatus, restore, stubFetch, within } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

describe('api client', () => {
  afterEach(restore);

  it('POSTs send JSON with the Paymend-Request header, and the answer is validated', async () => {
    const calls = stubFetch(() => json({ clientSecret: 'seti_1_secret_x', publishableKey: 'pk_test_x' }));
    const endpoint = freshEndpoint();
    const answer = await createSetupIntent(endpoint);
    deepEqual(answer, { clientSecret: 'seti_1_secret_x', publishableKey: 'pk_test_x' });
    const [call] = calls;
    equal(call?.url, `${location.origin}${endpoint}/setup-intent`, 'URL');
    equal(call?.init.method, 'POST', 'method');
    equal(call?.init.credentials, 'same-origin', 'credentials');
    equal(call?.init.body, '{}', 'body');
    const headers = new Headers(call?.init.headers);
    equal(headers.get('Content-Type'), 'application/json', 'Content-Type');
    equal(headers.get('Paymend-Request'), '1', 'Paymend-Request');
  });

  it('/complete sends the proof, and asks again without it when a handler from an older release refuses the field', async () => {
    const done = { status: makeStatus('ok') };
    const bodies: unknown[] = [];
    stubFetch(({ init }) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      bodies.push(body);
      // What a handler before `clientSecret` answers: its strict schema refuses the unknown key.
      return 'clientSecret' in body
        ? json({ error: { code: 'bad_request', message: 'Send {"setupIntentId": "seti_…"}.' } }, 400)
        : json(done);
    });
    const answer = await completeSetupIntent(freshEndpoint(), { setupIntentId: 'seti_1', clientSecret: 'seti_1_secret_x' });
    equal(answer.status.state, 'ok');
    deepEqual(bodies, [{ setupIntentId: 'seti_1', clientSecret: 'seti_1_secret_x' }, { setupIntentId: 'seti_1' }]);
  });

  it('/complete does not retry a refused proof: a 404 from a current handler stays an error', async () => {
    const calls = stubFetch(() => json({ error: { code: 'not_found', message: 'No such card update.' } }, 404));
    const error = await rejects(completeSetupIntent(freshEndpoint(), { setupIntentId: 'seti_1', clientSecret: 'seti_1_secret_bogus' }));
    ok(error instanceof PaymendRequestError && error.code === 'not_found', `not_found (got ${String(error)})`);
    equal(calls.length, 1, 'asked once');
  });

  it('an answer of the wrong shape is an invalid_response naming the field', async () => {
    stubFetch(() => json({ clientSecret: 42, publishableKey: 'pk_test_x' }));
    const error = await rejects(createSetupIntent(freshEndpoint()));
    ok(error instanceof PaymendRequestError && error.code === 'invalid_response', `invalid_response (got ${String(error)})`);
    ok(error.message.includes('clientSecret'), `names the field (${error.message})`);
  });

  it('the page entry checks only the outline of a status; the views validate it in full', async () => {
    stubFetch(() => json({ v: 2, state: 'failed', access: { wall: 'none', endsAt: null } }));
    const error = await rejects(fetchStatus(freshEndpoint()));
    ok(error instanceof PaymendRequestError && error.code === 'invalid_response', `another protocol version refused (got ${String(error)})`);
    // A state of a newer server is no reason to refuse: the views read it calmly (protocol-compat tests).
    stubFetch(() => json({ v: 1, state: 'sleeping', access: { wall: 'none', endsAt: null } }));
    equal((await fetchStatus(freshEndpoint())).state, 'sleeping', 'unknown state passes the outline');

    // Right outline, wrong inside: passes the entry's check, fails the full validation with one warning.
    const deep = makeStatus('failed');
    deep.invoice = { ...deep.invoice!, hostedInvoiceUrl: 'javascript:alert(1)' };
    stubFetch(() => json(deep));
    const outlined = await fetchStatus(freshEndpoint());
    equal(outlined.state, 'failed', 'outline accepted');
    const warnings = captureWarnings();
    equal(validateStatus(outlined, 'paymend-banner'), null, 'full validation refuses it');
    equal(warnings.length, 1, 'one warning');
    ok(String(warnings[0]?.join(' ')).includes('<paymend-banner> ignored an invalid status: invoice.hostedInvoiceUrl'), `says who ignored it and why (${String(warnings[0])})`);
    const expired = makeStatus('expired');
    deepEqual(validateStatus(expired, 'paymend-banner'), expired, 'a valid status passes');
  });

  it('postJson turns {error:{code,message}} into a PaymendRequestError', async () => {
    stubFetch(() => json({ error: { code: 'forbidden', message: 'Foreign origin' } }, 403));
    const error = await rejects(postJson(freshEndpoint(), '/complete', { setupIntentId: 'seti_1' }));
    ok(error instanceof PaymendRequestError, 'typed error');
    equal(error.code, 'forbidden', 'code');
    equal(error.httpStatus, 403, 'httpStatus');
    ok(error.message.includes('Foreign origin'), 'message kept');
  });

  it('an error page without the error shape becomes http_error', async () => {
    stubFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const error = await rejects(postJson(freshEndpoint(), '/events', {}));
    ok(error instanceof PaymendRequestError, 'typed error');
    equal(error.code, 'http_error', 'code');
    equal(error.httpStatus, 502, 'httpStatus');
  });

  it('times out even when fetch ignores its abort signal', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    // No stopwatch: if the 30 ms timer did not end the wait, `within` fails (and says so) long after.
    const error = await within(rejects(fetchStatus(freshEndpoint(), { timeoutMs: 30 })), 'the request to give up on its own');
    ok(error instanceof PaymendRequestError && error.code === 'timeout', `timeout error (got ${String(error)})`);
  });

  it("one caller's abort does not cancel the request other callers share", async () => {
    let answer!: (response: Response) => void;
    const calls = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const endpoint = freshEndpoint();
    const controller = new AbortController();
    const aborted = fetchStatus(endpoint, { signal: controller.signal });
    const other = fetchStatus(endpoint);
    controller.abort(new Error('navigated away'));
    equal(((await rejects(aborted)) as Error).message, 'navigated away', 'abort reason');
    answer(json(makeStatus('expired')));
    equal((await other).state, 'expired', 'other caller still gets the status');
    equal(calls.length, 1, 'requests');
  });
});
