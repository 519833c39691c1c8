// <paymend-offers> against a fake handler: each offer to done, a declined or 3-D Secure charge
// after a plan change, a refusal (409 offer_not_allowed), a lost connection, a double click, and
// offers that cannot load or do not exist. What is sent is checked on the wire (fetch calls).
import type { PaymendOffers } from '../../src/components/offers/offers.component.js';
import { REQUEST_HEADER } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { captureWarnings, freshEndpoint, json, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { activeStatus, heading, offersAnswer, offersBackend, openOffers, part, parts, pausedStatus, problem, progress, radios, refused, text } from './offers-helpers.js';

const choose = (offers: PaymendOffers, index: number) => parts(offers, 'choose-button')[index]!.click();
const confirmStep = (offers: PaymendOffers) => part(offers, 'confirm-button') !== null;
const details = (offers: PaymendOffers) => text(part(offers, 'details'));

describe('<paymend-offers>', () => {
  afterEach(() => restore());

  it('pauses for the chosen length, saying first what happens, and reports it', async () => {
    const backend = offersBackend();
    const taken = listen(document, 'paymend-offer-taken');
    const offers = await openOffers();
    includes(text(part(offers, 'intro')), 'you don’t have to leave');
    radios(offers, 'pause')[1]!.click();
    choose(offers, 0);
    await until(() => confirmStep(offers), 'the confirmation');
    equal(heading(offers), 'Please check before you confirm');
    const said = details(offers);
    includes(said, 'Your subscription stops until then');
    includes(said, 'you won’t be able to use your account’s paid features');
    includes(said, 'The unpaid $12.50 will be cancelled');
    includes(said, 'Billing starts again on June 5, 2030.');
    equal(text(part(offers, 'confirm-button')), 'Pause for 3 months');
    part(offers, 'confirm-button')!.click();
    await until(() => taken.length === 1, 'paymend-offer-taken');
    const post = backend.to('/pause')[0]!;
    deepEqual(post.body, { months: 3 });
    equal(new Headers(post.init.headers).get(REQUEST_HEADER), '1');
    equal(taken[0]!.detail.kind, 'pause');
    equal(taken[0]!.detail.status.state, 'paused');
    deepEqual(taken[0]!.detail.receipt, { paid: [], nextChargeAt: null }, 'the receipt comes along, for the wall’s thank-you');
    await until(() => progress(offers).includes('paused'), 'the done message');
    includes(progress(offers), 'Your subscription is paused. Billing starts again on April 5, 2030.');
    equal(part(offers, 'confirm-button'), null, 'no button to take it again');
    await until(() => backend.to('/events').length > 0, 'the offers_shown beacon');
    equal((backend.to('/events')[0]!.body as { name: string }).name, 'offers_shown');
  });

  it('names the surface it was opened in with the offers_shown beacon (inside a wall; or as given)', async () => {
    for (const [where, expected] of [['paymend-wall', 'wall'], ['paymend-banner', 'banner'], ['div', 'page']] as const) {
      const backend = offersBackend();
      const panel = document.createElement('paymend-offers');
      panel.endpoint = freshEndpoint();
      panel.status = makeStatus('failed', { offers: true });
      if (where === 'div') panel.source = 'page';
      const surface = document.createElement(where);
      surface.append(panel);
      mount(surface);
      await until(() => backend.to('/events').length > 0, 'the offers_shown beacon');
      equal((backend.to('/events')[0]!.body as { source?: string }).source, expected, where);
      restore();
    }
  });

  it('switches to the chosen cheaper plan, with the charge, proration and the overdue invoice said', async () => {
    const backend = offersBackend();
    const offers = await openOffers();
    includes(text(offers.shadowRoot!.querySelectorAll('[part~="offer"]')[1]), 'You’re on Pro ($29.00 per month).');
    radios(offers, 'plan')[1]!.click();
    choose(offers, 1);
    await until(() => confirmStep(offers), 'the confirmation');
    const said = details(offers);
    includes(said, 'You’ll be charged $9.00 today');
    includes(said, 'Any difference for the current period is settled on your next bill.');
    includes(said, 'The unpaid $12.50 is still due');
    equal(text(part(offers, 'confirm-button')), 'Switch to Starter');
    part(offers, 'confirm-button')!.click();
    await until(() => progress(offers).includes('Starter'), 'the done message');
    equal(progress(offers), 'You’re now on Starter.');
    deepEqual(backend.to('/change-plan')[0]!.body, { price: 'price_Starter' });
  });

  it('after a declined charge, explains it and asks the host to open the card form', async () => {
    const failed = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } });
    offersBackend({ changePlan: { status: failed, failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null } } });
    const openForm = listen(document, 'paymend-open-form');
    const taken = listen(document, 'paymend-offer-taken');
    const offers = await openOffers();
    choose(offers, 1);
    await until(() => confirmStep(offers), 'the confirmation');
    part(offers, 'confirm-button')!.click();
    await until(() => part(offers, 'update-button'), 'the update button');
    includes(problem(offers), 'doesn’t have enough funds');
    equal(taken.length, 1, 'the plan change itself is reported');
    part(offers, 'update-button')!.click();
    equal(openForm.length, 1);
    equal(openForm[0]!.detail.status.state, 'failed');
  });

  it('after a charge the bank wants confirmed, offers to confirm it (the form runs 3-D Secure)', async () => {
    const action = makeStatus('action_required');
    offersBackend({ changePlan: { status: action, nextAction: { clientSecret: 'pi_123_secret_abc' } } });
    const offers = await openOffers();
    choose(offers, 1);
    await until(() => confirmStep(offers), 'the confirmation');
    part(offers, 'confirm-button')!.click();
    await until(() => part(offers, 'update-button'), 'the confirm button');
    equal(text(part(offers, 'update-button')), 'Confirm payment');
  });

  it('a refused offer (409) says it is no longer available and shows what is still offered', async () => {
    let gets = 0;
    const backend = offersBackend({
      pause: refused(),
      offers: () => (++gets === 1 ? offersAnswer() : offersAnswer({ pause: null, refused: { pause: 'used_recently' } })),
    });
    const offers = await openOffers();
    choose(offers, 0);
    await until(() => confirmStep(offers), 'the confirmation');
    part(offers, 'confirm-button')!.click();
    await until(() => problem(offers).includes('isn’t available'), 'the refusal');
    equal(backend.to('/offers').length, 2, 'the offers are asked again');
    equal(parts(offers, 'offer').length, 1, 'only the plan change is left');
    equal(heading(offers), 'Other options');
  });

  it('a lost connection says nothing changed, and trying again sends it again', async () => {
    captureWarnings();
    let posts = 0;
    const backend = offersBackend({
      pause: () => {
        posts += 1;
        if (posts === 1) throw new TypeError('Failed to fetch');
        return { status: pausedStatus() };
      },
    });
    const offers = await openOffers();
    choose(offers, 0);
    await until(() => confirmStep(offers), 'the confirmation');
    part(offers, 'confirm-button')!.click();
    await until(() => problem(offers).includes('nothing has changed'), 'the failure');
    ok(confirmStep(offers), 'still on the confirmation');
    equal(part(offers, 'confirm-button')!.getAttribute('aria-disabled'), 'false');
    part(offers, 'confirm-button')!.click();
    await until(() => progress(offers).includes('paused'), 'the done message');
    equal(backend.to('/pause').length, 2);
  });

  it('a double click sends one request, and the button says it is busy', async () => {
    let open!: () => void;
    const backend = offersBackend({ gate: new Promise<void>((resolve) => (open = resolve)) });
    const offers = await openOffers();
    choose(offers, 0);
    await until(() => confirmStep(offers), 'the confirmation');
    const button = part(offers, 'confirm-button')!;
    button.click();
    button.click();
    await until(() => part(offers, 'confirm-button')?.getAttribute('aria-busy') === 'true', 'the busy state');
    equal(part(offers, 'confirm-button')!.getAttribute('aria-disabled'), 'true');
    equal(progress(offers), 'Saving your choice…');
    part(offers, 'confirm-button')!.click();
    open();
    await until(() => progress(offers).includes('paused'), 'the done message');
    await settle();
    equal(backend.to('/pause').length, 1);
  });

  it('offers that cannot load say so, and try again', async () => {
    captureWarnings();
    let gets = 0;
    offersBackend({ offers: () => (++gets === 1 ? json({ error: { code: 'internal_error', message: 'boom' } }, 500) : offersAnswer()) });
    const offers = await openOffers(undefined, (o) => part(o, 'retry-button') !== null);
    includes(problem(offers), 'couldn’t be loaded');
    part(offers, 'retry-button')!.click();
    await until(() => parts(offers, 'choose-button').length === 2, 'the offers');
  });

  it('says so when nothing is offered, and Back closes the panel', async () => {
    offersBackend({ offers: () => offersAnswer({ pause: null, changePlan: null, refused: { pause: 'interval_not_allowed', changePlan: 'no_cheaper_price' } }) });
    const cancelled = listen(document, 'paymend-cancel');
    const offers = await openOffers(undefined, (o) => part(o, 'intro') !== null && part(o, 'back-button') !== null);
    includes(text(part(offers, 'intro')), 'no other option');
    part(offers, 'back-button')!.click();
    equal(cancelled.length, 1);
  });

  it('Back from the confirmation returns to the offers, with the choice kept', async () => {
    offersBackend();
    const offers = await openOffers();
    radios(offers, 'pause')[1]!.click();
    choose(offers, 0);
    await until(() => confirmStep(offers), 'the confirmation');
    part(offers, 'back-button')!.click();
    await until(() => parts(offers, 'choose-button').length === 2, 'the offers again');
    ok(radios(offers, 'pause')[1]!.checked, 'the 3 months stay chosen');
  });

  it('an offer this release cannot read is left out, not a crash', async () => {
    const answer = offersAnswer() as unknown as Record<string, unknown>;
    offersBackend({ offers: () => json({ ...answer, pause: { ...(answer['pause'] as object), method: 'hibernate' } }) });
    const offers = await openOffers();
    equal(parts(offers, 'offer').length, 1);
    void activeStatus;
  });
});
