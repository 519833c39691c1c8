// End-to-end, keyboard only: the screens the other issues added meet the same checks as the banner,
// the form and the wall (a11y-keyboard.e2e.test.ts), at 1280×800 and at 320×256 (400% zoom): the
// hosted update page a notification's link opens (a decline, a good card, its "done" message set
// once into the page's server-rendered live region) and its calm pages (used, forged, expired link);
// the demo's outbox and the dashboard's clock buttons; the merchant's recovery report; the
// bank-debit states (the micro-deposit notice's link, the processing banner's close button).
// After every key the focus is checked: not on `<body>`, on screen and uncovered, named. Navigations
// (opening a link, signing in) are not input; a page just opened is entered with Tab. Issue 16.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OutboxEntry } from '../../demo/notify/outbox.js';
import { Keyboard, VIEWPORTS } from './a11y-keyboard.js';
import { LiveRegions } from './a11y-recorder.js';
import { CardForm, GOOD_CARD, readBanner, Stage, WAIT, waitForText, type Visit } from './visit.js';

// The report's seeded history takes ~12 s to start; one stage serves every screen of this file.
const stage = new Stage('test-results/e2e-a11y-pages', { seedReport: true });
before(() => stage.start());
after(() => stage.stop());

const SAVE = { role: 'button', name: 'Save payment method' };
const DAY_MS = 86_400_000;
/** Links live 21 days (the handler's default `ttlDays`). */
const LINK_TTL_DAYS = 21;
/** What a keyboard can reach, in the document (shadow roots are counted by their own tests). */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';

/** Signs a fresh customer of `scenario` in (which sends the email) and returns the email's signed link. */
async function emailLink(visit: Visit, scenario: 'insufficient_funds' | 'expired'): Promise<string> {
  const from = stage.demo.outbox.count;
  await visit.login(scenario);
  await stage.demo.outbox.waitFor((entries) => entries.length - (from - stage.demo.outbox.first) >= 1);
  const response = await visit.page.request.get(`${stage.demo.url}/outbox.json`);
  const sent = ((await response.json()) as OutboxEntry[]).slice(from - stage.demo.outbox.first);
  const link = sent.find((entry) => entry.channel === 'email' && entry.link)?.link;
  assert.ok(link, `an email with a link, among: ${sent.map((e) => `${e.channel} ${e.subject ?? ''}`).join('; ')}`);
  return link;
}

/** Tab through the page's own controls (at most `max` stops), each checked; then once more past the last. */
async function tabThrough(visit: Visit, keys: Keyboard, what: string, max = 30): Promise<number> {
  const stops = Math.min(max, await visit.page.locator(FOCUSABLE).count());
  for (let stop = 1; stop <= stops; stop += 1) await keys.press('Tab', `${what}: stop ${stop} of ${stops}`);
  return stops;
}

/** Types into the focused field's neighbours by Tab, by label: `fields` in the order the panel shows them. */
async function typeFields(keys: Keyboard, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await keys.tabTo({ role: 'textbox', name: new RegExp(`^${label}`) });
    await keys.replaceText(value, label);
  }
}

/** The stand-in's payment-method tabs follow the ARIA tabs pattern: Tab to the chosen one, arrows to `name`. */
async function chooseTab(keys: Keyboard, name: string): Promise<void> {
  await keys.tabTo({ role: 'tab', name: /./ });
  for (let press = 0; press < 6; press += 1) {
    if ((await keys.focused()).name === name) return;
    await keys.press('ArrowRight', `towards the "${name}" tab`);
  }
  assert.fail(`the arrows never reached the "${name}" tab`);
}

async function calmPage(visit: Visit, keys: Keyboard, url: string, title: RegExp, what: string): Promise<void> {
  const response = await visit.page.goto(url);
  assert.ok(response && [400, 410].includes(response.status()), `${what}: a calm 4xx page, not ${response?.status()}`);
  await visit.page.getByRole('heading', { level: 1, name: title }).waitFor();
  const stops = await tabThrough(visit, keys, what);
  assert.ok(stops >= 1, `${what}: something to go on with (help, sign in), reachable by Tab`);
  await visit.shot(what.replace(/\W+/g, '-'));
}

