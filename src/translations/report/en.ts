import type { ReportTranslation } from './types.js';

/** English: the report's built-in language and the fallback of every locale without its own file. */
export const reportEn = {
  locale: 'en',
  dir: 'ltr',
  messages: {
    'report.title': 'Payment recovery',
    'report.range': ({ from, to }) => `${from} – ${to}`,
    'report.loading': 'Loading the recovery report…',
    'report.error': 'The recovery report could not be loaded. Your payments are not affected; please try again in a moment.',
    'report.retry': 'Try again',
    'report.empty': 'No payment failed in this period: there is nothing to recover.',

    'report.kpi.rate': 'Recovery rate',
    'report.kpi.recovered': 'Recovered revenue',
    'report.kpi.median': 'Median time to recover',
    'report.kpi.failed': 'Failed payments',
    'report.kpi.rateDetail': ({ recovered, failed }) => `${recovered} of ${failed} invoices`,
    'report.kpi.p90Detail': ({ p90 }) => `90% within ${p90}`,
    'report.none': 'none yet',

    'report.chart.rate': 'Recovery rate over time',
    'report.chart.revenue': ({ currency }) => `Recovered revenue over time (${currency})`,
    'report.chart.timeToRecover': 'Time to recover',
    'report.chart.funnel': 'From failure to recovery',
    'report.chart.reasons': 'Outcomes by decline reason',
    'report.chart.channels': 'Recoveries by channel and step',
    'report.chart.outcomes': 'How failed payments ended',

    'report.series.rate': 'Recovery rate',
    'report.series.failed': 'Failed',
    'report.series.recovered': 'Recovered',
    'report.series.lost': 'Lost',
    'report.series.open': 'Still open',
    'report.series.failedAmount': 'Failed amount',
    'report.series.recoveredAmount': 'Recovered amount',
    'report.series.invoices': 'Invoices',
    'report.series.median': 'Median',
    'report.series.p90': '90th percentile',
    'report.series.sent': 'Sent',
    'report.series.opened': 'Opened',
    'report.column.period': 'Period',
    'report.column.reason': 'Decline reason',
    'report.column.channel': 'Channel and step',
    'report.column.stage': 'Stage',
    'report.column.outcome': 'Outcome',

    'report.showTable': 'Show table',
    'report.hideTable': 'Show chart',

    'report.downloadCsv': 'Download CSV',

    'report.week': ({ date }) => `Week of ${date}`,
    'report.channelStep': ({ channel, step }) => `${channel}, ${step}`,

    'report.funnel.failed': 'Payment failed',
    'report.funnel.notified': 'Customer notified',
    'report.funnel.opened': 'Notice opened',
    'report.funnel.formOpened': 'Update form opened',
    'report.funnel.recovered': 'Recovered',

    'report.channel.email': 'Email',
    'report.channel.sms': 'SMS',
    'report.channel.in_app': 'In-app message',
    'report.channel.banner': 'Banner',

    'report.step.failed': 'Payment failed',
    'report.step.action_required': 'Bank confirmation',
    'report.step.expiring': 'Card expiring',
    'report.step.expired': 'Card expired',
    'report.step.final': 'Final notice',
    'report.step.reminder': 'Reminder',
    'report.step.access_ends': 'Access ends',
    'report.step.recovered': 'Thank-you',

    'report.outcome.in_app': 'Fixed in the app',
    'report.outcome.hosted_page': 'Fixed from a link',
    'report.outcome.card_updated': 'Paid when the card was updated',
    'report.outcome.stripe_retry': "Stripe's retry succeeded",
    'report.outcome.elsewhere': 'Paid another way',
    'report.outcome.lost': 'Lost',
    'report.outcome.open': 'Still open',

    'report.retention.title': 'Ways out and help',
    'report.retention.actions': 'Offers, pauses and support, per invoice',
    'report.column.action': 'What happened',
    'report.action.offers_shown': 'Saw the offers',
    'report.action.paused': 'Paused the subscription',
    'report.action.plan_changed': 'Changed plan',
    'report.action.resumed': 'Resumed early',
    'report.action.support_opened': 'Contacted support',
    'report.retention.support': 'Where customers contacted support',
    'report.retention.offers': 'Where customers saw the offers',
    'report.column.place': 'Where',
    'report.source.banner': 'Banner',
    'report.source.form': 'Payment form',
    'report.source.wall': 'Access screen',
    'report.source.page': 'Update page from a link',
    'report.source.unknown': 'Not known',
    'report.retention.ratings': '“How easy was this?” (1 = very hard, 5 = very easy)',
    'report.column.rating': 'Rating',
    'report.series.answers': 'Answers',
    'report.retention.mean': ({ mean }) => `Average answer: ${mean} out of 5`,
    'report.retention.withoutInvoice': ({ count }) => `Answers from customers whose payment never failed (a card updated before it expired): ${count}`,
    'report.retention.noRatings': 'No answers yet.',

    'report.summary.rate': ({ overall, high, highPeriod, low, lowPeriod }) =>
      `Overall, ${overall} of failed payments were recovered. The best period was ${highPeriod} at ${high}, the weakest ${lowPeriod} at ${low}.`,
    'report.summary.revenue': ({ currency, recovered, failed, best, bestPeriod }) =>
      `In ${currency}, ${recovered} of ${failed} that failed was recovered; the most in ${bestPeriod} (${best}).`,
    'report.summary.timeToRecover': ({ median, p90 }) =>
      `Half of the recovered payments were recovered within ${median}, nine in ten within ${p90}.`,
    'report.summary.funnel': ({ failed, notified, opened, formOpened, recovered }) =>
      `${failed} payments failed; ${notified} customers were notified, ${opened} opened a notice, ${formOpened} opened the update form and ${recovered} payments were recovered.`,
    'report.summary.reasons': ({ top, topCount, best, bestRate }) =>
      `The most common decline reason was “${top}” (${topCount} invoices). “${best}” was recovered best, at ${bestRate}.`,
    'report.summary.channels': ({ best, recovered, sent }) =>
      `${best} brought back the most customers: ${recovered} recovered of ${sent} sent.`,
    'report.summary.outcomes': ({ top, topCount, total }) => `Of ${total} failed payments, most ended as “${top}” (${topCount}).`,
    'report.summary.noData': 'No data in this period.',
  },
} satisfies ReportTranslation;
