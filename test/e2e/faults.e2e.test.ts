// End-to-end faults in a real browser (issue 8): the connection drops in the middle of the form, the
// page is reloaded while the bank's 3-D Secure dialog is up, two tabs fix the same payment at once.
// Whatever the page shows, the truth is read from the Stripe stand-in afterwards: nothing may be lost
// (a confirmed card ends up the default, or the old one stays in place), nothing is charged twice,
// and the customer is always told what happened and what to do next. Screenshots: test-results/e2e-faults/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Request, Route } from 'playwright-core';
import Stripe from 'stripe';
import type { Scenario } from '../../demo/server.js';
import type { StripeEvent, StripeStandin } from '../../demo/stripe-standin/index.js';
import type { Status } from '../../src/protocol/index.js';
import {
  CardForm,
  GOOD_CARD,
  Stage,
  THREE_DS_CARD,
  WAIT,
  answerBank,
  bannerThanks,
  openBannerForm,
  readBanner,
  reloadAllClear,
  textOf,
  waitForText,
  type Visit,
} from './visit.js';

const MASTERCARD = '5555 5555 5555 4444';
const DECLINING_CARD = '4000 0000 0000 0002';
const COMPLETE = '**/billing/paymend/complete';
/** What the form says when the connection dropped (`form.interrupted`). */
const INTERRUPTED = /The connection was lost before your update was finished\. Your details are kept: try again to finish\. You won’t be charged twice\./;

const stage = new Stage('test-results/e2e-faults');
before(() => stage.start());
after(() => stage.stop());

function standin(): StripeStandin {
  assert.ok(stage.demo.standin, 'the fault tests run against the offline stand-in');
  return stage.demo.standin;
}

/** The last four digits of a card as typed. */
const last4 = (card: string) => card.replace(/\D/g, '').slice(-4);

/** The last 4 digits of a stored PaymentMethod's card. */
function cardOf(paymentMethodId: string | null): string | null {
  return paymentMethodId ? (standin().get(paymentMethodId).card.last4 as string) : null;
}

/**
 * The signed-in customer as Stripe (the stand-in) knows it: the truth behind whatever the page shows.
 * Found through the events the demo's login seeded, so no id ever comes from the page.
 */
class Ledger {
  private constructor(
    readonly customerId: string,
    readonly subscriptionId: string,
    readonly invoiceId: string,
    /** The card on file before anything happened (last 4). */
    readonly oldCard: string,
  ) {}

  /** Signs `visit` in as a fresh customer of `scenario`; tests run one at a time, so its events are the newest. */
  static async signIn(visit: Visit, scenario: Scenario): Promise<{ ledger: Ledger; status: Status }> {
    const seen = standin().events.length;
    const status = await visit.login(scenario);
    const fresh = standin().events.slice(seen);
    const only = (type: string) => {
      const found = fresh.filter((event) => event.type === type);
      assert.equal(found.length, 1, `one ${type} for the new customer`);
      return found[0]!.data.object as { id: string };
    };
    const customerId = only('customer.created').id;
    const oldCard = cardOf(standin().get(customerId).invoice_settings.default_payment_method);
    assert.ok(oldCard, 'the customer has a card on file');
    return { ledger: new Ledger(customerId, only('customer.subscription.created').id, only('invoice.finalized').id, oldCard), status };
  }

  /** The customer's default card (last 4). */
  defaultCard(): string | null {
    return cardOf(standin().get(this.customerId).invoice_settings.default_payment_method);
  }

  /** The card the subscription is charged with: its own default, else the customer's (Stripe's rule). */
  subscriptionCard(): string | null {
    return cardOf(standin().get(this.subscriptionId).default_payment_method) ?? this.defaultCard();
  }

  invoice(): { status: string; amountPaid: number; amountDue: number } {
    const invoice = standin().get(this.invoiceId);
    return { status: invoice.status, amountPaid: invoice.amount_paid, amountDue: invoice.amount_due };
  }

  private events(type: string, match: (object: Record<string, unknown>) => boolean): StripeEvent[] {
    return standin().events.filter((event) => event.type === type && match(event.data.object));
  }

