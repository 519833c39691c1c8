import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OffersResponseSchema } from '../../src/protocol/index.js';
import {
  addMonths,
  offersFor,
  pauseChoice,
  planChoice,
  type EligibilityInput,
  type PriceFacts,
  type SubscriptionFacts,
} from '../../src/server/offers/eligibility.js';
import { offersSchema, type OffersOptions } from '../../src/server/offers/options.js';
import { HandlerOptionsError, resolveOptions } from '../../src/server/options.js';

const NOW = Date.UTC(2026, 0, 31, 12, 0, 0);
const price = (id: string, amount: number, o: Partial<PriceFacts> = {}): PriceFacts => ({
  id,
  active: true,
  amount,
  currency: 'eur',
  interval: 'month',
  intervalCount: 1,
  productName: `Plan ${id}`,
  ...o,
});
const PRO = price('price_pro', 4900);
const sub = (o: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  id: 'sub_1',
  status: 'past_due',
  billingMode: 'flexible',
  collectionMethod: 'charge_automatically',
  hasSchedule: false,
  item: { id: 'si_1', price: PRO },
  paused: false,
  ...o,
});
const POLICY: OffersOptions = { pause: {}, changePlan: { prices: ['price_basic', 'price_mini', 'price_usd', 'price_year', 'price_pro', 'price_max'] } };
const TARGETS = [
  price('price_basic', 2900),
  price('price_mini', 900),
  price('price_usd', 1000, { currency: 'usd' }),
  price('price_year', 1000, { interval: 'year' }),
  price('price_max', 9900),
  price('price_other', 100),
];

function input(o: Partial<EligibilityInput> & { options?: OffersOptions } = {}): EligibilityInput {
  const { options, ...rest } = o;
  return {
    state: 'failed',
    subscription: sub(),
    due: { amount: 4900, currency: 'eur' },
    targets: TARGETS,
    history: { pauseAt: null, changePlanAt: null },
    policy: offersSchema.parse(options ?? POLICY),
    now: NOW,
    ...rest,
  };
}

