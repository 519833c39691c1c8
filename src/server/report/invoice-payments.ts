/**
 * What an invoice's payments say, read from Stripe once per fact the ledger needs: the decline codes
 * and method of a failed attempt, the method that finally paid. Since API 2025-03-31 the invoice no
 * longer names its PaymentIntent: it is reached through the invoice's `payments` list.
 */
import type Stripe from 'stripe';

export interface AttemptFacts {
  code: string | null;
  declineCode: string | null;
  adviceCode: string | null;
  paymentMethodId: string | null;
  paymentMethodType: string | null;
}

interface LooseIntent {
  status?: string;
  payment_method?: string | { id?: string; type?: string } | null;
  last_payment_error?: {
    code?: string | null;
    decline_code?: string | null;
    advice_code?: string | null;
    payment_method?: { id?: string; type?: string } | null;
  } | null;
}

interface LoosePayment {
  status?: string;
  payment?: { payment_intent?: LooseIntent | string | null } | null;
  created?: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.length <= 255 ? value : null);

/** The PaymentIntents of an invoice, newest first. */
async function intentsOf(stripe: Stripe, invoiceId: string, request: Stripe.RequestOptions): Promise<{ payment: LoosePayment; intent: LooseIntent }[]> {
  const invoice = (await stripe.invoices.retrieve(invoiceId, { expand: ['payments.data.payment.payment_intent'] }, request)) as unknown as {
    payments?: { data?: LoosePayment[] };
  };
  return (invoice.payments?.data ?? [])
    .map((payment) => ({ payment, intent: payment.payment?.payment_intent }))
    .filter((p): p is { payment: LoosePayment; intent: LooseIntent } => !!p.intent && typeof p.intent === 'object')
    .sort((a, b) => (b.payment.created ?? 0) - (a.payment.created ?? 0));
}

function methodOf(intent: LooseIntent): { id: string | null; type: string | null } {
  const fromError = intent.last_payment_error?.payment_method;
  const own = intent.payment_method;
  if (fromError && typeof fromError === 'object') return { id: str(fromError.id), type: str(fromError.type) };
  if (own && typeof own === 'object') return { id: str(own.id), type: str(own.type) };
  return { id: str(own), type: null };
}

/** The latest failed attempt's codes and method; all null when Stripe says nothing. */
export async function failedAttempt(stripe: Stripe, invoiceId: string, request: Stripe.RequestOptions): Promise<AttemptFacts> {
  const intents = await intentsOf(stripe, invoiceId, request);
  const failed = intents.find(({ intent }) => intent.last_payment_error) ?? intents[0];
  const error = failed?.intent.last_payment_error;
  const method = failed ? methodOf(failed.intent) : { id: null, type: null };
  return {
    code: str(error?.code),
    declineCode: str(error?.decline_code),
    adviceCode: str(error?.advice_code),
    paymentMethodId: method.id,
    paymentMethodType: method.type,
  };
}

/** The payment method of the payment that paid the invoice, if Stripe names one. */
export async function payingMethod(stripe: Stripe, invoiceId: string, request: Stripe.RequestOptions): Promise<string | null> {
  const intents = await intentsOf(stripe, invoiceId, request);
  const paid = intents.find(({ payment, intent }) => payment.status === 'paid' || intent.status === 'succeeded');
  const method = paid?.intent.payment_method;
  return method && typeof method === 'object' ? str(method.id) : str(method);
}
