// paymend/notify: every step on every channel in en, de, ja and ar; the banner's own decline
// sentences; soft and hard tone; an SMS without amount, digits or name; hostile names and merchant
// strings escaped in HTML (checked with a real HTML parser, not a regex); the link and the support
// contact in every message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// htmlparser2 (and domutils) arrive with mailparser, which the notify tests use anyway.
import { DomUtils, parseDocument } from 'htmlparser2';
import { explainStatus, explainWith } from '../../src/explain/index.js';
import { catalogTranslationFor } from '../../src/notify/catalog-translations.js';
import {
  NOTIFY_CHANNELS,
  NOTIFY_STEPS,
  composeMessage,
  notifyStringsFor,
  smsSegments,
  type ComposeInput,
  type ComposedEmail,
  type ComposedInApp,
  type ComposedMessage,
  type ComposedSms,
  type NotifyChannel,
  type NotifyStep,
} from '../../src/notify/index.js';
import type { Status } from '../../src/protocol/index.js';

const NOW = Date.parse('2026-11-21T09:00:00Z');
const LINK = 'https://acme.example/billing/paymend/update?t=v1.abcDEF123_-xyz';
const MERCHANT = { name: 'Acme Analytics', supportEmail: 'help@acme.example' };
const LOCALES_UNDER_TEST = ['en', 'de', 'ja', 'ar'] as const;

function status(overrides: Partial<Status> = {}): Status {
  return {
    v: 1,
    state: 'failed',
    paymentMethod: { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2026, wallet: null },
    invoice: {
      id: 'in_1',
      amountDue: 2900,
      currency: 'eur',
      attemptCount: 1,
      billedAt: '2026-11-20T08:00:00Z',
      nextAttemptAt: '2026-11-25T08:00:00Z',
      hostedInvoiceUrl: null,
    },
    failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null },
    access: { wall: 'soft', endsAt: '2026-12-10T00:00:00Z' },
    ...overrides,
  };
}

/** The status each step is sent with, as the handler would have it. */
const STATUS_FOR: Record<NotifyStep, Status> = {
  failed: status(),
  action_required: status({
    state: 'action_required',
    failure: { code: 'authentication_required', declineCode: null, adviceCode: null },
  }),
  expiring: status({ state: 'expiring', invoice: null, failure: null, access: { wall: 'none', endsAt: null } }),
  final: status({ invoice: { ...status().invoice!, attemptCount: 4, nextAttemptAt: null }, access: { wall: 'hard', endsAt: null } }),
  reminder: status(),
  access_ends: status(),
  recovered: status({ state: 'ok', invoice: null, failure: null, access: { wall: 'none', endsAt: null } }),
};

function input(step: NotifyStep, channel: NotifyChannel, locale: string, extra: Partial<ComposeInput> = {}): ComposeInput {
  return {
    step,
    channel,
    status: STATUS_FOR[step],
    locale,
    link: LINK,
    merchant: MERCHANT,
    customerName: 'Ada Lovelace',
    recovered: step === 'recovered' ? { amount: { value: 2900, currency: 'eur' }, paidAt: '2026-11-22T10:00:00Z', nextChargeAt: '2026-12-20T08:00:00Z' } : null,
    nextChargeAt: step === 'expiring' ? '2027-01-05T08:00:00Z' : null,
    now: NOW,
    ...extra,
  };
}

const compose = <C extends NotifyChannel>(step: NotifyStep, channel: C, locale: string, extra: Partial<ComposeInput> = {}) =>
  composeMessage(input(step, channel, locale, extra)) as Extract<ComposedMessage, { channel: C }>;

/** Everything a reader sees of a message, whatever its channel. */
function visibleText(message: ComposedMessage): string {
  if (message.channel === 'email') return `${message.subject}\n${message.text}`;
  if (message.channel === 'sms') return message.text;
  return `${message.title}\n${message.body}`;
}

function parsed(html: string) {
  return parseDocument(html, { decodeEntities: true });
}

/** The text of the document's body, entities decoded, as a reader sees it. */
function htmlBodyText(html: string): string {
  const body = DomUtils.findOne((el) => el.name === 'body', parsed(html).children, true);
  assert.ok(body, 'the HTML has a body');
  return DomUtils.textContent(body).replace(/\s+/g, ' ');
}

