/**
 * `paymend/explain`: Stripe's codes and Paymend's billing states, explained in plain words in the
 * reader's language. DOM-free, so a merchant's emails can say exactly what the banner says.
 *
 * ```ts
 * const text = await explain({ code: 'card_declined', declineCode: 'insufficient_funds' }, {
 *   locale: 'de',
 *   params: { brand: 'visa', last4: '4242', amount: { value: 2900, currency: 'eur' } },
 * });
 * // text.title, text.body, text.action — and text.nextStep for your own button
 * ```
 */
import type { Status } from '../protocol/index.js';
import { brandName, formatAmount, formatDate, formatMonthYear } from '../translations/format.js';
import { en, formattingLocale, loadTranslation } from '../translations/index.js';
import type { Translation } from '../translations/types.js';
import { ADVICE_NEXT_STEP, CATALOG, type FixBy, type NextStep, type Severity } from './catalog.js';
import { ADVICE_CODES, entryFor, type AdviceCode, type Entry } from './codes.js';

export * from './codes.js';
export * from './catalog.js';

/** What Stripe said, as the wire protocol carries it (`failure`) or as a Stripe error has it. */
export interface FailureCodes {
  code?: string | null;
  declineCode?: string | null;
  adviceCode?: string | null;
}

/** Values woven into the text, formatted with `Intl` for the reader's locale. */
export interface ExplainParams {
  brand?: string | null;
  last4?: string | null;
  /** Amount due in minor units, as Stripe counts them. */
  amount?: { value: number; currency: string } | null;
  /** When the payment was first tried (the renewal's billing date). */
  billedAt?: Date | string | number | null;
  /** When Stripe will try the payment again. */
  retryAt?: Date | string | number | null;
  /** When access ends unless the payment is fixed. */
  accessEndsAt?: Date | string | number | null;
}

export interface ExplainOptions {
  /** BCP 47 tag; unknown tags fall back (`de-AT` → `de`, anything → `en`). */
  locale?: string | null;
  params?: ExplainParams;
  /** The moment to explain at (ms); an end of access already past is not announced. Default: now. */
  now?: number;
}

export interface Explanation {
  /** Stable catalog key, e.g. `decline.insufficient_funds`; never a raw Stripe code. */
  key: `decline.${Entry}`;
  severity: Severity;
  fixBy: FixBy;
  nextStep: NextStep;
  title: string;
  /** The reason, then the amount due, the retry date and the end of access when given. */
  body: string;
  /** The recommended next step as a short imperative, e.g. "Use a different card". */
  action: string;
  /** The card in running text, e.g. "Visa ending in 4242", when brand or last4 were given. */
  card: string | null;
  locale: string;
  dir: 'ltr' | 'rtl';
}

function isAdvice(value: unknown): value is AdviceCode {
  return typeof value === 'string' && (ADVICE_CODES as readonly string[]).includes(value);
}

/** The card in running text, or null when nothing is known about it. */
export function describeCard(
  t: Translation,
  method: { type?: string | null; brand?: string | null; last4?: string | null } | null | undefined,
): string | null {
  if (!method || (!method.brand && !method.last4 && !method.type)) return null;
  const m = t.messages;
  const isCard = method.type == null || method.type === 'card';
  const brand = isCard ? (brandName(method.brand ?? null) ?? m['card.generic']) : m['paymentMethod.generic'];
  return m['card.description']({ brand, last4: method.last4 ?? null });
}

