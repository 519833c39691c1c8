/**
 * Messages composed per second by `paymend/notify`: a warm loop over every step and the four
 * locales the tests read (en, de, ja, ar), for the email (HTML + text) and for the SMS.
 * Wired into `npm run bench` by bench/run.ts; also runs alone:
 * `node --import tsx bench/compose.ts`.
 */
import { fileURLToPath } from 'node:url';
import { composeMessage, NOTIFY_STEPS, type ComposeInput, type NotifyChannel } from '../src/notify/index.js';
import type { Status } from '../src/protocol/index.js';

const SECONDS = Number(process.env.BENCH_COMPOSE_SECONDS ?? 2);
const NOW = Date.parse('2026-11-21T09:00:00Z');

const status: Status = {
  v: 1,
  state: 'failed',
  paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2026, wallet: null },
  invoice: {
    id: 'in_bench',
    amountDue: 2900,
    currency: 'eur',
    attemptCount: 1,
    billedAt: '2026-11-20T08:00:00Z',
    nextAttemptAt: '2026-11-25T08:00:00Z',
    hostedInvoiceUrl: null,
  },
  failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null },
  access: { wall: 'soft', endsAt: '2026-12-10T00:00:00Z' },
};

function inputs(channel: NotifyChannel): ComposeInput[] {
  return ['en', 'de', 'ja', 'ar'].flatMap((locale) =>
    NOTIFY_STEPS.map((step) => ({
      step,
      channel,
      status,
      locale,
      link: 'https://acme.example/billing/paymend/update?t=v1.bench',
      merchant: { name: 'Acme Analytics', supportEmail: 'help@acme.example' },
      customerName: 'Ada Lovelace',
      recovered: { amount: { value: 2900, currency: 'eur' }, paidAt: '2026-11-22T10:00:00Z', nextChargeAt: '2026-12-20T08:00:00Z' },
      nextChargeAt: '2027-01-05T08:00:00Z',
      now: NOW,
    })),
  );
}

/** Composes round-robin for `seconds` after a short warm-up; returns messages per second. */
function rate(channel: NotifyChannel, seconds: number): number {
  const list = inputs(channel);
  let sink = 0;
  for (let i = 0; i < 2_000; i++) sink += (composeMessage(list[i % list.length]!) as { link: string }).link.length;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let count = 0;
  while (performance.now() < end) {
    // Check the clock every 100 messages, not after each one.
    for (let i = 0; i < 100; i++, count++) sink += (composeMessage(list[count % list.length]!) as { link: string }).link.length;
  }
  if (sink === 0) throw new Error('nothing was composed');
  return Math.round(count / ((performance.now() - start) / 1000));
}

/** Emails (subject, HTML and text) and SMS composed per second, each measured warm for ~2 s. */
export async function composeBench(): Promise<{ emailsPerSecond: number; smsPerSecond: number }> {
  return { emailsPerSecond: rate('email', SECONDS), smsPerSecond: rate('sms', SECONDS) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await composeBench());
}
