/**
 * After the next rendered frame. Chromium builds the accessibility tree once per frame, so a live
 * region's text emptied and set again within one frame is no change at all to a screen reader; the
 * second change must wait for a frame. A page in the background renders no frames (its tree waits for
 * it anyway), hence the timer that runs the callback soon regardless.
 */
export function afterNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (!done) callback();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 250);
}

/** `afterNextFrame` as a promise. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => afterNextFrame(resolve));
}
