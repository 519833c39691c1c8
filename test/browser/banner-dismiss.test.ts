import { sendKeys } from '@web/test-runner-commands';
import type { PaymendBanner } from '../../src/index.js';
import { snoozeKey } from '../../src/internal/snooze.js';
import type { Status } from '../../src/protocol/index.js';
import { deepEqual, equal, includes, ok } from './assert.js';
import { assertRendersNothing, banner, part, serve, shownBanner, untilShown } from './banner-helpers.js';
import { capturePageErrors, captureWarnings, freshEndpoint, listen, makeStatus, mount, restore, settle, until } from './helpers.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';

const STORAGE_KEY = 'paymend-snoozed';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let invoiceCount = 0;
/** A failed payment of its own invoice, so snoozes from other tests do not apply. */
function failedInvoice(overrides: Partial<Status> = {}): Status {
  invoiceCount += 1;
  const status = makeStatus('failed', overrides);
  status.invoice = { ...status.invoice!, id: `in_Dismiss${invoiceCount}${Date.now()}` };
  return status;
}

const stored = (): Record<string, number> => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
const close = (element: PaymendBanner) => part(element, 'close-button')!.click();

/** A banner on a page that "loads again": same status, fresh element. */
async function reload(status: Status, attributes: Record<string, string> = {}) {
  const shown = listen(document, 'paymend-shown');
  serve(status);
  const element = banner({ endpoint: freshEndpoint(), lang: 'en', ...attributes });
  element.status = status;
  mount(element);
  await settle();
  return { element, shown };
}

