// End-to-end: the demo (`npm start`) in Chromium, driven like a person would. Each scenario signs in
// a fresh customer, reads the banner (and the wall), opens the form, enters Stripe test cards in the
// offline stand-in's card form, sees declines explained and the update go through, then reloads to
// check that the status changed on the server. A screenshot of every step lands in test-results/e2e/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { en, explainStatus } from '../../src/explain/index.js';
import {
  CardForm,
  GOOD_CARD,
  Stage,
  THREE_DS_CARD,
  answerBank,
  bannerThanks,
  openBannerForm,
  readBanner,
  reloadAllClear,
  textOf,
  waitForText,
} from './visit.js';

const stage = new Stage('test-results/e2e');
before(() => stage.start());
after(() => stage.stop());

describe('demo end to end (Chromium)', () => {
  it('healthy: no banner, and neither the form nor Stripe is loaded', async () => {
    await stage.withVisit('healthy', async (visit) => {
      const status = await visit.login('healthy');
      assert.equal(status.state, 'ok');
      // Anything lazy would be requested right after the status; wait until the network is quiet.
      await visit.page.waitForLoadState('networkidle');
      await visit.shot('dashboard');
      assert.equal(await visit.banner.getAttribute('state'), null);
      assert.equal(await visit.banner.isVisible(), false, 'the banner takes no space');
      assert.equal(await visit.wallDialog.count(), 0);

      // `/stripe-standin.js` is the offline page's own `window.Stripe` (with real keys the page has no
      // Stripe script); what must not happen is Stripe being initialised or called, or anything lazy.
      const lazy = visit.requests.filter((r) => /paymend-chunks\/(form|banner-view|wall-view)-|setup-intent|\/demo\/stripe\/|stripe\.com|\/billing\/paymend\/(?!status$)/.test(r));
      assert.deepEqual(lazy, [], `a healthy page loads nothing more; it requested:\n${visit.requests.join('\n')}`);
      assert.deepEqual(
        visit.requests.filter((r) => r.includes('/billing/paymend/')),
        ['GET /billing/paymend/status'],
        'one status request per page, no beacon',
      );
      const page = await visit.page.evaluate(() => ({ form: customElements.get('paymend-form') !== undefined, stripeCalls: window.__e2e.stripeCalls }));
      assert.deepEqual(page, { form: false, stripeCalls: 0 }, 'the form is not registered and Stripe.js was never initialised');
    });
  });

  it('expiring: names the card and its expiry; a typed 3-D Secure card is confirmed with the bank', async () => {
    await stage.withVisit('expiring', async (visit) => {
      const status = await visit.login('expiring');
      assert.equal(status.state, 'expiring');
      const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(status.paymentMethod!.expYear!, status.paymentMethod!.expMonth! - 1, 1),
      );
      const text = await readBanner(visit, 'Your card expires soon');
      assert.match(text, new RegExp(`Your Visa ending in 4242 expires in \\d+ days \\(end of ${month}\\)\\. Update it to keep your subscription running`));
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      assert.equal(await form.root.locator('.intro').count(), 0, 'nothing is due, so nothing will be charged');
      await visit.shot('form-open');
      await form.type(THREE_DS_CARD);
      await visit.shot('card-typed');
      await form.save();
      const challenges = await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      assert.ok(challenges >= 1, 'the bank asked for 3-D Secure');
      assert.match(await bannerThanks(visit, /will be used/), /Your Visa ending in 3184 will be used for your subscription from now on\./);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('expired: says so; an expired test card is declined, then 4242 works', async () => {
    await stage.withVisit('expired', async (visit) => {
      await visit.login('expired');
      const text = await readBanner(visit, 'Your card has expired');
      assert.match(text, /Your Visa ending in 4242 expired at the end of January \d{4}\. Update it to keep your subscription active\./);
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.pick('0069');
      await visit.shot('expired-card-picked');
      await form.save();
      assert.match(await form.declined('The card has expired'), /Please add a card that is still valid/);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /will be used for your subscription/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('insufficient_funds: explains funds in plain words; the form and Stripe load on demand; another card pays', async () => {
    await stage.withVisit('insufficient_funds', async (visit) => {
      await visit.login('insufficient_funds');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      assert.match(text, /Your bank declined the payment because the account doesn’t have enough funds right now\. You can add funds and try again, or use a different card\./);
      assert.match(text, /\$29\.00 is still due\. We first tried to take the payment on \w+ \d{1,2}, \d{4}\. We’ll try the payment again on \w+ \d{1,2}, \d{4}\./);
      assert.doesNotMatch(text, /insufficient_funds/, 'never the raw code');
      await visit.shot('banner');
      assert.equal(visit.requests.some((r) => /paymend-chunks\/form-/.test(r)), false, 'the form chunk waits for the click');

      const form = await openBannerForm(visit);
      assert.ok(visit.requests.some((r) => /GET \/paymend-chunks\/form-/.test(r)), 'the form chunk loaded on opening');
      assert.equal(await visit.page.evaluate(() => window.__e2e.stripeCalls), 1, 'Stripe initialised once, on opening');
      assert.match(await textOf(form.root.locator('.intro')), /will be charged \$29\.00 right away/);
      await visit.shot('form-open');

      // The card on file, picked again: the same card (fingerprint) declined again says so.
      await form.pick('9995');
      await form.save();
      const declined = await form.declined('This card was declined too');
      assert.match(declined, /Your payment method on file hasn’t changed/);
      assert.doesNotMatch(declined, /doesn’t have enough funds right now/, 'not the banner’s sentence again');
      await visit.shot('declined');

      await form.type(GOOD_CARD);
      await visit.shot('another-card');
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('do_not_honor: a calm explanation; a card whose payments fail is declined, then 4242 pays', async () => {
    await stage.withVisit('do_not_honor', async (visit) => {
      await visit.login('do_not_honor');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      assert.match(text, /Your bank declined the payment/);
      assert.match(text, /\$29\.00 is still due/);
      assert.doesNotMatch(text, /do_not_honor|honou?r/i, 'never the raw code');
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.type('4000 0000 0000 0341');
      await form.save();
      assert.match(await form.declined('The payment was declined'), /use a different card/);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /Your payment of \$29\.00 went through/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('lost_card: reads exactly like a generic decline and never says "lost"', async () => {
    await stage.withVisit('lost_card', async (visit) => {
      const status = await visit.login('lost_card');
      assert.equal(status.failure?.declineCode, 'lost_card');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      // What the same status would say for Stripe's `generic_decline`, in the banner's words.
      const generic = explainStatus(en, { ...status, failure: { ...status.failure!, declineCode: 'generic_decline' } }, { locale: 'en' })!;
      assert.equal(text, `${generic.title} ${generic.body}`);
      assert.doesNotMatch(text, /lost|stolen|fraud/i);
      await visit.shot('banner');

      const form = await openBannerForm(visit);
      await form.pick('9987');
      await form.save();
      const declined = await form.declined('The payment was declined');
      assert.match(declined, /Your bank declined the payment without telling us why/);
      assert.doesNotMatch(declined, /lost|stolen|fraud/i);
      await visit.shot('declined-generically');
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('action_required: asks to confirm with the bank; "Confirm payment" runs 3-D Secure with the card on file', async () => {
    await stage.withVisit('action_required', async (visit) => {
      await visit.login('action_required');
      const text = await readBanner(visit, 'Your bank needs you to confirm a payment');
      assert.match(text, /Your bank wants to make sure the payment of \$29\.00 is really from you\./);
      await visit.shot('banner');

      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      const challenges = await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      assert.equal(challenges, 1, 'one confirmation, nothing to type');
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('action_required: failing 3-D Secure is explained; another card then succeeds', async () => {
    await stage.withVisit('action_required_3ds_failed', async (visit) => {
      await visit.login('action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
      assert.equal(await answerBank(visit, 'Fail authentication', form.problem), 1);
      const declined = await form.declined('The confirmation didn’t go through');
      assert.match(declined, /We couldn’t confirm the payment with your bank/);
      await visit.shot('authentication-failed');
      await form.type(GOOD_CARD);
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('soft_wall: the wall can be closed (Escape, "Not now"); fixing the card from the banner lifts it', async () => {
    await stage.withVisit('soft_wall', async (visit) => {
      const status = await visit.login('soft_wall');
      assert.equal(status.access.wall, 'soft');
      await visit.wallDialog.waitFor();
      const wall = await waitForText(visit.wallDialog.locator('[part~="message"]'), /Your access continues until/);
      assert.match(wall, /doesn’t have enough funds/);
      assert.equal(await textOf(visit.wallDialog.locator('[part~="title"]')), 'Your last payment didn’t go through');
      await visit.wallDialog.getByRole('button', { name: 'Not now' }).waitFor();
      await visit.page.locator('paymend-wall > paymend-form input[name="number"]').waitFor();
      await visit.shot('wall');

      await visit.page.keyboard.press('Escape');
      await visit.wallDialog.waitFor({ state: 'detached' });
      await readBanner(visit, 'Your last payment didn’t go through');
      await visit.shot('closed-with-escape');

      await visit.reload();
      await visit.wallDialog.waitFor();
      await visit.shot('wall-again');
      await visit.wallDialog.getByRole('button', { name: 'Not now' }).click();
      await visit.wallDialog.waitFor({ state: 'detached' });
      await visit.shot('closed-not-now');

      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      assert.equal(await visit.wallDialog.count(), 0, 'the closed wall stays closed');
      await visit.shot('thank-you');
      await reloadAllClear(visit);
    });
  });

  it('hard_wall: Escape does nothing; fixing the card inside the wall lifts it', async () => {
    await stage.withVisit('hard_wall', async (visit) => {
      const status = await visit.login('hard_wall');
      assert.equal(status.access.wall, 'hard');
      await visit.wallDialog.waitFor();
      const wall = await waitForText(visit.wallDialog.locator('[part~="message"]'), /Your access is paused until the payment is fixed\./);
      assert.match(wall, /Your bank declined the payment without telling us why/);
      assert.equal(await visit.wallDialog.getByRole('button', { name: 'Not now' }).count(), 0, 'no way to close it');
      assert.equal(await visit.wallDialog.getByRole('link', { name: 'Contact support' }).count(), 1, 'an escape hatch to support');
      await visit.shot('wall');

      const form = new CardForm(visit, visit.page.locator('paymend-wall > paymend-form'));
      await form.ready();
      for (let press = 0; press < 2; press += 1) {
        // Chrome lets a second Escape close even a dialog whose `cancel` was prevented: try twice.
        await visit.page.keyboard.press('Escape');
        const open = await visit.page.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('paymend-wall')!.shadowRoot!.querySelector('dialog')!.open))),
            ),
        );
        assert.equal(open, true, `Escape #${press + 1} left the wall open`);
      }
      await visit.shot('escape-ignored');

      await form.pick('9987');
      await form.save();
      assert.doesNotMatch(await form.declined('The payment was declined'), /lost/i);
      await visit.shot('declined');
      await form.type(GOOD_CARD);
      await form.save();
      const thanks = await waitForText(visit.wallDialog.locator('[part~="message"]'), /went through/);
      assert.match(thanks, /Your payment of \$29\.00 went through\. Thank you!/);
      assert.equal(await textOf(visit.wallDialog.locator('[part~="title"]')), 'Thank you, you’re all set');
      await visit.shot('wall-thank-you');
      await visit.wallDialog.getByRole('button', { name: 'Continue' }).click();
      await visit.wallDialog.waitFor({ state: 'detached' });
      await visit.banner.waitFor({ state: 'hidden' });
      await visit.shot('wall-lifted');
      await reloadAllClear(visit);
    });
  });

  it('language: Arabic is right-to-left, Chinese reads Chinese, banner and form alike', async () => {
    await stage.withVisit('language', async (visit) => {
      await visit.login('insufficient_funds');
      await readBanner(visit, 'Your last payment didn’t go through');
      const languages = visit.page.getByLabel('Language');

      await languages.selectOption('ar');
      const rtl = visit.page.locator('paymend-banner div[part~="base"][lang="ar"][dir="rtl"]');
      await rtl.waitFor();
      const arabic = await textOf(visit.bannerMessage);
      assert.match(arabic, /[\u0600-\u06FF]{3}/, arabic);
      assert.doesNotMatch(arabic, /didn’t go through/);
      assert.equal(await rtl.evaluate((element) => getComputedStyle(element).direction), 'rtl');
      await visit.shot('ar-banner');
      await visit.banner.locator('[part~="button"]').click();
      const formBase = visit.page.locator('paymend-banner > paymend-form [part~="base"]');
      await visit.page.locator('paymend-banner > paymend-form [part~="base"][dir="rtl"]').waitFor();
      await visit.page.locator('paymend-banner > paymend-form input[name="number"]').waitFor();
      assert.match(await textOf(formBase.locator('[part~="title"]')), /[\u0600-\u06FF]{3}/);
      await visit.shot('ar-form');

      await languages.selectOption('zh');
      await visit.page.locator('paymend-banner div[part~="base"][lang="zh"][dir="ltr"]').waitFor();
      await visit.page.locator('paymend-banner > paymend-form [part~="base"][lang="zh"][dir="ltr"]').waitFor();
      const chinese = await textOf(visit.bannerMessage);
      assert.match(chinese, /[\u4E00-\u9FFF]{3}/, chinese);
      assert.match(await textOf(formBase.locator('[part~="title"]')), /[\u4E00-\u9FFF]{3}/);
      await visit.shot('zh');
    });
  });

  it('theme: dark and a brand theme restyle the banner through its documented hooks', async () => {
    await stage.withVisit('theme', async (visit) => {
      await visit.login('expiring');
      await readBanner(visit, 'Your card expires soon');
      const base = visit.page.locator('paymend-banner div[part~="base"]');
      const button = visit.page.locator('paymend-banner [part~="button"]');
      const style = async () => ({
        background: await base.evaluate((element) => getComputedStyle(element).backgroundColor),
        font: await base.evaluate((element) => getComputedStyle(element).fontFamily),
        buttonBackground: await button.evaluate((element) => getComputedStyle(element).backgroundColor),
        buttonCase: await button.evaluate((element) => getComputedStyle(element).textTransform),
      });
      const light = await style();
      await visit.shot('light');

      await visit.page.getByLabel('Theme').selectOption('dark');
      await visit.page.locator('paymend-banner[theme="dark"]').waitFor({ state: 'attached' });
      const dark = await style();
      assert.notEqual(dark.background, light.background, 'the banner restyled');
      assert.ok(luminance(dark.background) < luminance(light.background), `${dark.background} is darker than ${light.background}`);
      await visit.shot('dark');

      await visit.page.getByLabel('Theme').selectOption('brand');
      await visit.page.locator('body.brand').waitFor({ state: 'attached' });
      const brand = await style();
      assert.match(brand.font, /Georgia/, '--paymend-font-family');
      assert.equal(brand.buttonBackground, 'rgb(109, 40, 217)', '--paymend-color-primary');
      assert.equal(brand.buttonCase, 'uppercase', '::part(button)');
      await visit.shot('brand');
    });
  });
});

/** Relative luminance of a CSS `rgb()`/`rgba()` color, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
