// Fails `npm run build` when dist/custom-elements.json would mislead the tools that read it: the
// @wc-toolkit/cem-validator rules (package.json fields, tag names, module and definition paths), then
// what this package promises on top (checkManifest below). test/package/manifest.test.ts runs the
// same checks, and shows they catch a broken manifest.
//   node scripts/manifest/validate.mjs   (from the repository root, after `cem analyze`)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateCem } from '@wc-toolkit/cem-validator';

/** The public tags, each registered by its own module (`define('paymend-banner', …)`). */
export const DEFINITIONS = {
  'paymend-banner': 'dist/esm/components/banner/banner.js',
  'paymend-wall': 'dist/esm/components/wall/wall.js',
  'paymend-form': 'dist/esm/components/form/form.js',
  'paymend-offers': 'dist/esm/components/offers/offers.js',
  'paymend-report': 'dist/esm/components/report/report.js',
};

/** Base classes: in the manifest for their inherited members, not elements of their own. */
export const BASES = ['PaymendElement', 'StatusElement'];

/** The validator's rules, stricter than its defaults where a wrong path would reach users. */
export const VALIDATOR_OPTIONS = {
  exclude: BASES,
  rules: {
    manifest: {
      modulePath: 'error',
      definitionPath: 'error',
      // No `typeDefinitionPath` is written (not in the schema); the rule also rejects any `.d.ts`.
      typeDefinitionPath: 'off',
      // Wants every type an element's API names exported from the element's own module; ours are
      // exported from the package root (`paymend`: Status, State, PaymendEventDetailMap…), and
      // paymend/jsx imports them from the declarations, which the package tests type-check.
      exportTypes: 'off',
      // The analyzer writes schema 2.1.0-compatible output under its own version number.
      schemaVersion: 'off',
    },
  },
};

/** What the manifest must say about this package; returns the problems found (none: valid). */
export function checkManifest(manifest, root) {
  const problems = [];
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: module.path })),
  );
  for (const module of manifest.modules) {
    const path = module.path;
    if (!/^dist\//.test(path) || !existsSync(join(root, path))) problems.push(`module path ${path} is not a shipped file`);
  }
  for (const [tag, home] of Object.entries(DEFINITIONS)) {
    const found = definitions.filter((d) => d.name === tag);
    if (found.length !== 1 || found[0].in !== home) problems.push(`${tag} should be defined once, in ${home} (found: ${found.map((d) => d.in).join(', ') || 'none'})`);
    if (!elements.some((e) => e.tagName === tag)) problems.push(`${tag} has no element declaration`);
  }
  for (const definition of definitions) {
    if (!(definition.name in DEFINITIONS)) problems.push(`unexpected definition "${definition.name}" in ${definition.in}`);
  }
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const emit = (declaration.members ?? []).find((m) => m.name === 'emit' && !m.privacy);
      if (emit) problems.push(`${declaration.name} lists emit as public`);
    }
  }
  const banner = elements.find((e) => e.tagName === 'paymend-banner');
  if (!banner?.attributes?.some((a) => a.name === 'state')) problems.push('paymend-banner does not list its reflected state attribute');
  for (const element of elements) {
    for (const event of element.events ?? []) {
      if (!/^CustomEvent<.+>$/.test(event.type?.text ?? '')) problems.push(`${element.tagName}'s ${event.name} has no detail type`);
    }
  }
  return problems;
}

/** Both checks: throws with every problem found. */
export async function validateManifest(manifest, root) {
  await validateCem(manifest, { ...VALIDATOR_OPTIONS, packageJsonPath: join(root, 'package.json') });
  const problems = checkManifest(manifest, root);
  if (problems.length) throw new Error(`dist/custom-elements.json:\n  - ${problems.join('\n  - ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  validateManifest(manifest, root).then(
    () => console.log('dist/custom-elements.json: valid'),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
