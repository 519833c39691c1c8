import type { CompleteRequest } from '../../protocol/index.js';
import { endpointUrl } from '../../internal/api-client.js';
import { PATHS } from '../../protocol/constants.js';

/**
 * SetupIntents that Stripe confirmed but whose `/complete` never answered, per endpoint. Kept in
 * `sessionStorage` (this tab, across reloads; page memory when storage is unavailable), so closing
 * the form, or reloading the page in the middle of the bank's confirmation, still finishes with the
 * card the customer already entered: without it, a payment confirmed after a reload would leave the
 * old card as the default. The handler is idempotent: finishing twice never charges twice. The
 * client secret is kept with the id because `/complete` wants it as proof; the SetupIntent already
 * succeeded, so the secret can no longer confirm anything, and the storage is this tab's alone.
 */
export const unfinished = {
  inPage: new Map<string, CompleteRequest>(),
  key: (endpoint: string) => `paymend-unfinished ${endpointUrl(endpoint, PATHS.complete)}`,
  get(endpoint: string): CompleteRequest | undefined {
    try {
      const stored = parseUnfinished(sessionStorage.getItem(this.key(endpoint)));
      if (stored) return stored;
    } catch {
      // Storage unavailable (sandboxed frame, privacy mode): page memory only.
    }
    return this.inPage.get(endpoint);
  },
  set(endpoint: string, request: CompleteRequest): void {
    this.inPage.set(endpoint, request);
    try {
      sessionStorage.setItem(this.key(endpoint), JSON.stringify(request));
    } catch {
      // Page memory only.
    }
  },
  delete(endpoint: string): void {
    this.inPage.delete(endpoint);
    try {
      sessionStorage.removeItem(this.key(endpoint));
    } catch {
      // Page memory only.
    }
  },
};

const SETUP_INTENT_ID = /^seti_[A-Za-z0-9]+$/;

/** An unfinished update as stored: an object with a SetupIntent id, or (older releases) the bare id. */
function parseUnfinished(stored: string | null): CompleteRequest | undefined {
  if (!stored) return undefined;
  if (SETUP_INTENT_ID.test(stored)) return { setupIntentId: stored };
  try {
    const value = JSON.parse(stored) as Partial<CompleteRequest> | null;
    if (typeof value?.setupIntentId !== 'string' || !SETUP_INTENT_ID.test(value.setupIntentId)) return undefined;
    return typeof value.clientSecret === 'string' ? { setupIntentId: value.setupIntentId, clientSecret: value.clientSecret } : { setupIntentId: value.setupIntentId };
  } catch {
    return undefined;
  }
}