/** `explain` with a translation already loaded: synchronous, for the widget's render path. */
export function explainWith(t: Translation, failure: FailureCodes | null | undefined, options: ExplainOptions = {}): Explanation {
  const entry = entryFor(failure?.code, failure?.declineCode);
  const facts = CATALOG[entry];
  const advice = failure?.adviceCode;
  const nextStep = isAdvice(advice) ? ADVICE_NEXT_STEP[advice] : facts.nextStep;
  const locale = formattingLocale(options.locale, t);
  const m = t.messages;
  const p = options.params ?? {};
  const amount = p.amount ? formatAmount(locale, p.amount.value, p.amount.currency) : null;
  const billed = formatDate(locale, p.billedAt);
  const retry = formatDate(locale, p.retryAt);
  const endsAt = p.accessEndsAt == null ? NaN : new Date(p.accessEndsAt).getTime();
  const accessEnds = endsAt > (options.now ?? Date.now()) ? formatDate(locale, p.accessEndsAt) : null;
  const reason = m[`decline.${entry}.body`];
  const sentences = [amount ? m['state.failed.body']({ reason, amount }) : reason];
  if (billed) sentences.push(m['state.failed.when']({ date: billed }));
  if (retry) sentences.push(m['state.retry']({ date: retry }));
  if (accessEnds) sentences.push(m['state.accessEnds']({ date: accessEnds }));
  return {
    key: `decline.${entry}`,
    severity: facts.severity,
    fixBy: facts.fixBy,
    nextStep,
    title: m[`decline.${entry}.title`],
    body: joinSentences(sentences),
    action: m[`action.${nextStep}`],
    card: describeCard(t, p.brand || p.last4 ? { brand: p.brand, last4: p.last4 } : null),
    locale: t.locale,
    dir: t.dir,
  };
}

/** Explains a payment failure in the reader's language. Never throws; unknown codes read calmly. */
export async function explain(failure: FailureCodes | null | undefined, options: ExplainOptions = {}): Promise<Explanation> {
  return explainWith(await loadTranslation(options.locale), failure, options);
}

/** A billing state, as the banner shows it. */
export interface StatusExplanation {
  state: Exclude<Status['state'], 'ok'>;
  /** Catalog key of the title, e.g. `state.failed.title`. */
  key: string;
  severity: Severity;
  title: string;
  body: string;
  /** The failure explained, for `failed`. */
  failure: Explanation | null;
  /** Label of the button that fixes it; null when there is nothing to do (`processing`). */
  action: string | null;
  locale: string;
  dir: 'ltr' | 'rtl';
}

const DAY_MS = 86_400_000;

/** Joins sentences; Chinese and Japanese full stops carry their own spacing, so no space follows them. */
function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, next) => (text === '' ? next : /[。！？]$/.test(text) ? text + next : `${text} ${next}`), '');
}

/**
 * Explains a status for the banner, or `null` when there is nothing to show (`ok`).
 * `now` decides "expires in N days"; `locale` is the requested tag (for regional formats).
 */
