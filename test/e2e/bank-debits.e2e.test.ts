// End-to-end through the demo (Chromium, the offline Stripe.js and stand-in): every bank-debit path a
// customer can meet, and a wallet (Google Pay, as far as an offline page can show one). A SEPA debit pays a declined euro renewal and is "on its way" until the bank
// settles it (the demo clock); an ACH account typed by hand waits for micro-deposits, verified on
// Stripe's hosted page (the stand-in's), after which the handler finishes the update from the webhook;
// a debit on its way is calm with no wall; a trial without a method asks for one and resumes once added.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bannerThanks, GOOD_CARD, openBannerForm, readBanner, reloadAllClear, Stage, textOf, waitForText, type CardForm, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-bank-debits');
before(() => stage.start());
after(() => stage.stop());

/** Picks a bank tab in the stand-in's Payment Element and fills it like a person (keyboard). */
async function typeBank(visit: Visit, form: CardForm, tab: 'SEPA Direct Debit' | 'US bank account', fields: Record<string, string>): Promise<void> {
  await form.root.getByRole('tab', { name: tab }).click();
  const panel = form.root.getByRole('tabpanel', { name: tab });
  for (const [label, value] of Object.entries(fields)) {
    await panel.getByLabel(label, { exact: true }).click();
    await visit.page.keyboard.type(value);
  }
}

const HOLDER = { 'Full name': 'Ada Lovelace', Email: 'ada@example.com' };

