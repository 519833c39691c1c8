/**
 * Fault injection: make the next requests fail the way Stripe fails under load, so retry and
 * fallback paths can be tested offline.
 */
import type { DocumentedErrorCode } from './error-codes.js';
import type { StripeErrorBody } from './errors.js';

export interface FaultSpec {
  /** HTTP status to answer with; below 400 means "only delay, then answer normally". */
  status: number;
  /** Stripe error code; defaults by status (429 rate_limit, 409 lock_timeout). */
  code?: DocumentedErrorCode;
  /** Only requests whose path contains this string are affected (and counted). */
  pathIncludes?: string;
  /** Hang this long before answering. */
  delayMs?: number;
}

interface Fault extends FaultSpec {
  remaining: number;
}

/** Something else happening at Stripe just before a request is served (a Smart Retry, another tab). */
interface Interleaving {
  method?: string;
  pathIncludes: string;
  action: () => void;
}

export class FaultInjector {
  private faults: Fault[] = [];
  private interleavings: Interleaving[] = [];

  /** Runs `action` once, right before the next matching request is handled: a race made repeatable. */
  beforeNext(match: { method?: string; pathIncludes: string }, action: () => void): void {
    this.interleavings.push({ ...match, action });
  }

  /** The interleaving this request meets, if any; consumed. */
  takeInterleaving(method: string, path: string): (() => void) | undefined {
    const found = this.interleavings.find((i) => (i.method === undefined || i.method === method) && path.includes(i.pathIncludes));
    if (!found) return undefined;
    this.interleavings = this.interleavings.filter((i) => i !== found);
    return found.action;
  }

  add(n: number, spec: FaultSpec): void {
    if (!Number.isInteger(n) || n < 0) throw new Error(`failNext: n must be a non-negative integer, got ${n}`);
    if (n > 0) this.faults.push({ ...spec, remaining: n });
  }

  clear(): void {
    this.faults = [];
    this.interleavings = [];
  }

  /** The fault this request gets, if any; consumes one use of it. */
  take(path: string): FaultSpec | undefined {
    const fault = this.faults.find((f) => f.pathIncludes === undefined || path.includes(f.pathIncludes));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}

/** The error body Stripe sends with such a status. */
export function faultBody(spec: FaultSpec): StripeErrorBody {
  switch (spec.status) {
    case 429:
      return {
        type: 'invalid_request_error',
        code: spec.code ?? 'rate_limit',
        message: 'Request rate limit exceeded. Learn more about rate limits here https://docs.stripe.com/rate-limits.',
      };
    case 409:
      return {
        type: 'invalid_request_error',
        code: spec.code ?? 'lock_timeout',
        message:
          'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.',
      };
    case 402:
      return { type: 'card_error', code: spec.code ?? 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' };
    default:
      if (spec.status >= 500) {
        return {
          type: 'api_error',
          ...(spec.code ? { code: spec.code } : {}),
          message: 'An unknown error occurred, please try again. If the problem persists, contact support.',
        };
      }
      return { type: 'invalid_request_error', ...(spec.code ? { code: spec.code } : {}), message: 'Injected failure.' };
  }
}
