// `npm run analyze` (part of `npm run build`): the custom elements manifest, dist/custom-elements.json,
// read from the JSDoc of each element class (@summary @slot @csspart @cssproperty @event) and its Lit
// properties. Editors, Storybook and docs tools find it through "customElements" in package.json.
export default {
  // The base classes too, so inherited attributes (endpoint, lang, status) show on each element.
  globs: ['src/components/*/*.component.ts', 'src/internal/status-element.ts', 'src/internal/paymend-element.ts'],
  outdir: 'dist',
  litelement: true,
};
