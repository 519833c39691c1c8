// paymend/explain: every Stripe code resolves to its intended entry, the "don't reveal" rule holds,
// unknown input never throws, and every locale has every message, in the right direction.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ADVICE_CODES,
  CARD_DECLINE_CODES,
  CARD_ERROR_CODES,
  CATALOG,
  ENTRIES,
  LOCAL_PAYMENT_METHOD_CODES,
  UNREVEALED_DECLINE_CODES,
  entryFor,
  explain,
  explainStatus,
  explainUpdate,
  explainWith,
} from '../../src/explain/index.js';
import type { Status } from '../../src/protocol/index.js';
import { LOCALES, directionOf, en, formattingLocale, loadTranslation, matchLocale } from '../../src/translations/index.js';
import type { Messages, Translation } from '../../src/translations/types.js';

// Enumerated here on purpose, independently of src/explain/codes.ts: a code dropped from the
// catalog, or mapped to the wrong entry, fails this test.
const EXPECTED_CARD_DECLINES: Record<string, string> = {
  authentication_required: 'authentication_required', approve_with_id: 'temporary', call_issuer: 'call_bank',
  card_not_supported: 'card_not_supported', card_velocity_exceeded: 'limit_exceeded', currency_not_supported: 'currency_not_supported',
  do_not_honor: 'generic', do_not_try_again: 'generic', duplicate_transaction: 'duplicate', expired_card: 'expired_card',
  fraudulent: 'generic', generic_decline: 'generic', incorrect_number: 'incorrect_number', incorrect_cvc: 'incorrect_cvc',
  incorrect_pin: 'generic', incorrect_zip: 'incorrect_address', insufficient_funds: 'insufficient_funds', invalid_account: 'account_closed',
  invalid_amount: 'invalid_amount', invalid_cvc: 'incorrect_cvc', invalid_expiry_month: 'incorrect_expiry', invalid_expiry_year: 'incorrect_expiry',
  invalid_number: 'incorrect_number', invalid_pin: 'generic', issuer_not_available: 'temporary', lost_card: 'generic',
  merchant_blacklist: 'generic', new_account_information_available: 'new_card_details', no_action_taken: 'call_bank',
  not_permitted: 'not_allowed', offline_pin_required: 'generic', online_or_offline_pin_required: 'generic', pickup_card: 'call_bank',
  pin_try_exceeded: 'generic', processing_error: 'temporary', reenter_transaction: 'temporary', restricted_card: 'not_allowed',
  revocation_of_all_authorizations: 'payment_stopped', revocation_of_authorization: 'payment_stopped', security_violation: 'not_allowed',
  service_not_allowed: 'not_allowed', stolen_card: 'generic', stop_payment_order: 'payment_stopped', testmode_decline: 'test_card',
  transaction_not_allowed: 'not_allowed', try_again_later: 'temporary', withdrawal_count_limit_exceeded: 'limit_exceeded',
};
const EXPECTED_ERROR_CODES: Record<string, string> = {
  card_declined: 'generic', expired_card: 'expired_card', incorrect_cvc: 'incorrect_cvc', incorrect_number: 'incorrect_number',
  incorrect_zip: 'incorrect_address', incorrect_address: 'incorrect_address', invalid_cvc: 'incorrect_cvc', invalid_number: 'incorrect_number',
  invalid_expiry_month: 'incorrect_expiry', invalid_expiry_year: 'incorrect_expiry', processing_error: 'temporary',
  authentication_required: 'authentication_required', card_decline_rate_limit_exceeded: 'temporary',
  payment_intent_authentication_failure: 'authentication_failed', setup_intent_authentication_failure: 'authentication_failed',
  live_mode_test_card: 'test_card', testmode_charges_only: 'test_card', invoice_payment_intent_requires_action: 'authentication_required',
  payment_method_unactivated: 'call_bank', invalid_card_type: 'card_not_supported', postal_code_invalid: 'incorrect_address',
  amount_too_large: 'invalid_amount', amount_too_small: 'invalid_amount', payment_intent_payment_attempt_failed: 'generic',
};
const EXPECTED_LOCAL_METHODS: Record<string, string> = {
  debit_not_authorized: 'debit_not_authorized', debit_disputed: 'debit_not_authorized', account_closed: 'account_closed',
  no_account: 'account_closed', bank_account_restricted: 'bank_account_problem', invalid_account_number: 'bank_account_problem',
  account_frozen: 'bank_account_problem', bank_ownership_changed: 'new_card_details', insufficient_funds: 'insufficient_funds',
  payment_method_provider_decline: 'provider_declined', payment_method_customer_decline: 'provider_declined',
  payment_method_provider_timeout: 'temporary', generic_could_not_process: 'temporary', bank_account_declined: 'bank_account_problem',
};