describe('offers eligibility', () => {
  it('offers a pause of 1…maxMonths with the day billing resumes, and only cheaper plans of the same currency and interval, cheapest last', () => {
    const offers = offersFor(input());
    assert.ok(OffersResponseSchema.safeParse(offers).success, 'the answer is the wire shape');
    assert.deepEqual(offers.refused, {});
    assert.deepEqual(
      offers.pause?.options.map((o) => [o.months, o.resumesAt]),
      [
        [1, '2026-02-28T12:00:00.000Z'],
        [2, '2026-03-31T12:00:00.000Z'],
        [3, '2026-04-30T12:00:00.000Z'],
      ],
    );
    assert.equal(offers.pause?.method, 'subscription');
    assert.equal(offers.pause?.overdueInvoice, 'void');
    assert.equal(offers.pause?.access, 'deny');
    assert.deepEqual(offers.pause?.due, { amount: 4900, currency: 'eur' });
    assert.deepEqual(offers.changePlan?.options.map((p) => p.price), ['price_basic', 'price_mini']);
    assert.equal(offers.changePlan?.current.price, 'price_pro');
    assert.equal(offers.changePlan?.billing, 'now');
    assert.equal(offers.changePlan?.prorationBehavior, 'none');
  });

  it('auto uses pause_collection when the billing mode is classic or the subscription is invoiced by email', () => {
    assert.equal(offersFor(input({ subscription: sub({ billingMode: 'classic' }) })).pause?.method, 'collection');
    assert.equal(offersFor(input({ subscription: sub({ billingMode: null }) })).pause?.method, 'collection');
    assert.equal(offersFor(input({ subscription: sub({ collectionMethod: 'send_invoice' }) })).pause?.method, 'collection');
  });

  it('a forced subscription pause Stripe does not allow here is not_supported; a forced collection pause is always possible', () => {
    const forced = (method: 'subscription' | 'collection') => input({ options: { pause: { method } }, subscription: sub({ billingMode: 'classic' }) });
    assert.equal(offersFor(forced('subscription')).refused.pause, 'not_supported');
    assert.equal(offersFor(forced('collection')).pause?.method, 'collection');
  });

  it('refuses both when the state does not qualify, naming not_failing', () => {
    const offers = offersFor(input({ state: 'expiring' }));
    assert.equal(offers.pause, null);
    assert.equal(offers.changePlan, null);
    assert.deepEqual(offers.refused, { pause: 'not_failing', changePlan: 'not_failing' });
    assert.ok(offersFor(input({ state: 'expiring', options: { ...POLICY, states: ['expiring'] } })).pause, 'the merchant chooses the states');
  });

  it('refuses without a live subscription, and for one with a schedule or several items', () => {
    assert.equal(offersFor(input({ subscription: null })).refused.pause, 'no_subscription');
    assert.equal(offersFor(input({ subscription: sub({ status: 'canceled' }) })).refused.changePlan, 'no_subscription');
    assert.equal(offersFor(input({ subscription: sub({ hasSchedule: true }) })).refused.pause, 'not_supported');
    assert.equal(offersFor(input({ subscription: sub({ item: null }) })).refused.changePlan, 'not_supported');
  });

  it('no pause for an interval the merchant did not allow (annual plans by default)', () => {
    const annual = sub({ item: { id: 'si_1', price: price('price_pro', 49000, { interval: 'year' }) } });
    assert.equal(offersFor(input({ subscription: annual })).refused.pause, 'interval_not_allowed');
    assert.ok(offersFor(input({ subscription: annual, options: { pause: { intervals: ['month', 'year'] } } })).pause);
  });

  it('once per N months per customer: refused until the months have passed, and 0 means no limit', () => {
    const tookPause = { pauseAt: addMonths(NOW, -11), changePlanAt: null };
    assert.equal(offersFor(input({ history: tookPause })).refused.pause, 'used_recently');
    assert.ok(offersFor(input({ history: { pauseAt: addMonths(NOW, -12), changePlanAt: null } })).pause, 'twelve months later it is offered again');
    assert.ok(offersFor(input({ history: tookPause, options: { pause: { oncePerMonths: 0 } } })).pause);
    const switched = { pauseAt: null, changePlanAt: NOW - 86_400_000 };
    assert.equal(offersFor(input({ history: switched })).refused.changePlan, 'used_recently');
    assert.ok(offersFor(input({ history: { pauseAt: null, changePlanAt: addMonths(NOW, -1) } })).changePlan);
  });

  it('a pause in force or a subscription Stripe paused for a failure cannot be paused again', () => {
    assert.equal(offersFor(input({ subscription: sub({ paused: true }) })).refused.pause, 'used_recently');
    assert.equal(offersFor(input({ subscription: sub({ status: 'paused' }) })).refused.pause, 'not_supported');
  });

  it('no cheaper price: none allowed, inactive, tiered, or all dearer', () => {
    assert.equal(offersFor(input({ targets: [price('price_max', 9900)] })).refused.changePlan, 'no_cheaper_price');
    assert.equal(offersFor(input({ targets: [price('price_basic', 2900, { active: false })] })).refused.changePlan, 'no_cheaper_price');
    assert.equal(offersFor(input({ targets: [price('price_basic', null as unknown as number, { amount: null })] })).refused.changePlan, 'no_cheaper_price');
    assert.equal(offersFor(input({ targets: [price('price_other', 100)] })).refused.changePlan, 'no_cheaper_price', 'a price not in the list is never offered');
  });

  it('an offer not configured is null with no reason', () => {
    const offers = offersFor(input({ options: { pause: {} } }));
    assert.equal(offers.changePlan, null);
    assert.equal(offers.refused.changePlan, undefined);
  });

  it('checks a choice against the offer: a length past maxMonths, a price not offered', () => {
    const offers = offersFor(input());
    const ok = pauseChoice(offers, 2);
    assert.ok(ok.ok && ok.value.resumesAt === '2026-03-31T12:00:00.000Z');
    const tooLong = pauseChoice(offers, 4);
    assert.ok(!tooLong.ok && /up to 3 months/.test(tooLong.message));
    assert.ok(planChoice(offers, 'price_mini').ok);
    const dearer = planChoice(offers, 'price_max');
    assert.ok(!dearer.ok && /cheaper/.test(dearer.message));
    const refused = pauseChoice(offersFor(input({ state: 'ok' })), 1);
    assert.ok(!refused.ok && /payment is not going through/.test(refused.message));
  });

  it('adds calendar months, clamping to the end of shorter months', () => {
    assert.equal(new Date(addMonths(Date.UTC(2027, 0, 31), 1)).toISOString(), '2027-02-28T00:00:00.000Z');
    assert.equal(new Date(addMonths(Date.UTC(2026, 10, 15), 3)).toISOString(), '2027-02-15T00:00:00.000Z');
    assert.equal(new Date(addMonths(Date.UTC(2026, 5, 30), -11)).toISOString(), '2025-07-30T00:00:00.000Z');
  });
});

