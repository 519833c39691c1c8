/**
 * The report's "Ways out and help" section: what failing customers did instead of leaving (offers
 * seen, a pause or a plan change taken, a pause resumed, support contacted), where they contacted
 * support, and the "How easy was this?" answers. Tables only: a handful of figures reads better as
 * a table than as a chart, and a screen reader gets the same numbers as everyone else.
 *
 * Absent from a report of an older server (`retention` is optional), and not shown while nothing
 * happened, so a merchant without offers does not get a table of zeros.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RecoveryReportAsRead } from '../../protocol/report.js';
import type { ReportMessages } from '../../translations/report/types.js';
import type { ReportFormat } from './report-format.js';

type Retention = NonNullable<RecoveryReportAsRead['retention']>;

/** A key of the catalog for a value the server may name that this version does not know: the value as sent. */
function named(t: ReportMessages, prefix: string, value: string): string {
  const word = (t as unknown as Record<string, unknown>)[`${prefix}${value}`];
  return typeof word === 'string' ? word : value;
}

export function hasRetention(retention: Retention | undefined): retention is Retention {
  return !!retention && (retention.actions.some((row) => row.invoices > 0) || retention.ratings.count > 0);
}

function table(id: string, caption: string, head: string[], rows: Array<{ label: string; cells: string[] }>): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-labelledby=${`${id}-caption`} tabindex="0" data-retention=${id}>
    <table part="table">
      <caption id=${`${id}-caption`}>${caption}</caption>
      <thead>
        <tr>
          ${head.map((cell) => html`<th scope="col">${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${row.label}</th>
            ${row.cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Invoices per place where it happened (banner, form, wall, page), or nothing when there are none. */
function bySource(id: string, title: string, counts: Record<string, number> | undefined, t: ReportMessages, f: ReportFormat): TemplateResult | typeof nothing {
  const sources = Object.entries(counts ?? {}).filter(([, count]) => count > 0);
  if (sources.length === 0) return nothing;
  return table(
    id,
    title,
    [t['report.column.place'], t['report.series.invoices']],
    sources.map(([source, count]) => ({ label: named(t, 'report.source.', source), cells: [f.count(count)] })),
  );
}

export function renderRetention(report: RecoveryReportAsRead, t: ReportMessages, f: ReportFormat): TemplateResult | typeof nothing {
  const retention = report.retention;
  if (!hasRetention(retention)) return nothing;
  const { ratings } = retention;
  return html`
    <section class="figure retention" part="retention" aria-labelledby="retention-title">
      <h3 id="retention-title">${t['report.retention.title']}</h3>
      ${table(
        'actions',
        t['report.retention.actions'],
        [t['report.column.action'], t['report.series.invoices'], t['report.series.recovered'], t['report.series.lost'], t['report.series.open']],
        retention.actions.map((row) => ({
          label: named(t, 'report.action.', row.action),
          cells: [row.invoices, row.recovered, row.lost, row.open].map((n) => f.count(n)),
        })),
      )}
      ${bySource('offers', t['report.retention.offers'], retention.offersShownBySource, t, f)}
      ${bySource('support', t['report.retention.support'], retention.supportBySource, t, f)}
      ${ratings.count > 0
        ? html`${table(
              'ratings',
              t['report.retention.ratings'],
              [t['report.column.rating'], t['report.series.answers']],
              ratings.byValue.map((row) => ({ label: f.count(row.rating), cells: [f.count(row.count)] })),
            )}
            ${ratings.mean != null ? html`<p class="retention-note" data-retention="mean">${t['report.retention.mean']({ mean: f.count(ratings.mean) })}</p>` : nothing}
            ${ratings.withoutInvoice > 0
              ? html`<p class="retention-note" data-retention="without-invoice">${t['report.retention.withoutInvoice']({ count: f.count(ratings.withoutInvoice) })}</p>`
              : nothing}`
        : html`<p class="retention-note" data-retention="no-ratings">${t['report.retention.noRatings']}</p>`}
    </section>
  `;
}
