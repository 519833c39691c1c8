// The documented Status (docs/protocol.md), `src/protocol` and the handler agree on one shape: the example in
// the "Wire protocol v1" section of docs/protocol.md parses with the widget's reader and the server's strict
// writer schema, and a status the handler sends over HTTP has exactly its keys, at every level.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CompleteResponseReaderSchema, CompleteResponseSchema, SetupIntentResponseSchema, STATES, StatusReaderSchema, StatusSchema } from '../../src/protocol/index.js';
import { startStripeStandin, type StripeStandin } from '../../demo/stripe-standin/index.js';
import { WEBHOOK_SECRET, browserFor, seedCustomer, startApp, type App } from './harness.js';

/** The protocol's page, where the wire contract is documented. */
const protocolDoc = () => readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');

/** The "## Wire protocol v1" section of docs/protocol.md, up to the next heading. */
function protocolSection(): string | undefined {
  return protocolDoc().split(/^## Wire protocol v1$/m)[1]?.split(/^##+ /m)[0];
}

/** The fenced ```json blocks of the "Wire protocol v1" section, parsed: a Status, then a /complete answer. */
function documentedExamples(): Array<Record<string, unknown>> {
  const section = protocolSection();
  assert.ok(section, 'docs/protocol.md has a "## Wire protocol v1" section');
  const blocks = [...section.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  assert.ok(blocks.length >= 2, 'the section has ```json examples of a Status and of a /complete answer');
  return blocks;
}

const documentedStatus = () => documentedExamples()[0]!;

/** Every key path of a JSON value's objects (`invoice.billedAt`…), sorted; arrays do not occur in a Status. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value)
    .flatMap(([key, inner]) => [prefix + key, ...keyPaths(inner, `${prefix}${key}.`)])
    .sort();
}

describe('the documented Status (docs/protocol.md)', () => {
  it('is what the widget reads: the reader schema accepts it and changes nothing', () => {
    const example = documentedStatus();
    const read = StatusReaderSchema.safeParse(example);
    assert.ok(read.success, `reader schema: ${JSON.stringify(read.error?.issues)}`);
    assert.deepEqual(read.data, example);
  });

  it('is what the server may write: the strict writer schema accepts it', () => {
    const written = StatusSchema.safeParse(documentedStatus());
    assert.ok(written.success, `writer schema: ${JSON.stringify(written.error?.issues)}`);
  });

  it('documents a declined /complete answer both sides accept, `sameCard` included', () => {
    const example = documentedExamples()[1]!;
    const written = CompleteResponseSchema.safeParse(example);
    assert.ok(written.success, `writer schema: ${JSON.stringify(written.error?.issues)}`);
    const read = CompleteResponseReaderSchema.safeParse(example);
    assert.ok(read.success, `reader schema: ${JSON.stringify(read.error?.issues)}`);
    assert.deepEqual(read.data, example);
    assert.equal((example.failure as { sameCard?: unknown }).sameCard, true);
    // Readers of any release ignore what they do not know: a newer server's extra failure field is dropped.
    const newer = { ...example, failure: { ...(example.failure as object), fromTheFuture: 1 } };
    assert.ok(CompleteResponseReaderSchema.safeParse(newer).success);
    assert.ok(!CompleteResponseSchema.safeParse(newer).success, 'the server writes only the documented shape');
  });

  it('lists every state, in precedence order', () => {
    const listed = protocolSection()?.match(/^`Status` is `\{ v: 1, state: ([^,]*),/m);
    assert.ok(listed, 'the section spells out the states');
    assert.deepEqual(listed[1]!.split('|').map((state) => state.replace(/'/g, '')), [...STATES]);
  });

  it('lists every field of the /setup-intent answer, optional ones marked', () => {
    const row = protocolSection()?.match(/^\| `POST \/setup-intent` `\{\}` \| `\{ ([^}]*) \}`/m);
    assert.ok(row, 'the protocol table has a /setup-intent row');
    const documented = row[1]!.split(', ').sort();
    const shape = SetupIntentResponseSchema.shape as Record<string, { _zod: { optin?: string } }>;
    const fields = Object.keys(shape).map((k) => (shape[k]!._zod.optin === 'optional' ? `${k}?` : k)).sort();
    assert.deepEqual(documented, fields);
  });

  describe('against the handler over HTTP', () => {
    let standin: StripeStandin;
    let app: App;
    before(async () => {
      standin = await startStripeStandin();
      app = await startApp(standin);
      standin.setWebhook({ url: `${app.base}/webhook`, secret: WEBHOOK_SECRET });
    });
    after(async () => {
      await app?.close();
      await standin?.close();
    });

    it('a failed renewal’s status has exactly the documented keys, at every level', async () => {
      // Attaches, then the renewal is declined: every part of a Status is filled in.
      const seeded = seedCustomer(standin, '4000000000000341');
      standin.renew(seeded.subscriptionId);
      await standin.flushWebhooks();
      const response = await browserFor(app, seeded.customerId).status();
      assert.equal(response.status, 200);
      const sent = (await response.json()) as Record<string, unknown>;
      assert.equal(sent.state, 'failed');
      for (const part of ['paymentMethod', 'invoice', 'failure']) assert.notEqual(sent[part], null, `${part} is filled in`);
      assert.deepEqual(keyPaths(sent), keyPaths(documentedStatus()));
      StatusSchema.parse(sent);
    });
  });
});
