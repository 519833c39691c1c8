// Three builds (see DESIGN.md "The pieces"):
//   dist/esm/    every browser entry, one file per module, lit/zod/stripe-js left to the app's bundler
//   dist/cdn/    paymend.js: self-registering ES module with everything bundled and minified;
//                lazily imported modules become chunks beside it: the form (with Stripe.js's
//                loader), the wall's dialog, and every locale but English
//                paymend-report.js: the merchant's <paymend-report> (uPlot, Lit and zod bundled), a
//                build of its own whose chunks go to report/, so nothing of the customer-facing
//                build (entry, chunks/) changes or is shared with it
//   dist/server/ the Node handler, dependencies left external
// TypeScript is transpiled by esbuild (typescript@7 has no JS API); `tsc -p tsconfig.build.json`
// emits the declarations afterwards.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const tsconfig = 'tsconfig.json';
const browserTarget = 'es2021';

// Each build writes into a fresh directory, so a renamed module leaves no stale file behind.
if (!process.env.ROLLUP_WATCH) {
  for (const dir of ['dist/esm', 'dist/cdn', 'dist/server', 'dist/types']) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `name` itself or any subpath of it (`lit/decorators.js`). */
const isPackage = (names) => (id) => names.some((name) => id === name || id.startsWith(`${name}/`));

// Shared modules (protocol, explain, notify) are entries when they exist, so `paymend/explain` can
// land before or after this config.
const browserEntries = [
  'src/index.ts',
  'src/define.ts',
  'src/report.ts',
  'src/react/index.ts',
  ...['protocol', 'explain', 'notify'].map((dir) => `src/${dir}/index.ts`).filter((file) => existsSync(file)),
];

/** Third-party noise only: zod's comments and import cycles are theirs to fix; ours still warn. */
function onwarn(warning, warn) {
  const inDependency = (id) => typeof id === 'string' && id.includes('node_modules');
  if (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency)) return;
  // paymend/react's 'use client' is put back by the esm build's output banner.
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /[\\/]src[\\/]react[\\/]index\.ts$/.test(warning.id ?? '')) return;
  warn(warning);
}

/** Fails the build if browser code reaches server code, Node builtins or server-only packages. */
function browserOnly() {
  const serverOnly = isPackage(['stripe', 'ioredis', 'bullmq', 'nodemailer']);
  return {
    name: 'paymend-browser-only',
    resolveId(source, importer) {
      if (!importer) return null;
      if (source.startsWith('node:') || builtinModules.includes(source) || serverOnly(source)) {
        this.error(`browser code must not import "${source}" (from ${importer})`);
      }
      return null;
    },
    load(id) {
      if (/[\\/]src[\\/]server[\\/]/.test(id)) this.error(`browser code must not import ${id}`);
      return null;
    },
  };
}

/**
 * Fails the CDN build if a page's code reaches `src/notify`: it carries every locale's email and
 * SMS wording, which a browser never needs (only `dist/esm/notify` exports it, for servers).
 */
function noNotifyInPages() {
  return {
    name: 'paymend-no-notify-in-pages',
    load(id) {
      if (/[\\/]src[\\/]notify[\\/]/.test(id)) this.error(`the CDN bundle must not include ${id}`);
      return null;
    },
  };
}

/**
 * Minifies the markup and styles inside Lit's html`…` and css`…` templates, which esbuild leaves as
 * written (a template literal is a string to it): indentation and newlines were a tenth of the form
 * chunk. Runs on the TypeScript source, before esbuild; a template it cannot minify fails the build.
 */
const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      // Declaration lists shared between stylesheets (internal/theme.styles.ts) are not stylesheets
      // on their own, and its CSS minifier refuses them: they are left as written.
      shouldMinifyCSS: (template) => /css/i.test(template.tag ?? '') && template.parts.some((part) => part.text.includes('{')),
    },
  });

/**
 * A lazy chunk's own imports are discovered only once it has downloaded and parsed: the banner's
 * view, then zod and the shared styles, one round trip after the other. This starts them together:
 * each `import("./x.js")` in the CDN build becomes `(preload([...]), import("./x.js"))`, where the
 * list is every chunk x.js imports statically (transitively) that the importing chunk does not
 * already have, added as `<link rel="modulepreload">` (once per URL; the module map then has them
 * when the import asks). Rollup's file names here are placeholders it replaces with the hashed
 * names afterwards, in this code too.
 */
