// The small pieces under paymend/notify: tone by Stripe's codes (through the explain catalog) and the
// text helpers every channel relies on (HTML escaping, single-line cleaning, GSM-friendly SMS).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CARD_DECLINE_CODES, UNREVEALED_DECLINE_CODES } from '../../src/explain/index.js';
import { escapeHtml, gsmFriendly, isGsm7, joinSentences, singleLine, smsSegments } from '../../src/notify/text.js';
import { toneOf } from '../../src/notify/tone.js';

describe('toneOf', () => {
  const decline = (declineCode: string | null, adviceCode: string | null = null) => ({ code: 'card_declined', declineCode, adviceCode });

  it('is soft where the same card can pay later', () => {
    for (const code of ['insufficient_funds', 'card_velocity_exceeded', 'withdrawal_count_limit_exceeded', 'try_again_later', 'processing_error']) {
      assert.equal(toneOf(decline(code)), 'soft', code);
    }
    assert.equal(toneOf(decline('do_not_honor', 'try_again_later')), 'soft', 'the network advises a later retry');
  });

  it('is hard where this method will not pay again and another one will', () => {
    for (const code of ['expired_card', 'invalid_account', 'card_not_supported', 'currency_not_supported', 'do_not_try_again']) {
      assert.equal(toneOf(decline(code)), 'hard', code);
    }
    assert.equal(toneOf({ code: 'expired_card', declineCode: null, adviceCode: null }), 'hard', 'an error code alone');
    assert.equal(toneOf({ code: 'bank_account_closed', declineCode: null, adviceCode: null }), 'hard', 'a closed bank account');
    assert.equal(toneOf(decline('generic_decline', 'do_not_try_again')), 'hard', 'the network says never retry');
    assert.equal(toneOf(decline('insufficient_funds', 'do_not_try_again')), 'hard', 'the advice wins over the decline code');
  });

  it('is neutral for generic declines, and for the four Stripe says to show as generic whatever the advice', () => {
    for (const code of ['generic_decline', 'do_not_honor', 'call_issuer', 'incorrect_cvc', 'authentication_required']) {
      assert.equal(toneOf(decline(code)), 'neutral', code);
    }
    for (const code of UNREVEALED_DECLINE_CODES) {
      for (const advice of [null, 'do_not_try_again', 'try_again_later', 'confirm_card_data']) {
        assert.equal(toneOf(decline(code, advice)), 'neutral', `${code}/${advice}`);
      }
    }
  });

  it('never throws and stays calm on anything Stripe (or an attacker) may send', () => {
    assert.equal(toneOf(null), 'neutral');
    assert.equal(toneOf(undefined), 'neutral');
    assert.equal(toneOf({}), 'neutral');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (code, declineCode, adviceCode) => {
        const tone = toneOf({ code, declineCode, adviceCode } as never);
        assert.ok(['soft', 'hard', 'neutral'].includes(tone));
      }),
    );
  });

  it('decides every documented decline code', () => {
    const tones = Object.keys(CARD_DECLINE_CODES).map((code) => toneOf(decline(code)));
    assert.ok(tones.includes('soft') && tones.includes('hard') && tones.includes('neutral'));
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml(null), '');
    assert.equal(escapeHtml(42), '42');
  });

  it('leaves no markup character in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => assert.ok(!/[<>"']/.test(escapeHtml(text)))));
  });
});

describe('singleLine', () => {
  it('removes control, line-breaking and bidi-override characters and collapses spaces', () => {
    assert.equal(singleLine('Acme\r\n\tCorp\u0000\u202e  Ltd\u2028x'), 'Acme Corp Ltd x');
    assert.equal(singleLine(undefined), '');
    assert.equal(singleLine('   '), '');
  });

  it('cuts long text at a code point, never inside an emoji', () => {
    const cut = singleLine('😀'.repeat(50), 10);
    assert.equal(Array.from(cut).length, 10);
    assert.ok(cut.endsWith('…'));
    assert.ok(!/[\ud800-\udbff]…$/.test(cut), 'no lone surrogate before the ellipsis');
  });

  it('always gives one line no longer than asked', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const line = singleLine(text, max);
        assert.ok(!/[\r\n\u0000-\u001f\u2028\u2029]/.test(line));
        assert.ok(Array.from(line).length <= max);
      }),
    );
  });
});

describe('SMS text', () => {
  it('replaces typographic punctuation with GSM characters', () => {
    const text = gsmFriendly('Acme’s “plan” – renews… now');
    assert.equal(text, `Acme's "plan" - renews... now`);
    assert.ok(isGsm7(text));
    assert.ok(!isGsm7('Acme’s'));
  });

  it('counts segments as phones do', () => {
    assert.equal(smsSegments('a'.repeat(160)), 1);
    assert.equal(smsSegments('a'.repeat(161)), 2);
    assert.equal(smsSegments('{'.repeat(80)), 1, 'extension characters take two septets');
    assert.equal(smsSegments('{'.repeat(81)), 2);
    assert.equal(smsSegments('é'.repeat(160)), 1, 'é is in the GSM alphabet');
    assert.equal(smsSegments('ب'.repeat(70)), 1);
    assert.equal(smsSegments('ب'.repeat(71)), 2);
  });
});

describe('joinSentences', () => {
  it('adds spaces except after a CJK full stop', () => {
    assert.equal(joinSentences(['One.', 'Two.']), 'One. Two.');
    assert.equal(joinSentences(['一。', '二。']), '一。二。');
    assert.equal(joinSentences([]), '');
  });
});
