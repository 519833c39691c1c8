import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RecoveryReportAsRead } from '../../protocol/report.js';
import { LocalizeController } from '../../internal/localize.js';
import { warnOnce } from '../../internal/log.js';
import { PaymendElement } from '../../internal/paymend-element.js';
import { en } from '../../translations/index.js';
import { canonical } from '../../translations/match.js';
import type { Translation } from '../../translations/types.js';
import { loadReportTranslation, reportEn, type ReportTranslation } from '../../translations/report/index.js';
import { buildCharts, type ChartSpec } from './report-charts.js';
import { createReportFormat, type ReportFormat } from './report-format.js';
import { ReportLoader, reportUrl, type ReportLoad } from './report-loader.js';
import { Plot, readColours } from './report-plot.js';
import { reportStyles } from './report.styles.js';
import { renderReport } from './report-view.js';

/**
 * @tag paymend-report
 * @summary The merchant's recovery report: recovery rate, recovered revenue per currency and time to
 * recover, over time and by decline reason, channel and outcome, with the funnel from failure to
 * recovery. For the merchant's admin page only; customer pages never load it.
 *
 * It GETs `{endpoint}/report?from=…&to=…&groupBy=…` with the page's cookies (the handler's
 * `authorizeReport` decides who may read it). Every chart has a text summary (its description for
 * screen readers) and a data table with the same numbers behind a "Show table" toggle. A backend
 * that fails or answers something else shows a calm message with a retry button.
 *
 * @csspart base - The report box.
 * @csspart title - The heading.
 * @csspart range - The dates the report covers.
 * @csspart csv-link - Downloads the report as CSV (same range, the page's cookies).
 * @csspart status - The announced status line (loading, nothing to report).
 * @csspart error - The error message and its retry button.
 * @csspart retry-button - Loads the report again.
 * @csspart headline - The headline figures.
 * @csspart chart - A chart's figure (title, toggle, summary, canvas, table).
 * @csspart table-toggle - Switches a chart between its canvas and its table.
 * @csspart legend - The key of a chart with several series.
 * @csspart plot - A chart's canvas.
 * @csspart table - A chart's data table.
 *
 * @cssproperty --paymend-font-family - Font. Default: inherited.
 * @cssproperty --paymend-font-size - Base font size. Default: inherited.
 * @cssproperty --paymend-spacing - Base spacing unit. Default: 0.25rem.
 * @cssproperty --paymend-radius - Corner radius of the box and its figures. Default: 0.5rem.
 * @cssproperty --paymend-color-text - Text color.
 * @cssproperty --paymend-color-text-muted - Secondary text and chart axes.
 * @cssproperty --paymend-color-background - Surface.
 * @cssproperty --paymend-color-border - Borders and table rules.
 * @cssproperty --paymend-focus-ring - Outline of focused controls.
 * @cssproperty --paymend-report-color-accent - Main series (recovery rate, counts).
 * @cssproperty --paymend-report-color-success - Recovered revenue.
 * @cssproperty --paymend-report-color-danger - The 90th percentile of time to recover.
 * @cssproperty --paymend-report-color-muted - Secondary series.
 * @cssproperty --paymend-report-color-grid - Chart grid lines.
 *
 * @event {CustomEvent<{report: RecoveryReportAsRead}>} paymend-report - The report arrived from the backend and was valid.
 * @event {CustomEvent<{reason: 'network' | 'http' | 'invalid', httpStatus: number | null}>} paymend-report-error - The report could not be loaded; the element shows a calm error.
 */
export class PaymendReport extends PaymendElement {
  static override styles = reportStyles;

  /** Base URL of the merchant's Paymend handler, e.g. `/billing/paymend`. */
  @property() endpoint = '';
  /** First day of the range (`YYYY-MM-DD`); the handler's default when empty. */
  @property() from = '';
  /** Last day of the range (`YYYY-MM-DD`); the handler's default when empty. */
  @property() to = '';
  /** `month` or `week`: the cohorts of the charts over time. */
  @property({ attribute: 'group-by' }) groupBy: 'month' | 'week' = 'month';
  /** `light`, `dark`, or `auto` (follows the operating system's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Language; defaults to the closest `lang` (crossing shadow roots), then the browser's languages. */
  @property({ reflect: true }) override lang!: string;
  /** A report the page already has (e.g. fetched with its own auth). When set, the element makes no request. */
  @property({ attribute: false }) report?: unknown;

  /** Charts whose data table is shown. */
  @state() private tables = new Set<string>();
  @state() private translation: ReportTranslation = reportEn;

  private readonly localize = new LocalizeController(this);
  private readonly loader = new ReportLoader(this, (settled) => {
    if (settled.status === 'complete') this.emit('paymend-report', { report: settled.report });
    else this.emit('paymend-report-error', { reason: settled.reason, httpStatus: settled.httpStatus });
  });
  private requested: string | null = null;
  private format: ReportFormat = createReportFormat('en', reportEn.messages);
  private charts: ChartSpec[] = [];
  private chartsKey: unknown[] = [];
  private plots = new Map<string, Plot>();
  private resizeObserver: ResizeObserver | null = null;
  private readonly darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  private readonly redraw = () => this.redrawPlots();