describe('code coverage', () => {
  it('covers every card decline code of Stripe, each resolving to its intended entry', () => {
    assert.deepEqual(Object.keys(CARD_DECLINE_CODES).sort(), Object.keys(EXPECTED_CARD_DECLINES).sort());
    for (const [code, entry] of Object.entries(EXPECTED_CARD_DECLINES)) {
      assert.equal(entryFor('card_declined', code), entry, code);
    }
  });

  it('covers the card-related error codes', () => {
    for (const [code, entry] of Object.entries(EXPECTED_ERROR_CODES)) {
      assert.ok(Object.hasOwn(CARD_ERROR_CODES, code), `${code} is in the catalog`);
      assert.equal(entryFor(code, null), entry, code);
    }
  });

  it('covers the decline codes of bank debits and wallets', () => {
    for (const [code, entry] of Object.entries(EXPECTED_LOCAL_METHODS)) {
      assert.ok(Object.hasOwn(LOCAL_PAYMENT_METHOD_CODES, code) || Object.hasOwn(CARD_ERROR_CODES, code), code);
      assert.equal(entryFor(code, null), entry, code);
      assert.equal(entryFor('payment_intent_payment_attempt_failed', code), entry, `${code} as a decline code`);
    }
  });

  it('lets the decline code win over the error code', () => {
    assert.equal(entryFor('card_declined', 'insufficient_funds'), 'insufficient_funds');
    assert.equal(entryFor('card_declined', 'brand_new_code'), 'generic');
    assert.equal(entryFor('expired_card', 'brand_new_code'), 'expired_card');
  });

  it('gives every entry catalog facts and every referenced entry exists', () => {
    assert.deepEqual(Object.keys(CATALOG).sort(), [...ENTRIES].sort());
    for (const table of [CARD_DECLINE_CODES, CARD_ERROR_CODES, LOCAL_PAYMENT_METHOD_CODES]) {
      for (const entry of Object.values(table)) assert.ok((ENTRIES as readonly string[]).includes(entry), entry);
    }
  });
});

describe("Stripe's don't-reveal rule", () => {
  it('reads fraudulent, lost_card, stolen_card and merchant_blacklist exactly like generic_decline', async () => {
    assert.deepEqual([...UNREVEALED_DECLINE_CODES].sort(), ['fraudulent', 'lost_card', 'merchant_blacklist', 'stolen_card']);
    for (const locale of ['en', 'de', 'ja', 'ar']) {
      const generic = await explain({ code: 'card_declined', declineCode: 'generic_decline' }, { locale });
      for (const declineCode of UNREVEALED_DECLINE_CODES) {
        const hidden = await explain({ code: 'card_declined', declineCode }, { locale });
        assert.deepEqual(hidden, generic, `${declineCode} in ${locale}`);
        assert.doesNotMatch(JSON.stringify(hidden), /fraud|lost|stolen|blacklist/i);
      }
    }
  });
});

