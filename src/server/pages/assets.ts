/**
 * `GET {basePath}/assets/<file>`: the package's own CDN build (`dist/cdn`), so the hosted page works
 * on a fresh install with no CDN to set up. Only names the build produces are served (`paymend.js`,
 * `chunks/<name>-<hash>.js` and their source maps), so no request can name a path outside it.
 * Chunk names carry a content hash and are cached for a year; the entry's name is stable, so it is
 * cached briefly and a deploy reaches customers within minutes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HandlerError } from '../errors.js';
import type { Reply } from '../http.js';
import type { Logger } from '../options.js';

const ENTRY = /^paymend\.js(\.map)?$/;
/** Rollup's chunk names: `chunks/form-<hash>.js`, `chunks/shared-<hash>.js`. */
const CHUNK = /^chunks\/[A-Za-z0-9_-]{1,100}\.js(\.map)?$/;

export interface AssetRule {
  contentType: string;
  cacheControl: string;
}

/** Pure: how `file` (relative to dist/cdn) is served, or null when it is no file of the build. */
export function assetRule(file: string): AssetRule | null {
  const entry = ENTRY.test(file);
  if (!entry && !CHUNK.test(file)) return null;
  return {
    contentType: file.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
    cacheControl: entry ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
  };
}

/**
 * The package's `dist/cdn`, found from this module's own location: it runs from `src/server/pages`
 * under tsx, from `dist/server` once built, inside `node_modules/paymend` when installed. The
 * nearest folder up whose package.json is this package's is the root.
 */
export function cdnDirectory(moduleUrl: string = import.meta.url): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isThisPackage(manifest)) return join(dir, 'dist', 'cdn');
    if (dirname(dir) === dir) return join(start, 'dist', 'cdn');
  }
}

function isThisPackage(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'paymend';
  } catch {
    return false;
  }
}

/** Serves the files of one CDN folder, read once each (a build's files never change under it). */
export class CdnAssets {
  private readonly files = new Map<string, Promise<string | null>>();
  private missingLogged = false;

  constructor(
    readonly directory: string,
    private readonly logger: Logger,
  ) {}

  async reply(file: string): Promise<Reply> {
    const rule = assetRule(file);
    if (!rule) throw new HandlerError(404, 'not_found', 'No such file.');
    const body = await this.read(file);
    if (body === null) {
      if (file === 'paymend.js' && !this.missingLogged) {
        this.missingLogged = true;
        this.logger.error(
          `the hosted update page cannot load the widget: ${join(this.directory, file)} is missing. Run the build (npm run build, or npx rollup -c) so dist/cdn exists, or set notify.links.assetsUrl to your CDN copy.`,
        );
      }
      throw new HandlerError(404, 'not_found', 'No such file.');
    }
    return {
      status: 200,
      headers: { 'content-type': rule.contentType, 'cache-control': rule.cacheControl, 'x-content-type-options': 'nosniff' },
      body,
    };
  }

  private read(file: string): Promise<string | null> {
    let pending = this.files.get(file);
    if (!pending) {
      pending = readFile(join(this.directory, file), 'utf8').catch(() => null);
      const cached = pending;
      // A missing file is asked again later: the build may land after the server started.
      void cached.then((body) => {
        if (body === null && this.files.get(file) === cached) this.files.delete(file);
      });
      this.files.set(file, cached);
    }
    return pending;
  }
}
