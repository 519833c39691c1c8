import { define } from '../../internal/paymend-element.js';
import { PaymendBanner } from './banner.component.js';

export { PaymendBanner };

define('paymend-banner', PaymendBanner);

declare global {
  interface HTMLElementTagNameMap {
    'paymend-banner': PaymendBanner;
  }
}
