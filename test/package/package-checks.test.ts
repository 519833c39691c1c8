// The published tarball passes publint --strict and attw in its default (strict) profile: every
// entry resolves, with types, for node10, node16 from CommonJS and from ESM, and bundlers.
// Each check also runs on a deliberately broken copy of the tarball and must fail there, so a
// check that silently stopped checking (a renamed flag, a crash read as success) fails this file.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, run, tarball } from './harness.js';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/** attw on a tarball, as `attw --pack` runs it on the one it packs: exit code and its problems. */
async function attw(file: string, cwd: string) {
  // cwd: a folder without .attw.json, so the repository cannot quietly relax the profile.
  // The JSON goes to a file: attw exits right after writing it, which cuts a piped stdout short.
  const out = join(cwd, `attw-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const result = await run('sh', ['-c', '"$0" "$1" --format json > "$2"', bin('attw'), file, out], { cwd, allowFailure: true });
  const parsed = JSON.parse(readFileSync(out, 'utf8')) as { analysis: { problems: AttwProblem[]; entrypoints: Record<string, unknown> } };
  return { code: result.code, problems: parsed.analysis.problems, entrypoints: Object.keys(parsed.analysis.entrypoints) };
}

/** publint --strict on a tarball: exit code and what it printed. */
async function publint(file: string, cwd: string) {
  const result = await run(bin('publint'), ['run', file, '--strict'], { cwd, allowFailure: true });
  return { code: result.code, output: `${result.stdout}\n${result.stderr}` };
}

let work: string;
let packed: string;
let broken: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'paymend-checks-'));
  packed = await tarball();
  // The broken copy: `paymend/server` loses its `require` condition (attw: no resolution from
  // CommonJS, the ERR_PACKAGE_PATH_NOT_EXPORTED this package had) and the root's ESM types point at a file that is not in the package (publint: error).
  const unpacked = join(work, 'broken');
  await run('mkdir', ['-p', unpacked]);
  await run('tar', ['-xzf', packed, '-C', unpacked]);
  const manifestPath = join(unpacked, 'package', 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, Record<string, Record<string, string>>> };
  manifest.exports['./server'] = { import: manifest.exports['./server']!.import! };
  manifest.exports['.']!.import!.types = './dist/types/missing.d.ts';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  broken = join(work, 'paymend-broken.tgz');
  await run('tar', ['-czf', broken, '-C', unpacked, 'package']);
});
after(() => work && rmSync(work, { recursive: true, force: true }));

test('attw (default profile) finds no problem in the tarball, for every entry point', async () => {
  const { code, problems, entrypoints } = await attw(packed, work);
  assert.deepEqual(problems, [], `attw problems:\n${JSON.stringify(problems, null, 2)}`);
  assert.equal(code, 0, 'attw exit code');
  for (const entry of ['.', './define', './report', './server', './protocol', './explain', './notify']) {
    assert.ok(entrypoints.includes(entry), `attw checked ${entry} (it saw ${entrypoints.join(', ')})`);
  }
});

test('publint --strict finds nothing to report in the tarball', async () => {
  const { code, output } = await publint(packed, work);
  assert.equal(code, 0, `publint exit code; it said:\n${output}`);
  assert.match(output, /All good!/, `publint output:\n${output}`);
});

test('the same checks fail on a broken copy of the tarball (they can fail)', async () => {
  const checked = await attw(broken, work);
  assert.notEqual(checked.code, 0, 'attw exits non-zero');
  const kinds = checked.problems.map((p) => `${p.kind} ${p.entrypoint} ${p.resolutionKind}`);
  assert.ok(kinds.includes('NoResolution ./server node16-cjs'), `attw names require('paymend/server'): ${kinds.join('; ')}`);
  const linted = await publint(broken, work);
  assert.notEqual(linted.code, 0, `publint exits non-zero; it said:\n${linted.output}`);
  assert.match(linted.output, /missing\.d\.ts/, `publint names the missing types file:\n${linted.output}`);
});

test('the tarball holds the built files, types, LICENSE, CHANGELOG and README, and nothing of the repository', async () => {
  const listed = await run('tar', ['-tzf', packed]);
  const files = listed.stdout.split('\n').filter(Boolean).map((line) => line.replace(/^package\//, ''));
  for (const needed of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/cdn/paymend.js', 'dist/server/index.js', 'dist/server/index.cjs', 'dist/types/index.d.ts', 'dist/types/server/index.d.cts', 'dist/custom-elements.json']) {
    assert.ok(files.includes(needed), `${needed} is in the tarball`);
  }
  assert.deepEqual(files.filter((f) => /^(src|test|demo|bench|scripts|examples|\.ci)\//.test(f)), [], 'no source, tests, demo, bench, scripts or examples');
  assert.deepEqual(files.filter((f) => f.endsWith('.d.ts.map')), [], 'no declaration maps pointing at src/, which is not shipped');
  // The contents by folder, for the release note.
  const sizes = new Map<string, { files: number; bytes: number }>();
  const details = await run('tar', ['-tvzf', packed]);
  for (const line of details.stdout.split('\n').filter(Boolean)) {
    const parts = line.trim().split(/\s+/);
    const path = parts.at(-1)!.replace(/^package\//, '');
    const group = path.split('/').slice(0, path.startsWith('dist/') ? 2 : 1).join('/');
    const entry = sizes.get(group) ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += Number(parts[2]);
    sizes.set(group, entry);
  }
  const total = [...sizes.values()].reduce((sum, e) => sum + e.bytes, 0);
  console.log(`tarball contents (${files.length} files, ${(total / 1_000_000).toFixed(1)} MB unpacked):`);
  for (const [group, { files: count, bytes }] of [...sizes].sort()) console.log(`  ${group}: ${count} files, ${(bytes / 1000).toFixed(0)} kB`);
});
