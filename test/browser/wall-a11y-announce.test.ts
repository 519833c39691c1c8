// The wall's thank-you is announced (issue 16, WCAG 4.1.3): its text is written into a live region
// that was already there, empty, since the wall opened; once, and by no other region.
import { a11ySnapshot } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { equal, ok } from './assert.js';
import { makeStatus, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { HOUR, openWall, part, payInWall, text, walled } from './wall-helpers.js';

const LIVE = '[role="status"], [role="alert"], [aria-live]';
const afterEachStop: Array<() => void> = [];

/**
 * Records what `region` would announce: its text after each batch of DOM changes, whenever it
 * changed and is not empty. Also notes whether the region was ever taken out of the page.
 */
function recordAnnouncements(wall: PaymendWall, region: HTMLElement): { said: string[]; removed: () => boolean } {
  const said: string[] = [];
  let last = text(region);
  const observer = new MutationObserver(() => {
    const now = text(region);
    if (now !== last && now) said.push(now);
    last = now;
  });
  observer.observe(wall.shadowRoot!, { subtree: true, childList: true, characterData: true });
  afterEachStop.push(() => observer.disconnect());
  return { said, removed: () => !region.isConnected };
}
/** The live region as the wall first shows it: there, empty, in Chromium's accessibility tree. */
async function emptyRegion(wall: PaymendWall): Promise<HTMLElement> {
  const regions = [...wall.shadowRoot!.querySelectorAll<HTMLElement>(LIVE)];
  equal(regions.length, 1, 'one live region in the wall');
  const region = regions[0]!;
  equal(region.getAttribute('role'), 'status', 'polite (role="status")');
  equal(text(region), '', 'empty while the wall asks: nothing present at load is announced');
  const tree = JSON.stringify(await a11ySnapshot({ selector: 'paymend-wall' }));
  ok(/"role":"status"[^}]*"live":"polite"/.test(tree), 'the empty region is in the accessibility tree (not display: none)');
  return region;
}

describe('<paymend-wall> thank-you announcement', () => {
  afterEach(() => {
    for (const stop of afterEachStop.splice(0)) stop();
    restore();
  });

  it('after paying in the wall: the text is set into the region that was there, once', async () => {
    const { wall } = await openWall(walled('hard', Date.now() - HOUR));
    const region = await emptyRegion(wall);
    const { said, removed } = recordAnnouncements(wall, region);

    await payInWall(wall);
    await until(() => said.length > 0, 'an announcement');
    await settle(200);
    equal(removed(), false, 'the same region, never replaced');
    equal(part(wall, 'status'), region, 'still the wall’s live region');
    equal(said.length, 1, `announced once: ${JSON.stringify(said)}`);
    ok(said[0]!.includes('Your payment of $12.50 went through'), `the thanks: ${said[0]}`);
    equal([...wall.shadowRoot!.querySelectorAll(LIVE)].length, 1, 'no other live region appeared');
  });

  it('after a fix from another form on the page (the banner’s): the same region, once', async () => {
    const { wall } = await openWall(walled('soft', Date.now() + HOUR), (w) => (w.lang = 'he'));
    const region = await emptyRegion(wall);
    const { said, removed } = recordAnnouncements(wall, region);
    document.body.dispatchEvent(
      new CustomEvent('paymend-updated', { bubbles: true, composed: true, detail: { status: makeStatus('ok'), recovered: true } }),
    );
    await until(() => said.length > 0, 'an announcement');
    await settle(200);
    equal(removed(), false, 'the same region');
    equal(said.length, 1, `announced once: ${JSON.stringify(said)}`);
    equal(said[0], text(part(wall, 'message')), 'what it says is the thank-you’s visible text');
  });
});
