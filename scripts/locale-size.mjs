// Prints the minified + brotli size of locale modules: node scripts/locale-size.mjs de fr …
// (The bench and the size test measure the same way.)
import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';

for (const tag of process.argv.slice(2)) {
  const result = await build({
    entryPoints: [`src/translations/${tag}.ts`],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    // plural.ts and English are in the entry chunk already, so they do not count against a locale.
    external: ['./plural.js', './en.js'],
    logLevel: 'silent',
    charset: 'utf8', // as the build writes it: escaped non-ASCII would overstate Greek or Cyrillic
  });
  const code = result.outputFiles[0].contents;
  console.log(`${tag}: ${code.byteLength} bytes minified, ${brotliCompressSync(code).byteLength} bytes brotli`);
}
