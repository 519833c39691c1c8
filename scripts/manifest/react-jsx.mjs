// `paymend/jsx`: React 19 JSX types for every Paymend tag, generated from the manifest by
// @wc-toolkit/jsx-types and then narrowed to what this package can promise:
//  - the generator imports each module's exports from its manifest path (dist/esm/…, not a types
//    file) and does not import the names inside event details (Status, State…); the imports here
//    come from the shipped declarations instead, so the file type-checks without skipLibCheck;
//  - it augments preact, qwik, stencil, hono, solid… which a React app does not have installed
//    (TS2664 without skipLibCheck): only `react` is augmented here.
// test/package/manifest.test.ts type-checks the result; test/package/react.test.ts uses it in an app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

/** Where each name the element types and event details use is declared, relative to dist/types/jsx/. */
const IMPORTS = {
  '../index.js': ['PaymendBanner', 'PaymendForm', 'PaymendOffers', 'PaymendWall', 'State', 'Status'],
  '../report.js': ['PaymendReport', 'RecoveryReportAsRead'],
  '../protocol/index.js': ['OfferKind', 'Receipt'],
  '../internal/support.js': ['SupportDetail'],
};

/** Attributes the element sets on itself, for styling: listed in the manifest, not props to pass. */
const OUTPUT_ATTRIBUTES = { 'paymend-banner': ['state'] };

/** The manifest without the output attributes, for the generator. */
function withoutOutputAttributes(manifest) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    const outputs = OUTPUT_ATTRIBUTES[declaration.tagName] ?? [];
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !outputs.includes(a.name));
  }
  return copy;
}

const HEADER = `/**
 * React 19 JSX types for the Paymend elements, generated from dist/custom-elements.json by
 * \`npm run analyze\`. Use them with \`import type {} from 'paymend/jsx'\` (or "types": ["paymend/jsx"] in
 * tsconfig.json): then \`<paymend-banner endpoint="/billing/paymend" />\` type-checks, and so do its
 * \`onpaymend-…\` props, which React 19 attaches as listeners (but not after hydration of a
 * server-rendered page: use \`paymend/react\` there).
 */
`;

const REACT_AUGMENTATION = `
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  interface CSSProperties extends CustomCssProperties {}
}
`;

export function reactJsxTypes({ outdir, exclude }) {
  return {
    name: 'paymend-react-jsx-types',
    packageLinkPhase({ customElementsManifest: manifest }) {
      // fileName null: the generator returns the text and writes nothing.
      const generated = generateJsxTypes(withoutOutputAttributes(manifest), { outdir, fileName: null, exclude, stronglyTypedEvents: true });
      if (typeof generated !== 'string' || !generated.includes('CustomElements')) {
        throw new Error('@wc-toolkit/jsx-types generated no types (see its log above)');
      }
      const body = generated
        .replace(/^\s*import type \{[^}]*\} from ['"][^'"]*['"];\s*$/gm, '')
        // Every `declare module "…" {…}` and `declare global {…}` block (two levels of braces inside).
        .replace(/^declare (?:module ['"][^'"]+['"]|global) \{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}\s*/gm, '');
      if (/^declare /m.test(body)) throw new Error('jsx types: an augmentation was left; the generator changed its output');
      const imports = Object.entries(IMPORTS)
        .map(([from, names]) => `import type { ${names.join(', ')} } from '${from}';`)
        .join('\n');
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'index.d.ts'), `${HEADER}${imports}\n${body.trim()}\n${REACT_AUGMENTATION}`);
      // A module for the subpath's runtime side, so `import 'paymend/jsx'` resolves in a bundler too.
      mkdirSync('dist/esm/jsx', { recursive: true });
      writeFileSync('dist/esm/jsx/index.js', '// Types only: see dist/types/jsx/index.d.ts.\nexport {};\n');
    },
  };
}
