/**
 * The status rendered into the merchant's page, so `<paymend-banner>` and `<paymend-wall>` show it in
 * the page's first frame with no `GET /status` (docs/elements/banner.md, "Status in the page").
 *
 * `statusFor` answers what `GET /status` would answer for the same request, or `null` where that
 * route would answer an error (nobody signed in, the store and Stripe both unreachable): a page
 * render must never fail over billing, and an element given no embedded status simply fetches it.
 * `embedStatus` makes that JSON safe inside a `<script type="application/json">`: the HTML parser
 * ends a script at `</script` whatever JSON thinks, so every `<` (and `>`, `&`) is escaped, as are
 * U+2028/U+2029 (line terminators to older JavaScript parsers that may eval the text).
 */
import type { Status } from '../protocol/index.js';
import type { Logger } from './options.js';

export interface StatusForDeps {
  resolvedCustomer(request: Request): Promise<string | null>;
  currentStatus(customerId: string): Promise<Status>;
  logger: Logger;
}

/** `handler.statusFor(request)`: the `/status` answer for this request, or `null`; never rejects. */
export function statusForRequest(deps: StatusForDeps): (request: Request) => Promise<Status | null> {
  return async (request) => {
    try {
      const customerId = await deps.resolvedCustomer(request);
      if (customerId == null) return null;
      return await deps.currentStatus(customerId);
    } catch (error) {
      // The same log line `/status` would write; the page renders without the status and the
      // element asks for it itself (and shows nothing if that fails too).
      deps.logger.error(`statusFor: could not read the billing status: ${error instanceof Error ? error.message : String(error)}`, error);
      return null;
    }
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The text to put inside `<script type="application/json" data-paymend-status>…</script>`: the
 * status as JSON with `<`, `>`, `&`, U+2028 and U+2029 escaped, so no value (an invoice URL, a
 * decline code a newer Stripe invents) can close the script or open markup. `null` gives `null`,
 * which the elements ignore (they fetch the status instead).
 */
export function embedStatus(status: Status | null): string {
  return JSON.stringify(status ?? null).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}
