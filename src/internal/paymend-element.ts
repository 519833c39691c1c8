import { LitElement } from 'lit';
import type { PaymendEvent, PaymendEventDetailMap, PaymendEventName } from './events.js';

export interface EmitOptions {
  /** Lets a listener call `preventDefault()` to stop the element's default action. */
  cancelable?: boolean;
}

/** Base class of every Paymend element: typed, bubbling, composed events. */
export class PaymendElement extends LitElement {
  /**
   * Dispatches a bubbling, composed event and returns it, so callers can check `defaultPrevented`.
   * @internal For the elements and their views: pages listen to the events, they do not fire them
   * (hence not in the manifest, the editor data or the JSX types).
   */
  emit<N extends PaymendEventName>(
    name: N,
    detail: PaymendEventDetailMap[N],
    options: EmitOptions = {},
  ): PaymendEvent<N> {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}

/**
 * Registers a custom element unless the tag is taken. A page may load the script twice (npm build
 * plus CDN tag, or two micro-frontends); the second `customElements.define` would otherwise throw.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
