// The closing of the loop in <paymend-wall>: after a card update in it, and after an offer taken in
// its panel, the thank-you says what was paid and when the next charge is, and with `ask-rating` asks
// "How easy was this?" (the same code as the banner's and the form's); the wall's text follows what
// happened (paused until…, welcome back) rather than the failed payment; axe, keyboard, RTL.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import type { Receipt, Status } from '../../src/protocol/index.js';
import { careEn } from '../../src/translations/care/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { listen, makeStatus, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { offersBackend, parts, pausedStatus, progress } from './offers-helpers.js';
import { fakeBackend, okStatus, type FakeBackend } from './stripe-stub.js';
import { deepActive, HOUR, isOpen, openWall, part, payInWall, text, walled } from './wall-helpers.js';

const RECEIPT: Receipt = { paid: [{ amount: 1250, currency: 'usd' }], nextChargeAt: '2030-04-01T00:00:00Z' };
const RECEIPT_TEXT = ['$12.50 was paid today.', 'Your next payment is on April 1, 2030.'];
const receiptOf = (wall: PaymendWall) => [...wall.shadowRoot!.querySelectorAll('[part~="receipt"]')].map(text);
const rated = (backend: FakeBackend) => backend.to('/events').filter((call) => call.body.name === 'rated').map((call) => call.body);
const panel = (wall: PaymendWall) => wall.querySelector('paymend-offers');

/** A hard wall whose form's `/complete` answers `receipt` (or none, as an older server). */
async function wallPaying(receipt: Receipt | undefined, setup: (wall: PaymendWall) => void = () => undefined) {
  const opened = await openWall(walled('hard', Date.now() - HOUR), setup);
  const backend = fakeBackend({ complete: () => (receipt ? { status: okStatus(), receipt } : { status: okStatus() }) } as Parameters<typeof fakeBackend>[0]);
  await payInWall(opened.wall);
  return { ...opened, backend };
}

/** A wall with offers whose pause answers `status`; the pause is taken and its outcome shown. */
async function takePause(status: Status, setup: (wall: PaymendWall) => void = () => undefined) {
  const { wall } = await openWall({ ...walled('hard', Date.now() - HOUR), offers: true }, setup);
  const served = offersBackend({ pause: { status, receipt: { paid: [], nextChargeAt: status.pause?.resumesAt ?? null } }, fallback: window.fetch });
  await until(() => part(wall, 'offers-button'), 'the offers button');
  part(wall, 'offers-button')!.click();
  await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
  parts(panel(wall)!, 'choose-button')[0]!.click();
  await until(() => parts(panel(wall)!, 'confirm-button').length === 1, 'the confirmation');
  parts(panel(wall)!, 'confirm-button')[0]!.click();
  await until(() => part(wall, 'continue-button'), 'Continue');
  return { wall, served };
}

describe('<paymend-wall> thank-you: receipt and rating', () => {
  afterEach(restore);

  it('after a card update in the wall: what was paid and the next payment, in the live region', async () => {
    const { wall } = await wallPaying(RECEIPT);
    deepEqual(receiptOf(wall), RECEIPT_TEXT);
    const live = part(wall, 'status')!;
    equal(live.getAttribute('role'), 'status');
    ok(live.querySelector('[part~="receipt"]'), 'the receipt is announced with the thanks');
    equal(part(wall, 'rating'), null, 'no question without ask-rating');
    await expectAccessible(wall, 'wall thank-you with receipt');
  });

  it('an older server (no receipt): the thank-you as before', async () => {
    const { wall } = await wallPaying(undefined);
    deepEqual(receiptOf(wall), []);
    ok(text(part(wall, 'status')).includes('$12.50 went through'));
  });

  it('with ask-rating, by keyboard: Tab from the heading reaches the question, Enter sends once, focus stays on the group', async () => {
    const { wall, backend } = await wallPaying(RECEIPT, (w) => w.setAttribute('ask-rating', ''));
    await until(() => deepActive() === part(wall, 'title'), 'focus on the thank-you’s heading');
    const group = part(wall, 'rating')!;
    equal(text(group.querySelector('legend')), careEn.messages['care.rating.question']);
    await expectAccessible(wall, 'wall rating question');
    const events = listen(document.body, 'paymend-rated');

    await sendKeys({ press: 'Tab' });
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    equal(deepActive(), radios[0], 'Tab goes from the heading to the first answer');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    equal(radios[1]!.checked, true);
    await settle();
    equal(rated(backend).length, 0, 'choosing alone sends nothing');
    await sendKeys({ press: 'Enter' });
    await until(() => rated(backend).length === 1, 'the rated beacon');
    // Counted under the problem that was fixed: the failed invoice, from the wall.
    deepEqual(rated(backend)[0], { name: 'rated', state: 'failed', rating: 2, source: 'wall', invoiceId: 'in_1PaymendTest' });
    equal(events.length, 1);
    deepEqual(events[0]!.detail, { rating: 2 });
    await until(() => text(group.querySelector('[role="status"]')) === careEn.messages['care.rating.thanks'], 'the thanks');
    equal(wall.shadowRoot!.activeElement, group, 'focus stays on the group, named by the question');
    await expectAccessible(wall, 'wall rating thanks');
    ok(isOpen(wall), 'the wall waits for Continue');
    await settle();
    equal(rated(backend).length, 1, 'once per thank-you');
  });

  it('in Arabic, right to left, with a click on Send', async () => {
    const { wall, backend } = await wallPaying(RECEIPT, (w) => {
      w.lang = 'ar';
      w.setAttribute('ask-rating', '');
    });
    await until(() => part(wall, 'rating')?.getAttribute('lang') === 'ar', 'the Arabic question');
    equal(wall.shadowRoot!.querySelector('dialog')!.getAttribute('dir'), 'rtl');
    equal(getComputedStyle(part(wall, 'rating')!).direction, 'rtl');
    part(wall, 'rating')!.querySelector<HTMLInputElement>('input[value="5"]')!.click();
    part(wall, 'rating-button')!.click();
    await until(() => rated(backend).length === 1, 'the rated beacon');
    equal(rated(backend)[0]!.rating, 5);
    await expectAccessible(wall, 'Arabic wall rating');
  });
});

