/**
 * Loads the recovery report as a reactive controller with explicit states (like `@lit/task`):
 * `initial` (nothing asked yet), `pending`, `complete` with a report, or `error`. A newer request
 * aborts the older one, so a changed range never shows a stale answer. Every failure (network,
 * HTTP status, JSON, shape) becomes `error`: the page around the element is never affected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { REPORT_PATH, RecoveryReportReaderSchema, type RecoveryReportAsRead } from '../../protocol/report.js';

export type ReportLoad =
  | { status: 'initial' }
  | { status: 'pending' }
  | { status: 'complete'; report: RecoveryReportAsRead }
  | { status: 'error'; reason: 'network' | 'http' | 'invalid'; httpStatus: number | null };

export interface ReportQuery {
  endpoint: string;
  from: string;
  to: string;
  groupBy: string;
}

const TIMEOUT_MS = 15_000;

/** The report URL for a query: `{endpoint}/report?from=…&to=…&groupBy=…` (empty parameters left out); `csv` for the download. */
export function reportUrl({ endpoint, from, to, groupBy }: ReportQuery, format: 'json' | 'csv' = 'json'): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (groupBy) params.set('groupBy', groupBy);
  if (format === 'csv') params.set('format', 'csv');
  const query = params.toString();
  return `${endpoint.replace(/\/+$/, '')}${REPORT_PATH}${query ? `?${query}` : ''}`;
}

/** Validates an answer; `null` when it is not a report this reader understands. */
export function readReport(body: unknown): RecoveryReportAsRead | null {
  const parsed = RecoveryReportReaderSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

export class ReportLoader implements ReactiveController {
  state: ReportLoad = { status: 'initial' };
  private controller: AbortController | null = null;
  private key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (state: Extract<ReportLoad, { status: 'complete' | 'error' }>) => void = () => {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = null;
    // Loaded again if the element comes back.
    this.key = '';
  }

  /** Starts a request when the query differs from the last one (or `force`); no endpoint, no request. */
  load(query: ReportQuery, force = false): void {
    const key = reportUrl(query);
    if (!query.endpoint || (key === this.key && !force)) return;
    this.key = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'pending' });
    void this.fetch(key, controller);
  }

  /** Shows a report the page already has (no request): validated like an answer. */
  show(body: unknown): void {
    this.controller?.abort();
    this.controller = null;
    this.key = '';
    const report = readReport(body);
    const next: ReportLoad = report ? { status: 'complete', report } : { status: 'error', reason: 'invalid', httpStatus: null };
    this.set(next);
    this.onSettled(next);
  }

  private async fetch(url: string, controller: AbortController): Promise<void> {
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let next: ReportLoad;
    try {
      // The merchant's cookies are the credentials (`authorizeReport` reads them); a page whose admin
      // auth is a header fetches the report itself and hands it in (`report` property).
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: controller.signal });
      if (!response.ok) {
        next = { status: 'error', reason: 'http', httpStatus: response.status };
      } else {
        const report = readReport(await response.json().catch(() => undefined));
        next = report ? { status: 'complete', report } : { status: 'error', reason: 'invalid', httpStatus: response.status };
      }
    } catch {
      next = { status: 'error', reason: 'network', httpStatus: null };
    } finally {
      clearTimeout(timer);
    }
    // A newer request (or a disconnect) took over: this answer is stale.
    if (this.controller !== controller) return;
    this.controller = null;
    this.set(next);
    this.onSettled(next);
  }

  private set(state: ReportLoad): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
