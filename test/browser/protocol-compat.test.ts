// The compatibility rule in Chromium: a banner from this release shows statuses from an older server
// (no `invoice.billedAt`) and a newer one (fields and states it does not know), never crashes, and
// names the field at fault when a status cannot be used.
import type { PaymendBanner } from '../../src/index.js';
import { PaymendRequestError, postJson } from '../../src/internal/api-client.js';
import { STATES, type Status } from '../../src/protocol/index.js';
import { stateAmong } from '../../src/protocol/compat.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { assertRendersNothing, banner, part, serve, settled, text, title } from './banner-helpers.js';
import { capturePageErrors, captureWarnings, freshEndpoint, json, makeStatus, mount, restore, settle, stubFetch, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';

/** Generous: rendering waits for the view chunk and the translation on a busy machine. */
const WAIT = 15_000;

/** A failed renewal exactly as the README documented `Status` before `billedAt` was added. */
function documentedBeforeBilledAt(): Record<string, unknown> {
  const status = makeStatus('failed');
  const { billedAt: _billedAt, ...invoice } = status.invoice!;
  return { ...status, invoice };
}

async function bannerFor(status: unknown, attributes: Record<string, string> = {}): Promise<{ element: PaymendBanner; warnings: unknown[][]; pageErrors: unknown[] }> {
  const warnings = captureWarnings();
  const pageErrors = capturePageErrors();
  serve(status as Status);
  const element = mount(banner({ endpoint: freshEndpoint(), lang: 'en', ...attributes }));
  return { element, warnings, pageErrors };
}

async function untilMessage(element: PaymendBanner): Promise<void> {
  await until(() => part(element, 'message'), 'the banner to render', WAIT);
  await settled(element);
}

const warned = (warnings: unknown[][]) => warnings.map((args) => String(args[0]));

describe('protocol compatibility between releases', () => {
  afterEach(restore);

  it('shows a status shaped as the README documented it, without invoice.billedAt', async () => {
    const { element, warnings, pageErrors } = await bannerFor(documentedBeforeBilledAt());
    await untilMessage(element);
    equal(title(element), 'Your last payment didn’t go through', 'the failed renewal is explained');
    ok(part(element, 'button'), 'with its button');
    deepEqual(warned(warnings), [], 'no warning');
    deepEqual(pageErrors, [], 'no error');
  });

  it('ignores fields it does not know, at the top and inside', async () => {
    const status = makeStatus('expired');
    const newer = { ...status, loyalty: { tier: 'gold' }, paymentMethod: { ...status.paymentMethod!, network: 'visa' } };
    const { element, warnings } = await bannerFor(newer);
    await untilMessage(element);
    equal(title(element), 'Your card has expired', 'shown as usual');
    deepEqual(warned(warnings), [], 'no warning');
  });

  it('shows an unknown state with a failed invoice as a failed payment, with Update card, and says which state', async () => {
    const { element, warnings, pageErrors } = await bannerFor({ ...makeStatus('failed'), state: 'suspended' });
    await untilMessage(element);
    equal(title(element), 'Your last payment didn’t go through', 'the neutral failed message');
    equal(text(part(element, 'button')), 'Update card', 'the button fixes it');
    equal(element.getAttribute('state'), 'failed', 'state attribute is one the merchant’s CSS knows');
    equal(warnings.length, 1, 'one warning');
    includes(warned(warnings)[0]!, 'state "suspended"', 'the warning names the unknown state');
    deepEqual(pageErrors, [], 'no error');
  });

  it('shows nothing, and does not throw, for an unknown state with nothing owed', async () => {
    const { element, warnings, pageErrors } = await bannerFor({ ...makeStatus('ok'), state: 'trial_ending' });
    await until(() => warnings.length > 0, 'the warning about the state', WAIT);
    await settle();
    assertRendersNothing(element);
    includes(warned(warnings)[0]!, 'state "trial_ending"', 'the warning names it');
    deepEqual(pageErrors, [], 'no error');
  });

  it('treats an unknown wall as no wall', async () => {
    const { element, warnings, pageErrors } = await bannerFor({ ...makeStatus('failed'), access: { wall: 'read_only', endsAt: null } }, { dismissible: '' });
    await untilMessage(element);
    ok(part(element, 'close-button'), 'dismissible, which a hard wall would not be');
    includes(warned(warnings)[0]!, 'wall "read_only"', 'the warning names it');
    deepEqual(pageErrors, [], 'no error');
  });

  it('names the field at fault when a status cannot be shown', async () => {
    const status = makeStatus('failed');
    const { element, warnings, pageErrors } = await bannerFor({ ...status, invoice: { ...status.invoice!, amountDue: -1 } });
    await until(() => warnings.length > 0, 'a console warning', WAIT);
    await settle();
    assertRendersNothing(element);
    deepEqual(warned(warnings), ['[paymend] <paymend-banner> ignored an invalid status: invoice.amountDue: expected a non-negative integer']);
    deepEqual(pageErrors, [], 'no error');
  });

  it('keeps an error code it does not know, as a failed request', async () => {
    stubFetch(() => json({ error: { code: 'account_frozen', message: 'A newer handler’s code.' } }, 409));
    const error = await postJson(freshEndpoint(), '/setup-intent', {}).catch((caught: unknown) => caught);
    ok(error instanceof PaymendRequestError, 'a PaymendRequestError');
    equal((error as PaymendRequestError).code, 'account_frozen', 'its code');
    equal((error as PaymendRequestError).httpStatus, 409, 'its HTTP status');
  });

  it('the states added after v1 first shipped read calmly in a release that knows only the first five', () => {
    const firstRelease = ['action_required', 'failed', 'expired', 'expiring', 'ok'] as const;
    // A debit on its way owes nothing yet: an older banner stays silent rather than crying "failed".
    equal(stateAmong(firstRelease, makeStatus('processing')), 'ok');
    equal(stateAmong(firstRelease, makeStatus('missing')), 'ok');
    // And this release knows them.
    equal(stateAmong(STATES, makeStatus('processing')), 'processing');
    equal(stateAmong(STATES, makeStatus('missing')), 'missing');
  });
});
