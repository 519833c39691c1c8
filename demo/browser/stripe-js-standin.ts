/**
 * The offline demo's `window.Stripe`: the part of Stripe.js that Paymend uses, backed by the
 * offline Stripe stand-in through the demo server. `loadStripe()` sees `window.Stripe` already set
 * and makes no request to js.stripe.com, exactly as it would with the real script loaded.
 *
 * Its "Payment Element" is a small card form that takes Stripe's test card numbers; its 3-D Secure
 * is a dialog where you play the bank (complete or fail), as Stripe's test-mode challenge does.
 * Demo only: real card data never goes near this code.
 */

type Handler = (event: Record<string, unknown>) => void;
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

const TEST_CARDS: Array<[string, string]> = [
  ['4242 4242 4242 4242', 'succeeds'],
  ['4000 0027 6000 3184', '3-D Secure, every time'],
  ['4000 0000 0000 9995', 'insufficient funds'],
  ['4000 0000 0000 0341', 'attaches, then payments fail'],
  ['4000 0000 0000 9987', 'lost card (shown as a generic decline)'],
  ['4000 0000 0000 0069', 'expired card'],
  ['4000 0000 0000 0127', 'incorrect CVC'],
];

const STYLE = `
/* 390 px phones: nothing may be wider than the form. Inputs have an intrinsic width (about 20
   characters) that a grid's 1fr column will not shrink below, so they get width: 100% and min-width: 0;
   a chip's label wraps inside the chip rather than pushing it past the edge. */
.pm-standin { display: grid; gap: .6rem; font: inherit; min-width: 0; max-width: 100%; }
.pm-standin label { display: grid; gap: .25rem; font-size: .875rem; min-width: 0; }
.pm-standin input { font: inherit; box-sizing: border-box; width: 100%; min-width: 0; padding: .55rem .7rem; border: 1px solid var(--pm-border, #c7ccd6); border-radius: var(--pm-radius, 6px); background: var(--pm-bg, #fff); color: var(--pm-text, #1f2430); }
.pm-standin .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .6rem; }
.pm-standin .hint { font-size: .75rem; opacity: .8; margin: 0; }
.pm-standin .cards { display: flex; flex-wrap: wrap; gap: .3rem; min-width: 0; }
.pm-standin .cards button { font: inherit; font-size: .72rem; padding: .15rem .45rem; max-width: 100%; white-space: normal; overflow-wrap: anywhere; text-align: start; border: 1px dashed currentColor; border-radius: 999px; background: transparent; color: inherit; cursor: pointer; }
.pm-standin fieldset { border: 1px solid var(--pm-border, #c7ccd6); border-radius: var(--pm-radius, 6px); margin: 0; padding: .4rem .7rem; display: grid; gap: .3rem; min-width: 0; }
.pm-standin fieldset label { display: flex; gap: .5rem; align-items: center; }
.pm-standin fieldset input { width: auto; }
.pm-standin .field-error { color: #b42318; font-size: .8rem; margin: 0; }
.pm-3ds { border: none; border-radius: 12px; padding: 1.5rem; max-width: 22rem; box-shadow: 0 20px 50px rgb(0 0 0 / .3); font-family: system-ui, sans-serif; }
.pm-3ds::backdrop { background: rgb(0 0 0 / .45); }
.pm-3ds h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
.pm-3ds menu { display: flex; gap: .5rem; padding: 0; margin: 1rem 0 0; }
.pm-3ds button { font: inherit; padding: .5rem .9rem; border-radius: 6px; border: 1px solid #1f2430; cursor: pointer; }
.pm-3ds .ok { background: #1f2430; color: #fff; }
`;

let styleAdopted = false;
/**
 * Adopts the stand-in's styles into the document once. A constructable stylesheet, not a `<style>`
 * element: a host page whose Content-Security-Policy has `style-src 'self'` (no 'unsafe-inline')
 * refuses injected `<style>` elements, and the stand-in must run on such pages as Stripe.js does.
 */
