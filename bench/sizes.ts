/**
 * Sizes of what a browser downloads from the CDN build (`dist/cdn`), as a markdown table:
 * minified bytes, gzip (level 9) and brotli (quality 11), each against its budget.
 *  - entry: `paymend.js`, what every page view loads (banner, wall element, protocol, explain, English)
 *  - form chunk: loaded when the customer opens the form; Stripe.js itself is not in it (it comes from
 *    js.stripe.com), its loader is
 *  - wall dialog chunk: loaded only for a customer who needs a wall
 *  - each locale other than English: loaded for that language only
 *  - the report entry (`paymend-report.js`): the merchant's admin page only, a build of its own
 *    (uPlot, Lit, zod bundled) whose chunks sit in `report/`, apart from the customer-facing ones
 *
 * The measuring and the budgets are exported (`measureCdn`, `BUDGETS`, `chunkKind`): `npm test`
 * checks the same budgets (test/e2e/budgets.e2e.test.ts), the bench prints them.
 *
 * CLI: builds first (`rollup -c`) so the figures match the source; `--no-build` measures `dist/` as it is.
 * Run: `node --import tsx bench/sizes.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The CDN build's directory: `paymend.js` and `chunks/`. */
export const CDN_DIR = join(root, 'dist/cdn');
const KB = 1024;

/** Budgets in brotli bytes (quality 11), by kind of file. Chunks of other kinds are reported only. */
export const BUDGETS = {
  entry: 10 * KB,
  /**
   * 6.5 KB since issue 15 and 16: the bank-debit outcomes (micro-deposits, a debit on its way) and the
   * accessibility fixes (always-present live regions, busy state off the live regions, every known
   * decline code explained, the error scrolled into view). It loads only when the customer opens it.
   */
  form: 6.5 * KB,
  wall: 3 * KB,
  /**
   * "Can't pay right now?" (issue 17): the offers panel, its flow and the hosted page's opener; the
   * care catalog's English words are shared with the banner and the wall. Loads only when opened.
   */
  offers: 4.5 * KB,
  /**
   * 3.5 KB since the bank-debit states (processing, missing, micro-deposits: ~250 B per locale); a
   * locale chunk loads only for a customer with something to fix, never on a healthy page.
   */
  locale: 3.5 * KB,
} as const;

export type ChunkKind = keyof typeof BUDGETS | 'other';

/**
 * Brotli budget of `paymend-report.js`, the merchant's report (never loaded by a customer's page):
 * uPlot is about 21 KB of it, Lit and zod/mini most of the rest.
 */
export const REPORT_BUDGET = 52 * KB;

export interface SizeRow {
  /** What the table calls it, e.g. `entry (paymend.js)` or `locale de`. */
  name: string;
  kind: ChunkKind;
  /** Absolute path of the file. */
  file: string;
  minified: number;
  gzip: number;
  brotli: number;
  /** Brotli budget in bytes, or `null` when the file is reported only. */
  budget: number | null;
  over: boolean;
}

/**
 * What a CDN file is, from its name alone (so a request URL can be classified too). Rollup names a
 * chunk after its main module and an 8-character hash (which may contain '-'): `chunks/form-<hash>.js`,
 * `chunks/de-<hash>.js`, `chunks/shared-<hash>.js`…; the locales are the chunks named like BCP 47 tags.
 */
export function chunkKind(fileOrUrl: string): { kind: ChunkKind; name: string } {
  const file = basename(new URL(fileOrUrl, 'file:///').pathname);
  if (file === 'paymend.js') return { kind: 'entry', name: 'paymend' };
  // The banner's view has a stable name beside the entry (rollup.config.mjs says why).
  if (file === 'paymend-banner-view.js') return { kind: 'other', name: 'banner-view' };
  const name = file.replace(/-[\w-]{8}\.js$/, '');
  if (name === 'form') return { kind: 'form', name };
  if (name === 'wall-view') return { kind: 'wall', name };
  if (name === 'offers') return { kind: 'offers', name };
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(name)) return { kind: 'locale', name };
  return { kind: 'other', name };
}

const LABEL: Record<ChunkKind, (name: string) => string> = {
  entry: () => 'entry (paymend.js)',
  form: () => 'form chunk (without Stripe.js)',
  wall: () => 'wall dialog chunk',
  offers: () => 'offers chunk',
  locale: (name) => `locale ${name}`,
  other: (name) => `chunk ${name}`,
};
const ORDER: ChunkKind[] = ['entry', 'form', 'wall', 'offers', 'locale', 'other'];

function sizes(path: string) {
  const code = readFileSync(path);
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength },
    }).byteLength,
  };
}

/** Builds `dist/` (all three builds, as `npm run build` does before the declarations). */
export function buildCdn(): void {
  execFileSync(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Chunks with a stable name beside the entry, which a page may name in its own tags. */
export const STABLE_CHUNKS = ['paymend-banner-view.js'];

/** Every JavaScript file of the CDN build with its sizes and budget: the entry first, then form, wall, locales, others. */
export function measureCdn(dir = CDN_DIR): SizeRow[] {
  const entry = join(dir, 'paymend.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npx rollup -c\` first`);
  const files = [entry, ...STABLE_CHUNKS.map((file) => join(dir, file)).filter((file) => existsSync(file)), ...readdirSync(join(dir, 'chunks')).filter((file) => file.endsWith('.js')).sort().map((file) => join(dir, 'chunks', file))];
  const rows = files.map((file): SizeRow => {
    const { kind, name } = chunkKind(file);
    const budget = kind === 'other' ? null : BUDGETS[kind];
    const measured = sizes(file);
    return { name: LABEL[kind](name), kind, file, ...measured, budget, over: budget !== null && measured.brotli > budget };
  });
  return rows.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** The report's entry, measured against `REPORT_BUDGET`. */
export function measureReport(dir = CDN_DIR): SizeRow {
  const file = join(dir, 'paymend-report.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx rollup -c\` first`);
  const measured = sizes(file);
  return { name: 'report entry (paymend-report.js)', kind: 'other', file, ...measured, budget: REPORT_BUDGET, over: measured.brotli > REPORT_BUDGET };
}

const bytes = (n: number) => n.toLocaleString('en-US');

function main(): number {
  if (!process.argv.includes('--no-build')) buildCdn();
  let rows: SizeRow[];
  try {
    rows = [...measureCdn(), measureReport()];
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  console.log(`Paymend CDN sizes — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
  console.log('| file | minified | gzip | brotli | budget (brotli) |');
  console.log('|---|---:|---:|---:|---|');
  for (const row of rows) {
    const verdict = row.budget === null ? '—' : `${row.over ? 'OVER' : 'ok'} ≤ ${bytes(row.budget)}`;
    console.log(`| ${row.name} | ${bytes(row.minified)} | ${bytes(row.gzip)} | ${bytes(row.brotli)} | ${verdict} |`);
  }
  // Reported, not enforced here: `npm test` fails on a file over budget, the bench only shows it.
  const over = rows.filter((row) => row.over).length;
  if (over > 0) console.log(`${over} file(s) over budget`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