  /** Successful charges of this customer: every one emits `payment_intent.succeeded`. */
  charges(): number {
    return this.events('payment_intent.succeeded', (pi) => pi.customer === this.customerId).length;
  }

  /** The invoice PaymentIntent waiting for the bank's confirmation, if any. */
  paymentAwaitingBank(): string | null {
    const asked = this.events('payment_intent.requires_action', (pi) => pi.customer === this.customerId).at(-1);
    const id = asked?.data.object.id as string | undefined;
    return id && standin().get(id).status === 'requires_action' ? id : null;
  }

  /** Nothing half-applied: the old card is still the default everywhere, the invoice open, nothing charged. */
  assertUntouched(): void {
    assert.deepEqual(
      { default: this.defaultCard(), subscription: this.subscriptionCard(), invoice: this.invoice().status, paid: this.invoice().amountPaid, charges: this.charges() },
      { default: this.oldCard, subscription: this.oldCard, invoice: 'open', paid: 0, charges: 0 },
    );
  }

  /** The invoice paid in full by exactly one charge, and `card` the default of the customer and the subscription. */
  assertPaidOnceWith(card: string): void {
    const invoice = this.invoice();
    const paidEvents = this.events('invoice.paid', (object) => object.id === this.invoiceId).length;
    assert.deepEqual(
      { default: this.defaultCard(), subscription: this.subscriptionCard(), invoice: invoice.status, paid: invoice.amountPaid, charges: this.charges(), paidEvents },
      { default: last4(card), subscription: last4(card), invoice: 'paid', paid: invoice.amountDue, charges: 1, paidEvents: 1 },
    );
  }
}

/** The banner's form, once it is open (the banner mounts it as a light-DOM child). */
function bannerForm(visit: Visit): CardForm {
  return new CardForm(visit, visit.page.locator('paymend-banner > paymend-form'));
}

/** No spinner left: the form waits for the customer again and says it is doing nothing. */
async function assertIdle(form: CardForm): Promise<void> {
  await form.root.locator('[part~="submit-button"][aria-disabled="false"]').waitFor();
  assert.equal(await textOf(form.progress), '', 'nothing in progress');
}

/** The connection-lost explanation, with the button that finishes the update. */
async function toldConnectionLost(form: CardForm): Promise<void> {
  assert.match(await waitForText(form.problem, INTERRUPTED), INTERRUPTED);
  await form.problem.getByRole('button', { name: 'Try again' }).waitFor();
  await assertIdle(form);
}

async function tryAgain(form: CardForm): Promise<void> {
  await form.problem.getByRole('button', { name: 'Try again' }).click();
}

/** Presses "Try again" while offline and waits until that attempt's request (its path matching `path`) failed. */
async function tryAgainOffline(visit: Visit, form: CardForm, path: RegExp): Promise<void> {
  const failed = visit.page.waitForEvent('requestfailed', (request) => path.test(new URL(request.url()).pathname));
  await tryAgain(form);
  await failed;
}

/** The `setupIntentId` each `/complete` request of `visit` carried, in order (aborted ones too). */
function completions(visit: Visit): string[] {
  const ids: string[] = [];
  visit.page.on('request', (request: Request) => {
    if (request.url().endsWith('/billing/paymend/complete')) ids.push((request.postDataJSON() as { setupIntentId: string }).setupIntentId);
  });
  return ids;
}

/** How a tab ended after a submission: the banner's thank-you, or an explanation in the form. */
async function outcomeOf(visit: Visit): Promise<{ tab: string; thanked: boolean; text: string }> {
  const thanks = visit.page.locator('paymend-banner[state="updated"]');
  const problem = bannerForm(visit).problem;
  await thanks.or(problem).first().waitFor({ timeout: WAIT });
  const thanked = (await thanks.count()) > 0;
  return { tab: visit.name, thanked, text: await textOf(thanked ? visit.bannerMessage : problem) };
}

