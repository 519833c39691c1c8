// What the banner's live region announces (WCAG 4.1.3), recorded as a screen reader hears it: text
// set into a region that was there before, once per event. Appear, late banners, a problem that
// changes on the page, the form that could not load, the thank-you, and silence under an open wall.
import type { PaymendBanner } from '../../src/index.js';
import { formChunk } from '../../src/components/banner/banner-view.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { banner, bannerWithForm, liveRegion, openForm, part, saveCard, serve, text, untilShown } from './banner-helpers.js';
import { captureWarnings, freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { recordLive, stopRecorders, type LiveRecorder } from './live-recorder.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

/** Mounts a banner with `status` handed in, recording its shadow root from before its first render. */
function recorded(status: Status, attributes: Record<string, string> = {}): { element: PaymendBanner; live: LiveRecorder } {
  const element = banner({ lang: 'en', endpoint: freshEndpoint(), ...attributes });
  element.status = status;
  mount(element);
  return { element, live: recordLive(element.shadowRoot!) };
}

/** The message as shown (title and explanation), which is what the region should say. */
const shownText = (element: PaymendBanner) => text(part(element, 'message'));

const until1 = (live: LiveRecorder, count: number, what: string) => until(() => live.announcements.length >= count, what);

describe('<paymend-banner> live announcements', () => {
  afterEach(() => {
    stopRecorders();
    restore();
  });

  it('appear: the region is rendered empty, then the message is set into it once, politely even when urgent', async () => {
    serve(makeStatus('ok'));
    const { element, live } = recorded(makeStatus('failed'));
    await untilShown(element);
    await until1(live, 1, 'the announcement');
    await settle(300);
    deepEqual(live.createdWithText, [], 'no region inserted with its text');
    deepEqual(live.texts(), [shownText(element)], 'the whole message, once');
    includes(live.texts()[0]!, 'Your last payment didn’t go through');
    equal(live.announcements[0]!.politeness, 'polite', 'no assertive alert on page load');
    equal(live.announcements[0]!.region, liveRegion(element), 'in the message’s own region');
  });

  for (const state of ['expiring', 'expired', 'processing', 'missing'] as const) {
    it(`late banner (${state}): its text is set into a region that already exists`, async () => {
      serve(makeStatus('ok'));
      const { element, live } = recorded(makeStatus(state));
      await untilShown(element);
      await until1(live, 1, 'the announcement');
      await settle(300);
      deepEqual(live.createdWithText, [], 'no region inserted with its text');
      deepEqual(live.texts(), [shownText(element)], 'announced once');
      equal(live.announcements[0]!.politeness, 'polite');
    });
  }

  it('a problem that changes on the page: announced again in the same region, assertive once urgent', async () => {
    serve(makeStatus('ok'));
    const { element, live } = recorded(makeStatus('expiring'));
    await untilShown(element);
    await until1(live, 1, 'the first announcement');
    const region = liveRegion(element);

    element.status = makeStatus('expired');
    await until1(live, 2, 'the expired card');
    element.status = makeStatus('failed');
    await until1(live, 3, 'the failed payment');
    // The same words for a new event (another invoice): emptied and set again, so it is read again.
    const again = makeStatus('failed');
    again.invoice = { ...again.invoice!, id: 'in_PaymendOther' };
    element.status = again;
    await until1(live, 4, 'the second failure');
    await settle(300);

    deepEqual(live.createdWithText, [], 'no region inserted with its text');
    includes(live.texts()[1]!, 'Your card has expired');
    includes(live.texts()[2]!, 'Your last payment didn’t go through');
    equal(live.texts()[3], live.texts()[2], 'the same words, announced again');
    deepEqual(
      live.announcements.map((a) => a.politeness),
      ['polite', 'polite', 'assertive', 'assertive'],
      'urgent news on the page is assertive',
    );
    ok(live.announcements.every((a) => a.region === region), 'always the same region');
    equal(live.announcements.length, 4, 'once per event');
  });

  it('the same message rendered again (an equal status handed in, a close button added) is not announced twice', async () => {
    serve(makeStatus('ok'));
    const status = makeStatus('failed');
    const { element, live } = recorded(status);
    await untilShown(element);
    await until1(live, 1, 'the announcement');
    element.status = { ...status };
    element.dismissible = true;
    await element.updateComplete;
    await settle(300);
    equal(live.announcements.length, 1, 'once');
  });

  it('progress of the fix: a form that could not be downloaded is announced in the same region, assertively', async () => {
    captureWarnings();
    const load = formChunk.load;
    formChunk.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      installStripe();
      fakeBackend({ status: makeStatus('failed') });
      const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en' }));
      const live = recordLive(element.shadowRoot!);
      await untilShown(element);
      await until1(live, 1, 'the message');
      part(element, 'button')!.click();
      await until1(live, 2, 'the failure to load the form');
      await settle(300);
      deepEqual(live.createdWithText, [], 'no region inserted with its text');
      includes(live.texts()[1]!, 'couldn’t be loaded');
      equal(live.announcements[1]!.politeness, 'assertive');
      equal(live.announcements.length, 2, 'once');
    } finally {
      formChunk.load = load;
    }
  });

  it('success: the thank-you is set into the region that held the problem, once, politely', async () => {
    const setup = await bannerWithForm(makeStatus('failed'));
    const live = recordLive(setup.element.shadowRoot!);
    const region = liveRegion(setup.element);
    ok(region, 'the region exists before the fix');
    saveCard(await openForm(setup));
    await until(() => live.texts().some((t) => t.includes('Thank you')), 'the thank-you announcement');
    await settle(300);
    deepEqual(live.createdWithText, [], 'no new status inserted with its text');
    const thanks = live.announcements.filter((a) => a.text.includes('Thank you'));
    equal(thanks.length, 1, 'once');
    equal(thanks[0]!.region, region, 'the same region element');
    equal(thanks[0]!.politeness, 'polite');
    includes(thanks[0]!.text, 'Your payment of $12.50 went through.');
  });

  it('under an open <paymend-wall> the banner says nothing (the wall says the same), and is still there to read', async () => {
    installStripe();
    fakeBackend({});
    const status = makeStatus('failed', { access: { wall: 'soft', endsAt: new Date(Date.now() + 3 * 86_400_000).toISOString() } });
    const wall = document.createElement('paymend-wall');
    Object.assign(wall, { status, lang: 'en', endpoint: freshEndpoint() });
    mount(wall);
    const { element, live } = recorded(status);
    await untilShown(element);
    await until(() => wall.shadowRoot?.querySelector('dialog')?.open, 'the wall to open');
    await settle(400);
    deepEqual(live.announcements, [], 'nothing announced');
    deepEqual(live.createdWithText, [], 'no region inserted with its text either');
    includes(shownText(element), 'Your last payment didn’t go through', 'the message is in the page');
  });
});
