/**
 * Sizes of what a browser downloads from the CDN build (`dist/cdn`), as a markdown table:
 * minified bytes, gzip (level 9) and brotli (quality 11), each against its budget.
 *  - entry: `paymend.js`, what every page view loads (banner, wall element, protocol, explain, English)
 *  - form chunk: loaded when the customer opens the form; Stripe.js itself is not in it (it comes from
 *    js.stripe.com), its loader is
 *  - wall dialog chunk: loaded only for a customer who needs a wall
 *  - each locale other than English: loaded for that language only
 *
 * Builds first (`rollup -c`) so the figures match the source; `--no-build` measures `dist/` as it is.
 * Run: `node --import tsx bench/sizes.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const KB = 1024;

/** Budgets in brotli bytes; `null` means "report only". */
const BUDGETS = {
  entry: 10 * KB,
  form: 6 * KB,
  wall: 3 * KB,
  locale: 3 * KB,
} as const;

interface Row {
  name: string;
  file: string;
  budget: number | null;
}

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

const bytes = (n: number) => n.toLocaleString('en-US');

function main(): number {
  if (!process.argv.includes('--no-build')) {
    execFileSync(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const entry = join(cdn, 'paymend.js');
  if (!existsSync(entry)) {
    console.error('dist/cdn/paymend.js is missing: run `npm run build` first');
    return 1;
  }
  const chunks = readdirSync(join(cdn, 'chunks')).filter((file) => file.endsWith('.js'));
  // Rollup names a chunk after its main module and an 8-character hash (which may contain '-'):
  // chunks/form-<hash>.js, chunks/de-<hash>.js…
  const nameOf = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');
  const chunk = (name: string) => chunks.filter((file) => nameOf(file) === name);
  const rows: Row[] = [{ name: 'entry (paymend.js)', file: entry, budget: BUDGETS.entry }];
  for (const file of chunk('form')) rows.push({ name: 'form chunk (without Stripe.js)', file: join(cdn, 'chunks', file), budget: BUDGETS.form });
  for (const file of chunk('wall-view')) rows.push({ name: 'wall dialog chunk', file: join(cdn, 'chunks', file), budget: BUDGETS.wall });
  const known = new Set(['form', 'wall-view']);
  const others = chunks.filter((file) => !known.has(nameOf(file)));
  // Every other chunk is a locale (their names are BCP 47 tags); anything else is reported as is.
  for (const file of others.sort()) {
    const name = nameOf(file);
    const isLocale = /^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(name);
    rows.push({ name: isLocale ? `locale ${name}` : `chunk ${name}`, file: join(cdn, 'chunks', file), budget: isLocale ? BUDGETS.locale : null });
  }

  let over = 0;
  console.log(`Paymend CDN sizes — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
  console.log('| file | minified | gzip | brotli | budget (brotli) |');
  console.log('|---|---:|---:|---:|---|');
  for (const row of rows) {
    const s = sizes(row.file);
    const verdict = row.budget == null ? '—' : `${s.brotli <= row.budget ? 'ok' : 'OVER'} ≤ ${bytes(row.budget)}`;
    if (row.budget != null && s.brotli > row.budget) over += 1;
    console.log(`| ${row.name} | ${bytes(s.minified)} | ${bytes(s.gzip)} | ${bytes(s.brotli)} | ${verdict} |`);
  }
  // Reported, not enforced: a size regression should be seen in the bench, not break it.
  if (over > 0) console.log(`${over} file(s) over budget`);
  return 0;
}

process.exitCode = main();
