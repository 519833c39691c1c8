import { emulateMedia } from '@web/test-runner-commands';
import type { PaymendBanner } from '../../src/index.js';
import type { State } from '../../src/protocol/index.js';
import { equal, ok } from './assert.js';
import { part, settled, shownBanner, text } from './banner-helpers.js';
import { makeStatus, mount, restore } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

const style = (element: PaymendBanner, name: string) => getComputedStyle(part(element, name)!);

/** A page stylesheet, removed after the test. */
function pageStyle(css: string): void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  mount(sheet);
}

describe('<paymend-banner> styling', () => {
  afterEach(async () => {
    restore();
    await emulateMedia({ colorScheme: 'no-preference', reducedMotion: 'no-preference' });
  });

  describe('custom properties', () => {
    const severities: Array<[State, string]> = [
      ['expiring', 'info'],
      ['expired', 'warning'],
      ['failed', 'danger'],
      ['action_required', 'danger'],
    ];
    for (const [state, severity] of severities) {
      it(`${state} takes --paymend-color-${severity} and its surface`, async () => {
        const { element } = await shownBanner(makeStatus(state), {
          style: `--paymend-color-${severity}: rgb(10, 20, 30); --paymend-color-${severity}-surface: rgb(1, 2, 3)`,
        });
        equal(style(element, 'base').backgroundColor, 'rgb(1, 2, 3)', 'surface');
        equal(style(element, 'base').borderTopColor, 'rgb(10, 20, 30)', 'accent border');
        equal(style(element, 'icon').color, 'rgb(10, 20, 30)', 'accent icon');
      });
    }

    it('text, font, radius, spacing, shadow, button colors and focus ring', async () => {
      const { element } = await shownBanner(makeStatus('failed'), {
        dismissible: '',
        style: [
          '--paymend-color-text: rgb(4, 5, 6)',
          '--paymend-font-family: Georgia, serif',
          '--paymend-font-size: 20px',
          '--paymend-radius: 3px',
          '--paymend-spacing: 5px',
          '--paymend-shadow: rgb(0, 0, 0) 0px 1px 2px 0px',
          '--paymend-color-primary: rgb(7, 8, 9)',
          '--paymend-color-on-primary: rgb(250, 251, 252)',
          '--paymend-focus-ring: 3px dashed rgb(200, 0, 0)',
        ].join(';'),
      });
      const base = style(element, 'base');
      equal(base.color, 'rgb(4, 5, 6)', 'text');
      equal(base.fontFamily, 'Georgia, serif', 'font family');
      equal(base.fontSize, '20px', 'font size');
      equal(base.borderTopRightRadius, '3px', 'radius');
      equal(base.paddingTop, '15px', 'spacing: 3 units of padding');
      equal(base.paddingRight, '20px', 'spacing: 4 units of padding');
      equal(base.boxShadow, 'rgb(0, 0, 0) 0px 1px 2px 0px', 'shadow');
      const button = style(element, 'button');
      equal(button.backgroundColor, 'rgb(7, 8, 9)', 'button background');
      equal(button.color, 'rgb(250, 251, 252)', 'button text');
      equal(button.borderTopRightRadius, '3px', 'button radius');
      // What :focus-visible draws (not matched reliably in a background page, where tests may run).
      equal(style(element, 'button').getPropertyValue('--_focus-ring').trim(), '3px dashed rgb(200, 0, 0)', 'focus ring');
    });

    it('bars are square, with a shadow and a stacking order of their own', async () => {
      const { element } = await shownBanner(makeStatus('expired'), { placement: 'top', style: '--paymend-z-index: 42' });
      equal(getComputedStyle(element).zIndex, '42', 'z-index');
      equal(style(element, 'base').borderTopRightRadius, '0px', 'square');
      ok(style(element, 'base').boxShadow !== 'none', 'a shadow by default');
      equal(style(element, 'button').borderTopRightRadius, '8px', 'buttons keep their radius');
    });
  });

  describe('parts and slots', () => {
    it('every part can be styled from the page with ::part()', async () => {
      pageStyle(`
        paymend-banner::part(base) { outline: 1px solid rgb(1, 1, 1); }
        paymend-banner::part(icon) { color: rgb(2, 2, 2); }
        paymend-banner::part(message) { color: rgb(3, 3, 3); }
        paymend-banner::part(actions) { column-gap: 17px; }
        paymend-banner::part(button) { background: rgb(5, 5, 5); }
        paymend-banner::part(close-button) { color: rgb(6, 6, 6); }
      `);
      const { element } = await shownBanner(makeStatus('failed'), { dismissible: '' });
      equal(style(element, 'base').outlineColor, 'rgb(1, 1, 1)', 'base');
      equal(style(element, 'icon').color, 'rgb(2, 2, 2)', 'icon');
      equal(style(element, 'message').color, 'rgb(3, 3, 3)', 'message');
      equal(style(element, 'actions').columnGap, '17px', 'actions');
      equal(style(element, 'button').backgroundColor, 'rgb(5, 5, 5)', 'button');
      equal(style(element, 'close-button').color, 'rgb(6, 6, 6)', 'close-button');
    });

    it('the icon slot replaces the icon; the actions slot adds the page’s own controls before the button', async () => {
      const { element } = await shownBanner(makeStatus('failed'));
      const icon = document.createElement('span');
      icon.slot = 'icon';
      icon.textContent = '!';
      const link = document.createElement('a');
      link.slot = 'actions';
      link.href = '/support';
      link.textContent = 'Contact support';
      element.append(icon, link);
      const iconSlot = part(element, 'icon')!.querySelector('slot')!;
      equal(iconSlot.assignedElements()[0], icon, 'icon slotted');
      const actionsSlot = part(element, 'actions')!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
      equal(actionsSlot.assignedElements()[0], link, 'action slotted');
      ok(link.getBoundingClientRect().right <= part(element, 'button')!.getBoundingClientRect().left, 'before the button');
      equal(text(part(element, 'button')), 'Update card', 'the button stays');
    });

    it('the host carries the state for page styles', async () => {
      pageStyle('paymend-banner[state="expired"] { margin-top: 13px; }');
      const { element } = await shownBanner(makeStatus('expired'));
      equal(getComputedStyle(element).marginTop, '13px');
    });
  });

  describe('themes', () => {
    const surface = (element: PaymendBanner) => style(element, 'base').backgroundColor;
    const LIGHT_DANGER = 'rgb(255, 241, 240)';
    const DARK_DANGER = 'rgb(45, 21, 23)';

    it('auto follows the system: light, then dark', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const { element } = await shownBanner(makeStatus('failed'));
      equal(surface(element), LIGHT_DANGER, 'light system');
      await emulateMedia({ colorScheme: 'dark' });
      equal(surface(element), DARK_DANGER, 'dark system');
      equal(style(element, 'base').color, 'rgb(230, 237, 243)', 'light text on dark');
    });

    it('theme="dark" and theme="light" win over the system', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const dark = await shownBanner(makeStatus('failed'), { theme: 'dark' });
      equal(surface(dark.element), DARK_DANGER, 'dark on a light system');
      await emulateMedia({ colorScheme: 'dark' });
      const light = await shownBanner(makeStatus('failed'), { theme: 'light' });
      equal(surface(light.element), LIGHT_DANGER, 'light on a dark system');
      light.element.theme = 'dark';
      await light.element.updateComplete;
      equal(surface(light.element), DARK_DANGER, 'the property works too (reflected)');
    });

    it('the merchant’s custom properties win in the dark theme too', async () => {
      const { element } = await shownBanner(makeStatus('failed'), {
        theme: 'dark',
        style: '--paymend-color-danger-surface: rgb(1, 2, 3)',
      });
      equal(surface(element), 'rgb(1, 2, 3)');
    });
  });

  describe('motion and forced colors', () => {
    it('enters with a short animation, and with none under prefers-reduced-motion', async () => {
      const moving = await shownBanner(makeStatus('expired'), { placement: 'bottom' });
      // Started when the message appeared (finished by now): its definition is on the box.
      equal(style(moving.element, 'base').animationName, 'paymend-slide-up', 'a bar slides in');
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await shownBanner(makeStatus('expired'));
      equal(style(still.element, 'base').animationName, 'none', 'no animation');
      equal(still.element.shadowRoot!.getAnimations().length, 0, 'none running');
      await settled(still.element);
    });

    it('has forced-colors rules for borders, icons, buttons and focus', async () => {
      const { element } = await shownBanner(makeStatus('failed'));
      const rules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
      ok(forced.length > 0, 'a forced-colors media rule');
      const selectors = forced.flatMap((media) => [...media.cssRules].map((rule) => (rule as CSSStyleRule).selectorText)).join(' ');
      for (const selector of ['.base', '.icon', '.button', '.close-button', ':focus-visible']) {
        ok(selectors.includes(selector), `covers ${selector}`);
      }
    });
  });
});
