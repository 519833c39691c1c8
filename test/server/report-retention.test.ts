/**
 * The report's `retention` section from a seeded ledger: the recorder's way-out facts, each once per
 * invoice, counted by the rules of src/protocol/report.ts (actions by outcome, support by source,
 * ratings with and without an invoice, the mean), and a report without the section still read.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { RecoveryReportReaderSchema, RecoveryReportSchema, type ReportRetention } from '../../src/protocol/report.js';
import {
  decodeRatingEntry,
  decodeRecord,
  failureFields,
  FIELD,
  lostValue,
  paidValue,
  ratingEntryId,
  type LedgerRecord,
  type RatingFact,
} from '../../src/server/report/ledger-record.js';
import { MemoryLedger } from '../../src/server/report/ledger-memory.js';
import { RecoveryRecorder } from '../../src/server/report/recorder.js';
import { buildReport } from '../../src/server/report/report.js';

const DAY = 86_400_000;
const JAN = Date.UTC(2026, 0, 10, 12);
let now = JAN;
let ledger: MemoryLedger;
let recorder: RecoveryRecorder;
const errors: unknown[] = [];

beforeEach(() => {
  now = JAN;
  errors.length = 0;
  ledger = new MemoryLedger({ now: () => now, retentionMs: 400 * DAY });
  recorder = new RecoveryRecorder({
    ledger,
    stripe: {} as Stripe,
    request: {},
    logger: { warn: () => undefined, error: (_message: string, error?: unknown) => void errors.push(error) },
    now: () => now,
  });
});

/** A first failure as the webhook records it. */
async function failing(invoiceId: string, at = now, amount = 1000): Promise<void> {
  const fields = failureFields({ customerId: 'cus_1', at, amount, currency: 'eur', code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null, category: 'insufficient_funds', paymentMethodType: 'card', paymentMethodId: 'pm_old' });
  await ledger.write(invoiceId, fields, { index: { failureField: FIELD.failure, failedAt: at } });
}

