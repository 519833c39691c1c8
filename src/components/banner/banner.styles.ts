import { css } from 'lit';

/*
 * Public `--paymend-*` properties are read once into private `--_*` ones, so internal rules have one
 * name to use and dark mode only has to change defaults, never the merchant's overrides.
 */
export const bannerStyles = css`
  :host {
    display: block;
    --_font-family: var(--paymend-font-family, inherit);
    --_font-size: var(--paymend-font-size, inherit);
    --_radius: var(--paymend-radius, 0.5rem);
    --_text: var(--paymend-color-text, #1f2328);
    --_warning: var(--paymend-color-warning, #9a6700);
    --_warning-surface: var(--paymend-color-warning-surface, #fff8e5);
    --_danger: var(--paymend-color-danger, #c21c2c);
    --_danger-surface: var(--paymend-color-danger-surface, #fff1f0);
    --_primary: var(--paymend-color-primary, #1f2328);
    --_on-primary: var(--paymend-color-on-primary, #ffffff);
    --_focus-ring: var(--paymend-focus-ring, 2px solid #0969da);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--paymend-color-text, #e6edf3);
      --_warning: var(--paymend-color-warning, #d29922);
      --_warning-surface: var(--paymend-color-warning-surface, #2b2111);
      --_danger: var(--paymend-color-danger, #f47067);
      --_danger-surface: var(--paymend-color-danger-surface, #2d1517);
      --_primary: var(--paymend-color-primary, #e6edf3);
      --_on-primary: var(--paymend-color-on-primary, #0d1117);
      --_focus-ring: var(--paymend-focus-ring, 2px solid #4493f8);
    }
  }

  /* Nothing to say (ok, loading, backend down, dismissed): take no space, even if the page styles the tag. */
  :host(:not([state])) {
    display: none !important;
  }

  .base {
    --_accent: var(--_warning);
    --_surface: var(--_warning-surface);
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_accent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
  }

  .base--failed,
  .base--action_required {
    --_accent: var(--_danger);
    --_surface: var(--_danger-surface);
  }

  .icon {
    display: flex;
    flex: none;
    color: var(--_accent);
  }

  .message {
    flex: 1 1 18em;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .title {
    display: block;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex: none;
    align-items: center;
    gap: 0.5em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .button {
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  .close-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.5em;
    min-height: 2.5em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }

  .close-button:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .button,
    .close-button {
      border-color: ButtonText;
    }
    button:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