describe('browser faults end to end (Chromium)', () => {
  it('offline before submitting: told the connection failed, nothing changed; back online the same form pays once', async () => {
    await stage.withVisit('offline-before-submit', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      await readBanner(visit, 'Your last payment didn’t go through');
      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await visit.context.setOffline(true);
      await form.save();
      await toldConnectionLost(form);
      await visit.shot('offline-told');
      ledger.assertUntouched();
      assert.equal(visit.requests.filter((r) => r.endsWith('/billing/paymend/complete')).length, 0, 'nothing reached the handler');

      // Pressing again while still offline: told again, still nothing sent, no spinner.
      await tryAgainOffline(visit, form, /\/confirm$/);
      await toldConnectionLost(form);
      ledger.assertUntouched();

      await visit.context.setOffline(false);
      await tryAgain(form);
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('online-thank-you');
      ledger.assertPaidOnceWith(GOOD_CARD);
      await reloadAllClear(visit);
    });
  });

  it('connection lost before /complete reached the server: "Try again" finishes the confirmed card, paid once', async () => {
    await stage.withVisit('complete-never-sent', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      const sent = completions(visit);
      await visit.page.route(COMPLETE, (route: Route) => route.abort('internetdisconnected'), { times: 1 });
      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await toldConnectionLost(form);
      await visit.shot('interrupted');
      // The bank confirmed the card, but it is not adopted until /complete runs: nothing half-applied.
      ledger.assertUntouched();

      await tryAgain(form);
      await bannerThanks(visit, /Your payment of \$29\.00 went through/);
      await visit.shot('finished');
      assert.equal(sent.length, 2);
      assert.equal(sent[1], sent[0], 'the retry finished the card already confirmed, it did not ask for another');
      assert.equal(standin().get(sent[0]!).status, 'succeeded');
      assert.equal(visit.requests.filter((r) => /^POST \/demo\/stripe\/setup_intents\/[^/?]+\/confirm(\?|$)/.test(r)).length, 1, 'the card was confirmed with the bank once');
      ledger.assertPaidOnceWith(GOOD_CARD);
      await reloadAllClear(visit);
    });
  });

  it('offline after the server finished but before its answer arrived: retrying offline is harmless, online it ends paid once', async () => {
    await stage.withVisit('complete-answer-lost', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      const sent = completions(visit);
      await visit.page.route(
        COMPLETE,
        async (route: Route) => {
          await route.fetch(); // the handler does all its work…
          await visit.context.setOffline(true); // …and the connection drops before the answer is back
          await route.abort('internetdisconnected');
        },
        { times: 1 },
      );
      const form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await toldConnectionLost(form);
      await visit.shot('answer-lost');
      ledger.assertPaidOnceWith(GOOD_CARD); // server-side it is done; the page does not know yet

      await tryAgainOffline(visit, form, /\/billing\/paymend\/complete$/);
      await toldConnectionLost(form);
      await visit.shot('still-offline');

      await visit.context.setOffline(false);
      await tryAgain(form);
      await bannerThanks(visit, /Your payment of \$29\.00 went through/);
      await visit.shot('online-finished');
      assert.equal(sent.length, 3);
      assert.equal(new Set(sent).size, 1, 'every retry finished the same confirmed card');
      ledger.assertPaidOnceWith(GOOD_CARD);
      await reloadAllClear(visit);
    });
  });

  it('connection lost before /complete, then a reload: the old card stays in place, the banner still asks, entering the card again pays once', async () => {
    await stage.withVisit('complete-lost-then-reload', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      await visit.page.route(COMPLETE, (route: Route) => route.abort('internetdisconnected'), { times: 1 });
      let form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await toldConnectionLost(form);

      const status = await visit.reload();
      assert.equal(status.state, 'failed');
      await readBanner(visit, 'Your last payment didn’t go through');
      await visit.shot('reloaded');
      ledger.assertUntouched();

      form = await openBannerForm(visit);
      await form.type(GOOD_CARD);
      await form.save();
      await bannerThanks(visit, /Your payment of \$29\.00 went through/);
      ledger.assertPaidOnceWith(GOOD_CARD);
      await reloadAllClear(visit);
    });
  });

  it('reload while the bank checks a new card (3-D Secure): nothing half-applied; doing it again pays once', async () => {
    await stage.withVisit('reload-during-card-3ds', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      let form = await openBannerForm(visit);
      await form.type(THREE_DS_CARD);
      await form.save();
      await visit.threeDS.waitFor();
      assert.match(await textOf(visit.threeDS), /Confirm that this card is yours\./);
      await visit.shot('bank-asks');

      const status = await visit.reload();
      assert.equal(status.state, 'failed');
      await readBanner(visit, 'Your last payment didn’t go through');
      assert.equal(await visit.threeDS.count(), 0, 'no bank dialog left over');
      await visit.shot('reloaded');
      ledger.assertUntouched();

      form = await openBannerForm(visit);
      await form.type(THREE_DS_CARD);
      await form.save();
      const challenges = await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]'));
      assert.equal(challenges, 2, 'the bank checked the card, then the payment');
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      ledger.assertPaidOnceWith(THREE_DS_CARD);
      await reloadAllClear(visit);
    });
  });

  it(
    'reload while the bank confirms the payment with a new card: the form offers to finish with it; that pays once and keeps the new card',
    async () => {
      await stage.withVisit('reload-during-payment-3ds', async (visit) => {
        const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
        const form = await openBannerForm(visit);
        await form.type(THREE_DS_CARD);
        await form.save();
        await visit.threeDS.waitFor();
        await visit.threeDS.getByRole('button', { name: 'Complete authentication' }).click();
        // The card is confirmed; the bank now wants the payment confirmed too.
        await visit.page.locator('dialog.pm-3ds[open]', { hasText: 'Confirm the payment.' }).waitFor();
        await visit.shot('bank-asks-payment');

        const status = await visit.reload();
        await visit.shot('reloaded');
        assert.equal(status.state, 'action_required', 'the payment waits for the bank');
        await readBanner(visit, 'Your bank needs you to confirm a payment');
        assert.equal(ledger.invoice().status, 'open');
        assert.equal(ledger.charges(), 0);

        await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
        // The form remembers (in this tab's sessionStorage) the card confirmed before the reload, and
        // offers to finish with it rather than confirming the payment with the old card on file.
        await visit.page.locator('paymend-form').getByRole('button', { name: 'Try again' }).click();
        assert.equal(await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]')), 1);
        assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
        await visit.shot('confirmed');
        // The card the customer entered and the bank confirmed is the one now charged: it must be the default too.
        ledger.assertPaidOnceWith(THREE_DS_CARD);
        await reloadAllClear(visit);
      });
    },
  );

  it('action_required: reload while "Confirm payment" waits for the bank; confirming again pays once', async () => {
    await stage.withVisit('reload-during-confirm', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      await visit.threeDS.waitFor();
      await visit.shot('bank-asks');

      const status = await visit.reload();
      assert.equal(status.state, 'action_required');
      await readBanner(visit, 'Your bank needs you to confirm a payment');
      await visit.shot('reloaded');
      ledger.assertUntouched();

      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      assert.equal(await answerBank(visit, 'Complete authentication', visit.page.locator('paymend-banner[state="updated"]')), 1);
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      ledger.assertPaidOnceWith(ledger.oldCard);
      await reloadAllClear(visit);
    });
  });

  it('action_required: the bank is confirmed in another window while this page waits; a reload shows all clear', async () => {
    await stage.withVisit('confirmed-elsewhere', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'action_required');
      await visit.banner.getByRole('button', { name: 'Confirm payment' }).click();
      await visit.threeDS.waitFor();
      await visit.shot('bank-asks');

      // The customer confirms in their bank's app instead; Stripe tells the handler by webhook.
      const paymentIntent = ledger.paymentAwaitingBank();
      assert.ok(paymentIntent, 'a payment waits for the bank');
      standin().authenticate(paymentIntent, true);
      await standin().flushWebhooks();

      await reloadAllClear(visit);
      assert.equal(await visit.threeDS.count(), 0);
      ledger.assertPaidOnceWith(ledger.oldCard);
    });
  });

  it('two tabs submit two good cards at once: paid once, one default everywhere, both tabs end well', async () => {
    await stage.withVisit('two-tabs', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      await racingTabs(visit, ledger, [GOOD_CARD, MASTERCARD]);
    });
  });

  it('two tabs at once, the subscription with its own default card: both defaults end on the same card', async () => {
    await stage.withVisit('two-tabs-own-default', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      // As Stripe Checkout leaves it: the subscription names its card, which wins over the customer's.
      const stripe = new Stripe('sk_test_offline_demo', { host: standin().host, port: standin().port, protocol: 'http', telemetry: false });
      const oldPaymentMethod = standin().get(ledger.customerId).invoice_settings.default_payment_method as string;
      await stripe.subscriptions.update(ledger.subscriptionId, { default_payment_method: oldPaymentMethod });
      assert.equal(standin().get(ledger.subscriptionId).default_payment_method, oldPaymentMethod);
      // Stripe is slow to apply the first subscription update: the other tab's whole update runs meanwhile.
      standin().failNext(1, { status: 200, pathIncludes: `/v1/subscriptions/${ledger.subscriptionId}`, delayMs: 1500 });
      await racingTabs(visit, ledger, [GOOD_CARD, MASTERCARD]);
    });
  });

  it('two tabs at once, one card declined: the good card wins and is the default', async () => {
    await stage.withVisit('two-tabs-one-declined', async (visit) => {
      const { ledger } = await Ledger.signIn(visit, 'insufficient_funds');
      const [declined, good] = await racingTabs(visit, ledger, [DECLINING_CARD, GOOD_CARD]);
      assert.equal(declined!.thanked, false, 'the declined card is not adopted');
      assert.match(declined!.text, /The payment was declined/);
      assert.equal(good!.thanked, true);
      ledger.assertPaidOnceWith(GOOD_CARD);
    });
  });
});

