// The care catalog (offers, support, thank-you) in every language the report speaks: every key of
// English, translated, each value English weaves in woven in too, counts in the reader's plural
// forms, and the loader handing out each file for its locale (and regional variants their language's).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { chunkKind } from '../../bench/sizes.js';
import { careEn, CARE_LOCALES, loadCareTranslation } from '../../src/translations/care/index.js';
import type { BillingInterval, CareMessageKey, CareTranslation } from '../../src/translations/care/types.js';

/** The locales the report catalog has a file for: the care catalog must cover the same ones. */
const REPORT_DIR = new URL('../../src/translations/report/', import.meta.url);
const LOCALES = readdirSync(REPORT_DIR)
  .filter((f) => f.endsWith('.ts') && !['en.ts', 'types.ts', 'index.ts'].includes(f))
  .map((f) => f.slice(0, -3));

/** Distinct sample values: a value English uses must show up in every translation's output. */
const SAMPLE = {
  date: '7 Qux 2031',
  amount: '€12.34',
  plan: 'Zyxplan',
  price: '€3.21 Qprice',
  summary: 'Summary Zyx',
  reason: 'Reason Qux',
  invoice: 'INV-9876',
  months: 3,
  interval: 'month',
  count: 1,
};
const COUNTS = [1, 2, 3, 5, 11, 21, 22, 101];
const INTERVALS: BillingInterval[] = ['day', 'week', 'month', 'year'];

const KEYS = Object.keys(careEn.messages) as CareMessageKey[];
/** The messages whose values may be null (types.ts). */
const NULLABLE: Partial<Record<CareMessageKey, object>> = {
  'care.plan.nextRenewal': { date: null },
  'care.support.body': { reason: null, invoice: null, amount: null },
};

/** Every rendering of a message worth checking: one for a string, one per count and interval for a function. */
function renders(message: unknown, key: CareMessageKey): string[] {
  if (typeof message !== 'function') return [message as string];
  const fn = message as (p: object) => string;
  const out = [fn(SAMPLE)];
  if (NULLABLE[key]) out.push(fn({ ...SAMPLE, ...NULLABLE[key] }));
  for (const n of COUNTS) {
    out.push(fn({ ...SAMPLE, months: n }));
    for (const interval of INTERVALS) out.push(fn({ ...SAMPLE, interval, count: n }));
  }
  return out;
}

/** The sample values English's message uses with every value given. */
function usedBy(key: CareMessageKey): string[] {
  const text = renders(careEn.messages[key], key)[0]!;
  return Object.values(SAMPLE).filter((value): value is string => typeof value === 'string' && value.length > 5 && text.includes(value));
}

async function load(locale: string): Promise<CareTranslation> {
  return ((await import(`../../src/translations/care/${locale}.ts`)) as { default: CareTranslation }).default;
}

