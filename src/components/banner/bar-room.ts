/**
 * How much of the viewport a `top` or `bottom` bar covers, told to the page so it can make room
 * (WCAG 2.4.11: a bar must not hide the page's own controls). A bar floats over the page, which
 * cannot know its height: it changes with the message, the language, the font size and the zoom.
 *
 * Written to the document root as `--paymend-bar-top` / `--paymend-bar-bottom` (in px, `0px` when
 * no bar covers that edge) and dispatched from the banner as `paymend-bar-resize`
 * `{ placement, blockSize }`. A bar that fell back into the page flow (short or narrow viewports,
 * see banner.styles.ts) covers nothing: it takes its room in the flow, so it counts 0.
 */
import type { ReactiveController } from 'lit';
import type { PaymendBanner } from './banner.component.js';

type Edge = 'top' | 'bottom';

/** Each bar's room, so two bars on one edge (or one leaving) leave the largest, not the last one written. */
const rooms = new Map<BarRoom, { edge: Edge; size: number }>();

function writeRoot(): void {
  for (const edge of ['top', 'bottom'] as const) {
    let size = 0;
    for (const room of rooms.values()) if (room.edge === edge) size = Math.max(size, room.size);
    document.documentElement.style.setProperty(`--paymend-bar-${edge}`, `${size}px`);
  }
}

export class BarRoom implements ReactiveController {
  private readonly observer = new ResizeObserver(() => this.measure());
  /** The edge this bar was last measured on, if it is a bar. */
  private edge: Edge | null = null;

  constructor(private readonly host: PaymendBanner) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
    // Crossing into the page flow (zoom, a rotated phone) changes the room, not always the bar's size.
    addEventListener('resize', this.measure);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    removeEventListener('resize', this.measure);
    if (this.edge) this.publish(this.edge, 0);
  }

  /** After every render: the message, the placement or the `state` may have changed. */
  hostUpdated(): void {
    this.measure();
  }

  private measure = (): void => {
    const placement = this.host.placement;
    const edge = placement === 'top' || placement === 'bottom' ? placement : null;
    const floats = edge !== null && getComputedStyle(this.host).position === 'fixed';
    const size = floats ? Math.ceil(this.host.getBoundingClientRect().height) : 0;
    // A bar moved to the other edge, or inline: the edge it left is free.
    if (this.edge && this.edge !== edge) this.publish(this.edge, 0);
    this.edge = edge;
    if (edge) this.publish(edge, size);
  };

  /** Records this bar's room on `edge`; on a change, rewrites the root's property and tells the page. */
  private publish(edge: Edge, size: number): void {
    const before = rooms.get(this);
    if ((before?.edge === edge ? before.size : 0) === size) return;
    if (size > 0) rooms.set(this, { edge, size });
    else rooms.delete(this);
    writeRoot();
    if (this.host.isConnected) this.host.emit('paymend-bar-resize', { placement: edge, blockSize: size });
  }
}
