// `top` and `bottom` bars never hide the page's controls or their own (WCAG 1.4.10 reflow, 2.4.11
// focus not obscured): in the page flow on short or narrow viewports (320×256 CSS px is 1280×1024
// at 400% zoom), at most 40% of the viewport elsewhere (scrolling inside), and the room they cover
// told to the page (`--paymend-bar-top` / `-bottom` on the root, `paymend-bar-resize`).
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PaymendBanner } from '../../src/index.js';
import type { Status } from '../../src/protocol/index.js';
import { equal, ok } from './assert.js';
import { part, shownBanner } from './banner-helpers.js';
import { listen, makeStatus, mount, restore, until } from './helpers.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';

const rootProperty = (name: string) => document.documentElement.style.getPropertyValue(name);
const px = (value: string) => Number.parseFloat(value);

let count = 0;
function failed(): Status {
  count += 1;
  const status = makeStatus('failed');
  status.invoice = { ...status.invoice!, id: `in_Bar${count}${Date.now()}` };
  return status;
}

/** The element at a point, looking into shadow roots. */
function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Whether `control` is on screen and not covered: the element at its centre is it (or inside it). */
function uncovered(control: Element): boolean {
  const box = control.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
  const hit = deepElementFromPoint(x, y);
  return hit === control || (hit !== null && control.contains(hit));
}

/** Tabs from the start of the page through the banner; each of its buttons must be uncovered when focused. */
async function tabThroughBanner(element: PaymendBanner, what: string): Promise<number> {
  const start = mount(document.createElement('button'));
  start.textContent = 'Start';
  document.body.prepend(start);
  start.focus();
  let reached = 0;
  for (const name of ['button', 'close-button']) {
    await sendKeys({ press: 'Tab' });
    const control = part(element, name)!;
    equal(element.shadowRoot!.activeElement, control, `${what}: Tab reaches ${name}`);
    // Focusing scrolls it into view: it must be there, not under anything.
    await until(() => uncovered(control), `${what}: ${name} on screen and uncovered when focused`);
    reached += 1;
  }
  start.remove();
  return reached;
}

/** A page whose header uses the room the bars leave, as the README shows. */
function pageWithHeader(): HTMLElement {
  const style = mount(document.createElement('style'));
  style.textContent = `
    body { padding-top: var(--paymend-bar-top, 0px); padding-bottom: var(--paymend-bar-bottom, 0px); margin: 0; }
    html { scroll-padding-top: var(--paymend-bar-top, 0px); }
    .app-header { display: flex; gap: 1rem; padding: 0.5rem; }
  `;
  const header = mount(document.createElement('header'));
  header.className = 'app-header';
  header.innerHTML = '<label>Scenario <select><option>One</option></select></label><label>Theme <select><option>Light</option></select></label>';
  document.body.prepend(header);
  return header;
}

describe('<paymend-banner> bars and the viewport', () => {
  beforeEach(() => localStorage.removeItem('paymend-snoozed'));
  afterEach(async () => {
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('at 320×256 (400% zoom) a top bar falls back into the page flow: both buttons reachable by Tab, uncovered; it covers nothing', async () => {
    await setViewport({ width: 320, height: 256 });
    for (const placement of ['top', 'bottom']) {
      const { element } = await shownBanner(failed(), { placement, dismissible: '' });
      equal(getComputedStyle(element).position, 'static', `${placement}: in the page flow`);
      await until(() => rootProperty(`--paymend-bar-${placement}`) === '0px' || rootProperty(`--paymend-bar-${placement}`) === '', 'no room claimed');
      equal(await tabThroughBanner(element, placement), 2, 'both buttons');
      element.remove();
    }
  });

  it('at 1280×800 a top bar floats, tells the page its height, and the page’s header controls stay uncovered', async () => {
    await setViewport({ width: 1280, height: 800 });
    const header = pageWithHeader();
    const resized = listen(document, 'paymend-bar-resize');
    const { element } = await shownBanner(failed(), { placement: 'top', dismissible: '' });
    equal(getComputedStyle(element).position, 'fixed', 'a bar over the page');
    const height = Math.ceil(element.getBoundingClientRect().height);
    ok(height > 0, 'has a height');
    await until(() => px(rootProperty('--paymend-bar-top')) === height, `--paymend-bar-top to be ${height}px`);
    const last = resized.at(-1)!;
    equal(last.detail.placement, 'top', 'event placement');
    equal(last.detail.blockSize, height, 'event blockSize');
    for (const select of header.querySelectorAll('select')) ok(uncovered(select), 'a header select is not covered by the bar');

    part(element, 'close-button')!.click();
    await until(() => rootProperty('--paymend-bar-top') === '0px', 'the room given back');
    equal(resized.at(-1)!.detail.blockSize, 0, 'event: 0 once dismissed');
  });

  it('a bottom bar sets --paymend-bar-bottom; crossing into a short viewport gives the room back', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { element } = await shownBanner(failed(), { placement: 'bottom' });
    const height = Math.ceil(element.getBoundingClientRect().height);
    await until(() => px(rootProperty('--paymend-bar-bottom')) === height, '--paymend-bar-bottom');
    await setViewport({ width: 1280, height: 300 });
    await until(() => rootProperty('--paymend-bar-bottom') === '0px', 'no room claimed in the page flow');
    equal(getComputedStyle(element).position, 'static');
    await setViewport({ width: 1280, height: 800 });
    await until(() => px(rootProperty('--paymend-bar-bottom')) > 0, 'floating again');
  });

  it('a bar with more than fits takes at most 40% of the viewport and scrolls inside; its buttons come into view when focused', async () => {
    await setViewport({ width: 800, height: 600 });
    const { element } = await shownBanner(failed(), { placement: 'top', dismissible: '' });
    element.style.setProperty('--paymend-font-size', '40px');
    await element.updateComplete;
    const base = part(element, 'base')!;
    await until(() => base.scrollHeight > base.clientHeight, 'the content to overflow');
    ok(element.getBoundingClientRect().height <= 0.4 * 600 + 1, `at most 40% of 600px: ${element.getBoundingClientRect().height}`);
    equal(getComputedStyle(base).overflowY, 'auto', 'scrolls');
    await until(() => px(rootProperty('--paymend-bar-top')) === Math.ceil(element.getBoundingClientRect().height), 'the capped height on the root');
    equal(await tabThroughBanner(element, 'capped'), 2, 'both buttons');
  });
});