describe('explain', () => {
  it('says what the bank said in plain words, with the one next step', async () => {
    const text = await explain({ code: 'card_declined', declineCode: 'insufficient_funds' });
    assert.equal(text.key, 'decline.insufficient_funds');
    assert.equal(text.severity, 'error');
    assert.equal(text.fixBy, 'customer');
    assert.equal(text.nextStep, 'use_another_method');
    assert.match(text.body, /doesn’t have enough funds/);
    assert.equal(text.action, 'Use a different card');
    assert.doesNotMatch(text.body + text.title, /insufficient_funds|card_declined/);
  });

  it('lets the advice code choose the next step', async () => {
    const later = await explain({ code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: 'try_again_later' });
    assert.equal(later.nextStep, 'try_again_later');
    const never = await explain({ code: 'card_declined', declineCode: 'try_again_later', adviceCode: 'do_not_try_again' });
    assert.equal(never.nextStep, 'use_another_method');
    const confirm = await explain({ code: 'card_declined', declineCode: 'generic_decline', adviceCode: 'confirm_card_data' });
    assert.equal(confirm.nextStep, 'update_card');
    assert.deepEqual([...ADVICE_CODES].sort(), ['confirm_card_data', 'do_not_try_again', 'try_again_later']);
  });

  it('formats amount, retry date and card with Intl for the locale', async () => {
    const params = { brand: 'visa', last4: '4242', amount: { value: 2900, currency: 'eur' }, retryAt: '2026-12-01T10:00:00Z' };
    const english = await explain({ code: 'card_declined', declineCode: 'do_not_honor', adviceCode: 'try_again_later' }, { locale: 'en', params });
    assert.match(english.body, /€29\.00 is still due/);
    assert.match(english.body, /December 1, 2026/);
    assert.equal(english.card, 'Visa ending in 4242');
    const german = await explain({ code: 'card_declined', declineCode: 'do_not_honor', adviceCode: 'try_again_later' }, { locale: 'de-AT', params });
    assert.equal(german.locale, 'de');
    assert.match(german.body, /€\s29,00/, "Austrian German puts the euro sign first");
    assert.match(german.body, /1\. Dezember 2026/);
    const yen = await explain({ code: 'card_declined' }, { locale: 'ja', params: { amount: { value: 1250, currency: 'jpy' } } });
    assert.match(yen.body, /[¥￥]1,250/);
  });

  it('joins Chinese and Japanese sentences without a stray space after the full stop', async () => {
    for (const locale of ['zh', 'zh-TW', 'ja']) {
      const text = await explain({ code: 'card_declined', declineCode: 'processing_error' }, { locale, params: { amount: { value: 1000, currency: 'usd' }, retryAt: Date.UTC(2026, 11, 3) } });
      assert.doesNotMatch(text.body, /[。！？] /, `${locale}: ${text.body}`);
    }
  });

  it('never throws and never shows a raw code for unknown or hostile input', async () => {
    const inputs: unknown[] = [
      null, undefined, {}, { code: 'totally_new_2030' }, { declineCode: '<img src=x onerror=alert(1)>' },
      { code: 42 }, { code: '', declineCode: '' }, { code: '__proto__' }, { declineCode: 'constructor' }, { adviceCode: 'toString' },
    ];
    for (const input of inputs) {
      for (const locale of [undefined, 'xx-YY', 'not a tag!', '', 'zh-Hant-HK', 'ar']) {
        const text = await explain(input as never, { locale });
        assert.equal(text.key, 'decline.generic', JSON.stringify(input));
        assert.doesNotMatch(text.body, /totally_new|onerror|__proto__|constructor|undefined|null/);
      }
    }
  });
});