describe('composeMessage: every step, channel and locale', () => {
  for (const locale of LOCALES_UNDER_TEST) {
    for (const step of NOTIFY_STEPS) {
      for (const channel of NOTIFY_CHANNELS) {
        it(`${step} / ${channel} / ${locale}`, () => {
          const message = compose(step, channel, locale);
          assert.equal(message.channel, channel);
          assert.equal(message.step, step);
          assert.equal(message.locale, locale);
          assert.equal(message.dir, locale === 'ar' ? 'rtl' : 'ltr');
          assert.equal(message.link, LINK);
          const text = visibleText(message);
          assert.ok(text.trim().length > 20);
          // The link and the support contact, in every message the customer reads.
          if (message.channel !== 'in_app') assert.ok(text.includes(LINK), 'the link is in the text');
          assert.ok(text.includes('help@acme.example'), 'the support contact is named');
          if (locale !== 'en') {
            const english = visibleText(compose(step, channel, 'en'));
            assert.notEqual(text, english, 'the text is translated');
          }
        });
      }
    }
  }

  it('lays out the email as a whole HTML document with lang, dir, the button, the link as text and dark styles', () => {
    for (const locale of LOCALES_UNDER_TEST) {
      const mail = compose('failed', 'email', locale);
      const doc = parsed(mail.html);
      const html = DomUtils.findOne((el) => el.name === 'html', doc.children, true)!;
      assert.equal(html.attribs.lang, locale);
      assert.equal(html.attribs.dir, locale === 'ar' ? 'rtl' : 'ltr');
      const links = DomUtils.findAll((el) => el.name === 'a', doc.children).filter((a) => a.attribs.href === LINK);
      assert.equal(links.length, 2, 'the button and the written-out link');
      assert.ok(links.some((a) => DomUtils.textContent(a) === LINK), 'the link is also shown as text');
      assert.ok(links.some((a) => DomUtils.textContent(a) === notifyStringsFor(locale).messages['email.cta.update']), 'the button');
      assert.equal(DomUtils.findAll((el) => el.name === 'img', doc.children).length, 0, 'readable without images: there are none');
      const meta = DomUtils.findAll((el) => el.name === 'meta' && el.attribs.name === 'color-scheme', doc.children);
      assert.equal(meta[0]?.attribs.content, 'light dark');
      const style = DomUtils.textContent(DomUtils.findOne((el) => el.name === 'style', doc.children, true)!);
      assert.match(style, /@media \(prefers-color-scheme:dark\)/);
      const mailto = DomUtils.findAll((el) => el.name === 'a', doc.children).find((a) => a.attribs.href === 'mailto:help@acme.example');
      assert.ok(mailto, 'the support address is a link');
    }
  });

  it('says the same thing in the HTML and in the plain-text part', () => {
    for (const locale of LOCALES_UNDER_TEST) {
      for (const step of NOTIFY_STEPS) {
        const mail = compose(step, 'email', locale);
        const body = htmlBodyText(mail.html);
        for (const paragraph of mail.text.split('\n\n').filter((p) => !p.startsWith('-- ') && !p.includes(LINK))) {
          assert.ok(body.includes(paragraph.replace(/\s+/g, ' ')), `${step}/${locale}: "${paragraph}" is in the HTML`);
        }
      }
    }
  });

  it('aligns Arabic to the right', () => {
    const doc = parsed(compose('failed', 'email', 'ar').html);
    const card = DomUtils.findOne((el) => el.attribs.class === 'pm-card', doc.children, true)!;
    assert.equal(card.attribs.dir, 'rtl');
    assert.match(card.attribs.style ?? '', /text-align:right/);
  });
});

describe('composeMessage: one catalog with the banner', () => {
  for (const locale of LOCALES_UNDER_TEST) {
    it(`uses the banner's decline explanation, sentence for sentence (${locale})`, () => {
      const t = catalogTranslationFor(locale);
      for (const failure of [
        { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null },
        { code: 'expired_card', declineCode: null, adviceCode: null },
        { code: 'card_declined', declineCode: 'do_not_honor', adviceCode: null },
      ]) {
        const s = status({ failure });
        const reason = explainWith(t, failure).body;
        const banner = explainStatus(t, s, { locale, now: NOW })!.body;
        for (const channel of ['email', 'in_app'] as const) {
          const text = visibleText(compose('failed', channel, locale, { status: s }));
          assert.ok(text.includes(reason), `${channel}: the decline sentence "${reason}"`);
          assert.ok(text.includes(banner), `${channel}: the banner's whole explanation`);
        }
      }
    });
  }

  it('explains a bank confirmation with the banner words and a confirm button', () => {
    const mail = compose('action_required', 'email', 'de');
    const t = catalogTranslationFor('de');
    assert.ok(mail.text.includes(explainStatus(t, STATUS_FOR.action_required, { locale: 'de', now: NOW })!.body));
    assert.ok(mail.text.includes(notifyStringsFor('de').messages['email.cta.confirm']));
  });

  it('says when access ends once, in its own sentence', () => {
    const mail = compose('access_ends', 'email', 'en');
    assert.ok(mail.text.includes('Unless the payment is fixed, your access ends on December 10, 2026.'));
    assert.equal(mail.text.split('December 10, 2026').length - 1, 1, 'the date is said once');
  });

  it('names the expiring card and the charge it will not last until', () => {
    const mail = compose('expiring', 'email', 'en');
    assert.ok(mail.text.includes('Your Visa ending in 4242 expires before your next payment on January 5, 2027.'), mail.text);
    // Without a known charge date, the banner's own sentence stands in.
    const banner = explainStatus(catalogTranslationFor('en'), STATUS_FOR.expiring, { locale: 'en', now: NOW })!.body;
    assert.ok(compose('expiring', 'email', 'en', { nextChargeAt: null }).text.includes(banner));
  });
});

