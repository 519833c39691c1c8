/**
 * Counts the `expiring` warnings Stripe's card updater made unnecessary: a customer was told their
 * card runs out (the banner's `shown` beacon in state `expiring`, or an expiring notice sent), and then
 * the card network renewed that very card (`payment_method.automatically_updated`). Counted once per
 * payment method, as `server.expiringAvoidedByUpdater`: how often a warning could have waited.
 */
import type { Logger } from './options.js';
import type { Store } from './stores/types.js';

/** An annual plan warns up to a year ahead; the updater may renew the card any time before it runs out. */
export const EXPIRING_SHOWN_MEMORY_MS = 400 * 86_400_000;
const PM_ID = /^(pm|card|src)_[A-Za-z0-9]{1,250}$/;

export interface UpdaterAvoidedDeps {
  store: Pick<Store, 'setValue' | 'getValue' | 'claimOnce' | 'count'>;
  logger: Logger;
  /** The card the customer's status is about now, and that status's state (from the cached snapshot). */
  currentCard(customerId: string): Promise<{ paymentMethodId: string | null; state: string }>;
}

export function createUpdaterAvoided(deps: UpdaterAvoidedDeps) {
  const shownKey = (pm: string) => `expiring-shown:${pm}`;
  return {
    /**
     * An expiring warning reached the customer: remember which card it was about. A beacon is the
     * browser's word, so it counts only while the status really is `expiring` (`checkState`); a notice
     * was sent by the server itself. Never throws.
     */
    async expiringShown(customerId: string, checkState: boolean): Promise<void> {
      try {
        const { paymentMethodId: pm, state } = await deps.currentCard(customerId);
        if (checkState && state !== 'expiring') return;
        if (pm && PM_ID.test(pm)) await deps.store.setValue(shownKey(pm), '1', EXPIRING_SHOWN_MEMORY_MS, { ifAbsent: true });
      } catch (error) {
        deps.logger.error('remembering an expiring warning failed', error);
      }
    },
    /** The updater renewed `paymentMethodId`: count it once if a warning about it had been shown. Never throws. */
    async renewed(paymentMethodId: string): Promise<void> {
      try {
        if (!PM_ID.test(paymentMethodId) || (await deps.store.getValue(shownKey(paymentMethodId))) === null) return;
        if (await deps.store.claimOnce(`counted:updater:${paymentMethodId}`, EXPIRING_SHOWN_MEMORY_MS)) {
          await deps.store.count({ 'server.expiringAvoidedByUpdater': 1 });
        }
      } catch (error) {
        deps.logger.error('counting a warning the card updater made unnecessary failed', error);
      }
    },
  };
}
