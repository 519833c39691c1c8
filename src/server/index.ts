/** `paymend/server`: the merchant backend handler. Never imported by browser code. */
export { createHandler, type AccessDecision, type AccessOptions, type PaymendHandler, type RecoveryStats } from './handler.js';
export { HandlerOptionsError, type HandlerOptions, type HandlerOptionsFactory, type Logger, type ResolveCustomer, type ShouldShow, type RateLimit } from './options.js';
export { PAYMEND_VERSION } from './stripe-client.js';
export { toNodeHandler, toWebRequest, writeNodeResponse, type NodeAdapterOptions } from './node.js';
export { MemoryStore, type MemoryStoreOptions } from './stores/memory.js';
export { RedisStore, type RedisStoreOptions } from './stores/redis.js';
export type { Store, StoredSnapshot, RateWindow } from './stores/types.js';
export {
  snapshotFromFacts,
  statusAt,
  cardExpiresAt,
  type BillingFacts,
  type BillingSnapshot,
  type StatusPolicy,
  type WallPolicy,
} from './derive.js';
export { HandlerError } from './errors.js';
/** The status rendered into the page (docs/merchant/server.md, "Status in the page"). */
export { embedStatus } from './embed.js';
/** An optional peer (ioredis, bullmq, nodemailer) a feature needs is not installed; the message says what to install. */
export { MissingPeerError } from './optional-peer.js';
export { type UpdateLinkInput } from './notify/link-feature.js';
export { type NotifyOptions } from './notify/options.js';
export type { NotificationStats } from './notify/tracking.js';
export { MemoryNotifyQueue, type MemoryNotifyQueueOptions } from './notify/queue-memory.js';
export { BullNotifyQueue, type BullNotifyQueueOptions } from './notify/queue-bullmq.js';
export { ManualClock, realClock, type NotifyClock, type ClockTimer } from './notify/clock.js';
export { DEFAULT_RETRY, type RetryPolicy } from './notify/retry.js';
export { SmtpTransport, SmtpSendError, type SmtpTransportOptions } from './notify/transports/smtp.js';
export { HookTransport, type SendHook } from './notify/transports/hook.js';
export { deliverOnce, DeliveryInFlightError, type DeliverOnceInput, type DeliveryResult } from './notify/deliver.js';
export type { NotifyQueue, NotifyJob, EnqueueOptions, Transport, OutgoingMessage } from './notify/types.js';
// The recovery report (docs/merchant/recovery-report.md): its ledger can live in a store of the merchant's own.
export { buildReport, outcomeOf, type ReportQuery } from './report/report.js';
export { MemoryLedger } from './report/ledger-memory.js';
export { RedisLedger } from './report/ledger-redis.js';
export { LEDGER_RETENTION_MS, ledgerFor, type LedgerEntry, type LedgerStore, type StoreWithLedger } from './report/ledger-store.js';
export type { LedgerRecord, FailureFact, CompletedFact, PaidFact, LostFact, NoticeFact } from './report/ledger-record.js';
export type { ReportRequest } from './report/query.js';
export type { AuthorizeReport } from './options.js';
export type { RecoveryReport } from '../protocol/report.js';
