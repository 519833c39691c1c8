// The custom elements manifest and the editor data as they ship in the packed tarball: what VS Code,
// JetBrains IDEs, Storybook and docs tools read (scripts/manifest/ builds and validates them).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { wrappers } from '../../src/react/index.js';
// @ts-expect-error: a plain .mjs build script, without declarations
import { checkManifest, DEFINITIONS, validateManifest } from '../../scripts/manifest/validate.mjs';
import { ROOT, run, tarball } from './harness.js';

interface Member { name: string; kind: string; privacy?: string; static?: boolean; readonly?: boolean }
interface Declaration { name: string; tagName?: string | undefined; customElement?: boolean; members?: Member[]; attributes?: Array<{ name: string }>; events?: Array<{ name: string; type?: { text: string } }> }
interface Module { path: string; declarations?: Declaration[]; exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }> }
interface Manifest { modules: Module[] }

const check = checkManifest as (manifest: Manifest, root: string) => string[];
let dir: string;
let root: string;
let manifest: Manifest;
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paymend-manifest-'));
  await run('tar', ['-xzf', await tarball(), '-C', dir]);
  root = join(dir, 'package');
  manifest = read<Manifest>('dist/custom-elements.json');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const elements = () => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const element = (tag: string) => elements().find((e) => e.tagName === tag)!;

test('the shipped manifest passes @wc-toolkit/cem-validator and our checks', async () => {
  await (validateManifest as (m: Manifest, root: string) => Promise<void>)(manifest, root);
});

test('each public tag is defined once, by the module that registers it, and modules are the shipped files', () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path, e.declaration.module]));
  assert.deepEqual(
    definitions.map(([tag, path]) => [tag, path]).sort(),
    Object.entries(DEFINITIONS as Record<string, string>).sort(),
  );
  assert.ok(!definitions.some(([tag]) => tag === 'tag'), 'no definition named after define()\'s parameter');
  for (const [, , declared] of definitions) assert.match(declared!, /^dist\/esm\/components\/\w+\/\w+\.component\.js$/);
  assert.deepEqual(manifest.modules.filter((m) => !/^dist\/esm\/.+\.js$/.test(m.path)).map((m) => m.path), []);
});

test('emit is not public API; the banner lists its reflected state attribute; events carry their detail type', () => {
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    assert.ok(!declaration.members?.some((m) => m.name === 'emit' && !m.privacy), `${declaration.name} lists emit`);
  }
  assert.ok(element('paymend-banner').attributes!.some((a) => a.name === 'state'));
  assert.equal(element('paymend-banner').events!.find((e) => e.name === 'paymend-status')!.type!.text, 'CustomEvent<{status: Status}>');
});

test('the checks catch a broken manifest: sources paths, a bogus or missing definition, a public emit, no state attribute', () => {
  const broken = structuredClone(manifest);
  broken.modules[0]!.path = 'src/components/banner/banner.component.ts';
  const banner = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'paymend-banner')!;
  banner.members!.push({ name: 'emit', kind: 'method' });
  banner.attributes = banner.attributes!.filter((a) => a.name !== 'state');
  const wallModule = broken.modules.find((m) => m.path === 'dist/esm/components/wall/wall.js')!;
  wallModule.exports = wallModule.exports!.filter((e) => e.kind !== 'custom-element-definition');
  broken.modules.at(-1)!.exports!.push({ kind: 'custom-element-definition', name: 'tag', declaration: { name: 'constructor' } });
  const problems = check(broken, root).join('\n');
  for (const expected of ['src/components/banner/banner.component.ts', 'paymend-wall should be defined', 'unexpected definition "tag"', 'lists emit as public', 'state attribute']) {
    assert.ok(problems.includes(expected), `expected a problem about ${expected} in:\n${problems}`);
  }
});

test('the build step (scripts/manifest/validate.mjs) exits non-zero on a manifest the validator rejects', async () => {
  const validate = [join(ROOT, 'scripts/manifest/validate.mjs')];
  const good = await run('node', validate, { cwd: root });
  assert.match(good.stdout, /valid/);
  const broken = structuredClone(manifest);
  const banner = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'paymend-banner')!;
  delete banner.tagName; // what @wc-toolkit/cem-validator's tagName rule catches
  const path = join(root, 'dist/custom-elements.json');
  writeFileSync(path, JSON.stringify(broken));
  try {
    const failed = await run('node', validate, { cwd: root, allowFailure: true });
    assert.notEqual(failed.code, 0, `exit code; output:\n${failed.stdout}${failed.stderr}`);
    assert.match(failed.stdout + failed.stderr, /PaymendBanner is missing a tag name/);
  } finally {
    writeFileSync(path, JSON.stringify(manifest));
  }
});

test('paymend/react wraps every element with its properties and one on… prop per documented event', () => {
  const pascal = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
  assert.deepEqual(Object.values(wrappers).map((w) => w.tagName).sort(), elements().map((e) => e.tagName).sort());
  for (const wrapper of Object.values(wrappers)) {
    const declared = element(wrapper.tagName);
    // Settable public fields (not a getter such as the report's `load`).
    const properties = declared.members!.filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly).map((m) => m.name);
    assert.deepEqual([...wrapper.properties].sort(), properties.sort(), `${wrapper.tagName}'s properties`);
    const events = Object.fromEntries(declared.events!.map((e) => [pascal(e.name), e.name]));
    assert.deepEqual(wrapper.events, events, `${wrapper.tagName}'s event props`);
  }
});

test('VS Code and JetBrains data list every tag with its attributes and events, referenced from package.json', () => {
  const pkg = read<{ 'web-types': string; customElements: string; exports: Record<string, unknown> }>('package.json');
  const vscode = read<{ tags: Array<{ name: string; attributes: Array<{ name: string }> }> }>('dist/vscode.html-custom-data.json');
  const webTypes = read<{ contributions: { html: { elements: Array<{ name: string; attributes: Array<{ name: string }>; js?: { events?: Array<{ name: string }> } }> } } }>(pkg['web-types']);
  const tags = elements().map((e) => e.tagName!).sort();
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), tags);
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), tags);
  const banner = vscode.tags.find((t) => t.name === 'paymend-banner')!;
  assert.ok(banner.attributes.some((a) => a.name === 'support-href') && banner.attributes.some((a) => a.name === 'state'));
  const wall = webTypes.contributions.html.elements.find((e) => e.name === 'paymend-wall')!;
  assert.ok(wall.js?.events?.some((e) => e.name === 'paymend-dismiss'), 'web-types list the events');
  read('dist/vscode.css-custom-data.json');
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.ok(pkg.exports['./jsx'] && pkg.exports['./react'], 'paymend/jsx and paymend/react are exported');
});
