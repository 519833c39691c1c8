/**
 * The merchant backend down, slow, erroring or answering nonsense, at every element and every
 * request: the host page keeps working, nothing escapes to it, the banner and the wall stay silent
 * (or unchanged when they already showed something), and the form says so with a way to retry.
 *
 * banner.test.ts already covers a broken `GET /status` at the banner (500, 502 HTML, malformed JSON,
 * a wrong shape, network error, timeout); the table here adds the rest for the banner and runs every
 * fault at the wall and at the form's two requests.
 */
import '../../src/define.js';
import { sendMouse } from '@web/test-runner-commands';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { en } from '../../src/translations/index.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { assertRendersNothing, banner, part, serve, untilShown } from './banner-helpers.js';
import {
  capturePageErrors,
  captureWarnings,
  fastForwardTimers,
  freshEndpoint,
  json,
  makeStatus,
  mount,
  restore,
  settle,
  until,
  type FetchCall,
} from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { warmUpBeforeAll } from './warm-up.js';
import { fakeBackend, installStripe } from './stripe-stub.js';

const HOUR = 3_600_000;
/** Set by the script in the 502 page, should it ever be inserted into the page. */
const FLAG = '__paymendPwned';

interface Fault {
  name: string;
  respond(call: FetchCall): Response | Promise<Response>;
  /** Start of what the element's console warning says about it. */
  cause: string;
  /** Never answers: the element's own timeout has to end the wait. */
  hangs?: true;
  rateLimited?: true;
}

const FAULTS: Fault[] = [
  {
    name: 'network error (backend down)',
    respond: () => {
      throw new TypeError('Failed to fetch');
    },
    cause: 'network error',
  },
  {
    name: 'no answer (slow, past the timeout)',
    respond: ({ init }) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    cause: 'no answer within',
    hangs: true,
  },
  { name: 'HTTP 500 with a JSON error', respond: () => json({ error: { code: 'internal_error', message: 'boom' } }, 500), cause: 'HTTP 500' },
  {
    name: 'HTTP 429 with retry-after',
    respond: () =>
      new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '30' },
      }),
    cause: 'HTTP 429',
    rateLimited: true,
  },
  {
    name: 'HTTP 502 HTML page',
    respond: () =>
      new Response(`<html><body><h1>502 Bad Gateway</h1><img src=x onerror="window.${FLAG}=1"></body></html>`, {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
    cause: 'HTTP 502',
  },
  {
    name: 'malformed JSON',
    respond: () => new Response('{"v":1,"state":', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    cause: 'response is not JSON',
  },
  { name: 'JSON of the wrong shape', respond: () => json({ data: [1, 2, 3] }), cause: 'unexpected response' },
  { name: 'an empty 200 body', respond: () => new Response('', { status: 200 }), cause: 'response is not JSON' },
];

/** Faults banner.test.ts already runs against the banner's status request. */
const COVERED_FOR_THE_BANNER = new Set(['network error (backend down)', 'no answer (slow, past the timeout)', 'HTTP 500 with a JSON error', 'HTTP 502 HTML page', 'malformed JSON', 'JSON of the wrong shape']);

/**
 * Routes requests to `path` to `fault` while `broken()` holds, everything else to the fetch installed
 * before (the fake backend). Installed after it; `restore()` puts the real fetch back.
 */
function breakRoute(path: string, fault: Fault, broken: () => boolean = () => true): FetchCall[] {
  const calls: FetchCall[] = [];
  const backend = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!new URL(url, location.href).pathname.endsWith(path) || !broken()) return backend(input, init);
    calls.push({ url, init });
    return fault.respond({ url, init });
  };
  return calls;
}

/**
 * A button of the host page, mounted before the elements under test; `clickWorks()` clicks it with the real mouse,
 * so it also fails when something (a leftover modal, an invisible overlay) covers the page.
 */
function hostButton() {
  const button = document.createElement('button');
  button.textContent = 'The app’s own button';
  let clicks = 0;
  button.addEventListener('click', () => (clicks += 1));
  mount(button);
  return {
    async clickWorks(): Promise<boolean> {
      const before = clicks;
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await until(() => clicks > before, 'the host button’s click handler').catch(() => undefined);
      return clicks === before + 1;
    },
  };
}

