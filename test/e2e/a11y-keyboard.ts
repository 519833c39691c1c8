// A keyboard-only visitor who checks, after every key and every outcome, where focus is: never on
// `<body>` (WCAG 2.4.3: focus lost, the person starts the page over), always on screen and not
// hidden under something else (2.4.11), and on an element a screen reader can name (4.1.2).
// Problems are collected rather than thrown at the first one, so one run lists every step that
// fails; `assertNoProblems()` ends the test with the whole list.
import assert from 'node:assert/strict';
import type { CDPSession, Locator } from 'playwright-core';
import { EXPIRY, type Visit } from './visit.js';
import { PAGE_DOM } from './page-dom.js';

/** The two screens of the issue: a laptop, and the same at 400% zoom (1280×1024 / 4). */
export const VIEWPORTS = [
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '320×256 (400% zoom)', viewport: { width: 320, height: 256 } },
] as const;

/** Where an element is on screen: in the viewport, and what the browser hits at its centre. */
interface OnScreen {
  /** The element, named by its tag, id, part and name, with the shadow hosts it is in. */
  where: string;
  visible: boolean;
  /** Why it is not visible. */
  why: string;
  /** How much of its height is inside the viewport, and its height (CSS px). */
  visibleHeight: number;
  height: number;
  viewportHeight: number;
}

interface FocusProbe extends OnScreen {
  /** Focus is on `<body>` (or nowhere). */
  lost: boolean;
}

declare global {
  interface Window {
    __a11yProbe: { focus(): FocusProbe; onScreen(element: Element): OnScreen; top(element: Element): number };
  }
}

/**
 * Page side, installed before the page's scripts. A string, not a function: tsx would wrap inner
 * function names in a helper the page lacks. The hit test pierces shadow roots, and walks up the
 * flat tree (slots included) from what it hit, so a slotted card field counts as inside its form.
 */
const PROBE = `(() => {
  ${PAGE_DOM}
  const deepActive = () => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const onScreen = (el) => {
    // A link wrapped over two lines: its box's centre can fall between the lines, on its paragraph;
    // the largest of its line boxes is where it is.
    const rects = [...el.getClientRects()];
    const r = rects.length > 1 ? rects.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a)) : el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const left = Math.max(r.left, 0), top = Math.max(r.top, 0), right = Math.min(r.right, vw), bottom = Math.min(r.bottom, vh);
    const box = [r.left, r.top, r.width, r.height].map(Math.round).join(',');
    const result = { where: describe(el), visible: false, why: '', visibleHeight: Math.max(0, bottom - top), height: r.height, viewportHeight: vh };
    if (right - left < 1 || bottom - top < 1) {
      result.why = 'not in the ' + vw + '×' + vh + ' viewport (its box x,y,w,h is ' + box + ')';
      result.visibleHeight = 0;
      return result;
    }
    const x = (left + right) / 2, y = (top + bottom) / 2;
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    let n = hit;
    while (n && n !== el) n = up(n);
    if (!n) {
      result.why = 'covered by ' + (hit ? describe(hit) : 'nothing') + ' at its visible centre ' + Math.round(x) + ',' + Math.round(y) + ' (its box x,y,w,h is ' + box + ')';
      return result;
    }
    result.visible = true;
    return result;
  };
  window.__a11yProbe = {
    focus: () => {
      const el = deepActive();
      if (!el || el === document.body || el === document.documentElement) {
        return { lost: true, where: el ? el.localName : 'nothing', visible: false, why: 'focus is on <body>', visibleHeight: 0, height: 0, viewportHeight: 0 };
      }
      return Object.assign({ lost: false }, onScreen(el));
    },
    onScreen,
    top: (el) => el.getBoundingClientRect().top,
  };
})();`;

/** Roles that say nothing about what was focused: focus there is focus on an unnamed box. */
const MEANINGLESS_ROLES = new Set(['generic', 'none', 'presentation', 'GenericContainer', 'ignored', 'Unknown']);
/** Roles a screen reader can only announce by their name: focused without one, they read as "button", "heading". */
const ROLES_THAT_NEED_A_NAME = new Set(['button', 'link', 'textbox', 'combobox', 'listbox', 'tab', 'radio', 'checkbox', 'heading', 'dialog', 'alertdialog', 'menuitem', 'searchbox', 'spinbutton', 'switch', 'slider']);

/** What Chromium's accessibility tree says of the focused element. */
export interface Focused extends FocusProbe {
  role: string;
  name: string;
}

export interface Target {
  name: string | RegExp;
  role?: string;
}

function matches(focused: Focused, target: Target): boolean {
  if (target.role && focused.role !== target.role) return false;
  return typeof target.name === 'string' ? focused.name === target.name : target.name.test(focused.name);
}

function show(target: Target): string {
  return `${target.role ?? 'element'} "${String(target.name)}"`;
}

export class Keyboard {
  /** Every step where focus went wrong, in order, for the one assertion at the end. */
  readonly problems: string[] = [];
  private steps = 0;

  private constructor(
    private readonly visit: Visit,
    private readonly cdp: CDPSession,
  ) {}

  /** Installs the probe for the visit's next page loads; call before `login()`. */
  static async start(visit: Visit): Promise<Keyboard> {
    await visit.context.addInitScript(PROBE);
    return new Keyboard(visit, await visit.context.newCDPSession(visit.page));
  }

