// End-to-end: what a screen reader is told through live regions, through the demo (Chromium). The
// recorder (a11y-recorder.ts) notes every text set into a live region of the page or of a shadow
// root; each event of the flow must be announced once, as text set into a region that was already
// in the accessibility tree (not one inserted with its text, nor one hidden until then), outside any
// `aria-busy` ancestor. What the page shows as it loads is in the page for anyone who reads it and
// is not announced. Issue 16. Pointer clicks are fine here: the keyboard has its own test file.
import { after, before, describe, it } from 'node:test';
import type { Scenario } from '../../demo/server.js';
import { holdLoad, holdStatus } from './a11y-page.js';
import { LiveRegions } from './a11y-recorder.js';
import { CardForm, GOOD_CARD, Stage, THREE_DS_CARD, answerBank, bannerThanks, openBannerForm, readBanner, waitForText, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-a11y-announcements');
before(() => stage.start());
after(() => stage.stop());

const FAILED = 'Your last payment didn’t go through';

/** Runs `run` in a visit whose pages record their live regions. */
function withRecorder(name: string, run: (visit: Visit, live: LiveRegions) => Promise<void>): Promise<void> {
  return stage.withVisit(name, async (visit) => {
    const live = await LiveRegions.start(visit);
    await run(visit, live);
    await visit.shot('end');
    live.assertNoProblems();
  });
}

/** The banner's message shows up only after the page has loaded and the person pressed a key. */
async function appearsLate(visit: Visit, live: LiveRegions, scenario: Scenario, title: string): Promise<void> {
  const status = await holdStatus(visit);
  const signedIn = visit.login(scenario); // Resolves once the banner has its status.
  await status.asked;
  await visit.page.waitForFunction(() => document.readyState === 'complete');
  await visit.page.keyboard.press('Tab');
  await live.take();
  status.release();
  await signedIn;
  await readBanner(visit, title);
  live.once(await live.take(), `appear: the ${scenario} banner shown while the person is on the page`, new RegExp(`^${title}`));
}

/** Opens the dashboard with its `load` event held until the banner (and the wall, if any) shows. */
async function shownAsThePageLoads(visit: Visit, live: LiveRegions, scenario: Scenario, shown: () => Promise<unknown>): Promise<void> {
  await visit.login(scenario);
  const load = await holdLoad(visit);
  await live.take();
  await visit.page.goto(`${stage.demo.url}/`, { waitUntil: 'domcontentloaded' });
  await load.asked;
  await shown();
  const loading = await visit.page.evaluate(() => document.readyState);
  if (loading === 'complete') live.problems.push('test set-up: the page finished loading before the banner showed');
  load.release();
  await visit.page.waitForFunction(() => document.readyState === 'complete');
}

describe('live-region announcements through the demo (Chromium)', () => {
  it('appear: a banner that shows up after the page loaded is announced once, in an existing region (expiring, polite)', async () => {
    await withRecorder('appear-expiring', (visit, live) => appearsLate(visit, live, 'expiring', 'Your card expires soon'));
  });

  it('appear: a failed payment’s banner that shows up after the page loaded is announced once, in an existing region', async () => {
    await withRecorder('appear-failed', (visit, live) => appearsLate(visit, live, 'insufficient_funds', FAILED));
  });

  it('at load: the failed payment’s banner present as the page loads is not announced (no assertive alert on every page view)', async () => {
    await withRecorder('load-failed', async (visit, live) => {
      await shownAsThePageLoads(visit, live, 'insufficient_funds', () => readBanner(visit, FAILED));
      live.never(await live.take(), 'the banner present as the page loaded was announced', /Your last payment didn’t go through/);
    });
  });

  it('at load: under a soft wall, neither the banner nor the wall’s text is announced (the wall is read once, through its focused heading)', async () => {
    await withRecorder('load-wall', async (visit, live) => {
      await shownAsThePageLoads(visit, live, 'soft_wall', async () => {
        await readBanner(visit, FAILED);
        await waitForText(visit.wallDialog.locator('[part~="message"]'), /Your access continues until/);
      });
      const announced = await live.take();
      live.never(announced, 'the banner under the open wall was announced', /Your last payment didn’t go through|doesn’t have enough funds/, (a) => a.where.startsWith('paymend-banner'));
      live.never(announced, 'the wall’s own text was announced through a live region (it is read as the dialog’s name and description)', /Your last payment didn’t go through|doesn’t have enough funds/, (a) => a.where.startsWith('paymend-wall'));
    });
  });

  it('progress, decline, re-decline and success in the banner’s form: each announced once, in an existing region', async () => {
    await withRecorder('inline', async (visit, live) => {
      await visit.login('insufficient_funds');
      await readBanner(visit, FAILED);
      const form = await openBannerForm(visit);
      await live.take();

      await form.pick('0341');
      await form.save();
      await form.declined('The payment was declined');
      const first = await live.take();
      live.once(first, 'progress: "Saving…"', /^Saving your payment method…$/);
      const decline = live.once(first, 'decline', /The payment was declined/);

      // The same card again: "declined too" (the card was just declined).
      await form.pick('0341');
      await form.save();
      await form.declined('This card was declined too');
      const second = await live.take();
      live.once(second, 'progress: "Saving…" again', /^Saving your payment method…$/);
      const again = live.once(second, 're-decline: the same card declined again', /This card was declined too/);

      // And once more: the very same words as last time, which must be announced again all the same.
      await form.pick('0341');
      await form.save();
      await form.declined('This card was declined too');
      const third = await live.take();
      live.once(third, 'progress: "Saving…" a third time', /^Saving your payment method…$/);
      const sameWords = live.once(third, 're-decline in the same words as the last one', /This card was declined too/);
      const regions = [decline, again, sameWords].map((a) => a?.region);
      if (new Set(regions).size > 1) {
        live.problems.push(`the declines were announced by regions ${regions.map((r) => `#${r}`).join(', ')}: one region should stay, only its text change`);
      }

      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /went through/);
      const last = await live.take();
      live.once(last, 'progress: "Saving…" with the good card', /^Saving your payment method…$/);
      live.once(last, 'success: the banner’s thank-you', /Thank you, you’re all set/);
    });
  });

  it('3-D Secure that passes: "Waiting for your bank…" and the thank-you, each once, in an existing region', async () => {
    await withRecorder('3ds-pass', async (visit, live) => {
      await visit.login('action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await live.take();
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      await bannerThanks(visit, /went through/);
      const announced = await live.take();
      live.once(announced, '3-D Secure: "Waiting for your bank’s confirmation…"', /^Waiting for your bank’s confirmation…$/);
      live.once(announced, 'success after 3-D Secure: the banner’s thank-you', /Thank you, you’re all set/);
    });
  });

  it('3-D Secure that fails: "Waiting for your bank…" and the failure, each once, in an existing region', async () => {
    await withRecorder('3ds-fail', async (visit, live) => {
      await visit.login('action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await live.take();
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
      await answerBank(visit, 'Fail authentication', form.problem);
      await form.declined('The confirmation didn’t go through');
      const announced = await live.take();
      live.once(announced, '3-D Secure: "Waiting for your bank’s confirmation…"', /^Waiting for your bank’s confirmation…$/);
      live.once(announced, '3-D Secure failed', /The confirmation didn’t go through/);
    });
  });

  it('3-D Secure that fails on a new card: a failed confirmation (not "a temporary problem"), once, in an existing region', async () => {
    await withRecorder('3ds-fail-new-card', async (visit, live) => {
      await visit.login('expiring');
      await readBanner(visit, 'Your card expires soon');
      const form = await openBannerForm(visit);
      await form.type(THREE_DS_CARD);
      await live.take();
      await form.save();
      await answerBank(visit, 'Fail authentication', form.problem);
      await form.problem.waitFor();
      const announced = await live.take();
      // Stripe reports it as `setup_intent_authentication_failure`; the catalog has words for it.
      live.once(announced, '3-D Secure failed on a new card', /The confirmation didn’t go through/);
      live.never(announced, '3-D Secure failed on a new card was explained as a temporary problem', /temporary problem/i);
    });
  });

  it('thank-you in the hard wall: announced once, in an existing region, by the wall alone', async () => {
    await withRecorder('wall-thanks', async (visit, live) => {
      await visit.login('hard_wall');
      await visit.wallDialog.waitFor();
      const form = new CardForm(visit, visit.page.locator('paymend-wall > paymend-form'));
      await form.ready();
      await form.type(GOOD_CARD);
      await live.take();
      await form.save();
      await waitForText(visit.wallDialog.locator('[part~="message"]'), /went through/);
      const announced = await live.take();
      live.once(announced, 'progress in the wall: "Saving…"', /^Saving your payment method…$/);
      live.once(announced, 'the wall’s thank-you', /Your payment of \$29\.00 went through/);
    });
  });
});
