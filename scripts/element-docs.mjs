#!/usr/bin/env node
// The element reference tables of docs/elements/*.md, generated from the custom-elements manifest so
// they cannot drift from the code: attributes and properties, events, slots, CSS parts and custom
// properties, read from each element class's JSDoc by the analyzer (`npm run analyze`).
//
//   npm run build && npm run docs:elements     rewrites the tables from dist/custom-elements.json
//   node scripts/element-docs.mjs --manifest M --check
//                                              exits 1, naming the page, when a table differs from M
//
// Each page holds the generated part between two markers; everything else on the page is written by hand:
//   <!-- element-reference:start paymend-banner -->  …  <!-- element-reference:end -->
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(ROOT, 'docs/elements');
const MARKERS = /(<!-- element-reference:start (\S+) -->\n)[\s\S]*?(<!-- element-reference:end -->)/g;

/** A table cell: one line, pipes escaped (GitHub reads `\|` as a pipe inside code spans too). */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

/** The public instance members a page author can use: fields and methods, not private, protected or static. */
function publicMembers(element) {
  return (element.members ?? []).filter((m) => !m.static && !m.privacy && !m.name.startsWith('_') && !m.name.startsWith('#'));
}

/** The generated Markdown for one element (what goes between its markers). */
export function renderReference(element) {
  const attributes = element.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const members = publicMembers(element);
  const typeOf = (fieldName) => members.find((m) => m.name === fieldName)?.type?.text;
  const sections = [
    [
      'Attributes',
      table(
        ['attribute', 'property', 'type', 'default', 'what it does'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text ?? typeOf(a.fieldName)), code(a.default), cell(a.description)]),
      ),
    ],
    [
      'Properties and methods without an attribute',
      table(
        ['name', 'type', 'what it does'],
        members
          .filter((m) => !withAttribute.has(m.name))
          .map((m) => [
            code(m.kind === 'method' ? `${m.name}()` : m.name),
            code(m.kind === 'method' ? `(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}` : m.type?.text),
            cell(m.description),
          ]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'detail', 'when'],
        (element.events ?? []).map((e) => [code(e.name), code(/^CustomEvent<([\s\S]*)>$/.exec(e.type?.text ?? '')?.[1] ?? e.type?.text), cell(e.description)]),
      ),
    ],
    ['Slots', table(['slot', 'what goes in it'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]))],
    ['CSS parts', table(['part', 'what it is'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]))],
    [
      'CSS custom properties',
      table(['property', 'what it sets'], (element.cssProperties ?? []).map((p) => [code(p.name), cell([p.description, p.default ? `Default: \`${p.default}\`.` : ''].filter(Boolean).join(' '))])),
    ],
  ];
  const body = sections.filter(([, t]) => t).map(([title, t]) => `### ${title}\n\n${t}`).join('\n');
  return `<!-- Generated from the custom-elements manifest by scripts/element-docs.mjs: edit the element's JSDoc, not this. -->\n\n${body}`;
}

/** The elements of a manifest, by tag. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) elements.set(declaration.tagName, declaration);
  }
  return elements;
}

/**
 * Brings every page's generated part in line with the manifest. Returns the problems: pages that
 * differ (written unless `check`), markers naming no element, elements no page documents.
 */
export function updatePages(manifest, { check = false, pages = PAGES } = {}) {
  const elements = elementsOf(manifest);
  const documented = new Set();
  const problems = [];
  for (const name of readdirSync(pages).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(pages, name);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(MARKERS, (whole, start, tag, end) => {
      const element = elements.get(tag);
      if (!element) {
        problems.push(`${relative(ROOT, path)}: the manifest has no element <${tag}>`);
        return whole;
      }
      documented.add(tag);
      return `${start}${renderReference(element)}\n${end}`;
    });
    if (after === before) continue;
    if (check) problems.push(`${relative(ROOT, path)}: its element reference differs from the manifest (run npm run build && npm run docs:elements)`);
    else writeFileSync(path, after);
  }
  for (const tag of elements.keys()) {
    if (!documented.has(tag)) problems.push(`<${tag}> has no page: add <!-- element-reference:start ${tag} --> to a page in ${relative(ROOT, pages)}`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--manifest');
  const manifestPath = at >= 0 ? args[at + 1] : join(ROOT, 'dist/custom-elements.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    console.error(`element-docs: cannot read the manifest ${manifestPath} (${error.message}); run npm run build first`);
    process.exit(2);
  }
  const problems = updatePages(manifest, { check: args.includes('--check') });
  for (const problem of problems) console.error(`element-docs: ${problem}`);
  process.exit(problems.length ? 1 : 0);
}
