/**
 * The demo's browser code, bundled in memory from src/ on first request (the widget as the CDN build
 * would ship it, the page's switchers, the offline Stripe.js): `npm start` needs no build step, and
 * the demo always runs the current source.
 */
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A bundled entry and the chunks it imports lazily, by their path under the page's origin. */
export interface Bundle {
  entry: string;
  chunks: Map<string, string>;
}
/** Where the widget's lazy chunks are served: what the entry's relative `import()`s resolve to from `/paymend.js`. */
export const CHUNKS = 'paymend-chunks';
const bundles = new Map<string, Promise<Bundle>>();
/**
 * Bundles a browser entry once per process (the widget from src/, as the CDN build would): code
 * split, so the form, the banner's and the wall's views and each locale stay lazy chunks that a
 * healthy page never downloads.
 */
export function bundle(entry: string): Promise<Bundle> {
  let pending = bundles.get(entry);
  if (!pending) {
    const outdir = `${ROOT}.demo-bundle`; // nothing is written (write: false); paths are relative to it
    pending = esbuild
      .build({
        entryPoints: { entry: `${ROOT}${entry}` },
        bundle: true,
        splitting: true,
        format: 'esm',
        write: false,
        outdir,
        chunkNames: `${CHUNKS}/[name]-[hash]`,
        minify: true,
        target: 'es2021',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      })
      .then((result) => {
        const built: Bundle = { entry: '', chunks: new Map() };
        for (const file of result.outputFiles) {
          const path = file.path.slice(outdir.length).replaceAll('\\', '/');
          if (path === '/entry.js') built.entry = file.text;
          else built.chunks.set(path, file.text);
        }
        return built;
      });
    pending.catch(() => bundles.delete(entry));
    bundles.set(entry, pending);
  }
  return pending;
}
