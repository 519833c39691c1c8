/**
 * A `window.Stripe` stand-in for browser tests. `loadStripe` from `@stripe/stripe-js/pure` makes no
 * request when `window.Stripe` exists, so the real loader runs against this.
 *
 * It mimics the part of Stripe.js Paymend uses, with the same shapes: `Stripe(pk, options)` →
 * `elements({clientSecret, appearance, locale})` → `create('payment')` → `mount/on/update/destroy`,
 * `confirmSetup`, `handleNextAction`, `retrieveSetupIntent`. Each test drives the outcomes
 * (success, declines, 3-D Secure, micro-deposits) through the object `installStripe()` returns.
 *
 * stripe-js caches the constructor it finds, so `window.Stripe` is installed once per page and
 * delegates to the stub of the current test.
 */
import type { Status } from '../../src/protocol/index.js';
import { json, stubFetch, type FetchCall } from './helpers.js';

export type ConfirmOutcome =
  | { kind: 'succeed' }
  /**
   * A `card_error`, as Stripe returns a decline when the SetupIntent is confirmed; `type` another
   * error type with a code of its own (a failed 3-D Secure on a new card is an `invalid_request_error`).
   */
  | { kind: 'decline'; type?: string; code?: string; declineCode?: string; adviceCode?: string; message?: string }
  /** Incomplete fields: Stripe shows these itself. */
  | { kind: 'validation' }
  /** The connection dropped; `succeededAnyway` says whether Stripe confirmed the SetupIntent regardless. */
  | { kind: 'network'; succeededAnyway: boolean }
  | { kind: 'processing' }
  /**
   * A US bank account that Stripe verifies with micro-deposits (ACH): no error, the SetupIntent in
   * `requires_action` with `next_action.verify_with_microdeposits`. `arrivalDate` (unix seconds) and
   * `hostedVerificationUrl` default to plausible values; `null` leaves the field out.
   */
  | { kind: 'microdeposits'; arrivalDate?: number | null; hostedVerificationUrl?: string | null };

export type NextActionOutcome = { kind: 'succeed' } | { kind: 'fail'; code?: string };

interface StubError {
  type: string;
  code?: string;
  decline_code?: string;
  advice_code?: string;
  message: string;
}

export interface StubPaymentElement {
  node: HTMLElement;
  options: unknown;
  updates: Array<Record<string, unknown>>;
  destroyed: boolean;
  readOnly: boolean;
}

export interface StripeStub {
  constructed: Array<{ publishableKey: string; options: unknown }>;
  elementsOptions: Array<{ clientSecret: string; appearance: any; locale: string }>;
  paymentElements: StubPaymentElement[];
  confirmCalls: Array<{ clientSecret: string; params: any }>;
  nextActionCalls: string[];
  retrieveCalls: string[];
  /** Consumed in order by `confirmSetup`; when empty, confirmation succeeds. */
  confirmOutcomes: ConfirmOutcome[];
  /** Consumed in order by `handleNextAction`; when empty, the bank confirms. */
  nextActionOutcomes: NextActionOutcome[];
  /** When set, `confirmSetup` waits for it: lets a test click twice while one confirmation runs. */
  confirmGate: Promise<void> | null;
  /** The payment element currently mounted (not destroyed). */
  mounted(): StubPaymentElement | undefined;
  /** Makes Stripe know a SetupIntent confirmed elsewhere (e.g. before a redirect), in `status`. */
  knowSetupIntent(clientSecret: string, status: string): void;
}

/** SetupIntents the stub knows, by client secret: their status after confirmation. */
const intentStatus = new Map<string, string>();
let current: StripeStub | null = null;

const setupIntentId = (clientSecret: string) => clientSecret.split('_secret_')[0]!;
const CLIENT_SECRET = /^seti_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/;

function stubError(outcome: ConfirmOutcome & { kind: 'decline' }): StubError {
  return {
    type: outcome.type ?? 'card_error',
    code: outcome.code ?? 'card_declined',
    decline_code: outcome.declineCode,
    advice_code: outcome.adviceCode,
    message: outcome.message ?? 'Stripe’s own message, which Paymend must not show.',
  };
}

