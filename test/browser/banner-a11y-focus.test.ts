// Where focus goes when the banner's message goes away with focus in it (WCAG 2.4.3): the merchant's
// `return-focus`, else the element focused before the banner, else `main`, else the first `h1`;
// never `<body>`. After a dismissal and after the thank-you is closed, by keyboard.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendBanner } from '../../src/index.js';
import type { Status } from '../../src/protocol/index.js';
import { equal, ok } from './assert.js';
import { assertRendersNothing, bannerWithForm, openForm, part, saveCard, shownBanner } from './banner-helpers.js';
import { makeStatus, mount, restore, until } from './helpers.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';

/** The element focus is really on, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

let count = 0;
/** A failed payment of its own invoice, so no snooze from another test hides it. */
function failed(): Status {
  count += 1;
  const status = makeStatus('failed');
  status.invoice = { ...status.invoice!, id: `in_Focus${count}${Date.now()}` };
  return status;
}

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, textContent = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = textContent;
  return mount(element);
}

/** Tabs into the banner until its close button has focus, then presses Enter. */
async function closeByKeyboard(element: PaymendBanner): Promise<void> {
  for (let i = 0; i < 6 && deepActiveElement() !== part(element, 'close-button'); i += 1) await sendKeys({ press: 'Tab' });
  equal(deepActiveElement(), part(element, 'close-button'), 'Tab reached the close button');
  await sendKeys({ press: 'Enter' });
  await until(() => !element.hasAttribute('state'), 'the message to go');
  await element.updateComplete;
}

describe('<paymend-banner> focus when the message goes', () => {
  beforeEach(() => localStorage.removeItem('paymend-snoozed'));
  afterEach(restore);

  it('dismissed by keyboard: back to the element focused before the banner', async () => {
    const before = add('button', {}, 'Before');
    const { element } = await shownBanner(failed(), { dismissible: '' });
    add('button', {}, 'After');
    before.focus();
    await closeByKeyboard(element);
    assertRendersNothing(element);
    equal(deepActiveElement(), before, 'focus on the element before the banner');
  });

  it('return-focus by id, then by CSS selector, wins over the element focused before', async () => {
    const before = add('button', {}, 'Before');
    const byId = add('button', { id: 'paymend-after-dismiss-target' }, 'Target');
    const { element } = await shownBanner(failed(), { dismissible: '', 'return-focus': 'paymend-after-dismiss-target' });
    before.focus();
    await closeByKeyboard(element);
    equal(deepActiveElement(), byId, 'the id');

    const bySelector = add('a', { href: '#top', class: 'back-to-app' }, 'Back');
    const second = await shownBanner(failed(), { dismissible: '', 'return-focus': 'a.back-to-app' });
    before.focus();
    await closeByKeyboard(second.element);
    equal(deepActiveElement(), bySelector, 'the selector');
  });

  it('nothing focused before and no target on the page: the main landmark (made focusable for this), never <body>', async () => {
    const main = add('main');
    const { element } = await shownBanner(failed(), { dismissible: '', 'return-focus': '#not-on-this-page' });
    part(element, 'close-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !element.hasAttribute('state'), 'the message to go');
    await element.updateComplete;
    equal(deepActiveElement(), main, 'main');
    equal(main.getAttribute('tabindex'), '-1', 'focusable by script only, not in the Tab order');
    ok(document.activeElement !== document.body, 'not body');
  });

  it('a dismissal by pointer while focus is elsewhere leaves focus alone', async () => {
    const elsewhere = add('input', { 'aria-label': 'Search' });
    const { element } = await shownBanner(failed(), { dismissible: '' });
    elsewhere.focus();
    part(element, 'close-button')!.click();
    await element.updateComplete;
    assertRendersNothing(element);
    equal(deepActiveElement(), elsewhere, 'focus not moved');
  });

  it('the thank-you closed by keyboard: focus goes to return-focus, never <body>', async () => {
    const target = add('h2', { id: 'billing-heading', tabindex: '-1' }, 'Billing');
    const setup = await bannerWithForm(failed(), { 'return-focus': 'billing-heading' });
    saveCard(await openForm(setup));
    await until(() => setup.element.getAttribute('state') === 'updated', 'the thank-you');
    await setup.element.updateComplete;
    equal(deepActiveElement(), part(setup.element, 'close-button'), 'the thank-you took focus on its (named) close button');
    await sendKeys({ press: 'Enter' });
    await until(() => !setup.element.hasAttribute('state'), 'the thank-you to close');
    await setup.element.updateComplete;
    equal(deepActiveElement(), target, 'the merchant’s target');
  });
});
