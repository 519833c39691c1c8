/**
 * The page a link that no longer works opens: forged or broken (400), expired (410), or already
 * used because the problem was fixed (410). Calm and useful: what happened in one sentence, where
 * to sign in instead, how to reach support. Never a stack, an id, or which check failed beyond that.
 */
import type { Reply } from '../http.js';
import { newNonce, pageCsp, pageDocument, pageReply } from './page-shell.js';
import { escapeHtml, helpHtml, merchantLine, pageTextFor, type SupportContact } from './page-text.js';

export type CalmReason = 'forged' | 'expired' | 'used';

const KEYS = {
  forged: { title: 'page.invalid.title', body: 'page.invalid.body', status: 400 },
  expired: { title: 'page.expired.title', body: 'page.expired.body', status: 410 },
  used: { title: 'page.used.title', body: 'page.used.body', status: 410 },
} as const;

export interface CalmPageInput {
  reason: CalmReason;
  /** The link's locale when it was ours (expired, used); else the merchant's default. */
  locale: string;
  merchantName?: string | undefined;
  /** Where the customer signs in instead (the app's origin), when known. */
  signInUrl?: string | undefined;
  support?: SupportContact | undefined;
}

/** Pure but for the nonce: the calm page as a Reply. */
export function calmPage(input: CalmPageInput): Reply {
  const text = pageTextFor(input.locale);
  const m = text.messages;
  const keys = KEYS[input.reason];
  const nonce = newNonce();
  const help = helpHtml(text, input.support);
  const body = `<div class="card" lang="${escapeHtml(text.textLang)}" dir="${text.textDir}">
${input.merchantName ? `<p class="merchant">${escapeHtml(merchantLine(input.merchantName))}</p>` : ''}
<h1>${escapeHtml(m[keys.title])}</h1>
<p>${escapeHtml(m[keys.body])}</p>
${input.signInUrl ? `<p class="sign-in"><a href="${escapeHtml(input.signInUrl)}">${escapeHtml(m['page.signIn'])}</a></p>` : ''}
${help ? `<p class="help">${help}</p>` : ''}
</div>`;
  const html = pageDocument({ text, nonce, title: m[keys.title], body });
  // No script at all on this page: the policy does not even name the widget's origin.
  return pageReply(keys.status, html, pageCsp(nonce, "'none'"));
}