describe('<paymend-wall> after an offer taken', () => {
  afterEach(restore);

  it('a pause that lets the customer in: the text says paused until the day, not the failure, and asks the question', async () => {
    const paused = { ...pausedStatus(), access: { wall: 'none' as const, endsAt: null } };
    const { wall, served } = await takePause(paused, (w) => w.setAttribute('ask-rating', ''));
    ok(progress(panel(wall)!).includes('paused'), 'the panel says it too');
    equal(text(part(wall, 'title')), 'Your subscription is paused');
    includes(text(part(wall, 'message')), 'April 5, 2030');
    ok(!/declined|still due|access is paused/.test(text(part(wall, 'message'))), `no failure left: ${text(part(wall, 'message'))}`);
    const group = part(wall, 'rating');
    ok(group, 'How easy was this? under the outcome');
    await expectAccessible(wall, 'wall after a pause, with the question');
    group!.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    part(wall, 'rating-button')!.click();
    await until(() => served.to('/events').some((call) => (call.body as { name?: string }).name === 'rated'), 'the rated beacon');
    const beacon = served.to('/events').find((call) => (call.body as { name?: string }).name === 'rated')!.body;
    deepEqual(beacon, { name: 'rated', state: 'failed', rating: 4, source: 'wall', invoiceId: 'in_1PaymendTest' });
    part(wall, 'continue-button')!.click();
    await until(() => !isOpen(wall), 'the wall to close');
  });

  it('a pause that keeps access shut (deny): paused until the day and no access meanwhile, before and after Continue', async () => {
    const paused = { ...pausedStatus(), access: { wall: 'hard' as const, endsAt: '2030-04-05T10:00:00Z' } };
    const { wall } = await takePause(paused);
    equal(text(part(wall, 'title')), 'Your subscription is paused');
    const message = () => text(part(wall, 'message'));
    includes(message(), 'April 5, 2030');
    includes(message(), careEn.messages['care.pause.noAccess']);
    ok(!message().includes('until the payment is fixed'), 'nothing is left to fix');
    part(wall, 'continue-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => panel(wall) === null && part(wall, 'continue-button') === null, 'the panel closed');
    ok(isOpen(wall), 'the wall stays: access is denied until billing resumes');
    equal(text(part(wall, 'title')), 'Your subscription is paused');
    includes(message(), careEn.messages['care.pause.noAccess']);
    ok(!message().includes('until the payment is fixed'), `the paused explanation: ${message()}`);
    await expectAccessible(wall, 'paused wall (deny)');
  });

  it('a plan change that paid: welcome back, and the receipt the panel passes on', async () => {
    const { wall } = await openWall({ ...walled('soft', Date.now() + HOUR), offers: true });
    offersBackend({ changePlan: { status: makeStatus('ok') }, fallback: window.fetch });
    await until(() => part(wall, 'offers-button'), 'the offers button');
    part(wall, 'offers-button')!.click();
    await until(() => panel(wall) && parts(panel(wall)!, 'choose-button').length === 2, 'the offers');
    // What the panel emits, with the receipt of `/change-plan`'s answer (the event's optional field).
    panel(wall)!.dispatchEvent(
      new CustomEvent('paymend-offer-taken', { bubbles: true, composed: true, detail: { kind: 'change_plan', status: makeStatus('ok'), receipt: RECEIPT } }),
    );
    await until(() => part(wall, 'continue-button'), 'Continue');
    equal(text(part(wall, 'title')), 'Thank you, you’re all set');
    equal(text(part(wall, 'message')), careEn.messages['care.resume.done']);
    deepEqual(receiptOf(wall), RECEIPT_TEXT);
    ok(part(wall, 'status')!.querySelector('[part~="receipt"]'), 'announced in the wall’s live region');
    await expectAccessible(wall, 'wall after a plan change');
  });
});
