// `npm run analyze` (part of `npm run build`): the custom elements manifest, dist/custom-elements.json,
// read from the JSDoc of each element class (@summary @slot @csspart @cssproperty @event @attribute)
// and its Lit properties. Editors, Storybook and docs tools find it through "customElements" in
// package.json. From it, in the same run: VS Code's HTML custom data, JetBrains' web-types and the
// React JSX types. `npm run analyze` then runs scripts/manifest/validate.mjs, which fails the build
// on a manifest tools would misread.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { reactJsxTypes } from './scripts/manifest/react-jsx.mjs';
import { defineCalls, shippedManifest } from './scripts/manifest/shipped.mjs';
import { BASES } from './scripts/manifest/validate.mjs';

const bases = BASES;

export default {
  globs: [
    'src/components/*/*.component.ts',
    // The modules that register each tag (`define('paymend-banner', …)`): the definitions' home.
    'src/components/{banner,wall,form,offers,report}/{banner,wall,form,offers,report}.ts',
    // The base classes too, so inherited attributes (endpoint, lang, status) show on each element.
    'src/internal/status-element.ts',
    'src/internal/paymend-element.ts',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [
    defineCalls(),
    shippedManifest(),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', exclude: bases, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', exclude: bases, hideLogs: true }),
    reactJsxTypes({ outdir: 'dist/types/jsx', exclude: bases }),
  ],
};
