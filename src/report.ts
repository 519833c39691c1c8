/**
 * `paymend/report` and the CDN's `paymend-report.js`: registers `<paymend-report>`, the merchant's
 * recovery report. A separate entry on purpose: the customer-facing entry (`paymend/define`,
 * `paymend.js`) never imports it, so no customer downloads the charts (uPlot) or the report's words.
 */
export { PaymendReport } from './components/report/report.js';
export type { RecoveryReportAsRead } from './protocol/report.js';
