/** "Contact support" in the banner, the form and the wall: the event, the prefilled mail, the beacon. */
import '../../src/define.js';
import '../../src/components/form/form.js';
import type { PaymendEvent } from '../../src/internal/events.js';
import type { SupportDetail } from '../../src/internal/support.js';
import { careEn, loadCareTranslation } from '../../src/translations/care/index.js';
import { en } from '../../src/translations/index.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, ok } from './assert.js';
import { part, shownBanner, text } from './banner-helpers.js';
import { expectAccessible } from './form-axe.js';
import { captureWarnings, listen, makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

/** A renewal declined for insufficient funds: USD 12.50 on in_1PaymendTest. */
const insufficient = (): Status =>
  makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } });

/** Every click that reaches the window, whether something prevented it; the navigation is stopped there. */
function recordClicks(): Array<{ prevented: boolean }> {
  const clicks: Array<{ prevented: boolean }> = [];
  const onClick = (event: Event) => {
    clicks.push({ prevented: event.defaultPrevented });
    event.preventDefault(); // The test page must not follow a mailto: link.
  };
  window.addEventListener('click', onClick);
  cleanups.push(() => window.removeEventListener('click', onClick));
  return clicks;
}
const cleanups: Array<() => void> = [];

/** The mailto's parts, decoded as a mail client reads them. */
function readMailto(href: string): { address: string; subject: string | null; body: string | null } {
  ok(href.startsWith('mailto:'), `a mailto link: ${href}`);
  const [address, query = ''] = href.slice('mailto:'.length).split('?');
  ok(!query.includes('+'), 'spaces are %20, never +');
  const params = new Map(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return { address: address!, subject: params.get('subject') ?? null, body: params.get('body') ?? null };
}

describe('Contact support', () => {
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    restore();
  });

  describe('in the banner', () => {
    it('is absent unless the merchant says where support is', async () => {
      const { element } = await shownBanner(insufficient());
      equal(part(element, 'support'), null, 'no support control by default');
    });

    it('emits the plain context, sends one support_opened beacon, and a listener can stop the link', async () => {
      const { element, beacons } = await shownBanner(insufficient(), { 'support-href': 'mailto:help@shop.test' });
      const link = part(element, 'support')!;
      equal(link.localName, 'a', 'a link when there is somewhere to go');
      equal(text(link), careEn.messages['care.support.open']);
      const events = listen(document.body, 'paymend-support');
      const clicks = recordClicks();
      const stop = (event: Event) => event.preventDefault();
      element.addEventListener('paymend-support', stop, { once: true });

      link.click();

      equal(events.length, 1, 'one paymend-support');
      const event = events[0] as PaymendEvent<'paymend-support'>;
      ok(event.bubbles && event.composed && event.cancelable, 'bubbles, composed, cancelable');
      const expected: SupportDetail = {
        source: 'banner',
        state: 'failed',
        reason: 'insufficient_funds',
        reasonText: en.messages['decline.insufficient_funds.body'],
        invoiceId: 'in_1PaymendTest',
        amountDue: 1250,
        currency: 'usd',
      };
      deepEqual(event.detail, expected, 'the context an agent needs');
      const raw = JSON.stringify(event.detail);
      ok(!raw.includes('card_declined') && !raw.includes('4242') && !raw.includes('visa'), `no raw code or card detail: ${raw}`);
      deepEqual(clicks, [{ prevented: true }], 'cancelling paymend-support stops the mailto');
      await until(() => beacons().some((b) => b.name === 'support_opened'), 'the support_opened beacon');
      deepEqual(
        beacons().filter((b) => b.name === 'support_opened'),
        [{ name: 'support_opened', state: 'failed', source: 'banner', invoiceId: 'in_1PaymendTest' }],
        'counted once, with its source',
      );

      // Not cancelled: the link is followed (stopped only by the test page's own listener).
      link.click();
      deepEqual(clicks[1], { prevented: false }, 'the link opens when nobody cancels');
    });

    it('prefills the mail with the catalog’s subject and body, every line intact', async () => {
      const { element } = await shownBanner(insufficient(), { 'support-href': 'mailto:help@shop.test' });
      const mail = readMailto(part(element, 'support')!.getAttribute('href')!);
      equal(mail.address, 'help@shop.test');
      equal(mail.subject, careEn.messages['care.support.subject']);
      const body = careEn.messages['care.support.body']({
        summary: text(part(element, 'title')),
        reason: en.messages['decline.insufficient_funds.body'],
        invoice: 'in_1PaymendTest',
        amount: '$12.50',
      });
      equal(mail.body, body.replace(/\n/g, '\r\n'), 'the body, with CRLF line breaks (RFC 6068)');
      ok(!mail.body!.includes('card_declined'), 'no raw code in the mail');
    });

    it('says a stolen card’s decline as the generic one, as Stripe asks, in the event and the mail', async () => {
      const stolen = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'stolen_card', adviceCode: null } });
      const { element } = await shownBanner(stolen, { 'support-href': 'mailto:help@shop.test' });
      const events = listen(document.body, 'paymend-support');
      element.addEventListener('paymend-support', (event) => event.preventDefault(), { once: true });
      part(element, 'support')!.click();
      equal(events[0]!.detail.reason, 'generic');
      equal(events[0]!.detail.reasonText, en.messages['decline.generic.body']);
      const href = part(element, 'support')!.getAttribute('href')!;
      ok(!decodeURIComponent(href).includes('stolen'), 'the mail never says stolen');
    });

    it('keeps a subject the merchant set, and leaves a web link as it is', async () => {
      const { element } = await shownBanner(insufficient(), { 'support-href': 'mailto:help@shop.test?subject=Billing%20%2342' });
      const mail = readMailto(part(element, 'support')!.getAttribute('href')!);
      equal(mail.subject, 'Billing #42', 'the merchant’s subject wins');
      ok(mail.body?.startsWith('Hello,'), 'the body is still added');
      restore();
      const web = await shownBanner(insufficient(), { 'support-href': 'https://shop.test/help' });
      equal(part(web.element, 'support')!.getAttribute('href'), 'https://shop.test/help');
    });

    it('is a button that only emits with `support` alone (a chat widget)', async () => {
      const { element, beacons } = await shownBanner(insufficient(), { support: '' });
      const control = part(element, 'support')!;
      equal(control.localName, 'button');
      equal(control.getAttribute('type'), 'button');
      const events = listen(document.body, 'paymend-support');
      control.focus();
      control.click();
      equal(events.length, 1, 'emitted');
      equal(events[0]!.detail.source, 'banner');
      await until(() => beacons().some((b) => b.name === 'support_opened'), 'the beacon');
    });

    it('refuses a javascript: link', async () => {
      const warnings = captureWarnings();
      const { element } = await shownBanner(insufficient(), { 'support-href': 'javascript:alert(1)' });
      equal(part(element, 'support'), null, 'no control');
      ok(warnings.some((w) => String(w.join(' ')).includes('ignored the support link')), 'warned');
    });

    it('is axe-clean, and in Arabic sits in the right-to-left box marked with its own language', async () => {
      const { element } = await shownBanner(insufficient(), { 'support-href': 'mailto:help@shop.test' });
      await expectAccessible(element, 'banner with support');
      restore();
      const arabic = await shownBanner(insufficient(), { 'support-href': 'mailto:help@shop.test', lang: 'ar' });
      const care = await loadCareTranslation('ar');
      // The element asked for the same file first; its answer renders on the next update.
      await until(() => part(arabic.element, 'support')?.getAttribute('lang') === care.locale, 'the Arabic care words');
      const base = part(arabic.element, 'base')!;
      equal(base.getAttribute('dir'), 'rtl', 'the banner reads right to left');
      const control = part(arabic.element, 'support')!;
      equal(control.getAttribute('lang'), care.locale, 'the label says which language it is in');
      equal(control.getAttribute('dir'), care.dir);
      equal(text(control), care.messages['care.support.open']);
      const box = base.getBoundingClientRect();
      const rect = control.getBoundingClientRect();
      ok(rect.left >= box.left - 1 && rect.right <= box.right + 1, 'inside the box');
      await expectAccessible(arabic.element, 'Arabic banner with support');
    });
  });

  describe('in the banner’s form and the wall', () => {
    it('the form opened from the banner carries it, with source "form"', async () => {
      const { bannerWithForm, openForm } = await import('./banner-helpers.js');
      const opened = await bannerWithForm(insufficient(), { 'support-href': 'mailto:help@shop.test' });
      const form = await openForm(opened);
      const control = form.shadowRoot!.querySelector<HTMLElement>('[part~="support"]');
      ok(control, 'the form has "Contact support" too');
      const events = listen(document.body, 'paymend-support');
      recordClicks();
      control!.click();
      equal(events.length, 1);
      equal(events[0]!.detail.source, 'form');
      equal(events[0]!.detail.reason, 'insufficient_funds');
      await until(() => opened.backend.to('/events').some((call) => call.body.name === 'support_opened' && call.body.source === 'form'), 'the form’s beacon');
      await expectAccessible(form, 'form with support');
    });

    it('the wall’s support link is the same control, with source "wall"', async () => {
      const { openWall, HOUR } = await import('./wall-helpers.js');
      const status = { ...insufficient(), access: { wall: 'soft' as const, endsAt: new Date(Date.now() + HOUR).toISOString() } };
      const { wall, backend } = await openWall(status, (w) => w.setAttribute('support-href', 'mailto:help@shop.test'));
      const link = wall.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="support"]')!;
      ok(link, 'the wall has it');
      equal(readMailto(link.getAttribute('href')!).subject, careEn.messages['care.support.subject']);
      const events = listen(document.body, 'paymend-support');
      recordClicks();
      link.click();
      equal(events[0]?.detail.source, 'wall');
      equal(events[0]?.detail.state, 'failed');
      await until(() => backend.to('/events').some((call) => call.body.name === 'support_opened' && call.body.source === 'wall'), 'the wall’s beacon');
    });
  });
});
