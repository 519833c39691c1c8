/**
 * Bank accounts Stripe verifies with micro-deposits (ACH): the customer's SetupIntent ends in
 * `requires_action` (`verify_with_microdeposits`) and only succeeds days later, when they enter the
 * amounts or code on Stripe's hosted page. The form has long closed by then, so nobody calls
 * `/complete`: the handler finishes the update itself when Stripe says the SetupIntent succeeded —
 * pays what is overdue with the account and makes it the default everywhere, as `/complete` would.
 *
 * Only a SetupIntent that Paymend created and saw waiting for micro-deposits is finished this way,
 * and only while it is the customer's latest update: a card adopted in the meantime forgets it, so a
 * bank account verified a week later never replaces the card the customer chose after it.
 */
import type Stripe from 'stripe';
import type { CompleteOutcome, StripeGateway } from './gateway.js';
import type { Logger } from './options.js';
import type { RetryLedger } from './retry-ledger.js';
import type { Store } from './stores/types.js';
import { ADOPTION_MEMORY_MS, isPaymendSetupIntent } from './setup-intent-freshness.js';

/** Stripe gives the customer 10 days to verify; a little longer, so a late success still finds its mark. */
export const VERIFYING_MEMORY_MS = 14 * 86_400_000;

export interface VerifiedLaterDeps {
  gateway: Pick<StripeGateway, 'completeUpdate'>;
  store: Pick<Store, 'setValue' | 'getValue' | 'deleteValue' | 'adoptSetupIntent' | 'count'>;
  logger: Logger;
  now(): number;
  retries?: RetryLedger;
}

const verifyingKey = (customerId: string) => `verifying:${customerId}`;

interface SetupIntentObject {
  object?: unknown;
  id?: unknown;
  metadata?: Record<string, string> | null;
  next_action?: { type?: unknown } | null;
}

/** The SetupIntent an event is about, when it is one of Paymend's. */
function paymendSetupIntent(event: Pick<Stripe.Event, 'data'>): (SetupIntentObject & { id: string }) | null {
  const object = event.data.object as SetupIntentObject;
  if (object.object !== 'setup_intent' || typeof object.id !== 'string') return null;
  return isPaymendSetupIntent(object.metadata) ? (object as SetupIntentObject & { id: string }) : null;
}

/**
 * Remembers a SetupIntent waiting for micro-deposits, and finishes it when it succeeds. Returns what
 * finishing it did, or null when there was nothing to finish (any other event: called for every one). Errors reaching Stripe throw (the
 * webhook is delivered again); the mark stays until the update is finished.
 */
export async function onVerifiedLaterEvent(
  deps: VerifiedLaterDeps,
  event: Pick<Stripe.Event, 'type' | 'data'>,
  customerId: string,
): Promise<CompleteOutcome | null> {
  const intent = paymendSetupIntent(event);
  if (!intent) return null;
  const key = verifyingKey(customerId);
  if (event.type === 'setup_intent.requires_action') {
    if (intent.next_action?.type === 'verify_with_microdeposits') await deps.store.setValue(key, intent.id, VERIFYING_MEMORY_MS);
    return null;
  }
  if (event.type !== 'setup_intent.succeeded' || (await deps.store.getValue(key)) !== intent.id) return null;
  // The customer is not here: their bank cannot ask them anything, and the retry discipline still holds.
  const outcome = await deps.gateway.completeUpdate(customerId, intent.id, {
    accept: () => undefined,
    offSession: true,
    ...(deps.retries ? { retries: deps.retries } : {}),
  });
  await deps.store.deleteValue(key);
  if (outcome.failure) {
    deps.logger.warn(`a verified bank account of ${customerId} was not adopted: paying with it failed (${outcome.failure.code ?? 'unknown'})`);
    return outcome;
  }
  await deps.store.adoptSetupIntent(customerId, { id: intent.id, at: deps.now() }, ADOPTION_MEMORY_MS);
  await deps.store.count({ 'server.bankAccountsVerifiedLater': 1 }).catch((error: unknown) => deps.logger.error('counting failed', error));
  return outcome;
}

/** A later update replaces the one waiting for micro-deposits: it must not take over when verified. */
export async function forgetVerifiedLater(store: Pick<Store, 'deleteValue'>, customerId: string): Promise<void> {
  await store.deleteValue(verifyingKey(customerId));
}
