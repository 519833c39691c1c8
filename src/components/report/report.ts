import { define } from '../../internal/paymend-element.js';
import { PaymendReport } from './report.component.js';

export { PaymendReport };

define('paymend-report', PaymendReport);

declare global {
  interface HTMLElementTagNameMap {
    'paymend-report': PaymendReport;
  }
}
