/**
 * The offline Payment Element: the methods the SetupIntent allows as tabs (Card, SEPA Direct Debit,
 * US bank account), as Stripe's own "tabs" layout shows them, with the WAI-ARIA tabs pattern (arrow
 * keys, Home and End move between them, the chosen one's panel shows). A card is typed, or picked
 * from the saved cards a CustomerSession lists; a bank account is typed into its panel.
 */
import { bankPanel, isBankEmpty, paymentMethodData, validateBank, type BankType } from './standin-bank-fields.js';
import { ensureStyle } from './standin-style.js';

type Handler = (event: Record<string, unknown>) => void;
export type MethodType = 'card' | 'google_pay' | BankType;

export interface SavedCard {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

const TAB_LABELS: Record<MethodType, string> = {
  card: 'Card',
  sepa_debit: 'SEPA Direct Debit',
  us_bank_account: 'US bank account',
  google_pay: 'Google Pay',
};
export const KNOWN_TYPES = Object.keys(TAB_LABELS) as MethodType[];

const TEST_CARDS: Array<[string, string]> = [
  ['4242 4242 4242 4242', 'succeeds'],
  ['4000 0027 6000 3184', '3-D Secure, every time'],
  ['4000 0000 0000 9995', 'insufficient funds'],
  ['4000 0000 0000 0341', 'attaches, then payments fail'],
  ['4000 0000 0000 9987', 'lost card (shown as a generic decline)'],
  ['4000 0000 0000 0069', 'expired card'],
  ['4000 0000 0000 0127', 'incorrect CVC'],
];

let mounted = 0;

export class StandinPaymentElement {
  private readonly handlers = new Map<string, Handler[]>();
  private root: HTMLElement | null = null;
  private readonly panels = new Map<MethodType, HTMLElement>();
  number = '';
  expiry = '';
  cvc = '';
  /** The saved card picked instead of typing one (Stripe's saved-methods list); null: a new card. */
  savedCard: string | null = null;
  /** The tab chosen; cards until the SetupIntent says more is allowed. */
  selected: MethodType = 'card';

  constructor(
    private readonly savedCards: Promise<SavedCard[]> = Promise.resolve([]),
    private readonly methodTypes: Promise<MethodType[]> = Promise.resolve(['card']),
  ) {}

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
    // The card fields show at once; tabs join them once the SetupIntent says which methods it takes.
    const card = this.cardPanel();
    this.panels.set('card', card);
    root.append(card);
    const error = document.createElement('p');
    error.className = 'field-error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    card.insertBefore(error, card.querySelector('.hint'));
    root.addEventListener('input', () => this.read());
    host.replaceChildren(root);
    this.root = root;
    void Promise.all([this.savedCards, this.methodTypes.catch(() => ['card'] as MethodType[])]).then(([saved, types]) => {
      if (this.root === root) {
        this.showTabs(types);
        this.showSaved(saved);
      }
      this.fire('ready');
    });
  }

