/**
 * The tone of a message about a failed payment, decided from Stripe's codes through the banner's
 * catalog (`paymend/explain`), so an email and the banner never disagree about what happened.
 *
 * - `soft`: nothing is wrong with the card (not enough funds right now, a limit, a bank that asks
 *   to try later): the words reassure and suggest waiting or adding funds.
 * - `hard`: this card or account can no longer pay, and the customer fixes it with another one
 *   (expired, closed, not supported, or the network's `do_not_try_again`).
 * - `neutral`: everything else, generic declines included. Stripe asks that `fraudulent`,
 *   `lost_card`, `stolen_card` and `merchant_blacklist` read exactly like `generic_decline`, so
 *   they are neutral whatever advice comes with them: a different tone would reveal them.
 */
import { entryFor, UNREVEALED_DECLINE_CODES, type Entry, type FailureCodes } from '../explain/index.js';

export type Tone = 'soft' | 'hard' | 'neutral';

/** Entries where retrying later or adding funds can work with the same card. */
const SOFT_ENTRIES: ReadonlySet<Entry> = new Set<Entry>(['insufficient_funds', 'limit_exceeded', 'temporary']);

/** Entries where this method will not pay again and the customer can switch to another one. */
const HARD_ENTRIES: ReadonlySet<Entry> = new Set<Entry>([
  'expired_card',
  'account_closed',
  'card_not_supported',
  'currency_not_supported',
  'bank_account_problem',
]);

const unrevealed = (code: unknown) => (UNREVEALED_DECLINE_CODES as readonly unknown[]).includes(code);

/** The tone for a failure (`Status.failure`). Unknown or missing codes are neutral; never throws. */
export function toneOf(failure: FailureCodes | null | undefined): Tone {
  if (!failure) return 'neutral';
  const { code, declineCode, adviceCode } = failure;
  if (unrevealed(declineCode) || unrevealed(code)) return 'neutral';
  // The network's advice knows more than the decline code about whether a retry can work.
  if (adviceCode === 'do_not_try_again' || declineCode === 'do_not_try_again') return 'hard';
  if (adviceCode === 'try_again_later') return 'soft';
  const entry = entryFor(code, declineCode);
  if (HARD_ENTRIES.has(entry)) return 'hard';
  if (SOFT_ENTRIES.has(entry)) return 'soft';
  return 'neutral';
}
