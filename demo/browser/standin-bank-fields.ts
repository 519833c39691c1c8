/**
 * The bank-debit panels of the offline Payment Element: SEPA Direct Debit (name, email, IBAN) and
 * US bank account (name, email, routing and account number), each with Stripe's test numbers as
 * one-click chips and the mandate the customer accepts by saving. Checked as Stripe's fields check
 * them (the IBAN's and routing number's checksums) before anything is sent.
 */
import { isValidIban, isValidRoutingNumber, normalizeIban } from '../stripe-standin/bank-checks.js';

export type BankType = 'sepa_debit' | 'us_bank_account';

interface Field {
  name: string;
  label: string;
  attrs: string;
}

const HOLDER: Field[] = [
  { name: 'name', label: 'Full name', attrs: 'autocomplete="name"' },
  { name: 'email', label: 'Email', attrs: 'type="email" autocomplete="email"' },
];

const FIELDS: Record<BankType, Field[]> = {
  sepa_debit: [...HOLDER, { name: 'iban', label: 'IBAN', attrs: 'autocomplete="off" spellcheck="false" autocapitalize="characters" placeholder="DE00 0000 0000 0000 0000 00"' }],
  us_bank_account: [
    ...HOLDER,
    { name: 'routing_number', label: 'Routing number', attrs: 'inputmode="numeric" autocomplete="off" placeholder="110000000"' },
    { name: 'account_number', label: 'Account number', attrs: 'inputmode="numeric" autocomplete="off" placeholder="000123456789"' },
  ],
};

/** Stripe's test accounts (docs.stripe.com/testing), what the demo's chips fill in. */
const TEST_ACCOUNTS: Record<BankType, Array<[string, string]>> = {
  sepa_debit: [
    ['AT611904300234573201', 'succeeds'],
    ['AT861904300235473202', 'fails'],
    ['AT981904300002222227', 'insufficient funds'],
  ],
  us_bank_account: [
    ['000123456789', 'succeeds'],
    ['000222222227', 'insufficient funds'],
    ['000111111113', 'account closed'],
  ],
};

const MANDATE: Record<BankType, string> = {
  sepa_debit:
    'By saving your IBAN you authorise Paymend Demo and Stripe, its payment provider, to send instructions to your bank to debit your account, and your bank to debit it accordingly. You are entitled to a refund from your bank under its terms, claimed within 8 weeks of the debit.',
  us_bank_account:
    'By saving your bank account you authorize Paymend Demo to debit it through ACH for future payments under your agreement, until you withdraw this authorization.',
};

const HINT: Record<BankType, string> = {
  sepa_debit: 'Offline demo: Stripe’s test IBANs; any name and email. Debits settle days later.',
  us_bank_account: 'Offline demo: routing 110000000 with a test account; confirm the micro-deposits with 32 and 45, or SM11AA.',
};

/** The panel's fields, for `type`; `id` keeps labels and hints unique when several elements share a page. */
export function bankPanel(type: BankType, id: string): HTMLElement {
  const panel = document.createElement('div');
  panel.innerHTML = `${FIELDS[type]
    .map((f) => `<label>${f.label} <input name="${f.name}" ${f.attrs}></label>`)
    .join('')}<p class="mandate" id="${id}-mandate"></p><p class="hint"></p><div class="cards"></div>`;
  panel.querySelector('.mandate')!.textContent = MANDATE[type];
  panel.querySelector('.hint')!.textContent = HINT[type];
  // The mandate is what saving means: the account field points at it.
  panel.querySelector(`input[name=${type === 'sepa_debit' ? 'iban' : 'account_number'}]`)!.setAttribute('aria-describedby', `${id}-mandate`);
  const chips = panel.querySelector('.cards')!;
  for (const [number, label] of TEST_ACCOUNTS[type]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${number.slice(-4)} · ${label}`;
    button.title = number;
    button.addEventListener('click', () => fillBank(panel, type, number));
    chips.append(button);
  }
  return panel;
}

function input(panel: HTMLElement, name: string): HTMLInputElement {
  return panel.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

/** The demo's shortcut: a test account, and a name and email when none was typed. */
export function fillBank(panel: HTMLElement, type: BankType, number: string): void {
  if (!input(panel, 'name').value) input(panel, 'name').value = 'Jenny Rosen';
  if (!input(panel, 'email').value) input(panel, 'email').value = 'jenny.rosen@example.com';
  if (type === 'sepa_debit') input(panel, 'iban').value = number;
  else {
    input(panel, 'routing_number').value = '110000000';
    input(panel, 'account_number').value = number;
  }
  panel.dispatchEvent(new Event('input', { bubbles: true }));
}

function values(panel: HTMLElement, type: BankType): Record<string, string> {
  return Object.fromEntries(FIELDS[type].map((f) => [f.name, input(panel, f.name).value.trim()]));
}

export function isBankEmpty(panel: HTMLElement, type: BankType): boolean {
  return Object.values(values(panel, type)).every((v) => v === '');
}

/** Like Stripe's own field checks: the first problem, in its words; null when complete. */
export function validateBank(panel: HTMLElement, type: BankType): string | null {
  const v = values(panel, type);
  if (!v.name) return 'Your full name is incomplete.';
  if (!v.email) return 'Your email address is incomplete.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email!)) return 'Your email address is invalid.';
  if (type === 'sepa_debit') {
    const iban = normalizeIban(v.iban!);
    if (iban.length < 15) return 'Your IBAN is incomplete.';
    if (!isValidIban(iban)) return 'Your IBAN is invalid.';
    return null;
  }
  if (!/^\d{9}$/.test(v.routing_number!)) return 'Your routing number is incomplete.';
  if (!isValidRoutingNumber(v.routing_number!)) return 'Your routing number is invalid.';
  if (!/^\d{4,17}$/.test(v.account_number!)) return 'Your account number is incomplete.';
  return null;
}

/** What Stripe.js sends for the panel: `payment_method_data` as the API takes it. */
export function paymentMethodData(panel: HTMLElement, type: BankType): Record<string, unknown> {
  const v = values(panel, type);
  const billing_details = { name: v.name, email: v.email };
  return type === 'sepa_debit'
    ? { type, sepa_debit: { iban: normalizeIban(v.iban!) }, billing_details }
    : { type, us_bank_account: { routing_number: v.routing_number, account_number: v.account_number, account_holder_type: 'individual' }, billing_details };
}
