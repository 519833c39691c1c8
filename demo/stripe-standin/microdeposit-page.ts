/**
 * The hosted micro-deposit verification page (`next_action.verify_with_microdeposits.hosted_verification_url`),
 * served by the stand-in on its own origin as Stripe serves it on payments.stripe.com: the customer
 * types the descriptor code, or the two amounts, and the page calls the same verification as
 * `POST /v1/setup_intents/:id/verify_microdeposits`. Plain HTML, no script: it works under any CSP.
 */
import { debitState, verifyMicrodepositsFor } from './bank-debits.js';
import type { Engine } from './engine.js';
import { StripeApiError } from './errors.js';
import { parseForm, FormError } from './form.js';
import { setupIntentForToken } from './microdeposits.js';

export interface PageReply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // The page's own inline styles and its form posting back here; nothing else.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
};

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; padding: 1.25rem; color: #1f2430; background: #f6f8fa; }
main { max-width: 26rem; margin: 0 auto; background: #fff; border-radius: 10px; padding: 1.25rem; box-shadow: 0 2px 10px rgb(0 0 0 / .08); }
h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
p { line-height: 1.45; }
form { display: grid; gap: .6rem; margin: 1rem 0; }
label { display: grid; gap: .25rem; font-size: .9rem; }
input { font: inherit; box-sizing: border-box; width: 100%; min-width: 0; padding: .55rem .7rem; border: 1px solid #8a93a6; border-radius: 6px; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .6rem; }
button { font: inherit; padding: .6rem 1rem; border: 0; border-radius: 6px; background: #1f2430; color: #fff; cursor: pointer; }
.error { color: #b42318; }
.ok { color: #067647; }
.hint { font-size: .8rem; color: #4b5563; }
`;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Stripe test mode</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

function verificationForm(token: string, error?: string): string {
  const action = `/microdeposit/${escape(token)}`;
  return page(
    'Verify your bank account',
    `<h1>Verify your bank account</h1>
<p>Stripe sent a deposit of 0.01 USD to your account. Its statement description holds a 6-character code starting with SM.</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="${action}">
  <label>Code from the deposit's description <input name="descriptor_code" autocomplete="off" maxlength="6" required aria-describedby="code-hint"></label>
  <p class="hint" id="code-hint">Test mode: SM11AA verifies the account.</p>
  <button type="submit">Verify with the code</button>
</form>
<form method="post" action="${action}">
  <p>Got two small deposits instead? Enter their amounts.</p>
  <div class="row">
    <label>First amount <input name="amount1" inputmode="decimal" autocomplete="off" required placeholder="0.32"></label>
    <label>Second amount <input name="amount2" inputmode="decimal" autocomplete="off" required placeholder="0.45"></label>
  </div>
  <p class="hint">Test mode: 0.32 and 0.45 verify the account.</p>
  <button type="submit">Verify with the amounts</button>
</form>`,
  );
}

/** "0.32", "32" or "$0.32" -> 32 cents; NaN when it is no amount. */
function cents(value: string): number {
  const text = value.trim().replace(/^\$/, '');
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d*\.\d{1,2}$/.test(text)) return Math.round(Number(text) * 100);
  return Number.NaN;
}

/** GET shows the form; POST verifies with what the customer typed. Unknown or used tokens get a 404 page. */
export function serveMicrodepositPage(engine: Engine, method: string, token: string, rawBody: string): PageReply {
  const siId = setupIntentForToken(debitState(engine), token);
  if (!siId) {
    return {
      status: 404,
      headers: HEADERS,
      body: page('Link expired', '<h1>This link is no longer valid</h1><p>The account was verified already, or the verification ended. You can close this page.</p>'),
    };
  }
  if (method === 'GET' || method === 'HEAD') return { status: 200, headers: HEADERS, body: verificationForm(token) };
  if (method !== 'POST') return { status: 405, headers: { ...HEADERS, Allow: 'GET, POST' }, body: page('Not allowed', '<h1>Not allowed</h1>') };
  try {
    const form = parseForm(rawBody);
    const code = typeof form.descriptor_code === 'string' ? form.descriptor_code : undefined;
    const amounts =
      code === undefined && typeof form.amount1 === 'string' && typeof form.amount2 === 'string' ? [cents(form.amount1), cents(form.amount2)] : undefined;
    if (amounts?.some(Number.isNaN)) return { status: 400, headers: HEADERS, body: verificationForm(token, 'Enter each amount as shown on your statement, for example 0.32.') };
    const si = verifyMicrodepositsFor(engine, siId, { amounts, descriptorCode: code });
    const verified = si.status === 'succeeded';
    return {
      status: 200,
      headers: HEADERS,
      body: verified
        ? page('Bank account verified', '<h1 class="ok">Bank account verified</h1><p>Thank you. You can close this page and go back to where you were.</p>')
        : page('Verification ended', `<h1>Verification ended</h1><p class="error">${escape(si.last_setup_error?.message ?? 'The account could not be verified.')}</p>`),
    };
  } catch (error) {
    if (!(error instanceof StripeApiError) && !(error instanceof FormError)) throw error;
    const message = error.message;
    // After too many attempts there is nothing left to try on this page.
    if (error instanceof StripeApiError && error.body.code === 'payment_method_microdeposit_verification_attempts_exceeded') {
      return { status: 400, headers: HEADERS, body: page('Verification ended', `<h1>Verification ended</h1><p class="error" role="alert">${escape(message)}</p>`) };
    }
    return { status: 400, headers: HEADERS, body: verificationForm(token, message) };
  }
}
