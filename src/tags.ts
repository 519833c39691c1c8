/**
 * The tags' element types for `document.querySelector('paymend-banner')`, `createElement` and
 * friends. Types only, and here rather than beside each `define()`: `index.ts` exports this file's
 * map, so a merchant who imports `paymend` (or only its types) gets the tags typed without importing
 * `paymend/define`, which registers them. `<paymend-report>` is typed by `paymend/report`, the
 * merchant's own entry.
 */
import type { PaymendBanner } from './components/banner/banner.component.js';
import type { PaymendForm } from './components/form/form.component.js';
import type { PaymendOffers } from './components/offers/offers.component.js';
import type { PaymendWall } from './components/wall/wall.component.js';

/** Every customer-facing Paymend tag and its element class. */
export interface PaymendTagNameMap {
  'paymend-banner': PaymendBanner;
  'paymend-wall': PaymendWall;
  'paymend-form': PaymendForm;
  'paymend-offers': PaymendOffers;
}

declare global {
  interface HTMLElementTagNameMap {
    'paymend-banner': PaymendBanner;
    'paymend-wall': PaymendWall;
    'paymend-form': PaymendForm;
    'paymend-offers': PaymendOffers;
  }
}
