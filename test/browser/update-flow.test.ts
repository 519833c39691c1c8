// The update flow on its own, without the form's rendering: a plain object stands in for the host
// (it records every re-render and event), Stripe.js is the stub the form tests use and the backend
// is faked the same way. What the flow decides is data (phase, busy step, problem, verification),
// so these tests check decisions, not words.
import { UpdateFlow } from '../../src/components/form/update-flow.js';
import { verificationOf, type BusyStep, type Problem, type UpdateFlowHost } from '../../src/components/form/flow-types.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { captureWarnings, freshEndpoint, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fakeBackend, installStripe, okStatus } from './stripe-stub.js';

interface Emitted {
  name: string;
  detail: unknown;
}

/** A host with no rendering: records the flow's problem and busy step at every requested update. */
function flowHost(overrides: Partial<UpdateFlowHost> = {}) {
  const events: Emitted[] = [];
  const problems: Array<Problem | null> = [];
  const steps: Array<BusyStep | null> = [];
  let flow: UpdateFlow | undefined;
  const host: UpdateFlowHost = {
    localName: 'test-flow-host',
    isConnected: true,
    endpoint: freshEndpoint(),
    returnUrl: '',
    publishableKey: '',
    status: undefined,
    mountNode: mount(document.createElement('div')),
    elementsOptions: () => ({ appearance: { theme: 'stripe' }, locale: 'fr' }),
    emit: (name, detail) => events.push({ name, detail }),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      if (!flow) return;
      if (problems.at(-1) !== flow.problem) problems.push(flow.problem);
      if (steps.at(-1) !== flow.busy) steps.push(flow.busy);
    },
    updateComplete: Promise.resolve(true),
    ...overrides,
  };
  flow = new UpdateFlow(host);
  return { flow, host, events, problems, steps };
}

/** A flow started (by default for a customer whose renewal of USD 12.50 failed), with its fields mounted. */
async function readyFlow(overrides: Partial<UpdateFlowHost> = {}, before: Status = makeStatus('failed')) {
  const opened = flowHost(overrides);
  opened.flow.useStatus(before);
  await opened.flow.start();
  equal(opened.flow.phase, 'ready', 'fields mounted');
  return opened;
}

const decline = (declineCode: string) => ({ code: 'card_declined', declineCode, adviceCode: null });