function createStripe(publishableKey: string, options: unknown) {
  const stub = () => {
    if (!current) throw new Error('Stripe stub used outside a test');
    return current;
  };
  stub().constructed.push({ publishableKey, options });
  return {
    elements(elementsOptions: { clientSecret: string; appearance: unknown; locale: string }) {
      stub().elementsOptions.push(elementsOptions as StripeStub['elementsOptions'][number]);
      const clientSecret = elementsOptions.clientSecret;
      // Like Stripe, which created it for the backend: retrievable with its secret from now on.
      if (!intentStatus.has(clientSecret)) intentStatus.set(clientSecret, 'requires_payment_method');
      return {
        clientSecret,
        create(type: string, createOptions: unknown) {
          if (type !== 'payment') throw new Error(`unexpected element type ${type}`);
          const handlers = new Map<string, Array<(event: unknown) => void>>();
          const record: StubPaymentElement = {
            node: document.createElement('div'),
            options: createOptions,
            updates: [],
            destroyed: false,
            readOnly: false,
          };
          stub().paymentElements.push(record);
          return {
            mount(target: HTMLElement) {
              // Stands in for Stripe's iframe: one labelled field, so keyboard and axe tests have
              // something real to reach.
              const input = document.createElement('input');
              input.name = 'card-number';
              input.setAttribute('aria-label', 'Card number');
              input.autocomplete = 'cc-number';
              record.node.className = 'stripe-stub-payment-element';
              record.node.append(input);
              target.append(record.node);
              setTimeout(() => handlers.get('ready')?.forEach((handler) => handler({ elementType: 'payment' })), 0);
            },
            on(event: string, handler: (event: unknown) => void) {
              handlers.set(event, [...(handlers.get(event) ?? []), handler]);
            },
            update(update: Record<string, unknown>) {
              record.updates.push(update);
              if ('readOnly' in update) record.readOnly = Boolean(update.readOnly);
            },
            destroy() {
              record.destroyed = true;
              record.node.remove();
            },
          };
        },
        update() {},
        async submit() {
          return {};
        },
        async fetchUpdates() {
          return {};
        },
      };
    },
    async confirmSetup(params: { elements: { clientSecret: string }; redirect?: string }) {
      const s = stub();
      const clientSecret = params.elements.clientSecret;
      s.confirmCalls.push({ clientSecret, params });
      if (s.confirmGate) await s.confirmGate;
      const outcome = s.confirmOutcomes.shift() ?? { kind: 'succeed' };
      const id = setupIntentId(clientSecret);
      if (intentStatus.get(clientSecret) === 'succeeded') {
        return { error: { type: 'invalid_request_error', code: 'setup_intent_unexpected_state', message: 'already succeeded' } };
      }
      switch (outcome.kind) {
        case 'succeed':
          intentStatus.set(clientSecret, 'succeeded');
          return { setupIntent: { id, object: 'setup_intent', status: 'succeeded', client_secret: clientSecret } };
        case 'processing':
          intentStatus.set(clientSecret, 'processing');
          return { setupIntent: { id, object: 'setup_intent', status: 'processing', client_secret: clientSecret } };
        case 'microdeposits': {
          intentStatus.set(clientSecret, 'requires_action');
          const details: Record<string, unknown> = { microdeposit_type: 'amounts' };
          const arrival = outcome.arrivalDate === undefined ? 1_900_000_000 : outcome.arrivalDate;
          const url = outcome.hostedVerificationUrl === undefined ? `https://payments.stripe.com/microdeposit/sacs_test_${id}` : outcome.hostedVerificationUrl;
          if (arrival !== null) details.arrival_date = arrival;
          if (url !== null) details.hosted_verification_url = url;
          return {
            setupIntent: {
              id,
              object: 'setup_intent',
              status: 'requires_action',
              client_secret: clientSecret,
              last_setup_error: null,
              next_action: { type: 'verify_with_microdeposits', verify_with_microdeposits: details },
            },
          };
        }
        case 'decline':
          return { error: stubError(outcome) };
        case 'validation':
          return { error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } };
        case 'network':
          if (outcome.succeededAnyway) intentStatus.set(clientSecret, 'succeeded');
          return { error: { type: 'api_connection_error', message: 'Network error' } };
      }
    },
    async handleNextAction({ clientSecret }: { clientSecret: string }) {
      const s = stub();
      s.nextActionCalls.push(clientSecret);
      const outcome = s.nextActionOutcomes.shift() ?? { kind: 'succeed' };
      if (outcome.kind === 'succeed') {
        return { paymentIntent: { id: clientSecret.split('_secret_')[0], object: 'payment_intent', status: 'succeeded' } };
      }
      return {
        error: {
          type: 'invalid_request_error',
          code: outcome.code ?? 'payment_intent_authentication_failure',
          message: 'We are unable to authenticate your payment method.',
        },
      };
    },
    /**
     * As Stripe.js: a string that is no client secret throws an IntegrationError; a well-formed
     * secret Stripe does not know (a guessed or mismatched one) answers an error, never an intent.
     */
    async retrieveSetupIntent(clientSecret: string) {
      stub().retrieveCalls.push(clientSecret);
      if (!CLIENT_SECRET.test(clientSecret)) {
        throw new Error('Invalid value for retrieveSetupIntent: clientSecret should be a client secret of the form ${id}_secret_${secret}.');
      }
      const status = intentStatus.get(clientSecret);
      if (!status) {
        return { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such setupintent.' } };
      }
      return { setupIntent: { id: setupIntentId(clientSecret), object: 'setup_intent', status, client_secret: clientSecret } };
    },
  };
}

