import { css } from 'lit';

/* Same convention as the banner and the form: public `--paymend-*` read once into private `--_*`. */
export const wallStyles = css`
  :host {
    display: contents;
    --_font-family: var(--paymend-font-family, inherit);
    --_font-size: var(--paymend-font-size, inherit);
    --_radius: var(--paymend-radius, 0.5rem);
    --_text: var(--paymend-color-text, #1f2328);
    --_background: var(--paymend-color-background, #ffffff);
    --_border: var(--paymend-color-border, #d1d9e0);
    --_link: var(--paymend-color-link, #0969da);
    --_backdrop: var(--paymend-backdrop, rgb(1 4 9 / 0.6));
    --_focus-ring: var(--paymend-focus-ring, 2px solid #0969da);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--paymend-color-text, #e6edf3);
      --_background: var(--paymend-color-background, #0d1117);
      --_border: var(--paymend-color-border, #3d444d);
      --_link: var(--paymend-color-link, #4493f8);
      --_focus-ring: var(--paymend-focus-ring, 2px solid #4493f8);
    }
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
    line-height: 1.45;
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

  .title:focus {
    outline: none;
  }

  .title:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .message {
    margin: 0;
    overflow-wrap: anywhere;
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
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  a:focus-visible,
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .dialog,
    button {
      border-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    .title:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
