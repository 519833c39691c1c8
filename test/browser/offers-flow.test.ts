// The offers flow on its own, without the element's rendering: a plain object stands in for the
// host. What the flow decides is data (phase, busy, problem, outcome), so these check decisions.
import { OffersFlow, type OffersFlowHost, type OffersPhase } from '../../src/components/offers/offers-flow.js';
import { deepEqual, equal, ok } from './assert.js';
import { freshEndpoint, makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { offersAnswer, offersBackend, pausedStatus, refused } from './offers-helpers.js';
import { installStripe } from './stripe-stub.js';
import type { OfferResult } from '../../src/protocol/index.js';

function flowHost(beaconSource?: 'banner' | 'wall' | 'page') {
  const phases: OffersPhase[] = [];
  const events: Array<{ name: string; detail: unknown }> = [];
  let flow: OffersFlow | undefined;
  const host: OffersFlowHost = {
    localName: 'test-offers-host',
    isConnected: true,
    endpoint: freshEndpoint(),
    status: makeStatus('failed', { offers: true }),
    beaconSource,
    updateComplete: Promise.resolve(true),
    emit: (name, detail) => events.push({ name, detail }),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      if (flow && phases.at(-1) !== flow.phase) phases.push(flow.phase);
    },
  };
  flow = new OffersFlow(host);
  return { flow, phases, events };
}

describe('OffersFlow', () => {
  afterEach(() => restore());

  it('goes loading → list → confirm → done, and reports the offer once', async () => {
    offersBackend({ pause: { status: pausedStatus() } });
    const { flow, phases, events } = flowHost();
    await flow.start();
    equal(flow.phase, 'list');
    flow.choose({ kind: 'pause', months: 3 });
    equal(flow.phase, 'confirm');
    const first = flow.take();
    const second = flow.take(); // Ignored while the first is on its way.
    await Promise.all([first, second]);
    deepEqual(phases.filter((p) => p !== 'idle'), ['loading', 'list', 'confirm', 'done']);
    equal(events.length, 1);
    equal(flow.outcome?.kind, 'pause');
  });

  it('refused: back to what is still offered, with the refusal as the problem', async () => {
    let gets = 0;
    offersBackend({ pause: refused(), offers: () => (++gets === 1 ? offersAnswer() : offersAnswer({ pause: null, changePlan: null })) });
    const { flow, events } = flowHost();
    await flow.start();
    flow.choose({ kind: 'pause', months: 1 });
    await flow.take();
    await until(() => flow.problem?.kind === 'refused', 'the refusal');
    equal(flow.phase, 'none');
    equal(events.length, 0, 'nothing was taken');
  });

  it('choose and take do nothing out of their step', async () => {
    const backend = offersBackend();
    const { flow } = flowHost();
    await flow.take();
    flow.choose({ kind: 'pause', months: 1 });
    equal(flow.phase, 'idle');
    await flow.start();
    ok(!flow.back(), 'Back at the list is the host’s to handle');
    equal(backend.to('/pause').length, 0);
  });

  it('sends offers_shown with the surface that opened the panel, and none when it is not known', async () => {
    const backend = offersBackend();
    await flowHost('wall').flow.start();
    await until(() => backend.to('/events').length === 1, 'the offers_shown beacon');
    deepEqual(backend.to('/events')[0]!.body, { name: 'offers_shown', state: 'failed', source: 'wall', invoiceId: makeStatus('failed').invoice!.id });
    await flowHost().flow.start();
    await until(() => backend.to('/events').length === 2, 'the second beacon');
    equal((backend.to('/events')[1]!.body as { source?: string }).source, undefined);
  });

  describe('3-D Secure after a plan change', () => {
    const choice = { kind: 'change_plan', price: 'price_Team' } as const;
    const asksBank: OfferResult = {
      status: makeStatus('action_required', { offers: true }),
      nextAction: { clientSecret: 'pi_Plan3ds_secret_abc', publishableKey: 'pk_test_offers' },
    };
    const switched: OfferResult = { status: makeStatus('ok'), receipt: { paid: [{ amount: 1900, currency: 'usd' }], nextChargeAt: '2030-05-05T10:00:00Z' } };

    it('confirms in place with handleNextAction, then sends the same choice again and shows its receipt', async () => {
      const stripe = installStripe();
      let posts = 0;
      const backend = offersBackend({ changePlan: () => (++posts === 1 ? asksBank : switched) });
      const { flow, events } = flowHost('banner');
      await flow.start();
      flow.choose(choice);
      await flow.take();
      deepEqual(stripe.nextActionCalls, ['pi_Plan3ds_secret_abc']);
      equal(stripe.constructed.at(-1)?.publishableKey, 'pk_test_offers');
      deepEqual(backend.to('/change-plan').map((c) => c.body), [{ price: 'price_Team' }, { price: 'price_Team' }], 'the same POST again');
      equal(flow.phase, 'done');
      equal(flow.problem, null);
      deepEqual(flow.outcome?.receipt?.paid, [{ amount: 1900, currency: 'usd' }], 'the real receipt');
      equal(events.length, 1);
    });

    it('a failed or abandoned confirmation ends as the bank said: declined, the card to update', async () => {
      const stripe = installStripe();
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      let posts = 0;
      const failed: OfferResult = { status: makeStatus('failed', { offers: true }), failure: { code: 'payment_intent_authentication_failure', declineCode: null, adviceCode: null } };
      offersBackend({ changePlan: () => (++posts === 1 ? asksBank : failed) });
      const { flow } = flowHost();
      await flow.start();
      flow.choose(choice);
      await flow.take();
      await until(() => flow.problem !== null, 'the problem');
      equal(flow.phase, 'payment');
      deepEqual(flow.problem, { kind: 'declined', codes: failed.failure! });
    });

    it('from an older server (no publishable key): the customer is sent to update the card, as before', async () => {
      const stripe = installStripe();
      offersBackend({ changePlan: { ...asksBank, nextAction: { clientSecret: 'pi_Plan3ds_secret_abc' } } });
      const { flow } = flowHost();
      await flow.start();
      flow.choose(choice);
      await flow.take();
      await until(() => flow.problem !== null, 'the problem');
      deepEqual(flow.problem, { kind: 'confirm_payment' });
      deepEqual(stripe.nextActionCalls, []);
    });
  });
});
