import '../../src/define.js';
import { PaymendBanner } from '../../src/index.js';
import { define } from '../../src/internal/paymend-element.js';
import type { State, Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
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

function banner(attributes: Record<string, string> = {}): PaymendBanner {
  const element = document.createElement('paymend-banner');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const part = (element: PaymendBanner, name: string) => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Mounts a banner whose endpoint answers `status`, and waits until its message is on screen. */
async function shownBanner(status: Status, attributes: Record<string, string> = {}) {
  const calls = stubFetch(() => json(status));
  const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en-US', ...attributes }));
  await until(() => part(element, 'base'), 'the banner to render');
  return { element, calls };
}

/** Mounts a banner against a broken backend and waits for its single warning. */
async function brokenBanner(respond: Parameters<typeof stubFetch>[0]) {
  const warnings = captureWarnings();
  const pageErrors = capturePageErrors();
  const calls = stubFetch(respond);
  const element = mount(banner({ endpoint: freshEndpoint() }));
  await until(() => warnings.length > 0, 'a console warning');
  await settle();
  return { element, calls, warnings, pageErrors };
}

function assertRendersNothing(element: PaymendBanner) {
  equal(part(element, 'base'), null, 'no banner markup');
  equal(element.hasAttribute('state'), false, 'no state attribute');
  equal(getComputedStyle(element).display, 'none', 'host display');
  equal(element.getBoundingClientRect().height, 0, 'host height');
}

function assertSilentFailure(result: Awaited<ReturnType<typeof brokenBanner>>, cause: string) {
  assertRendersNothing(result.element);
  equal(result.warnings.length, 1, 'exactly one console.warn');
  const message = String(result.warnings[0]?.[0]);
  ok(message.startsWith('[paymend] '), `warning is prefixed: ${message}`);
  includes(message, cause, 'warning names the cause');
  deepEqual(result.pageErrors, [], 'no error escaped to the page');
  equal(result.calls.length, 1, 'one request');
}

describe('<paymend-banner>', () => {
  afterEach(restore);

  describe('states', () => {
    const cases: Array<{ state: State; role: string; title: string; snippets: string[] }> = [
      {
        state: 'expiring',
        role: 'status',
        title: 'Your card expires soon',
        snippets: ['Your Visa ending in 4242 expires at the end of March 2030.'],
      },
      {
        state: 'expired',
        role: 'status',
        title: 'Your card has expired',
        snippets: ['Your Visa ending in 4242 expired at the end of March 2030.'],
      },
      {
        state: 'failed',
        role: 'alert',
        title: 'Your last payment didn’t go through',
        snippets: ['Your bank declined the last payment with your Visa ending in 4242.', 'pay the $12.50 due'],
      },
      {
        state: 'action_required',
        role: 'alert',
        title: 'Your bank needs you to confirm a payment',
        snippets: ['Confirm the payment of $12.50'],
      },
    ];

    for (const { state, role, title, snippets } of cases) {
      it(`${state}: shows the message with role=${role} and an Update card button`, async () => {
        const { element, calls } = await shownBanner(makeStatus(state));
        const base = part(element, 'base');
        equal(base?.getAttribute('role'), role, 'role');
        equal(element.getAttribute('state'), state, 'host state attribute');
        const message = part(element, 'message');
        equal(text(message?.querySelector('.title') ?? null), title, 'title');
        for (const snippet of snippets) includes(text(message), snippet);
        equal(text(part(element, 'button')), 'Update card', 'button label');
        equal(part(element, 'close-button')?.getAttribute('aria-label'), 'Dismiss this message', 'dismiss label');
        ok(part(element, 'icon') && part(element, 'actions'), 'icon and actions parts');
        ok(element.getBoundingClientRect().height > 0, 'takes space on the page');
        equal(calls.length, 1, 'one request');
      });
    }

    it('formats a zero-decimal currency (JPY) from minor units', async () => {
      const status = makeStatus('failed');
      status.invoice = { ...status.invoice!, amountDue: 1250, currency: 'jpy' };
      const { element } = await shownBanner(status);
      includes(text(part(element, 'message')), 'pay the ¥1,250 due');
    });

    it('formats for the regional lang of the page (en-GB)', async () => {
      const { element } = await shownBanner(makeStatus('failed'), { lang: 'en-GB' });
      includes(text(part(element, 'message')), 'pay the US$12.50 due');
    });

    it('falls back to English, with English formats, for a language it lacks', async () => {
      const { element } = await shownBanner(makeStatus('expiring'), { lang: 'de-DE' });
      includes(text(part(element, 'message')), 'at the end of March 2030');
      equal(part(element, 'base')?.getAttribute('lang'), 'en', 'marks the text as English');
    });

    it('ok: renders nothing, takes no space and makes exactly one request', async () => {
      const statuses = listen(document, 'paymend-status');
      const shown = listen(document, 'paymend-shown');
      const calls = stubFetch(() => json(makeStatus('ok')));
      const element = mount(banner({ endpoint: freshEndpoint() }));
      await until(() => statuses.length > 0, 'paymend-status');
      await settle();
      assertRendersNothing(element);
      equal(calls.length, 1, 'one request');
      equal(statuses[0]?.detail.status.state, 'ok', 'paymend-status detail');
      equal(shown.length, 0, 'no paymend-shown');
    });

    it('requests {endpoint}/status with cookies and Accept: application/json', async () => {
      const endpoint = freshEndpoint();
      const calls = stubFetch(() => json(makeStatus('ok')));
      mount(banner({ endpoint: `${endpoint}/` }));
      await until(() => calls.length > 0, 'a request');
      const [call] = calls;
      equal(call?.url, `${location.origin}${endpoint}/status`, 'URL');
      equal(call?.init.method, 'GET', 'method');
      equal(call?.init.credentials, 'same-origin', 'credentials');
      equal(new Headers(call?.init.headers).get('Accept'), 'application/json', 'Accept header');
    });
  });

  describe('a broken backend is silent: nothing rendered, one warning, no page error', () => {
    it('HTTP 500', async () => {
      const result = await brokenBanner(() =>
        json({ error: { code: 'internal_error', message: 'Something went wrong' } }, 500),
      );
      assertSilentFailure(result, 'HTTP 500');
    });

    it('malformed JSON', async () => {
      const result = await brokenBanner(() => new Response('{"v":1,', { status: 200 }));
      assertSilentFailure(result, 'not JSON');
    });

    it('JSON that does not match the protocol', async () => {
      const result = await brokenBanner(() => json({ ...makeStatus('failed'), v: 2 }));
      assertSilentFailure(result, 'unexpected response');
    });

    it('network error', async () => {
      const result = await brokenBanner(() => {
        throw new TypeError('Failed to fetch');
      });
      assertSilentFailure(result, 'network error');
    });

    it('no answer within 8 s (timeout)', async () => {
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
      const calls = stubFetch(() => answer);
      const endpoint = freshEndpoint();
      const first = mount(banner({ endpoint }));
      await until(() => warnings.length === 1, 'the first warning');
      answer = json(makeStatus('expiring'));
      const second = mount(banner({ endpoint }));
      await until(() => part(second, 'base'), 'the second banner to render');
      equal(calls.length, 2, 'requests');
      assertRendersNothing(first);
    });
  });

  it('two banners with one endpoint make one request', async () => {
    const calls = stubFetch(() => json(makeStatus('expired')));
    const endpoint = freshEndpoint();
    const first = mount(banner({ endpoint }));
    const second = mount(banner({ endpoint: `${location.origin}${endpoint}` }));
    await until(() => part(first, 'base') && part(second, 'base'), 'both banners to render');
    await settle();
    equal(calls.length, 1, 'requests');
  });

  it('two banners sharing a failed request warn once', async () => {
    const warnings = captureWarnings();
    const calls = stubFetch(() => json({ error: { code: 'internal_error', message: 'down' } }, 500));
    const endpoint = freshEndpoint();
    const first = mount(banner({ endpoint }));
    const second = mount(banner({ endpoint }));
    await until(() => warnings.length > 0, 'a warning');
    await settle();
    equal(calls.length, 1, 'requests');
    equal(warnings.length, 1, 'warnings');
    assertRendersNothing(first);
    assertRendersNothing(second);
  });

  it('a status handed in while the request is in flight wins over the answer', async () => {
    let answer!: (response: Response) => void;
    const calls = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const statuses = listen(document, 'paymend-status');
    const element = mount(banner({ endpoint: freshEndpoint() }));
    await until(() => calls.length === 1, 'the request');
    element.status = makeStatus('failed');
    await until(() => part(element, 'base'), 'the banner to render');
    answer(json(makeStatus('ok')));
    await settle();
    equal(element.getAttribute('state'), 'failed', 'still shows the handed-in status');
    equal(statuses.length, 0, 'no paymend-status for a stale answer');
  });

  it('a status property makes no request', async () => {
    const calls = stubFetch(() => json(makeStatus('ok')));
    const element = banner({ endpoint: freshEndpoint() });
    element.status = makeStatus('failed');
    mount(element);
    await until(() => part(element, 'base'), 'the banner to render');
    equal(part(element, 'base')?.getAttribute('role'), 'alert', 'role');

    // Frameworks often set properties right after inserting the element.
    const late = mount(banner({ endpoint: freshEndpoint() }));
    late.status = makeStatus('expiring');
    await until(() => part(late, 'base'), 'the late banner to render');
    await settle();
    equal(calls.length, 0, 'requests');
  });

  it('an invalid status property shows nothing and warns once', async () => {
    const warnings = captureWarnings();
    const calls = stubFetch(() => json(makeStatus('ok')));
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
    const calls = stubFetch(() => json(makeStatus('failed')));
    const element = mount(banner());
    await until(() => warnings.length > 0, 'a warning');
    await settle();
    assertRendersNothing(element);
    equal(warnings.length, 1, 'warnings');
    includes(String(warnings[0]?.[0]), 'needs an endpoint');
    equal(calls.length, 0, 'requests');
  });

  it('renders hostile text from the backend as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const status = makeStatus('expiring');
    status.paymentMethod = { ...status.paymentMethod!, brand: hostile };
    const { element } = await shownBanner(status);
    includes(text(part(element, 'message')), `Your ${hostile} ending in 4242 expires`);
    equal(element.shadowRoot?.querySelector('img'), null, 'no <img> element');
  });

  describe('events', () => {
    it('emits paymend-status then paymend-shown once, bubbling out of the shadow tree', async () => {
      const order: string[] = [];
      const statuses = listen(document, 'paymend-status');
      const shown = listen(document, 'paymend-shown');
      document.addEventListener('paymend-status', () => order.push('status'), { once: true });
      document.addEventListener('paymend-shown', () => order.push('shown'), { once: true });
      const status = makeStatus('failed');
      await shownBanner(status);
      await settle();
      deepEqual(order, ['status', 'shown'], 'order');
      equal(statuses.length, 1, 'paymend-status count');
      deepEqual(statuses[0]?.detail, { status }, 'paymend-status detail');
      equal(statuses[0]?.composed, true, 'composed');
      equal(shown.length, 1, 'paymend-shown count');
      deepEqual(shown[0]?.detail, { state: 'failed' }, 'paymend-shown detail');
    });

    it('Update card emits a cancelable paymend-open-form with the status', async () => {
      const status = makeStatus('expired');
      const { element } = await shownBanner(status);
      const opened = listen(document, 'paymend-open-form');
      (part(element, 'button') as HTMLButtonElement).click();
      const [received] = opened;
      ok(received, 'paymend-open-form reached the document');
      equal(received.cancelable, true, 'cancelable');
      deepEqual(received.detail.status, status, 'detail.status');
    });

    it('dismiss asks first (cancelable paymend-dismiss), then hides and emits paymend-after-dismiss', async () => {
      const { element } = await shownBanner(makeStatus('expiring'));
      const close = () => (part(element, 'close-button') as HTMLButtonElement).click();

      const keep = (event: Event) => event.preventDefault();
      element.addEventListener('paymend-dismiss', keep, { once: true });
      close();
      await element.updateComplete;
      ok(part(element, 'base'), 'still shown after a cancelled dismiss');

      const after = listen(element, 'paymend-after-dismiss');
      close();
      await element.updateComplete;
      assertRendersNothing(element);
      deepEqual(after.map((event) => event.detail), [{ state: 'expiring' }]);
    });
  });

  it('custom properties style the banner', async () => {
    const { element } = await shownBanner(makeStatus('failed'), {
      style: '--paymend-color-danger-surface: rgb(1, 2, 3)',
    });
    equal(getComputedStyle(part(element, 'base')!).backgroundColor, 'rgb(1, 2, 3)');
  });

  it('define() is harmless when the tag is already registered', () => {
    define('paymend-banner', class extends HTMLElement {});
    equal(customElements.get('paymend-banner'), PaymendBanner);
  });
});
