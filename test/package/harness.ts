/**
 * What the package tests share: the packed tarball (`npm pack` of a fresh build, as a merchant
 * downloads it) and throwaway apps in temporary folders that install it with npm, the way a
 * newcomer would, then build, run and serve on 127.0.0.1.
 *
 * Why a real install and not the repository's own node_modules: the questions here are what a
 * merchant's install pulls in (peers, optional peers, sizes), whether the published files resolve
 * through `exports` from a folder that is not this repository, and whether the snippets and
 * examples work against the published build rather than `src/`.
 *
 * `scripts/test.sh` packs once and passes the tarball in PAYMEND_TARBALL; a file run alone
 * (`node --import tsx --test test/package/X.test.ts`) builds and packs itself.
 * Installs use `--prefer-offline`: everything an app needs is a dev dependency of this repository,
 * so `npm ci` has put it in npm's cache and CI's installs need no new downloads.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXAMPLES = join(ROOT, 'examples');
/** A bound on a hung install, build or server start; never a speed check. */
export const SLOW_STEP_MS = 10 * 60_000;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; rejects (with its output) when it exits non-zero, unless `allowFailure`. */
export function run(command: string, args: string[], options: SpawnOptions & { allowFailure?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), SLOW_STEP_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr };
      if (code !== 0 && !options.allowFailure) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`));
      } else resolvePromise(result);
    });
  });
}

let packing: Promise<string> | null = null;

/** The path of the packed tarball: PAYMEND_TARBALL, or a fresh `npm run build` + `npm pack`. */
export function tarball(): Promise<string> {
  const given = process.env.PAYMEND_TARBALL;
  if (given) {
    if (!existsSync(given)) throw new Error(`PAYMEND_TARBALL=${given} does not exist`);
    return Promise.resolve(given);
  }
  packing ??= (async () => {
    await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    const destination = mkdtempSync(join(tmpdir(), 'paymend-pack-'));
    const packed = await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: ROOT });
    const [entry] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
    return join(destination, entry!.filename);
  })();
  return packing;
}

/** The files `npm pack` puts in the tarball, with their sizes (a dry run: nothing is written). */
export async function packedFiles(): Promise<Array<{ path: string; size: number }>> {
  const packed = await run('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT });
  const [entry] = JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string; size: number }> }>;
  return entry!.files;
}

/** A throwaway app in a temporary folder. `dispose()` stops what it started and deletes the folder. */
export class App {
  private readonly children = new Set<ChildProcess>();

  constructor(readonly dir: string) {}

  /** Runs a command in the app's folder, with its node_modules/.bin on PATH. */
  run(command: string, args: string[], options: SpawnOptions & { allowFailure?: boolean } = {}): Promise<RunResult> {
    return run(command, args, { ...options, cwd: this.dir, env: this.env(options.env) });
  }

  /**
   * Starts a long-running command (a server) and resolves once `http://127.0.0.1:<port><path>`
   * answers at all (any status): rejects with its output if it exits first.
   */
  async start(command: string, args: string[], port: number, options: { env?: NodeJS.ProcessEnv; path?: string } = {}): Promise<ChildProcess> {
    const child = spawn(command, args, { cwd: this.dir, env: this.env(options.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.children.add(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<never>((_, reject) =>
      child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code} before answering\n${output.slice(-4000)}`))),
    );
    const deadline = Date.now() + SLOW_STEP_MS;
    const answered = (async () => {
      while (Date.now() < deadline) {
        try {
          await fetch(`http://127.0.0.1:${port}${options.path ?? '/'}`, { redirect: 'manual' });
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      throw new Error(`${command} did not answer on port ${port}\n${output.slice(-4000)}`);
    })();
    await Promise.race([answered, exited]);
    child.removeAllListeners('exit');
    return child;
  }

  readJson<T = unknown>(path: string): T {
    return JSON.parse(readFileSync(join(this.dir, path), 'utf8')) as T;
  }

  writeFile(path: string, text: string): void {
    mkdirSync(join(this.dir, path, '..'), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  /** Bytes under node_modules, as `du --apparent-size` counts them (symlinks not followed). */
  installedBytes(): number {
    return bytesUnder(join(this.dir, 'node_modules'));
  }

  async dispose(): Promise<void> {
    for (const child of this.children) {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid, 'SIGTERM'); // the whole group: `next start` and npx spawn children
        } catch {
          /* already gone */
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      }
    }
    this.children.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const { PAYMEND_TARBALL: _, ...inherited } = process.env;
    return { ...inherited, PATH: `${join(this.dir, 'node_modules', '.bin')}:${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  }
}

/**
 * A new app that installs the packed tarball: a copy of `examples/<example>` (without its
 * node_modules or build output), or an empty package when `example` is null; `dependencies` are
 * added to what the example lists. The example's own `paymend` dependency is pointed at the tarball.
 */
export async function installApp(example: string | null, dependencies: Record<string, string> = {}): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), `paymend-${example ?? 'app'}-`));
  if (example) {
    cpSync(join(EXAMPLES, example), dir, {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|\.next|dist)$/.test(source),
    });
  }
  const manifestPath = join(dir, 'package.json');
  const manifest: { dependencies?: Record<string, string> } & Record<string, unknown> = existsSync(manifestPath)
    ? JSON.parse(readFileSync(manifestPath, 'utf8'))
    : { name: 'paymend-throwaway-app', private: true, type: 'module' };
  manifest.dependencies = { ...manifest.dependencies, ...dependencies, paymend: `file:${await tarball()}` };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const app = new App(dir);
  try {
    await app.run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  } catch (error) {
    await app.dispose();
    throw error;
  }
  return app;
}

/**
 * The version range this repository installs a package at (a dev dependency, or a dependency such
 * as @lit/react), so throwaway apps install what npm's cache holds.
 */
export function devVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
  if (!version) throw new Error(`${name} is not a dependency of paymend; add it as a dev dependency so CI's npm cache has it`);
  return version;
}

/** A TCP port free on 127.0.0.1 now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePromise(port));
    });
  });
}

function bytesUnder(path: string): number {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}
