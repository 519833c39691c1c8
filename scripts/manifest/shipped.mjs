// Analyzer plugins that make dist/custom-elements.json describe the package as shipped, not the
// repository: editors, docs tools and the generators of the editor data and JSX types read it.
// Used by custom-elements-manifest.config.mjs; test/package/manifest.test.ts checks the result.

import { posix } from 'node:path';

const SOURCE = /^\/?src\/(.+)\.ts$/;

/** `src/components/banner/banner.ts` → `dist/esm/components/banner/banner.js` (what `exports` serves). */
export const shippedPath = (path) => path.replace(SOURCE, 'dist/esm/$1.js');

/**
 * Our tags are registered through `define(tag, Class)` (internal/paymend-element.ts, which skips a
 * tag already taken), not `customElements.define`, so the analyzer finds no definitions in the
 * modules that register them. This records one `custom-element-definition` export per call with a
 * literal tag, in the module that makes it (components/banner/banner.ts…).
 */
export function defineCalls() {
  return {
    name: 'paymend-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        // Pointed at the module that declares the class in packageLinkPhase below.
        declaration: { name: element.text, module: moduleDoc.path },
      });
    },
  };
}

/**
 * After analysis: module paths of the shipped files, definitions and exports that point at the
 * module declaring each class, and no definition from `define`'s own body: the analyzer reads its
 * `customElements.define(tag, constructor)` as a tag named "tag".
 */
export function shippedManifest() {
  return {
    name: 'paymend-shipped-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const declaredIn = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, module.path);
      }
      const tagOf = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName) tagOf.set(declaration.name, declaration.tagName);
        }
      }
      for (const module of manifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => {
          if (entry.kind !== 'custom-element-definition') return true;
          // Only a literal tag that matches the class's @tag: never `define`'s parameter.
          return tagOf.get(entry.declaration.name) === entry.name;
        });
        for (const entry of module.exports) {
          const declaration = entry.declaration;
          if (!declaration?.module || declaration.package) continue;
          const home = declaredIn.get(declaration.name);
          if (home) declaration.module = home;
          // A re-export from a module not analyzed (`export { offerOnPage } from './page-offers.js'`).
          else if (declaration.module.startsWith('.')) declaration.module = sourceOf(module.path, declaration.module);
        }
      }
      rewriteModules(manifest);
    },
  };
}

/** `./page-offers.js` imported by `src/components/offers/offers.ts` → `src/components/offers/page-offers.ts`. */
function sourceOf(importer, specifier) {
  return posix.join(posix.dirname(importer), specifier).replace(/\.js$/, '.ts');
}

/** Every `path` and `module` that names a source file, anywhere in the manifest. */
function rewriteModules(value) {
  if (Array.isArray(value)) {
    value.forEach(rewriteModules);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof field === 'string') value[key] = shippedPath(field);
    else rewriteModules(field);
  }
}
