// "Resume now" in <paymend-wall>: a subscription the customer paused while the merchant keeps access
// shut (`access: 'deny'`) owes nothing, so the wall offers to end the pause where the form would be
// (the banner's own button is inert behind the modal wall). Resumed: the thank-you with its receipt,
// and `paymend-resumed`; declined: the failed payment with the form; no connection: said, try again.
import { sendKeys } from '@web/test-runner-commands';
import type { PaymendWall } from '../../src/components/wall/wall.component.js';
import type { Status } from '../../src/protocol/index.js';
import { careEn } from '../../src/translations/care/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { captureWarnings, listen, makeStatus, restore, settle, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { activeStatus, offersBackend, pausedStatus, type OffersBackendOptions } from './offers-helpers.js';
import { deepActive, innerForm, isOpen, openWall, part, text } from './wall-helpers.js';

/** Paused by the customer, access denied until billing resumes on April 5, 2030. */
const pausedDeny = (resumable = true): Status => ({ ...pausedStatus(undefined, resumable), access: { wall: 'hard', endsAt: '2030-04-05T10:00:00Z' } });

async function pausedWall(backend: OffersBackendOptions, status = pausedDeny()) {
  const { wall } = await openWall(status, (w) => w.setAttribute('ask-rating', ''));
  const served = offersBackend({ ...backend, fallback: window.fetch });
  await until(() => text(part(wall, 'message')).includes(careEn.messages['care.pause.noAccess']), 'the paused explanation');
  return { wall, served };
}
const resumeButton = (wall: PaymendWall) => part(wall, 'resume-button');

describe('<paymend-wall> Resume now', () => {
  afterEach(restore);

  it('stands where the form would, and resumes: welcome back, the receipt, the question, paymend-resumed', async () => {
    const receipt = { paid: [{ amount: 2900, currency: 'usd' }], nextChargeAt: '2030-05-01T00:00:00Z' };
    let release!: () => void;
    const { wall, served } = await pausedWall({ resume: { status: activeStatus(), receipt }, gate: new Promise<void>((r) => (release = r)) });
    equal(text(part(wall, 'title')), 'Your subscription is paused');
    includes(text(part(wall, 'message')), 'April 5, 2030');
    equal(text(resumeButton(wall)), 'Resume now');
    await settle(100);
    equal(innerForm(wall), null, 'no card form: nothing is owed');
    await expectAccessible(wall, 'paused wall with Resume now');
    // Shift+Tab from the top wraps to the last control: "Resume now" (this wall has no other exit).
    part(wall, 'message')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    equal(deepActive(), resumeButton(wall), 'Shift+Tab wraps to Resume now');
    const events = listen(document, 'paymend-resumed');

    resumeButton(wall)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => resumeButton(wall)?.getAttribute('aria-busy') === 'true', 'the busy state');
    equal(text(part(wall, 'status')), careEn.messages['care.resume.working'], 'said in the live region');
    resumeButton(wall)!.click(); // A second press while busy sends nothing more.
    release();
    await until(() => part(wall, 'continue-button'), 'the thank-you');
    equal(text(part(wall, 'title')), 'Thank you, you’re all set');
    includes(text(part(wall, 'status')), 'Welcome back! Your subscription is active again.');
    includes(text(part(wall, 'status')), '$29.00 was paid today.');
    includes(text(part(wall, 'status')), 'Your next payment is on May 1, 2030.');
    ok(part(wall, 'rating'), 'How easy was this?');
    equal(served.to('/resume').length, 1);
    equal(served.to('/setup-intent').length, 0);
    equal(events.length, 1);
    ok(events[0]!.bubbles && events[0]!.composed);
    equal(events[0]!.target, wall);
    deepEqual(events[0]!.detail, { status: activeStatus(), receipt });
    await until(() => deepActive() === part(wall, 'title'), 'focus on the thank-you’s heading');
    await expectAccessible(wall, 'wall welcome back');
    part(wall, 'continue-button')!.click();
    await until(() => !isOpen(wall), 'the wall to close');
  });

  it('a declined renewal: the failed payment with the form, and no event', async () => {
    const failed = makeStatus('failed', { failure: { code: 'card_declined', declineCode: 'insufficient_funds', adviceCode: null }, access: { wall: 'hard', endsAt: '2030-03-01T10:00:00Z' } });
    const { wall } = await pausedWall({ resume: { status: failed, failure: failed.failure! } });
    const events = listen(document, 'paymend-resumed');
    resumeButton(wall)!.click();
    await until(() => innerForm(wall), 'the card form');
    includes(text(part(wall, 'message')), 'enough funds');
    equal(resumeButton(wall), null);
    ok(isOpen(wall));
    await settle(100);
    equal(events.length, 0, 'nothing resumed');
  });

  it('a lost connection says nothing changed, and the button works again', async () => {
    captureWarnings();
    let tries = 0;
    const { wall, served } = await pausedWall({
      resume: () => {
        tries += 1;
        if (tries === 1) throw new TypeError('Failed to fetch');
        return { status: activeStatus() };
      },
    });
    resumeButton(wall)!.click();
    await until(() => text(part(wall, 'status')) === careEn.messages['care.failed'], 'the failure note');
    equal(resumeButton(wall)!.getAttribute('aria-disabled'), null);
    resumeButton(wall)!.click();
    await until(() => part(wall, 'continue-button'), 'the thank-you');
    equal(served.to('/resume').length, 2);
  });

  it('a pause the customer may not end (not resumable): no button, and no form either', async () => {
    const { wall } = await pausedWall({}, pausedDeny(false));
    await settle(200);
    equal(resumeButton(wall), null);
    equal(innerForm(wall), null);
  });
});
