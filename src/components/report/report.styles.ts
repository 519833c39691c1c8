import { css } from 'lit';
import { controlStyles, darkTokens, lightTokens } from '../../internal/theme.styles.js';

/*
 * The report's look: the shared tokens and controls, a chart palette of its own (contrast checked
 * against both surfaces), and the part of uPlot's stylesheet a chart without legend or cursor needs
 * (uPlot ships plain CSS for the document, which does not reach a shadow root). `theme="dark"` and
 * `theme="light"` force a theme, like the banner; `auto` follows the system.
 */
const lightPalette = css`
  --_report-accent: var(--paymend-report-color-accent, #0969da);
  --_report-success: var(--paymend-report-color-success, #1a7f37);
  --_report-danger: var(--paymend-report-color-danger, #c21c2c);
  --_report-muted: var(--paymend-report-color-muted, #6e7781);
  --_report-axis: var(--paymend-color-text-muted, #59636e);
  --_report-grid: var(--paymend-report-color-grid, #d1d9e0);
`;

const darkPalette = css`
  --_report-accent: var(--paymend-report-color-accent, #4493f8);
  --_report-success: var(--paymend-report-color-success, #57ab5a);
  --_report-danger: var(--paymend-report-color-danger, #f47067);
  --_report-muted: var(--paymend-report-color-muted, #9198a1);
  --_report-axis: var(--paymend-color-text-muted, #9198a1);
  --_report-grid: var(--paymend-report-color-grid, #3d444d);
`;

const uplotStyles = css`
  .uplot,
  .uplot * {
    box-sizing: border-box;
  }
  .uplot {
    line-height: 1.5;
    width: min-content;
  }
  .u-wrap {
    position: relative;
    user-select: none;
  }
  .u-over,
  .u-under {
    position: absolute;
  }
  .u-under {
    overflow: hidden;
  }
  .uplot canvas {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
  }
  .u-axis {
    position: absolute;
  }
  .u-axis.u-off,
  .u-select.u-off,
  .u-cursor-x.u-off,
  .u-cursor-y.u-off,
  .u-cursor-pt.u-off {
    display: none;
  }
  .u-select {
    position: absolute;
    pointer-events: none;
  }
`;

export const reportStyles = [
  controlStyles,
  uplotStyles,
  css`
    :host {
      display: block;
      color-scheme: light;
      --_spacing: var(--paymend-spacing, 0.25rem);
      ${lightTokens}
      ${lightPalette}
    }

    :host([theme='dark']) {
      color-scheme: dark;
      ${darkTokens}
      ${darkPalette}
    }

    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        color-scheme: dark;
        ${darkTokens}
        ${darkPalette}
      }
    }

    .base {
      box-sizing: border-box;
      padding: calc(4 * var(--_spacing));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
    }

    h2,
    h3 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.0625em;
    }

    .range,
    .summary,
    .detail {
      color: var(--_muted);
    }
    .range {
      margin: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: calc(2 * var(--_spacing)) calc(4 * var(--_spacing));
      margin: var(--_spacing) 0 0;
    }
    a {
      color: var(--_link);
    }

    .live:empty {
      display: none;
    }
    .live,
    .error {
      margin: calc(3 * var(--_spacing)) 0 0;
    }
    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(2 * var(--_spacing)) calc(3 * var(--_spacing));
    }

    .headline {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: calc(3 * var(--_spacing));
      margin: calc(4 * var(--_spacing)) 0 0;
    }
    .figure {
      margin: 0;
      padding: calc(3 * var(--_spacing));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .headline dt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .headline dd {
      margin: var(--_spacing) 0 0;
      font-size: 1.5em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .headline dd.detail {
      font-size: 0.875em;
      font-weight: 400;
    }

    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: calc(4 * var(--_spacing));
      margin: calc(4 * var(--_spacing)) 0 0;
    }
    .chart {
      min-width: 0;
    }
    .chart-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(2 * var(--_spacing));
    }
    .summary {
      margin: calc(2 * var(--_spacing)) 0;
      font-size: 0.875em;
    }
    /* The key of a chart with several series; hidden from screen readers, which get the table. */
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(1 * var(--_spacing)) calc(4 * var(--_spacing));
      margin: 0 0 var(--_spacing);
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: calc(1.5 * var(--_spacing));
    }
    .swatch {
      display: inline-block;
      width: 0.75em;
      height: 0.75em;
      border-radius: 2px;
      forced-color-adjust: none;
    }
    .tone-accent {
      background: var(--_report-accent);
    }
    .tone-success {
      background: var(--_report-success);
    }
    .tone-danger {
      background: var(--_report-danger);
    }
    .tone-muted {
      background: var(--_report-muted);
    }
    .plot {
      min-height: 220px;
      overflow: hidden;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: var(--_spacing);
    }
    th,
    td {
      padding: var(--_spacing) calc(2 * var(--_spacing));
      border-bottom: 1px solid var(--_border);
      text-align: end;
    }
    th:first-child {
      text-align: start;
    }
    thead th {
      color: var(--_muted);
      font-weight: 600;
    }

    /* The ways out: a few small tables side by side where they fit, stacked on a narrow screen. */
    .retention {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: calc(3 * var(--_spacing)) calc(4 * var(--_spacing));
      margin: calc(4 * var(--_spacing)) 0 0;
    }
    .retention h3,
    .retention-note {
      grid-column: 1 / -1;
      margin: 0;
    }
    .retention-note {
      font-size: 0.875em;
    }

    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .table-wrap:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    @media (forced-colors: active) {
      .base,
      .figure {
        border-color: CanvasText;
      }
    }
  `,
];
