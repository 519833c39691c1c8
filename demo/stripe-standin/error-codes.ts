/**
 * The error codes Stripe documents (docs.stripe.com/error-codes), taken from the `stripe`
 * package's own list so the stand-in cannot answer with a code real Stripe never sends: a
 * handler matching an invented code would pass here and fail in production.
 */
import type Stripe from 'stripe';

/** Drops the SDK's `OtherString` escape hatch (`string & {}`), keeping only the listed literals. */
type KnownLiterals<T> = T extends string ? (string extends T ? never : T) : never;

export type DocumentedErrorCode = KnownLiterals<Stripe.PaymentIntent.LastPaymentError.Code>;
