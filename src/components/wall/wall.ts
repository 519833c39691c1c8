import { define } from '../../internal/paymend-element.js';
import { PaymendWall } from './wall.component.js';

define('paymend-wall', PaymendWall);

// Its HTMLElementTagNameMap entry is in src/tags.ts, typed for every importer of `paymend`.

export { PaymendWall };
