/**
 * The offline demo's `window.Stripe`: the part of Stripe.js that Paymend uses, backed by the
 * offline Stripe stand-in through the demo server. `loadStripe()` sees `window.Stripe` already set
 * and makes no request to js.stripe.com, exactly as it would with the real script loaded.
 *
 * Its "Payment Element" (standin-payment-element.ts) takes Stripe's test cards, IBANs and US bank
 * accounts, in the tabs the SetupIntent allows; its 3-D Secure is a dialog where you play the bank
 * (complete or fail), as Stripe's test-mode challenge does. Demo only: real card or bank data never
 * goes near this code.
 */
import { KNOWN_TYPES, StandinPaymentElement, type MethodType, type SavedCard } from './standin-payment-element.js';
import { ensureStyle } from './standin-style.js';

interface StripeLikeError {
  type: string;
  code?: string;
  decline_code?: string;
  advice_code?: string;
  message: string;
}

const API = '/demo/stripe';

/**
 * As with real Stripe.js, the client secret is what lets the browser act on an intent (no cookie,
 * no session): so the same calls work on the demo dashboard and on the hosted update page, which a
 * customer opens from an email without being signed in.
 */
function withSecret(path: string, clientSecret: string): string {
  return `${path}?client_secret=${encodeURIComponent(clientSecret)}`;
}

/** The stand-in could not reach the demo server (offline, connection dropped). */
class ConnectionError extends Error {}

async function call(path: string, body?: unknown): Promise<Record<string, unknown>> {
  try {
    const response = await fetch(`${API}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  } catch (cause) {
    throw new ConnectionError('could not reach the Stripe stand-in', { cause });
  }
}

/** Real Stripe.js never rejects when Stripe is unreachable: it resolves with an `api_connection_error`. */
function unreachable(error: unknown): { error: StripeLikeError } {
  if (!(error instanceof ConnectionError)) throw error;
  return { error: { type: 'api_connection_error', message: 'We could not connect to Stripe. Check your connection and try again.' } };
}

/** The bank's 3-D Secure challenge, played by the person trying the demo. */
function challenge(what: string): Promise<boolean> {
  ensureStyle();
  const dialog = document.createElement('dialog');
  dialog.className = 'pm-3ds';
  dialog.setAttribute('aria-labelledby', 'pm-3ds-title');
  dialog.innerHTML = `<h2 id="pm-3ds-title">Your bank (test mode)</h2>
    <p></p>
    <menu><button type="button" class="ok" value="1">Complete authentication</button><button type="button" value="0">Fail authentication</button></menu>`;
  dialog.querySelector('p')!.textContent = `Confirm ${what}. In live mode this is your bank's own page or app.`;
  document.body.append(dialog);
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    dialog.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => finish(b.value === '1')));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(false);
    });
    dialog.showModal();
  });
}

/** The saved cards a CustomerSession lets the Payment Element show; none without one. */
async function savedCardsOf(customerSessionClientSecret: string | undefined): Promise<SavedCard[]> {
  if (!customerSessionClientSecret) return [];
  const query = `?customer_session_client_secret=${encodeURIComponent(customerSessionClientSecret)}`;
  const answer = await call(`/customer_session/payment_methods${query}`).catch(() => ({ data: [] }));
  return Array.isArray(answer.data) ? (answer.data as SavedCard[]) : [];
}

/**
 * The methods the intent allows, read with its client secret as Stripe.js reads its elements
 * session; cards alone when it cannot be read, which is what every intent allows here.
 */
async function methodTypesOf(clientSecret: string): Promise<MethodType[]> {
  if (!/^seti_[A-Za-z0-9]+_secret_/.test(clientSecret)) return ['card'];
  const intent = await call(withSecret(`/intents/${idOf(clientSecret)}`, clientSecret)).catch(() => ({}) as Record<string, unknown>);
  const types = intent.payment_method_types;
  return Array.isArray(types) ? KNOWN_TYPES.filter((t) => types.includes(t)) : ['card'];
}

/** A refusal from the stand-in (a bad IBAN, an unknown account) is Stripe.js's `{ error }`, never a rejection. */
function refusal(answer: Record<string, unknown>): { error: StripeLikeError } | null {
  const error = answer.error as Partial<StripeLikeError> | undefined;
  if (!error || typeof error !== 'object') return null;
  return { error: { ...error, type: error.type ?? 'invalid_request_error', message: error.message ?? 'The request was refused.' } as StripeLikeError };
}

function idOf(clientSecret: string): string {
  return clientSecret.split('_secret_')[0]!;
}

