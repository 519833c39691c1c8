// Every snippet of README.md and docs/ is checked, so none rots: ts/tsx/js blocks type-check against
// the package's own types, html blocks use only elements and attributes the manifest lists, and relative
// links reach their file and heading. test/fixtures/docs/wrong.md shows that each check can fail.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  ROOT,
  analyzeManifest,
  checkHtml,
  checkLinks,
  docFiles,
  extractSnippets,
  manifestElements,
  skipReason,
  typeCheck,
  type ManifestElement,
  type Problem,
  type Snippet,
} from './docs-snippets.js';

const FIXTURE = 'test/fixtures/docs/wrong.md';
const show = (problems: Problem[]) => problems.map((p) => `${p.doc}:${p.line}: ${p.message}`).join('\n');

let docs: string[];
let snippets: Snippet[];
let fixture: Snippet[];
let typeProblems: Problem[];
let elements: ManifestElement[];

before(async () => {
  docs = docFiles();
  snippets = docs.flatMap((doc) => extractSnippets(doc));
  fixture = extractSnippets(FIXTURE);
  // One tsc program for the docs and the fixture: their blocks are modules and cannot see each other.
  [typeProblems, elements] = await Promise.all([typeCheck([...snippets, ...fixture]), analyzeManifest().then(manifestElements)]);
});

describe('the snippets of README.md and docs/', () => {
  it('are found: README.md has its quick start, and docs/ its guides', () => {
    assert.ok(docs.includes('README.md') && docs.some((d) => d.startsWith('docs/merchant/')), docs.join(', '));
    const counted = (lang: string) => snippets.filter((s) => s.lang === lang).length;
    assert.ok(counted('ts') >= 15, `${counted('ts')} ts blocks`);
    assert.ok(counted('html') >= 8, `${counted('html')} html blocks`);
    assert.ok(snippets.some((s) => s.doc === 'README.md' && /createHandler\(/.test(s.code)), 'the README quick start has a handler');
  });

  it('type-check against the package’s types (ts, tsx, js)', () => {
    const problems = typeProblems.filter((p) => p.doc !== FIXTURE);
    assert.equal(problems.length, 0, `\n${show(problems)}`);
  });

  it('use only the elements and attributes the manifest lists (html)', () => {
    const problems = checkHtml(snippets, elements);
    assert.equal(problems.length, 0, `\n${show(problems)}`);
  });

  it('link only to files and headings that exist', () => {
    const problems = docs.flatMap((doc) => checkLinks(doc));
    assert.equal(problems.length, 0, `\n${show(problems)}`);
  });

  it('say why each skipped snippet is skipped, and use fragments sparingly', (t) => {
    for (const snippet of snippets) {
      const reason = skipReason(snippet);
      if (reason) t.diagnostic(`skipped ${snippet.doc}:${snippet.line} (${snippet.lang}): ${reason}`);
    }
    const fragments = snippets.filter((s) => s.fragment);
    assert.ok(fragments.length <= 3, `fragments are for pieces of a larger file, used sparingly: ${fragments.length}`);
  });
});

describe('the README', () => {
  const readme = () => readFileSync(join(ROOT, 'README.md'), 'utf8');
  const headings = () => [...readme().matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

  it('says how to install before anything about this repository, then the quick start', () => {
    const order = headings();
    const install = order.indexOf('Install');
    assert.ok(install >= 0 && install < order.findIndex((h) => /quick start/i.test(h)), order.join(' / '));
    assert.ok(order.findIndex((h) => /quick start/i.test(h)) < order.indexOf('This repository'), order.join(' / '));
    const section = readme().split(/^## Install$/m)[1]!.split(/^## /m)[0]!;
    for (const needed of ['npm install paymend', 'npm install stripe', "from 'paymend/react'", 'cdn.jsdelivr.net/npm/paymend@']) {
      assert.ok(section.includes(needed), `the Install section names ${needed}`);
    }
  });

  it('pins the CDN tags, here and in docs/, to the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const all = docs.map((doc) => readFileSync(join(ROOT, doc), 'utf8')).join('\n');
    assert.ok(/cdn\.jsdelivr\.net\/npm\/paymend@[^/]+\//.test(readme()), 'the README has the CDN tag');
    const pinned = [...all.matchAll(/cdn\.jsdelivr\.net\/npm\/paymend@([^/]+)\//g)].map((m) => m[1]);
    assert.ok(pinned.length >= 1);
    assert.deepEqual([...new Set(pinned)], [version]);
  });

  it('names the commands of this repository, the package tests included', () => {
    const section = readme().split(/^## This repository$/m)[1]!.split(/^## /m)[0]!;
    for (const command of ['npm install && npm start', 'npm test', 'npm run test:package']) assert.ok(section.includes(command), command);
  });
});

describe('the checks fail on a wrong snippet (test/fixtures/docs/wrong.md)', () => {
  const at = (problems: Problem[], pattern: RegExp) => problems.filter((p) => p.doc === FIXTURE && pattern.test(p.message));

  it('a misspelt nested option, beside a spread of the others', () => {
    assert.equal(at(typeProblems, /graceDayz/).length, 1, show(typeProblems));
  });

  it('an option the handler does not have', () => {
    assert.equal(at(typeProblems, /retryForever/).length, 1, show(typeProblems));
  });

  it('nothing else: the right snippet passes and the fragment is not checked', () => {
    assert.equal(typeProblems.filter((p) => p.doc === FIXTURE).length, 2, show(typeProblems));
    assert.equal(fixture.filter((s) => skipReason(s) !== null).length, 1);
  });

  it('an attribute the element does not have, and an element Paymend does not define', () => {
    const problems = checkHtml(fixture, elements);
    assert.equal(at(problems, /<paymend-banner> has no attribute "dismisable"/).length, 1, show(problems));
    assert.equal(at(problems, /<paymend-toast> is not an element Paymend defines/).length, 1, show(problems));
  });

  it('a link to a missing file or heading', () => {
    const problems = checkLinks(FIXTURE);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'link to nowhere.md: test/fixtures/docs/nowhere.md does not exist',
        'link to #no-such-heading: test/fixtures/docs/wrong.md has no heading #no-such-heading',
      ],
    );
  });
});
