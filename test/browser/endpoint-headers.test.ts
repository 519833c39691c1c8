// setEndpointHeaders: the hosted update page's signed link travels as a header on every request to
// its endpoint (status GET and each POST), only to that endpoint, and never replaces the headers
// Paymend sets itself.
import { fetchStatus, postJson, setEndpointHeaders } from '../../src/internal/api-client.js';
import { equal } from './assert.js';
import { freshEndpoint, json, makeStatus, restore, stubFetch } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

describe('setEndpointHeaders', () => {
  afterEach(restore);

  it('adds the headers to the status GET and to POSTs of that endpoint only', async () => {
    const calls = stubFetch(({ url }) => (url.endsWith('/status') ? json(makeStatus('failed')) : json({})));
    const endpoint = freshEndpoint();
    const other = freshEndpoint();
    setEndpointHeaders(`${endpoint}/`, { 'Paymend-Link': 'v1.token.mac' });
    await fetchStatus(endpoint);
    await postJson(endpoint, '/refresh', {});
    await postJson(other, '/refresh', {});
    const link = calls.map((call) => new Headers(call.init.headers).get('Paymend-Link'));
    equal(link[0], 'v1.token.mac', 'status GET (a trailing slash names the same endpoint)');
    equal(link[1], 'v1.token.mac', 'POST');
    equal(link[2], null, 'another endpoint gets nothing');
    setEndpointHeaders(endpoint, {});
    await postJson(endpoint, '/refresh', {});
    equal(new Headers(calls[3]?.init.headers).get('Paymend-Link'), null, 'an empty object removes them');
  });

  it('cannot replace Content-Type or the CSRF header, whatever the case of the name', async () => {
    const calls = stubFetch(() => json({}));
    const endpoint = freshEndpoint();
    setEndpointHeaders(endpoint, { 'content-type': 'text/plain', 'paymend-request': '0', 'X-Extra': 'yes' });
    await postJson(endpoint, '/refresh', {});
    const headers = new Headers(calls[0]?.init.headers);
    equal(headers.get('Content-Type'), 'application/json');
    equal(headers.get('Paymend-Request'), '1');
    equal(headers.get('X-Extra'), 'yes');
    setEndpointHeaders(endpoint, {});
  });
});
