// What a screen reader is told when the wall opens (issue 16): each text once, from Chromium's own
// accessibility tree; and axe in both directions.
import { a11ySnapshot } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { formReady, HOUR, openWall, part, payInWall, text, walled } from './wall-helpers.js';

/** A node of Chromium's accessibility tree as puppeteer serializes it. */
interface AXNode {
  role: string;
  name?: string;
  description?: string;
  focused?: boolean;
  live?: string;
  children?: AXNode[];
}

/** Whitespace as `text()` folds it (Chromium turns no-break spaces into spaces). */
const fold = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim();

/** Every node under `node`, its name and description with whitespace folded. */
function* walk(node: AXNode): Generator<AXNode> {
  node.name = fold(node.name);
  node.description = fold(node.description);
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text inside a node (a live region has no name: its text is in its StaticText children). */
const textIn = (node: AXNode | undefined) =>
  fold([...(node ? walk(node) : [])].filter((n) => n.role === 'StaticText').map((n) => n.name ?? '').join(' ')) ?? '';

/** The wall's dialog and the focused node, as the accessibility tree exposes them now. */
async function exposed(): Promise<{ dialog: AXNode; focused: AXNode | undefined; nodes: AXNode[] }> {
  const tree = (await a11ySnapshot({ selector: 'paymend-wall' })) as unknown as AXNode;
  const nodes = [...walk(tree)];
  const dialog = nodes.find((node) => node.role === 'dialog');
  ok(dialog, 'the wall is a dialog in the accessibility tree');
  return { dialog: dialog!, focused: nodes.find((node) => node.focused), nodes };
}

/**
 * What is read on entering the dialog, in order: its name, its description, the focused element.
 * None may repeat another, in whole or in part.
 */
function assertNothingReadTwice(spoken: Array<string | undefined>, what: string): void {
  const texts = spoken.map((s) => s?.trim() ?? '').filter(Boolean);
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) ok(!a.includes(b) && !b.includes(a), `${what}: “${b}” is read twice`);
  }
}

async function assertOpening(wall: PaymendWall, what: string): Promise<void> {
  await until(() => wall.shadowRoot!.activeElement, `${what}: focus in the wall`);
  const { dialog, focused } = await exposed();
  ok(focused, `${what}: something in the dialog has focus`);
  assertNothingReadTwice([dialog.name, dialog.description, focused!.name], what);
  equal(dialog.name, text(part(wall, 'title')), `${what}: the dialog is named by its heading`);
  equal(dialog.description ?? '', '', `${what}: no description (the explanation would be read a second time)`);
  // The APG's "static element at the top": the explanation, read on focus.
  equal(focused!.role, 'paragraph', `${what}: the explanation is focused`);
  equal(focused!.name, text(part(wall, 'message')), `${what}: and read on focus`);
}

describe('<paymend-wall> as a screen reader meets it', () => {
  afterEach(restore);

  for (const lang of ['en', 'he']) {
    it(`soft and hard: named by the heading, no description, focus on the explanation, each read once (${lang})`, async () => {
      const soft = await openWall(walled('soft', Date.now() + HOUR), (w) => (w.lang = lang));
      await assertOpening(soft.wall, `soft (${lang})`);
      restore();
      const hard = await openWall(walled('hard', Date.now() - HOUR), (w) => (w.lang = lang));
      await assertOpening(hard.wall, `hard (${lang})`);
    });

    it(`the thank-you: focus on its named heading, whose text is not the announcement (${lang})`, async () => {
      const { wall } = await openWall(walled('hard', Date.now() - HOUR), (w) => (w.lang = lang));
      await payInWall(wall);
      await until(() => wall.shadowRoot!.activeElement === part(wall, 'title'), 'focus on the thank-you heading');
      const { dialog, focused, nodes } = await exposed();
      equal(focused?.role, 'heading', 'a heading has focus');
      ok(focused?.name, 'a named element');
      equal(dialog.description ?? '', '', 'no description');
      const status = nodes.find((node) => node.role === 'status');
      equal(textIn(status), text(part(wall, 'status')), 'the thanks is in the live region');
      ok(textIn(status), 'and it is not empty');
      // The dialog was entered before: moving focus inside it reads the focused heading, then the
      // region speaks. The two must differ.
      assertNothingReadTwice([focused?.name, textIn(status)], `thank-you (${lang})`);
    });

    it(`passes axe: soft, and the thank-you after a hard wall (${lang})`, async () => {
      const soft = await openWall(walled('soft', Date.now() + HOUR), (w) => {
        w.lang = lang;
        w.setAttribute('logout-href', '/logout');
      });
      await formReady(soft.wall);
      await expectAccessible(soft.wall, `soft (${lang})`);
      restore();
      const hard = await openWall(walled('hard', Date.now() - HOUR), (w) => (w.lang = lang));
      await payInWall(hard.wall);
      await expectAccessible(hard.wall, `thank-you (${lang})`);
    });
  }
});
