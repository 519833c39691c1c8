/**
 * Views whose module has already run, by name. A page that embeds a failing status loads the
 * banner's view render-blocking (`<script type="module" blocking="render" src=".../paymend-banner-view.js">`,
 * docs/elements/banner.md): its module graph, the entry included, runs before the first frame, and the
 * view registers itself here as it runs. The element then builds it in the same update, with no
 * `import()` to wait for (even a module already loaded resolves a task later, after the frame is
 * painted), so the banner is in the page's first frame. Part of the entry: a map and two functions.
 */
const ready = new Map<string, unknown>();

/** Called by a view module as it runs. */
export function viewReady(name: string, view: unknown): void {
  ready.set(name, view);
}

/** The view class registered under `name`, if its module has run. */
export function readyView<T>(name: string): T | undefined {
  return ready.get(name) as T | undefined;
}
