// paymend/react and paymend/jsx in a React 19 app that installs the packed tarball: the wrapper
// renders <paymend-banner> in Chromium and its event props fire, a page rendered on the server by
// renderToString (importing paymend/react on Node) hydrates and its event props still fire, and
// `tsc` accepts the JSX types and rejects a wrong attribute. The app: test/package/react-app/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { E2E_WAIT_MS, launchChromium } from '../../bench/host/browser.js';
import { devVersion, freePort, installApp, ROOT, type App } from './harness.js';
import { docFiles, extractSnippets, packagePaths, skipReason } from '../server/docs-snippets.js';

const SOURCE = join(ROOT, 'test/package/react-app');

let app: App;
let browser: Browser;
let origin: string;

before(async () => {
  app = await installApp(null, {
    react: devVersion('react'),
    'react-dom': devVersion('react-dom'),
    '@types/react': devVersion('@types/react'),
    '@types/react-dom': devVersion('@types/react-dom'),
    esbuild: devVersion('esbuild'),
    typescript: devVersion('typescript'),
  });
  for (const name of readdirSync(SOURCE)) app.writeFile(name, readFileSync(join(SOURCE, name), 'utf8'));
  // The docs' snippets that need a built entry (paymend/jsx is generated from the manifest, with no
  // source in src/ for the node snippet check to map): compiled here, against the installed package.
  const built = docsSnippetsNeedingBuild();
  assert.ok(built.length > 0, 'docs/react.md shows paymend/jsx');
  const tsconfig = app.readJson<{ files: string[] }>('tsconfig.json');
  built.forEach((snippet, n) => {
    app.writeFile(`docs-${n}.tsx`, `// ${snippet.doc}:${snippet.line}\n${snippet.code}\n`);
    tsconfig.files.push(`docs-${n}.tsx`);
  });
  app.writeFile('tsconfig.json', JSON.stringify(tsconfig, null, 2));
  const common = ['--bundle', '--jsx=automatic', '--log-level=warning'];
  await app.run('esbuild', ['client.tsx', ...common, '--format=esm', '--splitting', '--outdir=build', '--define:process.env.NODE_ENV="production"']);
  // The server's copy of App: paymend/react and React stay packages, resolved by Node from node_modules.
  await app.run('esbuild', ['app.tsx', ...common, '--platform=node', '--format=esm', '--packages=external', '--outfile=build-server/app.js']);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  await app.start('node', ['server.mjs'], port, { env: { PORT: String(port) } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await app?.dispose();
});

interface Recorded {
  type: string;
  detail: Record<string, unknown>;
}

// What react-app/app.tsx and client.tsx leave on the page for the test to read.
declare global {
  interface Window {
    paymendEvents?: Recorded[];
    hydrationErrors?: string[];
  }
}

async function open(path: string): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/build/')) scripts.push(new URL(response.url()).pathname);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return { page, errors, scripts };
}

const events = (page: Page) => page.evaluate(() => (window.paymendEvents ?? []) as Recorded[]);

async function waitForEvent(page: Page, type: string): Promise<Recorded> {
  await page.waitForFunction((wanted) => (window.paymendEvents ?? []).some((event) => event.type === wanted), type, { timeout: E2E_WAIT_MS });
  return (await events(page)).find((event) => event.type === type)!;
}

/** The banner shows the failed payment, and its dismiss button reaches the onPaymendDismiss prop. */
async function bannerWorks(page: Page): Promise<void> {
  assert.deepEqual((await waitForEvent(page, 'status')).detail, { state: 'failed' }, 'onPaymendStatus with the status');
  assert.deepEqual((await waitForEvent(page, 'shown')).detail, { state: 'failed' }, 'onPaymendShown');
  await page.waitForSelector('paymend-banner[state="failed"]', { timeout: E2E_WAIT_MS });
  const title = page.locator('paymend-banner [part~="title"]');
  assert.ok(((await title.textContent({ timeout: E2E_WAIT_MS })) ?? '').trim().length > 0, 'the banner renders its message');
  await page.locator('paymend-banner [part~="close-button"]').click({ timeout: E2E_WAIT_MS });
  assert.deepEqual((await waitForEvent(page, 'dismiss')).detail, { state: 'failed' }, 'onPaymendDismiss after a click');
}

test('PaymendBanner renders in the browser and its event props fire', async () => {
  const { page, errors, scripts } = await open('/');
  try {
    await bannerWorks(page);
    assert.deepEqual(errors, []);
    // What the page downloaded: the banner's code, not the report (uPlot) nor, until "Update card",
    // the card form (the unused wrappers' lazy chunks exist in the build, never fetched).
    const downloaded = scripts.map((script) => readFileSync(join(app.dir, script), 'utf8'));
    assert.ok(downloaded.some((code) => code.includes('define("paymend-banner"')), `the banner came with ${scripts.join(', ')}`);
    assert.ok(!downloaded.some((code) => /uplot/i.test(code)), 'no report code');
    assert.ok(!downloaded.some((code) => code.includes('define("paymend-form"')), 'no form code yet');
  } finally {
    await page.close();
  }
});

test('a page rendered with renderToString hydrates, and the event props fire after hydration', async () => {
  const html = await (await fetch(`${origin}/ssr`)).text();
  assert.match(html, /<paymend-banner[^>]*id="banner"[^>]*><\/paymend-banner>/, 'the server renders the bare tag');
  assert.deepEqual(
    await (await fetch(`${origin}/server-globals`)).json(),
    { window: 'undefined', customElements: 'undefined', HTMLElement: 'undefined' },
    'importing and rendering paymend/react on Node ran no element code (Lit would have shimmed these)',
  );
  const { page, errors } = await open('/ssr');
  try {
    await bannerWorks(page);
    assert.deepEqual(await page.evaluate(() => window.hydrationErrors), [], 'no hydration mismatch');
    // The element came from the server's markup: hydration adopted it instead of replacing it.
    assert.equal(await page.evaluate(() => document.querySelectorAll('paymend-banner').length), 1);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

/** The tsx snippets of README.md and docs/ marked `requires paymend/…` for an entry without a source in src/. */
function docsSnippetsNeedingBuild() {
  const paths = packagePaths();
  return docFiles()
    .flatMap((doc) => extractSnippets(doc))
    .filter((snippet) => snippet.lang === 'tsx' && !snippet.fragment && snippet.requires.length > 0 && skipReason(snippet, paths) !== null);
}

test('tsc accepts paymend/jsx and paymend/react in .tsx files (and the docs snippets that need the build) and rejects wrong attributes and props', async () => {
  const result = await app.run('tsc', ['--noEmit', '-p', 'tsconfig.json'], { allowFailure: true });
  assert.equal(result.code, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
  // Each @ts-expect-error in types.tsx holds: without them tsc reports one error per line.
  const source = readFileSync(join(SOURCE, 'types.tsx'), 'utf8');
  const expected = source.match(/^\s*\/\/ @ts-expect-error/gm)?.length ?? 0;
  assert.ok(expected >= 5, 'types.tsx has its deliberate mistakes');
  app.writeFile('types.tsx', source.replace(/^\s*\/\/ @ts-expect-error.*$/gm, ''));
  const unchecked = await app.run('tsc', ['--noEmit', '-p', 'tsconfig.json'], { allowFailure: true });
  const errors = `${unchecked.stdout}${unchecked.stderr}`.split('\n').filter((line) => line.startsWith('types.tsx'));
  assert.equal(errors.length, expected, `one error per mistake:\n${errors.join('\n')}`);
});