describe('composeMessage: tone', () => {
  const soft = status({ failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } });
  const hard = status({ failure: { code: 'card_declined', declineCode: 'expired_card', adviceCode: null } });

  for (const locale of LOCALES_UNDER_TEST) {
    it(`reads a soft decline differently from a hard one (${locale})`, () => {
      const m = notifyStringsFor(locale).messages;
      const softMail = compose('failed', 'email', locale, { status: soft });
      const hardMail = compose('failed', 'email', locale, { status: hard });
      assert.equal(softMail.tone, 'soft');
      assert.equal(hardMail.tone, 'hard');
      assert.ok(softMail.text.includes(m['tone.soft']) && !softMail.text.includes(m['tone.hard']));
      assert.ok(hardMail.text.includes(m['tone.hard']) && !hardMail.text.includes(m['tone.soft']));
      assert.notEqual(m['tone.soft'], m['tone.hard']);
    });
  }

  it('reads a fraud or stolen-card decline exactly like a generic one', () => {
    const generic = compose('failed', 'email', 'en', { status: status({ failure: { code: 'card_declined', declineCode: 'generic_decline', adviceCode: null } }) });
    for (const declineCode of ['fraudulent', 'lost_card', 'stolen_card', 'merchant_blacklist']) {
      for (const adviceCode of [null, 'do_not_try_again', 'try_again_later']) {
        const mail = compose('failed', 'email', 'en', { status: status({ failure: { code: 'card_declined', declineCode, adviceCode } }) });
        assert.equal(mail.tone, 'neutral', `${declineCode}/${adviceCode}`);
        assert.equal(mail.text, generic.text, `${declineCode}/${adviceCode}`);
      }
    }
  });

  it('has no decline tone for a thank-you or an expiring card', () => {
    assert.equal(compose('recovered', 'email', 'en', { status: soft }).tone, 'neutral');
    assert.equal(compose('expiring', 'sms', 'en').tone, 'neutral');
  });
});

describe('composeMessage: SMS', () => {
  for (const locale of LOCALES_UNDER_TEST) {
    it(`carries no amount, card digits or name, stays on one line and short (${locale})`, () => {
      for (const step of NOTIFY_STEPS) {
        const sms = compose(step, 'sms', locale, { customerName: 'Ada Lovelace' });
        const withoutLink = sms.text.replace(LINK, '');
        assert.ok(!/\d/.test(withoutLink), `${step}: no digits at all (no amount, no last4, no dates): ${sms.text}`);
        assert.ok(!sms.text.includes('Ada') && !sms.text.includes('Lovelace'), `${step}: no name`);
        assert.ok(!/[\r\n]/.test(sms.text), `${step}: one line`);
        // Two segments at most around the link, whatever the alphabet.
        assert.ok(smsSegments(withoutLink) <= 2, `${step}: ${withoutLink.length} characters`);
        if (locale === 'en' || locale === 'de') assert.ok(smsSegments(sms.text) <= 2, `${step}: GSM 7-bit, two segments with the link`);
      }
    });
  }

  it('keeps a hostile merchant name from breaking the SMS', () => {
    const sms = compose('failed', 'sms', 'en', {
      merchant: { name: 'Acme\r\nSTOP\u0007 \u202eevil\u202c  Corporation International Holdings Ltd', supportEmail: 'help@acme.example' },
    });
    assert.ok(!/[\r\n\u0000-\u001f\u202a-\u202e]/.test(sms.text), JSON.stringify(sms.text));
    assert.ok(sms.text.startsWith('Acme STOP evil Corporation'), sms.text);
    // Cut at 30 characters; the ellipsis becomes "..." in the GSM alphabet.
    assert.ok(sms.text.split(':')[0]!.length <= 32, 'the name is cut short');
  });
});