function ensureStyle(): void {
  if (styleAdopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styleAdopted = true;
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

interface SavedCard {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

/** The saved cards a CustomerSession lets the Payment Element show; none without one. */
async function savedCardsOf(customerSessionClientSecret: string | undefined): Promise<SavedCard[]> {
  if (!customerSessionClientSecret) return [];
  const query = `?customer_session_client_secret=${encodeURIComponent(customerSessionClientSecret)}`;
  const answer = await call(`/customer_session/payment_methods${query}`).catch(() => ({ data: [] }));
  return Array.isArray(answer.data) ? (answer.data as SavedCard[]) : [];
}

class StandinPaymentElement {
  private readonly handlers = new Map<string, Handler[]>();
  private root: HTMLElement | null = null;
  number = '';
  expiry = '';
  cvc = '';
  /** The saved card picked instead of typing one (Stripe's saved-methods list); null: a new card. */
  savedCard: string | null = null;

  constructor(private readonly savedCards: Promise<SavedCard[]> = Promise.resolve([])) {}

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  off(event: string): this {
    this.handlers.delete(event);
    return this;
  }
  private fire(event: string, payload: Record<string, unknown> = {}): void {
    for (const handler of this.handlers.get(event) ?? []) handler({ elementType: 'payment', ...payload });
  }

  mount(target: string | HTMLElement): void {
    ensureStyle();
    const host = typeof target === 'string' ? document.querySelector<HTMLElement>(target)! : target;
    const root = document.createElement('div');
    root.className = 'pm-standin';
    root.innerHTML = `
      <label>Card number <input name="number" inputmode="numeric" autocomplete="off" placeholder="4242 4242 4242 4242"></label>
      <div class="row">
        <label>Expiry <input name="expiry" autocomplete="off" placeholder="MM / YY"></label>
        <label>CVC <input name="cvc" inputmode="numeric" autocomplete="off" placeholder="123"></label>
      </div>
      <p class="field-error" role="alert" hidden></p>
      <p class="hint">Offline demo: Stripe's test cards, any future expiry, any CVC.</p>
      <div class="cards"></div>`;
    const cards = root.querySelector('.cards')!;
    for (const [number, label] of TEST_CARDS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${number.slice(-4)} · ${label}`;
      button.title = number;
      button.addEventListener('click', () => this.fill(number));
      cards.append(button);
    }
    root.addEventListener('input', () => this.read());
    host.replaceChildren(root);
    this.root = root;
    void this.savedCards.then((saved) => {
      if (this.root === root) this.showSaved(saved);
      this.fire('ready');
    });
  }

  /** Stripe lists saved cards above the new-card fields, as radio choices, "new card" among them. */
  private showSaved(saved: SavedCard[]): void {
    if (saved.length === 0) return;
    const fieldset = document.createElement('fieldset');
    fieldset.innerHTML = '<legend>Saved cards</legend>';
    const choice = (value: string, label: string) => {
      const wrap = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'saved';
      radio.value = value;
      radio.checked = value === '';
      wrap.append(radio, label);
      fieldset.append(wrap);
    };
    for (const card of saved) {
      const brand = card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
      choice(card.id, `${brand} •••• ${card.last4} (${String(card.exp_month).padStart(2, '0')}/${String(card.exp_year).slice(-2)})`);
    }
    choice('', 'A new card');
    fieldset.addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      this.savedCard = value === '' ? null : value;
      this.read();
    });
    this.root!.prepend(fieldset);
  }

  /** Fills the form with a test card and a valid expiry (the demo's shortcut buttons). */
  fill(number: string): void {
    const input = (name: string) => this.root!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    input('number').value = number;
    input('expiry').value = `12 / ${String((new Date().getFullYear() + 3) % 100).padStart(2, '0')}`;
    input('cvc').value = '123';
    this.read();
  }

  private read(): void {
    if (this.root === null) return;
    const value = (name: string) => this.root!.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value;
    this.number = value('number').replace(/\D/g, '');
    this.expiry = value('expiry');
    this.cvc = value('cvc').replace(/\D/g, '');
    this.fire('change', { complete: this.validate() === null, empty: !this.number && !this.expiry && !this.cvc, value: { type: 'card' } });
  }

  /** Like Stripe's own field checks: shown next to the fields, and the confirm is not sent. */
  validate(): string | null {
    if (this.savedCard) return null;
    if (this.number.length < 13) return 'Your card number is incomplete.';
    const match = /^(\d{1,2})\s*\/\s*(\d{2})$/.exec(this.expiry.trim());
    if (!match) return 'Your card’s expiration date is incomplete.';
    if (this.cvc.length < 3) return 'Your card’s security code is incomplete.';
    return null;
  }

  showFieldError(message: string | null): void {
    const error = this.root?.querySelector<HTMLElement>('.field-error');
    if (!error) return;
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  update(): void {}
  focus(): void {
    // The picked choice when saved cards are listed (as Stripe's list), else the card number.
    this.root?.querySelector<HTMLInputElement>('input[name=saved]:checked, input[name=number]')?.focus();
  }
  destroy(): void {
    this.root?.remove();
    this.root = null;
    this.handlers.clear();
  }
}

function idOf(clientSecret: string): string {
  return clientSecret.split('_secret_')[0]!;
}

function standinStripe(_publishableKey: string) {
  let element: StandinPaymentElement | null = null;

  /** Runs the bank's challenge when the intent asks for it, then reports the intent as it ends. */
  async function authenticateIfNeeded(kind: 'setup_intent' | 'payment_intent', intent: Record<string, unknown>, clientSecret: string) {
    if (intent.status !== 'requires_action') return intent;
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
          element = new StandinPaymentElement(savedCardsOf(options.customerSessionClientSecret));
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
        // A saved card confirms with its id, as Stripe.js does with a card picked from the list.
        const body = element!.savedCard
          ? { payment_method: element!.savedCard, customer_session_client_secret: options.elements.customerSessionClientSecret }
          : { card: element!.number };
        let intent = await call(withSecret(`/setup_intents/${idOf(secret)}/confirm`, secret), body);
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
