import { emulateMedia } from '@web/test-runner-commands';
import type { State } from '../../src/protocol/index.js';
import { equal } from './assert.js';
import { bannerWithForm, openForm, part, saveCard, settled, shownBanner } from './banner-helpers.js';
import { expectAccessible } from './form-axe.js';
import { makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const STATES: State[] = ['expiring', 'expired', 'failed', 'action_required'];

describe('<paymend-banner> accessibility (axe-core, WCAG 2.2 AA)', () => {
  afterEach(async () => {
    restore();
    await emulateMedia({ colorScheme: 'no-preference' });
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const state of STATES) {
      it(`${state}, ${theme} theme, inline and as a bar`, async () => {
        for (const placement of ['inline', 'top']) {
          const { element } = await shownBanner(makeStatus(state), { theme, placement, dismissible: '' });
          await expectAccessible(element, `${state} (${theme}, ${placement})`);
          element.remove();
        }
      });
    }

    it(`the thank-you, ${theme} theme`, async () => {
      const setup = await bannerWithForm(makeStatus('failed'), { theme });
      saveCard(await openForm(setup));
      await until(() => setup.element.getAttribute('state') === 'updated', 'the thank-you');
      await settled(setup.element);
      await expectAccessible(setup.element, `thank-you (${theme})`);
    });
  }

  it('the dark theme by the system’s preference (theme="auto")', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const state of STATES) {
      const { element } = await shownBanner(makeStatus(state), { dismissible: '' });
      equal(getComputedStyle(part(element, 'base')!).color, 'rgb(230, 237, 243)', 'dark theme in effect');
      await expectAccessible(element, `${state} (system dark)`);
      element.remove();
    }
  });

  it('with the form open, inline and in the bar’s dialog', async () => {
    for (const placement of ['inline', 'bottom']) {
      const setup = await bannerWithForm(makeStatus('failed'), { placement });
      await openForm(setup);
      await expectAccessible(setup.element, `form open (${placement})`);
      setup.element.remove();
    }
  });
});
