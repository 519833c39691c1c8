// End-to-end: the ways out that aren't cancel, through the demo (`npm start`) in Chromium. The demo's
// handler offers a pause of up to 3 months (the app stays open meanwhile) and Starter or Solo instead
// of Team; each test takes one as a customer would and checks on the server (a reload) what it did.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CardForm, GOOD_CARD, Stage, readBanner, waitForText } from './visit.js';

const stage = new Stage('test-results/e2e');
before(() => stage.start());
after(() => stage.stop());

describe('offers end to end (Chromium)', () => {
  it('hard wall: "Can’t pay right now?" pauses for 2 months; the banner says until when, and "Resume now" brings it back', async () => {
    await stage.withVisit('offers-pause', async (visit) => {
      const status = await visit.login('hard_wall');
      assert.equal(status.offers, true, 'the status says there are ways out');
      await visit.wallDialog.waitFor();
      await visit.wallDialog.getByRole('button', { name: 'Can’t pay right now?' }).click();
      const panel = visit.page.locator('paymend-wall > paymend-offers');
      await panel.getByRole('radio', { name: '2 months' }).check();
      await visit.shot('offers');
      await panel.getByRole('group', { name: 'Pause your subscription' }).getByRole('button', { name: 'Continue' }).click();
      const details = await waitForText(panel.locator('[part~="details"]'), /Billing starts again on/);
      assert.match(details, /The unpaid \$29\.00 will be cancelled/, 'says what happens to the overdue invoice');
      await visit.shot('pause-confirm');
      await panel.getByRole('button', { name: 'Pause for 2 months' }).click();
      const done = await waitForText(panel.locator('[part~="progress"]'), /Your subscription is paused\. Billing starts again on/);
      await visit.shot('paused');
      await visit.wallDialog.getByRole('button', { name: 'Continue' }).click();
      await visit.wallDialog.waitFor({ state: 'detached' });

      const paused = await visit.reload();
      assert.equal(paused.state, 'paused');
      assert.equal(paused.invoice, null, 'the overdue invoice was voided: nothing is owed');
      const resumesAt = new Date(paused.pause!.resumesAt!);
      const days = (resumesAt.getTime() - Date.now()) / 86_400_000;
      assert.ok(days > 55 && days < 65, `resumes in about two months, not ${days} days`);
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(resumesAt);
      assert.ok(done.includes(day), `the panel named the day (${day}): ${done}`);
      const banner = await readBanner(visit, 'Your subscription is paused');
      assert.ok(banner.includes(day), `the banner names the day it resumes (${day}): ${banner}`);
      await visit.shot('banner-paused');

      await visit.banner.getByRole('button', { name: 'Resume now' }).click();
      await waitForText(visit.bannerMessage, /Welcome back! Your subscription is active again\./);
      await visit.shot('resumed');
      const resumed = await visit.reload();
      assert.equal(resumed.state, 'ok', 'resumed and paid: nothing left to ask');
    });
  });

  it('banner: switching to Starter bills $19 today with the card on file, and the failed Team invoice goes away', async () => {
    await stage.withVisit('offers-plan', async (visit) => {
      await visit.login('do_not_honor');
      await readBanner(visit, 'Your last payment didn’t go through');
      await visit.banner.getByRole('button', { name: 'Can’t pay right now?' }).click();
      const panel = visit.page.locator('paymend-offers');
      await panel.getByRole('radio', { name: /^Starter, \$19\.00 per month/ }).check();
      await panel.getByRole('group', { name: 'Switch to a smaller plan' }).getByRole('button', { name: 'Continue' }).click();
      const details = await waitForText(panel.locator('[part~="details"]'), /charged \$19\.00 today/);
      assert.match(details, /The unpaid \$29\.00 will be cancelled/);
      await visit.shot('plan-confirm');
      await panel.getByRole('button', { name: 'Switch to Starter' }).click();
      await waitForText(panel.locator('[part~="progress"]'), /You’re now on Starter\./);
      await visit.shot('plan-done');
      const after = await visit.reload();
      assert.equal(after.state, 'ok', 'the cheaper plan is paid; nothing is overdue');
    });
  });

  it('banner: a cheaper plan declined too keeps Team as it was and asks for another card, which pays', async () => {
    await stage.withVisit('offers-plan-declined', async (visit) => {
      const before = await visit.login('insufficient_funds');
      await readBanner(visit, 'Your last payment didn’t go through');
      await visit.banner.getByRole('button', { name: 'Can’t pay right now?' }).click();
      const panel = visit.page.locator('paymend-offers');
      await panel.getByRole('radio', { name: /^Solo, \$9\.00 per month/ }).check();
      await panel.getByRole('group', { name: 'Switch to a smaller plan' }).getByRole('button', { name: 'Continue' }).click();
      await panel.getByRole('button', { name: 'Switch to Solo' }).click();
      const problem = await waitForText(panel.locator('[part~="problem"]'), /enough funds/);
      assert.doesNotMatch(problem, /insufficient_funds/, 'plain words, never the raw code');
      await visit.shot('plan-declined');
      // The server's word, without leaving the page: Team and its invoice exactly as they were.
      const unchanged = await visit.page.evaluate(() => fetch('/billing/paymend/status').then((r) => r.json()));
      assert.equal(unchanged.state, 'failed');
      assert.equal(unchanged.invoice?.id, before.invoice?.id, 'the Team invoice is still the one due');
      assert.equal(unchanged.invoice?.amountDue, 2900);

      await panel.getByRole('button', { name: 'Update card' }).click();
      const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
      await form.ready();
      await form.type(GOOD_CARD);
      await form.save();
      await waitForText(visit.bannerMessage, /went through/);
      assert.equal((await visit.reload()).state, 'ok');
    });
  });
});
