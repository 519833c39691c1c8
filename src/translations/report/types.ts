/**
 * The words of `<paymend-report>`, the merchant's recovery report. A catalog of its own, beside the
 * customer-facing one (`../types.ts`), so the banner's entry and locale chunks carry none of it: a
 * customer's page never downloads the merchant's dashboard wording.
 *
 * Values arrive formatted for the reader (numbers, percentages, amounts and dates through `Intl`);
 * a message only decides wording and word order.
 */
export interface ReportMessages {
  /** Heading of the report. */
  'report.title': string;
  /** The range under the heading; `from` and `to` are formatted dates. */
  'report.range': (params: { from: string; to: string }) => string;
  /** Announced while the report loads. */
  'report.loading': string;
  /** The report could not be loaded (backend down, not allowed, or an answer that is not a report). */
  'report.error': string;
  /** Button that loads the report again. */
  'report.retry': string;
  /** No invoice failed in the range. */
  'report.empty': string;

  /** Headline figures. */
  'report.kpi.rate': string;
  'report.kpi.recovered': string;
  'report.kpi.median': string;
  'report.kpi.failed': string;
  /** Under the recovery rate: `recovered` of `failed` invoices (formatted counts). */
  'report.kpi.rateDetail': (params: { recovered: string; failed: string }) => string;
  /** Under the median time to recover; `p90` is a formatted duration. */
  'report.kpi.p90Detail': (params: { p90: string }) => string;
  /** Shown for a figure that cannot be computed (nothing recovered yet). */
  'report.none': string;

  /** Chart titles. */
  'report.chart.rate': string;
  /** One revenue chart per currency: `currency` is its code, e.g. `EUR`. */
  'report.chart.revenue': (params: { currency: string }) => string;
  'report.chart.timeToRecover': string;
  'report.chart.funnel': string;
  'report.chart.reasons': string;
  'report.chart.channels': string;
  'report.chart.outcomes': string;

  /** Series and table column names. */
  'report.series.rate': string;
  'report.series.failed': string;
  'report.series.recovered': string;
  'report.series.lost': string;
  'report.series.open': string;
  'report.series.failedAmount': string;
  'report.series.recoveredAmount': string;
  'report.series.invoices': string;
  'report.series.median': string;
  'report.series.p90': string;
  'report.series.sent': string;
  'report.series.opened': string;
  /** The label column of a table. */
  'report.column.period': string;
  'report.column.reason': string;
  'report.column.channel': string;
  'report.column.stage': string;
  'report.column.outcome': string;

  /** Toggle between a chart and its data table (the chart's title follows, for screen readers). */
  'report.showTable': string;
  'report.hideTable': string;

  /** Link that downloads the report as a CSV file (for a spreadsheet). */
  'report.downloadCsv': string;

  /** A week in a chart's axis and table, from its first day. */
  'report.week': (params: { date: string }) => string;
  /** A channel and the step of its message, e.g. "Email, Reminder" (both already translated). */
  'report.channelStep': (params: { channel: string; step: string }) => string;

  'report.funnel.failed': string;
  'report.funnel.notified': string;
  'report.funnel.opened': string;
  'report.funnel.formOpened': string;
  'report.funnel.recovered': string;

  'report.channel.email': string;
  'report.channel.sms': string;
  'report.channel.in_app': string;
  'report.channel.banner': string;

  /** The step of a message, after its channel (a notification step, or the banner's state). */
  'report.step.failed': string;
  'report.step.action_required': string;
  'report.step.expiring': string;
  'report.step.expired': string;
  'report.step.final': string;
  'report.step.reminder': string;
  'report.step.access_ends': string;
  'report.step.recovered': string;

  'report.outcome.in_app': string;
  'report.outcome.hosted_page': string;
  /** Paid at once, off-session, when the card on file changed outside Paymend (card updater, a new default). */
  'report.outcome.card_updated': string;
  'report.outcome.stripe_retry': string;
  'report.outcome.elsewhere': string;
  'report.outcome.lost': string;
  'report.outcome.open': string;

  /** The ways out (pause, plan change, support) and the "How easy was this?" answers. */
  'report.retention.title': string;
  /** Caption of the table of ways out taken, per invoice. */
  'report.retention.actions': string;
  'report.column.action': string;
  /** The "Can't pay right now?" panel was opened. */
  'report.action.offers_shown': string;
  'report.action.paused': string;
  /** Switched to another (cheaper) plan the merchant offered. */
  'report.action.plan_changed': string;
  /** Ended a pause before it was due to end. */
  'report.action.resumed': string;
  'report.action.support_opened': string;
  /** Caption of the table of where support was opened. */
  'report.retention.support': string;
  /** Heading of the table of where the "Can't pay right now?" panel was opened (per invoice). */
  'report.retention.offers': string;
  'report.column.place': string;
  'report.source.banner': string;
  'report.source.form': string;
  /** The screen that blocks access to the app until the payment is fixed. */
  'report.source.wall': string;
  /** The hosted update page a notice's link opens. */
  'report.source.page': string;
  'report.source.unknown': string;
  /** Caption of the answers table; says the scale (1 very hard … 5 very easy). */
  'report.retention.ratings': string;
  'report.column.rating': string;
  'report.series.answers': string;
  /** `mean` is formatted, e.g. "4.2". */
  'report.retention.mean': (params: { mean: string }) => string;
  /** Answers with no failed payment behind them (a card updated ahead of time); `count` formatted. */
  'report.retention.withoutInvoice': (params: { count: string }) => string;
  'report.retention.noRatings': string;

  /** Text summaries of the charts, for screen readers (every value formatted). */
  'report.summary.rate': (params: { overall: string; high: string; highPeriod: string; low: string; lowPeriod: string }) => string;
  'report.summary.revenue': (params: { currency: string; recovered: string; failed: string; best: string; bestPeriod: string }) => string;
  'report.summary.timeToRecover': (params: { median: string; p90: string }) => string;
  'report.summary.funnel': (params: { failed: string; notified: string; opened: string; formOpened: string; recovered: string }) => string;
  'report.summary.reasons': (params: { top: string; topCount: string; best: string; bestRate: string }) => string;
  'report.summary.channels': (params: { best: string; recovered: string; sent: string }) => string;
  'report.summary.outcomes': (params: { top: string; topCount: string; total: string }) => string;
  /** A chart without any data in the range. */
  'report.summary.noData': string;
}

export type ReportMessageKey = keyof ReportMessages;

export interface ReportTranslation {
  /** BCP 47 tag of the language this file is written in. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: ReportMessages;
}
