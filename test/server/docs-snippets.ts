/**
 * The docs' code, checked so none of it rots: every ```ts / ```tsx / ```js block of the Markdown is
 * type-checked against the package's own types (tsc, `paymend/*` mapped to src/ through package.json's
 * `exports`), every ```html block is parsed and its `<paymend-*>` elements and attributes checked
 * against the custom-elements manifest, and every relative link must reach a file (and a heading).
 *
 * A block may be preceded by HTML comments that say how to check it (they do not show when rendered):
 *   <!-- snippet: prelude CODE -->       CODE is put before the block: what it assumes (`declare const app: …`)
 *   <!-- snippet: file lib/paymend.ts --> the block is that file, so another block can import '@/lib/paymend'
 *   <!-- snippet: requires paymend/X --> skipped, and said so, while package.json does not export paymend/X
 *   <!-- snippet: fragment -->           not checked (a piece of a larger file); use sparingly
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Parser } from 'htmlparser2';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

export interface Snippet {
  /** The Markdown file, relative to the repository root. */
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  prelude: string[];
  file?: string;
  requires: string[];
  fragment: boolean;
}

export interface Problem {
  doc: string;
  line: number;
  message: string;
}

const CHECKED = new Set(['ts', 'tsx', 'js', 'html']);

/** README.md, SECURITY.md and every Markdown file under docs/, relative to the root. */
export function docFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
    );
  return ['README.md', 'SECURITY.md', ...walk('docs')].sort();
}

/** The fenced blocks of one Markdown file (indented ones too, as in list items), with their markers. */
export function extractSnippets(doc: string, text = readFileSync(join(ROOT, doc), 'utf8')): Snippet[] {
  const lines = text.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    const code = lines
      .slice(i + 1, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    const snippet: Snippet = { doc, line: i + 1, lang: open[2]!, code, prelude: [], requires: [], fragment: false };
    for (const marker of markersBefore(lines, i)) {
      const [, kind, rest] = /^(\S+)\s*([\s\S]*)$/.exec(marker) ?? [];
      if (kind === 'prelude') snippet.prelude.push(rest!);
      else if (kind === 'file') snippet.file = rest!.trim();
      else if (kind === 'requires') snippet.requires.push(rest!.trim());
      else if (kind === 'fragment') snippet.fragment = true;
      else throw new Error(`${doc}:${i + 1}: unknown snippet marker "${marker}"`);
    }
    if (CHECKED.has(snippet.lang)) snippets.push(snippet);
    i = end;
  }
  return snippets;
}

/** The `<!-- snippet: … -->` comments right above line `fence` (blank lines between are fine). */
function markersBefore(lines: string[], fence: number): string[] {
  const markers: string[] = [];
  let j = fence - 1;
  while (j >= 0) {
    if (lines[j]!.trim() === '') {
      j--;
      continue;
    }
    if (!lines[j]!.trim().endsWith('-->')) break;
    let start = j;
    while (start >= 0 && !lines[start]!.includes('<!--')) start--;
    if (start < 0) break;
    const comment = lines.slice(start, j + 1).join('\n').trim();
    const match = /^<!--\s*snippet:\s*([\s\S]*?)\s*-->$/.exec(comment);
    if (!match) break;
    markers.unshift(match[1]!);
    j = start - 1;
  }
  return markers;
}

/** `paymend` and `paymend/x` -> the src/ file behind each entry of package.json's `exports`. */
export function packagePaths(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const paths: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    // `{ types, import }`, or per condition `{ import: { types, default }, require: {…} }`.
    const conditions = typeof target === 'object' && target ? (target as { types?: unknown; import?: { types?: unknown } }) : undefined;
    const types = conditions?.types ?? conditions?.import?.types;
    if (typeof types !== 'string') continue;
    const source = types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts');
    if (existsSync(join(ROOT, source))) paths[subpath === '.' ? 'paymend' : `paymend/${subpath.slice(2)}`] = join(ROOT, source);
  }
  return paths;
}

/** Why a snippet is not checked, or null when it is. */
export function skipReason(snippet: Snippet, paths = packagePaths()): string | null {
  if (snippet.fragment) return 'marked as a fragment';
  const missing = snippet.requires.filter((name) => !(name in paths));
  return missing.length ? `needs ${missing.join(', ')}, which package.json does not export yet (or whose types have no source in src/)` : null;
}

/**
 * Type-checks the ts/tsx/js snippets in one tsc program (in `.tmp/`, under the repository so the
 * packages in node_modules resolve) and returns tsc's errors placed at their line in the Markdown.
 */
