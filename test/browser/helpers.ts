import type { State, Status } from '../../src/protocol/index.js';

export interface FetchCall {
  url: string;
  init: RequestInit;
}

type Responder = (call: FetchCall) => Response | Promise<Response>;

const realFetch = window.fetch;
const realSetTimeout = window.setTimeout;
const realWarn = console.warn;

/** Replaces `window.fetch` for one test; returns the list of calls it receives. */
export function stubFetch(respond: Responder): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = { url, init };
    calls.push(call);
    return respond(call);
  };
  return calls;
}

/** Captures `console.warn` calls (still silent in the test log). */
export function captureWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  return warnings;
}

/** Collects errors that escape to the page: uncaught exceptions and unhandled rejections. */
export function capturePageErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  cleanups.push(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return errors;
}

/** Runs timers of `minDelay` ms or more at once, to exercise timeouts without waiting; returns the delays asked for. */
export function fastForwardTimers(minDelay: number): number[] {
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    delays.push(delay);
    return realSetTimeout(handler, delay >= minDelay ? 0 : delay, ...args);
  }) as typeof window.setTimeout;
  return delays;
}

const cleanups: Array<() => void> = [];
const mounted: Element[] = [];

/** Records every `type` event reaching `target` until `restore()`. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: Document | HTMLElement,
  type: K,
): Array<HTMLElementEventMap[K]> {
  const events: Array<HTMLElementEventMap[K]> = [];
  const record = (event: Event) => events.push(event as HTMLElementEventMap[K]);
  target.addEventListener(type, record);
  cleanups.push(() => target.removeEventListener(type, record));
  return events;
}

/** Appends an element to the body; removed again by `restore()`. */
export function mount<E extends Element>(element: E): E {
  document.body.append(element);
  mounted.push(element);
  return element;
}

/** Undoes every stub and removes mounted elements; call in `afterEach`. */
export function restore(): void {
  window.fetch = realFetch;
  window.setTimeout = realSetTimeout;
  console.warn = realWarn;
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const element of mounted.splice(0)) element.remove();
}

/**
 * How long `until` waits before it fails. Generous on purpose: it only bounds a failure and never
 * delays a pass, and a first render on a busy 2-core machine (or under PAYMEND_CPU_SLOWDOWN) can take
 * seconds. Mocha's per-test timeout (web-test-runner.config.mjs) is longer, so the failure that
 * shows is the one naming what was awaited.
 */
export const WAIT_MS = 20_000;

/** Waits (on real timers) until `condition` holds, or fails naming what it waited for. */
export async function until(condition: () => unknown, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what} (${timeoutMs} ms)`);
    await new Promise((resolve) => realSetTimeout(resolve, 5));
  }
}

/** Settles `promise`, or fails naming what it waited for after `timeoutMs`: a bound on a failure, not a speed check. */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = WAIT_MS): Promise<T> {
  let cancel = () => {};
  const bound = new Promise<never>((_, reject) => {
    const timer = realSetTimeout(() => reject(new Error(`timed out waiting for ${what} (${timeoutMs} ms)`)), timeoutMs);
    cancel = () => clearTimeout(timer);
  });
  return Promise.race([promise, bound]).finally(() => cancel());
}

/**
 * Lets pending fetches, microtasks and renders finish, so "nothing more happened" can be checked.
 * Only for such negative checks: never to wait for something that should happen (use `until`).
 */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

let endpointCount = 0;
/** A fresh endpoint per test: the status cache is per page and per endpoint. */
export function freshEndpoint(): string {
  endpointCount += 1;
  return `/billing/paymend-${endpointCount}-${Math.random().toString(36).slice(2, 8)}`;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A valid status in the given state: Visa 4242 expiring 03/2030, USD 12.50 due when relevant. */
export function makeStatus(state: State, overrides: Partial<Status> = {}): Status {
  const owes = state === 'failed' || state === 'action_required' || state === 'processing';
  return {
    v: 1,
    state,
    paymentMethod: state === 'missing' ? null : { type: 'card', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2030, wallet: null },
    invoice: owes
      ? {
          id: 'in_1PaymendTest',
          amountDue: 1250,
          currency: 'usd',
          attemptCount: 1,
          billedAt: '2030-03-01T10:00:00Z',
          nextAttemptAt: '2030-03-05T10:00:00Z',
          hostedInvoiceUrl: 'https://invoice.stripe.com/i/acct_test/test_123',
        }
      : null,
    failure: state === 'failed' ? { code: 'card_declined', declineCode: 'generic_decline', adviceCode: null } : null,
    access: { wall: 'none', endsAt: null },
    ...overrides,
  };
}
