// What each live region announces, recorded in the page as a screen reader would meet it. Chromium
// updates its accessibility tree once per rendered frame, and a screen reader speaks a live region's
// new text when the text of a region it already knew changed between two such updates: a region
// that was in the tree (connected, rendered, not hidden, not inert) in the frame before. A region
// inserted with its text already in it, or one that was `display: none` until its text arrived, may
// be read or not depending on the browser and screen reader; text cleared and set again within one
// frame is no change at all. So the recorder samples every live region of the document and of every
// shadow root (it wraps `attachShadow` before the page's scripts run) once per animation frame, and
// notes each region whose text changed since the last frame: how the region stood in that frame (its
// `kind`), and whether an ancestor was `aria-busy` (which holds it back) or it sat under a modal
// dialog (inert for assistive technology).
import assert from 'node:assert/strict';
import type { Visit } from './visit.js';
import { PAGE_DOM } from './page-dom.js';

export interface Announcement {
  /** The region's whole text after the change, whitespace collapsed. */
  text: string;
  /**
   * `existing`: set into a region that was in the accessibility tree in the frame before (what the
   * issue asks); `inserted`: the region arrived with its text; `hidden`: the region existed but was
   * not rendered (or was aria-hidden / inert) in the frame before.
   */
  kind: 'existing' | 'inserted' | 'hidden';
  /** The same number for the same region element, for as long as it stays on the page. */
  region: number;
  /** The region, named by tag, part and role, with the shadow hosts it is in. */
  where: string;
  politeness: string;
  /** An ancestor (crossing shadow roots) had `aria-busy="true"` at that moment. */
  busy: boolean;
  /** A modal dialog was open and the region was not inside it. */
  underModal: boolean;
  /** The region was in the accessibility tree after the change (rendered, not hidden or inert). */
  inTree: boolean;
}

declare global {
  interface Window {
    __a11yLive: { take(): Announcement[] };
  }
}

/** Page side; a string for the reason given in visit.ts (tsx's name helper is not in the page). */
const RECORDER = `(() => {
  const LIVE = '[role=status],[role=alert],[role=log],[aria-live]';
  const roots = [document];
  const known = new Map();
  let records = [];
  let next = 1;
  ${PAGE_DOM}
  const closest = (el, test) => {
    for (let n = el; n && n.nodeType === 1; n = up(n)) if (test(n)) return n;
    return null;
  };
  const text = (el) => (el.textContent || '').replace(/\\s+/g, ' ').trim();
  const inTree = (el) => el.isConnected && el.checkVisibility() && !closest(el, (n) => n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert'));
  const underModal = (el) => {
    const open = roots.flatMap((root) => [...root.querySelectorAll('dialog')]).filter((d) => d.isConnected && d.matches(':modal'));
    return open.length > 0 && !open.some((d) => closest(el, (n) => n === d));
  };
  const sample = () => {
    const live = new Set();
    for (const root of roots) for (const el of root.querySelectorAll(LIVE)) if (el.isConnected && el.getAttribute('aria-live') !== 'off') live.add(el);
    for (const el of live) {
      const now = text(el);
      let entry = known.get(el);
      if (!entry) {
        entry = { id: next++, text: '', inTree: false, seen: false };
        known.set(el, entry);
      }
      if (now !== entry.text && now) {
        records.push({
          text: now,
          kind: !entry.seen ? 'inserted' : entry.inTree ? 'existing' : 'hidden',
          region: entry.id,
          where: describe(el),
          politeness: el.getAttribute('aria-live') || (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite'),
          busy: !!closest(el, (n) => n.getAttribute('aria-busy') === 'true'),
          underModal: underModal(el),
          inTree: inTree(el),
        });
      }
      // How the region stands in this frame is how it stood "before" the next one's change.
      entry.text = now;
      entry.inTree = inTree(el);
      entry.seen = true;
    }
    for (const el of known.keys()) if (!live.has(el)) known.delete(el);
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  };
  const frame = () => {
    sample();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__a11yLive = {
    take: () => {
      sample();
      const taken = records;
      records = [];
      return taken;
    },
  };
})();`;

function show(a: Announcement): string {
  const flags = [a.kind, a.politeness, a.busy && 'aria-busy', a.underModal && 'under a modal', !a.inTree && 'not in the tree'].filter(Boolean).join(', ');
  return `#${a.region} ${a.where} [${flags}]: "${a.text}"`;
}

export class LiveRegions {
  /** Every expectation that did not hold, for the one assertion at the end. */
  readonly problems: string[] = [];

  private constructor(private readonly visit: Visit) {}

  /** Installs the recorder for the visit's next page loads; call before `login()`. */
  static async start(visit: Visit): Promise<LiveRegions> {
    await visit.context.addInitScript(RECORDER);
    return new LiveRegions(visit);
  }

  /** What was announced since the last call, once the page has drawn what changed. */
  async take(): Promise<Announcement[]> {
    await this.visit.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    return this.visit.page.evaluate(() => window.__a11yLive.take());
  }

  /**
   * `event` was announced exactly once (one announcement whose text matches `pattern`), as text set
   * into a region that was already in the accessibility tree, with no `aria-busy` ancestor, and
   * not under a modal dialog it is not part of. Returns it (or null) to compare regions.
   */
  once(announced: Announcement[], event: string, pattern: RegExp): Announcement | null {
    const hits = announced.filter((a) => pattern.test(a.text));
    const all = announced.length ? announced.map(show).join('\n    ') : '(nothing)';
    if (hits.length !== 1) {
      this.problems.push(`${event}: announced ${hits.length} times, not once; the live regions said:\n    ${all}`);
      return hits[0] ?? null;
    }
    const [hit] = hits as [Announcement];
    if (hit.kind !== 'existing') {
      const why = hit.kind === 'inserted' ? 'its region was inserted with the text already in it' : 'its region was not rendered (not in the accessibility tree) until the text arrived';
      this.problems.push(`${event}: not set into an existing live region: ${why}\n    ${show(hit)}`);
    }
    if (hit.busy) this.problems.push(`${event}: announced inside an aria-busy="true" ancestor, which holds it back\n    ${show(hit)}`);
    if (hit.underModal) this.problems.push(`${event}: announced under a modal dialog, where assistive technology does not reach\n    ${show(hit)}`);
    if (!hit.inTree) this.problems.push(`${event}: its region is not in the accessibility tree\n    ${show(hit)}`);
    return hit;
  }

  /** Nothing matching `pattern` was announced (e.g. what the page showed as it loaded). */
  never(announced: Announcement[], event: string, pattern: RegExp, which: (a: Announcement) => boolean = () => true): void {
    const hits = announced.filter((a) => pattern.test(a.text) && which(a));
    if (hits.length > 0) this.problems.push(`${event}:\n    ${hits.map(show).join('\n    ')}`);
  }

  /** Ends the test: every problem found, or none. */
  assertNoProblems(): void {
    assert.deepEqual(this.problems, [], `announcements went wrong ${this.problems.length} time(s):\n${this.problems.join('\n')}`);
  }
}