  private cardPanel(): HTMLElement {
    const panel = document.createElement('div');
    panel.innerHTML = `
      <label>Card number <input name="number" inputmode="numeric" autocomplete="off" placeholder="4242 4242 4242 4242"></label>
      <div class="row">
        <label>Expiry <input name="expiry" autocomplete="off" placeholder="MM / YY"></label>
        <label>CVC <input name="cvc" inputmode="numeric" autocomplete="off" placeholder="123"></label>
      </div>
      <p class="hint">Offline demo: Stripe's test cards, any future expiry, any CVC.</p>
      <div class="cards"></div>`;
    const cards = panel.querySelector('.cards')!;
    for (const [number, label] of TEST_CARDS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${number.slice(-4)} · ${label}`;
      button.title = number;
      button.addEventListener('click', () => this.fill(number));
      cards.append(button);
    }
    return panel;
  }

  /**
   * One tab per method the SetupIntent allows and the stand-in knows. A single method needs no tabs:
   * a card-only intent keeps the card fields alone, a SEPA-only one shows the IBAN fields alone.
   */
  private showTabs(allowed: MethodType[]): void {
    // Google Pay is a card from a wallet: offered where cards are, Stripe picks the methods (more than
    // one), and the browser has the wallet, which offline means the page says so
    // (`<html data-standin-wallets="google_pay">`, as the demo does).
    const hasWallet = (document.documentElement.dataset.standinWallets ?? '').split(/\s+/).includes('google_pay');
    const types = KNOWN_TYPES.filter((t) => (t === 'google_pay' ? hasWallet && allowed.includes('card') && allowed.length > 1 : allowed.includes(t)));
    if (types.length === 0 || (types.length === 1 && types[0] === 'card')) return;
    const id = `pm-standin-${++mounted}`;
    for (const type of types) {
      if (type === 'card') continue;
      const panel = type === 'google_pay' ? walletPanel() : bankPanel(type, `${id}-${type}`);
      panel.hidden = true;
      this.panels.set(type, panel);
      this.root!.append(panel);
    }
    if (types.length === 1) {
      this.select(types[0]!);
      return;
    }
    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.setAttribute('aria-label', 'Payment method');
    for (const type of types) {
      const panel = this.panels.get(type)!;
      panel.id = `${id}-panel-${type}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `${id}-tab-${type}`);
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${id}-tab-${type}`;
      tab.dataset.type = type;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = TAB_LABELS[type];
      tab.addEventListener('click', () => this.select(type));
      tablist.append(tab);
    }
    tablist.addEventListener('keydown', (event) => this.onTabKey(event, types));
    this.root!.prepend(tablist);
    this.select(types[0]!);
  }

  /** Arrows move to the neighbouring tab (wrapping), Home and End to the first and last: the ARIA tabs pattern. */
  private onTabKey(event: KeyboardEvent, types: MethodType[]): void {
    const at = types.indexOf(this.selected);
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: types.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(types[(next + types.length) % types.length]!, true);
  }

  /** Shows `type`'s panel; the selected tab alone is in the tab order (roving tabindex). */
  select(type: MethodType, focusTab = false): void {
    if (!this.panels.has(type)) return;
    this.selected = type;
    for (const tab of this.root?.querySelectorAll<HTMLButtonElement>('[role=tab]') ?? []) {
      const chosen = tab.dataset.type === type;
      tab.setAttribute('aria-selected', String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      if (chosen && focusTab) tab.focus();
    }
    // A card panel the intent does not allow stays hidden, out of the tabs.
    for (const [t, panel] of this.panels) panel.hidden = t !== type;
    // The one error line follows the fields it speaks of.
    const error = this.root?.querySelector<HTMLElement>('.field-error');
    const panel = this.panels.get(type)!;
    if (error) {
      panel.insertBefore(error, panel.querySelector('.hint'));
      error.hidden = true;
      error.textContent = '';
    }
    this.read();
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
    this.panels.get('card')!.prepend(fieldset);
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
    const type = this.selected;
    const empty =
      type === 'card' ? !this.number && !this.expiry && !this.cvc : type === 'google_pay' ? false : isBankEmpty(this.panels.get(type)!, type);
    this.fire('change', { complete: this.validate() === null, empty, value: { type } });
  }

  /** Like Stripe's own field checks: shown next to the fields, and the confirm is not sent. */
  validate(): string | null {
    if (this.selected === 'google_pay') return null; // The wallet holds a complete card.
    if (this.selected !== 'card') return validateBank(this.panels.get(this.selected)!, this.selected);
    if (this.savedCard) return null;
    if (this.number.length < 13) return 'Your card number is incomplete.';
    const match = /^(\d{1,2})\s*\/\s*(\d{2})$/.exec(this.expiry.trim());
    if (!match) return 'Your card’s expiration date is incomplete.';
    if (this.cvc.length < 3) return 'Your card’s security code is incomplete.';
    return null;
  }

  /** What confirmSetup sends for the chosen tab: a saved card's id, a card number, or the bank account. */
  confirmation(customerSessionClientSecret: string | undefined): Record<string, unknown> {
    if (this.selected === 'google_pay') return { wallet: 'google_pay' };
    if (this.selected !== 'card') return { payment_method_data: paymentMethodData(this.panels.get(this.selected)!, this.selected) };
    return this.savedCard ? { payment_method: this.savedCard, customer_session_client_secret: customerSessionClientSecret } : { card: this.number };
  }

  showFieldError(message: string | null): void {
    const error = this.root?.querySelector<HTMLElement>('.field-error');
    if (!error) return;
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  update(): void {}
  focus(): void {
    // The picked choice when saved cards are listed (as Stripe's list), else the chosen tab's first field.
    const panel = this.panels.get(this.selected);
    panel?.querySelector<HTMLInputElement>('input[name=saved]:checked, input:not([type=radio])')?.focus();
  }
  destroy(): void {
    this.root?.remove();
    this.root = null;
    this.panels.clear();
    this.handlers.clear();
  }
}

/** The Google Pay panel: what the real sheet would pay with, in words; saving confirms with it. */
function walletPanel(): HTMLElement {
  const panel = document.createElement('div');
  const text = document.createElement('p');
  text.className = 'hint';
  text.textContent = 'Offline demo: Google Pay pays with the card in your Google account, here Stripe’s test Visa ending in 4242. Save to use it.';
  panel.append(text);
  return panel;
}
