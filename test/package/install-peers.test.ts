// What `npm install paymend` pulls in, and what works from it: a browser-only install (paymend
// alone) must not install stripe, ioredis, bullmq or nodemailer (optional peers), a server install
// adds stripe only; the server entry loads by `import` and by `require` on this Node, and an
// optional peer that is missing fails with an error naming the package to install.
// The install sizes are printed ("install size: …") for the release notes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { devVersion, installApp, ROOT, run, type App } from './harness.js';

const OPTIONAL_PEERS = ['stripe', 'ioredis', 'bullmq', 'nodemailer'];

/** Every package folder under node_modules (scoped ones as `@scope/name`). */
function installedPackages(app: App): string[] {
  const root = join(app.dir, 'node_modules');
  return readdirSync(root)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(root, name)).map((inner) => `${name}/${inner}`) : [name]));
}

function report(what: string, app: App): void {
  const bytes = app.installedBytes();
  const packages = installedPackages(app).length;
  console.log(`install size: ${what}: ${(bytes / 1_000_000).toFixed(1)} MB in node_modules, ${packages} packages`);
}

const SERVER_CHECK = (loader: string) => `
${loader}
const handler = server.createHandler({
  stripe: 'sk_test_package',
  publishableKey: 'pk_test_package',
  webhookSecret: 'whsec_package',
  basePath: '/billing/paymend',
  resolveCustomer: () => null,
});
handler(new Request('http://127.0.0.1/billing/paymend/status')).then(async (response) => {
  console.log(JSON.stringify({ status: response.status, body: await response.json(), version: server.PAYMEND_VERSION }));
});`;

describe('a browser-only install (paymend alone)', () => {
  let app: App;
  before(async () => {
    app = await installApp(null);
  });
  after(() => app?.dispose());

  test('installs no optional peer, and prints its size', () => {
    const packages = installedPackages(app);
    report('browser-only (npm install paymend)', app);
    for (const peer of OPTIONAL_PEERS) assert.ok(!packages.includes(peer), `${peer} is not installed (saw ${packages.join(', ')})`);
    for (const needed of ['lit', 'zod', '@stripe/stripe-js']) assert.ok(packages.includes(needed), `${needed} is installed`);
  });

  test('a bundler builds a page from paymend/define and paymend/report with what this install has', async () => {
    app.writeFile('page.js', `import 'paymend/define';\nimport 'paymend/report';\nimport { setMessages } from 'paymend';\nsetMessages('en', {});\n`);
    const built = await run(join(ROOT, 'node_modules', '.bin', 'esbuild'), ['page.js', '--bundle', '--format=esm', '--outfile=out/page.js', '--log-level=warning'], {
      cwd: app.dir,
      allowFailure: true,
    });
    assert.equal(built.code, 0, `esbuild:\n${built.stderr}`);
    const bundle = readFileSync(join(app.dir, 'out', 'page.js'), 'utf8');
    assert.ok(bundle.includes('paymend-banner'), 'the bundle registers the tags');
  });

  test('paymend/server without stripe fails with an error that names stripe', async () => {
    app.writeFile('server.mjs', `await import('paymend/server');`);
    const { code, stderr } = await app.run('node', ['server.mjs'], { allowFailure: true });
    assert.notEqual(code, 0);
    assert.match(stderr, /Cannot find package 'stripe'/, stderr);
  });

  test('HTMLElementTagNameMap knows the tags from `paymend` alone, without paymend/define', async () => {
    app.writeFile(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023', 'dom'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['page.ts'],
      }),
    );
    app.writeFile(
      'page.ts',
      `import type { Status } from 'paymend';
       const banner = document.querySelector('paymend-banner');
       const dismissible: boolean | undefined = banner?.dismissible;
       const status: Status | undefined = document.createElement('paymend-wall').status;
       // @ts-expect-error: a typed element has no such property (an untyped Element would not error here either way)
       banner?.notAPaymendProperty;
       export { dismissible, status };`,
    );
    const checked = await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(app.dir, 'tsconfig.json')], { cwd: app.dir, allowFailure: true });
    assert.equal(checked.code, 0, `tsc:\n${checked.stdout}${checked.stderr}`);
    // The check can fail: the same property on a plain Element is an error.
    app.writeFile('page.ts', `const element = document.querySelector('div.paymend');\nexport const d: boolean | undefined = element?.dismissible;\n`);
    const plain = await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(app.dir, 'tsconfig.json')], { cwd: app.dir, allowFailure: true });
    assert.notEqual(plain.code, 0, 'tsc refuses dismissible on an untyped Element');
  });
});

