/** The banner's icons: decorative (the message says it all), so hidden from assistive technology. */
import { html, type TemplateResult } from 'lit';
import type { Severity } from '../../explain/catalog.js';

export function icon(severity: Severity): TemplateResult {
  // A heads-up (expiring, a debit on its way) is a clock; anything that needs action a warning sign.
  const path =
    severity === 'info'
      ? 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 5v5.4l3.3 3.3-1.4 1.4L11 13.2V7h2Z'
      : 'M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z';
  return svg(path, 20);
}

function svg(path: string, size: number): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false">
    <path fill="currentColor" d=${path}></path>
  </svg>`;
}

export const checkIcon = svg('M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.3 14.3-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7Z', 20);
export const closeIcon = svg('M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z', 16);
