/**
 * The recovery report: what `GET {basePath}/report` and `handler.recoveryReport()` answer, and what
 * `<paymend-report>` draws. One shape for both sides, like the status: the server checks what it
 * sends with `RecoveryReportSchema`, the element reads with `RecoveryReportReaderSchema` (unknown
 * keys dropped, so a newer server can add fields).
 *
 * Counting rules (close to Stripe's recovery analytics):
 * - The denominator is an invoice whose first payment attempt failed, counted once, in the period
 *   (month or ISO week, UTC) of that first failure: a cohort. Later events (recovery, loss) count in
 *   the cohort of the failure, not in the period they happened in.
 * - `recoveryRate` = recovered ÷ failed of the bucket; `null` when nothing failed.
 * - Amounts are per currency (lowercase ISO 4217, minor units) and never summed across currencies.
 * - Time to recover = recovered at − first failed at, in hours; median and p90 over recovered
 *   invoices of the bucket (nearest-rank), `null` when none recovered.
 * - `open` = neither recovered nor lost yet; failed = recovered + lost + open.
 *
 * The ways out (`retention`, optional: a server from before them sends none, and a reader must cope):
 * - Each action row counts invoices of the range's cohorts, each once however often the action
 *   happened: `offers_shown` (the "Can't pay right now?" panel opened), `paused` and `plan_changed`
 *   (an offer taken, counted by the server when Stripe accepted it), `resumed` (a pause ended early by
 *   the customer), `support_opened` (any source). Beside each, what became of those invoices, by the
 *   same outcome rules as the buckets: recovered, lost, open (recovered + lost + open = invoices).
 * - An invoice voided by a pause or a plan change stays `lost` in the buckets and `byOutcome`: its
 *   money was not collected, and the recovery rate stays the one Stripe's analytics show. The
 *   customer who stayed is visible here instead: the `lost` of the `paused` row is such invoices.
 * - `supportBySource`: invoices whose support was opened from each place (banner, form, wall, page).
 * - `offersShownBySource` (added later, optional): invoices whose "Can't pay right now?" panel was
 *   opened from each place (banner, wall, page; `unknown` from a widget that named none).
 * - Ratings ("How easy was this?", 1 very hard … 5 very easy), one per invoice (the first answer): an
 *   invoice's rating counts in its cohort. A rating with no failing invoice behind it (an expiring
 *   card updated ahead of time) counts in the range when it was given, at most once per customer and
 *   UTC day, and is also counted apart in `withoutInvoice`. `mean` over all counted, `null` with none.
 */
import { z } from 'zod/mini';

export const REPORT_VERSION = 1 as const;
/** The report path, relative to the handler's base path. */
export const REPORT_PATH = '/report';
/** The longest range a report covers (the ledger's default retention). */
export const REPORT_MAX_MONTHS = 13;

export const REPORT_GROUP_BY = ['month', 'week'] as const;
export type ReportGroupBy = (typeof REPORT_GROUP_BY)[number];

export const REPORT_CHANNELS = ['email', 'sms', 'in_app', 'banner'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/**
 * How a failing invoice ended: `open` while it is still failing; `card_updated` when Paymend paid it
 * at once because the method on file changed outside it (src/server/retry-on-change.ts).
 */
export const REPORT_OUTCOMES = ['in_app', 'hosted_page', 'card_updated', 'stripe_retry', 'elsewhere', 'lost', 'open'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

const count = z.int().check(z.nonnegative());
const isoDay = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));
const hours = z.nullable(z.number().check(z.nonnegative()));

export const ReportAmountSchema = z.strictObject({
  /** Lowercase ISO 4217 code. */
  currency: z.string().check(z.regex(/^[a-z]{3}$/)),
  /** Minor units that failed (first failure amount). */
  failed: count,
  /** Minor units recovered. */
  recovered: count,
});
export type ReportAmount = z.infer<typeof ReportAmountSchema>;

const bucketShape = {
  failed: count,
  recovered: count,
  lost: count,
  open: count,
  recoveryRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  amounts: z.array(ReportAmountSchema),
  timeToRecover: z.strictObject({ medianHours: hours, p90Hours: hours }),
};
export const ReportBucketSchema = z.strictObject(bucketShape);
export type ReportBucket = z.infer<typeof ReportBucketSchema>;

export const ReportPeriodSchema = z.strictObject({
  ...bucketShape,
  /** `2026-11` by month, `2026-W46` by ISO week. */
  period: z.string().check(z.regex(/^\d{4}-(\d{2}|W\d{2})$/)),
  /** First day of the period (UTC). */
  start: isoDay,
});
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

export const ReportReasonSchema = z.strictObject({
  ...bucketShape,
  /** The explain catalog's key (`insufficient_funds`, `generic`…). */
  category: text(64),
  /** Raw Stripe codes seen in this category (decline_code, else code) → invoices. */
  codes: z.record(text(128), count),
});
export type ReportReason = z.infer<typeof ReportReasonSchema>;

export const ReportPaymentMethodSchema = z.strictObject({ ...bucketShape, type: text(64) });
export type ReportPaymentMethod = z.infer<typeof ReportPaymentMethodSchema>;