describe('explainStatus', () => {
  const base: Status = { v: 1, state: 'ok', paymentMethod: null, invoice: null, failure: null, access: { wall: 'none', endsAt: null } };
  const visa = { type: 'card', brand: 'visa', last4: '4242', expMonth: 11, expYear: 2026, wallet: null };
  const now = Date.UTC(2026, 10, 24, 12);

  it('shows nothing for ok', () => {
    assert.equal(explainStatus(en, base), null);
  });

  it('counts the days to expiry with plural rules', () => {
    const text = explainStatus(en, { ...base, state: 'expiring', paymentMethod: visa }, { now })!;
    assert.equal(text.title, 'Your card expires soon');
    assert.match(text.body, /Visa ending in 4242 expires in 6 days \(end of November 2026\)/);
    const tomorrow = explainStatus(en, { ...base, state: 'expiring', paymentMethod: visa }, { now: Date.UTC(2026, 10, 29, 12) })!;
    assert.match(tomorrow.body, /expires tomorrow/);
    const today = explainStatus(en, { ...base, state: 'expiring', paymentMethod: visa }, { now: Date.UTC(2026, 10, 30, 23) })!;
    assert.match(today.body, /expires today/);
  });

  it('explains a failure with amount, retry date and the end of access', () => {
    const text = explainStatus(en, {
      ...base,
      state: 'failed',
      paymentMethod: visa,
      invoice: { id: 'in_1', amountDue: 2900, currency: 'usd', attemptCount: 1, billedAt: '2026-11-20T09:00:00Z', nextAttemptAt: '2026-11-27T00:00:00Z', hostedInvoiceUrl: null },
      failure: { code: 'card_declined', declineCode: 'try_again_later', adviceCode: null },
      access: { wall: 'soft', endsAt: '2026-12-01T00:00:00Z' },
    }, { now })!;
    assert.equal(text.failure?.key, 'decline.temporary');
    assert.match(text.body, /\$29\.00 is still due\. We first tried to take the payment on November 20, 2026\. We’ll try the payment again on November 27, 2026\. Your access continues until December 1, 2026/);
    assert.equal(text.action, 'Update card');
  });

  it('does not announce an end of access that has already passed (hard wall)', () => {
    const failed: Status = {
      ...base,
      state: 'failed',
      invoice: { id: 'in_1', amountDue: 2900, currency: 'usd', attemptCount: 3, billedAt: null, nextAttemptAt: null, hostedInvoiceUrl: null },
      access: { wall: 'hard', endsAt: '2026-11-01T00:00:00Z' },
    };
    assert.doesNotMatch(explainStatus(en, failed, { now })!.body, /access continues/);
    assert.match(explainStatus(en, { ...failed, access: { wall: 'soft', endsAt: '2026-12-01T00:00:00Z' } }, { now })!.body, /access continues until December 1, 2026/);
  });

  it('thanks for an update, and says nothing of a new card when the bank confirmed the one on file', () => {
    const mastercard = { type: 'card', brand: 'mastercard', last4: '4444', expMonth: 8, expYear: 2031, wallet: null };
    const owed: Status = { ...base, state: 'failed', paymentMethod: visa, invoice: { id: 'in_1', amountDue: 2900, currency: 'usd', attemptCount: 1, billedAt: null, nextAttemptAt: null, hostedInvoiceUrl: null } };
    const newCard = explainUpdate(en, { before: owed, after: { ...base, paymentMethod: mastercard }, recovered: true });
    assert.equal(newCard.body, 'Your payment of $29.00 went through. Thank you! Your Mastercard ending in 4444 will be used for your subscription from now on.');
    const onFile = explainUpdate(en, { before: { ...owed, state: 'action_required' }, after: { ...base, paymentMethod: visa }, recovered: true });
    assert.equal(onFile.body, 'Your payment of $29.00 went through. Thank you!');
    const cardOnly = explainUpdate(en, { before: { ...base, state: 'expiring', paymentMethod: visa }, after: { ...base, paymentMethod: mastercard }, recovered: false });
    assert.equal(cardOnly.body, 'Your Mastercard ending in 4444 will be used for your subscription from now on.');
    assert.equal(newCard.title, 'Thank you, you’re all set');
  });

  it('asks for the bank confirmation', () => {
    const text = explainStatus(en, { ...base, state: 'action_required', invoice: { id: 'in_1', amountDue: 1000, currency: 'gbp', attemptCount: 1, billedAt: null, nextAttemptAt: null, hostedInvoiceUrl: null } }, { locale: 'en-GB' })!;
    assert.match(text.body, /£10\.00/);
    assert.equal(text.action, 'Confirm payment');
  });
});

