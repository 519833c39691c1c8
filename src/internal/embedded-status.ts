/**
 * A status the merchant rendered into the page (`embedStatus` from `paymend/server`):
 *
 *   <script type="application/json" data-paymend-status>{"v":1,…}</script>
 *
 * read before any request, so the element decides (and, with its view at hand, renders) in the
 * page's first frame and never asks `GET /status`. It may sit anywhere in the document before the
 * element (one for every element of the page), or as the element's own child; a non-empty
 * `data-paymend-status` names the endpoint it is for. Part of the page entry: no zod here, only the
 * outline check a fetched status gets; the view validates it in full, as it does a fetched one.
 */
import type { Status } from '../protocol/index.js';
import { endpointUrl, hasStatusOutline } from './api-client.js';
import { PATHS } from '../protocol/constants.js';
import { warnOnce } from './log.js';

const SELECTOR = 'script[type="application/json"][data-paymend-status]';

/** Parsed once per script element: the banner and the wall of one page share it (and its warning). */
const parsed = new WeakMap<Element, Status | null>();

function read(script: Element): Status | null {
  if (parsed.has(script)) return parsed.get(script)!;
  let value: unknown;
  let status: Status | null = null;
  try {
    value = JSON.parse(script.textContent ?? '');
  } catch {
    warnOnce(script, 'ignored the embedded status: not JSON (write it with embedStatus); fetching it');
  }
  if (value != null) {
    if (hasStatusOutline(value)) status = value;
    else warnOnce(script, 'ignored the embedded status: not a Paymend status (v, state, access.wall); fetching it');
  }
  // `null` (what embedStatus gives for nobody signed in) says nothing: the element asks itself.
  parsed.set(script, status);
  return status;
}

const sameEndpoint = (a: string, b: string) => a === b || (!!a && !!b && endpointUrl(a, PATHS.status) === endpointUrl(b, PATHS.status));

/** The embedded status meant for `element`, or `null` when there is none (or it is unusable, warned). */
export function embeddedStatus(element: HTMLElement & { endpoint: string }): Status | null {
  const own = element.querySelector(`:scope > ${SELECTOR}`);
  if (own) return read(own);
  if (typeof document === 'undefined') return null;
  for (const script of document.querySelectorAll(SELECTOR)) {
    // Another element's own child is that element's.
    if (script.parentElement?.localName.startsWith('paymend-')) continue;
    const forEndpoint = script.getAttribute('data-paymend-status') ?? '';
    if (forEndpoint === '' || sameEndpoint(forEndpoint, element.endpoint)) return read(script);
  }
  return null;
}