export function explainStatus(t: Translation, status: Status, options: { locale?: string | null; now?: number } = {}): StatusExplanation | null {
  if (status.state === 'ok') return null;
  const m = t.messages;
  const locale = formattingLocale(options.locale, t);
  const now = options.now ?? Date.now();
  const method = status.paymentMethod;
  const card = describeCard(t, method) ?? m['card.generic'];
  const month = method ? formatMonthYear(locale, method.expMonth, method.expYear) : null;
  const invoice = status.invoice;
  const amount = invoice ? formatAmount(locale, invoice.amountDue, invoice.currency) : null;
  const base = { state: status.state, locale: t.locale, dir: t.dir, failure: null } as const;

  switch (status.state) {
    case 'expiring': {
      const expiresAt = method?.expYear && method.expMonth ? Date.UTC(method.expYear, method.expMonth, 1) : now;
      const days = Math.max(0, Math.ceil((expiresAt - now) / DAY_MS) - 1);
      return {
        ...base,
        key: 'state.expiring.title',
        severity: 'info',
        title: m['state.expiring.title'],
        body: m['state.expiring.body']({ card, days, date: month }),
        action: m['banner.updateCard'],
      };
    }
    case 'expired':
      return {
        ...base,
        key: 'state.expired.title',
        severity: 'warning',
        title: m['state.expired.title'],
        body: m['state.expired.body']({ card, date: month }),
        action: m['banner.updateCard'],
      };
    case 'action_required': {
      const sentences = [m['state.action_required.body']({ amount })];
      const endsAt = status.access.endsAt ? Date.parse(status.access.endsAt) : NaN;
      const ends = status.access.wall !== 'none' && endsAt > now ? formatDate(locale, status.access.endsAt) : null;
      if (ends) sentences.push(m['state.accessEnds']({ date: ends }));
      return {
        ...base,
        key: 'state.action_required.title',
        severity: 'error',
        title: m['state.action_required.title'],
        body: joinSentences(sentences),
        action: m['banner.confirmPayment'],
      };
    }
    case 'processing':
      // A bank debit on its way: nothing to fix, and nothing to alarm anyone with.
      return {
        ...base,
        key: 'state.processing.title',
        severity: 'info',
        title: m['state.processing.title'],
        body: m['state.processing.body']({ amount }),
        action: null,
      };
    case 'missing': {
      const endsAt = status.access.endsAt ? Date.parse(status.access.endsAt) : NaN;
      const date = endsAt > now ? formatDate(locale, status.access.endsAt) : null;
      return {
        ...base,
        key: 'state.missing.title',
        // Paused already (no date ahead): the service has stopped; a charge ahead is a heads-up.
        severity: date ? 'warning' : 'error',
        title: m['state.missing.title'],
        body: m['state.missing.body']({ date }),
        action: m['banner.addPaymentMethod'],
      };
    }
    case 'paused': {
      const resumesAt = status.pause?.resumesAt ? Date.parse(status.pause.resumesAt) : NaN;
      const date = resumesAt > now ? formatDate(locale, status.pause!.resumesAt) : null;
      return {
        ...base,
        key: 'state.paused.title',
        // Asked for: nothing is wrong, so nothing alarming.
        severity: 'info',
        title: m['state.paused.title'],
        body: m['state.paused.body']({ date }),
        action: status.pause?.resumable ? m['banner.resume'] : null,
      };
    }
    case 'failed': {
      const failure = explainWith(t, status.failure, {
        locale: options.locale,
        now,
        params: {
          brand: method?.brand,
          last4: method?.last4,
          amount: invoice ? { value: invoice.amountDue, currency: invoice.currency } : null,
          billedAt: invoice?.billedAt,
          retryAt: invoice?.nextAttemptAt,
          accessEndsAt: status.access.wall !== 'none' ? status.access.endsAt : null,
        },
      });
      return {
        ...base,
        key: 'state.failed.title',
        severity: 'error',
        title: m['state.failed.title'],
        body: failure.body,
        failure,
        action: m['banner.updateCard'],
      };
    }
  }
}

/**
 * The thank-you after a card update: `before` is the status when the customer started (its
 * overdue amount, if any, was just paid when `recovered`), `after` the status now. An `after` in
 * state `processing` (a bank debit now paying the invoice) says the payment is on its way, not paid.
 */
export function explainUpdate(
  t: Translation,
  update: { before: Status | null | undefined; after: Status | null | undefined; recovered: boolean },
  options: { locale?: string | null } = {},
): { title: string; body: string } {
  const m = t.messages;
  const card = describeCard(t, update.after?.paymentMethod) ?? m['card.generic'];
  const processing = update.after?.state === 'processing';
  const paying = update.recovered || processing;
  const invoice = update.before?.invoice;
  const amount = paying && invoice ? formatAmount(formattingLocale(options.locale, t), invoice.amountDue, invoice.currency) : null;
  // A payment the bank confirmed with the card already on file changed no card: say only that it went through.
  const sameCard = paying && sameMethod(update.before?.paymentMethod, update.after?.paymentMethod);
  const sentences = [
    ...(processing ? [m['state.processing.body']({ amount })] : update.recovered ? [m['state.recovered.body']({ amount })] : []),
    ...(sameCard ? [] : [m['state.updated.body']({ card })]),
  ];
  return { title: m[processing ? 'state.processing.title' : 'state.updated.title'], body: joinSentences(sentences) };
}

function sameMethod(a: Status['paymentMethod'] | undefined, b: Status['paymentMethod'] | undefined): boolean {
  if (!a || !b) return false;
  return a.type === b.type && a.brand === b.brand && a.last4 === b.last4 && a.expMonth === b.expMonth && a.expYear === b.expYear;
}

/** The English translation, for callers that need a synchronous default. */
export { en };
