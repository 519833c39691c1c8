// The element reference tables in docs/elements/*.md are what the custom-elements manifest of src/
// says (scripts/element-docs.mjs generates them): a new attribute, event or part in an element's JSDoc
// fails this test until `npm run build && npm run docs:elements` is run and the pages committed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { elementsOf, renderReference, updatePages } from '../../scripts/element-docs.mjs';
import { ROOT, analyzeManifest } from './docs-snippets.js';

type Manifest = Awaited<ReturnType<typeof analyzeManifest>>;
const run = promisify(execFile);

let manifest: Manifest;
before(async () => {
  manifest = await analyzeManifest();
});

/** A copy of docs/elements in a temporary folder, so a test can let the generator write. */
function pagesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paymend-element-docs-'));
  cpSync(join(ROOT, 'docs/elements'), dir, { recursive: true });
  return dir;
}

describe('the element reference in docs/elements', () => {
  it('is what the manifest of src/ says, for every element', () => {
    assert.deepEqual(updatePages(manifest, { check: true }), []);
  });

  it('covers the five elements, each with its attributes and events', () => {
    const tags = [...elementsOf(manifest).keys()].sort();
    assert.deepEqual(tags, ['paymend-banner', 'paymend-form', 'paymend-offers', 'paymend-report', 'paymend-wall']);
    const banner = readFileSync(join(ROOT, 'docs/elements/banner.md'), 'utf8');
    assert.match(banner, /^\| `dismissible` \| `dismissible` \| `boolean` \|/m);
    assert.match(banner, /^\| `paymend-dismiss` \| `\{state: State\}` \|/m);
    assert.match(banner, /^\| `close-button` \|/m);
  });

  it('fails the check when an element gains an attribute the page does not list, and the generator adds it', () => {
    const changed = structuredClone(manifest);
    elementsOf(changed).get('paymend-banner')!.attributes!.push({ name: 'quiet-hours', fieldName: 'quietHours', type: { text: 'string' }, description: 'A made-up attribute.' });
    const pages = pagesCopy();
    try {
      const problems: string[] = updatePages(changed, { check: true, pages });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /banner\.md: its element reference differs from the manifest/);
      assert.deepEqual(updatePages(changed, { pages }), [], 'written');
      assert.match(readFileSync(join(pages, 'banner.md'), 'utf8'), /^\| `quiet-hours` \| `quietHours` \| `string` \| {2}\| A made-up attribute\. \|$/m);
      assert.deepEqual(updatePages(changed, { check: true, pages }), [], 'and then in line');
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });

  it('names an element that no page documents', () => {
    const changed = structuredClone(manifest);
    changed.modules.push({ path: 'src/components/toast/toast.component.ts', declarations: [{ kind: 'class', name: 'PaymendToast', tagName: 'paymend-toast', customElement: true }] });
    const problems = updatePages(changed, { check: true });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /<paymend-toast> has no page/);
  });

  it('renders a pipe in a type so the table keeps its columns', () => {
    const text = renderReference({ tagName: 'x-y', attributes: [{ name: 'mode', fieldName: 'mode', type: { text: "'a' | 'b'" } }] });
    assert.match(text, /^\| `mode` \| `mode` \| `'a' \\\| 'b'` \| {2}\| {2}\|$/m);
  });

  it('runs from the command line: --check exits 1 naming the page, and 0 when in line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paymend-manifest-'));
    try {
      writeFileSync(join(dir, 'ok.json'), JSON.stringify(manifest));
      await run(process.execPath, [join(ROOT, 'scripts/element-docs.mjs'), '--manifest', join(dir, 'ok.json'), '--check']);
      const changed = structuredClone(manifest);
      elementsOf(changed).get('paymend-wall')!.events!.push({ name: 'paymend-made-up', description: 'x' });
      writeFileSync(join(dir, 'changed.json'), JSON.stringify(changed));
      await assert.rejects(
        run(process.execPath, [join(ROOT, 'scripts/element-docs.mjs'), '--manifest', join(dir, 'changed.json'), '--check']),
        (error: { code?: number; stderr?: string }) => error.code === 1 && /docs\/elements\/wall\.md: its element reference differs/.test(error.stderr ?? ''),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
