/**
 * Hostile text in every field Paymend may put on screen (the backend's status, Stripe's errors, the
 * merchant's messages and attributes) is rendered as text, or not at all: never as markup, never run.
 * Everything goes in through the public API (attributes, properties, the fake backend, Stripe.js).
 */
import type { PaymendForm } from '../../src/components/form/form.component.js';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import { setMessages } from '../../src/index.js';
import type { State, Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { assertRendersNothing, banner, beaconsIn, openForm, part, saveCard, untilShown } from './banner-helpers.js';
import { capturePageErrors, captureWarnings, freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { warmUpBeforeAll } from './warm-up.js';
import { fakeBackend, installStripe, okStatus, type CompleteAnswer } from './stripe-stub.js';

/** Set by any payload that runs. */
const FLAG = '__paymendPwned';
const flagged = () => (window as unknown as Record<string, unknown>)[FLAG];

/** Fits every text field of the protocol (brand, type and wallet allow 64 characters). */
const MARKUP = `<img src=x onerror="window.${FLAG}=1">`;
/** `last4` allows 8 characters. */
const SHORT_MARKUP = '<script>';
/** `currency` is exactly 3 characters. */
const CURRENCY_MARKUP = '<b>';
const SCRIPT_URL = `javascript:window.${FLAG}=1`;
/** A valid https URL that breaks out of a naively built attribute. */
const BREAKOUT_URL = `https://x/"><img src=x onerror=window.${FLAG}=1>`;
const HOSTILE_LANG = `"><img src=x onerror=window.${FLAG}=1>`;

const HOUR = 3_600_000;

/** Every node under `root`, crossing into open shadow roots (and through slots' light DOM, which is a child anyway). */
function* walkAllNodes(root: Node): Generator<Node> {
  yield root;
  if (root instanceof Element && root.shadowRoot) yield* walkAllNodes(root.shadowRoot);
  for (const child of root.childNodes) yield* walkAllNodes(child);
}

/** The text a customer can see or hear, across shadow roots, whitespace collapsed. */
function allText(root: Node): string {
  let text = '';
  for (const node of walkAllNodes(root)) if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
  return text.replace(/\s+/g, ' ');
}

/** Elements no Paymend template ever renders: seeing one means markup got through. */
const INJECTED = new Set(['img', 'script', 'iframe', 'object', 'embed', 'b', 'style', 'link', 'meta', 'base']);

/**
 * Nothing was injected into `roots` (shadow roots included): no foreign element, no `on*` attribute,
 * no `<a>` but the `links` expected, no payload ran, nothing escaped to the page.
 */
async function assertNothingInjected(roots: Element[], pageErrors: unknown[], links: string[] = []): Promise<void> {
  await settle(); // an injected <img> would fire its onerror now
  const hrefs: string[] = [];
  for (const root of roots) {
    for (const node of walkAllNodes(root)) {
      if (!(node instanceof Element)) continue;
      ok(!INJECTED.has(node.localName), `no <${node.localName}> inside <${root.localName}>`);
      for (const attribute of node.attributes) {
        ok(!attribute.name.startsWith('on'), `no ${attribute.name} attribute on <${node.localName}> inside <${root.localName}>`);
      }
      if (node.localName === 'a') hrefs.push(node.getAttribute('href') ?? '');
    }
  }
  deepEqual(hrefs, links, 'links');
  equal(flagged(), undefined, 'no payload ran');
  deepEqual(pageErrors, [], 'no error escaped to the page');
}

/** A status whose every Stripe-sourced string is hostile; the invoice's URL is a valid https one that breaks out of attributes. */
function hostileStatus(state: Exclude<State, 'ok'>, overrides: Partial<Status> = {}): Status {
  return makeStatus(state, {
    paymentMethod: { type: 'card', brand: MARKUP, last4: SHORT_MARKUP, expMonth: 3, expYear: 2030, wallet: MARKUP },
    invoice: {
      id: MARKUP,
      amountDue: 1250,
      currency: CURRENCY_MARKUP,
      attemptCount: 1,
      billedAt: null,
      nextAttemptAt: null,
      hostedInvoiceUrl: BREAKOUT_URL,
    },
    failure: { code: MARKUP, declineCode: MARKUP, adviceCode: MARKUP },
    ...overrides,
  });
}

/** The healthy status `/complete` answers after the update: a new card with a hostile brand and last4. */
const hostileNewCard = (): Status => ({
  ...okStatus(),
  paymentMethod: { type: 'card', brand: MARKUP, last4: SHORT_MARKUP, expMonth: 8, expYear: 2031, wallet: MARKUP },
});
const hostileCard = `${MARKUP} ending in ${SHORT_MARKUP}`;

const walled = (wall: 'soft' | 'hard') =>
  hostileStatus('failed', { access: { wall, endsAt: new Date(Date.now() + (wall === 'soft' ? 24 : -24) * HOUR).toISOString() } });

const isOpen = (wall: PaymendWall) => wall.shadowRoot?.querySelector('dialog')?.open === true;
const formReady = (form: PaymendForm | null | undefined) => !!form && part(form, 'submit-button')?.getAttribute('aria-disabled') === 'false';

/** A wall with `status` and these attributes, against a fake backend (for its form), open. */
async function openWall(status: Status, attributes: Record<string, string> = {}, complete?: () => CompleteAnswer) {
  const stripe = installStripe();
  fakeBackend({ complete });
  const wall = document.createElement('paymend-wall');
  wall.endpoint = freshEndpoint();
  wall.lang = 'en';
  for (const [name, value] of Object.entries(attributes)) wall.setAttribute(name, value);
  wall.status = status;
  mount(wall);
  await until(() => isOpen(wall) && part(wall, 'title'), 'the wall to open');
  return { wall, stripe };
}

/** A form for a failed renewal, against a fake backend, with its Payment Element ready. */
async function readyForm(backend: Parameters<typeof fakeBackend>[0] = {}, lang = 'en') {
  const stripe = installStripe();
  fakeBackend(backend);
  const form = document.createElement('paymend-form');
  form.endpoint = freshEndpoint();
  form.setAttribute('lang', lang);
  form.status = makeStatus('failed');
  mount(form);
  await until(() => formReady(form) && stripe.mounted(), 'the Payment Element to be ready');
  return { form, stripe };
}

describe('hostile text renders as text, never as markup', () => {
  warmUpBeforeAll();
  afterEach(() => {
    restore();
    setMessages('en', {});
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });

  describe('<paymend-banner>: every field of a status from the backend', () => {
    const cases: Array<{ state: Exclude<State, 'ok'>; shows: string[] }> = [
      { state: 'expiring', shows: [`Your ${hostileCard} expires`] },
      { state: 'expired', shows: [`Your ${hostileCard} expired at the end of March 2030.`] },
      // Unknown codes read as a generic decline; an invalid currency drops the amount.
      { state: 'failed', shows: ['Your bank declined the payment without telling us why.'] },
      { state: 'action_required', shows: ['Your bank wants to make sure the payment is really from you.'] },
    ];
    for (const { state, shows } of cases) {
      it(`${state}: the card as text, codes and currency never shown, nothing injected`, async () => {
        const pageErrors = capturePageErrors();
        const backend = fakeBackend({ status: hostileStatus(state) });
        const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en', dismissible: '' }));
        await untilShown(element);
        equal(element.getAttribute('state'), state, 'shown');
        const text = allText(element);
        for (const snippet of shows) includes(text, snippet, 'the hostile string verbatim, as text');
        if (state === 'failed' || state === 'action_required') ok(!text.includes(MARKUP), 'codes are never shown');
        ok(!text.includes(CURRENCY_MARKUP), 'an invalid currency is never shown');
        await until(() => backend.to('/events').length > 0, 'the "shown" beacon');
        equal(beaconsIn(backend.calls)[0]?.invoiceId, MARKUP, 'the invoice id travels as data');
        await assertNothingInjected([element], pageErrors);
      });
    }

    it('a non-card method: type and wallet are never shown, the generic name is', async () => {
      const pageErrors = capturePageErrors();
      const status = hostileStatus('expired');
      status.paymentMethod = { ...status.paymentMethod!, type: MARKUP };
      fakeBackend({ status });
      const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en' }));
      await untilShown(element);
      includes(allText(element), `Your payment method ending in ${SHORT_MARKUP} expired`);
      ok(!allText(element).includes(MARKUP), 'type, brand and wallet of a non-card method are not shown');
      await assertNothingInjected([element], pageErrors);
    });

    it('the thank-you names the new card as text', async () => {
      const pageErrors = capturePageErrors();
      const stripe = installStripe();
      const backend = fakeBackend({ status: hostileStatus('expired'), complete: () => ({ status: hostileNewCard() }) });
      const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en' }));
      await untilShown(element);
      saveCard(await openForm({ element, stripe, backend }));
      await until(() => element.getAttribute('state') === 'updated', 'the thank-you');
      includes(allText(element), `Your ${hostileCard} will be used for your subscription`);
      await assertNothingInjected([element], pageErrors);
    });
  });

  describe('an invoice URL that is not http(s) makes the status invalid: the elements stay silent', () => {
    for (const url of [SCRIPT_URL, 'data:text/html,<script>alert(1)</script>', ' JavaScript:alert(1)']) {
      it(JSON.stringify(url), async () => {
        const warnings = captureWarnings();
        const pageErrors = capturePageErrors();
        const status = hostileStatus('failed', { access: { wall: 'hard', endsAt: null } });
        status.invoice = { ...status.invoice!, currency: 'usd', hostedInvoiceUrl: url };
        const backend = fakeBackend({ status });
        const endpoint = freshEndpoint();
        const element = mount(banner({ endpoint, lang: 'en' }));
        const wall = mount(Object.assign(document.createElement('paymend-wall'), { endpoint, lang: 'en' }));
        // Both have loaded their view (which brings its styles) and checked the status in full.
        const viewLoaded = (host: Element) => (host.shadowRoot?.adoptedStyleSheets.length ?? 0) > 1;
        await until(() => viewLoaded(element) && viewLoaded(wall) && warnings.length > 0, 'both elements to check the status');
        await settle();
        assertRendersNothing(element);
        equal(isOpen(wall), false, 'no wall');
        equal(part(wall, 'title'), null, 'no wall content');
        // One warning: the elements share the request, and so its answer's warning.
        equal(warnings.length, 1, 'one warning');
        includes(String(warnings[0]?.[0]), 'ignored an invalid status', 'warned as invalid');
        equal(backend.to('/events').length, 0, 'nothing counted as shown');
        await assertNothingInjected([element, wall], pageErrors);
      });
    }
  });

  describe('<paymend-wall>', () => {
    for (const kind of ['soft', 'hard'] as const) {
      it(`${kind}: hostile status and https escape-hatch URLs stay text and attribute values`, async () => {
        const pageErrors = capturePageErrors();
        const { wall } = await openWall(walled(kind), { 'logout-href': BREAKOUT_URL, 'support-href': BREAKOUT_URL, 'cancel-href': BREAKOUT_URL });
        const text = allText(wall);
        includes(text, 'Your bank declined the payment without telling us why.', 'the generic decline');
        ok(!text.includes(MARKUP) && !text.includes(CURRENCY_MARKUP), 'codes and currency are never shown');
        await assertNothingInjected([wall], pageErrors, [BREAKOUT_URL, BREAKOUT_URL, BREAKOUT_URL]);
      });
    }

    it('the thank-you names the new card as text', async () => {
      const pageErrors = capturePageErrors();
      const { wall } = await openWall(walled('hard'), {}, () => ({ status: hostileNewCard() }));
      const form = () => wall.querySelector('paymend-form');
      await until(() => formReady(form()), 'the form in the wall');
      saveCard(form()!);
      await until(() => part(wall, 'continue-button'), 'the thank-you');
      includes(allText(wall), `Your ${hostileCard} will be used for your subscription`);
      await assertNothingInjected([wall], pageErrors);
    });

    it('a javascript: escape-hatch URL never becomes a live link; web and mail links still do', async () => {
      const pageErrors = capturePageErrors();
      const { wall } = await openWall(walled('hard'), { 'logout-href': SCRIPT_URL, 'support-href': 'mailto:help@example.com', 'cancel-href': SCRIPT_URL });
      const links = [...walkAllNodes(wall)].filter((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      // The mail link is prefilled (subject, body): its address is the one given, its text percent-encoded.
      deepEqual(links.map((link) => link.getAttribute('href')!.split('?')[0]), ['mailto:help@example.com'], 'only the mail link is live');
      ok(!/[<>"]/.test(links[0]!.getAttribute('href')!), 'the prefilled body is encoded, never markup');
      await assertNothingInjected([wall], pageErrors, links.map((link) => link.getAttribute('href') ?? ''));
    });
  });

  describe('<paymend-form>: Stripe’s errors and the backend’s answers', () => {
    it('a decline whose message and codes are hostile is explained in Paymend’s words only', async () => {
      const pageErrors = capturePageErrors();
      const { form, stripe } = await readyForm();
      stripe.confirmOutcomes.push({ kind: 'decline', code: MARKUP, declineCode: MARKUP, adviceCode: MARKUP, message: MARKUP });
      saveCard(form);
      await until(() => part(form, 'problem'), 'the explanation');
      const text = allText(form);
      includes(text, 'The payment was declined', 'the generic decline');
      ok(!text.includes(MARKUP), 'neither Stripe’s message nor its codes are shown');
      await assertNothingInjected([form], pageErrors);
    });

    it('a declined overdue invoice (/complete failure) and a failed bank confirmation with hostile codes', async () => {
      const pageErrors = capturePageErrors();
      let round = 0;
      const { form, stripe } = await readyForm({
        complete: () => {
          round += 1;
          return round === 1
            ? { status: makeStatus('failed'), failure: { code: MARKUP, declineCode: MARKUP, adviceCode: MARKUP } }
            : { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Hostile_secret_1' } };
        },
      });
      saveCard(form);
      await until(() => part(form, 'problem') && formReady(form), 'the decline explained, with fresh fields');
      includes(allText(form), 'The payment was declined');

      stripe.nextActionOutcomes.push({ kind: 'fail', code: MARKUP });
      saveCard(form);
      await until(() => stripe.nextActionCalls.length === 1 && part(form, 'problem') && formReady(form), 'the failed confirmation explained');
      ok(!allText(form).includes(MARKUP), 'codes are never shown');
      await assertNothingInjected([form], pageErrors);
    });

    it('the "new card" thank-you names the card as text', async () => {
      const pageErrors = capturePageErrors();
      const { form } = await readyForm({ complete: () => ({ status: hostileNewCard() }) });
      saveCard(form);
      await until(() => part(form, 'done'), 'the thank-you');
      includes(allText(form), `Your ${hostileCard} will be used for your subscription`);
      await assertNothingInjected([form], pageErrors);
    });
  });

  describe('the merchant’s own input', () => {
    it('messages (setMessages) are rendered verbatim as text, in every element', async () => {
      const pageErrors = capturePageErrors();
      setMessages('en', {
        'banner.updateCard': MARKUP,
        'banner.dismiss': BREAKOUT_URL,
        'state.expired.title': `${MARKUP} title`,
        'card.description': ({ brand }) => `${brand} ${SHORT_MARKUP}`,
        'wall.notNow': `${MARKUP} later`,
        'wall.paused': `${MARKUP} paused`,
        'form.title': `${MARKUP} form`,
        'form.submit': `${MARKUP} save`,
      });
      const status = makeStatus('expired');
      fakeBackend({ status });
      const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en', dismissible: '' }));
      await untilShown(element);
      const text = allText(element);
      includes(text, `${MARKUP} title`, 'the title');
      includes(text, `Your Visa ${SHORT_MARKUP} expired`, 'the card, from a message function');
      equal(part(element, 'button')?.textContent?.trim(), MARKUP, 'the button');
      equal(part(element, 'close-button')?.getAttribute('aria-label'), BREAKOUT_URL, 'an attribute value, whole');

      const { wall } = await openWall(walled('soft'));
      includes(allText(wall), `${MARKUP} later`, 'the wall’s close button');
      const form = () => wall.querySelector('paymend-form');
      await until(() => formReady(form()), 'the form in the wall');
      includes(allText(form()!), `${MARKUP} form`, 'the form’s title');
      includes(allText(form()!), `${MARKUP} save`, 'the form’s button');
      await assertNothingInjected([element, wall], pageErrors);
    });

    it('a hostile lang attribute falls back to English and is never rendered', async () => {
      const pageErrors = capturePageErrors();
      const stripe = installStripe();
      const backend = fakeBackend({ status: walled('soft') });
      const endpoint = freshEndpoint();
      const element = mount(banner({ endpoint, lang: HOSTILE_LANG }));
      const wall = mount(document.createElement('paymend-wall'));
      wall.setAttribute('lang', HOSTILE_LANG);
      wall.endpoint = endpoint;
      await untilShown(element);
      await until(() => isOpen(wall) && formReady(wall.querySelector('paymend-form')) && stripe.mounted(), 'the wall and its form');
      const form = wall.querySelector('paymend-form')!;
      equal(part(element, 'base')?.getAttribute('lang'), 'en', 'the banner speaks English');
      equal(wall.shadowRoot!.querySelector('dialog')?.getAttribute('lang'), 'en', 'so does the wall');
      equal(part(form, 'base')?.getAttribute('lang'), 'en', 'and its form');
      equal(stripe.elementsOptions[0]?.locale, 'en', 'Stripe Elements in English');
      for (const root of [element, wall, form]) ok(!allText(root).includes(HOSTILE_LANG), `<${root.localName}> never shows the tag`);
      equal(backend.to('/status').length, 1, 'one shared request');
      await assertNothingInjected([element, wall], pageErrors);
    });
  });
});