function preloadLazyImports() {
  const HELPER = 'paymendPreload';
  const helperCode = `const ${HELPER}=(d)=>{if(typeof document>"u")return;for(const u of d){const h=new URL(u,import.meta.url).href;if(document.querySelector('link[rel="modulepreload"][href="'+h+'"]'))continue;const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.append(l)}};`;
  const posix = (path) => path.split('\\').join('/');
  const dirOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
  const resolve = (from, relative) => {
    const parts = dirOf(from) ? dirOf(from).split('/') : [];
    for (const part of relative.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
  };
  const relativeTo = (from, to) => {
    const fromParts = dirOf(from) ? dirOf(from).split('/') : [];
    const toParts = to.split('/');
    while (fromParts.length && toParts.length > 1 && fromParts[0] === toParts[0]) {
      fromParts.shift();
      toParts.shift();
    }
    return (fromParts.length ? fromParts.map(() => '..').join('/') : '.') + '/' + toParts.join('/');
  };
  return {
    name: 'paymend-preload-lazy-imports',
    renderChunk(code, chunk, _options, meta) {
      const staticClosure = (file, seen = new Set()) => {
        for (const dependency of meta.chunks[file]?.imports ?? []) {
          if (!seen.has(dependency)) {
            seen.add(dependency);
            staticClosure(dependency, seen);
          }
        }
        return seen;
      };
      const have = staticClosure(chunk.fileName, new Set([chunk.fileName]));
      let used = false;
      const rewritten = code.replace(/\bimport\((["'])(\.{1,2}\/[^"']+)\1\)/g, (whole, quote, relative) => {
        const target = resolve(chunk.fileName, posix(relative));
        const missing = [...staticClosure(target)].filter((file) => !have.has(file) && file !== target);
        if (missing.length === 0) return whole;
        used = true;
        return `(${HELPER}(${JSON.stringify(missing.map((file) => relativeTo(chunk.fileName, file)))}),${whole})`;
      });
      return used ? { code: `${helperCode}${rewritten}`, map: null } : null;
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: browserEntries,
    onwarn,
    // @lit/react (1.4 KB) is bundled into paymend/react rather than a dependency: as one, its
    // required peer @types/react would be installed into every app, React or not.
    external: (id) => !isPackage(['@lit/react'])(id) && isPackage(['lit', '@lit', 'lit-html', 'lit-element', 'zod', '@stripe/stripe-js', 'uplot', 'react'])(id),
    plugins: [
      browserOnly(),
      nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
      minifyTemplates(),
      esbuild({ target: browserTarget, tsconfig }),
    ],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // A bundled package's modules (@lit/react's) go to vendor/, not a node_modules folder inside dist.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
      // Rollup drops module-level directives; Next.js needs paymend/react's to treat it as a client
      // boundary (a server component may import it, and render its components).
      banner: (chunk) => (chunk.fileName === 'react/index.js' ? "'use client';" : ''),
      sourcemap: true,
    },
  },
  // The customer's page: the entry, and lazy chunks named after their module (form, wall-view, de…);
  // the others hold code several of them share (explain, English, the protocol's schemas, the styles).
  // The care catalog's files are named after their locale too (care/de.ts): `care-` keeps them apart
  // from the banner's locale chunks, which the budgets recognise by a bare language tag.
  // The banner's message view has a stable name beside the entry: a page that embeds a failing
  // status loads it render-blocking (docs/elements/banner.md, "Status in the page"), which needs a
  // URL the merchant can write down; so it is cached like the entry, not as an immutable chunk.
  cdnBuild({ paymend: 'src/cdn.ts' }, (chunk) => {
    if (!chunk.isDynamicEntry) return 'chunks/shared-[hash].js';
    if (/[\\/]components[\\/]banner[\\/]banner-view\.ts$/.test(chunk.facadeModuleId ?? '')) return 'paymend-banner-view.js';
    return /[\\/]translations[\\/]care[\\/]/.test(chunk.facadeModuleId ?? '') ? 'chunks/care-[name]-[hash].js' : 'chunks/[name]-[hash].js';
  }),
  // The merchant's report: never imported by paymend.js, so a customer's page cannot load it. Its own
  // folder: the budgets of the customer-facing build look at paymend.js and chunks/ only.
  cdnBuild({ 'paymend-report': 'src/report.ts' }, 'report/[name]-[hash].js'),
  {
    input: { index: 'src/server/index.ts' },
    onwarn,
    external: (id) =>
      id.startsWith('node:') ||
      builtinModules.includes(id) ||
      isPackage(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }))(id),
    plugins: [
      nodeResolve({ preferBuiltins: true, exportConditions: ['node'], extensions: ['.ts', '.js'] }),
      esbuild({ target: 'node20', tsconfig }),
    ],
    output: {
      dir: 'dist/server',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];

/** One self-contained ES module build into dist/cdn (lit bundled, chunks lazy). */
function cdnBuild(input, chunkFileNames) {
  return {
    input,
    onwarn,
    // Lazy chunks (the form, the wall's dialog, each locale) import what they share with the page
    // straight from the entry: letting it export those extra bindings avoids a facade entry that
    // would only re-export a shared chunk, one more request before anything renders.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      browserOnly(),
      noNotifyInPages(),
      preloadLazyImports(),
      nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
      minifyTemplates(),
      // UTF-8 output: esbuild's default escapes every non-ASCII character as \uXXXX, which triples
      // the size of Greek, Bulgarian, Arabic… locale chunks (served as UTF-8 JavaScript anyway).
      esbuild({ target: browserTarget, tsconfig, minify: true, legalComments: 'eof', charset: 'utf8' }),
    ],
    // A chunk under 1 KB is merged into one that is loaded anyway, where that changes nothing that
    // runs: a separate request costs more than its bytes.
    experimentalMinChunkSize: 1024,
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames, sourcemap: true },
  };
}
