// Every locale's notification strings: every key of English, translated (en-GB may share English's
// words), and every value English weaves into a message woven in too. Until the translators' work
// lands, the placeholders fail here on purpose: each one names the locale still in English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NOTIFY_STRINGS } from '../../src/notify/strings/index.js';
import { en } from '../../src/notify/strings/en.js';
import type { NotifyMessageKey } from '../../src/notify/strings/types.js';
import { LOCALES } from '../../src/translations/match.js';

/** Distinct sample values: a value English uses must show up in every translation's output. */
const SAMPLE = {
  merchant: 'Zyxcorp',
  link: 'https://pay.example/u?t=QWERTY',
  name: 'Wilhelmina',
  contact: 'help@zyxcorp.example',
  amount: '€12.34',
  date: '7 Qux 2031',
  card: 'Visa ****9876',
};

const KEYS = Object.keys(en.messages) as NotifyMessageKey[];

function render(message: unknown): string {
  return typeof message === 'function' ? (message as (p: typeof SAMPLE) => string)(SAMPLE) : (message as string);
}

/** The sample values English's message uses. */
function usedBy(key: NotifyMessageKey): string[] {
  const text = render(en.messages[key]);
  return Object.values(SAMPLE).filter((value) => text.includes(value));
}

describe('notification strings in every locale', () => {
  it('has a module for each of the 41 locales, in its own language tag', () => {
    assert.equal(LOCALES.length, 41);
    for (const locale of LOCALES) {
      assert.ok(NOTIFY_STRINGS[locale], locale);
      assert.equal(NOTIFY_STRINGS[locale].locale, locale);
    }
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: every key, translated, with the same values`, () => {
      const strings = NOTIFY_STRINGS[locale];
      assert.equal(strings.untranslated, undefined, `${locale} is still the English placeholder`);
      const missing = KEYS.filter((key) => !(key in strings.messages));
      assert.deepEqual(missing, [], `${locale} lacks keys`);
      const extra = Object.keys(strings.messages).filter((key) => !KEYS.includes(key as NotifyMessageKey));
      assert.deepEqual(extra, [], `${locale} has keys English does not`);
      const same: string[] = [];
      for (const key of KEYS) {
        const message = strings.messages[key];
        assert.equal(typeof message, typeof en.messages[key], `${locale} ${key}: a ${typeof en.messages[key]} like English`);
        const text = render(message);
        assert.equal(typeof text, 'string', `${locale} ${key} returns a string`);
        assert.ok(text.trim().length > 0, `${locale} ${key} is not empty`);
        for (const value of usedBy(key)) assert.ok(text.includes(value), `${locale} ${key} leaves out ${value}: ${text}`);
        if (text === render(en.messages[key])) same.push(key);
        if (key.startsWith('sms.') && key !== 'sms.help') {
          assert.ok(!text.includes(SAMPLE.amount) && !text.includes(SAMPLE.name) && !text.includes(SAMPLE.card), `${locale} ${key}: no amount, name or card`);
          assert.ok(text.replace(SAMPLE.link, '').length <= 140, `${locale} ${key} is short`);
          assert.ok(!/[\r\n]/.test(text), `${locale} ${key} is one line`);
        }
      }
      // British English shares most of its words with English; every other language shares none.
      if (locale !== 'en-GB') assert.deepEqual(same, [], `${locale}: still English`);
    });
  }
});
