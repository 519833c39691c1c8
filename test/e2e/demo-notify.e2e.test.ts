// End-to-end: the demo's notifications in Chromium. A declined renewal sends an email and an SMS;
// the outbox shows them (screenshots of the email in light and dark, and of the SMS); the email's
// link opens the hosted page in a FRESH browser (no cookies, a 390 × 844 phone), where a declined card
// leaves the old one in place and says what to do, and 4242 fixes it; then the thank-you arrives.
// Screenshots land in test-results/e2e-demo-notify/.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { OutboxEntry } from '../../demo/notify/outbox.js';
import { CardForm, Stage, textOf, waitForText, type Visit } from './visit.js';

const stage = new Stage('test-results/e2e-demo-notify');
before(() => stage.start());
after(() => stage.stop());

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A string, not a function: tsx would wrap a function's inner names in a helper the page lacks. */
const AXE_RUN = `axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' at ' + JSON.stringify(v.nodes.map((n) => n.target))))`;

const CSP_WATCH = `window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI), true);`;

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function outboxJson(visit: Visit): Promise<OutboxEntry[]> {
  const response = await visit.page.request.get(`${stage.demo.url}/outbox.json`);
  assert.equal(response.status(), 200);
  return (await response.json()) as OutboxEntry[];
}

/** The article of the newest message of a channel on /outbox (the page lists newest first). */
const newest = (visit: Visit, channel: 'email' | 'sms') => visit.page.locator(`article.message.${channel}`).first();