async function report(from = '2026-01-01', to = '2026-03-31') {
  const entries = await ledger.query(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`) + DAY);
  const records = entries.map((e) => decodeRecord(e.invoiceId, e.fields)).filter((r): r is LedgerRecord => r !== null);
  const ratings = entries.map((e) => decodeRatingEntry(e.invoiceId, e.fields)).filter((r): r is RatingFact => r !== null);
  const built = buildReport(records, { from, to, groupBy: 'month', now }, ratings);
  assert.doesNotThrow(() => RecoveryReportSchema.parse(built));
  return built;
}

const rows = (retention: ReportRetention | undefined) =>
  Object.fromEntries((retention?.actions ?? []).map((row) => [row.action, [row.invoices, row.recovered, row.lost, row.open]]));

describe('the retention section', () => {
  it('counts each way out once per invoice, beside what became of those invoices', async () => {
    for (const id of ['in_a', 'in_b', 'in_c', 'in_d']) await failing(id);
    // a: offers shown twice (two tabs, the banner's and the wall's), paused, then resumed and paid by Stripe's retry.
    await recorder.offersShown('in_a', 'banner');
    now += 1000;
    await recorder.offersShown('in_a', 'wall');
    await recorder.offersShown('in_a', 'wall');
    await recorder.offerTaken('in_a', 'pause');
    await recorder.offerTaken('in_a', 'pause');
    now += 10 * DAY;
    await recorder.resumed('in_a');
    await ledger.write('in_a', { [FIELD.paid]: paidValue({ at: now, amount: 1000, outOfBand: false, paymentMethodId: 'pm_old' }) });
    // b: offers shown, paused, and the overdue invoice voided by the pause: lost in money, retained as a customer.
    await recorder.offersShown('in_b', 'wall');
    await recorder.offerTaken('in_b', 'pause');
    await ledger.write('in_b', { [FIELD.lost]: lostValue({ at: now, reason: 'voided' }) });
    // c: a cheaper plan, still open; support opened from the wall, then twice from the banner.
    await recorder.offerTaken('in_c', 'change_plan');
    await recorder.supportOpened('in_c', 'wall');
    await recorder.supportOpened('in_c', 'banner');
    await recorder.supportOpened('in_c', 'banner');
    // d: support from a beacon that named no source.
    await recorder.supportOpened('in_d', undefined);
    // Not an invoice id, or none at all: nothing written, nothing thrown.
    await recorder.offersShown(null);
    await recorder.offersShown('cus_1');

    const { retention, totals, byOutcome } = await report();
    assert.deepEqual(rows(retention), {
      offers_shown: [2, 1, 1, 0],
      paused: [2, 1, 1, 0],
      plan_changed: [1, 0, 0, 1],
      resumed: [1, 1, 0, 0],
      support_opened: [2, 0, 0, 2],
    });
    assert.deepEqual(retention!.supportBySource, { wall: 1, banner: 1, unknown: 1 });
    assert.deepEqual(retention!.offersShownBySource, { banner: 1, wall: 2 }, 'invoices per source, each once');
    // The voided-on-pause invoice is lost in the buckets, as Stripe's analytics would count it.
    assert.equal(totals.lost, 1);
    assert.equal(byOutcome.find((row) => row.outcome === 'lost')!.count, 1);
    assert.deepEqual(errors, []);
  });

  it('keeps the first time of each fact: a later replay cannot move it', async () => {
    await failing('in_a');
    await recorder.offerTaken('in_a', 'change_plan');
    const first = now;
    now += DAY;
    await recorder.offerTaken('in_a', 'change_plan');
    const [entry] = await ledger.query(0, Infinity);
    assert.equal(decodeRecord(entry!.invoiceId, entry!.fields)!.waysOut.planChangedAt, first);
  });

  it('counts ratings per value with their mean: one per invoice, and apart those without an invoice', async () => {
    await failing('in_a');
    await failing('in_b');
    await failing('in_c', Date.UTC(2025, 11, 20)); // out of the range's cohorts
    await recorder.rated('in_a', 5);
    await recorder.rated('in_a', 1); // the first answer stands
    await recorder.rated('in_b', 2);
    await recorder.rated('in_c', 1);
    // An expiring card updated: no failing invoice. Once per customer and day.
    await recorder.rated(null, 4, 'cus_9');
    await recorder.rated(null, 1, 'cus_9');
    now += DAY;
    await recorder.rated(null, 4, 'cus_9');
    // Nothing to key it by, or not a rating: nothing recorded.
    await recorder.rated(null, 3);
    await recorder.rated('in_b', 7);

    const { ratings } = (await report()).retention!;
    assert.deepEqual(ratings.byValue, [
      { rating: 1, count: 0 },
      { rating: 2, count: 1 },
      { rating: 3, count: 0 },
      { rating: 4, count: 2 },
      { rating: 5, count: 1 },
    ]);
    assert.equal(ratings.count, 4);
    assert.equal(ratings.withoutInvoice, 2);
    assert.equal(ratings.mean, 3.75);
    // A rating without an invoice counts in the range when it was given.
    assert.equal((await report('2026-02-01', '2026-03-31')).retention!.ratings.count, 0);
    assert.equal(ratingEntryId('cus_9', JAN), 'rating_cus_9_2026-01-10');
  });

  it('has zeros and a null mean when nothing was taken, and never counts a rating entry as a failure', async () => {
    await recorder.rated(null, 5, 'cus_9');
    const built = await report();
    assert.equal(built.totals.failed, 0);
    assert.deepEqual(Object.values(rows(built.retention)), Array(5).fill([0, 0, 0, 0]));
    assert.equal(built.retention!.ratings.count, 1);
    const empty = buildReport([], { from: '2026-01-01', to: '2026-01-31', groupBy: 'month', now });
    assert.equal(empty.retention!.ratings.mean, null);
    assert.deepEqual(empty.retention!.supportBySource, {});
  });

  it('never throws when the ledger cannot be written', async () => {
    const broken = new RecoveryRecorder({
      ledger: { write: async () => Promise.reject(new Error('down')), query: async () => [] },
      stripe: {} as Stripe,
      request: {},
      logger: { warn: () => undefined, error: (_m: string, error?: unknown) => void errors.push(error) },
      now: () => now,
    });
    await broken.offersShown('in_a');
    await broken.offerTaken('in_a', 'pause');
    await broken.resumed('in_a');
    await broken.supportOpened('in_a', 'form');
    await broken.rated('in_a', 3);
    await broken.rated(null, 3, 'cus_1');
    assert.equal(errors.length, 6);
  });
});

describe('a report without retention', () => {
  it('reads fine (an older server), and a newer retention row is read as text', async () => {
    await failing('in_a');
    const { retention, ...older } = await report();
    assert.ok(retention);
    assert.doesNotThrow(() => RecoveryReportSchema.parse(older));
    assert.equal(RecoveryReportReaderSchema.parse(older).retention, undefined);
    const newer = { ...older, retention: { ...retention, actions: [...retention.actions, { action: 'discounted', invoices: 1, recovered: 0, lost: 0, open: 1, extra: 1 }], more: 1 } };
    const read = RecoveryReportReaderSchema.parse(newer);
    assert.equal(read.retention!.actions.at(-1)!.action, 'discounted');
    assert.equal('more' in read.retention!, false);
    assert.throws(() => RecoveryReportSchema.parse(newer));
    // offersShownBySource came later: absent is fine, and one a reader cannot read is dropped, not fatal.
    const { offersShownBySource: _dropped, ...withoutBySource } = retention;
    assert.equal(RecoveryReportReaderSchema.parse({ ...older, retention: withoutBySource }).retention!.offersShownBySource, undefined);
    assert.equal(RecoveryReportReaderSchema.parse({ ...older, retention: { ...retention, offersShownBySource: 'many' } }).retention!.offersShownBySource, undefined);
    assert.throws(() => RecoveryReportReaderSchema.parse({ ...older, retention: { ...retention, ratings: { ...retention.ratings, count: -1 } } }));
  });
});
