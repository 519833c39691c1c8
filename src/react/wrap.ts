/**
 * The one helper behind `paymend/react`: a React component for a Paymend tag, built with
 * `@lit/react`'s `createComponent`, that is safe to import and render on a server.
 *
 * Why a stand-in instead of the element class: `createComponent` only reads `elementClass.prototype`
 * to tell element properties (set on the node after render) from attributes (left to React), and
 * its `name` for React's dev tools. Importing the real classes would run Lit (and its DOM shim) on a
 * server and put every element's code (the form, the report with uPlot) into any app that imports a
 * single wrapper. So the wrapper knows the property names (kept equal to the manifest's public
 * properties by test/package/manifest.test.ts), and the element's code loads in the browser only.
 *
 * Why the tag is registered from an effect: effects never run during server rendering, so a server
 * defines nothing; and by the time this effect runs, `@lit/react` has already set the properties
 * (its layout effect runs first), so the element upgrades with its `endpoint` in place: no "needs an
 * endpoint" warning after hydration, no request for a missing endpoint.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { PaymendEvent, PaymendEventName } from '../internal/events.js';

/** React prop name (`onPaymendStatus`) → the DOM event it listens to (`paymend-status`). */
export type EventProps = Record<string, PaymendEventName>;

/** `onPaymendStatus?: (event: PaymendEvent<'paymend-status'>) => void`, for each event prop. */
export type EventHandlers<E extends EventProps> = { [P in keyof E]?: (event: PaymendEvent<E[P]>) => void };

/**
 * The props of a wrapper: React's HTML attributes (`id`, `className`, `style`, `children`…), the
 * element's public properties `K` (typed as on the element), and one `on…` handler per event.
 */
export type PaymendComponentProps<I extends HTMLElement, K extends keyof I, E extends EventProps> = Omit<
  React.HTMLAttributes<I>,
  K | keyof E
> &
  Partial<Pick<I, K>> &
  EventHandlers<E> &
  React.RefAttributes<I>;

export type PaymendComponent<I extends HTMLElement, K extends keyof I, E extends EventProps> = React.ForwardRefExoticComponent<
  PaymendComponentProps<I, K, E>
>;

export interface WrapperSpec<I extends HTMLElement, K extends keyof I & string, E extends EventProps> {
  tagName: string;
  displayName: string;
  /** The element's public properties: set on the node, not as attributes (objects such as `status` included). */
  properties: readonly K[];
  events: E;
  /** Imports the module that registers the tag (browser only; called once per page). */
  register: () => Promise<unknown>;
}

const registering = new Map<string, Promise<unknown>>();

function registerOnce(tagName: string, register: () => Promise<unknown>): void {
  if (registering.has(tagName) || customElements.get(tagName)) return;
  const loading = register().catch((error: unknown) => {
    registering.delete(tagName); // A failed download is retried by the next render.
    console.warn(`paymend/react could not load <${tagName}>: ${error instanceof Error ? error.message : String(error)}`);
  });
  registering.set(tagName, loading);
}

export function wrap<I extends HTMLElement, K extends keyof I & string, E extends EventProps>(
  spec: WrapperSpec<I, K, E>,
): PaymendComponent<I, K, E> {
  // A prototype with nothing inherited, so only the listed names count as properties (`'toString' in
  // {}` is true) and none of React's reserved names (children, ref, style…) is ever among them.
  const prototype: Record<string, undefined> = Object.create(null);
  for (const name of spec.properties) prototype[name] = undefined;
  const standIn = { name: spec.displayName, prototype } as unknown as new () => I;

  const Inner = createComponent({
    react: React,
    tagName: spec.tagName,
    elementClass: standIn,
    events: spec.events,
    displayName: spec.displayName,
  });

  const Outer = React.forwardRef<I, PaymendComponentProps<I, K, E>>((props, ref) => {
    React.useEffect(() => registerOnce(spec.tagName, spec.register), []);
    return React.createElement(Inner, { ...(props as object), ref } as React.ComponentProps<typeof Inner>);
  });
  Outer.displayName = spec.displayName;
  return Outer as PaymendComponent<I, K, E>;
}
