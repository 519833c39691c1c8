import { define } from '../../internal/paymend-element.js';
import { PaymendWall } from './wall.component.js';

define('paymend-wall', PaymendWall);

declare global {
  interface HTMLElementTagNameMap {
    'paymend-wall': PaymendWall;
  }
}

export { PaymendWall };
