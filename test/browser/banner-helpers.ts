/** What the `<paymend-banner>` test files share: mounting, finding parts, a fake handler, the form flow. */
import '../../src/define.js';
import type { PaymendBanner } from '../../src/index.js';
import type { PaymendForm } from '../../src/components/form/form.component.js';
import type { AnalyticsEvent, Status } from '../../src/protocol/index.js';
import { equal } from './assert.js';
import { freshEndpoint, json, mount, stubFetch, until, type FetchCall } from './helpers.js';
import { fakeBackend, installStripe, type FakeBackend, type StripeStub } from './stripe-stub.js';

/** A `<paymend-banner>` with these attributes, not yet on the page. */
export function banner(attributes: Record<string, string> = {}): PaymendBanner {
  const element = document.createElement('paymend-banner');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export const part = (element: Element, name: string) =>
  element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const title = (element: PaymendBanner) => text(part(element, 'message')?.querySelector('.title'));
/** The banner's one live region, inside its message. */
export const liveRegion = (element: PaymendBanner) => part(element, 'message')?.querySelector<HTMLElement>('[role="status"]') ?? null;

/** The requests a fake handler received, split by route. */
export interface Served {
  calls: FetchCall[];
  statusCalls(): FetchCall[];
  /** The analytics beacons, parsed. */
  beacons(): AnalyticsEvent[];
}

const isRoute = (call: FetchCall, path: string) => new URL(call.url).pathname.endsWith(path);

/** Answers `GET /status` with `status` (or the responder's answer) and `POST /events` with 204, as the handler does. */
export function serve(status: Status | ((call: FetchCall) => Response | Promise<Response>)): Served {
  const calls = stubFetch((call) => {
    if (isRoute(call, '/events')) return new Response(null, { status: 204 });
    return typeof status === 'function' ? status(call) : json(status);
  });
  return {
    calls,
    statusCalls: () => calls.filter((call) => isRoute(call, '/status')),
    beacons: () => beaconsIn(calls),
  };
}

export function beaconsIn(calls: FetchCall[]): AnalyticsEvent[] {
  return calls.filter((call) => isRoute(call, '/events')).map((call) => JSON.parse(String(call.init.body)) as AnalyticsEvent);
}

/** Waits until the banner shows its message (the view chunk and translation loaded), its entrance animation ended. */
export async function untilShown(element: PaymendBanner, what = 'the banner to render'): Promise<void> {
  await until(() => part(element, 'message'), what);
  await settled(element);
}

/**
 * Ends the banner's entrance animation at once, so colors are checked at full opacity. Finished, not
 * awaited: a page in the background (tests run several at a time) does not advance animations.
 */
export async function settled(element: PaymendBanner): Promise<void> {
  await element.updateComplete;
  for (const animation of element.shadowRoot!.getAnimations()) animation.finish();
}

/** Mounts a banner whose endpoint answers `status`, and waits until its message is on screen. */
export async function shownBanner(status: Status, attributes: Record<string, string> = {}) {
  const served = serve(status);
  const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en-US', ...attributes }));
  await untilShown(element);
  return { element, ...served };
}

export function assertRendersNothing(element: PaymendBanner): void {
  equal(part(element, 'base'), null, 'no banner markup');
  equal(element.hasAttribute('state'), false, 'no state attribute');
  equal(getComputedStyle(element).display, 'none', 'host display');
  equal(element.getBoundingClientRect().height, 0, 'host height');
}

export const formOf = (element: PaymendBanner) => element.querySelector('paymend-form');
const formReady = (form: PaymendForm | null) => !!form && part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

export interface WithForm {
  element: PaymendBanner;
  stripe: StripeStub;
  backend: FakeBackend;
}

/** A banner against a fake handler and a fake Stripe.js, so its form can really update the card. */
export async function bannerWithForm(status: Status, attributes: Record<string, string> = {}): Promise<WithForm> {
  const stripe = installStripe();
  const backend = fakeBackend({ status });
  const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en', ...attributes }));
  await untilShown(element);
  return { element, stripe, backend };
}

/** Presses the banner's button and waits until the form's Payment Element can be used. */
export async function openForm({ element, stripe }: WithForm): Promise<PaymendForm> {
  part(element, 'button')!.click();
  await until(() => formReady(formOf(element)) && stripe.mounted(), 'the form to be ready');
  return formOf(element)!;
}

/** Saves the card in the open form (the fake Stripe confirms, the fake handler answers a healthy status). */
export function saveCard(form: PaymendForm): void {
  part(form, 'submit-button')!.click();
}