describe('composeMessage: hostile input', () => {
  const hostileName = '<img src=x onerror=alert(1)>';
  const hostileMerchant = 'Acme "&< Co';

  it('escapes a hostile customer name and merchant name in the HTML', () => {
    for (const locale of LOCALES_UNDER_TEST) {
      for (const step of NOTIFY_STEPS) {
        const mail = compose(step, 'email', locale, { customerName: hostileName, merchant: { ...MERCHANT, name: hostileMerchant } });
        const doc = parsed(mail.html);
        assert.equal(DomUtils.findAll((el) => el.name === 'img', doc.children).length, 0, 'no element was injected');
        const attributes = DomUtils.findAll(() => true, doc.children).flatMap((el) => Object.keys(el.attribs));
        assert.ok(!attributes.some((name) => name.startsWith('on')), 'no event handler attribute');
        const text = htmlBodyText(mail.html);
        assert.ok(text.includes(hostileName), 'the name reads as it was typed');
        assert.ok(text.includes(hostileMerchant), 'the merchant reads as it was typed');
        const title = DomUtils.textContent(DomUtils.findOne((el) => el.name === 'title', doc.children, true)!);
        assert.equal(title, mail.subject);
        assert.ok(mail.subject.includes(hostileMerchant));
        assert.ok(!/[\r\n]/.test(mail.subject), 'a subject is one header line');
      }
    }
  });

  it('keeps a newline in the merchant name out of the subject header', () => {
    const mail = compose('failed', 'email', 'en', { merchant: { name: 'Acme\r\nBcc: victim@example.com', supportEmail: null } });
    assert.ok(!/[\r\n]/.test(mail.subject), mail.subject);
  });

  it('links only http(s) support URLs and refuses a link that is not http(s)', () => {
    const mail = compose('failed', 'email', 'en', { merchant: { name: 'Acme', supportUrl: 'javascript:alert(1)', supportEmail: null } });
    assert.ok(!mail.html.includes('javascript:'), 'the script URL is dropped');
    const web = compose('failed', 'email', 'en', { merchant: { name: 'Acme', supportUrl: 'https://acme.example/help', supportEmail: null } });
    assert.ok(web.text.includes('https://acme.example/help'));
    for (const link of ['javascript:alert(1)', 'data:text/html,hi', '/relative', '', 'https://acme.example/a b']) {
      assert.throws(() => compose('failed', 'email', 'en', { link }), TypeError, link);
    }
  });

  it('never throws on an unknown locale, an odd currency or codes Stripe may add', () => {
    const odd = status({
      invoice: { ...status().invoice!, currency: 'x$y' },
      failure: { code: 'brand_new_code', declineCode: 'not_a_code_yet', adviceCode: 'something_new' },
    });
    for (const locale of ['xx-YY', '', null, 'de-AT', 'zh-Hant-HK']) {
      for (const channel of NOTIFY_CHANNELS) {
        const message = composeMessage({ ...input('failed', channel, 'en'), status: odd, locale });
        assert.ok(visibleText(message).length > 0);
      }
    }
    assert.equal(compose('failed', 'email', 'de-AT').locale, 'de');
  });
});

describe('composeMessage: the thank-you', () => {
  for (const locale of LOCALES_UNDER_TEST) {
    it(`has what was paid and when the next charge is (${locale})`, () => {
      const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(29);
      const next = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse('2026-12-20T08:00:00Z'));
      for (const channel of ['email', 'in_app'] as const) {
        const text = visibleText(compose('recovered', channel, locale));
        assert.ok(text.includes(amount), `${channel}: ${amount}`);
        assert.ok(text.includes(next), `${channel}: ${next}`);
      }
      assert.ok(!compose('recovered', 'sms', locale).text.includes(amount));
    });
  }
});

describe('composeMessage: pure', () => {
  it('gives the same message for the same input, and reads the clock only from `now`', () => {
    const a = compose('failed', 'email', 'en');
    const b = compose('failed', 'email', 'en');
    assert.deepEqual(a, b);
    // An end of access already past is not announced: the moment comes from the input.
    const later = compose('failed', 'email', 'en', { now: Date.parse('2026-12-11T00:00:00Z') });
    assert.ok(a.text.includes('December 10, 2026'));
    assert.ok(!later.text.includes('December 10, 2026'));
  });

  it('writes a language Paymend does not speak wholly in English', () => {
    const swahili = compose('failed', 'email', 'sw-KE');
    assert.equal(swahili.locale, 'en');
    assert.equal(swahili.text, compose('failed', 'email', 'en').text);
  });

  it('greets by name, or without one', () => {
    assert.ok(compose('failed', 'email', 'en').text.startsWith('Hi Ada Lovelace,'));
    assert.ok(compose('failed', 'email', 'en', { customerName: null }).text.startsWith('Hello,'));
    assert.ok(compose('failed', 'email', 'en', { customerName: ' \n ' }).text.startsWith('Hello,'));
  });
});

// Typed reads of the composed shapes, so a change to them is caught here too.
export type _Shapes = [ComposedEmail, ComposedSms, ComposedInApp];