describe('bank debits end to end (Chromium)', () => {
  it('a SEPA debit pays the declined euro renewal: on its way, calm, then settled by the bank days later', async () => {
    await stage.withVisit('sepa', async (visit) => {
      await visit.login('euro_declined');
      await readBanner(visit, 'Your last payment didn’t go through');
      const form = await openBannerForm(visit);
      await typeBank(visit, form, 'SEPA Direct Debit', { ...HOLDER, IBAN: 'AT611904300234573201' });
      await visit.shot('sepa-typed');
      await form.save();
      const thanks = await waitForText(visit.bannerMessage, /on its way/);
      assert.match(thanks, /Your bank payment is on its way/);
      assert.match(thanks, /€29\.00/);
      await visit.shot('on-its-way');

      // The next page view: a calm status (no button, no wall), not "paid" and not "failed".
      const status = await visit.reload();
      assert.equal(status.state, 'processing');
      assert.equal(status.access.wall, 'none');
      await readBanner(visit, 'Your bank payment is on its way');
      assert.equal(await visit.banner.locator('[part~="message"] [role="status"]:not([aria-live="assertive"])').count(), 1, 'announced politely');
      assert.equal(await visit.banner.getByRole('button', { name: /Update|Add/ }).count(), 0, 'nothing to fix');
      await visit.shot('processing-banner');

      // Five days on (the demo clock), the bank has paid it.
      // SEPA settles in 5 business days: a week and a day covers any weekend.
      await stage.demo.clock.advance(8 * 86_400_000);
      await stage.demo.standin!.flushWebhooks();
      await reloadAllClear(visit);
    });
  });

  it('an ACH account typed by hand waits for micro-deposits; verified on Stripe’s page, the handler finishes the update', async () => {
    await stage.withVisit('ach', async (visit) => {
      await visit.login('insufficient_funds');
      const form = await openBannerForm(visit);
      await typeBank(visit, form, 'US bank account', { ...HOLDER, 'Routing number': '110000000', 'Account number': '000123456789' });
      await form.save();
      const notice = await waitForText(form.progress, /Check your bank account/);
      assert.match(notice, /small deposit/);
      assert.equal(await form.problem.count(), 0, 'not a decline');
      const link = form.root.getByRole('link', { name: 'Verify your bank account' });
      assert.equal(await link.getAttribute('target'), '_blank');
      await visit.shot('check-your-bank');
      const url = await link.getAttribute('href');
      assert.ok(url, 'a link to the hosted verification page');

      // Days later the customer opens the link from their bank statement and types the amounts.
      const tab = await visit.newTab('verification');
      await tab.page.goto(url);
      // The deposit's statement description carries the code (Stripe's test code SM11AA).
      await tab.page.getByLabel('Code from the deposit’s description'.replace('’', "'")).fill('SM11AA');
      await tab.page.getByRole('button', { name: 'Verify with the code' }).click();
      await tab.page.getByRole('heading', { name: 'Bank account verified' }).waitFor();
      await tab.shot('verified');
      await stage.demo.standin!.flushWebhooks();

      // Back in the app: the account is on file and paying the overdue invoice.
      const status = await visit.reload();
      assert.equal(status.state, 'processing');
      assert.equal(status.paymentMethod?.type, 'us_bank_account');
      await waitForText(visit.bannerMessage, /Your bank payment is on its way/);
    });
  });

  it('Google Pay, as the offline Payment Element shows it: the wallet’s card pays, and the status names the wallet', async () => {
    await stage.withVisit('google-pay', async (visit) => {
      await visit.login('insufficient_funds');
      const form = await openBannerForm(visit);
      await form.root.getByRole('tab', { name: 'Google Pay' }).click();
      await visit.shot('google-pay');
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Visa ending in 4242/);
      const status = await visit.reload();
      assert.equal(status.state, 'ok');
      assert.equal(status.paymentMethod?.wallet, 'google_pay');
    });
  });

  it('a debit on its way under a hard wall policy: no wall, the page usable', async () => {
    await stage.withVisit('processing-hard-wall', async (visit) => {
      const status = await visit.login('debit_processing');
      assert.equal(status.state, 'processing');
      await readBanner(visit, 'Your bank payment is on its way');
      assert.equal(await visit.wallDialog.count(), 0, 'no wall');
      await visit.shot('calm');
    });
  });

  it('a returned debit is a failure again, with the bank’s reason, and a card fixes it', async () => {
    await stage.withVisit('returned', async (visit) => {
      const status = await visit.login('debit_returned');
      assert.equal(status.state, 'failed');
      const text = await readBanner(visit, 'Your last payment didn’t go through');
      assert.ok(!/payment_method_provider_decline|generic_could_not_process/.test(text), 'never the raw code');
      // The soft wall is up (grace period): its "Not now" lets the customer reach the banner.
      if (await visit.wallDialog.count()) await visit.wallDialog.getByRole('button', { name: 'Not now' }).click();
      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      await reloadAllClear(visit);
    });
  });

  it('a trial without a payment method asks for one; a paused one resumes once a card is added', async () => {
    await stage.withVisit('trial', async (visit) => {
      const ending = await visit.login('trial_missing');
      assert.equal(ending.state, 'missing');
      assert.ok(ending.access.endsAt, `the trial's end is the date to add one by: ${JSON.stringify(ending.access)}`);
      assert.match(await readBanner(visit, 'Add a payment method'), /needs a payment method by /, `${ending.access.endsAt} vs ${new Date().toISOString()} (demo ${new Date(stage.demo.clock.now()).toISOString()})`);

      const paused = await visit.login('trial_paused');
      assert.equal(paused.state, 'missing');
      assert.match(await readBanner(visit, 'Add a payment method'), /paused until a payment method is added/);
      // Urgent, but it comes with the page: polite (no assertive alert on every page load, issue 16).
      assert.equal(await visit.banner.locator('[part~="message"] [role="status"][aria-live="polite"]').count(), 1, 'its live region, polite on page load');
      const form = await openBannerForm(visit, 'Add payment method');
      await form.type(GOOD_CARD);
      await form.save();
      await visit.page.locator('paymend-banner[state="updated"]').waitFor();
      await visit.shot('added');
      await stage.demo.standin!.flushWebhooks();
      await reloadAllClear(visit);
      assert.match(await textOf(visit.page.locator('body')), /Acme Analytics/);
    });
  });
});
