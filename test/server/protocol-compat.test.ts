// The compatibility rule between releases, on the schemas themselves: the server's writer schemas are
// strict, the widget's reader schemas (derived from them) tolerate an older or newer server, and a
// rejected status is explained by the field at fault.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CompleteRequestSchema,
  CompleteResponseReaderSchema,
  CompleteResponseSchema,
  StatusReaderSchema,
  StatusSchema,
  type Status,
} from '../../src/protocol/index.js';
import { knownState, knownWall } from '../../src/protocol/compat.js';
import { hasStatusOutline } from '../../src/internal/api-client.js';
import { describeIssue } from '../../src/internal/backend.js';

function failed(): Status {
  return {
    v: 1,
    state: 'failed',
    paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2030, wallet: null },
    invoice: {
      id: 'in_1Compat',
      amountDue: 1250,
      currency: 'usd',
      attemptCount: 1,
      billedAt: '2030-03-01T10:00:00Z',
      nextAttemptAt: null,
      hostedInvoiceUrl: null,
    },
    failure: { code: 'card_declined', declineCode: 'generic_decline', adviceCode: null },
    access: { wall: 'none', endsAt: null },
  };
}

/** A status from a server released before `invoice.billedAt` existed. */
function withoutBilledAt(): Record<string, unknown> {
  const { billedAt: _billedAt, ...invoice } = failed().invoice!;
  return { ...failed(), invoice };
}

const firstIssue = (result: { error?: { issues: Parameters<typeof describeIssue>[0][] } }) => describeIssue(result.error?.issues[0]);

describe('writer schemas (what the server sends) stay strict', () => {
  it('refuse a status without a field of today’s shape', () => {
    assert.equal(firstIssue(StatusSchema.safeParse(withoutBilledAt())), 'invoice.billedAt: expected string');
  });

  it('refuse a status with a key the protocol does not document', () => {
    assert.equal(firstIssue(StatusSchema.safeParse({ ...failed(), extra: 1 })), 'body: unexpected extra');
    const nested = { ...failed(), access: { wall: 'none', endsAt: null, graceDays: 3 } };
    assert.equal(firstIssue(StatusSchema.safeParse(nested)), 'access: unexpected graceDays');
  });

  it('refuse a state or a wall v1 does not have', () => {
    assert.match(firstIssue(StatusSchema.safeParse({ ...failed(), state: 'suspended' })), /^state: expected "action_required" or "failed"/);
    assert.equal(CompleteResponseSchema.safeParse({ status: { ...failed(), access: { wall: 'total', endsAt: null } } }).success, false);
  });
});

describe('reader schemas (what the widget accepts)', () => {
  it('read a status from a server without billedAt, filling it in as unknown', () => {
    const read = StatusReaderSchema.parse(withoutBilledAt());
    assert.deepEqual(read, { ...failed(), invoice: { ...failed().invoice!, billedAt: null } });
    StatusSchema.parse(read); // What a reader hands to the views is a complete status of this release.
  });

  it('ignore fields they do not know, at every level', () => {
    const newer = { ...failed(), loyalty: { tier: 'gold' }, invoice: { ...failed().invoice!, dunningStep: 2 } };
    assert.deepEqual(StatusReaderSchema.parse(newer), failed());
  });

  it('read an unknown state calmly: failed when an invoice failed, ok otherwise', () => {
    assert.equal(StatusReaderSchema.parse({ ...failed(), state: 'suspended' }).state, 'failed');
    assert.equal(StatusReaderSchema.parse({ ...failed(), state: 'trial_ending', invoice: null, failure: null }).state, 'ok');
    assert.equal(knownState({ state: 'suspended', invoice: failed().invoice, failure: null }), 'ok');
    assert.equal(knownState({ state: 'expired', invoice: null, failure: null }), 'expired');
  });

  it('read an unknown wall as none, and keep the known ones', () => {
    assert.equal(StatusReaderSchema.parse({ ...failed(), access: { wall: 'read_only', endsAt: null } }).access.wall, 'none');
    assert.equal(knownWall('hard'), 'hard');
  });

  it('read /complete’s answer with an older or newer status in it', () => {
    const answer = CompleteResponseReaderSchema.parse({ status: { ...withoutBilledAt(), state: 'suspended' }, audit: 'r_1' });
    assert.equal(answer.status.state, 'failed');
    assert.equal(answer.status.invoice?.billedAt, null);
  });

  it('still refuse a malformed value, naming the field at fault', () => {
    const bad = { ...failed(), invoice: { ...failed().invoice!, amountDue: -1 } };
    assert.equal(firstIssue(StatusReaderSchema.safeParse(bad)), 'invoice.amountDue: expected a non-negative integer');
    assert.equal(firstIssue(StatusReaderSchema.safeParse({ ...failed(), v: 2 })), 'v: expected 1');
    assert.equal(firstIssue(StatusReaderSchema.safeParse({ ...failed(), paymentMethod: 'visa' })), 'paymentMethod: expected object');
  });
});

describe('the page entry’s outline check', () => {
  it('lets an unknown state and wall through to the full reader, and still refuses what is no status', () => {
    assert.equal(hasStatusOutline({ ...failed(), state: 'suspended', access: { wall: 'read_only', endsAt: null } }), true);
    assert.equal(hasStatusOutline({ ...failed(), v: 2 }), false);
    assert.equal(hasStatusOutline({ ...failed(), state: 3 }), false);
    assert.equal(hasStatusOutline({ v: 1, state: 'failed' }), false);
  });
});

describe('POST /complete’s request', () => {
  it('takes the SetupIntent’s client secret as its proof, optionally', () => {
    assert.equal(CompleteRequestSchema.safeParse({ setupIntentId: 'seti_1', clientSecret: 'seti_1_secret_x' }).success, true);
    assert.equal(CompleteRequestSchema.safeParse({ setupIntentId: 'seti_1' }).success, true);
    assert.equal(CompleteRequestSchema.safeParse({ setupIntentId: 'seti_1', clientSecret: '' }).success, false);
  });
});
