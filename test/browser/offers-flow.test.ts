// The offers flow on its own, without the element's rendering: a plain object stands in for the
// host. What the flow decides is data (phase, busy, problem, outcome), so these check decisions.
import { OffersFlow, type OffersFlowHost, type OffersPhase } from '../../src/components/offers/offers-flow.js';
import { deepEqual, equal, ok } from './assert.js';
import { freshEndpoint, makeStatus, restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { offersAnswer, offersBackend, pausedStatus, refused } from './offers-helpers.js';

function flowHost() {
  const phases: OffersPhase[] = [];
  const events: Array<{ name: string; detail: unknown }> = [];
  let flow: OffersFlow | undefined;
  const host: OffersFlowHost = {
    localName: 'test-offers-host',
    isConnected: true,
    endpoint: freshEndpoint(),
    status: makeStatus('failed', { offers: true }),
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
});
