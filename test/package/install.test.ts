// The packed tarball installed into an empty app, as `npm install paymend` would: the entry points
// resolve through `exports` from outside this repository and run on Node.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { installApp, type App } from './harness.js';

let app: App;
before(async () => {
  app = await installApp(null);
});
after(() => app?.dispose());

test('paymend/protocol and paymend/explain import from the installed package on Node', async () => {
  app.writeFile(
    'check.mjs',
    `import { STATES } from 'paymend/protocol';
     import * as explain from 'paymend/explain';
     console.log(JSON.stringify({ states: STATES, explain: Object.keys(explain).length }));`,
  );
  const { stdout } = await app.run('node', ['check.mjs']);
  const printed = JSON.parse(stdout) as { states: string[]; explain: number };
  assert.ok(printed.states.includes('failed'), `STATES from the package: ${printed.states}`);
  assert.ok(printed.explain > 0, 'paymend/explain exports something');
});

test('the installed package has its built files and none of the repository\'s tests or demo', async () => {
  const { stdout } = await app.run('node', ['-e', `
    const { readdirSync } = require('node:fs');
    const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(d + '/' + e.name) : [d + '/' + e.name]);
    console.log(JSON.stringify(walk('node_modules/paymend').map((p) => p.slice('node_modules/paymend/'.length))));
  `]);
  const files = JSON.parse(stdout) as string[];
  assert.ok(files.includes('dist/cdn/paymend.js'), 'the CDN build is in the package');
  assert.ok(files.includes('dist/server/index.js'), 'the server build is in the package');
  assert.deepEqual(files.filter((f) => /^(test|demo|bench)\//.test(f)), [], 'no test, demo or bench files');
});
