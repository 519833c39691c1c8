/**
 * Stripe's idempotency: a POST repeated with the same `Idempotency-Key` (per API key, for 24h)
 * gets the first response back, status and body, without running again. Reusing a key for
 * another endpoint or other parameters is an `idempotency_error`, as on Stripe.
 */
import { StripeApiError } from './errors.js';

const TTL_SECONDS = 24 * 60 * 60;

export interface StoredResponse {
  status: number;
  body: string;
  requestId: string;
}

interface Entry extends StoredResponse {
  endpoint: string;
  fingerprint: string;
  createdAt: number;
}

export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly nowSeconds: () => number) {}

  /** The stored response to replay, undefined for a fresh key, or an idempotency_error. */
  lookup(apiKey: string, key: string, endpoint: string, fingerprint: string): StoredResponse | undefined {
    const entry = this.entries.get(`${apiKey}\n${key}`);
    if (!entry) return undefined;
    if (this.nowSeconds() - entry.createdAt >= TTL_SECONDS) {
      this.entries.delete(`${apiKey}\n${key}`);
      return undefined;
    }
    if (entry.endpoint !== endpoint) {
      throw new StripeApiError(400, {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${entry.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    }
    if (entry.fingerprint !== fingerprint) {
      throw new StripeApiError(400, {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    }
    return entry;
  }

  store(apiKey: string, key: string, endpoint: string, fingerprint: string, response: StoredResponse): void {
    this.entries.set(`${apiKey}\n${key}`, { ...response, endpoint, fingerprint, createdAt: this.nowSeconds() });
  }
}

/** Parameters compared regardless of their order in the body. */
export function fingerprintParams(params: unknown): string {
  return JSON.stringify(params, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
