// `require('paymend/server')` (and every other entry) for CommonJS apps, without a second build.
// Paymend is ESM-only: each `require` condition in package.json points at a one-line CommonJS file
// that requires the ES module beside it, which Node supports from 20.19 and 22.12 (require(esm),
// the versions `engines` asks for). One copy of each module runs whichever way it is loaded, so
// there is no dual-package hazard (two RedisStore classes, two registries of tags).
// The `.d.cts` beside each `.d.ts` gives TypeScript's CommonJS resolution the same types.
// The file names come from package.json's `exports`: written after rollup and tsc, by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const [subpath, conditions] of Object.entries(pkg.exports)) {
  if (typeof conditions === 'string') continue; // ./package.json, ./custom-elements.json
  const { import: esm, require: cjs } = conditions;
  // An entry without `require` gets no CommonJS file (attw, in test/package, says what it lacks).
  if (!cjs) continue;
  if (!esm?.default || !esm.types || !cjs.default || !cjs.types) {
    throw new Error(`exports["${subpath}"]: "import" and "require" each need "types" and "default"`);
  }
  const sibling = (from, to) => {
    if (dirname(from) !== dirname(to)) throw new Error(`exports["${subpath}"]: ${to} must sit beside ${from}`);
    return `./${basename(to)}`;
  };
  writeFileSync(join(root, cjs.default), `'use strict';\nmodule.exports = require('${sibling(cjs.default, esm.default)}');\n`);
  // `./index.js` in a declaration file names `./index.d.ts`.
  writeFileSync(join(root, cjs.types), `export * from '${sibling(cjs.types, esm.types).replace(/\.d\.ts$/, '.js')}';\n`);
}