export const ReportChannelRowSchema = z.strictObject({
  channel: z.enum(REPORT_CHANNELS),
  step: text(64),
  /** Invoices that got this notice (each invoice once per channel and step). */
  sent: count,
  /** Of those, invoices whose notice was opened. */
  opened: count,
  /** Of those, invoices recovered after the notice was sent. */
  recovered: count,
});
export type ReportChannelRow = z.infer<typeof ReportChannelRowSchema>;

export const ReportOutcomeRowSchema = z.strictObject({
  outcome: z.enum(REPORT_OUTCOMES),
  count,
  amounts: z.array(ReportAmountSchema),
});
export type ReportOutcomeRow = z.infer<typeof ReportOutcomeRowSchema>;

export const ReportFunnelSchema = z.strictObject({
  failed: count,
  /** Got at least one notice (email, SMS, in-app message) or saw the banner. */
  notified: count,
  /** Opened a notice's link or the banner's form. */
  opened: count,
  /** Opened the update form (banner form or hosted page). */
  formOpened: count,
  recovered: count,
});
export type ReportFunnel = z.infer<typeof ReportFunnelSchema>;

/** The ways out a failing customer took, as rows of the retention table. */
export const RETENTION_ACTIONS = ['offers_shown', 'paused', 'plan_changed', 'resumed', 'support_opened'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

export const ReportRetentionRowSchema = z.strictObject({
  action: z.enum(RETENTION_ACTIONS),
  /** Invoices of the range where the action happened (each once). */
  invoices: count,
  /** Of those, by outcome. */
  recovered: count,
  lost: count,
  open: count,
});
export type ReportRetentionRow = z.infer<typeof ReportRetentionRowSchema>;

export const ReportRatingsSchema = z.strictObject({
  /** One row per value 1..5, in order, zeros included. */
  byValue: z.array(z.strictObject({ rating: z.int().check(z.gte(1), z.lte(5)), count })),
  count,
  /** Of `count`, ratings with no failing invoice behind them. */
  withoutInvoice: count,
  mean: z.nullable(z.number().check(z.gte(1), z.lte(5))),
});
export type ReportRatings = z.infer<typeof ReportRatingsSchema>;

export const ReportRetentionSchema = z.strictObject({
  actions: z.array(ReportRetentionRowSchema),
  supportBySource: z.record(text(32), count),
  /** Added after the ways out first shipped: a server from before sends none. */
  offersShownBySource: z.optional(z.record(text(32), count)),
  ratings: ReportRatingsSchema,
});
export type ReportRetention = z.infer<typeof ReportRetentionSchema>;

export const RecoveryReportSchema = z.strictObject({
  v: z.literal(REPORT_VERSION),
  from: isoDay,
  to: isoDay,
  groupBy: z.enum(REPORT_GROUP_BY),
  generatedAt: isoDateTime,
  totals: ReportBucketSchema,
  periods: z.array(ReportPeriodSchema),
  byReason: z.array(ReportReasonSchema),
  byPaymentMethod: z.array(ReportPaymentMethodSchema),
  byChannel: z.array(ReportChannelRowSchema),
  byOutcome: z.array(ReportOutcomeRowSchema),
  funnel: ReportFunnelSchema,
  /** Added with the ways out (pause, plan change, support, rating): absent from older servers. */
  retention: z.optional(ReportRetentionSchema),
});
export type RecoveryReport = z.infer<typeof RecoveryReportSchema>;

/** The report as an element reads it: the same fields, unknown keys dropped, open enums as text. */
const loose = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape);
const bucketReadShape = {
  ...bucketShape,
  amounts: z.array(loose(ReportAmountSchema.shape)),
  timeToRecover: loose(bucketShape.timeToRecover.shape),
};
export const RecoveryReportReaderSchema = z.object({
  ...RecoveryReportSchema.shape,
  groupBy: text(16),
  totals: loose(bucketReadShape),
  periods: z.array(loose({ ...bucketReadShape, period: text(16), start: isoDay })),
  byReason: z.array(loose({ ...bucketReadShape, category: text(64), codes: z.record(text(128), count) })),
  byPaymentMethod: z.array(loose({ ...bucketReadShape, type: text(64) })),
  byChannel: z.array(loose({ ...ReportChannelRowSchema.shape, channel: text(32) })),
  byOutcome: z.array(loose({ ...ReportOutcomeRowSchema.shape, outcome: text(32), amounts: z.array(loose(ReportAmountSchema.shape)) })),
  funnel: loose(ReportFunnelSchema.shape),
  retention: z.optional(
    loose({
      actions: z.array(loose({ ...ReportRetentionRowSchema.shape, action: text(32) })),
      supportBySource: z.record(text(32), count),
      offersShownBySource: z.optional(z.catch(z.optional(z.record(text(32), count)), undefined)),
      ratings: loose({ ...ReportRatingsSchema.shape, byValue: z.array(loose({ rating: z.int(), count })) }),
    }),
  ),
});
export type RecoveryReportAsRead = z.infer<typeof RecoveryReportReaderSchema>;