/** The shared checks: the page still works, nothing escaped to it, the 502 page's script never ran. */
async function assertPageUnharmed(pageErrors: unknown[], host: ReturnType<typeof hostButton> | null): Promise<void> {
  await settle();
  deepEqual(pageErrors, [], 'no uncaught error or unhandled rejection');
  equal((window as unknown as Record<string, unknown>)[FLAG], undefined, 'the error page was never inserted');
  if (host) ok(await host.clickWorks(), 'the host page’s button still works');
}

/**
 * For a fault that never answers: from now on, the element's timeouts (8 s, 30 s for /complete) fire
 * at once. Started only once the requests that must succeed are done, since they would time out too;
 * `stop()` ends it before anything else waits on a timer (a retry, the test runner's mouse command).
 */
function fastForwardTimeouts(fault: Fault): { delays: number[]; stop(): void } {
  if (!fault.hangs) return { delays: [], stop: () => undefined };
  const previous = window.setTimeout;
  const delays = fastForwardTimers(8000);
  return { delays, stop: () => (window.setTimeout = previous) };
}

const isOpen = (wall: PaymendWall) => wall.shadowRoot?.querySelector('dialog')?.open === true;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const formPart = (form: PaymendForm | null | undefined, name: string) => (form ? part(form, name) : null);
const formReady = (form: PaymendForm | null | undefined) => formPart(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';
/** Nothing marked busy (only the save button ever is) and no save button waiting for fields. */
const formIdle = (form: PaymendForm | null | undefined) =>
  !!formPart(form, 'base') && !form!.shadowRoot!.querySelector('[aria-busy="true"], [part~="submit-button"][aria-disabled="true"]');

describe('backend faults at every element', () => {
  warmUpBeforeAll();
  afterEach(() => {
    restore();
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });

  describe('GET /status fails: the banner and the wall stay silent, the page keeps working', () => {
    const elements = ['paymend-banner', 'paymend-wall'] as const;
    for (const tag of elements) {
      for (const fault of FAULTS) {
        if (tag === 'paymend-banner' && COVERED_FOR_THE_BANNER.has(fault.name)) continue;
        it(`<${tag}>: ${fault.name}`, async () => {
          const warnings = captureWarnings();
          const pageErrors = capturePageErrors();
          const timers = fastForwardTimeouts(fault);
          const host = hostButton();
          const served = serve((call) => fault.respond(call));
          const element = document.createElement(tag);
          element.endpoint = freshEndpoint();
          element.lang = 'en';
          mount(element);
          await until(() => warnings.length > 0, 'the warning');
          await settle();

          if (element.localName === 'paymend-banner') assertRendersNothing(element as HTMLElementTagNameMap['paymend-banner']);
          else {
            const wall = element as PaymendWall;
            equal(isOpen(wall), false, 'no wall');
            equal(wall.querySelector('paymend-form'), null, 'no form');
          }
          equal(served.statusCalls().length, 1, 'one request');
          equal(served.beacons().length, 0, 'no beacon');
          equal(warnings.length, 1, 'one warning');
          includes(String(warnings[0]?.[0]), fault.cause, 'the warning names the cause');
          if (fault.hangs) ok(timers.delays.includes(8000), `gave up after the 8 s timeout (timers: ${timers.delays.join(', ')})`);
          timers.stop();
          await assertPageUnharmed(pageErrors, host);
        });
      }
    }

    it('<paymend-banner> and <paymend-wall> sharing one failed request: one warning, both silent', async () => {
      const warnings = captureWarnings();
      const pageErrors = capturePageErrors();
      const host = hostButton();
      const served = serve(() => new Response('', { status: 200 }));
      const endpoint = freshEndpoint();
      const element = mount(banner({ endpoint, lang: 'en' }));
      const wall = mount(Object.assign(document.createElement('paymend-wall'), { endpoint, lang: 'en' }));
      await until(() => warnings.length > 0, 'the warning');
      await settle();
      assertRendersNothing(element);
      equal(isOpen(wall), false, 'no wall');
      equal(served.statusCalls().length, 1, 'one request for both');
      equal(warnings.length, 1, 'one warning for both');
      await assertPageUnharmed(pageErrors, host);
    });
  });

  describe('POST /setup-intent fails in the banner’s form: the banner is unchanged, the form offers a retry', () => {
    for (const fault of FAULTS) {
      it(fault.name, async () => {
        const warnings = captureWarnings();
        const pageErrors = capturePageErrors();
        const host = hostButton();
        const stripe = installStripe();
        fakeBackend({ status: makeStatus('failed') });
        let broken = true;
        const faulted = breakRoute('/setup-intent', fault, () => broken);
        const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en' }));
        await untilShown(element);
        const shown = text(part(element, 'message'));

        const timers = fastForwardTimeouts(fault);
        part(element, 'button')!.click();
        const form = () => element.querySelector('paymend-form');
        await until(() => formPart(form(), 'retry-button') && formPart(form(), 'problem'), 'the form to say it could not load');
        const problem = formPart(form(), 'problem')!;
        equal(problem.parentElement!.getAttribute('role'), 'alert', 'announced, in the form’s alert region');
        includes(text(problem), en.messages[fault.rateLimited ? 'form.rateLimited' : 'form.unavailable'], 'explained');
        equal(text(formPart(form(), 'retry-button')), en.messages['form.retry'], 'a retry button');
        equal(stripe.paymentElements.length, 0, 'no Payment Element');
        equal(element.getAttribute('state'), 'failed', 'the banner still shows the problem');
        equal(text(part(element, 'message')), shown, 'unchanged');
        equal(faulted.length, 1, 'one attempt, no automatic retry storm');
        ok(warnings.length <= 1, `at most one warning (got ${warnings.length})`);
        if (fault.hangs) ok(timers.delays.includes(8000), `gave up after the 8 s timeout (timers: ${timers.delays.join(', ')})`);
        timers.stop();
        await assertPageUnharmed(pageErrors, host);

        broken = false;
        formPart(form(), 'retry-button')!.click();
        await until(() => formReady(form()) && stripe.mounted(), 'the form to load on retry');
      });
    }
  });

  describe('POST /complete fails in the wall’s form: the wall is unchanged, the form offers a retry', () => {
    const hardWall = (): Status => makeStatus('failed', { access: { wall: 'hard', endsAt: new Date(Date.now() - HOUR).toISOString() } });

    for (const fault of FAULTS) {
      it(fault.name, async () => {
        const warnings = captureWarnings();
        const pageErrors = capturePageErrors();
        const stripe = installStripe();
        fakeBackend({});
        let broken = true;
        const faulted = breakRoute('/complete', fault, () => broken);
        const wall = document.createElement('paymend-wall');
        wall.endpoint = freshEndpoint();
        wall.lang = 'en';
        wall.status = hardWall();
        mount(wall);
        const form = () => wall.querySelector('paymend-form');
        await until(() => isOpen(wall) && formReady(form()) && stripe.mounted(), 'the wall and its form');
        const shown = text(part(wall, 'message'));

        const timers = fastForwardTimeouts(fault);
        formPart(form(), 'submit-button')!.click();
        await until(() => faulted.length === 1 && formPart(form(), 'problem') && formIdle(form()), 'the form to explain');
        const problem = formPart(form(), 'problem')!;
        equal(problem.parentElement!.getAttribute('role'), 'alert', 'announced, in the form’s alert region');
        includes(text(problem), en.messages[fault.rateLimited ? 'form.rateLimited' : 'form.interrupted'], 'explained');
        // The retry button finishes the confirmed card; when rate limited, saving again does.
        const retry = formPart(form(), 'retry-button') ?? formPart(form(), 'submit-button');
        equal(retry?.getAttribute('aria-disabled'), 'false', 'a way to retry');
        if (!fault.rateLimited) equal(text(retry), en.messages['form.retry'], 'labelled as a retry');
        ok(isOpen(wall), 'the wall is still open');
        equal(text(part(wall, 'message')), shown, 'unchanged');
        equal(part(wall, 'continue-button'), null, 'no thank-you');
        ok(warnings.length <= 1, `at most one warning (got ${warnings.length})`);
        if (fault.hangs) ok(timers.delays.includes(30_000), `gave up after the 30 s /complete timeout (timers: ${timers.delays.join(', ')})`);
        timers.stop();
        // The wall is a hard modal: the page behind it is inert on purpose, so no host click here.
        await assertPageUnharmed(pageErrors, null);

        broken = false;
        retry!.click();
        await until(() => part(wall, 'continue-button'), 'the thank-you after the retry');
        equal(stripe.confirmCalls.length, 1, 'the card was confirmed with Stripe once; the retry only finished it');
      });
    }
  });
});
