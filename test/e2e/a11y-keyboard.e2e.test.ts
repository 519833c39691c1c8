// End-to-end, keyboard only: every demo scenario as a person who cannot use a pointer meets it, on a
// laptop (1280×800) and at 400% zoom (320×256). Only keys are pressed (Tab, Shift+Tab, Enter,
// Space, Escape, typing); after every key and every outcome the test checks that focus is not on
// `<body>`, is on screen and not covered, and is on something a screen reader can name (see
// a11y-keyboard.ts). Signing in and reloading are navigations, not input. Issue 16.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { Keyboard, VIEWPORTS } from './a11y-keyboard.js';
import { loginWithTopBar } from './a11y-page.js';
import { CardForm, GOOD_CARD, Stage, THREE_DS_CARD, readBanner, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-a11y-keyboard');
before(() => stage.start());
after(() => stage.stop());

const UPDATE_CARD = { role: 'button', name: 'Update card' };
const SAVE = { role: 'button', name: 'Save payment method' };
const DISMISS = { role: 'button', name: 'Dismiss this message' };
const FAILED = 'Your last payment didn’t go through';

function bannerForm(visit: Visit): CardForm {
  return new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
}

function wallForm(visit: Visit): CardForm {
  return new CardForm(visit, visit.page.locator('paymend-wall > paymend-form'));
}

/** Saves with the submit button (Enter or Space on it); `outcome`: what to wait for before checking focus. */
async function save(keys: Keyboard, key: 'Enter' | 'Space', outcome?: () => Promise<unknown>): Promise<void> {
  await keys.tabTo(SAVE);
  await keys.press(key, 'save the payment method', outcome);
}

/** A decline is explained next to the fields: focus stays usable and the explanation is on screen. */
async function declined(keys: Keyboard, form: CardForm, pattern: string | RegExp): Promise<void> {
  await form.declined(pattern);
  await keys.settle();
  await keys.check('the decline is explained');
  await keys.expectOnScreen(form.problem, 'the explanation of the decline');
}

/** Plays the bank in the stand-in's 3-D Secure dialog with the keyboard until `done` shows. */
async function answerBank(visit: Visit, keys: Keyboard, answer: 'Complete authentication' | 'Fail authentication', done: Locator): Promise<void> {
  for (let challenge = 1; ; challenge += 1) {
    const next = await Promise.race([
      visit.threeDS.waitFor().then(() => 'bank' as const, () => 'timeout' as const),
      done.first().waitFor().then(() => 'done' as const, () => 'timeout' as const),
    ]);
    if (next === 'done') return;
    assert.equal(next, 'bank', 'neither the bank nor the outcome showed up');
    assert.ok(challenge <= 3, 'the bank asks at most a few times');
    await keys.settle();
    await keys.check('the bank asks for a confirmation');
    if ((await visit.threeDS.locator(':focus').count()) === 0) keys.problems.push('the bank’s dialog opened without focus in it');
    await keys.tabTo({ role: 'button', name: answer });
    await keys.press('Enter', answer, () => visit.threeDS.waitFor({ state: 'detached' }));
  }
}

async function thanked(visit: Visit): Promise<void> {
  await visit.page.locator('paymend-banner[state="updated"]').waitFor();
}

const SCENARIOS: Array<{ name: string; run: (visit: Visit, keys: Keyboard) => Promise<void> }> = [
  {
    name: 'inline banner: open the form, a decline, another card, the thank-you',
    run: async (visit, keys) => {
      await visit.login('insufficient_funds');
      await readBanner(visit, FAILED);
      await keys.tabTo(UPDATE_CARD);
      const form = bannerForm(visit);
      await keys.press('Enter', 'open the form', () => form.ready());
      await keys.typeCard(form.root, '4000 0000 0000 9995');
      await save(keys, 'Enter');
      await declined(keys, form, 'This card was declined too');
      await keys.typeCard(form.root, GOOD_CARD);
      await save(keys, 'Space', () => thanked(visit));
      await keys.press('Tab', 'on from the thank-you');
    },
  },
  {
    name: 'inline banner: Cancel returns to the button; dismissing leaves focus somewhere',
    run: async (visit, keys) => {
      await visit.login('expired');
      await readBanner(visit, 'Your card has expired');
      await keys.tabTo(UPDATE_CARD);
      const form = bannerForm(visit);
      await keys.press('Enter', 'open the form', () => form.ready());
      await keys.tabTo({ role: 'button', name: 'Cancel' });
      await keys.press('Enter', 'cancel', () => form.root.waitFor({ state: 'detached' }));
      await keys.expectFocusOn(UPDATE_CARD, 'Cancel');
      await keys.tabTo(DISMISS);
      await keys.press('Enter', 'dismiss the banner', () => visit.banner.waitFor({ state: 'hidden' }));
      await keys.press('Tab', 'on from where the banner was');
    },
  },
  {
    name: 'top bar: the page’s header controls, the form’s dialog, Escape, a card, the thank-you',
    run: async (visit, keys) => {
      await loginWithTopBar(visit, 'do_not_honor');
      await readBanner(visit, FAILED);
      // On the way: the header's Scenario, Language and Theme selects and the admin link.
      await keys.tabTo(UPDATE_CARD);
      const form = bannerForm(visit);
      const dialog = visit.page.locator('paymend-banner dialog[open]');
      await keys.press('Enter', 'open the form in its dialog', () => form.ready());
      await keys.press('Escape', 'close the dialog', () => dialog.waitFor({ state: 'detached' }));
      await keys.expectFocusOn(UPDATE_CARD, 'Escape');
      await keys.press('Enter', 'open the form again', () => form.ready());
      await keys.typeCard(form.root, GOOD_CARD);
      await save(keys, 'Enter', () => thanked(visit));
      await keys.press('Shift+Tab', 'back from the thank-you');
    },
  },
  {
    name: 'top bar: dismissing leaves focus somewhere',
    run: async (visit, keys) => {
      await loginWithTopBar(visit, 'expiring');
      await readBanner(visit, 'Your card expires soon');
      await keys.tabTo(DISMISS);
      await keys.press('Enter', 'dismiss the bar', () => visit.banner.waitFor({ state: 'hidden' }));
      await keys.press('Tab', 'on from where the bar was');
    },
  },
  {
    name: 'soft wall: focus held inside, Escape, "Not now", then the banner’s form',
    run: async (visit, keys) => {
      await visit.login('soft_wall');
      await visit.wallDialog.waitFor();
      await wallForm(visit).ready();
      await keys.settle();
      await keys.check('the wall opened');
      const notNow = { role: 'button', name: 'Not now' };
      await keys.tabTo(notNow);
      await keys.press('Tab', 'past the last control: back to the top of the wall');
      await keys.press('Shift+Tab', 'before the first control: to the last');
      await keys.press('Escape', 'close the wall', () => visit.wallDialog.waitFor({ state: 'detached' }));
      await keys.press('Tab', 'on from where the wall was');

      await visit.reload();
      await visit.wallDialog.waitFor();
      await wallForm(visit).ready();
      await keys.settle();
      await keys.check('the wall opened again');
      await keys.tabTo(notNow);
      await keys.press('Enter', '"Not now"', () => visit.wallDialog.waitFor({ state: 'detached' }));
      await keys.tabTo(UPDATE_CARD);
      const form = bannerForm(visit);
      await keys.press('Enter', 'open the banner’s form', () => form.ready());
      await keys.typeCard(form.root, GOOD_CARD);
      await save(keys, 'Enter', () => thanked(visit));
      assert.equal(await visit.wallDialog.count(), 0, 'the closed wall stays closed');
    },
  },
  {
    name: 'hard wall: Escape is ignored, a decline, another card, the thank-you, "Continue"',
    run: async (visit, keys) => {
      await visit.login('hard_wall');
      await visit.wallDialog.waitFor();
      const form = wallForm(visit);
      await form.ready();
      await keys.settle();
      await keys.check('the wall opened');
      await keys.press('Escape', 'ignored by a hard wall');
      assert.equal(await visit.wallDialog.count(), 1, 'the hard wall stays');
      await keys.typeCard(form.root, '4000 0000 0000 9987');
      await save(keys, 'Enter');
      await declined(keys, form, 'The payment was declined');
      await keys.typeCard(form.root, GOOD_CARD);
      await save(keys, 'Space', () => visit.wallDialog.getByRole('button', { name: 'Continue' }).waitFor());
      await keys.tabTo({ role: 'button', name: 'Continue' });
      await keys.press('Enter', '"Continue"', () => visit.wallDialog.waitFor({ state: 'detached' }));
      await keys.press('Tab', 'on from where the wall was');
    },
  },
  {
    name: '3-D Secure passes: a typed card the bank confirms',
    run: async (visit, keys) => {
      await visit.login('expiring');
      await readBanner(visit, 'Your card expires soon');
      await keys.tabTo(UPDATE_CARD);
      const form = bannerForm(visit);
      await keys.press('Enter', 'open the form', () => form.ready());
      await keys.typeCard(form.root, THREE_DS_CARD);
      await save(keys, 'Enter');
      await answerBank(visit, keys, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      await keys.settle();
      await keys.check('the thank-you');
    },
  },
  {
    name: '3-D Secure fails: "Confirm payment", the bank refuses, another card',
    run: async (visit, keys) => {
      await visit.login('action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await keys.tabTo({ role: 'button', name: 'Confirm payment' });
      await keys.press('Enter', '"Confirm payment"', () => visit.threeDS.waitFor());
      const form = bannerForm(visit);
      await answerBank(visit, keys, 'Fail authentication', form.problem);
      await declined(keys, form, 'The confirmation didn’t go through');
      await keys.typeCard(form.root, GOOD_CARD);
      await save(keys, 'Enter', () => thanked(visit));
    },
  },
];

for (const { name: size, viewport } of VIEWPORTS) {
  describe(`keyboard only through the demo at ${size} (Chromium)`, () => {
    for (const scenario of SCENARIOS) {
      it(scenario.name, async () => {
        const label = `${viewport.width}-${scenario.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`;
        await stage.withVisit(
          label,
          async (visit) => {
            const keys = await Keyboard.start(visit);
            await scenario.run(visit, keys);
            await visit.shot('end');
            keys.assertNoProblems();
          },
          { viewport },
        );
      });
    }
  });
}