describe('UpdateFlow, driven without its element', () => {
  afterEach(restore);

  it('success: one SetupIntent, the host’s mount node and Elements options, confirm, /complete, done', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const { flow, host, events } = await readyFlow();
    equal(stripe.mounted()!.node.parentElement, host.mountNode, 'mounted where the host said');
    equal(stripe.elementsOptions[0]!.locale, 'fr', 'the host’s Elements locale');
    equal(stripe.elementsOptions[0]!.appearance.theme, 'stripe', 'the host’s appearance');
    equal(backend.to('/status').length, 0, 'the handed-in status is used, not fetched');

    await flow.save();
    equal(flow.phase, 'done');
    equal(flow.status?.state, 'ok');
    equal(flow.recovered, true, 'the overdue invoice was paid');
    equal(host.status, flow.status, 'the host holds the new status');
    deepEqual(events, [{ name: 'paymend-updated', detail: { status: flow.status, recovered: true } }]);
    ok(stripe.paymentElements[0]!.destroyed, 'the Payment Element is gone once done');
    equal(backend.to('/complete')[0]!.body.setupIntentId, stripe.confirmCalls[0]!.clientSecret.split('_secret_')[0]);
  });

  it('a decline is data (codes, no words); the same SetupIntent is tried again', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const { flow, events } = await readyFlow();
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' });
    await flow.save();
    await until(() => flow.problem, 'the problem');
    deepEqual(flow.problem, { kind: 'declined', codes: decline('insufficient_funds') });
    equal(flow.phase, 'ready', 'still usable');
    equal(flow.busy, null, 'not busy');
    equal(backend.to('/complete').length, 0, 'nothing completed');

    await flow.save();
    equal(flow.phase, 'done', 'another card went through');
    equal(backend.to('/setup-intent').length, 1, 'one SetupIntent for both attempts');
    equal(events.length, 1);
  });

  it('the same decline twice is announced twice: the problem is removed for one render, then set again', async () => {
    const stripe = installStripe();
    fakeBackend({});
    const { flow, problems } = await readyFlow();
    stripe.confirmOutcomes.push({ kind: 'decline', declineCode: 'insufficient_funds' }, { kind: 'decline', declineCode: 'insufficient_funds' });
    await flow.save();
    await until(() => flow.problem, 'the first problem');
    const first = flow.problem;
    const seen = problems.length;
    await flow.save();
    await until(() => flow.problem && flow.problem !== first, 'the second problem');
    deepEqual(problems.slice(seen), [null, flow.problem], 'cleared, then shown again');
    deepEqual(flow.problem, first, 'the same decline');
  });

  it('a card declined again on the invoice (sameCard) says so, forgets the update, and mounts fresh fields', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({
      complete: (_body, count) =>
        count === 0 ? { status: makeStatus('failed'), failure: { ...decline('insufficient_funds'), sameCard: true } } : { status: okStatus() },
    });
    const { flow, host } = await readyFlow();
    await flow.save();
    await until(() => flow.problem && stripe.paymentElements.length === 2, 'the problem and fresh fields');
    deepEqual(flow.problem, { kind: 'sameCard', codes: { ...decline('insufficient_funds'), sameCard: true } });
    ok(stripe.paymentElements[0]!.destroyed, 'the declined card’s fields are gone');
    equal(backend.to('/setup-intent').length, 2, 'a new SetupIntent for the next card');

    // Nothing is left to finish: "retry" saves the fresh fields instead.
    flow.retry();
    await until(() => flow.phase === 'done', 'the next card saved');
    equal(stripe.confirmCalls.length, 2, 'the fresh fields were confirmed');
    equal(host.status?.state, 'ok');
  });

  it('3-D Secure passes: saving, confirming with the bank, saving again, done and recovered', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({
      complete: (_body, count) => (count === 0 ? { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Flow3ds_secret_1' } } : { status: okStatus() }),
    });
    // Nothing was overdue before: "recovered" comes from the payment the bank confirmed.
    const { flow, steps } = await readyFlow({}, makeStatus('expiring'));
    await flow.save();
    equal(flow.phase, 'done');
    deepEqual(stripe.nextActionCalls, ['pi_Flow3ds_secret_1']);
    equal(flow.recovered, true, 'the bank confirmed a payment');
    const [first, second] = backend.to('/complete');
    equal(second!.body.setupIntentId, first!.body.setupIntentId, 'completed again with the same SetupIntent');
    deepEqual(steps, [null, 'saving', 'confirming', 'saving', null], 'each step announced in turn');
  });

  it('3-D Secure fails: a retry that confirms with the bank again, fresh fields meanwhile, one confirmSetup', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({
      complete: (_body, count) => (count < 2 ? { status: makeStatus('action_required'), nextAction: { clientSecret: 'pi_Flow3ds_secret_2' } } : { status: okStatus() }),
    });
    stripe.nextActionOutcomes.push({ kind: 'fail' });
    const { flow, events } = await readyFlow();
    await flow.save();
    await until(() => flow.problem && stripe.paymentElements.length === 2 && flow.phase === 'ready', 'the problem and fresh fields');
    deepEqual(flow.problem, {
      kind: 'declined',
      codes: { code: 'payment_intent_authentication_failure', declineCode: null, adviceCode: null },
      retry: true,
    });
    equal(events.length, 0, 'not updated');

    flow.retry();
    await until(() => flow.phase === 'done', 'done after confirming again');
    equal(stripe.nextActionCalls.length, 2, 'asked the bank twice');
    equal(stripe.confirmCalls.length, 1, 'the card was confirmed with Stripe once');
    equal(new Set(backend.to('/complete').map((call) => call.body.setupIntentId)).size, 1, 'every /complete finished that card');
  });

  describe('a payment awaiting the bank (action_required): the card on file', () => {
    it('confirms it without fields, refreshes, and is done', async () => {
      const stripe = installStripe();
      const backend = fakeBackend({ paymentAction: { clientSecret: 'pi_FlowOnFile_secret_1' }, refresh: okStatus });
      const { flow, events } = flowHost();
      flow.useStatus(makeStatus('action_required'));
      await flow.start();
      equal(flow.phase, 'done');
      deepEqual(stripe.nextActionCalls, ['pi_FlowOnFile_secret_1']);
      equal(backend.to('/setup-intent').length, 0, 'no fields asked for');
      equal(flow.recovered, true);
      equal(events.length, 1);
    });

    it('a failed confirmation points at fields for another method', async () => {
      const stripe = installStripe();
      stripe.nextActionOutcomes.push({ kind: 'fail' });
      fakeBackend({ paymentAction: { clientSecret: 'pi_FlowOnFile_secret_2' }, refresh: okStatus });
      const { flow } = flowHost();
      flow.useStatus(makeStatus('action_required'));
      await flow.start();
      await until(() => flow.problem, 'the problem');
      equal(flow.phase, 'ready', 'fields for another method');
      deepEqual(flow.problem, {
        kind: 'declined',
        codes: { code: 'payment_intent_authentication_failure', declineCode: null, adviceCode: null },
        anotherMethod: true,
      });
    });

    it('a bank debit on file now paying the invoice (processing) is done, not recovered', async () => {
      installStripe();
      fakeBackend({ paymentAction: { clientSecret: 'pi_FlowOnFile_secret_3' }, refresh: () => ({ ...okStatus(), state: 'processing' }) });
      const { flow, events } = flowHost();
      flow.useStatus(makeStatus('action_required'));
      await flow.start();
      equal(flow.phase, 'done');
      equal(flow.recovered, false);
      deepEqual(events.map((event) => event.name), ['paymend-updated']);
    });
  });

  it('a redirect return Stripe vouches for is finished by itself, and the URL is cleaned', async () => {
    const original = location.href;
    const url = new URL(location.href);
    url.searchParams.set('paymend_return', '1');
    url.searchParams.set('setup_intent', 'seti_FlowRedirect1');
    url.searchParams.set('setup_intent_client_secret', 'seti_FlowRedirect1_secret_r');
    history.replaceState(null, '', url.href);
    try {
      const stripe = installStripe();
      stripe.knowSetupIntent('seti_FlowRedirect1_secret_r', 'succeeded');
      const backend = fakeBackend({});
      const { flow, steps } = flowHost();
      await flow.start();
      equal(flow.phase, 'done');
      deepEqual(backend.to('/complete').map((call) => call.body), [{ setupIntentId: 'seti_FlowRedirect1', clientSecret: 'seti_FlowRedirect1_secret_r' }]);
      equal(stripe.confirmCalls.length, 0, 'nothing confirmed again');
      equal(new URL(location.href).searchParams.has('setup_intent_client_secret'), false, 'the secret left the address bar');
      ok(steps.includes('finishing'), 'says it is finishing');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('interrupted: the confirmed card is kept (read-only), one warning, and retry finishes it — even from another flow', async () => {
    const warnings = captureWarnings();
    const stripe = installStripe();
    let fail = true;
    const backend = fakeBackend({
      complete: () => {
        if (fail) throw new TypeError('Failed to fetch');
        return { status: okStatus() };
      },
    });
    const first = await readyFlow();
    await first.flow.save();
    await until(() => first.flow.problem, 'the problem');
    deepEqual(first.flow.problem, { kind: 'notice', notice: 'interrupted', retry: true });
    ok(stripe.mounted()!.readOnly, 'the confirmed card can no longer be edited');
    equal(warnings.length, 1, 'one warning');
    includes(String(warnings[0]![0]), 'could not finish the payment method update');

    // The host leaves the page; a new flow on the same endpoint offers to finish the same card.
    first.flow.hostDisconnected();
    const second = flowHost({ endpoint: first.host.endpoint });
    second.flow.useStatus(makeStatus('failed'));
    await second.flow.start();
    await until(() => second.flow.problem, 'the offer to finish');
    deepEqual(second.flow.problem, { kind: 'notice', notice: 'interrupted', retry: true });
    fail = false;
    second.flow.retry();
    await until(() => second.flow.phase === 'done', 'finished');
    const ids = backend.to('/complete').map((call) => call.body.setupIntentId);
    equal(new Set(ids).size, 1, 'the card confirmed before was finished');
    equal(stripe.confirmCalls.length, 1, 'never confirmed twice');
  });

  it('micro-deposits: verifying, the fields gone, no /complete, nothing remembered, the event with the URL', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const hostedVerificationUrl = 'https://payments.stripe.com/microdeposit/sacs_test_flow1';
    stripe.confirmOutcomes.push({ kind: 'microdeposits', arrivalDate: 1_900_000_000, hostedVerificationUrl });
    const { flow, host, events } = await readyFlow();
    await flow.save();
    equal(flow.phase, 'verifying');
    deepEqual(flow.verification, { arrivesAt: 1_900_000_000_000, hostedVerificationUrl });
    equal(flow.problem, null, 'no decline');
    equal(flow.busy, null);
    ok(stripe.paymentElements[0]!.destroyed, 'the Payment Element is torn down');
    equal(backend.to('/complete').length, 0, 'no /complete: the payment method on file is unchanged');
    equal(host.status, undefined, 'no new status');
    deepEqual(events, [{ name: 'paymend-verification-pending', detail: { hostedVerificationUrl } }]);

    // Nothing unfinished: another flow on this endpoint starts afresh.
    const again = flowHost({ endpoint: host.endpoint });
    again.flow.useStatus(makeStatus('failed'));
    await again.flow.start();
    await settle();
    equal(again.flow.problem, null, 'no offer to finish anything');
    equal(again.flow.phase, 'ready');
  });

  it('reads micro-deposit details defensively: only an http(s) link, a date only when Stripe gives one', () => {
    const intent = (details: Record<string, unknown>) =>
      ({ status: 'requires_action', next_action: { type: 'verify_with_microdeposits', verify_with_microdeposits: details } }) as never;
    equal(verificationOf(intent({ hosted_verification_url: 'https://payments.stripe.com/m/1' }))?.hostedVerificationUrl, 'https://payments.stripe.com/m/1');
    equal(verificationOf(intent({ hosted_verification_url: 'HTTP://example.test/m' }))?.hostedVerificationUrl, 'HTTP://example.test/m');
    for (const bad of ['javascript:alert(1)', ' https://payments.stripe.com/m/1', 'data:text/html,x', '//evil.example/m', 'https://', 42, null]) {
      equal(verificationOf(intent({ hosted_verification_url: bad }))?.hostedVerificationUrl, null, `refuses ${JSON.stringify(bad)}`);
    }
    equal(verificationOf(intent({}))?.arrivesAt, null, 'no date');
    equal(verificationOf(intent({ arrival_date: 'soon' }))?.arrivesAt, null, 'not a date');
    equal(verificationOf({ status: 'requires_action', next_action: { type: 'redirect_to_url' } } as never), null, 'another next action');
    equal(verificationOf({ status: 'requires_payment_method', next_action: null } as never), null, 'no next action');
  });

  it('processing: /complete says a bank debit now pays the invoice; done, not recovered, paymend-updated', async () => {
    installStripe();
    const processing: Status = { ...okStatus(), state: 'processing' };
    fakeBackend({ complete: () => ({ status: processing }) });
    const { flow, host, events } = await readyFlow();
    await flow.save();
    equal(flow.phase, 'done');
    equal(flow.status?.state, 'processing');
    equal(flow.recovered, false, 'the money has not arrived');
    equal(host.status?.state, 'processing');
    deepEqual(events, [{ name: 'paymend-updated', detail: { status: flow.status, recovered: false } }]);
  });

  it('one call, one attempt: saving while a save runs does nothing', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const { flow, events } = await readyFlow();
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    const saving = flow.save();
    equal(flow.busy, 'saving', 'busy at once');
    await flow.save();
    flow.retry();
    release();
    await saving;
    await settle();
    equal(stripe.confirmCalls.length, 1, 'one confirmation');
    equal(backend.to('/complete').length, 1, 'one /complete');
    equal(events.length, 1, 'one event');
  });

  it('leaving the page drops every later answer, and a flow away from the page does not start', async () => {
    const stripe = installStripe();
    const backend = fakeBackend({});
    const { flow, host, events } = await readyFlow();
    let release!: () => void;
    stripe.confirmGate = new Promise((resolve) => (release = resolve));
    const saving = flow.save();
    await until(() => stripe.confirmCalls.length === 1, 'the confirmation to start');
    Object.assign(host, { isConnected: false });
    flow.hostDisconnected();
    ok(stripe.paymentElements[0]!.destroyed, 'the Payment Element is destroyed');
    equal(flow.phase, 'idle', 'back to the start');
    release();
    await saving;
    await settle();
    equal(backend.to('/complete').length, 0, 'no /complete after leaving');
    deepEqual(events, [], 'nothing announced');
    deepEqual([flow.phase, flow.busy, flow.problem], ['idle', null, null], 'nothing changed after leaving');

    await flow.start();
    equal(flow.phase, 'idle', 'not started while away');
  });

  it('leaving the page aborts the request in flight', async () => {
    installStripe();
    fakeBackend({});
    // Holds /complete until released, keeping what the flow sent.
    const answer = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let sent: RequestInit | undefined;
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/complete')) {
        sent = init;
        await held;
      }
      return answer(input, init);
    };
    const { flow, host, events } = await readyFlow();
    const saving = flow.save();
    await until(() => sent, '/complete to be sent');
    equal(sent!.signal?.aborted, false);
    Object.assign(host, { isConnected: false });
    flow.hostDisconnected();
    equal(sent!.signal?.aborted, true, 'aborted');
    release();
    await saving;
    await settle();
    deepEqual(events, [], 'its answer is dropped');
    equal(flow.problem, null, 'and explains nothing');
  });

  it('warns once when the page’s publishable key differs from the backend’s', async () => {
    const warnings = captureWarnings();
    installStripe();
    fakeBackend({ publishableKey: 'pk_backend' });
    await readyFlow({ publishableKey: 'pk_page' });
    equal(warnings.length, 1);
    includes(String(warnings[0]![0]), 'publishable-key differs from the backend’s');
  });
});
