import { PaymendBanner } from '../../src/index.js';
import { define } from '../../src/internal/paymend-element.js';
import type { State, Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import {
  assertRendersNothing,
  banner,
  liveRegion,
  part,
  serve,
  shownBanner,
  text,
  title,
  untilShown,
} from './banner-helpers.js';
import {
  capturePageErrors,
  captureWarnings,
  fastForwardTimers,
  freshEndpoint,
  json,
  listen,
  makeStatus,
  mount,
  restore,
  settle,
  stubFetch,
  until,
} from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

/** Mounts a banner against a broken backend and waits for its single warning. */
async function brokenBanner(respond: Parameters<typeof serve>[0]) {
  const warnings = captureWarnings();
  const pageErrors = capturePageErrors();
  const served = serve(respond);
  const element = mount(banner({ endpoint: freshEndpoint() }));
  await until(() => warnings.length > 0, 'a console warning');
  await settle();
  return { element, warnings, pageErrors, ...served };
}

function assertSilentFailure(result: Awaited<ReturnType<typeof brokenBanner>>, cause: string) {
  assertRendersNothing(result.element);
  equal(result.warnings.length, 1, 'exactly one console.warn');
  const message = String(result.warnings[0]?.[0]);
  ok(message.startsWith('[paymend] '), `warning is prefixed: ${message}`);
  includes(message, cause, 'warning names the cause');
  deepEqual(result.pageErrors, [], 'no error escaped to the page');
  equal(result.calls.length, 1, 'one request, no beacon');
}

describe('<paymend-banner>', () => {
  afterEach(restore);

  describe('states', () => {
    const cases: Array<{ state: State; title: string; snippets: string[]; button?: string }> = [
      {
        state: 'expiring',
        title: 'Your card expires soon',
        snippets: ['Your Visa ending in 4242 expires in', '(end of March 2030)'],
      },
      {
        state: 'expired',
        title: 'Your card has expired',
        snippets: ['Your Visa ending in 4242 expired at the end of March 2030.'],
      },
      {
        state: 'failed',
        title: 'Your last payment didn’t go through',
        snippets: [
          'Your bank declined the payment without telling us why.',
          '$12.50 is still due.',
        ],
      },
      {
        state: 'action_required',
        title: 'Your bank needs you to confirm a payment',
        snippets: ['the payment of $12.50 is really from you'],
        button: 'Confirm payment',
      },
    ];

    for (const { state, title: expectedTitle, snippets, button = 'Update card' } of cases) {
      it(`${state}: says what happened, politely at load, with a "${button}" button`, async () => {
        const { element, statusCalls } = await shownBanner(makeStatus(state));
        equal(liveRegion(element)?.getAttribute('role'), 'status', 'the message’s live region');
        equal(liveRegion(element)?.getAttribute('aria-live'), 'polite', 'not an alert on page load, even when urgent');
        equal(element.getAttribute('state'), state, 'host state attribute');
        equal(title(element), expectedTitle, 'title');
        for (const snippet of snippets) includes(text(part(element, 'message')), snippet);
        equal(text(part(element, 'button')), button, 'button label');
        equal(part(element, 'close-button'), null, 'not dismissible unless asked');
        ok(part(element, 'icon') && part(element, 'actions') && part(element, 'base'), 'base, icon and actions parts');
        ok(element.getBoundingClientRect().height > 0, 'takes space on the page');
        equal(statusCalls().length, 1, 'one status request');
      });
    }

    it('failed: says how much, why in plain words, the next retry and when access ends', async () => {
      const status = makeStatus('failed', {
        failure: { code: 'card_declined', declineCode: 'try_again_later', adviceCode: null },
        access: { wall: 'soft', endsAt: '2030-03-12T00:00:00Z' },
      });
      const { element } = await shownBanner(status);
      const message = text(part(element, 'message'));
      includes(message, 'Something went wrong while processing the payment, and it wasn’t your fault.', 'why, from paymend/explain');
      includes(message, '$12.50 is still due', 'how much');
      includes(message, 'We’ll try the payment again on March 5, 2030.', 'the next retry');
      includes(message, 'Your access continues until March 12, 2030.', 'when access ends');
      ok(!message.includes('try_again_later'), 'never the raw code');
    });

    it('expiring: counts the days left in the reader’s words', async () => {
      // A card whose expiry month is next month: it works through the end of that month.
      const now = new Date();
      const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
      const status = makeStatus('expiring');
      status.paymentMethod = { ...status.paymentMethod!, expMonth: next.getUTCMonth() + 1, expYear: next.getUTCFullYear() };
      const { element } = await shownBanner(status);
      const days = Number(/expires in (\d+) days/.exec(text(part(element, 'message')))?.[1]);
      ok(days > 27 && days < 62, `between one and two months left (got ${days})`);
    });

    it('formats a zero-decimal currency (JPY) from minor units', async () => {
      const status = makeStatus('failed');
      status.invoice = { ...status.invoice!, amountDue: 1250, currency: 'jpy' };
      const { element } = await shownBanner(status);
      includes(text(part(element, 'message')), '¥1,250 is still due');
    });

    it('renders hostile text from the backend as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const status = makeStatus('expiring');
      status.paymentMethod = { ...status.paymentMethod!, brand: hostile };
      const { element } = await shownBanner(status);
      includes(text(part(element, 'message')), `Your ${hostile} ending in 4242 expires`);
      equal(element.shadowRoot?.querySelector('img'), null, 'no <img> element');
    });

    it('ok: renders nothing, takes no space and makes exactly one request', async () => {
      const statuses = listen(document, 'paymend-status');
      const shown = listen(document, 'paymend-shown');
      const { calls } = serve(makeStatus('ok'));
      const element = mount(banner({ endpoint: freshEndpoint() }));
      await until(() => statuses.length > 0, 'paymend-status');
      await settle();
      assertRendersNothing(element);
      equal(calls.length, 1, 'one request, and no beacon');
      equal(statuses[0]?.detail.status.state, 'ok', 'paymend-status detail');
      equal(shown.length, 0, 'no paymend-shown');
      equal(element.shadowRoot?.adoptedStyleSheets.length, 1, 'only the host styles: the view never loaded');
    });

    it('requests {endpoint}/status with cookies and Accept: application/json', async () => {
      const endpoint = freshEndpoint();
      const { calls } = serve(makeStatus('ok'));
      mount(banner({ endpoint: `${endpoint}/` }));
      await until(() => calls.length > 0, 'a request');
      const [call] = calls;
      equal(call?.url, `${location.origin}${endpoint}/status`, 'URL');
      equal(call?.init.method, 'GET', 'method');
      equal(call?.init.credentials, 'same-origin', 'credentials');
      equal(new Headers(call?.init.headers).get('Accept'), 'application/json', 'Accept header');
    });

    it('goes back to nothing when a new status is healthy', async () => {
      const { element } = await shownBanner(makeStatus('failed'));
      element.status = makeStatus('ok');
      await element.updateComplete;
      assertRendersNothing(element);
    });
  });

  describe('never a layout jump', () => {
    /**
     * Samples the host's height every few milliseconds until `done` holds, then a few times more.
     * Timers, not animation frames: a page in the background (tests run in parallel) gets no frames.
     */
    async function heightsUntil(element: PaymendBanner, done: () => unknown): Promise<number[]> {
      const heights: number[] = [];
      let extra = 5;
      while (extra > 0) {
        heights.push(Math.round(element.getBoundingClientRect().height));
        if (done()) extra -= 1;
        await settle(4);
      }
      return heights;
    }

    it('takes no space until the message is ready, then appears once at its full height (even in a lazily loaded language)', async () => {
      let answer!: (response: Response) => void;
      serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const element = mount(banner({ endpoint: freshEndpoint(), lang: 'de' }));
      const before = await heightsUntil(element, () => true);
      deepEqual([...new Set(before)], [0], 'no space while the status is loading');
      answer(json(makeStatus('failed')));
      const heights = await heightsUntil(element, () => part(element, 'message'));
      const sizes = [...new Set(heights)];
      equal(sizes.length, 2, `one step from 0 to the final height (saw ${heights.join(', ')})`);
      equal(sizes[0], 0, 'starts at 0');
      ok(sizes[1]! > 0, 'ends visible');
    });

    it('a top or bottom bar is fixed to the viewport and does not push the page', async () => {
      const paragraph = mount(document.createElement('p'));
      paragraph.textContent = 'Page content';
      for (const placement of ['top', 'bottom'] as const) {
        const before = paragraph.getBoundingClientRect().top;
        const { element } = await shownBanner(makeStatus('expired'), { placement });
        const style = getComputedStyle(element);
        equal(style.position, 'fixed', `${placement}: position`);
        const box = element.getBoundingClientRect();
        if (placement === 'top') equal(box.top, 0, 'at the top');
        else equal(Math.round(box.bottom), window.innerHeight, 'at the bottom');
        equal(box.width, document.documentElement.clientWidth, 'full width');
        equal(paragraph.getBoundingClientRect().top, before, `${placement}: the page did not move`);
        element.remove();
      }
    });
  });

  describe('a broken backend is silent: nothing rendered, one warning, no page error', () => {
    it('HTTP 500', async () => {
      const result = await brokenBanner(() => json({ error: { code: 'internal_error', message: 'Something went wrong' } }, 500));
      assertSilentFailure(result, 'HTTP 500');
    });

    for (const code of ['store_unavailable', 'stripe_unavailable'] as const) {
      it(`HTTP 503 ${code} (the handler's store or Stripe is down; Retry-After)`, async () => {
        const result = await brokenBanner(() => {
          const answer = json({ error: { code, message: 'Billing is temporarily unavailable. Please try again in a minute.' } }, 503);
          answer.headers.set('retry-after', '30');
          return answer;
        });
        assertSilentFailure(result, `HTTP 503 ${code}`);
      });
    }

    it('an HTML error page', async () => {
      const result = await brokenBanner(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
      assertSilentFailure(result, 'HTTP 502');
    });

    it('malformed JSON', async () => {
      const result = await brokenBanner(() => new Response('{"v":1,', { status: 200 }));
      assertSilentFailure(result, 'not JSON');
    });

    it('JSON that does not match the protocol', async () => {
      const result = await brokenBanner(() => json({ ...makeStatus('failed'), v: 2 }));
      assertSilentFailure(result, 'unexpected response');
    });

    it('network error (backend down)', async () => {
      const result = await brokenBanner(() => {
        throw new TypeError('Failed to fetch');
      });
      assertSilentFailure(result, 'network error');
    });

    it('no answer within 8 s (slow backend: timeout)', async () => {
      const delays = fastForwardTimers(8000);
      const result = await brokenBanner(
        ({ init }) =>
          new Promise<Response>((_, reject) => {
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
          }),
      );
      assertSilentFailure(result, 'no answer within 8000 ms');
      ok(delays.includes(8000), `an 8000 ms timer was set (saw ${delays.join(', ')})`);
    });

    it('a later banner retries after a failure', async () => {
      const warnings = captureWarnings();
      let answer: Response = json({ error: { code: 'stripe_unavailable', message: 'later' } }, 503);
      const served = serve(() => answer);
      const endpoint = freshEndpoint();
      const first = mount(banner({ endpoint }));
      await until(() => warnings.length === 1, 'the first warning');
      answer = json(makeStatus('expiring'));
      const second = mount(banner({ endpoint }));
      await untilShown(second, 'the second banner to render');
      equal(served.statusCalls().length, 2, 'status requests');
      assertRendersNothing(first);
    });

    it('an invalid status property shows nothing and warns once', async () => {
      const warnings = captureWarnings();
      const { calls } = serve(makeStatus('ok'));
      const element = banner({ endpoint: freshEndpoint() });
      element.status = { ...makeStatus('failed'), paymentMethod: undefined } as unknown as Status;
      mount(element);
      await until(() => warnings.length > 0, 'a warning');
      await settle();
      assertRendersNothing(element);
      equal(warnings.length, 1, 'warnings');
      equal(calls.length, 0, 'requests');
    });

    it('without endpoint or status: shows nothing, warns once, requests nothing', async () => {
      const warnings = captureWarnings();
      const { calls } = serve(makeStatus('failed'));
      const element = mount(banner());
      await until(() => warnings.length > 0, 'a warning');
      await settle();
      assertRendersNothing(element);
      equal(warnings.length, 1, 'warnings');
      includes(String(warnings[0]?.[0]), 'needs an endpoint');
      equal(calls.length, 0, 'requests');
    });
  });

  describe('several elements on one page', () => {
    it('two banners with one endpoint make one request, and both show', async () => {
      const served = serve(makeStatus('expired'));
      const endpoint = freshEndpoint();
      const first = mount(banner({ endpoint }));
      const second = mount(banner({ endpoint: `${location.origin}${endpoint}`, placement: 'bottom' }));
      await untilShown(first);
      await untilShown(second);
      equal(served.statusCalls().length, 1, 'status requests');
    });

    it('two banners sharing a failed request warn once', async () => {
      const warnings = captureWarnings();
      const served = serve(() => json({ error: { code: 'internal_error', message: 'down' } }, 500));
      const endpoint = freshEndpoint();
      const first = mount(banner({ endpoint }));
      const second = mount(banner({ endpoint }));
      await until(() => warnings.length > 0, 'a warning');
      await settle();
      equal(served.calls.length, 1, 'requests');
      equal(warnings.length, 1, 'warnings');
      assertRendersNothing(first);
      assertRendersNothing(second);
    });

    it('a status handed in while the request is in flight wins over the answer', async () => {
      let answer!: (response: Response) => void;
      const served = serve(() => new Promise<Response>((resolve) => (answer = resolve)));
      const statuses = listen(document, 'paymend-status');
      const element = mount(banner({ endpoint: freshEndpoint() }));
      await until(() => served.calls.length === 1, 'the request');
      element.status = makeStatus('failed');
      await untilShown(element);
      answer(json(makeStatus('ok')));
      await settle();
      equal(element.getAttribute('state'), 'failed', 'still shows the handed-in status');
      equal(statuses.length, 0, 'no paymend-status for a stale answer');
    });

    it('a status property makes no request', async () => {
      const { calls } = serve(makeStatus('ok'));
      const element = banner({ endpoint: freshEndpoint() });
      element.status = makeStatus('failed');
      mount(element);
      await untilShown(element);
      ok(liveRegion(element), 'the message’s live region');

      // Frameworks often set properties right after inserting the element.
      const late = mount(banner({ endpoint: freshEndpoint() }));
      late.status = makeStatus('expiring');
      await untilShown(late, 'the late banner to render');
      await settle();
      equal(calls.filter((call) => call.url.endsWith('/status')).length, 0, 'status requests');
    });
  });

  describe('events', () => {
    it('emits paymend-status then paymend-shown once, bubbling out of the shadow tree', async () => {
      const order: string[] = [];
      const statuses = listen(document, 'paymend-status');
      const shown = listen(document, 'paymend-shown');
      document.addEventListener('paymend-status', () => order.push('status'), { once: true });
      document.addEventListener('paymend-shown', () => order.push('shown'), { once: true });
      const status = makeStatus('failed');
      const { element } = await shownBanner(status);
      element.requestUpdate();
      await settle();
      deepEqual(order, ['status', 'shown'], 'order');
      equal(statuses.length, 1, 'paymend-status count');
      deepEqual(statuses[0]?.detail, { status }, 'paymend-status detail');
      equal(statuses[0]?.composed, true, 'composed');
      equal(statuses[0]?.bubbles, true, 'bubbles');
      equal(shown.length, 1, 'paymend-shown once, whatever re-renders');
      deepEqual(shown[0]?.detail, { state: 'failed' }, 'paymend-shown detail');
      equal(shown[0]?.composed, true, 'composed');
    });

    it('the button emits a cancelable paymend-open-form with the status; cancelling it opens nothing', async () => {
      const status = makeStatus('expired');
      const { element, beacons } = await shownBanner(status);
      const opened = listen(document, 'paymend-open-form');
      element.addEventListener('paymend-open-form', (event) => event.preventDefault(), { once: true });
      part(element, 'button')!.click();
      const [received] = opened;
      ok(received, 'paymend-open-form reached the document');
      equal(received.cancelable, true, 'cancelable');
      deepEqual(received.detail.status, status, 'detail.status');
      await settle();
      equal(element.querySelector('paymend-form'), null, 'no form: the page opens its own flow');
      equal(beacons().filter((beacon) => beacon.name === 'opened').length, 0, 'no "opened" beacon');
    });
  });

  describe('analytics beacons (POST {endpoint}/events)', () => {
    it('sends one "shown" per state and invoice per page, with the CSRF header, however many banners show it', async () => {
      const status = makeStatus('failed');
      const served = serve(status);
      const endpoint = freshEndpoint();
      const first = mount(banner({ endpoint }));
      const second = mount(banner({ endpoint, placement: 'top' }));
      await untilShown(first);
      await untilShown(second);
      first.remove();
      const again = mount(banner({ endpoint }));
      await untilShown(again);
      await settle();
      deepEqual(served.beacons(), [{ name: 'shown', state: 'failed', invoiceId: 'in_1PaymendTest' }], 'beacons');
      const call = served.calls.find((c) => c.url.endsWith('/events'))!;
      equal(call.url, `${location.origin}${endpoint}/events`, 'URL');
      equal(call.init.method, 'POST', 'method');
      equal(new Headers(call.init.headers).get('Paymend-Request'), '1', 'Paymend-Request header');
      equal(new Headers(call.init.headers).get('Content-Type'), 'application/json', 'JSON');
    });

    it('a new invoice is a new "shown"; a state without an invoice sends none', async () => {
      const endpoint = freshEndpoint();
      const served = serve(makeStatus('expiring'));
      const element = mount(banner({ endpoint }));
      await untilShown(element);
      const next = makeStatus('failed');
      next.invoice = { ...next.invoice!, id: 'in_Another' };
      element.status = next;
      await until(() => served.beacons().length === 2, 'the second beacon');
      deepEqual(served.beacons(), [
        { name: 'shown', state: 'expiring' },
        { name: 'shown', state: 'failed', invoiceId: 'in_Another' },
      ]);
    });

    it('a 204 answer is a success: no warning', async () => {
      const warnings = captureWarnings();
      const status = makeStatus('expired');
      status.paymentMethod = { ...status.paymentMethod!, last4: '0204' };
      const served = await shownBanner(status);
      await until(() => served.beacons().length === 1, 'the beacon');
      await settle();
      deepEqual(warnings, [], 'warnings');
    });

    it('a failing /events warns once for the whole page and never reaches the page as an error', async () => {
      const warnings = captureWarnings();
      const pageErrors = capturePageErrors();
      const endpoint = freshEndpoint();
      const calls = stubFetch((call) => {
        if (call.url.endsWith('/events')) return json({ error: { code: 'internal_error', message: 'down' } }, 500);
        return json(makeStatus('failed'));
      });
      for (const id of ['in_First', 'in_Second', 'in_Third']) {
        const status = makeStatus('failed');
        status.invoice = { ...status.invoice!, id };
        const element = mount(banner({ endpoint }));
        element.status = status;
        await untilShown(element);
      }
      await until(() => calls.filter((call) => call.url.endsWith('/events')).length === 3, 'three beacons');
      await settle();
      equal(warnings.length, 1, 'one warning for three failed beacons');
      includes(String(warnings[0]?.[0]), 'analytics');
      deepEqual(pageErrors, [], 'no page error');
    });

    it('a status handed in without an endpoint sends no beacon', async () => {
      const { calls } = serve(makeStatus('ok'));
      const element = banner();
      element.status = makeStatus('failed');
      mount(element);
      await untilShown(element);
      await settle();
      equal(calls.length, 0, 'no request at all');
    });
  });

  it('define() is harmless when the tag is already registered', () => {
    define('paymend-banner', class extends HTMLElement {});
    equal(customElements.get('paymend-banner'), PaymendBanner);
  });
});