  private get page() {
    return this.visit.page;
  }

  /** Two frames: what a key changes (Lit updates, focus moves) is on screen. */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }

  /**
   * Where focus is, and what the accessibility tree calls it. The page and the tree are read one
   * after the other: when focus moved in between (the page was still busy), both are read again,
   * so the role and name always belong to the element found.
   */
  async focused(): Promise<Focused> {
    for (let attempt = 1; ; attempt += 1) {
      const probe = await this.page.evaluate(() => window.__a11yProbe.focus());
      const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
      const again = await this.page.evaluate(() => window.__a11yProbe.focus());
      if (again.where !== probe.where && attempt < 10) {
        await this.settle();
        continue;
      }
      const node = nodes.filter((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).at(-1);
      return { ...again, role: String(node?.role?.value ?? '(none)'), name: String(node?.name?.value ?? '').trim() };
    }
  }

  /** Checks focus after `step`; a problem is recorded (not thrown). Returns where focus is. */
  async check(step: string): Promise<Focused> {
    this.steps += 1;
    const focused = await this.focused();
    const at = `step ${this.steps} (${step})`;
    if (focused.lost) {
      this.problems.push(`${at}: focus is on <body>`);
      return focused;
    }
    const what = `${focused.role} "${focused.name}" (${focused.where})`;
    if (!focused.visible) this.problems.push(`${at}: focus on ${what} is not visible: ${focused.why}`);
    if (MEANINGLESS_ROLES.has(focused.role)) this.problems.push(`${at}: focus is on an element without a role (${what})`);
    else if (ROLES_THAT_NEED_A_NAME.has(focused.role) && !focused.name) this.problems.push(`${at}: focus is on a ${focused.role} without a name (${focused.where})`);
    return focused;
  }

  /** Records a problem unless focus is on `target` now (e.g. Cancel returns focus to the button that opened the form). */
  async expectFocusOn(target: Target, step: string): Promise<void> {
    const focused = await this.focused();
    if (!matches(focused, target)) this.problems.push(`after ${step}: focus should be on ${show(target)}, it is on ${focused.role} "${focused.name}" (${focused.where})`);
  }

  /** Presses a key, waits for its outcome (if any: a form opening, a message arriving), then checks focus. */
  async press(key: string, step: string, outcome?: () => Promise<unknown>): Promise<Focused> {
    await this.page.keyboard.press(key);
    if (outcome) await outcome();
    await this.settle();
    return this.check(`${key}: ${step}`);
  }

  /** Tab (or Shift+Tab) until focus is on `target`, checking every stop on the way. */
  async tabTo(target: Target, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
    const key = options.backwards ? 'Shift+Tab' : 'Tab';
    if (matches(await this.focused(), target)) return;
    const passed: string[] = [];
    for (let press = 0; press < (options.max ?? 40); press += 1) {
      const focused = await this.press(key, `towards ${show(target)}`);
      if (matches(focused, target)) return;
      passed.push(`${focused.role} "${focused.name}"`);
    }
    assert.fail(`${key} never reached ${show(target)}; it went through: ${passed.join(', ')}`);
  }

  /** Tabs to a field forwards or backwards, whichever way it lies from the focused element. */
  async tabToField(field: Locator, target: Target): Promise<void> {
    const fieldTop = await field.evaluate((element) => window.__a11yProbe.top(element));
    const focusTop = await this.page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active ? window.__a11yProbe.top(active) : -Infinity;
    });
    await this.tabTo(target, { backwards: fieldTop < focusTop });
  }

  /** Replaces the focused field's text as a person would: select all, type. */
  async replaceText(text: string, step: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.settle();
    await this.check(`typed ${step}`);
  }

  /** Types a card into the stand-in's fields of `form`: Tab to the number, then Tab to expiry and CVC. */
  async typeCard(form: Locator, number: string): Promise<void> {
    await this.tabToField(form.locator('input[name="number"]'), { role: 'textbox', name: /^Card number/ });
    await this.replaceText(number, 'the card number');
    await this.press('Tab', 'to the expiry');
    await this.expectFocusOn({ role: 'textbox', name: /^Expiry/ }, 'Tab from the card number');
    await this.replaceText(EXPIRY, 'the expiry');
    await this.press('Tab', 'to the CVC');
    await this.expectFocusOn({ role: 'textbox', name: /^CVC/ }, 'Tab from the expiry');
    await this.replaceText('123', 'the CVC');
  }

  /**
   * Records a problem unless `locator` is on screen: at least half the viewport's height of it (or
   * all of it, when smaller), and not covered. For what the person must read now, e.g. a decline.
   */
  async expectOnScreen(locator: Locator, what: string): Promise<void> {
    const seen = await locator.first().evaluate((element) => window.__a11yProbe.onScreen(element));
    const enough = Math.min(seen.height, seen.viewportHeight / 2) - 1;
    if (!seen.visible) this.problems.push(`${what} is not on screen: ${seen.why}`);
    else if (seen.visibleHeight < enough) this.problems.push(`${what} is only ${Math.round(seen.visibleHeight)} of ${Math.round(seen.height)} px on screen`);
  }

  /** Ends the test: every problem found, or none. */
  assertNoProblems(): void {
    assert.deepEqual(this.problems, [], `focus went wrong at ${this.problems.length} step(s):\n${this.problems.join('\n')}`);
  }
}
