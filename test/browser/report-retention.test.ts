// <paymend-report>'s "Ways out and help": tables of the retention section (caption, th scope), the
// rating answers and their mean, hidden for an older server's report, axe-clean, right to left.
import type { RecoveryReport } from '../../src/protocol/report.js';
import { RecoveryReportSchema } from '../../src/protocol/report.js';
import { deepEqual, equal, ok } from './assert.js';
import { expectAccessible } from './form-axe.js';
import { restore, until } from './helpers.js';
import { afterEach, describe, it } from './mocha.js';
import { fixtureReport } from './report-fixture.js';
import { root, shown, text, type PaymendReport } from './report-helpers.js';

function withRetention(): RecoveryReport {
  return {
    ...fixtureReport(),
    retention: {
      actions: [
        { action: 'offers_shown', invoices: 12, recovered: 7, lost: 2, open: 3 },
        { action: 'paused', invoices: 4, recovered: 1, lost: 2, open: 1 },
        { action: 'plan_changed', invoices: 3, recovered: 3, lost: 0, open: 0 },
        { action: 'resumed', invoices: 1, recovered: 1, lost: 0, open: 0 },
        { action: 'support_opened', invoices: 1200, recovered: 5, lost: 1, open: 1194 },
      ],
      supportBySource: { banner: 3, wall: 2, page: 1 },
      offersShownBySource: { wall: 9, page: 3 },
      ratings: {
        byValue: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: [1, 0, 2, 5, 12][rating - 1]! })),
        count: 20,
        withoutInvoice: 3,
        mean: 4.35,
      },
    },
  };
}

const section = (element: PaymendReport) => root(element).querySelector('[part="retention"]');
/** A retention table's rows: the row header, then the cells. */
const rows = (element: PaymendReport, table: string) =>
  [...root(element).querySelectorAll(`[data-retention="${table}"] tbody tr`)].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));

describe('<paymend-report> ways out and help', () => {
  afterEach(() => restore());

  it('the fixture is a report the server could send', () => {
    ok(RecoveryReportSchema.safeParse(withRetention()).success);
  });

  it('shows each way out with its outcomes, where the offers were seen and support was opened, and the answers with their mean', async () => {
    const { element } = await shown({}, withRetention());
    const box = section(element);
    ok(box, 'the section');
    equal(text(element, '#retention-title'), 'Ways out and help');
    equal(box!.getAttribute('aria-labelledby'), 'retention-title');
    deepEqual(rows(element, 'actions'), [
      ['Saw the offers', '12', '7', '2', '3'],
      ['Paused the subscription', '4', '1', '2', '1'],
      ['Changed plan', '3', '3', '0', '0'],
      ['Resumed early', '1', '1', '0', '0'],
      ['Contacted support', '1,200', '5', '1', '1,194'],
    ]);
    deepEqual(rows(element, 'offers'), [
      ['Access screen', '9'],
      ['Update page from a link', '3'],
    ]);
    equal(text(element, '[data-retention="offers"] caption'), 'Where customers saw the offers');
    deepEqual(rows(element, 'support'), [
      ['Banner', '3'],
      ['Access screen', '2'],
      ['Update page from a link', '1'],
    ]);
    deepEqual(rows(element, 'ratings'), [['1', '1'], ['2', '0'], ['3', '2'], ['4', '5'], ['5', '12']]);
    equal(text(element, '[data-retention="mean"]'), 'Average answer: 4.35 out of 5');
    equal(text(element, '[data-retention="without-invoice"]'), 'Answers from customers whose payment never failed (a card updated before it expired): 3');
    // Every table has a caption, and its headers say what they head.
    for (const table of box!.querySelectorAll('table')) {
      ok(table.querySelector('caption')?.textContent?.trim(), 'a caption');
      ok([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'), 'column headers');
      ok([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row'), 'row headers');
    }
    deepEqual([...box!.querySelectorAll('[data-retention="actions"] thead th')].map((th) => th.textContent!.trim()), ['What happened', 'Invoices', 'Recovered', 'Lost', 'Still open']);
    await expectAccessible(element, 'report with ways out');
  });

  it('is not shown for an older server’s report, nor while nothing happened', async () => {
    const { element: older } = await shown();
    equal(section(older), null);
    const quiet = withRetention();
    quiet.retention = {
      actions: quiet.retention!.actions.map((row) => ({ ...row, invoices: 0, recovered: 0, lost: 0, open: 0 })),
      supportBySource: {},
      ratings: { byValue: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })), count: 0, withoutInvoice: 0, mean: null },
    };
    const { element: none } = await shown({}, quiet);
    equal(section(none), null);
  });

  it('names a way out or a place it does not know as sent, and says when nobody answered yet', async () => {
    const newer = withRetention() as unknown as { retention: { actions: object[]; supportBySource: Record<string, number>; ratings: object } };
    newer.retention.actions.push({ action: 'discounted', invoices: 2, recovered: 1, lost: 0, open: 1 });
    newer.retention.supportBySource = { chat: 4 };
    newer.retention.ratings = { byValue: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })), count: 0, withoutInvoice: 0, mean: null };
    const { element } = await shown({}, newer);
    deepEqual(rows(element, 'actions').at(-1), ['discounted', '2', '1', '0', '1']);
    deepEqual(rows(element, 'support'), [['chat', '4']]);
    equal(rows(element, 'ratings').length, 0);
    equal(text(element, '[data-retention="no-ratings"]'), 'No answers yet.');
  });

  it('Hebrew: right to left, Hebrew words, axe-clean', async () => {
    const { element } = await shown({ lang: 'he' }, withRetention());
    await until(() => root(element).querySelector('.base')?.getAttribute('dir') === 'rtl', 'the Hebrew translation');
    await element.updateComplete;
    equal(getComputedStyle(section(element)!).direction, 'rtl');
    equal(text(element, '#retention-title'), 'דרכים אחרות ועזרה');
    equal(rows(element, 'actions')[1]![0], 'השהו את המינוי');
    await expectAccessible(element, 'report with ways out (he)');
  });
});
