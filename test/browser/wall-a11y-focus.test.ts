// Where focus goes when the wall closes (issue 16, WCAG 2.4.3): never to <body>, after each way out.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { equal, ok } from './assert.js';
import { mount, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { deepActive, HOUR, isOpen, openWall, part, payInWall, walled } from './wall-helpers.js';

type Exit = 'Escape' | 'Not now' | 'Continue';
const EXITS: Exit[] = ['Escape', 'Not now', 'Continue'];

/** A host app: a header with an account button (the merchant's target), an opener, and a main landmark. */
function app(): { account: HTMLButtonElement; opener: HTMLButtonElement; main: HTMLElement } {
  const root = mount(document.createElement('div'));
  root.innerHTML = '<header><button id="account">Account</button><button class="opener">Billing</button></header><main>Dashboard</main>';
  return {
    account: root.querySelector('#account')!,
    opener: root.querySelector('.opener')!,
    main: root.querySelector('main')!,
  };
}

/** Leaves the wall the way a keyboard user would: Escape, Enter on "Not now", or paying then Enter on "Continue". */
async function leave(wall: PaymendWall, exit: Exit): Promise<void> {
  if (exit === 'Escape') {
    await sendKeys({ press: 'Escape' });
  } else if (exit === 'Not now') {
    part(wall, 'close-button')!.focus();
    await sendKeys({ press: 'Enter' });
  } else {
    await payInWall(wall);
    await until(() => wall.shadowRoot!.activeElement === part(wall, 'title'), 'focus on the thank-you heading');
    await sendKeys({ press: 'Tab' });
    equal(wall.shadowRoot!.activeElement, part(wall, 'continue-button'), 'Tab reaches "Continue"');
    await sendKeys({ press: 'Enter' });
  }
  await until(() => !isOpen(wall), `the wall to close (${exit})`);
}

/** Focus is somewhere on the page, never on <body> (nor lost with the wall's content). */
function assertFocusKept(expected: Element, what: string): void {
  ok(document.activeElement !== document.body && document.activeElement !== null, `${what}: focus is not on <body>`);
  equal(deepActive(), expected, what);
}

describe('<paymend-wall> focus after closing', () => {
  afterEach(restore);

  for (const exit of EXITS) {
    describe(`after ${exit}`, () => {
      it('goes to the merchant’s return-focus target (by id, and by selector)', async () => {
        for (const target of ['account', 'header #account']) {
          const { account, opener } = app();
          opener.focus();
          const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => w.setAttribute('return-focus', target));
          await leave(wall, exit);
          assertFocusKept(account, `return-focus="${target}"`);
          restore();
        }
      });

      it('without return-focus, goes back to what had focus before the wall opened', async () => {
        const { opener } = app();
        opener.focus();
        const { wall } = await openWall(walled('soft', Date.now() + HOUR));
        await leave(wall, exit);
        assertFocusKept(opener, 'the opener');
      });

      it('without return-focus, when nothing had focus (the wall opened with the page), goes to <main>', async () => {
        const { main } = app();
        (document.activeElement as HTMLElement | null)?.blur();
        equal(document.activeElement, document.body, 'nothing focused before the wall');
        const { wall } = await openWall(walled('soft', Date.now() + HOUR));
        await leave(wall, exit);
        assertFocusKept(main, 'the main landmark');
        equal(main.getAttribute('tabindex'), '-1', 'focusable by script only, out of the Tab order');
      });

      it('a target that matches nothing falls back to the element focused before', async () => {
        const { opener } = app();
        opener.focus();
        const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => w.setAttribute('return-focus', 'no-such-element'));
        await leave(wall, exit);
        assertFocusKept(opener, 'the opener');
      });
    });
  }

  it('a focused control inside another shadow root (the banner’s) gets focus back itself, not its host', async () => {
    const host = mount(document.createElement('div'));
    const button = host.attachShadow({ mode: 'open' }).appendChild(Object.assign(document.createElement('button'), { textContent: 'Update card' }));
    button.focus();
    const { wall } = await openWall(walled('soft', Date.now() + HOUR));
    await leave(wall, 'Escape');
    equal(deepActive(), button, 'the button inside the shadow root');
  });

  it('right to left (he), after Escape and after Continue', async () => {
    for (const exit of ['Escape', 'Continue'] as const) {
      const { account } = app();
      const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => {
        w.lang = 'he';
        w.returnFocus = 'account';
      });
      equal(part(wall, 'base')!.closest('dialog')!.getAttribute('dir'), 'rtl', 'right to left');
      await leave(wall, exit);
      assertFocusKept(account, `return-focus in he (${exit})`);
      restore();
    }
  });

  it('when the grace period ends with focus on "Not now", focus goes to the explanation, not <body>', async () => {
    const endsAt = Date.now() + 24 * HOUR;
    let now = Date.now();
    const { wall } = await openWall(walled('soft', endsAt), (w) => (w.now = () => now));
    part(wall, 'close-button')!.focus();
    now = endsAt + 1; // the laptop slept through the timer; the page comes back to the foreground
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => part(wall, 'close-button') === null, 'the wall to turn hard');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await until(() => wall.shadowRoot!.activeElement === part(wall, 'message'), 'focus on the explanation');
    ok(isOpen(wall), 'still open');
  });

  it('a hard wall paid off: Continue returns focus too', async () => {
    const { account } = app();
    const { wall } = await openWall(walled('hard', Date.now() - HOUR), (w) => w.setAttribute('return-focus', 'account'));
    await leave(wall, 'Continue');
    assertFocusKept(account, 'return-focus after a hard wall');
  });
});
