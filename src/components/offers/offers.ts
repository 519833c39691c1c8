/**
 * `<paymend-offers>`: its own lazily loaded chunk ("Can't pay right now?"). The wall, the banner
 * and the hosted page import it only when the customer opens the offers; no other page loads it.
 */
import { define } from '../../internal/paymend-element.js';
import { PaymendOffers } from './offers.component.js';

define('paymend-offers', PaymendOffers);

// Its HTMLElementTagNameMap entry is in src/tags.ts, typed for every importer of `paymend`.

export { PaymendOffers };
export { offerOnPage, type PageOffersOptions } from './page-offers.js';
