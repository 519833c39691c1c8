// The offline Stripe.js stand-in with bank debits: the Payment Element offers the methods the
// SetupIntent allows as tabs (keyboard-operable, labelled), confirmSetup sends a typed bank account as
// `payment_method_data`, and micro-deposits resolve as Stripe.js resolves them: requires_action, no error.
import { sendKeys } from '@web/test-runner-commands';
import '../../demo/browser/stripe-js-standin.js';
import { deepEqual, equal, ok } from './assert.js';
import { json, restore, stubFetch, until, type FetchCall } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

type Result = { setupIntent?: Record<string, unknown> & { status: string }; error?: { type: string; code?: string; message: string } };
type StandinStripe = (key: string) => {
  elements(o: { clientSecret: string }): { create(type: string): { mount(node: HTMLElement): void; on(event: string, handler: () => void): unknown } };
  confirmSetup(o: { elements: unknown }): Promise<Result>;
  retrieveSetupIntent(secret: string): Promise<Result>;
};
const standin = (window as unknown as { Stripe: StandinStripe }).Stripe;

const SECRET = 'seti_Bank1_secret_abc';
const ALL = ['card', 'sepa_debit', 'us_bank_account'];
const MICRODEPOSITS = {
  type: 'verify_with_microdeposits',
  verify_with_microdeposits: { arrival_date: 1767225600, hosted_verification_url: 'http://127.0.0.1:1/microdeposit/sacs_test_x', microdeposit_type: 'descriptor_code' },
};

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
  restore();
});

