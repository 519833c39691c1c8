import { css } from 'lit';

/* The wall's own rules; the tokens and controls are shared (internal/theme.styles.ts). */
export const wallStyles = css`
  :host {
    display: contents;
  }

  .dialog {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    /* No fixed value: a user's or the page's text spacing (WCAG 1.4.12) must reach the text. */
    line-height: var(--paymend-line-height, inherit);
  }

  .dialog::backdrop {
    background: var(--_backdrop);
  }

  .focus-guard {
    position: fixed;
    width: 1px;
    height: 1px;
    overflow: hidden;
    opacity: 0;
    outline: none;
  }

  .base {
    display: grid;
    gap: 1em;
    padding: 1.5em;
  }

  .title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 600;
  }

  .message {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* The live region waits empty, in the accessibility tree (never display: none), out of the grid's gaps. */
  .live:empty {
    position: absolute;
  }

  .escape-hatches {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }

  a {
    color: var(--_link);
  }

  button {
    justify-self: start;
    /* Browsers reset these on buttons; text spacing set from outside must reach them too. */
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  @media (forced-colors: active) {
    .dialog {
      border-color: CanvasText;
    }
  }
`;