/**
 * The same person in two tabs (one browser context, one session cookie): both open the form, type
 * `cards[i]` in tab i and press save together. Checks what must hold whoever wins: the invoice paid
 * once, one card the default of the customer and the subscription, each tab ending in a thank-you
 * or an explanation, and no banner in either tab after a reload. Returns how each tab ended.
 */
async function racingTabs(visit: Visit, ledger: Ledger, cards: [string, string]) {
  const tabs = [visit, await visit.newTab(`${visit.name}-second-tab`)];
  await tabs[1]!.dashboard();
  const forms: CardForm[] = [];
  for (const [i, tab] of tabs.entries()) {
    await tab.page.bringToFront(); // a tab in the background gets few animation frames: typing there crawls
    await readBanner(tab, 'Your last payment didn’t go through');
    const form = await openBannerForm(tab);
    await form.type(cards[i]!);
    forms.push(form);
  }
  // Dispatched, not clicked: Playwright's click first waits for the button to be stable across
  // animation frames, which Chromium holds back in a tab that is not in front; clicked, the first
  // tab's submission started about 2 s after the other's, and the two never overlapped.
  await Promise.all(forms.map((form) => form.submit.dispatchEvent('click')));
  const outcomes = await Promise.all(tabs.map(outcomeOf));
  for (const tab of tabs) await tab.shot('after-both-saved');

  for (const outcome of outcomes) {
    if (outcome.thanked) assert.match(outcome.text, /^Thank you, you’re all set /, outcome.tab);
    else assert.match(outcome.text, /declined|already/i, `${outcome.tab} explains why: ${outcome.text}`);
  }
  assert.ok(outcomes.some((outcome) => outcome.thanked), 'at least one tab went through');
  const card = ledger.defaultCard();
  const entered = cards.filter((_, i) => outcomes[i]!.thanked).map(last4);
  assert.ok(card !== null && entered.includes(card), `the default (${card}) is a card a thanked tab entered (${entered.join(', ')})`);
  ledger.assertPaidOnceWith(card);
  for (const tab of tabs) {
    await tab.page.bringToFront();
    await reloadAllClear(tab);
  }
  return outcomes;
}