describe('demo notifications end to end (Chromium)', () => {
  let failed: { email: OutboxEntry; sms: OutboxEntry };

  it('a declined renewal: the outbox shows the email (light and dark) and the SMS, each with its link', async () => {
    await stage.withVisit('outbox', async (visit) => {
      const from = stage.demo.outbox.count;
      const status = await visit.login('insufficient_funds');
      assert.equal(status.state, 'failed');
      await stage.demo.outbox.waitFor((entries) => entries.length - (from - stage.demo.outbox.first) >= 2);
      const sent = (await outboxJson(visit)).slice(from - stage.demo.outbox.first);
      failed = { email: sent.find((e) => e.channel === 'email')!, sms: sent.find((e) => e.channel === 'sms')! };
      assert.ok(failed.email?.link && failed.sms?.link, 'both carry a link');

      // The dashboard counts them (kept current: they went out after it rendered) and links to the outbox.
      await visit.page.getByRole('link', { name: `Outbox: ${stage.demo.outbox.size} messages` }).click();
      await visit.page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
      await visit.shot('outbox');

      const email = newest(visit, 'email');
      assert.ok((await textOf(email.getByRole('heading', { level: 2 }))).endsWith(failed.email.subject!), 'the newest email is this one');
      const frame = email.frameLocator('iframe.email-frame');
      await frame.locator('body').getByText('enough funds', { exact: false }).first().waitFor();
      const lightBg = await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
      await visit.shot('email-light', email);

      // Dark: as a mail app on a phone set to dark. The frame sees prefers-color-scheme: dark.
      await visit.page.emulateMedia({ colorScheme: 'dark' });
      const darkBg = await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
      assert.equal(await frame.locator('body').evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      assert.notEqual(darkBg, lightBg, 'the email has its own dark styles');
      await visit.shot('email-dark', email);
      // The page's own switch previews light (or dark) whatever the system says: links, no script.
      await visit.page.getByRole('link', { name: 'Light' }).click();
      await visit.page.locator('nav a[aria-current="page"]', { hasText: 'Light' }).waitFor();
      const forcedLight = newest(visit, 'email').frameLocator('iframe.email-frame').locator('body');
      await forcedLight.getByText('enough funds', { exact: false }).first().waitFor();
      assert.equal(await forcedLight.evaluate((body) => getComputedStyle(body).backgroundColor), lightBg, 'Light shows the light email on a dark system');
      await visit.page.emulateMedia({ colorScheme: 'light' });
      await visit.page.getByRole('link', { name: 'Dark' }).click();
      const forcedDark = newest(visit, 'email').frameLocator('iframe.email-frame').locator('body');
      await forcedDark.getByText('enough funds', { exact: false }).first().waitFor();
      assert.equal(await forcedDark.evaluate((body) => getComputedStyle(body).backgroundColor), darkBg, 'Dark shows the dark email on a light system');
      await visit.shot('outbox-dark');

      const sms = newest(visit, 'sms');
      assert.equal(await textOf(sms.locator('.bubble')), failed.sms.text);
      await visit.shot('sms', sms);

      // The text part is there too, behind a disclosure a keyboard opens.
      await email.locator('summary').focus();
      await visit.page.keyboard.press('Enter');
      assert.match(await textOf(email.locator('pre.text')), /enough funds/);
    });
  });

  it('the link opens the hosted page in a fresh browser on a phone: a decline keeps the old card, 4242 fixes it', async () => {
    const customerId = stage.demo.standin!.events.findLast((e) => e.type === 'invoice.payment_failed')!.data.object.customer as string;
    const oldCard = stage.demo.standin!.get(customerId).invoice_settings.default_payment_method as string;
    await stage.withVisit(
      'hosted-page',
      async (visit) => {
        assert.deepEqual(await visit.context.cookies(), [], 'no demo login in this browser');
        // The page's strict CSP stays whole: the added stand-in runs under its nonce, nothing is refused.
        await visit.context.addInitScript(CSP_WATCH);
        await visit.page.goto(failed.email.link!);
        const form = new CardForm(visit, visit.page.locator('paymend-form'));
        await form.ready();
        await visit.page.getByRole('heading', { level: 1 }).first().waitFor();
        await visit.shot('opened');
        const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `nothing wider than the phone (scrollWidth ${width})`);
        const chips = visit.page.locator('.pm-standin .cards button');
        for (const box of await chips.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right))) assert.ok(box <= 390, `a chip ends at ${box}`);

        await form.type('4000 0000 0000 9995');
        await form.save();
        // The card on file, typed again: the same card (fingerprint) declined again says so, and what to do.
        const declined = await form.declined('This card was declined too');
        assert.match(declined, /Your payment method on file hasn’t changed, and nothing was charged\. Try again later/, 'says what to do');
        assert.equal(stage.demo.standin!.get(customerId).invoice_settings.default_payment_method, oldCard, 'the old card stays');
        await visit.shot('declined');

        await form.type('4242 4242 4242 4242');
        await form.save();
        assert.equal(await waitForText(visit.page.locator('#paymend-done'), /\S/), 'All done. Thank you! You can close this page.');
        await visit.page.getByText(/Your payment of \$29\.00 went through/).waitFor();
        assert.notEqual(stage.demo.standin!.get(customerId).invoice_settings.default_payment_method, oldCard, 'the new card is the default');
        await visit.shot('done');
        assert.equal(visit.requests.some((r) => /stripe\.com/.test(r)), false, 'offline: nothing from Stripe’s servers');
        assert.deepEqual(await visit.page.evaluate('window.__cspViolations'), [], 'no CSP violation');
      },
      PHONE,
    );
  });

  it('the outbox and the dashboard’s notifications panel pass axe (WCAG 2 A/AA), light and dark', async () => {
    // bypassCSP: the outbox allows no script at all, and axe is one.
    await stage.withVisit(
      'a11y',
      async (visit) => {
        const check = async (path: string, what: string) => {
          await visit.page.goto(`${stage.demo.url}${path}`);
          await visit.page.addScriptTag({ path: AXE });
          const violations = (await visit.page.evaluate(AXE_RUN)) as string[];
          assert.deepEqual(violations, [], `${what}: ${violations.join('; ')}`);
        };
        await check('/outbox', 'outbox');
        await check('/outbox?scheme=dark', 'outbox, dark');
        await check('/', 'dashboard');
        // The clock buttons by keyboard: Tab reaches them, Enter submits, the page comes back.
        await visit.page.locator('form.advance button[value="1"]').focus();
        const ahead = stage.demo.clock.aheadMs;
        // The page is at / already: wait for the POST and the dashboard it redirects to, not for the URL.
        const back = visit.page.waitForResponse((r) => r.request().method() === 'GET' && r.url() === `${stage.demo.url}/` && r.status() === 200);
        const posted = visit.page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${stage.demo.url}/demo/clock`);
        await visit.page.keyboard.press('Enter');
        assert.equal((await posted).status(), 303);
        await back;
        assert.equal(stage.demo.clock.aheadMs - ahead, 86_400_000, 'one day on');
        await waitForText(visit.page.locator('.notify-panel'), /\d+ days? ahead/);
      },
      { bypassCSP: true },
    );
  });

  it('the thank-you arrives in the outbox', async () => {
    await stage.withVisit('thank-you', async (visit) => {
      await stage.demo.outbox.waitFor((entries) => entries.some((e) => e.channel === 'email' && /^Thank you/.test(e.subject ?? '')));
      const thanks = (await outboxJson(visit)).filter((e) => /thank you/i.test(`${e.subject} ${e.text}`));
      assert.deepEqual(thanks.map((e) => e.channel).sort(), ['email', 'sms']);
      await visit.page.goto(`${stage.demo.url}/outbox`);
      const email = newest(visit, 'email');
      assert.match(await textOf(email.getByRole('heading', { level: 2 })), /Thank you: your Acme Analytics payment went through/);
      await visit.shot('thank-you-email', email);
    });
  });
});
