import '../../src/define.js';
import { sendKeys } from '@web/test-runner-commands';
import { equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { captureWarnings, fastForwardTimers, freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe } from './stripe-stub.js';
import { dialogOf, formReady, HOUR, innerForm, isOpen, openWall, part, text, walled } from './wall-helpers.js';
import type { Status } from '../../src/protocol/index.js';

describe('<paymend-wall>', () => {
  afterEach(restore);

  // First in this file, so nothing has loaded the wall's dialog or the form yet.
  it('shows nothing, and loads nothing, for a customer who needs no wall', async () => {
    for (const status of [makeStatus('ok'), makeStatus('failed'), makeStatus('expired')]) {
      const wall = mount(Object.assign(document.createElement('paymend-wall'), { status, lang: 'en' }));
      await settle();
      equal(dialogOf(wall), null, `renders nothing for ${status.state} without a wall`);
      equal(innerForm(wall), null, 'no form');
    }
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    equal(loaded.filter((name) => /wall-view|components\/form\/form/.test(name)).length, 0, 'no dialog or form code loaded');
  });

  it('an invalid status is ignored with one warning', async () => {
    const warnings = captureWarnings();
    const wall = mount(Object.assign(document.createElement('paymend-wall'), { status: { v: 2 } as unknown as Status }));
    await settle();
    equal(dialogOf(wall), null, 'nothing shown');
    equal(warnings.length, 1, 'one warning');
  });

  describe('soft', () => {
    it('is a modal with the explanation, the end date and the form, and can be closed', async () => {
      const endsAt = Date.now() + 3 * 24 * HOUR;
      const { wall } = await openWall(walled('soft', endsAt));
      const dialog = dialogOf(wall)!;
      ok(dialog.matches(':modal'), 'a modal dialog (background inert)');
      // Not the heading: it names the dialog, focusing it would read it twice (wall-a11y-dialog.test.ts).
      equal(wall.shadowRoot!.activeElement, part(wall, 'message'), 'focus on the explanation');
      includes(text(part(wall, 'title')), 'Your last payment didn’t go through', 'the explanation');
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(endsAt);
      includes(text(part(wall, 'message')), `Your access continues until ${date}`, 'when access ends');
      const form = innerForm(wall)!;
      ok(form, 'the form is inside');
      equal(form.slot, 'form', 'slotted into the dialog');
      ok(form.hideCancel, 'the wall has its own close button');
      equal(form.endpoint, wall.endpoint, 'same endpoint');

      const dismissed = listen(wall, 'paymend-after-dismiss');
      part(wall, 'close-button')!.click();
      await until(() => !isOpen(wall), 'closed');
      equal(dismissed.length, 1, 'paymend-after-dismiss');
      equal(innerForm(wall), null, 'the form is removed with it');
    });

    it('closes with Escape', async () => {
      const { wall } = await openWall(walled('soft', Date.now() + 24 * HOUR));
      await sendKeys({ press: 'Escape' });
      await until(() => !isOpen(wall), 'closed by Escape');
    });

    it('a cancelled paymend-dismiss keeps it open', async () => {
      const { wall } = await openWall(walled('soft', Date.now() + 24 * HOUR));
      wall.addEventListener('paymend-dismiss', (event) => event.preventDefault(), { once: true });
      part(wall, 'close-button')!.click();
      await settle();
      ok(isOpen(wall), 'still open');
    });

    it('turns hard by itself when the grace period ends (fast-forwarded timer)', async () => {
      const delays = fastForwardTimers(60_000);
      const { wall } = await openWall(walled('soft', Date.now() + 5 * HOUR));
      ok(delays.some((delay) => delay > 4 * HOUR), 'a timer for the end of the grace period');
      await until(() => part(wall, 'close-button') === null, 'the close button to go');
      includes(text(part(wall, 'message')), 'Your access is paused until the payment is fixed', 'says access is paused');
      await sendKeys({ press: 'Escape' });
      await settle();
      ok(isOpen(wall), 'Escape no longer closes it');
    });

    it('a dismissed soft wall comes back, hard, when the clock passes the end of the grace period', async () => {
      const endsAt = Date.now() + 24 * HOUR;
      let now = Date.now();
      const { wall } = await openWall(walled('soft', endsAt), (w) => (w.now = () => now));
      part(wall, 'close-button')!.click();
      await until(() => !isOpen(wall), 'dismissed');

      now = endsAt + 1; // e.g. the laptop slept through the timer
      // The page comes back to the foreground (pinned as visible: the runner may run this page in the background).
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await until(() => isOpen(wall), 'back');
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      equal(part(wall, 'close-button'), null, 'now hard');
    });
  });

  describe('hard', () => {
    it('cannot be closed, keeps the background inert, and offers the merchant’s escape hatches', async () => {
      const outside = mount(Object.assign(document.createElement('button'), { textContent: 'App button' }));
      const { wall } = await openWall(walled('hard', Date.now() - 24 * HOUR), (w) => {
        w.setAttribute('logout-href', '/logout');
        w.setAttribute('support-href', 'mailto:help@shop.test');
        const cancel = Object.assign(document.createElement('button'), { slot: 'cancel-subscription', textContent: 'Cancel my plan' });
        w.append(cancel);
      });
      equal(part(wall, 'close-button'), null, 'no close button');
      ok(!text(part(wall, 'message')).includes('continues until'), 'no end date in the past');
      includes(text(part(wall, 'message')), 'Your access is paused', 'says access is paused');

      const links = [...wall.shadowRoot!.querySelectorAll('a')].map((a) => `${text(a)} ${a.getAttribute('href')}`);
      ok(links.includes('Log out /logout'), `log out link: ${links}`);
      // The support link is prefilled (subject, body): test/browser/support-wall.test.ts reads it.
      ok(links.some((link) => link.startsWith('Contact support mailto:help@shop.test?subject=')), `support link: ${links}`);
      const slot = wall.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="cancel-subscription"]')!;
      equal(text(slot.assignedElements()[0]), 'Cancel my plan', 'the merchant’s own control, slotted');

      outside.focus();
      ok(document.activeElement !== outside, 'the app behind is inert');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await settle();
      ok(isOpen(wall), 'Escape does not close it');
      dialogOf(wall)!.close();
      equal(isOpen(wall), false, 'closed for a moment');
      await until(() => isOpen(wall), 'even a forced close to reopen it');
    });
  });

  describe('when the payment is fixed', () => {
    it('thanks the customer, then gets out of the way', async () => {
      const { wall } = await openWall(walled('hard', Date.now() - HOUR));
      await formReady(wall);
      innerForm(wall)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await until(() => part(wall, 'continue-button'), 'the thank-you');
      includes(text(part(wall, 'message')), 'Your payment of $12.50 went through', 'thanks for the payment');
      equal(part(wall, 'message')!.getAttribute('role'), 'status', 'announced');
      equal(innerForm(wall), null, 'the form is gone');
      await until(() => wall.shadowRoot!.activeElement === part(wall, 'title'), 'focus on the thanks heading');
      await expectAccessible(wall, 'thanks');

      part(wall, 'continue-button')!.click();
      await until(() => !isOpen(wall), 'closed');
      equal(wall.status?.state, 'ok', 'holds the new status');
    });

    it('reacts to a form elsewhere on the page (the banner’s)', async () => {
      const { wall } = await openWall(walled('soft', Date.now() + HOUR));
      document.body.dispatchEvent(
        new CustomEvent('paymend-updated', {
          bubbles: true,
          composed: true,
          detail: { status: makeStatus('ok'), recovered: true },
        }),
      );
      await until(() => part(wall, 'continue-button'), 'the thank-you');
    });
  });

  describe('keyboard and axe', () => {
    it('works by keyboard alone and keeps focus inside', async () => {
      const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => w.setAttribute('support-href', '/support'));
      await formReady(wall);
      const reached = new Set<string>();
      for (let i = 0; i < 8; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement;
        ok(active === wall || wall.contains(active), `focus stays in the wall (step ${i}: ${active?.tagName})`);
        const inner = wall.shadowRoot!.activeElement ?? active;
        reached.add(inner?.getAttribute('part') ?? inner?.getAttribute('aria-label') ?? inner?.tagName ?? '');
      }
      ok(reached.has('Card number'), `the card field is reachable: ${[...reached]}`);
      ok(reached.has('close-button'), 'the close button is reachable');
      ok(reached.has('support'), 'the support link (part "support") is reachable');
      (part(wall, 'title') as HTMLElement).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      equal(wall.shadowRoot!.activeElement, part(wall, 'close-button'), 'Shift+Tab from the top wraps to the last control');
      await sendKeys({ press: 'Enter' });
      await until(() => !isOpen(wall), 'closed with Enter');
    });

    it('passes axe when soft and when hard', async () => {
      const soft = await openWall(walled('soft', Date.now() + HOUR), (w) => w.setAttribute('logout-href', '/logout'));
      await formReady(soft.wall);
      await expectAccessible(soft.wall, 'soft');
      soft.wall.remove();
      const hard = await openWall(walled('hard', Date.now() - HOUR));
      await formReady(hard.wall);
      await expectAccessible(hard.wall, 'hard');
    });

    it('speaks the customer’s language, right to left', async () => {
      const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => (w.lang = 'he'));
      equal(dialogOf(wall)!.getAttribute('dir'), 'rtl', 'direction');
      equal(dialogOf(wall)!.getAttribute('lang'), 'he', 'lang');
      equal(innerForm(wall)!.lang, 'he', 'the form speaks it too');
    });
  });

  it('shares the banner’s status request', async () => {
    installStripe();
    const backend = fakeBackend({ status: walled('soft', Date.now() + HOUR) });
    const endpoint = freshEndpoint();
    mount(Object.assign(document.createElement('paymend-banner'), { endpoint, lang: 'en' }));
    const wall = mount(Object.assign(document.createElement('paymend-wall'), { endpoint, lang: 'en' }));
    await until(() => isOpen(wall), 'the wall');
    equal(backend.to('/status').length, 1, 'one GET /status for both');
  });
});