  /** @internal The data each chart draws, by chart id (x indices, then each plotted column); for tests. */
  get plottedData(): Record<string, ReadonlyArray<ArrayLike<number | null | undefined>>> {
    return Object.fromEntries([...this.plots].map(([id, plot]) => [id, plot.data ?? []]));
  }

  /** The current load: `initial`, `pending`, `complete` (with the report) or `error`. */
  get load(): ReportLoad {
    return this.loader.state;
  }

  /** Loads the report again (the retry button does this). */
  reload(): void {
    if (this.report != null) this.loader.show(this.report);
    else this.loader.load(this.query(), true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.darkQuery?.addEventListener('change', this.redraw);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => this.plots.forEach((plot) => plot.resize()));
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.redraw);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.destroyPlots();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.report != null) {
      if (changed.has('report')) this.loader.show(this.report);
      return;
    }
    if (changed.has('report') || changed.has('endpoint') || changed.has('from') || changed.has('to') || changed.has('groupBy') || this.loader.state.status === 'initial') {
      this.loader.load(this.query(), changed.has('report'));
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.resolveTranslation();
    this.computeCharts();
    super.update(changed);
  }

  override render() {
    return renderReport({
      translation: this.translation,
      format: this.format,
      load: this.loader.state,
      from: this.from,
      to: this.to,
      charts: this.charts,
      csvUrl: this.endpoint && this.report == null ? reportUrl(this.query(), 'csv') : null,
      tables: this.tables,
      onToggle: (id) => this.toggleTable(id),
      onRetry: () => this.reload(),
    });
  }

  protected override firstUpdated(): void {
    if (!this.endpoint && this.report == null) warnOnce(this, '<paymend-report> needs an endpoint attribute or a report property; showing nothing');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.destroyPlots();
    this.drawPlots();
  }

  private query() {
    return { endpoint: this.endpoint, from: this.from, to: this.to, groupBy: this.groupBy };
  }

  private toggleTable(id: string): void {
    const tables = new Set(this.tables);
    const shown = !tables.delete(id);
    if (shown) tables.add(id);
    this.tables = tables;
    // At high zoom the table opens below the fold: the chart is brought to the top, its toggle (still
    // focused) first and the table right under it, so pressing it visibly does something.
    if (shown) void this.updateComplete.then(() => this.renderRoot.querySelector(`[data-chart="${id}"] [part~="table-toggle"]`)?.scrollIntoView({ block: 'start' }));
  }

  /** The report's words for the requested language (English until, or unless, they load). */
  private resolveTranslation(): void {
    const requested = this.localize.requested;
    if (requested === this.requested) return;
    this.requested = requested;
    void loadReportTranslation(requested).then((translation) => {
      if (requested !== this.requested) return;
      this.translation = translation;
    });
  }

  /**
   * Dates and numbers follow the requested tag when it is in the report's language (en-GB dates for
   * an English report), else the report's language, so English words never sit beside German months.
   */
  private formattingLocale(): string {
    const tag = this.requested ? canonical(this.requested) : null;
    const language = (value: string) => value.split('-')[0]!.toLowerCase();
    return tag && language(tag) === language(this.translation.locale) ? tag : this.translation.locale;
  }

  private computeCharts(): void {
    const load = this.loader.state;
    const report = load.status === 'complete' ? load.report : null;
    const customer = this.localize.translation;
    const key = [report, this.translation, customer, this.requested];
    if (key.every((value, i) => value === this.chartsKey[i])) return;
    this.chartsKey = key;
    this.format = createReportFormat(this.formattingLocale(), this.translation.messages);
    this.destroyPlots();
    this.charts = report ? buildCharts(report, this.translation.messages, this.format, this.reasonTitle(customer)) : [];
  }

  /** A decline category's plain title from the customer-facing catalog, in the report's language. */
  private reasonTitle(customer: Translation | null) {
    const language = (value: string) => value.split('-')[0];
    const catalog = customer && language(customer.locale) === language(this.translation.locale) ? customer : en;
    const messages = catalog.messages as unknown as Record<string, unknown>;
    return (category: string) => {
      const title = messages[`decline.${category}.title`];
      return typeof title === 'string' ? title : category;
    };
  }

  private drawPlots(): void {
    if (this.charts.length === 0 || !this.renderRoot) return;
    let colours: ReturnType<typeof readColours> | null = null;
    for (const chart of this.charts) {
      if (this.plots.has(chart.id)) continue;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-plot="${chart.id}"]`);
      if (!target) continue;
      colours ??= readColours(this);
      const plot = new Plot(target, chart);
      try {
        plot.draw(colours);
      } catch (error) {
        // A chart that cannot draw leaves its summary and table; the rest of the report stays.
        console.warn(`[paymend] <paymend-report> could not draw the chart "${chart.id}": ${error instanceof Error ? error.message : String(error)}`);
      }
      this.plots.set(chart.id, plot);
    }
  }

  private redrawPlots(): void {
    this.destroyPlots();
    this.drawPlots();
  }

  private destroyPlots(): void {
    this.plots.forEach((plot) => plot.destroy());
    this.plots.clear();
  }
}