/** Mounts the element for an intent allowing `types`; `confirm` answers the confirmation. */
async function mounted(types: string[], confirm: (call: FetchCall) => Response = () => json({ id: 'seti_Bank1', status: 'succeeded' }), width = 0) {
  const intent = { id: 'seti_Bank1', object: 'setup_intent', status: 'requires_payment_method', client_secret: SECRET, payment_method_types: types };
  const calls = stubFetch((call) => (call.url.includes('/confirm') ? confirm(call) : json(intent)));
  const stripe = standin('pk_test');
  const elements = stripe.elements({ clientSecret: SECRET });
  const element = elements.create('payment');
  let ready = false;
  element.on('ready', () => (ready = true));
  host = document.createElement('div');
  if (width) host.style.width = `${width}px`;
  document.body.append(host);
  element.mount(host);
  await until(() => ready, 'the stand-in Payment Element to be ready');
  const tabs = () => [...host!.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const panel = (type: string) => host!.querySelector<HTMLElement>(`[role=tabpanel][id$="-panel-${type}"]`);
  const visible = (name: string) => [...host!.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)].find((i) => i.offsetParent !== null)!;
  /** Types into the visible field as a person would: the element hears an input event. */
  const type = (name: string, value: string) => {
    const input = visible(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const confirms = () => calls.filter((c) => c.url.includes('/confirm'));
  return { stripe, elements, calls, tabs, panel, visible, type, confirms };
}

describe('offline Stripe.js stand-in: bank debits', () => {
  it('offers the methods the SetupIntent allows, as tabs, and no tabs for one method', async () => {
    const all = await mounted(ALL);
    deepEqual(all.tabs().map((t) => t.textContent), ['Card', 'SEPA Direct Debit', 'US bank account']);
    equal(host!.querySelector('[role=tablist]')?.getAttribute('aria-label'), 'Payment method');
    equal(all.tabs()[0]!.getAttribute('aria-selected'), 'true', 'the card tab is chosen first');
    ok(all.calls[0]!.url.includes(`client_secret=${encodeURIComponent(SECRET)}`), 'the intent is read with its client secret');
    host!.remove();

    const sepa = await mounted(['card', 'sepa_debit']);
    deepEqual(sepa.tabs().map((t) => t.textContent), ['Card', 'SEPA Direct Debit']);
    host!.remove();

    await mounted(['card']);
    equal(host!.querySelectorAll('[role=tab]').length, 0, 'a card-only intent shows the card fields alone');
    ok(host!.querySelector<HTMLInputElement>('input[name=number]')!.offsetParent !== null);
    host!.remove();

    const ibanOnly = await mounted(['sepa_debit']);
    equal(host!.querySelectorAll('[role=tab]').length, 0);
    ok(ibanOnly.visible('iban'), 'a SEPA-only intent shows the IBAN fields');
    equal(host!.querySelector<HTMLInputElement>('input[name=number]')!.offsetParent, null, 'and no card fields');
  });

  it('moves between tabs by keyboard (arrows wrap, Home, End), the chosen panel alone shown', async () => {
    const { tabs, panel } = await mounted(ALL);
    const chosen = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!.textContent;
    const shown = () => ALL.filter((type) => !panel(type)!.hidden);
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    equal(chosen(), 'SEPA Direct Debit');
    equal(document.activeElement, tabs()[1], 'focus follows the choice');
    deepEqual(shown(), ['sepa_debit']);
    deepEqual(tabs().map((t) => t.tabIndex), [-1, 0, -1], 'only the chosen tab is in the tab order');
    await sendKeys({ press: 'End' });
    equal(chosen(), 'US bank account');
    await sendKeys({ press: 'ArrowRight' });
    equal(chosen(), 'Card', 'wraps around');
    await sendKeys({ press: 'ArrowLeft' });
    equal(chosen(), 'US bank account');
    await sendKeys({ press: 'Home' });
    equal(chosen(), 'Card');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    equal((document.activeElement as HTMLInputElement).name, 'name', 'Tab goes from the tab into its panel');
    ok(panel('sepa_debit')!.contains(document.activeElement));
  });

  it('labels every field and ties each panel to its tab', async () => {
    const { tabs, panel } = await mounted(ALL);
    for (const tab of tabs()) {
      const controlled = document.getElementById(tab.getAttribute('aria-controls')!)!;
      equal(controlled.getAttribute('aria-labelledby'), tab.id);
    }
    for (const type of ['sepa_debit', 'us_bank_account']) {
      for (const input of panel(type)!.querySelectorAll('input')) ok(input.labels?.[0]?.textContent?.trim(), `${input.name} has a label`);
    }
    const iban = panel('sepa_debit')!.querySelector('input[name=iban]')!;
    ok(document.getElementById(iban.getAttribute('aria-describedby')!)?.textContent?.includes('authorise'), 'the IBAN points at the mandate');
  });

  it('offers Google Pay where the browser has the wallet, and confirms with the wallet, not typed card data', async () => {
    document.documentElement.dataset.standinWallets = 'google_pay';
    try {
      const { stripe, elements, tabs, confirms } = await mounted(ALL);
      deepEqual(tabs().map((t) => t.textContent), ['Card', 'SEPA Direct Debit', 'US bank account', 'Google Pay']);
      tabs()[3]!.click();
      const result = await stripe.confirmSetup({ elements });
      equal(result.setupIntent?.status, 'succeeded');
      deepEqual(JSON.parse(confirms()[0]!.init.body as string), { wallet: 'google_pay' });
      host!.remove();
      await mounted(['card']);
      equal(host!.querySelectorAll('[role=tab]').length, 0, 'a card-only intent: the card fields alone, as Stripe shows');
    } finally {
      delete document.documentElement.dataset.standinWallets;
    }
  });

  it('confirms a typed IBAN with payment_method_data, as Stripe.js sends it', async () => {
    const { stripe, elements, tabs, type, confirms } = await mounted(ALL);
    tabs()[1]!.click();
    type('name', 'Jenny Rosen');
    type('email', 'jenny@example.com');
    type('iban', 'at61 1904 3002 3457 3201');
    const result = await stripe.confirmSetup({ elements });
    equal(result.setupIntent?.status, 'succeeded');
    deepEqual(JSON.parse(confirms()[0]!.init.body as string), {
      payment_method_data: { type: 'sepa_debit', sepa_debit: { iban: 'AT611904300234573201' }, billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' } },
    });
  });

  it('checks the fields first: an IBAN with a wrong checksum, a bad routing number; nothing is sent', async () => {
    const { stripe, elements, tabs, type, confirms } = await mounted(ALL);
    tabs()[1]!.click();
    type('name', 'Jenny Rosen');
    type('email', 'jenny@example.com');
    type('iban', 'AT611904300234573202');
    const iban = await stripe.confirmSetup({ elements });
    equal(iban.error?.type, 'validation_error');
    equal(iban.error?.message, 'Your IBAN is invalid.');
    equal(host!.querySelector<HTMLElement>('.field-error:not([hidden])')?.textContent, 'Your IBAN is invalid.', 'shown beside the fields');
    tabs()[2]!.click();
    type('name', 'Jenny Rosen');
    type('email', 'jenny@example.com');
    type('routing_number', '110000001');
    type('account_number', '000123456789');
    equal((await stripe.confirmSetup({ elements })).error?.message, 'Your routing number is invalid.');
    equal(confirms().length, 0);
  });

  it('micro-deposits: confirmSetup and retrieveSetupIntent resolve with requires_action and its next_action, no error, no dialog', async () => {
    const waiting = { id: 'seti_Bank1', status: 'requires_action', client_secret: SECRET, next_action: MICRODEPOSITS, last_setup_error: null };
    const { stripe, elements, tabs, confirms } = await mounted(ALL, () => json(waiting));
    tabs()[2]!.click();
    // The demo's chip fills Stripe's test account and a holder.
    host!.querySelector<HTMLButtonElement>('[id$="-panel-us_bank_account"] .cards button')!.click();
    const result = await stripe.confirmSetup({ elements });
    equal(result.error, undefined);
    equal(result.setupIntent?.status, 'requires_action');
    deepEqual(result.setupIntent?.next_action, MICRODEPOSITS);
    equal(document.querySelector('dialog.pm-3ds'), null, 'no 3-D Secure dialog: the customer confirms the deposits later');
    deepEqual(JSON.parse(confirms()[0]!.init.body as string).payment_method_data, {
      type: 'us_bank_account',
      us_bank_account: { routing_number: '110000000', account_number: '000123456789', account_holder_type: 'individual' },
      billing_details: { name: 'Jenny Rosen', email: 'jenny.rosen@example.com' },
    });
    restore();
    stubFetch(() => json(waiting));
    const retrieved = await stripe.retrieveSetupIntent(SECRET);
    equal(retrieved.setupIntent?.status, 'requires_action');
    equal((retrieved.setupIntent?.next_action as { type: string }).type, 'verify_with_microdeposits');
  });

  it('a refusal from Stripe (a real account in test mode) resolves as { error }', async () => {
    const refusal = { error: { type: 'invalid_request_error', code: 'payment_method_invalid_parameter_testmode', message: 'Not a test IBAN.', param: 'payment_method_data[sepa_debit][iban]' } };
    const { stripe, elements, tabs, type } = await mounted(ALL, () => json(refusal, 400));
    tabs()[1]!.click();
    type('name', 'Jenny Rosen');
    type('email', 'jenny@example.com');
    type('iban', 'GB82WEST12345698765432');
    const result = await stripe.confirmSetup({ elements });
    equal(result.setupIntent, undefined);
    equal(result.error?.code, 'payment_method_invalid_parameter_testmode');
    equal(result.error?.message, 'Not a test IBAN.');
  });

  it('at 320 px wide no field, tab or chip overflows, whichever tab is chosen', async () => {
    const { tabs } = await mounted(ALL, undefined, 320);
    const root = host!.querySelector<HTMLElement>('.pm-standin')!;
    for (const tab of tabs()) {
      tab.click();
      const edge = host!.getBoundingClientRect().right + 0.5;
      for (const node of root.querySelectorAll<HTMLElement>('input, button')) {
        if (node.offsetParent === null) continue;
        ok(node.getBoundingClientRect().right <= edge, `${tab.textContent}: ${node.outerHTML.slice(0, 60)} ends at ${node.getBoundingClientRect().right}, the form at ${edge}`);
      }
      ok(root.scrollWidth <= root.clientWidth, `${tab.textContent}: the form scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    }
  });
});