describe('care translations', () => {
  it('has a file and a loader for every locale of the report', async () => {
    assert.ok(LOCALES.length >= 30, `found ${LOCALES.length} report locales`);
    assert.deepEqual([...CARE_LOCALES].sort(), ['en', ...LOCALES].sort());
    for (const locale of LOCALES) {
      const loaded = await loadCareTranslation(locale);
      assert.equal(loaded.locale, locale, `${locale} loads its own file`);
      assert.equal(loaded, await load(locale), `${locale} loads the same module`);
    }
  });

  it('regional variants read their language; unknown tags read English', async () => {
    assert.equal((await loadCareTranslation('es-419')).locale, 'es');
    assert.equal((await loadCareTranslation('fr-CA')).locale, 'fr');
    assert.equal((await loadCareTranslation('en-GB')).locale, 'en');
    assert.equal((await loadCareTranslation('de-AT')).locale, 'de');
    assert.equal((await loadCareTranslation('xx')).locale, 'en');
  });

  it("the CDN build's care chunks (chunks/care-<tag>-<hash>.js, rollup.config.mjs) are not taken for the banner's locale chunks", () => {
    assert.equal(chunkKind('chunks/care-de-CSoN85y0.js').kind, 'other');
    assert.equal(chunkKind('chunks/care-pt-BR-0MOswomE.js').kind, 'other');
    assert.equal(chunkKind('chunks/de-COwRzyr2.js').kind, 'locale');
  });

  it('right to left for Arabic and Hebrew only', async () => {
    for (const locale of LOCALES) {
      assert.equal((await load(locale)).dir, ['ar', 'he'].includes(locale) ? 'rtl' : 'ltr', locale);
    }
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key, translated, with the same values`, async () => {
      const care = await load(locale);
      assert.equal(care.locale, locale);
      const missing = KEYS.filter((key) => !(key in care.messages));
      assert.deepEqual(missing, [], `${locale} lacks keys`);
      const extra = Object.keys(care.messages).filter((key) => !KEYS.includes(key as CareMessageKey));
      assert.deepEqual(extra, [], `${locale} has keys English does not`);
      const same: string[] = [];
      for (const key of KEYS) {
        const message = care.messages[key];
        assert.equal(typeof message, typeof careEn.messages[key], `${locale} ${key}: a ${typeof careEn.messages[key]} like English`);
        const texts = renders(message, key);
        for (const text of texts) {
          assert.equal(typeof text, 'string', `${locale} ${key} returns a string`);
          assert.ok(text.trim().length > 0, `${locale} ${key} is not empty`);
          assert.ok(!/\b(undefined|null|NaN)\b|\[object/.test(text), `${locale} ${key} leaks a missing value: ${text}`);
        }
        for (const value of usedBy(key)) assert.ok(texts[0]!.includes(value), `${locale} ${key} leaves out ${value}: ${texts[0]}`);
        if (texts[0] === renders(careEn.messages[key], key)[0]) same.push(key);
      }
      // Names and numbers alone may read the same in every language; words may not.
      assert.deepEqual(same.filter((key) => key !== 'care.plan.option'), [], `${locale} still reads English`);
    });

    it(`${locale}: counts are shown, in the reader's digits, and read differently for 1 and for 5`, async () => {
      const care = await load(locale);
      const digits = (n: number) => new Intl.NumberFormat(locale).format(n);
      const rules = new Intl.PluralRules(locale);
      for (const n of COUNTS) {
        // A dual ("two months") may say the number in its word, and so may Arabic's and Hebrew's
        // "one month" (شهر واحد, חודש אחד); every other form shows the number.
        const showsNumber = rules.select(n) !== 'two' && !(n === 1 && ['ar', 'he'].includes(locale));
        for (const text of [care.messages['care.pause.months']({ months: n }), care.messages['care.pause.confirm']({ months: n })]) {
          if (showsNumber) assert.ok(text.includes(digits(n)), `${locale} ${n}: ${text}`);
        }
        for (const interval of INTERVALS) {
          const price = care.messages['care.price']({ amount: SAMPLE.amount, interval, count: n });
          assert.ok(price.includes(SAMPLE.amount), `${locale} ${interval} ${n}: ${price}`);
          if (n > 1 && showsNumber) assert.ok(price.includes(digits(n)), `${locale} ${interval} ${n}: ${price}`);
        }
      }
      const prices = INTERVALS.map((interval) => care.messages['care.price']({ amount: SAMPLE.amount, interval, count: 1 }));
      assert.equal(new Set(prices).size, 4, `${locale}: each interval has its own words: ${prices.join(' | ')}`);
      const every = INTERVALS.map((interval) => care.messages['care.price']({ amount: SAMPLE.amount, interval, count: 5 }));
      assert.equal(new Set(every).size, 4, `${locale}: ${every.join(' | ')}`);
      assert.notEqual(prices[2], every[2], locale);
    });

    it(`${locale}: the support email keeps its lines and drops the unknown ones`, async () => {
      const body = (await load(locale)).messages['care.support.body'];
      const full = body({ summary: SAMPLE.summary, reason: SAMPLE.reason, invoice: SAMPLE.invoice, amount: SAMPLE.amount }).split('\n');
      const bare = body({ summary: SAMPLE.summary, reason: null, invoice: null, amount: null }).split('\n');
      const englishLines = careEn.messages['care.support.body']({ summary: 's', reason: 'r', invoice: 'i', amount: 'a' }).split('\n');
      assert.equal(full.length, englishLines.length, `${locale}: ${full.join(' / ')}`);
      assert.equal(bare.length, full.length - 3, locale);
      for (const [i, line] of englishLines.entries()) assert.equal(full[i] === '', line === '', `${locale} line ${i}: blank lines where English has them`);
      for (const value of [SAMPLE.summary, SAMPLE.reason, SAMPLE.invoice, SAMPLE.amount]) {
        assert.equal(full.filter((line) => line.includes(value)).length, 1, `${locale}: ${value} on a line of its own`);
      }
    });
  }

  it('no English left in distinctive messages', async () => {
    const english = /\b(the|your|you|pause for|switch to|per month|every|thank you|support)\b/i;
    for (const locale of LOCALES) {
      const m = (await load(locale)).messages;
      for (const text of [m['care.offers.intro'], m['care.pause.stopsService'], m['care.plan.prorate'], m['care.rating.3'], m['care.pause.confirm']({ months: 3 }), m['care.price']({ amount: '€1', interval: 'month', count: 3 })]) {
        assert.ok(!english.test(text), `${locale}: ${text}`);
      }
    }
  });
});
