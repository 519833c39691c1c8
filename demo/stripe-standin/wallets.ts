/**
 * Wallets, as far as an offline page can show them. Real Google Pay and Apple Pay run in the Payment
 * Element's own frames against the customer's Google or Apple account; what reaches Stripe, and
 * Paymend, is a card PaymentMethod with `card.wallet` set. The stand-in makes exactly that object
 * from Stripe's test Visa, so the demo and the tests follow a wallet through the same code as Stripe's.
 */
import { findTestCard } from './cards.js';
import type { Engine } from './engine.js';
import type { CardPaymentMethod, CardWallet } from './payment-method-types.js';

export type WalletType = CardWallet['type'];
export const WALLET_TYPES: readonly WalletType[] = ['google_pay', 'apple_pay'];

/** The card a test wallet holds: Stripe's Visa 4242, tokenized by the wallet. */
export function walletPaymentMethod(engine: Engine, wallet: WalletType): CardPaymentMethod {
  const pm = engine.newPaymentMethod(findTestCard('4242424242424242')!);
  pm.card.wallet = { type: wallet, dynamic_last4: pm.card.last4, [wallet]: {} };
  return pm;
}