describe('offers options', () => {
  it('are strict, with defaults, and need at least one offer', () => {
    const parsed = offersSchema.parse({ pause: {} });
    assert.deepEqual(parsed.pause, {
      maxMonths: 3,
      method: 'auto',
      collectionBehavior: 'void',
      overdueInvoice: 'void',
      intervals: ['month'],
      oncePerMonths: 12,
      access: 'deny',
    });
    assert.deepEqual(parsed.states, ['failed', 'action_required']);
    assert.equal(offersSchema.safeParse({}).success, false);
    assert.equal(offersSchema.safeParse({ pause: { maxMonths: 13 } }).success, false);
    assert.equal(offersSchema.safeParse({ changePlan: { prices: [] } }).success, false);
    assert.equal(offersSchema.safeParse({ changePlan: { prices: ['prod_x'] } }).success, false);
  });
});

describe('offers and support in createHandler options', () => {
  const base = { stripe: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecret: 'whsec_x', resolveCustomer: () => null };
  const problems = (extra: Record<string, unknown>) => {
    try {
      resolveOptions({ ...base, ...extra } as never);
      return [];
    } catch (error) {
      assert.ok(error instanceof HandlerOptionsError);
      return error.problems;
    }
  };

  it('a misspelt key says what was meant, at every depth', () => {
    assert.deepEqual(problems({ offers: { pause: { maxmonths: 2 } } }), ['offers.pause.maxmonths: unknown option (did you mean maxMonths?)']);
    assert.deepEqual(problems({ offers: { changeplan: {} } }), ['offers.changeplan: unknown option (did you mean changePlan?)', 'offers: offer at least one of pause or changePlan']);
    assert.deepEqual(problems({ offers: { changePlan: { prices: ['price_1'], prorationbehavior: 'none' } } }), [
      'offers.changePlan.prorationbehavior: unknown option (did you mean prorationBehavior?)',
    ]);
  });

  it('bad values fail the deploy, naming the option', () => {
    assert.match(problems({ offers: { pause: { method: 'stripe' } } }).join('\n'), /offers\.pause\.method/);
    assert.match(problems({ offers: { states: ['late'] } }).join('\n'), /offers\.states\.0/);
    assert.match(problems({ support: {} }).join('\n'), /support: name at least one way to reach support/);
    assert.match(problems({ rateLimits: { Offers: { limit: 1, windowSeconds: 1 } } }).join('\n'), /did you mean offers\?/);
  });

  it('resolves with its defaults', () => {
    const resolved = resolveOptions({ ...base, offers: { changePlan: { prices: ['price_1'] } }, support: { email: 'help@example.com' } } as never);
    assert.deepEqual(resolved.offers?.changePlan, { prices: ['price_1'], prorationBehavior: 'none', billing: 'now', overdueInvoice: 'void', oncePerMonths: 1 });
    assert.deepEqual(resolved.rateLimits.offers, { limit: 10, windowSeconds: 600 });
    assert.deepEqual(resolved.support, { email: 'help@example.com' });
  });
});
