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
export { type UpdateLinkInput } from './notify/link-feature.js';
export { type NotifyOptions } from './notify/options.js';
export { MemoryNotifyQueue, type MemoryNotifyQueueOptions } from './notify/queue-memory.js';
export { ManualClock, type NotifyClock } from './notify/clock.js';
export { SmtpTransport, type SmtpTransportOptions } from './notify/transports/smtp.js';
export { HookTransport, type SendHook } from './notify/transports/hook.js';
export { deliverOnce } from './notify/deliver.js';
export type { NotifyJob, NotifyQueue, OutgoingMessage, Transport } from './notify/types.js';
export type { NotificationStats } from './notify/tracking.js';
