// <paymend-form> as Chromium exposes it (its accessibility tree, through the a11y-snapshot command),
// at 400% zoom (a 320×200 CSS px viewport) and with a reader's own text spacing (WCAG 1.4.12).
import '../../src/components/form/form.js';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import { en } from '../../src/translations/index.js';
import { deepEqual, equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, type StripeStub } from './stripe-stub.js';

const m = en.messages;
const part = (form: PaymendForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const ready = (form: PaymendForm) => part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

async function openForm(setup: (form: PaymendForm) => void = () => undefined): Promise<{ form: PaymendForm; stripe: StripeStub }> {
  const stripe = installStripe();
  fakeBackend({});
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.lang = 'en';
  form.status = makeStatus('failed');
  setup(form);
  mount(form);
  await until(() => ready(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe };
}

interface AXNode {
  role: string;
  name?: string;
  busy?: boolean;
  live?: string;
  children?: AXNode[];
}

/** Every node of Chromium's accessibility tree with the path of its ancestors. */
function* walk(node: AXNode, ancestors: AXNode[] = []): Generator<{ node: AXNode; ancestors: AXNode[] }> {
  yield { node, ancestors };
  for (const child of node.children ?? []) yield* walk(child, [...ancestors, node]);
}

const liveRegions = async () => {
  const tree = (await a11ySnapshot({})) as unknown as AXNode;
  const all = [...walk(tree)];
  return { all, regions: all.filter(({ node }) => node.role === 'status' || node.role === 'alert') };
};

const allText = (node: AXNode): string => [node.role === 'StaticText' ? node.name : '', ...(node.children ?? []).map(allText)].join('').trim();

describe('<paymend-form> in Chromium’s accessibility tree, at 400% zoom, with the reader’s text spacing', () => {
  afterEach(async () => {
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  it('holds both live regions while they are empty, so what is written later is announced', async () => {
    await openForm();
    const { regions } = await liveRegions();
    deepEqual(
      regions.map(({ node }) => [node.role, node.live, allText(node)]),
      [
        ['alert', 'assertive', ''],
        ['status', 'polite', ''],
      ],
      'an empty alert and an empty status, in the tree',
    );
  });

  it('while saving, only the save button is busy: nothing around the live regions', async () => {
    const { form, stripe } = await openForm();
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    part(form, 'submit-button')!.click();
    await until(() => stripe.confirmCalls.length === 1, 'the confirmation to start');
    await form.updateComplete;
    const { all, regions } = await liveRegions();
    const saving = regions.find(({ node }) => node.role === 'status')!;
    equal(allText(saving.node), m['form.saving'], 'the status says it is saving');
    deepEqual(
      regions.flatMap(({ ancestors }) => ancestors.filter((ancestor) => ancestor.busy).map((ancestor) => ancestor.role)),
      [],
      'no busy ancestor of a live region',
    );
    const button = all.find(({ node }) => node.role === 'button' && node.name === m['form.submit']);
    equal(button?.node.busy, true, 'the save button is busy');
    release();
  });

  it('at 400% zoom, a decline brings the explanation into view, and focus with it (both cannot be on screen)', async () => {
    await setViewport({ width: 320, height: 200 });
    const { form, stripe } = await openForm();
    // The real Payment Element at 400% is several screens tall: the explanation above it is out of sight.
    stripe.mounted()!.node.style.height = '900px';
    const submit = part(form, 'submit-button')!;
    submit.focus();
    const before = submit.getBoundingClientRect();
    ok(before.top >= 0 && before.bottom <= innerHeight, 'the focused button is on screen');
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
    submit.click();
    await until(() => part(form, 'problem'), 'the explanation');
    await form.updateComplete;
    await settle(50);
    const box = part(form, 'problem')!.getBoundingClientRect();
    ok(box.top >= 0 && box.top < innerHeight, `the explanation is on screen (top at ${Math.round(box.top)} px of ${innerHeight})`);
    equal(form.shadowRoot!.activeElement, part(form, 'problem'), 'focus follows the explanation, so what is focused is on screen');
    equal(submit.getAttribute('aria-describedby'), 'problem');
  });

  it('takes the reader’s line height, letter and word spacing, buttons included (WCAG 1.4.12)', async () => {
    // What a text-spacing bookmarklet does: its `*` rule reaches the host, not inside the shadow root.
    const { form, stripe } = await openForm((element) => {
      element.style.cssText = 'font-size: 20px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em';
    });
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
    part(form, 'submit-button')!.click();
    await until(() => part(form, 'problem') && ready(form), 'the explanation');
    const blocks = ['title', 'problem', 'submit-button', 'cancel-button', 'intro'].map((name) => {
      const node = part(form, name);
      ok(node, `a part for ${name}`);
      return { name, style: getComputedStyle(node) };
    });
    // Lengths in em are computed where they are set (the host), then inherited as pixels.
    const host = getComputedStyle(form);
    equal(host.letterSpacing, '2.4px');
    for (const { name, style } of blocks) {
      const size = parseFloat(style.fontSize);
      equal(Math.round((parseFloat(style.lineHeight) / size) * 100) / 100, 1.5, `${name}: the reader’s line height`);
      equal(style.letterSpacing, host.letterSpacing, `${name}: the reader’s letter spacing`);
      equal(style.wordSpacing, host.wordSpacing, `${name}: the reader’s word spacing`);
    }
    await expectAccessible(form, 'text spacing');
  });

  it('--paymend-line-height sets the form’s own line height', async () => {
    const { form } = await openForm((element) => element.style.setProperty('--paymend-line-height', '2'));
    const style = getComputedStyle(part(form, 'title')!);
    equal(parseFloat(style.lineHeight) / parseFloat(style.fontSize), 2);
  });

  it('exposes its text blocks as parts, so a page can space paragraphs', async () => {
    const { form, stripe } = await openForm();
    const style = document.createElement('style');
    style.textContent = 'paymend-form::part(intro), paymend-form::part(problem), paymend-form::part(done) { margin-block-end: 40px }';
    document.head.append(style);
    try {
      ok(part(form, 'intro'), 'the intro is a part');
      equal(getComputedStyle(part(form, 'intro')!).marginBlockEnd, '40px', 'the intro');
      stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
      part(form, 'submit-button')!.click();
      await until(() => part(form, 'problem') && ready(form), 'the explanation');
      equal(getComputedStyle(part(form, 'problem')!).marginBlockEnd, '40px', 'the explanation');
      const updated = listen(document, 'paymend-updated');
      part(form, 'submit-button')!.click();
      await until(() => updated.length === 1 && part(form, 'done'), 'the thank-you');
      equal(getComputedStyle(part(form, 'done')!).marginBlockEnd, '40px', 'the thank-you');
    } finally {
      style.remove();
    }
  });
});

describe('<paymend-form> keeps the focused control in view (WCAG 2.4.11)', () => {
  afterEach(async () => {
    restore();
    document.querySelector('[data-test-spacer]')?.remove();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('when the busy line appears above the focused save button at the bottom of the window', async () => {
    await setViewport({ width: 800, height: 600 });
    const spacer = document.createElement('div');
    spacer.dataset.testSpacer = '';
    spacer.style.height = '1200px';
    document.body.prepend(spacer);
    const { form, stripe } = await openForm();
    const save = part(form, 'submit-button')!;
    // The page scrolled so that the button's bottom edge is the window's: where Tab leaves it.
    save.focus({ preventScroll: true });
    window.scrollBy(0, save.getBoundingClientRect().bottom - window.innerHeight);
    const before = save.getBoundingClientRect();
    ok(before.bottom <= window.innerHeight && before.bottom > window.innerHeight - 2, 'at the bottom edge');
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    await sendKeys({ press: 'Enter' });
    await until(() => stripe.confirmCalls.length === 1 && part(form, 'progress')?.textContent?.trim(), 'the busy line');
    await form.updateComplete;
    await settle(50);
    const during = save.getBoundingClientRect();
    equal(form.shadowRoot!.activeElement, save, 'focus stays on the button');
    ok(during.top >= 0 && during.bottom <= window.innerHeight, `the button in view while saving (top ${during.top}, bottom ${during.bottom}, window ${window.innerHeight})`);
    release();
  });
});