const PAGES: Array<{ name: string; run: (visit: Visit, keys: Keyboard, live: LiveRegions) => Promise<void> }> = [
  {
    name: 'hosted update page: a decline, a good card, "done" announced once; the used and forged links',
    run: async (visit, keys, live) => {
      const link = await emailLink(visit, 'insufficient_funds');
      // The person who opens the email is not signed in to the app.
      await visit.context.clearCookies();
      const response = await visit.page.goto(link);
      assert.ok(response);
      const html = await response.text();
      assert.match(html, /<p id="paymend-done"[^>]*role="status"[^>]*><\/p>/, 'the "done" region is served empty, before anything is said in it');
      const form = new CardForm(visit, visit.page.locator('paymend-form'));
      await form.ready();
      await keys.settle();
      await keys.check('the page opened (the form takes focus)');
      await live.take();

      await keys.typeCard(form.root, '4000 0000 0000 9995');
      await keys.tabTo(SAVE);
      await keys.press('Enter', 'save the declined card');
      await form.declined('This card was declined too');
      await keys.settle();
      await keys.check('the decline is explained');
      await keys.expectOnScreen(form.problem, 'the explanation of the decline');
      live.once(await live.take(), 'the decline', /This card was declined too/);

      await keys.typeCard(form.root, GOOD_CARD);
      await keys.tabTo(SAVE);
      const done = visit.page.locator('#paymend-done');
      await keys.press('Enter', 'save a good card', () => waitForText(done, /All done/));
      await keys.expectOnScreen(done, 'the "done" message');
      live.once(await live.take(), 'the "done" message', /All done/);
      await keys.press('Tab', 'on from "done"');
      await visit.shot('done');

      await calmPage(visit, keys, link, /already taken care of/, 'the used link');
      await calmPage(visit, keys, `${stage.demo.url}/billing/paymend/update?t=forged`, /doesn’t work/, 'a forged link');
    },
  },
  {
    name: 'the outbox, and the dashboard’s "Advance the clock" buttons',
    run: async (visit, keys) => {
      await emailLink(visit, 'insufficient_funds');
      await visit.page.goto(`${stage.demo.url}/outbox`);
      await visit.page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
      await tabThrough(visit, keys, 'the outbox');
      // The plain-text part's disclosure opens by keyboard and keeps focus.
      await keys.tabTo({ name: 'Plain-text part' }, { backwards: true, max: 60 });
      await keys.press('Enter', 'open the plain-text part', () => visit.page.locator('details[open] pre.text').first().waitFor());

      await visit.dashboard();
      await keys.tabTo({ role: 'button', name: '+1 day' }, { max: 60 });
      const ahead = stage.demo.clock.aheadMs;
      const back = visit.page.waitForResponse((r) => r.request().method() === 'GET' && r.url() === `${stage.demo.url}/` && r.status() === 200);
      await visit.page.keyboard.press('Enter');
      await back;
      await visit.page.locator('.notify-panel').waitFor();
      assert.equal(stage.demo.clock.aheadMs - ahead, DAY_MS, 'one day on');
      // The dashboard came back (a form POST, then the page again): Tab goes on from the panel.
      await keys.settle();
      const next = await keys.press('Tab', 'on after advancing the clock');
      assert.ok(/day|Outbox/.test(next.name), `Tab after "+1 day" stays in the notifications panel, not at the page’s top (it reached ${next.role} "${next.name}")`);
    },
  },
  {
    name: 'the recovery report at /admin: its controls, charts and tables',
    run: async (visit, keys) => {
      await visit.page.goto(`${stage.demo.url}/admin/login`);
      await keys.tabTo({ role: 'button', name: /./ });
      await Promise.all([visit.page.waitForURL(`${stage.demo.url}/admin`), visit.page.keyboard.press('Enter')]);
      const report = visit.page.locator('paymend-report');
      await report.locator('[part~="headline"]').waitFor({ timeout: WAIT });
      await report.locator('[part~="chart"]').first().waitFor({ timeout: WAIT });
      const toggles = report.locator('[part~="table-toggle"]');
      const count = await toggles.count();
      assert.ok(count >= 4, `${count} table toggles`);
      for (let index = 0; index < count; index += 1) {
        const toggle = toggles.nth(index);
        for (let press = 0; !(await toggle.evaluate((element) => element.matches(':focus'))); press += 1) {
          assert.ok(press < 60, `Tab never reached table toggle ${index + 1}`);
          await keys.press('Tab', `towards table toggle ${index + 1}`);
        }
        await keys.press('Enter', `show table ${index + 1}`, () => report.locator('[part~="table-toggle"][aria-expanded="true"]').nth(index).waitFor());
        // What the toggle revealed starts where the person is: its header row is on screen.
        await keys.expectOnScreen(report.locator('[part~="table"]').nth(index).locator('tr').first(), `table ${index + 1}’s first row`);
      }
      // And on past the report: the last stop is not a trap.
      await keys.press('Tab', 'past the last table');
      await visit.shot('tables');
    },
  },
  {
    name: 'bank debits: the micro-deposit notice’s link; the processing banner’s close button',
    run: async (visit, keys, live) => {
      await visit.login('insufficient_funds');
      await readBanner(visit, 'Your last payment didn’t go through');
      await keys.tabTo({ role: 'button', name: 'Update card' });
      const form = new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
      await keys.press('Enter', 'open the form', () => form.ready());
      await chooseTab(keys, 'US bank account');
      await typeFields(keys, { 'Full name': 'Ada Lovelace', Email: 'ada@example.com', 'Routing number': '110000000', 'Account number': '000123456789' });
      await live.take();
      await keys.tabTo(SAVE);
      await keys.press('Enter', 'save the bank account', () => waitForText(form.progress, /Check your bank account/));
      await keys.expectOnScreen(form.progress, 'the micro-deposit notice');
      live.once(await live.take(), 'the micro-deposit notice', /Check your bank account/);
      await keys.tabTo({ role: 'link', name: 'Verify your bank account' });
      await visit.shot('micro-deposits');

      await visit.login('debit_processing');
      await readBanner(visit, 'Your bank payment is on its way');
      await keys.tabTo({ role: 'button', name: 'Dismiss this message' }, { max: 60 });
      await keys.press('Enter', 'dismiss the processing banner', () => visit.banner.waitFor({ state: 'hidden' }));
      await keys.press('Tab', 'on from where the banner was');
    },
  },
];

