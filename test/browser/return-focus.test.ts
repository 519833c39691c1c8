// Where focus goes when a Paymend surface that held it goes away: never to <body>.
import { focusTarget, returnFocus } from '../../src/internal/return-focus.js';
import { equal, ok } from './assert.js';
import { mount, restore } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return mount(root);
}

describe('returnFocus', () => {
  afterEach(restore);

  it('goes to the merchant’s target first, by id or by selector', () => {
    page('<button id="account">Account</button><button class="help">Help</button><main>App</main>');
    equal(returnFocus({ target: 'account' })?.id, 'account');
    equal(document.activeElement?.id, 'account');
    equal(returnFocus({ target: '.help' })?.className, 'help');
  });

  it('then to the element focused before, while it is still on the page and focusable', () => {
    const root = page('<button id="before">Before</button><main>App</main>');
    const before = root.querySelector('#before')!;
    equal(returnFocus({ target: 'nothing-like-this', previous: before }), before);
    before.remove();
    equal(returnFocus({ previous: before })?.tagName, 'MAIN', 'gone: the main landmark');
  });

  it('makes the main landmark or the first heading focusable for this once, out of the Tab order', () => {
    const root = page('<h1>Dashboard</h1>');
    const heading = returnFocus()!;
    equal(heading.tagName, 'H1');
    equal(heading.getAttribute('tabindex'), '-1');
    ok(root.contains(document.activeElement), 'focus is in the page, not on <body>');
  });

  it('skips what is hidden or inert, and an invalid selector is no target', () => {
    const root = page('<button id="hidden" hidden>Hidden</button><div inert><button id="inert">Inert</button></div><main>App</main>');
    equal(returnFocus({ target: 'hidden', previous: root.querySelector('#inert') })?.tagName, 'MAIN');
    equal(focusTarget('[[['), null);
  });
});
