// The demo dashboard as the accessibility tests need it, set up the way a merchant's page could be:
// the banner written as a `top` bar, a status answer that arrives late, a page whose `load` event
// waits (a slow image). The demo itself has no switch for these, so the tests change what the
// browser receives, never the demo or the product.
import type { Route } from 'playwright-core';
import type { Scenario } from '../../demo/server.js';
import type { Status } from '../../src/protocol/index.js';
import type { Visit } from './visit.js';

/** Rewrites the dashboard's HTML (the page at `/`, opened directly) before the browser parses it. */
async function rewriteDashboard(visit: Visit, rewrite: (html: string) => string): Promise<void> {
  await visit.page.route(
    (url) => url.pathname === '/',
    async (route: Route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    },
  );
}

/**
 * Signs in a customer of `scenario` and opens the dashboard with the banner as a `top` bar, through
 * the demo's own placement switch (remembered in localStorage, so reloads keep it).
 */
export async function loginWithTopBar(visit: Visit, scenario: Scenario): Promise<Status> {
  await visit.login(scenario);
  await visit.page.evaluate(() => localStorage.setItem('demo-placement', 'top'));
  const status = await visit.dashboard();
  await visit.page.locator('paymend-banner[placement="top"]').waitFor({ state: 'attached' });
  return status;
}

/** Something the test lets go of when it chooses: a held request. */
export interface Hold {
  /** Resolves once the browser asked for the held request. */
  readonly asked: Promise<void>;
  release(): void;
}

function hold(): Hold & { wait: Promise<void>; ask(): void } {
  let release!: () => void;
  let ask!: () => void;
  const wait = new Promise<void>((resolve) => (release = resolve));
  const asked = new Promise<void>((resolve) => (ask = resolve));
  return { wait, asked, ask, release };
}

/**
 * Holds the answer to `GET /billing/paymend/status` until released: the banner has nothing to show
 * until then, so whatever it shows afterwards appears while the person is already on the page.
 */
export async function holdStatus(visit: Visit): Promise<Hold> {
  const held = hold();
  await visit.page.route('**/billing/paymend/status', async (route: Route) => {
    held.ask();
    await held.wait;
    await route.continue();
  });
  return held;
}

const LOAD_BLOCKER = '/__a11y-hold-load';

/**
 * Holds the page's `load` event until released: a hidden image (as a slow one on a merchant's page)
 * that the test answers when it chooses. What Paymend shows before that is content present when the
 * page loads, whatever the speed of the machine. Then open the page with `visit.dashboard()`.
 */
export async function holdLoad(visit: Visit): Promise<Hold> {
  const held = hold();
  await rewriteDashboard(visit, (html) => html.replace('</body>', `<img src="${LOAD_BLOCKER}" alt="" hidden></body>`));
  await visit.page.route(`**${LOAD_BLOCKER}`, async (route: Route) => {
    held.ask();
    await held.wait;
    await route.fulfill({ status: 204 });
  });
  return held;
}
