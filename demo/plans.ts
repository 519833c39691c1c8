/**
 * The demo's price list, seeded into the offline stand-in: the plan every demo customer is on
 * ("Team", $29 or €29 a month), two cheaper ones to switch down to, and Team by the year. Fixed
 * ids (letters and digits after `price_`, as Stripe's are), so the handler's offer configuration (which target prices are allowed) can name them.
 */
import type { StripeStandin } from './stripe-standin/index.js';

export interface DemoPlan {
  id: string;
  product: string;
  amount: number;
  currency: 'usd' | 'eur';
  interval: 'month' | 'year';
  nickname: string;
}

const plan = (id: string, product: string, amount: number, currency: DemoPlan['currency'], interval: DemoPlan['interval'] = 'month'): DemoPlan => ({
  id,
  product,
  amount,
  currency,
  interval,
  nickname: `${product} ${interval === 'year' ? 'yearly' : 'monthly'}`,
});

/** By currency: Stripe prices have one currency, and a subscription only switches within its own. */
export const DEMO_PLANS = {
  usd: {
    team: plan('price_demoTeamUsd', 'Team', 2900, 'usd'),
    starter: plan('price_demoStarterUsd', 'Starter', 1900, 'usd'),
    solo: plan('price_demoSoloUsd', 'Solo', 900, 'usd'),
    teamAnnual: plan('price_demoTeamAnnualUsd', 'Team', 29000, 'usd', 'year'),
  },
  eur: {
    team: plan('price_demoTeamEur', 'Team', 2900, 'eur'),
    starter: plan('price_demoStarterEur', 'Starter', 1900, 'eur'),
    solo: plan('price_demoSoloEur', 'Solo', 900, 'eur'),
    teamAnnual: plan('price_demoTeamAnnualEur', 'Team', 29000, 'eur', 'year'),
  },
} as const satisfies Record<DemoPlan['currency'], Record<string, DemoPlan>>;

/** The cheaper monthly prices a Team customer may switch to (the handler's allowed targets). */
export const DOWNGRADE_TARGETS: readonly string[] = Object.values(DEMO_PLANS).flatMap((p) => [p.starter.id, p.solo.id]);

/**
 * Seed the price list once per stand-in (each product once, its prices under it); later calls
 * find it there. Returns the price id of `which` in `currency`.
 */
export function demoPrice(standin: StripeStandin, currency: DemoPlan['currency'], which: keyof (typeof DEMO_PLANS)['usd']): string {
  if (!standin.get(DEMO_PLANS.usd.team.id)) {
    const products = new Map<string, string>();
    for (const p of Object.values(DEMO_PLANS).flatMap((byCurrency) => Object.values(byCurrency))) {
      const existing = products.get(p.product);
      const price = standin.createPrice({
        id: p.id,
        ...(existing ? { product: existing } : { productName: p.product }),
        amount: p.amount,
        currency: p.currency,
        interval: p.interval,
        nickname: p.nickname,
      });
      products.set(p.product, price.product);
    }
  }
  return DEMO_PLANS[currency][which].id;
}