describe('a server install (paymend and stripe)', () => {
  let app: App;
  before(async () => {
    app = await installApp(null, { stripe: devVersion('stripe') });
  });
  after(() => app?.dispose());

  test('adds stripe and no other optional peer, and prints its size', () => {
    const packages = installedPackages(app);
    report('server (npm install paymend stripe)', app);
    assert.ok(packages.includes('stripe'), 'stripe is installed');
    for (const peer of OPTIONAL_PEERS.filter((p) => p !== 'stripe')) assert.ok(!packages.includes(peer), `${peer} is not installed`);
  });

  for (const [how, file, loader] of [
    ['import', 'server.mjs', `import * as server from 'paymend/server';`],
    ['require', 'server.cjs', `const server = require('paymend/server');`],
  ] as const) {
    test(`${how}('paymend/server') works from the installed package on Node ${process.version}`, async () => {
      app.writeFile(file, SERVER_CHECK(loader));
      const { stdout } = await app.run('node', [file]);
      const answer = JSON.parse(stdout) as { status: number; body: { error: { code: string } }; version: string };
      assert.equal(answer.status, 401, 'a request without a customer is refused');
      assert.equal(answer.body.error.code, 'unauthenticated');
      assert.equal(answer.version, app.readJson<{ version: string }>('node_modules/paymend/package.json').version);
    });
  }

  test('require() of the browser-free entries works too (protocol, explain, notify)', async () => {
    app.writeFile(
      'shared.cjs',
      `const { STATES } = require('paymend/protocol');
       const explain = require('paymend/explain');
       const notify = require('paymend/notify');
       console.log(JSON.stringify({ states: STATES.length, explain: Object.keys(explain).length, notify: Object.keys(notify).length }));`,
    );
    const counts = JSON.parse((await app.run('node', ['shared.cjs'])).stdout) as Record<string, number>;
    for (const [entry, count] of Object.entries(counts)) assert.ok(count > 0, `paymend/${entry} exports something through require`);
  });

  test('a feature whose optional peer is missing says which package to install', async () => {
    app.writeFile(
      'missing.mjs',
      `import { RedisStore, SmtpTransport, MissingPeerError } from 'paymend/server';
       const seen = [];
       const store = new RedisStore({ url: 'redis://127.0.0.1:1' });
       await store.connect().catch((e) => seen.push([e instanceof MissingPeerError, e.message]));
       // A store call answers like an outage (the handler says store_unavailable) rather than crash.
       await store.get('cus_1').catch((e) => seen.push([e instanceof MissingPeerError, e.message]));
       const smtp = new SmtpTransport({ url: 'smtp://127.0.0.1:1', from: { name: 'Shop', email: 'billing@example.com' } });
       await smtp.send({ id: 'm1', to: 'a@example.com', message: { channel: 'email', subject: 's', text: 't', html: '<p>t</p>', locale: 'en' } })
         .catch((e) => seen.push([e instanceof MissingPeerError, e.message]));
       await store.close();
       console.log(JSON.stringify(seen));`,
    );
    const seen = JSON.parse((await app.run('node', ['missing.mjs'])).stdout) as Array<[boolean, string]>;
    assert.equal(seen.length, 3, JSON.stringify(seen));
    assert.deepEqual(seen.map(([isMissing]) => isMissing), [true, true, true]);
    assert.match(seen[0]![1], /RedisStore needs the "ioredis" package.*npm install ioredis/);
    assert.match(seen[2]![1], /SmtpTransport needs the "nodemailer" package.*npm install nodemailer/);
    assert.ok(!existsSync(join(app.dir, 'node_modules', 'ioredis')), 'still not installed');
  });
});
