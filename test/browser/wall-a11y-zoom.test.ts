// The wall at 400% zoom (320×256 CSS px, WCAG 1.4.10) and with text spacing from outside (1.4.12).
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { equal, ok } from './assert.js';
import { restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { deepActive, dialogOf, formReady, HOUR, innerForm, openWall, part, payInWall, walled } from './wall-helpers.js';

const ZOOMED = { width: 320, height: 256 };

/**
 * Whether a sighted keyboard user sees `element`: wholly inside the viewport and the dialog's
 * scrollport, or, for a block taller than that (the explanation at 400%), filling it.
 */
function onScreen(element: Element, dialog?: HTMLDialogElement): boolean {
  const box = element.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0 || box.left < -1 || box.right > innerWidth + 1) return false;
  const port = dialog?.getBoundingClientRect();
  const top = Math.max(0, port ? port.top + dialog!.clientTop : 0);
  const bottom = Math.min(innerHeight, port ? port.top + dialog!.clientTop + dialog!.clientHeight : innerHeight);
  const shown = Math.min(box.bottom, bottom) - Math.max(box.top, top);
  return shown >= Math.min(box.height, bottom - top) - 1;
}

/** Lengths equal to within a tenth of a pixel (computed styles are rounded to 1/64 px). */
function near(actual: number, expected: number, what: string): void {
  ok(Math.abs(actual - expected) < 0.1, `${what}: expected ${expected}px, got ${actual}px`);
}

/** A name for the focused control: its part, its label, or its text. */
function describeFocus(element: Element | null): string {
  if (!element) return 'nothing';
  return element.getAttribute('part') ?? element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
}

/** Tabs through the whole wall (twice round), checking each stop is in the wall and on screen; returns what was reached. */
async function tabThrough(wall: PaymendWall, stops: number): Promise<Set<string>> {
  const reached = new Set<string>();
  for (let i = 0; i < stops; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    ok(active && (wall.contains(document.activeElement) || document.activeElement === wall), `step ${i}: focus stays in the wall`);
    ok(active !== document.body, `step ${i}: not on <body>`);
    // The focus guards hand focus on at once; what the user lands on is the control after them.
    if (active!.classList.contains('focus-guard')) continue;
    ok(onScreen(active!, dialogOf(wall)!), `step ${i}: ${describeFocus(active)} is scrolled into view (${JSON.stringify(active!.getBoundingClientRect())})`);
    reached.add(describeFocus(active));
  }
  return reached;
}

describe('<paymend-wall> at 400% zoom and with text spacing', () => {
  afterEach(async () => {
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('at 320×256 the dialog fits the viewport, its content scrolls, and every control is reachable and shown', async () => {
    await setViewport(ZOOMED);
    const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => {
      w.setAttribute('logout-href', '/logout');
      w.setAttribute('support-href', '/support');
    });
    await formReady(wall);
    const dialog = dialogOf(wall)!;
    ok(onScreen(dialog), `the dialog fits in the viewport (${JSON.stringify(dialog.getBoundingClientRect())})`);
    ok(dialog.scrollHeight > dialog.clientHeight, 'its content is taller than the viewport…');
    ok(['auto', 'scroll'].includes(getComputedStyle(dialog).overflowY), '…and scrolls');
    ok(dialog.scrollWidth <= dialog.clientWidth + 1, `no sideways scrolling (${dialog.scrollWidth} > ${dialog.clientWidth})`);
    ok(onScreen(part(wall, 'message')!, dialog), 'the focused explanation is on screen');

    const reached = await tabThrough(wall, 14);
    for (const control of ['Card number', 'submit-button', 'Log out', 'support', 'close-button']) {
      ok(reached.has(control), `${control} is reachable by Tab: ${[...reached].join(', ')}`);
    }
    ok(innerForm(wall), 'the form is inside');
  });

  it('at 320×256 the thank-you’s Continue is reachable, shown, and returns focus', async () => {
    await setViewport(ZOOMED);
    const { wall } = await openWall(walled('hard', Date.now() - HOUR));
    await payInWall(wall);
    const reached = await tabThrough(wall, 3);
    ok(reached.has('continue-button'), `Continue is reachable: ${[...reached].join(', ')}`);
  });

  it('takes line height, letter and word spacing from outside, and paragraph spacing through parts', async () => {
    const style = document.createElement('style');
    // WCAG 1.4.12's values, as a user's stylesheet or a bookmarklet sets them on the page.
    style.textContent = `
      .spaced { line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }
      .spaced paymend-wall::part(message), .spaced paymend-wall::part(title) { margin-block-end: 2em; }
    `;
    document.head.append(style);
    document.body.classList.add('spaced');
    try {
      const { wall } = await openWall(walled('soft', Date.now() + HOUR));
      const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      // Spacing in em computes to a length on the page's <body> and is inherited as that length.
      const pageFont = fontSize(document.body);
      for (const name of ['title', 'message', 'close-button']) {
        const el = part(wall, name)!;
        const css = getComputedStyle(el);
        near(parseFloat(css.lineHeight), 1.5 * fontSize(el), `${name}: line height inherited from the page`);
        near(parseFloat(css.letterSpacing), 0.12 * pageFont, `${name}: letter spacing inherited`);
        near(parseFloat(css.wordSpacing), 0.16 * pageFont, `${name}: word spacing inherited`);
      }
      const message = part(wall, 'message')!;
      equal(parseFloat(getComputedStyle(message).marginBlockEnd), 2 * fontSize(message), 'paragraph spacing through ::part(message)');

      // The merchant's own setting wins over the page's.
      wall.style.setProperty('--paymend-line-height', '2');
      await until(() => Math.abs(parseFloat(getComputedStyle(message).lineHeight) - 2 * fontSize(message)) < 0.1, '--paymend-line-height');
    } finally {
      document.body.classList.remove('spaced');
      style.remove();
    }
  });

  it('with text spacing at 320×256, every control is still reachable and shown', async () => {
    await setViewport(ZOOMED);
    const style = document.createElement('style');
    style.textContent = `body.spaced { line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }`;
    document.head.append(style);
    document.body.classList.add('spaced');
    try {
      const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => w.setAttribute('support-href', '/support'));
      await formReady(wall);
      const reached = await tabThrough(wall, 12);
      for (const control of ['Card number', 'submit-button', 'support', 'close-button']) {
        ok(reached.has(control), `${control} is reachable by Tab: ${[...reached].join(', ')}`);
      }
    } finally {
      document.body.classList.remove('spaced');
      style.remove();
    }
  });
});