/** Installs (once) `window.Stripe` and returns a fresh stub that records and drives this test. */
export function installStripe(): StripeStub {
  const w = window as unknown as { Stripe?: unknown };
  if (!w.Stripe) w.Stripe = createStripe;
  const stub: StripeStub = {
    constructed: [],
    elementsOptions: [],
    paymentElements: [],
    confirmCalls: [],
    nextActionCalls: [],
    retrieveCalls: [],
    confirmOutcomes: [],
    nextActionOutcomes: [],
    confirmGate: null,
    mounted() {
      return this.paymentElements.filter((element) => !element.destroyed).at(-1);
    },
    knowSetupIntent(clientSecret, status) {
      intentStatus.set(clientSecret, status);
    },
  };
  current = stub;
  return stub;
}

// --- A fake merchant backend -----------------------------------------------------------------------

export interface BackendCall extends FetchCall {
  path: string;
  body: any;
}

export interface CompleteAnswer {
  status: Status;
  nextAction?: { clientSecret: string };
  /** `sameCard`: the card entered already failed on this invoice (a newer server's field). */
  failure?: { code: string | null; declineCode: string | null; adviceCode: string | null; sameCard?: boolean };
}

export interface FakeBackend {
  calls: BackendCall[];
  /** Requests to one path, in order. */
  to(path: '/status' | '/setup-intent' | '/complete' | '/payment-action' | '/refresh' | '/events'): BackendCall[];
}

let intentCount = 0;

/**
 * Answers the handler's routes through `stubFetch`. `complete` gets the request body and how many
 * `/complete` calls came before; answers default to a fresh SetupIntent, and a recovered `ok` status.
 * A responder may return a `Response` (an error status) or throw (a network failure).
 */
export function fakeBackend(options: {
  status?: Status;
  setupIntent?: (count: number) => Response | undefined;
  complete?: (body: { setupIntentId: string; clientSecret?: string }, count: number) => CompleteAnswer | Response;
  /** `/payment-action`: the invoice PaymentIntent awaiting the bank; 404 (nothing to confirm) when absent. */
  paymentAction?: { clientSecret: string };
  /** `/refresh`: the status read afresh after the bank confirmed. */
  refresh?: () => Status;
  publishableKey?: string;
}): FakeBackend {
  const calls: BackendCall[] = [];
  const to = (path: string) => calls.filter((call) => call.path === path);
  stubFetch((call) => {
    const path = new URL(call.url).pathname.replace(/^.*(\/[a-z-]+)$/, '$1');
    const body = typeof call.init.body === 'string' ? JSON.parse(call.init.body) : undefined;
    const count = to(path).length;
    calls.push({ ...call, path, body });
    if (path === '/status') return options.status ? json(options.status) : json({ error: { code: 'not_found', message: 'none' } }, 404);
    if (path === '/setup-intent') {
      const custom = options.setupIntent?.(count);
      if (custom) return custom;
      intentCount += 1;
      const id = `seti_Test${intentCount}${Math.random().toString(36).slice(2, 8)}`;
      return json({ clientSecret: `${id}_secret_abc${intentCount}`, publishableKey: options.publishableKey ?? 'pk_stub_paymend' });
    }
    if (path === '/complete') {
      const answer = options.complete?.(body, count) ?? { status: okStatus() };
      return answer instanceof Response ? answer : json(answer);
    }
    if (path === '/payment-action' && options.paymentAction) {
      return json({ ...options.paymentAction, publishableKey: options.publishableKey ?? 'pk_stub_paymend' });
    }
    if (path === '/refresh' && options.refresh) return json(options.refresh());
    // Analytics beacons: the real handler answers 204 No Content.
    if (path === '/events') return new Response(null, { status: 204 });
    return json({ error: { code: 'not_found', message: 'no route' } }, 404);
  });
  return { calls, to };
}

/** A healthy status with the new card (Mastercard 5555, 08/2031), as `/complete` returns it. */
export function okStatus(): Status {
  return {
    v: 1,
    state: 'ok',
    paymentMethod: { type: 'card', brand: 'mastercard', last4: '5555', expMonth: 8, expYear: 2031, wallet: null },
    invoice: null,
    failure: null,
    access: { wall: 'none', endsAt: null },
  };
}
