/**
 * Signed webhook delivery, byte-compatible with Stripe: the body is the event JSON, the
 * `Stripe-Signature` header is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, which
 * `stripe.webhooks.constructEvent(body, header, secret)` verifies.
 */
import { createHmac } from 'node:crypto';
import type { StripeEvent } from './types.js';

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface DeliveryResult {
  status: number;
  body: string;
}

/** One delivery attempt, kept so tests and the demo can see what the endpoint answered. */
export interface DeliveryRecord {
  eventId: string;
  type: string;
  url: string;
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  /** What the endpoint answered, to check how it took the event. */
  body?: string;
  error?: string;
  at: number;
}

/** Give up on an endpoint that does not answer, as Stripe does (it waits a few seconds). */
const DELIVERY_TIMEOUT_MS = 10_000;

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

export class WebhookDispatcher {
  private current: WebhookTarget | null = null;
  /** The last endpoint ever configured: manual deliveries still reach it after setWebhook(null). */
  private lastKnown: WebhookTarget | null = null;
  autoDeliver: boolean;
  readonly deliveries: DeliveryRecord[] = [];
  /** Deliveries run one after another, in event order, on this chain. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly clockMs: () => number,
    options: { target?: WebhookTarget | null; autoDeliver?: boolean } = {},
  ) {
    this.target = options.target ?? null;
    this.autoDeliver = options.autoDeliver ?? true;
  }

  /** The endpoint automatic deliveries go to; null stops them. */
  get target(): WebhookTarget | null {
    return this.current;
  }

  set target(value: WebhookTarget | null) {
    this.current = value ? { url: value.url, secret: value.secret } : null;
    if (this.current) this.lastKnown = this.current;
  }

  /**
   * Queue an event for automatic delivery to the endpoint configured now. Delivery starts
   * after the current turn of the event loop, so the API response that caused the event goes
   * out first and the endpoint may call back into the API without deadlock.
   */
  enqueue(event: StripeEvent): void {
    const target = this.target;
    if (!this.autoDeliver || !target) return;
    this.chain = this.chain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        await this.send(event, target).catch(() => undefined); // recorded in send()
      });
  }

  /**
   * (Re)send one event, signed, to the configured endpoint, or the last one configured when
   * automatic delivery was switched off with `target = null`. Rejects if there never was one,
   * or if the endpoint cannot be reached.
   */
  async deliver(event: StripeEvent, o: { secret?: string; timestamp?: number } = {}): Promise<DeliveryResult> {
    const target = this.current ?? this.lastKnown;
    if (!target) throw new Error('No webhook endpoint configured: call setWebhook({ url, secret }) first');
    return this.send(event, { url: target.url, secret: o.secret ?? target.secret }, o.timestamp);
  }

  /** Resolves once every queued automatic delivery has finished (including ones queued meanwhile). */
  async flush(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.chain) {
      seen = this.chain;
      await seen;
    }
  }

  private async send(event: StripeEvent, target: WebhookTarget, timestamp?: number): Promise<DeliveryResult> {
    const payload = JSON.stringify(event, null, 2);
    // Signed with the stand-in's clock: a receiver that shares the (possibly moved) test clock
    // accepts it, and one on the wall clock still does when tests move time forward.
    const t = timestamp ?? Math.floor(this.clockMs() / 1000);
    const record: DeliveryRecord = { eventId: event.id, type: event.type, url: target.url, status: 0, at: Date.now() };
    this.deliveries.push(record);
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Stripe-Signature': signPayload(payload, target.secret, t),
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      const body = await response.text();
      record.status = response.status;
      record.body = body;
      if (!response.ok) record.error = `HTTP ${response.status}`;
      return { status: response.status, body };
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }
}