describe('locales', () => {
  const STRIPE_ELEMENTS = ['ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'he', 'hu', 'hr', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-TW'];
  const sample = { brand: 'Visa', last4: '4242', card: 'CARD', days: 5, date: 'DATE', reason: 'REASON.', amount: 'AMOUNT' };

  it('speaks every language of Stripe Elements', () => {
    assert.deepEqual([...LOCALES].sort(), [...STRIPE_ELEMENTS].sort());
  });

  for (const tag of STRIPE_ELEMENTS) {
    it(`${tag}: loads, has every key of English with a real text, and the right direction`, async () => {
      const t: Translation = await loadTranslation(tag);
      assert.equal(t.locale, tag);
      assert.equal(t.dir, tag === 'ar' || tag === 'he' ? 'rtl' : 'ltr');
      assert.deepEqual(Object.keys(t.messages).sort(), Object.keys(en.messages).sort());
      for (const key of Object.keys(en.messages) as Array<keyof Messages>) {
        const message = t.messages[key] as unknown;
        assert.equal(typeof message, typeof en.messages[key], key);
        for (const days of [0, 1, 2, 3, 5, 11, 21, 22, 101]) {
          const text = typeof message === 'function' ? String(message({ ...sample, days })) : String(message);
          assert.ok(text.trim().length > 0, `${tag} ${key}`);
          assert.doesNotMatch(text, /undefined|\bnull\b|NaN|\[object/, `${tag} ${key}: ${text}`);
          if (typeof message !== 'function') break;
        }
        if (typeof message === 'function' && key !== 'card.description') {
          // Every param English uses appears in the translation too.
          const english = String((en.messages[key] as (p: typeof sample) => string)(sample));
          const translated = String((message as (p: typeof sample) => string)(sample));
          for (const marker of ['CARD', 'DATE', 'REASON.', 'AMOUNT']) {
            if (english.includes(marker)) assert.ok(translated.includes(marker.replace('.', '')), `${tag} ${key} uses ${marker}: ${translated}`);
          }
        }
      }
      // Null params are handled like English does.
      assert.doesNotMatch(t.messages['state.failed.body']({ reason: 'R', amount: null }), /null/);
      assert.doesNotMatch(t.messages['state.expired.body']({ card: 'C', date: null }), /null/);
      assert.doesNotMatch(t.messages['card.description']({ brand: 'Visa', last4: null }), /null/);
      // The last four in words, never bullets: screen readers read "•••• 4242" as "bullet bullet bullet bullet".
      const described = t.messages['card.description']({ brand: 'Visa', last4: '4242' });
      assert.match(described, /4242/, `${tag}: ${described}`);
      assert.doesNotMatch(described, /[•·●*∙]/, `${tag} card.description in words: ${described}`);
    });
  }

  it('falls back along BCP 47: region, aliases, script, then English', () => {
    const cases: Record<string, string> = {
      'de-AT': 'de', 'de-CH': 'de', no: 'nb', 'nn-NO': 'nb', 'nb-NO': 'nb', 'zh-HK': 'zh-TW', 'zh-Hant': 'zh-TW', 'zh-Hant-HK': 'zh-TW',
      'zh-CN': 'zh', 'zh-Hans-CN': 'zh', 'zh-TW': 'zh-TW', 'es-MX': 'es-419', 'es-AR': 'es-419', 'es-419': 'es-419', 'es-ES': 'es',
      'en-AU': 'en-GB', 'en-NZ': 'en-GB', 'en-US': 'en', 'en-CA': 'en', 'fr-CA': 'fr-CA', 'fr-BE': 'fr', 'pt-BR': 'pt-BR', 'pt-PT': 'pt',
      pt: 'pt', 'PT-br': 'pt-BR', en_GB: 'en-GB', iw: 'he', tl: 'fil', 'ar-EG': 'ar', 'sw-KE': 'en', xx: 'en', '': 'en',
      'not a tag!': 'en',
    };
    for (const [requested, expected] of Object.entries(cases)) assert.equal(matchLocale(requested), expected, requested);
    for (const hostile of [null, undefined, 42, {}, ['de']]) assert.equal(matchLocale(hostile), 'en');
  });

  it('knows right-to-left languages', () => {
    assert.equal(directionOf('ar'), 'rtl');
    assert.equal(directionOf('he-IL'), 'rtl');
    assert.equal(directionOf('iw'), 'rtl');
    assert.equal(directionOf('fr'), 'ltr');
  });

  it('formats with the page locale only when it is the same language as the text', async () => {
    assert.equal(formattingLocale('en-GB', en), 'en-GB');
    assert.equal(formattingLocale('sw-KE', en), 'en');
    assert.equal(formattingLocale('de-CH', await loadTranslation('de-CH')), 'de-CH');
  });

  it('explains in every locale without throwing', async () => {
    for (const tag of STRIPE_ELEMENTS) {
      const t = await loadTranslation(tag);
      const text = explainWith(t, { code: 'card_declined', declineCode: 'insufficient_funds' }, { locale: tag, params: { amount: { value: 1999, currency: 'usd' }, retryAt: Date.UTC(2026, 11, 3) } });
      assert.ok(text.title && text.body && text.action, tag);
    }
  });
});
