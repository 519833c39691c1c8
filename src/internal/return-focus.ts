/**
 * Where focus goes when a Paymend surface that held it goes away — the banner dismissed, the soft
 * wall closed, the wall's thank-you continued — so that it never falls to `<body>` (WCAG 2.4.3: a
 * keyboard or screen-reader user would have to start the page over).
 *
 * In order: the merchant's target (the `return-focus` attribute: an element id or a CSS selector),
 * then the element that had focus before Paymend took it, if it is still on the page and can take
 * focus, then the page's main landmark, then its first `<h1>`. The last two are made focusable for
 * this once (`tabindex="-1"`, which keeps them out of the Tab order).
 */

/** The focused element, inside shadow roots too (the banner's button, not the banner): what to return to. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` can take focus now: on the page, not inert, rendered. */
function canFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected || element === document.body) return false;
  if (element.closest('[inert]')) return false;
  // `checkVisibility` is in every browser Paymend supports; without it, take the element as shown.
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

/** The element a merchant's `return-focus` names: an id first (no escaping needed), else a selector. */
export function focusTarget(reference: string | null | undefined): HTMLElement | null {
  if (!reference) return null;
  const byId = document.getElementById(reference);
  if (byId) return byId;
  try {
    return document.querySelector<HTMLElement>(reference);
  } catch {
    return null; // Not a valid selector: the next choice applies.
  }
}

/**
 * Whether `element` has focus. Not `:focus`, which Chromium matches only while the window itself has
 * focus: in a background window every element would seem to refuse focus (and get a `tabindex`).
 */
function hasFocus(element: HTMLElement): boolean {
  return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
}

/** Focuses `element`; one that is not focusable by nature gets `tabindex="-1"` first. True when it took focus. */
function focusOn(element: HTMLElement): boolean {
  element.focus({ preventScroll: false });
  if (hasFocus(element)) return true;
  if (element.hasAttribute('tabindex')) return false;
  element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
  return hasFocus(element);
}

/**
 * Moves focus to the first place that takes it (see the module comment) and returns it; null when
 * the page has none of them, which leaves focus where the browser put it.
 */
export function returnFocus(options: { target?: string | null; previous?: Element | null } = {}): HTMLElement | null {
  const candidates = [
    focusTarget(options.target),
    options.previous,
    document.querySelector('main, [role="main"]'),
    document.querySelector('h1'),
  ];
  for (const candidate of candidates) {
    if (canFocus(candidate) && focusOn(candidate)) return candidate;
  }
  return null;
}
