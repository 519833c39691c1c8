// The offline Stripe.js stand-in with a CustomerSession: it lists the session's saved cards as
// radio choices, and a picked saved card confirms the SetupIntent with that card's id (no typing);
// without a session, or when the list cannot be read, it shows only the new-card fields.
import '../../demo/browser/stripe-js-standin.js';
import { deepEqual, equal, ok } from './assert.js';
import { json, restore, stubFetch, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

type StandinStripe = (key: string) => {
  elements(o: { clientSecret: string; customerSessionClientSecret?: string }): {
    create(type: string): { mount(node: HTMLElement): void; on(event: string, handler: () => void): unknown; destroy(): void };
  } & Record<string, unknown>;
  confirmSetup(o: { elements: unknown }): Promise<{ setupIntent?: { status: string }; error?: { message: string } }>;
};
const standin = (window as unknown as { Stripe: StandinStripe }).Stripe;

const SECRET = 'seti_Saved1_secret_abc';
const SESSION = 'cuss_secret_Saved1';
const SAVED = [
  { id: 'pm_visa4242', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
  { id: 'pm_mc1881', brand: 'mastercard', last4: '1881', exp_month: 8, exp_year: 2031 },
];

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
  restore();
});

async function mounted(session: string | undefined, savedAnswer: () => Response) {
  const calls = stubFetch(({ url }) => {
    if (url.includes('/customer_session/payment_methods')) return savedAnswer();
    return json({ id: 'seti_Saved1', status: 'succeeded', client_secret: SECRET });
  });
  const stripe = standin('pk_test');
  const elements = stripe.elements({ clientSecret: SECRET, ...(session ? { customerSessionClientSecret: session } : {}) });
  const element = elements.create('payment');
  let ready = false;
  element.on('ready', () => (ready = true));
  host = document.createElement('div');
  document.body.append(host);
  element.mount(host);
  await until(() => ready, 'the stand-in Payment Element to be ready');
  return { stripe, elements, calls, radios: () => [...host!.querySelectorAll<HTMLInputElement>('input[type=radio]')] };
}

describe('offline Stripe.js stand-in: saved cards', () => {
  it('lists the session’s saved cards, then a new card, which is picked by default', async () => {
    const { radios, calls } = await mounted(SESSION, () => json({ data: SAVED }));
    const labels = radios().map((r) => r.parentElement!.textContent!.trim());
    deepEqual(labels, ['Visa •••• 4242 (12/30)', 'Mastercard •••• 1881 (08/31)', 'A new card']);
    equal(radios()[2]!.checked, true, 'a new card is the default');
    ok(calls[0]!.url.includes(`customer_session_client_secret=${encodeURIComponent(SESSION)}`), 'asks with the session secret');
  });

  it('confirms with the picked saved card’s id and the session, typing nothing', async () => {
    const { stripe, elements, radios, calls } = await mounted(SESSION, () => json({ data: SAVED }));
    radios()[1]!.click();
    const result = await stripe.confirmSetup({ elements });
    equal(result.setupIntent?.status, 'succeeded');
    const confirm = calls.find((c) => c.url.includes('/confirm'))!;
    deepEqual(JSON.parse(confirm.init.body as string), { payment_method: 'pm_mc1881', customer_session_client_secret: SESSION });
  });

  it('going back to "a new card" asks for the card fields again', async () => {
    const { stripe, elements, radios, calls } = await mounted(SESSION, () => json({ data: SAVED }));
    radios()[0]!.click();
    radios()[2]!.click();
    const result = await stripe.confirmSetup({ elements });
    equal(result.error?.message, 'Your card number is incomplete.');
    equal(calls.some((c) => c.url.includes('/confirm')), false, 'nothing is confirmed');
  });

  it('shows no saved cards without a session, asking nothing about them', async () => {
    const { radios, calls } = await mounted(undefined, () => json({ data: SAVED }));
    equal(radios().length, 0);
    // The intent itself is read (which methods it allows, as Stripe.js reads its elements session); saved cards are not.
    equal(calls.filter((c) => c.url.includes('/customer_session/')).length, 0);
  });

  it('shows only the new-card fields when the list cannot be read or is not a list', async () => {
    for (const answer of [() => json({ error: { message: 'no' } }, 500), () => json({ data: 'x' }), () => new Response('not json')]) {
      const { radios } = await mounted(SESSION, answer);
      equal(radios().length, 0);
      host?.remove();
    }
  });
});
