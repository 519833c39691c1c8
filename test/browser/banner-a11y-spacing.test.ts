// Text spacing from outside (WCAG 1.4.12): a reader's or page's stylesheet cannot reach into the
// shadow root, so line height, letter and word spacing must arrive by inheritance (or
// --paymend-line-height), and the text blocks are parts a page can space.
import { equal, ok } from './assert.js';
import { part, shownBanner } from './banner-helpers.js';
import { makeStatus, mount, restore } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

describe('<paymend-banner> text spacing from outside', () => {
  afterEach(restore);

  it('line height, letter and word spacing set on the page reach the message and the buttons', async () => {
    // What WCAG 1.4.12's bookmarklet applies to every element of the page: the host is one of them.
    const style = mount(document.createElement('style'));
    style.textContent = `
      .spaced { font-size: 16px; line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      .spaced::part(text) { display: block; margin-block-start: 2em; }
    `;
    const { element } = await shownBanner(makeStatus('failed'), { dismissible: '', class: 'spaced' });
    for (const name of ['title', 'text', 'button']) {
      const node = part(element, name);
      ok(node, `part ${name}`);
      const computed = getComputedStyle(node!);
      equal(computed.lineHeight, '24px', `${name}: line height 1.5`);
      equal(computed.letterSpacing, '1.92px', `${name}: letter spacing 0.12em`);
      equal(computed.wordSpacing, '2.56px', `${name}: word spacing 0.16em`);
    }
    equal(getComputedStyle(part(element, 'text')!).marginBlockStart, '32px', 'paragraph spacing through ::part(text)');
  });

  it('--paymend-line-height sets it for the banner alone', async () => {
    const { element } = await shownBanner(makeStatus('expiring'));
    element.style.setProperty('--paymend-line-height', '2');
    element.style.fontSize = '10px';
    equal(getComputedStyle(part(element, 'text')!).lineHeight, '20px');
    equal(getComputedStyle(part(element, 'button')!).lineHeight, '20px');
  });
});
