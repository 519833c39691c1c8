/**
 * The report's `retention` section: what the ways out achieved (offers shown, a pause or a plan
 * change taken, a pause resumed, support opened) and the "How easy was this?" ratings. Pure, like
 * ./report.ts, whose outcomes it reuses; the counting rules are in src/protocol/report.ts.
 */
import { RATING_VALUES, RETENTION_ACTIONS, type ReportRetention, type ReportRetentionRow, type RetentionAction } from '../../protocol/report.js';
import type { LedgerRecord, RatingFact } from './ledger-record.js';
import type { Outcome } from './report.js';

type Resolved = { record: LedgerRecord } & Outcome;

/** Whether the invoice saw the action (any time: each counts once per invoice). */
const TOOK: Record<RetentionAction, (record: LedgerRecord) => boolean> = {
  offers_shown: (r) => r.waysOut.offersShownAt !== null,
  paused: (r) => r.waysOut.pausedAt !== null,
  plan_changed: (r) => r.waysOut.planChangedAt !== null,
  resumed: (r) => r.waysOut.resumedAt !== null,
  support_opened: (r) => Object.keys(r.waysOut.support).length > 0,
};

/**
 * `items` are the range's cohorts with their outcomes; `unlinked` the ratings without an invoice,
 * already limited to the range (by when they were given).
 */
export function retentionOf(items: readonly Resolved[], unlinked: readonly RatingFact[]): ReportRetention {
  const actions: ReportRetentionRow[] = RETENTION_ACTIONS.map((action) => {
    const row: ReportRetentionRow = { action, invoices: 0, recovered: 0, lost: 0, open: 0 };
    for (const { record, outcome } of items) {
      if (!TOOK[action](record)) continue;
      row.invoices++;
      if (outcome === 'lost') row.lost++;
      else if (outcome === 'open') row.open++;
      else row.recovered++;
    }
    return row;
  });

  const supportBySource: Record<string, number> = {};
  const offersShownBySource: Record<string, number> = {};
  for (const { record } of items) {
    for (const source of Object.keys(record.waysOut.support)) supportBySource[source] = (supportBySource[source] ?? 0) + 1;
    for (const source of Object.keys(record.waysOut.offersShownFrom)) offersShownBySource[source] = (offersShownBySource[source] ?? 0) + 1;
  }

  const ratings = [...items.flatMap(({ record }) => (record.rating ? [record.rating.rating] : [])), ...unlinked.map((fact) => fact.rating)];
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  return {
    actions,
    supportBySource,
    offersShownBySource,
    ratings: {
      byValue: RATING_VALUES.map((rating) => ({ rating, count: ratings.filter((r) => r === rating).length })),
      count: ratings.length,
      withoutInvoice: unlinked.length,
      // Two decimals: a mean of answers on a five-point scale means nothing finer.
      mean: ratings.length === 0 ? null : Math.round((sum / ratings.length) * 100) / 100,
    },
  };
}
