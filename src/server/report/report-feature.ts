/**
 * The recovery report as one feature of the handler: the recorder the handler feeds, the report it
 * answers (`handler.recoveryReport`) and the `GET {basePath}/report` route. The route is guarded by
 * the merchant's `authorizeReport(request)` alone: a customer's session (`resolveCustomer`) is never
 * asked and never grants it. Without `authorizeReport` there is no route (404).
 */
import { RecoveryReportSchema, type RecoveryReport } from '../../protocol/report.js';
import { HandlerError, storeUnavailable } from '../errors.js';
import { json, type Reply } from '../http.js';
import type { ResolvedOptions } from '../options.js';
import { reportCsv } from './csv.js';
import { decodeRatingEntry, decodeRecord, type LedgerRecord, type RatingFact } from './ledger-record.js';
import { ledgerFor } from './ledger-store.js';
import { parseReportQuery, queryFromUrl, type ReportRequest } from './query.js';
import { RecoveryRecorder } from './recorder.js';
import { buildReport, rangeOf } from './report.js';

export interface ReportFeature {
  /** Null when the store has no ledger (a custom store without `ledger`): nothing is recorded. */
  recorder: RecoveryRecorder | null;
  recoveryReport(input?: ReportRequest): Promise<RecoveryReport>;
  route(request: Request): Promise<Reply>;
}

export function createReportFeature(options: ResolvedOptions): ReportFeature {
  const ledger = ledgerFor(options.store, { now: options.now });
  if (!ledger) options.logger.warn('recovery report: this store has no `ledger`; the report will be empty (see docs/merchant/recovery-report.md)');
  const recorder = ledger
    ? new RecoveryRecorder({
        ledger,
        stripe: options.stripe,
        request: { timeout: options.stripeTimeoutMs, maxNetworkRetries: options.stripeRetries },
        logger: options.logger,
        now: options.now,
        notes: options.store,
      })
    : null;

  async function build(input: ReportRequest): Promise<RecoveryReport | string> {
    const query = parseReportQuery(input, options.now());
    if (!query.ok) return query.reason;
    const { fromMs, toMs } = rangeOf(query);
    const entries = ledger ? await ledger.query(fromMs, toMs) : [];
    const records = entries.map((entry) => decodeRecord(entry.invoiceId, entry.fields)).filter((r): r is LedgerRecord => r !== null);
    const ratings = entries.map((entry) => decodeRatingEntry(entry.invoiceId, entry.fields)).filter((r): r is RatingFact => r !== null);
    return RecoveryReportSchema.parse(buildReport(records, { ...query, now: options.now() }, ratings));
  }

  async function recoveryReport(input: ReportRequest = {}): Promise<RecoveryReport> {
    const report = await build(input);
    if (typeof report === 'string') throw new TypeError(`recoveryReport: ${report}`);
    return report;
  }

  async function route(request: Request): Promise<Reply> {
    if (!options.authorizeReport) throw new HandlerError(404, 'not_found', 'No such Paymend endpoint.');
    if ((await options.authorizeReport(request)) !== true) throw new HandlerError(403, 'forbidden', 'You may not read the recovery report.');
    const url = new URL(request.url);
    const input = queryFromUrl(url);
    if (typeof input === 'string') throw new HandlerError(400, 'bad_request', input);
    const format = url.searchParams.get('format');
    if (format !== null && format !== 'json' && format !== 'csv') throw new HandlerError(400, 'bad_request', 'format must be "json" or "csv".');
    const report = await build(input).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
    if (typeof report === 'string') throw new HandlerError(400, 'bad_request', report);
    const csv = format === 'csv' || (format === null && /\btext\/csv\b/i.test(request.headers.get('accept') ?? ''));
    if (!csv) return json(200, report, { 'cache-control': 'no-store' });
    return {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="paymend-recovery-${report.from}-${report.to}.csv"`,
        'cache-control': 'no-store',
      },
      body: reportCsv(report),
    };
  }

  return { recorder, recoveryReport, route };
}
