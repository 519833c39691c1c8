/**
 * Runs axe-core (the devDependency) against an element, shadow roots included. axe ships as a UMD
 * script, so it is loaded once with a `<script>` tag rather than imported.
 */
import { AssertionError } from './assert.js';

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}
interface Axe {
  run(context: Element, options: unknown): Promise<AxeResults>;
}

let loading: Promise<Axe> | null = null;

function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
  return loading;
}

/** Fails with every WCAG 2.x A/AA violation axe finds in `element` (and what it renders). */
export async function expectAccessible(element: Element, state: string): Promise<void> {
  const axe = await loadAxe();
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  if (results.violations.length > 0) {
    const list = results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)
      .join('; ');
    throw new AssertionError(`axe found violations in the ${state} state: ${list}`);
  }
}