describe('<paymend-banner> dismiss and snooze', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(restore);

  it('is not dismissible unless asked, and never under a hard wall', async () => {
    const plain = await shownBanner(failedInvoice());
    equal(part(plain.element, 'close-button'), null, 'no close button by default');
    const hard = await shownBanner(failedInvoice({ access: { wall: 'hard', endsAt: null } }), { dismissible: '' });
    equal(part(hard.element, 'close-button'), null, 'no close button under a hard wall');
    const soft = await shownBanner(failedInvoice({ access: { wall: 'soft', endsAt: '2030-03-12T00:00:00Z' } }), { dismissible: '' });
    ok(part(soft.element, 'close-button'), 'a soft wall may be dismissed');
  });

  it('asks first (cancelable paymend-dismiss), then hides, beacons, and emits paymend-after-dismiss once it is gone', async () => {
    const status = failedInvoice();
    const { element, beacons } = await shownBanner(status, { dismissible: '' });
    equal(part(element, 'close-button')?.getAttribute('aria-label'), 'Dismiss this message', 'translated label');

    const asked = listen(document, 'paymend-dismiss');
    element.addEventListener('paymend-dismiss', (event) => event.preventDefault(), { once: true });
    close(element);
    await element.updateComplete;
    ok(part(element, 'base'), 'still shown after a cancelled dismiss');
    deepEqual(stored(), {}, 'nothing snoozed');
    equal(asked[0]?.cancelable, true, 'cancelable');
    equal(asked[0]?.composed, true, 'composed');

    let goneWhenAfter = false;
    const after = listen(document, 'paymend-after-dismiss');
    element.addEventListener('paymend-after-dismiss', () => (goneWhenAfter = part(element, 'base') === null), { once: true });
    close(element);
    await until(() => after.length === 1, 'paymend-after-dismiss');
    assertRendersNothing(element);
    ok(goneWhenAfter, 'the message was gone when paymend-after-dismiss fired');
    deepEqual(after[0]?.detail, { state: 'failed' }, 'detail');
    await until(() => beacons().some((beacon) => beacon.name === 'dismissed'), 'the dismissed beacon');
    deepEqual(beacons().at(-1), { name: 'dismissed', state: 'failed', invoiceId: status.invoice!.id }, 'beacon');
  });

  it('works by keyboard: Tab reaches the button and the close button; Enter dismisses', async () => {
    const before = mount(document.createElement('button'));
    before.textContent = 'Before';
    const { element } = await shownBanner(failedInvoice(), { dismissible: '' });
    before.focus();
    await sendKeys({ press: 'Tab' });
    equal(element.shadowRoot!.activeElement, part(element, 'button'), 'Tab reaches the button');
    await sendKeys({ press: 'Tab' });
    equal(element.shadowRoot!.activeElement, part(element, 'close-button'), 'then the close button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    assertRendersNothing(element);
  });

  it('stays away on the next page load for the snooze period (1 day by default), stored without ids', async () => {
    const status = failedInvoice();
    const { element } = await shownBanner(status, { dismissible: '' });
    const before = Date.now();
    close(element);
    await element.updateComplete;

    const entries = Object.entries(stored());
    equal(entries.length, 1, 'one snooze stored');
    const [key, until] = entries[0]!;
    equal(key, snoozeKey(status), 'keyed by the problem');
    ok(until >= before + DAY && until <= Date.now() + DAY, `for a day (${until - before} ms)`);
    const raw = localStorage.getItem(STORAGE_KEY)!;
    ok(!raw.includes(status.invoice!.id) && !raw.includes('4242'), `no invoice id or card digits in storage: ${raw}`);

    const again = await reload(status);
    assertRendersNothing(again.element);
    equal(again.shown.length, 0, 'no paymend-shown for a snoozed problem');
  });

  it('a new failure (another invoice), another state or another card shows again', async () => {
    const status = failedInvoice();
    const { element } = await shownBanner(status, { dismissible: '' });
    close(element);
    await element.updateComplete;

    const newInvoice = failedInvoice();
    const otherState: Status = { ...status, state: 'action_required' };
    const otherCard: Status = { ...makeStatus('expired'), paymentMethod: { ...status.paymentMethod!, last4: '0005' } };
    for (const next of [newInvoice, otherState, otherCard]) {
      const again = await reload(next);
      await untilShown(again.element, `${next.state} ${next.invoice?.id ?? next.paymentMethod?.last4} to show`);
    }
  });

  it('a snooze that ran out shows again; a hard wall ignores any snooze', async () => {
    const status = failedInvoice();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ [snoozeKey(status)]: Date.now() - 1000 }));
    await untilShown((await reload(status)).element, 'an expired snooze to show');

    const hard: Status = { ...failedInvoice(), access: { wall: 'hard', endsAt: null } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ [snoozeKey(hard)]: Date.now() + DAY }));
    await untilShown((await reload(hard)).element, 'a hard wall to show despite the snooze');
  });

  it('snooze="2h" lasts two hours; snooze="0" only this page view; an invalid value warns once and uses a day', async () => {
    const warnings = captureWarnings();
    const twoHours = failedInvoice();
    const first = await shownBanner(twoHours, { dismissible: '', snooze: '2h' });
    const beforeFirst = Date.now();
    close(first.element);
    const until2h = stored()[snoozeKey(twoHours)]!;
    ok(until2h >= beforeFirst + 2 * HOUR && until2h <= Date.now() + 2 * HOUR, `two hours (${until2h - beforeFirst} ms)`);

    const pageOnly = failedInvoice();
    const second = await shownBanner(pageOnly, { dismissible: '', snooze: '0' });
    close(second.element);
    await second.element.updateComplete;
    assertRendersNothing(second.element);
    equal(stored()[snoozeKey(pageOnly)], undefined, 'not stored');
    assertRendersNothing((await reload(pageOnly)).element);

    const invalid = failedInvoice();
    const third = await shownBanner(invalid, { dismissible: '', snooze: 'soon' });
    const beforeThird = Date.now();
    close(third.element);
    const untilDefault = stored()[snoozeKey(invalid)]!;
    ok(untilDefault >= beforeThird + DAY && untilDefault <= Date.now() + DAY, `a day (${untilDefault - beforeThird} ms)`);
    equal(warnings.length, 1, 'one warning');
    includes(String(warnings[0]?.[0]), 'snooze="soon"');
  });

  it('without storage (private mode, a full quota) it still hides for this page, silently', async () => {
    const pageErrors = capturePageErrors();
    const warnings = captureWarnings();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      const status = failedInvoice();
      const { element } = await shownBanner(status, { dismissible: '' });
      close(element);
      await element.updateComplete;
      assertRendersNothing(element);
      assertRendersNothing((await reload(status)).element);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    deepEqual(pageErrors, [], 'no page error');
    deepEqual(warnings, [], 'no warning');
  });

  it('garbage in storage is ignored', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    serve(failedInvoice());
    const element = mount(banner({ endpoint: freshEndpoint() }));
    await untilShown(element);
  });
});
