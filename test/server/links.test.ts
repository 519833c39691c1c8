// The signed no-login links, pure parts and the signer over a MemoryStore with an injected clock:
// round trip, tampering with either half, a wrong key, key rotation, expiry at the exact boundary,
// what the claims bind, revocation by time, and where links lead.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LinkSigner,
  checkSubject,
  deriveLinkSecret,
  linkTargetOf,
  linkUrlFor,
  readToken,
  signToken,
  type LinkClaims,
  type LinkVerdict,
} from '../../src/server/notify/links.js';
import { MemoryStore } from '../../src/server/index.js';

const SECRET = 'a-link-secret-of-at-least-32-characters!';
const OTHER = 'another-secret-of-at-least-32-characters';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1);

const reasonOf = (verdict: LinkVerdict) => (verdict.ok ? 'ok' : verdict.reason);

const claims: LinkClaims = {
  customerId: 'cus_Ada123',
  invoiceId: 'in_Inv456',
  step: 'failed',
  channel: 'email',
  locale: 'de',
  issuedAt: T0,
  expiresAt: T0 + 21 * DAY,
};

/** Flips one character of a base64url string, staying in the alphabet. */
function flip(text: string, at: number): string {
  const c = text[at]!;
  return text.slice(0, at) + (c === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

describe('signToken / readToken', () => {
  it('round-trips every claim', () => {
    const token = signToken(claims, SECRET);
    assert.match(token, /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(readToken(token, [SECRET], T0 + 1), { ok: true, claims });
  });

  it('keeps a null invoice (an expiring card)', () => {
    const token = signToken({ ...claims, invoiceId: null, step: 'expiring' }, SECRET);
    const verdict = readToken(token, [SECRET], T0);
    assert.ok(verdict.ok);
    assert.equal(verdict.claims.invoiceId, null);
  });

  it('refuses a tampered payload as forged', () => {
    const [v, payload, mac] = signToken(claims, SECRET).split('.') as [string, string, string];
    // Another customer, re-encoded: the MAC no longer matches.
    const evil = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('cus_Ada123', 'cus_Eve999')).toString('base64url');
    assert.deepEqual(readToken(`${v}.${evil}.${mac}`, [SECRET], T0), { ok: false, reason: 'forged' });
    for (let at = 0; at < payload.length; at += 7) {
      assert.deepEqual(readToken(`${v}.${flip(payload, at)}.${mac}`, [SECRET], T0), { ok: false, reason: 'forged' }, `payload char ${at}`);
    }
  });

  it('refuses a tampered or truncated MAC as forged', () => {
    const token = signToken(claims, SECRET);
    const macStart = token.lastIndexOf('.') + 1;
    for (const at of [macStart, macStart + 20, token.length - 2]) {
      assert.deepEqual(readToken(flip(token, at), [SECRET], T0), { ok: false, reason: 'forged' });
    }
    assert.deepEqual(readToken(token.slice(0, -1), [SECRET], T0), { ok: false, reason: 'forged' }, 'truncated');
    assert.deepEqual(readToken(token.slice(0, macStart - 1), [SECRET], T0), { ok: false, reason: 'forged' }, 'no MAC');
  });

  it('refuses hostile input without throwing', () => {
    for (const token of [undefined, null, 42, {}, '', 'v1..', 'v2.e30.' + 'A'.repeat(43), 'v1.e30.' + 'A'.repeat(43), `v1.${'A'.repeat(5000)}.${'A'.repeat(43)}`, 'v1.<script>.x', 'v1.e30.AAAA\n']) {
      assert.deepEqual(readToken(token, [SECRET], T0), { ok: false, reason: 'forged' }, String(token).slice(0, 40));
    }
  });

  it('refuses a token signed with another key, and a payload we would never sign even under our key', () => {
    assert.deepEqual(readToken(signToken(claims, OTHER), [SECRET], T0), { ok: false, reason: 'forged' });
    const weird = signToken({ ...claims, customerId: 'not-a-customer' }, SECRET);
    assert.deepEqual(readToken(weird, [SECRET], T0), { ok: false, reason: 'forged' });
  });

  it('verifies with previous keys after a rotation', () => {
    const old = signToken(claims, OTHER);
    assert.equal(readToken(old, [SECRET, OTHER], T0).ok, true);
    assert.equal(readToken(old, [SECRET], T0).ok, false, 'once the old key is dropped');
  });

  it('expires exactly at expiresAt', () => {
    const token = signToken(claims, SECRET);
    assert.equal(readToken(token, [SECRET], claims.expiresAt - 1).ok, true, 'one ms before');
    assert.deepEqual(readToken(token, [SECRET], claims.expiresAt), { ok: false, reason: 'expired', claims });
    assert.deepEqual(readToken(token, [SECRET], claims.expiresAt + DAY), { ok: false, reason: 'expired', claims }, 'claims kept for the calm page');
  });

  it('checks the MAC before expiry: an expired forgery is forged, not expired', () => {
    assert.deepEqual(readToken(signToken(claims, OTHER), [SECRET], claims.expiresAt + 1), { ok: false, reason: 'forged' });
  });
});

describe('deriveLinkSecret', () => {
  it('is stable, differs per webhook secret, and is not the webhook secret', () => {
    const a = deriveLinkSecret('whsec_one');
    assert.deepEqual(a, deriveLinkSecret('whsec_one'));
    assert.notDeepEqual(a, deriveLinkSecret('whsec_two'));
    assert.equal(a.length, 32);
    assert.notEqual(a.toString(), 'whsec_one');
  });
});

describe('LinkSigner', () => {
  function signer(o: { secret?: string; previous?: string[]; now?: () => number; store?: MemoryStore } = {}) {
    let clock = T0;
    const now = o.now ?? (() => clock);
    const store = o.store ?? new MemoryStore({ now });
    const links = new LinkSigner({ secret: o.secret ?? SECRET, previousSecrets: o.previous ?? [], ttlDays: 21, store, now });
    return { links, store, tick: (ms: number) => (clock += ms) };
  }
  const subject = { customerId: 'cus_Ada123', invoiceId: 'in_Inv456', step: 'failed', channel: 'sms', locale: 'ar' } as const;

  it('signs with the ttl and binds customer, invoice, step, channel and locale', async () => {
    const { links } = signer();
    const verdict = await links.verify(links.sign(subject));
    assert.deepEqual(verdict, { ok: true, claims: { ...subject, issuedAt: T0, expiresAt: T0 + 21 * DAY } });
  });

  it('signs with the new key only; old links keep working through previousSecrets', async () => {
    const before = signer({ secret: OTHER });
    const old = before.links.sign(subject);
    const after = signer({ secret: SECRET, previous: [OTHER], store: before.store });
    assert.equal((await after.links.verify(old)).ok, true);
    const fresh = after.links.sign(subject);
    assert.equal(readToken(fresh, [OTHER], T0).ok, false, 'a new link is not signed with the previous key');
    assert.equal(readToken(fresh, [SECRET], T0).ok, true);
  });

  it('revokes the links of one invoice issued so far, not later ones nor other invoices', async () => {
    const { links, tick } = signer();
    const first = links.sign(subject);
    const otherInvoice = links.sign({ ...subject, invoiceId: 'in_Other' });
    tick(1000);
    await links.revoke('cus_Ada123', 'in_Inv456');
    assert.equal(reasonOf(await links.verify(first)), 'used');
    assert.equal((await links.verify(otherInvoice)).ok, true);
    tick(1);
    assert.equal((await links.verify(links.sign(subject))).ok, true, 'a link issued after the revocation works');
  });

  it('treats a link issued in the very millisecond of its revocation as used', async () => {
    const { links } = signer();
    const token = links.sign(subject);
    await links.revoke('cus_Ada123', 'in_Inv456');
    assert.equal(reasonOf(await links.verify(token)), 'used');
  });

  it('answers 503 rather than pass a link when the store cannot say whether it was revoked', async () => {
    const { links, store } = signer();
    const token = links.sign(subject);
    store.getValue = async () => {
      throw new Error('down');
    };
    await assert.rejects(links.verify(token), (error: { status?: number }) => error.status === 503);
  });

  it('refuses to sign a malformed subject, naming the field', () => {
    const { links } = signer();
    assert.throws(() => links.sign({ ...subject, customerId: 'Ada' }), /customerId/);
    assert.throws(() => links.sign({ ...subject, invoiceId: 'x' }), /invoiceId/);
    assert.throws(() => links.sign({ ...subject, step: 'party' as never }), /step/);
    assert.throws(() => checkSubject({ ...subject, locale: '"><script>' }), /locale/);
  });
});

describe('link targets', () => {
  it('builds the hosted page URL from links.origin, else the first publicOrigin', () => {
    const a = linkTargetOf({ origin: 'https://pay.example.com', publicOrigins: ['https://app.example.com'], basePath: '/billing/paymend' });
    assert.deepEqual(a, { kind: 'hosted', base: 'https://pay.example.com/billing/paymend/update' });
    const b = linkTargetOf({ publicOrigins: ['https://app.example.com'], basePath: '/' });
    assert.deepEqual(b, { kind: 'hosted', base: 'https://app.example.com/update' });
    assert.equal(linkUrlFor(a as never, 'v1.x.y'), 'https://pay.example.com/billing/paymend/update?t=v1.x.y');
  });

  it('sends links to the merchant page with ?paymend=fix and no token', () => {
    const target = linkTargetOf({ pageUrl: 'https://app.example.com/settings?tab=billing', publicOrigins: [] });
    assert.equal(linkUrlFor(target as never, 'v1.secret.mac'), 'https://app.example.com/settings?tab=billing&paymend=fix');
  });

  it('names the option to set when no absolute URL can be built', () => {
    assert.match((linkTargetOf({ publicOrigins: [], basePath: '/b' }) as { problem: string }).problem, /notify\.links\.origin/);
    assert.match((linkTargetOf({ publicOrigins: ['capacitor://localhost'], basePath: '/b' }) as { problem: string }).problem, /notify\.links\.origin/);
    assert.match((linkTargetOf({ publicOrigins: ['https://a.example'] }) as { problem: string }).problem, /basePath/);
  });
});