function standinStripe(_publishableKey: string) {
  let element: StandinPaymentElement | null = null;

  /** Runs the bank's challenge when the intent asks for it, then reports the intent as it ends. */
  async function authenticateIfNeeded(kind: 'setup_intent' | 'payment_intent', intent: Record<string, unknown>, clientSecret: string) {
    // Micro-deposits are the customer's to confirm later (days later, at their bank): no dialog, as with Stripe.js.
    const action = intent.next_action as { type?: string } | null | undefined;
    if (intent.status !== 'requires_action' || action?.type !== 'use_stripe_sdk') return intent;
    const ok = await challenge(kind === 'setup_intent' ? 'that this card is yours' : 'the payment');
    return call(withSecret(`/intents/${intent.id as string}/authenticate`, clientSecret), { success: ok });
  }

  function failure(intent: Record<string, unknown>, kind: 'setup_intent' | 'payment_intent'): { error: StripeLikeError } | null {
    const error = (intent.last_setup_error ?? intent.last_payment_error) as StripeLikeError | null | undefined;
    if (intent.status === 'succeeded' || !error) return null;
    return { error: { ...error, type: error.type ?? 'card_error', message: error.message ?? 'Your card was declined.', [kind]: intent } as StripeLikeError };
  }

  return {
    elements(options: { clientSecret: string; customerSessionClientSecret?: string }) {
      return {
        create(type: string) {
          if (type !== 'payment') throw new Error(`the offline demo only has the Payment Element, not ${type}`);
          // Saved cards first, then the methods: the order Stripe.js asks in.
          const saved = savedCardsOf(options.customerSessionClientSecret);
          element = new StandinPaymentElement(saved, methodTypesOf(options.clientSecret));
          return element;
        },
        getElement: () => element,
        submit: async () => {
          const problem = element ? element.validate() : 'Your card number is incomplete.'; // validate() is null when complete
          element?.showFieldError(problem);
          return problem ? { error: { type: 'validation_error', message: problem } } : {};
        },
        update() {},
        fetchUpdates: async () => ({}),
        clientSecret: options.clientSecret,
        customerSessionClientSecret: options.customerSessionClientSecret,
      };
    },
    async confirmSetup(options: { elements: { clientSecret: string; customerSessionClientSecret?: string }; redirect?: string }) {
      const problem = element ? element.validate() : 'Your card number is incomplete.'; // validate() is null when complete
      element?.showFieldError(problem);
      if (problem) return { error: { type: 'validation_error', code: 'incomplete', message: problem } };
      try {
        const secret = options.elements.clientSecret;
        // A saved card confirms with its id, a bank account with `payment_method_data`, as Stripe.js sends them.
        const body = element!.confirmation(options.elements.customerSessionClientSecret);
        let intent = await call(withSecret(`/setup_intents/${idOf(secret)}/confirm`, secret), body);
        const refused = refusal(intent);
        if (refused) return refused;
        intent = await authenticateIfNeeded('setup_intent', intent, secret);
        return failure(intent, 'setup_intent') ?? { setupIntent: intent };
      } catch (error) {
        return unreachable(error);
      }
    },
    async handleNextAction(options: { clientSecret: string }) {
      const id = idOf(options.clientSecret);
      const kind = id.startsWith('seti_') ? 'setup_intent' : 'payment_intent';
      try {
        let intent = await call(withSecret(`/intents/${id}`, options.clientSecret));
        intent = await authenticateIfNeeded(kind, intent, options.clientSecret);
        return failure(intent, kind) ?? { [kind === 'setup_intent' ? 'setupIntent' : 'paymentIntent']: intent };
      } catch (error) {
        return unreachable(error);
      }
    },
    /** As Stripe.js: only the SetupIntent's own client secret retrieves it. */
    async retrieveSetupIntent(clientSecret: string) {
      if (!/^seti_[A-Za-z0-9]+_secret_[A-Za-z0-9]+$/.test(clientSecret)) {
        throw new Error('Invalid value for retrieveSetupIntent: clientSecret should be a client secret of the form ${id}_secret_${secret}.');
      }
      try {
        const intent = await call(withSecret(`/intents/${idOf(clientSecret)}`, clientSecret));
        if (intent.client_secret !== clientSecret) {
          return { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such setupintent.' } };
        }
        return { setupIntent: intent };
      } catch (error) {
        return unreachable(error);
      }
    },
  };
}

// @stripe/stripe-js types window.Stripe as its full constructor; this stand-in covers the part
// Paymend uses, which is what the offline demo needs. `version` is the Stripe.js release that
// @stripe/stripe-js@10 expects ("endive"): with any other, loadStripe() warns in the console.
(window as unknown as { Stripe: unknown }).Stripe = Object.assign(standinStripe, { version: 'endive' });
