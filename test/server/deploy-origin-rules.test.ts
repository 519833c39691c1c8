// The origin decision as a pure function: the edge cases the HTTP tests do not spell out one by one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideOrigin, forwardedOrigin, normalizeOrigin, type OriginFacts, type OriginPolicy } from '../../src/server/origin.js';

const none: OriginFacts = { origin: null, secFetchSite: null, host: null, forwarded: null, forwardedProto: null, forwardedHost: null };
const policy: OriginPolicy = { publicOrigins: ['https://app.example.com'], allowedOrigins: ['capacitor://localhost'], allowSameSite: false, trustProxy: false };
const allowed = (facts: Partial<OriginFacts>, p: Partial<OriginPolicy> = {}) => decideOrigin({ ...none, ...facts }, { ...policy, ...p }).allowed;

describe('decideOrigin', () => {
  it('trusts Sec-Fetch-Site over everything but an opaque origin', () => {
    assert.equal(allowed({ secFetchSite: 'same-origin', origin: 'https://anything.example' }), true);
    assert.equal(allowed({ secFetchSite: 'SAME-ORIGIN' }), true);
    assert.equal(allowed({ secFetchSite: 'same-origin', origin: 'null' }), false);
    assert.equal(allowed({ secFetchSite: 'cross-site', origin: 'https://evil.example', host: 'evil.example' }), false, 'Host cannot rescue cross-site');
    assert.equal(allowed({ secFetchSite: 'same-site', origin: 'https://www.example.com' }), false);
    assert.equal(allowed({ secFetchSite: 'same-site', origin: 'https://www.example.com' }, { allowSameSite: true }), true);
    assert.equal(allowed({ secFetchSite: 'same-site', origin: 'https://app.example.com' }), true, 'listed');
    assert.equal(allowed({ secFetchSite: 'whatever', origin: 'https://evil.example' }), false, 'unknown values refuse');
  });

  it('without Sec-Fetch-Site, matches the Host header by host, never a smuggled one', () => {
    assert.equal(allowed({ origin: 'https://shop.example', host: 'shop.example' }), true);
    assert.equal(allowed({ origin: 'https://shop.example', host: 'shop.example:443' }), true, 'default port');
    assert.equal(allowed({ origin: 'http://shop.example:8080', host: 'shop.example:8080' }), true);
    assert.equal(allowed({ origin: 'http://shop.example:8080', host: 'shop.example' }), false);
    assert.equal(allowed({ origin: 'https://shop.example', host: 'shop.example/x' }), false);
    assert.equal(allowed({ origin: 'https://shop.example/', host: 'shop.example' }), false, 'not an Origin serialization');
    assert.equal(allowed({ origin: 'capacitor://shop.example', host: 'shop.example' }), false, 'only http(s) by host');
  });

  it('uses forwarded headers only with trustProxy', () => {
    const facts = { origin: 'https://app.internal', forwardedProto: 'https', forwardedHost: 'app.internal', host: '10.0.0.1:3000' };
    assert.equal(allowed(facts), false);
    assert.equal(allowed(facts, { trustProxy: true }), true);
    assert.equal(allowed({ ...facts, forwardedProto: 'http' }, { trustProxy: true }), false, 'scheme counts');
  });
});

describe('forwardedOrigin', () => {
  it('reads the first hop of Forwarded, quoted or not, then X-Forwarded-*', () => {
    assert.equal(forwardedOrigin({ forwarded: 'for=1.2.3.4;proto=https;host="app.example.com", for=10.0.0.1;proto=http;host=inner', forwardedProto: null, forwardedHost: null }), 'https://app.example.com');
    assert.equal(forwardedOrigin({ forwarded: null, forwardedProto: 'https, http', forwardedHost: 'app.example.com, inner:3000' }), 'https://app.example.com');
    assert.equal(forwardedOrigin({ forwarded: null, forwardedProto: 'javascript', forwardedHost: 'app.example.com' }), null);
    assert.equal(forwardedOrigin({ forwarded: null, forwardedProto: 'https', forwardedHost: 'evil.example/@app.example.com' }), null);
  });
});

describe('normalizeOrigin', () => {
  it('writes origins as browsers send them', () => {
    assert.equal(normalizeOrigin('https://App.Example.com:443/'), 'https://app.example.com');
    assert.equal(normalizeOrigin('capacitor://localhost'), 'capacitor://localhost');
    assert.equal(normalizeOrigin('tauri://localhost/'), 'tauri://localhost');
    for (const bad of ['null', 'https://app.example.com/billing', 'https://user@app.example.com', 'app.example.com', 'file:///tmp/x']) {
      assert.equal(normalizeOrigin(bad), null, bad);
    }
  });
});