for (const { name: size, viewport } of VIEWPORTS) {
  describe(`keyboard only through the other screens at ${size} (Chromium)`, () => {
    for (const screen of PAGES) {
      it(screen.name, async () => {
        await stage.withVisit(
          `${viewport.width}-${screen.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`,
          async (visit) => {
            const keys = await Keyboard.start(visit);
            const live = await LiveRegions.start(visit);
            await screen.run(visit, keys, live);
            await visit.shot('end');
            keys.assertNoProblems();
            live.assertNoProblems();
          },
          { viewport },
        );
      });
    }
  });
}

// Last: it moves the demo's clock past every link's life.
describe('an expired link (Chromium)', () => {
  it('opens the calm page, reachable by keyboard at both sizes', async () => {
    const links: string[] = [];
    for (const _ of VIEWPORTS) await stage.withVisit('expired-link-source', async (visit) => void links.push(await emailLink(visit, 'insufficient_funds')));
    await stage.demo.clock.advance((LINK_TTL_DAYS + 1) * DAY_MS);
    for (const [index, { viewport }] of VIEWPORTS.entries()) {
      await stage.withVisit(
        `${viewport.width}-expired-link`,
        async (visit) => {
          const keys = await Keyboard.start(visit);
          await calmPage(visit, keys, links[index]!, /has expired/, 'an expired link');
          keys.assertNoProblems();
        },
        { viewport },
      );
    }
  });
});
