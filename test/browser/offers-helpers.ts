/**
 * A fake handler for the offers (`GET /offers`, `POST /pause`, `/change-plan`, `/resume`) and the
 * beacons, through `stubFetch`, and small readers of `<paymend-offers>`. Answers default to both
 * offers made and each POST succeeding; a test replaces one with a `Response` (an error) or a
 * thrown error (the network), or holds a POST open with `gate` to click twice meanwhile.
 */
import '../../src/components/offers/offers.js';
import type { PaymendOffers } from '../../src/components/offers/offers.component.js';
import type { OfferResult, OffersResponse, Status } from '../../src/protocol/index.js';
import { freshEndpoint, json, makeStatus, mount, stubFetch, until, type FetchCall } from './helpers.js';

export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = (host: Element, name: string) => host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const parts = (host: Element, name: string) => [...(host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];

export const RESUMES_1 = '2030-04-05T10:00:00Z';
export const RESUMES_3 = '2030-06-05T10:00:00Z';

export function offersAnswer(overrides: Partial<OffersResponse> = {}): OffersResponse {
  return {
    pause: {
      options: [
        { months: 1, resumesAt: RESUMES_1 },
        { months: 3, resumesAt: RESUMES_3 },
      ],
      method: 'subscription',
      overdueInvoice: 'void',
      access: 'deny',
      due: { amount: 1250, currency: 'usd' },
    },
    changePlan: {
      current: { price: 'price_Pro', name: 'Pro', amount: 2900, currency: 'usd', interval: 'month', intervalCount: 1 },
      options: [
        { price: 'price_Team', name: 'Team', amount: 1900, currency: 'usd', interval: 'month', intervalCount: 1 },
        { price: 'price_Starter', name: 'Starter', amount: 900, currency: 'usd', interval: 'month', intervalCount: 1 },
      ],
      billing: 'now',
      overdueInvoice: 'leave_open',
      prorationBehavior: 'create_prorations',
    },
    refused: {},
    ...overrides,
  };
}

export function pausedStatus(resumesAt = RESUMES_1, resumable = true): Status {
  return { ...makeStatus('paused'), pause: { resumesAt, resumable } };
}

export function activeStatus(): Status {
  return makeStatus('ok');
}

type Answer = OfferResult | Response | (() => OfferResult | Response);

export interface OffersBackendOptions {
  status?: Status;
  offers?: () => OffersResponse | Response;
  pause?: Answer;
  changePlan?: Answer;
  resume?: Answer;
  /** While set, POSTs wait for it. */
  gate?: Promise<void>;
  /** Answers every other path (e.g. the form's fake backend, installed first: pass `window.fetch`). */
  fallback?: typeof fetch;
}

export interface OffersCall extends FetchCall {
  path: string;
  body: unknown;
}

export function offersBackend(options: OffersBackendOptions = {}) {
  const calls: OffersCall[] = [];
  stubFetch(async (call) => {
    const path = new URL(call.url).pathname.replace(/^.*(\/[a-z-]+)$/, '$1');
    const body = typeof call.init.body === 'string' ? JSON.parse(call.init.body) : undefined;
    calls.push({ ...call, path, body });
    if (path === '/events') return new Response(null, { status: 204 });
    const own = ['/status', '/offers', '/pause', '/change-plan', '/resume'];
    if (options.fallback && !own.includes(path)) return options.fallback(call.url, call.init);
    if (path === '/status') return json(options.status ?? makeStatus('failed', { offers: true }));
    if (path === '/offers') return respond(options.offers?.() ?? offersAnswer());
    const answers: Record<string, Answer | undefined> = { '/pause': options.pause, '/change-plan': options.changePlan, '/resume': options.resume };
    if (path in answers) {
      if (options.gate) await options.gate;
      const answer = answers[path];
      const value = typeof answer === 'function' ? answer() : answer;
      return respond(value ?? { status: path === '/pause' ? pausedStatus() : activeStatus(), receipt: { paid: [], nextChargeAt: null } });
    }
    return json({ error: { code: 'not_found', message: 'no route' } }, 404);
  });
  const to = (path: string) => calls.filter((call) => call.path === path);
  return { calls, to };
}

function respond(value: unknown): Response {
  return value instanceof Response ? value : json(value);
}

export const refused = () => json({ error: { code: 'offer_not_allowed', message: 'pause used within the last 6 months' } }, 409);

/** Mounts `<paymend-offers>` with a failing status and waits until the offers are listed (or `until` says). */
export async function openOffers(setup: (offers: PaymendOffers) => void = () => undefined, ready = (o: PaymendOffers) => parts(o, 'choose-button').length > 0) {
  const offers = document.createElement('paymend-offers');
  offers.endpoint = freshEndpoint();
  offers.lang = 'en';
  offers.status = makeStatus('failed', { offers: true });
  setup(offers);
  mount(offers);
  await until(() => ready(offers), 'the offers to be listed');
  return offers;
}

export const radios = (offers: PaymendOffers, name: string) => [...offers.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
export const heading = (offers: PaymendOffers) => text(part(offers, 'title'));
export const progress = (offers: PaymendOffers) => text(part(offers, 'progress'));
export const problem = (offers: PaymendOffers) => text(offers.shadowRoot!.querySelector('[role="alert"]'));
