// End-to-end: the demo at 320 CSS px wide (1280 px at 400% zoom, WCAG 1.4.10 Reflow). Nothing of
// Paymend or of the offline Stripe.js's card form may make the page, or the wall's dialog, wider than
// the viewport: no sideways scrolling to read a field. Each state of the form the demo can show is
// measured: the card, SEPA and US bank tabs, the saved cards, the wall, the bank's dialog. Issue 16.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CardForm, Stage, openBannerForm, readBanner, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-a11y-reflow');
before(() => stage.start());
after(() => stage.stop());

const NARROW = { viewport: { width: 320, height: 256 } };

/**
 * How wide the page is against the viewport, the wall's dialog against its own box, and the first
 * elements of the card forms and dialogs (light DOM and Paymend's shadow roots) that reach past
 * either edge of the viewport, for the failure message.
 */
async function measure(visit: Visit): Promise<{ viewport: number; page: number; wall: string | null; outside: string[] }> {
  return visit.page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const roots: Array<Document | ShadowRoot> = [document];
    for (const host of document.querySelectorAll('paymend-banner, paymend-wall, paymend-form')) if (host.shadowRoot) roots.push(host.shadowRoot);
    const outside = roots
      .flatMap((root) => [...root.querySelectorAll('paymend-form *, dialog, dialog *, [part~="base"], [part~="base"] *')])
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > viewport + 0.5 || box.left < -0.5);
      })
      .slice(0, 6)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.localName}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} from ${Math.round(box.left)} to ${Math.round(box.right)} px`;
      });
    const dialog = document.querySelector('paymend-wall')?.shadowRoot?.querySelector('dialog[open]');
    const wall = dialog && dialog.scrollWidth > dialog.clientWidth ? `${dialog.scrollWidth} px of content in ${dialog.clientWidth} px` : null;
    return { viewport, page: document.documentElement.scrollWidth, wall, outside };
  });
}

/** Measures now and records what is too wide, under the name of the state shown. */
async function noSidewaysScroll(visit: Visit, state: string, problems: string[]): Promise<void> {
  await visit.shot(state.replace(/[^a-z0-9]+/gi, '-'));
  const m = await measure(visit);
  if (m.page > m.viewport) problems.push(`${state}: the page is ${m.page} px wide in a ${m.viewport} px viewport; past the edge: ${m.outside.join('; ') || '(none of the forms’ elements)'}`);
  else if (m.outside.length) problems.push(`${state}: elements reach past the viewport: ${m.outside.join('; ')}`);
  if (m.wall) problems.push(`${state}: the wall scrolls sideways: ${m.wall}`);
}

describe('the demo at 320 px (Chromium)', () => {
  it('the banner’s card form, on each of its tabs and with saved cards, is no wider than the viewport', async () => {
    await stage.withVisit(
      'inline',
      async (visit) => {
        const problems: string[] = [];
        await visit.login('insufficient_funds');
        const customerId = stage.demo.standin!.events.filter((e) => e.type === 'customer.created').at(-1)!.data.object.id as string;
        stage.demo.standin!.attachCard(customerId, '5555555555554444', { makeDefault: false });
        await readBanner(visit, 'Your last payment didn’t go through');
        await noSidewaysScroll(visit, 'the banner', problems);
        const form = await openBannerForm(visit);
        await form.root.getByRole('radio', { name: /Mastercard •••• 4444/ }).waitFor();
        await noSidewaysScroll(visit, 'the card form with saved cards', problems);
        for (const tab of ['SEPA Direct Debit', 'US bank account']) {
          await form.root.getByRole('tab', { name: tab }).click();
          await form.root.getByRole('tabpanel', { name: tab }).waitFor();
          await noSidewaysScroll(visit, `the ${tab} tab`, problems);
        }
        await form.root.getByRole('tab', { name: 'Card' }).click();
        await form.pick('0341');
        await form.save();
        await form.declined('The payment was declined');
        await noSidewaysScroll(visit, 'a decline explained', problems);
        assert.deepEqual(problems, []);
      },
      NARROW,
    );
  });

  it('the wall and its card form, and the bank’s 3-D Secure dialog, are no wider than the viewport', async () => {
    await stage.withVisit(
      'wall',
      async (visit) => {
        const problems: string[] = [];
        await visit.login('soft_wall');
        await visit.wallDialog.waitFor();
        await new CardForm(visit, visit.page.locator('paymend-wall > paymend-form')).ready();
        await noSidewaysScroll(visit, 'the soft wall with its form', problems);
        await visit.wallDialog.getByRole('button', { name: 'Not now' }).click();
        await visit.wallDialog.waitFor({ state: 'detached' });

        await visit.login('action_required');
        await readBanner(visit, 'Your bank needs you to confirm a payment');
        await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
        await visit.threeDS.waitFor();
        await noSidewaysScroll(visit, 'the bank’s 3-D Secure dialog', problems);
        await visit.threeDS.getByRole('button', { name: 'Complete authentication' }).click();
        await visit.page.locator('paymend-banner[state="updated"]').waitFor();
        assert.deepEqual(problems, []);
      },
      NARROW,
    );
  });
});
