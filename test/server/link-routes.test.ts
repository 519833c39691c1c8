// linkRoutes without HTTP: onOpen sees the claims of each valid open (not of HEAD checks by mail
// scanners, not of forged links), and a throwing onOpen is logged while the page is still served.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStore } from '../../src/server/index.js';
import { linkRoutes } from '../../src/server/notify/link-routes.js';
import { LinkSigner, type LinkClaims } from '../../src/server/notify/links.js';
import { CdnAssets } from '../../src/server/pages/assets.js';
import { recordingLogger } from './harness.js';

function setup(onOpen: (claims: LinkClaims) => void | Promise<void>) {
  const now = () => 1_800_000_000_000;
  const signer = new LinkSigner({ secret: 'k'.repeat(32), ttlDays: 21, store: new MemoryStore({ now }), now });
  const { lines, logger } = recordingLogger();
  const routes = linkRoutes({
    signer,
    basePath: '/pay',
    assets: new CdnAssets('/nonexistent', logger),
    defaultLocale: 'en',
    limit: async () => undefined,
    onOpen,
    logger,
  });
  const token = signer.sign({ customerId: 'cus_A1', invoiceId: 'in_B2', step: 'reminder', channel: 'sms', locale: 'ja' });
  const open = (t: string, method = 'GET') => routes.page(new Request(`https://app.example.com/pay/update?t=${t}`, { method }));
  return { routes, token, open, lines };
}

describe('linkRoutes onOpen', () => {
  it('is called with the claims of each valid GET, never for HEAD or a forged link', async () => {
    const seen: LinkClaims[] = [];
    const { token, open } = setup((claims) => void seen.push(claims));
    assert.equal((await open(token)).status, 200);
    assert.equal((await open(token, 'HEAD')).status, 200);
    assert.equal((await open('v1.bad.' + 'A'.repeat(43))).status, 400);
    assert.equal(seen.length, 1);
    assert.deepEqual(
      { customerId: seen[0]!.customerId, invoiceId: seen[0]!.invoiceId, step: seen[0]!.step, channel: seen[0]!.channel, locale: seen[0]!.locale },
      { customerId: 'cus_A1', invoiceId: 'in_B2', step: 'reminder', channel: 'sms', locale: 'ja' },
    );
  });

  it('a failing onOpen is logged and the page still opens', async () => {
    const { token, open, lines } = setup(async () => {
      throw new Error('tracking down');
    });
    const reply = await open(token);
    assert.equal(reply.status, 200);
    assert.match(reply.body ?? '', /<html lang="ja" dir="ltr">/);
    assert.deepEqual(lines, ['error: onOpen of a link failed']);
  });

  it('a link header on a route outside the update flow is refused before the token is read', async () => {
    const { routes, token } = setup(() => undefined);
    const request = new Request('https://app.example.com/pay/webhook', { method: 'POST', headers: { 'paymend-link': token } });
    await assert.rejects(routes.customerOf(request, '/webhook'), (error: { status?: number }) => error.status === 403);
    assert.equal(await routes.customerOf(new Request('https://app.example.com/pay/status'), '/status'), null, 'no header: the session decides');
    assert.equal(await routes.customerOf(new Request('https://app.example.com/pay/status', { headers: { 'paymend-link': token } }), '/status'), 'cus_A1');
  });
});
