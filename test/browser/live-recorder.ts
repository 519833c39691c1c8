/**
 * Records what the live regions in a shadow root (or document) announce, as a screen reader would
 * hear them: text that changes inside a region that was already there before the change. A region
 * inserted with its text already in it is recorded apart (`createdWithText`): Chromium may never
 * announce it (a status) or announce it on every page load (an alert).
 *
 * Mutations are read per MutationObserver batch (one per microtask checkpoint). A region created and
 * filled within one batch counts as created with its text: the accessibility tree sees both at once.
 */

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';

export interface Announcement {
  text: string;
  /** `assertive` or `polite`, from `aria-live`, else the role's default. */
  politeness: string;
  region: Element;
}

export interface LiveRecorder {
  announcements: Announcement[];
  /** Texts of regions that appeared already holding them. */
  createdWithText: string[];
  /** The texts announced so far. */
  texts(): string[];
  stop(): void;
}

const textOf = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function politenessOf(region: Element): string {
  const live = region.getAttribute('aria-live');
  if (live) return live;
  return region.getAttribute('role') === 'alert' ? 'assertive' : 'polite';
}

const recorders: LiveRecorder[] = [];

/** Starts recording `root`'s live regions; `stopRecorders()` (or `stop()`) ends it. */
export function recordLive(root: ShadowRoot | Document): LiveRecorder {
  const last = new Map<Element, string>();
  for (const region of root.querySelectorAll(LIVE)) last.set(region, textOf(region));
  const recorder: LiveRecorder = {
    announcements: [],
    createdWithText: [],
    texts: () => recorder.announcements.map((a) => a.text),
    stop: () => observer.disconnect(),
  };
  const observer = new MutationObserver(() => {
    for (const region of root.querySelectorAll(LIVE)) {
      const text = textOf(region);
      if (!last.has(region)) {
        if (text) recorder.createdWithText.push(text);
      } else if (text && text !== last.get(region)) {
        recorder.announcements.push({ text, politeness: politenessOf(region), region });
      }
      last.set(region, text);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  recorders.push(recorder);
  return recorder;
}

export function stopRecorders(): void {
  for (const recorder of recorders.splice(0)) recorder.stop();
}
