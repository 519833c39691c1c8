/**
 * Whether `/complete` may act on a SetupIntent now. Knowing a SetupIntent id is no proof that the
 * customer is finishing a card update: a link carrying an old one (`?setup_intent=seti_…` of a past
 * update) would otherwise re-adopt that old card and charge the open invoice to it, with no click.
 * So `/complete` takes only a SetupIntent Paymend created, recently, and not overtaken by a later
 * update; and when the browser sends the SetupIntent's client secret as proof, it must match.
 * Pure, no clock of its own, like `derive.ts`; the Stripe read and the store read are the caller's.
 */
import { z } from 'zod';
import type { AdoptedSetupIntent } from './stores/types.js';

/** A card update is finished within a day or started again: an older SetupIntent is stale. */
export const SETUP_INTENT_MAX_AGE_MS = 24 * 3_600_000;

/**
 * How long the store remembers the last adopted SetupIntent: past the age bound every SetupIntent
 * it could overrule is stale anyway.
 */
export const ADOPTION_MEMORY_MS = 2 * SETUP_INTENT_MAX_AGE_MS;

/**
 * Stripe's `created` is in whole seconds and its clock is not ours: a SetupIntent counts as older
 * than an adoption only when it was certainly created before it.
 */
const CLOCK_SLACK_MS = 5_000;

/** The fields of a SetupIntent that say where it came from and when. */
export const SetupIntentOriginSchema = z.looseObject({
  id: z.string(),
  /** Unix seconds. */
  created: z.number(),
  metadata: z.record(z.string(), z.string()).nullish(),
});
export type SetupIntentOrigin = z.infer<typeof SetupIntentOriginSchema>;

/** The metadata `/setup-intent` puts on every SetupIntent it creates: how Paymend knows its own. */
export const PAYMEND_SETUP_METADATA = { paymend: '1' } as const;

/** Whether a SetupIntent's metadata says Paymend created it. */
export function isPaymendSetupIntent(metadata: Record<string, string> | null | undefined): boolean {
  return metadata?.paymend === PAYMEND_SETUP_METADATA.paymend;
}

export type Freshness = 'fresh' | 'foreign' | 'expired' | 'superseded';

/**
 * `foreign`: not created by Paymend's `/setup-intent` (another integration's, or the Dashboard's).
 * `expired`: older than `maxAgeMs`. `superseded`: another SetupIntent was adopted after this one was
 * created, so this one belongs to an earlier update. The SetupIntent last adopted stays `fresh`
 * (within the age bound): a retry after a dropped answer, or the call after 3-D Secure, must work.
 */
export function setupIntentFreshness(
  intent: SetupIntentOrigin,
  lastAdopted: AdoptedSetupIntent | null,
  now: number,
  maxAgeMs = SETUP_INTENT_MAX_AGE_MS,
): Freshness {
  if (!isPaymendSetupIntent(intent.metadata)) return 'foreign';
  const createdMs = intent.created * 1000;
  if (now - createdMs > maxAgeMs) return 'expired';
  if (lastAdopted && lastAdopted.id !== intent.id && createdMs + 1000 + CLOCK_SLACK_MS <= lastAdopted.at) return 'superseded';
  return 'fresh';
}

/**
 * Compares the proof the browser sent with the SetupIntent's client secret in constant time: both
 * are hashed first, so neither their contents nor their lengths leak through timing.
 */
export async function proofMatches(proof: string, clientSecret: string | null | undefined): Promise<boolean> {
  if (!clientSecret) return false;
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(proof)),
    crypto.subtle.digest('SHA-256', encoder.encode(clientSecret)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= x[i]! ^ y[i]!;
  return difference === 0;
}
