// Browser tests: test/browser/**/*.test.ts in headless Chromium (Debian's, see scripts/system-deps.sh).
// Set PAYMEND_WTR_RESULTS to a file path to get exact pass/fail counts as JSON (scripts/test.sh does).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/**
 * PAYMEND_CPU_SLOWDOWN=4 runs every test page on a CPU four times slower (Chromium's own throttling),
 * to reproduce a busy machine on demand; see "Tests on a busy machine" in the README.
 */
const cpuSlowdown = Number(process.env.PAYMEND_CPU_SLOWDOWN ?? 1);

/** Sums results over all sessions; a file that crashed or timed out before reporting counts as one failure. */
function countResults(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0, files: 0, failedFiles: [] };
  const walk = (suite) => {
    let failed = 0;
    for (const test of suite.tests) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) failed += walk(child);
    return failed;
  };
  for (const session of sessions) {
    counts.files += 1;
    let failed = session.testResults ? walk(session.testResults) : 0;
    // Load errors, uncaught errors outside a test, or a session that never finished.
    if (failed === 0 && (session.errors?.length > 0 || session.passed === false || session.status !== 'FINISHED')) {
      failed = 1;
    }
    counts.failed += failed;
    if (failed > 0) counts.failedFiles.push(session.testFile);
  }
  return counts;
}

/** Writes the counts once the whole run stops, so an aggregator needn't parse console output. */
function countsReporter(outputPath) {
  return {
    stop({ sessions }) {
      if (!outputPath) return;
      mkdirSync(dirname(outputPath), { recursive: true });
      writeFileSync(outputPath, `${JSON.stringify(countResults(sessions), null, 2)}\n`);
    },
  };
}

/**
 * `/__copies/paymend-cdn.js`: src/cdn.ts bundled by esbuild into one self-contained module, Lit and
 * all, the way the CDN copy is: with it, a test page runs two copies of Paymend (that one and the
 * test's own imports of src/), as a page with the CDN script and an npm bundle does.
 */
function secondCopyPlugin() {
  let built = null;
  return {
    name: 'paymend-second-copy',
    async serve(context) {
      if (context.path !== '/__copies/paymend-cdn.js') return undefined;
      built ??= build({
        entryPoints: [fileURLToPath(new URL('./src/cdn.ts', import.meta.url))],
        bundle: true,
        format: 'esm',
        target: 'es2021',
        write: false,
        tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await built, type: 'js' };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 4,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Limits that only bound a failure, never a pass: a busy 2-core machine runs four pages at once.
  // A test's own waits (`until`, 20 s) fail first and say what they waited for; mocha's timeout is
  // the backstop for a wait that has no limit of its own.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  // Lit's dev build (used here for its extra checks) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      async createPage({ context }) {
        // A window per page, not a tab: a background tab is hidden and renders no frames, so
        // ResizeObserver, resize events and requestAnimationFrame never run in it.
        const page = await context.newPage({ type: 'window' });
        if (cpuSlowdown > 1) await page.emulateCPUThrottling(cpuSlowdown);
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Four test pages run at once; background pages must not have their timers throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  plugins: [
    // Chromium's own accessibility tree (`a11ySnapshot`), for what a screen reader is told: names, descriptions, focus.
    a11ySnapshotPlugin(),
    secondCopyPlugin(),
    // `tsconfig` carries experimentalDecorators/useDefineForClassFields; without it Lit decorators break.
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), countsReporter(process.env.PAYMEND_WTR_RESULTS)],
};
