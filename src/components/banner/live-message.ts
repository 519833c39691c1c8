/**
 * The banner's one live region (WCAG 4.1.3), and when its text changes.
 *
 * Screen readers announce text that changes inside a live region that is already in the
 * accessibility tree; a region inserted with its text in it may say nothing (`role="status"`) or, as
 * an alert, shout on every page load. So the banner renders the region empty with its first message,
 * and each message is drawn next to it first (visible, readable, not announced) and moved into it a
 * frame later: the same words in the same place, so nothing moves on screen, and the region's only
 * change is its text, once per message. Identical text for a new event (another invoice) is emptied
 * and set again, so it is announced again.
 *
 * Not announced: the message the page loads with (shown before the page's `load` event: it is read
 * with the page, and announcing it would interrupt every page view), and a message that a wall on the
 * page says already (its dialog open, or about to open for this very status). The first message of the element is polite even when urgent: the customer
 * has just opened the page and it is in the page for them to read; a later urgent one (a form that
 * could not load, a new failure) is assertive.
 */
import type { Status } from '../../protocol/index.js';
import { afterNextFrame } from '../../internal/next-frame.js';

/** Whether a `<paymend-wall>` on the page shows (or is about to show, for `status`) what the banner says. */
export function wallSaysIt(status: Status | null): boolean {
  for (const wall of document.querySelectorAll('paymend-wall')) {
    const dialog = wall.shadowRoot?.querySelector('dialog');
    if (dialog ? dialog.open : status !== null && status.access.wall !== 'none') return true;
  }
  return false;
}

export class LiveMessage {
  /** The message inside the region (announced), by key. */
  private spoken: string | null = null;
  /** The message last rendered, by key. */
  private current: string | null = null;
  /** A message was shown before the current one: later urgent ones are assertive. */
  private shownBefore = false;

  constructor(
    private readonly requestUpdate: () => void,
    /** Checked when the time comes: true keeps the message out of the region (not announced). */
    private readonly quiet: () => boolean,
  ) {}

  /** Whether the message `key` is rendered inside the region (else next to it). */
  inside(key: string): boolean {
    return this.spoken === key;
  }

  /** The region's `aria-live` for a message: assertive only for a later, urgent one. */
  politeness(key: string, urgent: boolean): 'assertive' | 'polite' {
    return urgent && (this.shownBefore || (this.current !== null && this.current !== key)) ? 'assertive' : 'polite';
  }

  /** After each render, with the key of the message it showed (`null`: nothing, the region is gone). */
  rendered(key: string | null): void {
    if (key === this.current) return;
    const first = this.current === null && !this.shownBefore;
    if (this.current !== null) this.shownBefore = true;
    this.current = key;
    if (key === null) {
      this.spoken = null;
      return;
    }
    // Present as the page loads: part of the page, read with it, not announced over it.
    if (first && document.readyState !== 'complete') return;
    afterNextFrame(() => {
      if (this.current !== key || this.spoken === key || this.quiet()) return;
      this.spoken = key;
      this.requestUpdate();
    });
  }
}
