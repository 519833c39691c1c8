import { define } from '../../internal/paymend-element.js';
import { PaymendBanner } from './banner.component.js';

export { PaymendBanner };

define('paymend-banner', PaymendBanner);

// Its HTMLElementTagNameMap entry is in src/tags.ts, typed for every importer of `paymend`.