export async function typeCheck(snippets: Snippet[]): Promise<Problem[]> {
  const paths = packagePaths();
  const code = snippets.filter((s) => s.lang !== 'html' && skipReason(s, paths) === null);
  if (code.length === 0) return [];
  const dir = join(ROOT, '.tmp', `docs-snippets-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const where = new Map<string, { snippet: Snippet; offset: number }>();
  code.forEach((snippet, n) => {
    const ext = snippet.lang === 'js' ? 'js' : snippet.lang;
    const file = snippet.file ?? `${snippet.doc.replace(/[^a-z0-9]+/gi, '-')}-${n}.${ext}`;
    const prelude = snippet.prelude.join('\n');
    // `export {}` makes every block a module: its names stay its own, and top-level await works.
    const text = `${prelude}\n${snippet.code}\nexport {};\n`;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    where.set(file, { snippet, offset: prelude.split('\n').length });
  });
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      jsx: 'react-jsx',
      strict: true,
      noUncheckedIndexedAccess: true,
      experimentalDecorators: true,
      useDefineForClassFields: false,
      skipLibCheck: true,
      esModuleInterop: true,
      allowImportingTsExtensions: true,
      allowJs: true,
      checkJs: true,
      noEmit: true,
      paths: { ...Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, [v]])), '@/*': ['./*'] },
    },
    files: [...where.keys()],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  let output = '';
  try {
    await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir, maxBuffer: 1 << 26 });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
    if (!/error TS\d+/.test(output)) throw error;
  } finally {
    if (!process.env.PAYMEND_KEEP_SNIPPETS) rmSync(dir, { recursive: true, force: true });
  }
  const problems: Problem[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (!m) continue;
    const file = relative(dir, resolve(dir, m[1]!)); // tsc names files relative to its working directory
    const found = where.get(file);
    // Errors inside src/ belong to the type check of the repository, not to the docs.
    if (!found) continue;
    const inCode = Number(m[2]) - found.offset;
    problems.push({
      doc: found.snippet.doc,
      line: inCode >= 1 ? found.snippet.line + inCode : found.snippet.line,
      message: `${found.snippet.lang} block at line ${found.snippet.line}: ${m[4]}${inCode < 1 ? ' (in its prelude)' : ''}`,
    });
  }
  return problems;
}

export interface ManifestElement {
  tagName: string;
  attributes?: Array<{ name: string }>;
}

/** Attributes every element takes, besides its own. */
const GLOBAL_ATTRIBUTES = /^(id|class|style|slot|part|lang|dir|hidden|title|tabindex|role|inert|data-.+|aria-.+)$/;

/** The `<paymend-*>` elements of each html block: known tags, known attributes, closed explicitly. */
export function checkHtml(snippets: Snippet[], elements: ManifestElement[]): Problem[] {
  const known = new Map(elements.map((e) => [e.tagName, new Set((e.attributes ?? []).map((a) => a.name))]));
  const problems: Problem[] = [];
  for (const snippet of snippets) {
    if (snippet.lang !== 'html' || skipReason(snippet) !== null) continue;
    const open: string[] = [];
    const lineAt = (index: number) => snippet.line + snippet.code.slice(0, index).split('\n').length;
    const report = (index: number, message: string) =>
      problems.push({ doc: snippet.doc, line: lineAt(index), message: `html block at line ${snippet.line}: ${message}` });
    const parser: Parser = new Parser(
      {
        onopentag(name, attributes) {
          if (!name.startsWith('paymend-')) return;
          open.push(name);
          const own = known.get(name);
          if (!own) return report(parser.startIndex, `<${name}> is not an element Paymend defines`);
          for (const attribute of Object.keys(attributes)) {
            if (!own.has(attribute) && !GLOBAL_ATTRIBUTES.test(attribute)) {
              report(parser.startIndex, `<${name}> has no attribute "${attribute}" (it has: ${[...own].join(', ')})`);
            }
          }
        },
        onclosetag(name, implied) {
          if (!name.startsWith('paymend-')) return;
          if (implied) report(parser.startIndex, `<${name}> is not closed (custom elements need </${name}>)`);
          if (open.pop() !== name) report(parser.startIndex, `</${name}> closes nothing`);
        },
      },
      { lowerCaseAttributeNames: true, recognizeSelfClosing: false },
    );
    parser.write(snippet.code);
    parser.end();
  }
  return problems;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (outside code blocks), duplicates numbered as GitHub does. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    const m = fence ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    result.add(n === 0 ? base : `${base}-${n}`);
  }
  return result;
}

/** Relative links (`[text](path#anchor)`) that reach no file, or no heading of that file. */
export function checkLinks(doc: string, text = readFileSync(join(ROOT, doc), 'utf8')): Problem[] {
  const problems: Problem[] = [];
  let fence = false;
  text.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? join(ROOT, doc) : resolve(ROOT, dirname(doc), path);
      const at = { doc, line: index + 1 };
      if (!existsSync(file)) {
        problems.push({ ...at, message: `link to ${target}: ${relative(ROOT, file)} does not exist` });
      } else if (anchor !== undefined && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
        problems.push({ ...at, message: `link to ${target}: ${relative(ROOT, file)} has no heading #${anchor}` });
      }
    }
  });
  return problems;
}

/** The custom-elements manifest of src/ as `npm run analyze` writes it, into a temporary folder. */
export async function analyzeManifest(): Promise<{ modules: Array<{ path: string; declarations?: Array<Record<string, unknown>> }> }> {
  const dir = join(ROOT, '.tmp', `docs-manifest-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  // The project's config with another outdir, and `packagejson: false`: otherwise the analyzer
  // rewrites package.json's "customElements" to point at the temporary folder.
  writeFileSync(
    join(dir, 'cem.config.mjs'),
    `import config from '${join(ROOT, 'custom-elements-manifest.config.mjs')}';\n` +
      `export default { ...config, outdir: ${JSON.stringify(relative(ROOT, dir))}, packagejson: false };\n`,
  );
  try {
    await run(join(ROOT, 'node_modules/.bin/cem'), ['analyze', '--config', join(dir, 'cem.config.mjs')], { cwd: ROOT });
    return JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The custom elements (declarations with a tag) of a manifest. */
export function manifestElements(manifest: Awaited<ReturnType<typeof analyzeManifest>>): ManifestElement[] {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => typeof d.tagName === 'string')) as unknown as ManifestElement[];
}
