/**
 * Records what an element's live regions would announce, from the DOM changes in its shadow root:
 * every time the text of a `role="status"`, `role="alert"` or `aria-live` region changes to
 * something non-empty, that text is one announcement (status and alert are atomic: the whole
 * region is read). An empty region announces nothing, but emptying it lets the same text be
 * announced again.
 *
 * What screen readers miss is recorded as a fault: a region inserted with its text already in it
 * (not announced reliably), a region removed while the element is on the page (its next text would
 * go into a new one), a region whose text changes while it or an ancestor is `aria-busy`
 * (Chromium holds the announcement back until the busy ancestor is done, if ever), and an alert
 * written while anything in the element is still busy (the step it reports on is over).
 *
 * Start it before the element's first render (right after it is appended: Lit renders in a
 * microtask) to check the regions are there from the start, or later to record one episode.
 */
export interface Announcement {
  role: string;
  text: string;
}

export interface LiveRegionRecording {
  announcements: Announcement[];
  faults: string[];
  /** Announcements since the last call (for one step of a flow). */
  take(): Announcement[];
  stop(): void;
}

const REGION = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
const text = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const describe = (node: Element) => node.getAttribute('part') ?? node.localName;
const roleOf = (region: Element) => region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`;

export function recordLiveRegions(root: ShadowRoot): LiveRegionRecording {
  const announcements: Announcement[] = [];
  const faults: string[] = [];
  const last = new Map<Element, string>();
  let taken = 0;

  const regionsIn = (node: Node): Element[] =>
    node instanceof Element ? [...(node.matches(REGION) ? [node] : []), ...node.querySelectorAll(REGION)] : [];
  for (const region of root.querySelectorAll(REGION)) last.set(region, text(region));

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        for (const region of regionsIn(node)) {
          if (last.has(region)) continue;
          const now = text(region);
          last.set(region, now);
          if (now) faults.push(`a ${roleOf(region)} region was inserted already holding "${now}"`);
        }
      }
      for (const node of record.removedNodes) {
        for (const region of regionsIn(node)) {
          if (!region.isConnected) faults.push(`a ${roleOf(region)} region holding "${last.get(region)}" was removed`);
        }
      }
    }
    for (const [region, before] of last) {
      if (!region.isConnected) {
        last.delete(region);
        continue;
      }
      const now = text(region);
      if (now === before) continue;
      last.set(region, now);
      if (!now) continue;
      const role = roleOf(region);
      announcements.push({ role, text: now });
      const busy = region.closest('[aria-busy="true"]');
      if (busy) faults.push(`"${now}" was written while ${describe(busy)} around it was aria-busy`);
      // An alert ends a step: whatever was busy with it is not any more when it is written.
      const stillBusy = role === 'alert' && root.querySelector('[aria-busy="true"]');
      if (stillBusy) faults.push(`the alert "${now}" was written while ${describe(stillBusy)} was still aria-busy`);
    }
    // Busy on an ancestor of a region hides whatever it says next, even when nothing changes now.
    for (const region of last.keys()) {
      const busy = region.parentElement?.closest('[aria-busy="true"]');
      if (busy) faults.push(`${describe(busy)} is aria-busy around a ${roleOf(region)} region`);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });

  return {
    announcements,
    faults,
    take() {
      const step = announcements.slice(taken);
      taken = announcements.length;
      return step;
    },
    stop: () => observer.disconnect(),
  };
}
