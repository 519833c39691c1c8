// End-to-end: saved payment methods in the demo (savedPaymentMethods: 'on'). A customer whose
// renewal was declined, with a second card on file, opens the form, picks "Mastercard •••• 4444"
// from the saved cards (the offline Stripe.js stand-in's list, fed by the CustomerSession) and pays
// without typing a card; the server made that card the default.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bannerThanks, openBannerForm, readBanner, reloadAllClear, Stage } from './visit.js';

const stage = new Stage('test-results/e2e-saved-methods');
before(() => stage.start());
after(() => stage.stop());

describe('saved payment methods end to end (Chromium)', () => {
  it('pays an overdue invoice with the customer’s other saved card in one click', async () => {
    await stage.withVisit('saved-card', async (visit) => {
      const standin = stage.demo.standin!;
      // The demo's scenario: a declined renewal, and a Mastercard saved earlier besides the default.
      await visit.login('second_card');
      const customerId = standin.events.filter((e) => e.type === 'customer.created').at(-1)!.data.object.id as string;
      const second = standin.events
        .filter((e) => e.type === 'payment_method.attached' && e.data.object.customer === customerId)
        .map((e) => e.data.object as { id: string; card?: { last4: string } })
        .find((pm) => pm.card?.last4 === '4444')!;
      await readBanner(visit, 'Your last payment didn’t go through');

      const form = await openBannerForm(visit);
      await form.ready();
      const saved = form.root.getByRole('radio', { name: /Mastercard •••• 4444/ });
      await saved.waitFor();
      assert.equal(await form.root.getByRole('radio', { name: 'A new card' }).isChecked(), true, 'a new card until one is picked');
      await visit.shot('saved-cards');
      await saved.check();
      await form.save();
      assert.match(await bannerThanks(visit, /went through/), /Your payment of \$29\.00 went through\. Thank you!/);
      await visit.shot('thank-you');
      assert.equal(standin.get(customerId).invoice_settings.default_payment_method, second.id, 'the picked card is the default now');
      await reloadAllClear(visit);
    });
  });
});
