/**
 * The markup of `<paymend-report>`: heading, an announced status line (loading, empty, error),
 * headline figures, and one figure per chart with its text summary and its data table. Pure
 * templates over what the element computed; the charts' canvases are drawn into `.plot` afterwards.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RecoveryReportAsRead } from '../../protocol/report.js';
import type { ReportTranslation } from '../../translations/report/types.js';
import type { ChartSpec } from './report-charts.js';
import type { ReportFormat } from './report-format.js';
import type { ReportLoad } from './report-loader.js';
import { renderRetention } from './report-retention.js';

export interface ReportViewModel {
  translation: ReportTranslation;
  format: ReportFormat;
  load: ReportLoad;
  from: string;
  to: string;
  charts: ChartSpec[];
  /** Where the CSV of the same report downloads from; `null` for a report handed in. */
  csvUrl: string | null;
  /** Charts whose table is shown in place of the canvas. */
  tables: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onRetry: () => void;
}

export function isEmptyReport(report: RecoveryReportAsRead): boolean {
  return report.totals.failed === 0;
}

export function renderReport(model: ReportViewModel): TemplateResult {
  const { translation, format: f, load } = model;
  const t = translation.messages;
  const report = load.status === 'complete' ? load.report : null;
  const empty = report !== null && isEmptyReport(report);
  const from = report?.from ?? model.from;
  const to = report?.to ?? model.to;
  const announcement = load.status === 'pending' ? t['report.loading'] : empty ? t['report.empty'] : '';
  return html`
    <section part="base" class="base" lang=${translation.locale} dir=${translation.dir} aria-labelledby="title" aria-busy=${load.status === 'pending' ? 'true' : 'false'}>
      <h2 id="title" part="title">${t['report.title']}</h2>
      <div class="head">
        ${from && to ? html`<p class="range" part="range">${t['report.range']({ from: f.day(from), to: f.day(to) })}</p>` : nothing}
        ${report && !empty && model.csvUrl ? html`<a part="csv-link" href=${model.csvUrl} download>${t['report.downloadCsv']}</a>` : nothing}
      </div>
      <p class="live" part="status" role="status" aria-live="polite">${announcement}</p>
      ${load.status === 'error'
        ? html`<div class="error" part="error" role="alert">
            <span>${t['report.error']}</span>
            <button type="button" part="retry-button" @click=${model.onRetry}>${t['report.retry']}</button>
          </div>`
        : nothing}
      ${report && !empty ? renderContent(model, report) : nothing}
    </section>
  `;
}

function renderContent(model: ReportViewModel, report: RecoveryReportAsRead): TemplateResult {
  const t = model.translation.messages;
  const f = model.format;
  const totals = report.totals;
  return html`
    <dl class="headline" part="headline">
      <div class="figure">
        <dt>${t['report.kpi.rate']}</dt>
        <dd data-kpi="rate">${f.percent(totals.recoveryRate)}</dd>
        <dd class="detail">${t['report.kpi.rateDetail']({ recovered: f.count(totals.recovered), failed: f.count(totals.failed) })}</dd>
      </div>
      <div class="figure">
        <dt>${t['report.kpi.recovered']}</dt>
        ${totals.amounts.length > 0
          ? totals.amounts.map((amount) => html`<dd data-kpi="recovered" data-currency=${amount.currency}>${f.amount(amount.recovered, amount.currency)}</dd>`)
          : html`<dd data-kpi="recovered">${t['report.none']}</dd>`}
      </div>
      <div class="figure">
        <dt>${t['report.kpi.median']}</dt>
        <dd data-kpi="median">${f.duration(totals.timeToRecover.medianHours)}</dd>
        ${totals.timeToRecover.p90Hours != null
          ? html`<dd class="detail">${t['report.kpi.p90Detail']({ p90: f.duration(totals.timeToRecover.p90Hours) })}</dd>`
          : nothing}
      </div>
      <div class="figure">
        <dt>${t['report.kpi.failed']}</dt>
        <dd data-kpi="failed">${f.count(totals.failed)}</dd>
      </div>
    </dl>
    <div class="charts">${model.charts.map((chart) => renderChart(model, chart))}</div>
    ${renderRetention(report, t, f)}
  `;
}

function renderChart(model: ReportViewModel, chart: ChartSpec): TemplateResult {
  const t = model.translation.messages;
  const showTable = model.tables.has(chart.id);
  const id = (suffix: string) => `${chart.id}-${suffix}`;
  return html`
    <figure class="figure chart" part="chart" data-chart=${chart.id} aria-labelledby=${id('title')}>
      <!-- The table scrolls sideways on narrow screens, so it takes focus (keyboard users can scroll it). -->
      <div class="chart-head">
        <h3 id=${id('title')}>${chart.title}</h3>
        <button type="button" part="table-toggle" aria-expanded=${showTable ? 'true' : 'false'} aria-controls=${id('table')} @click=${() => model.onToggle(chart.id)}>
          ${showTable ? t['report.hideTable'] : t['report.showTable']}<span class="sr-only">: ${chart.title}</span>
        </button>
      </div>
      <p class="summary" id=${id('summary')}>${chart.summary}</p>
      ${chart.plotted.length > 1
        ? html`<ul class="legend" part="legend" aria-hidden="true">
            ${chart.plotted.map((index) => html`<li><span class="swatch tone-${chart.columns[index]!.tone}"></span>${chart.columns[index]!.label}</li>`)}
          </ul>`
        : nothing}
      <div class="plot" part="plot" data-plot=${chart.id} role="img" aria-labelledby=${id('title')} aria-describedby=${id('summary')} dir="ltr" ?hidden=${showTable}></div>
      <div class="table-wrap" id=${id('table')} role="region" aria-labelledby=${id('title')} tabindex="0" ?hidden=${!showTable}>
        <table part="table">
          <caption>${chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">${chart.labelHeader}</th>
              ${chart.columns.map((column) => html`<th scope="col">${column.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${chart.labels.map(
              (label, row) => html`<tr>
                <th scope="row">${label}</th>
                ${chart.columns.map((column) => html`<td>${column.format(column.values[row] ?? null)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>
  `;
}
