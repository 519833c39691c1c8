import { css } from 'lit';

/*
 * Public `--paymend-*` properties are read once into private `--_*` ones, so internal rules have one
 * name to use and the dark theme only changes defaults, never the merchant's overrides.
 * Loaded with the view: a healthy page never downloads these.
 */

/** Dark defaults, written once: for `theme="dark"`, and for `theme="auto"` when the system is dark. */
const dark = css`
  color-scheme: dark;
  --_text: var(--paymend-color-text, #e6edf3);
  --_muted: var(--paymend-color-text-muted, #9198a1);
  --_background: var(--paymend-color-background, #0d1117);
  --_border: var(--paymend-color-border, #3d444d);
  --_info: var(--paymend-color-info, #4493f8);
  --_info-surface: var(--paymend-color-info-surface, #0f1d33);
  --_warning: var(--paymend-color-warning, #d29922);
  --_warning-surface: var(--paymend-color-warning-surface, #271f0e);
  --_danger: var(--paymend-color-danger, #f47067);
  --_danger-surface: var(--paymend-color-danger-surface, #2d1517);
  --_success: var(--paymend-color-success, #57ab5a);
  --_success-surface: var(--paymend-color-success-surface, #12261a);
  --_primary: var(--paymend-color-primary, #e6edf3);
  --_on-primary: var(--paymend-color-on-primary, #0d1117);
  --_focus-ring: var(--paymend-focus-ring, 2px solid #4493f8);
`;

export const bannerStyles = css`
  :host {
    color-scheme: light;
    --_font-family: var(--paymend-font-family, inherit);
    --_font-size: var(--paymend-font-size, inherit);
    --_spacing: var(--paymend-spacing, 0.25rem);
    --_radius: var(--paymend-radius, 0.5rem);
    --_shadow: var(--paymend-shadow, none);
    --_text: var(--paymend-color-text, #1f2328);
    --_muted: var(--paymend-color-text-muted, #59636e);
    --_background: var(--paymend-color-background, #ffffff);
    --_border: var(--paymend-color-border, #d1d9e0);
    --_info: var(--paymend-color-info, #0969da);
    --_info-surface: var(--paymend-color-info-surface, #ddf4ff);
    --_warning: var(--paymend-color-warning, #9a6700);
    --_warning-surface: var(--paymend-color-warning-surface, #fff8c5);
    --_danger: var(--paymend-color-danger, #c21c2c);
    --_danger-surface: var(--paymend-color-danger-surface, #fff1f0);
    --_success: var(--paymend-color-success, #1a7f37);
    --_success-surface: var(--paymend-color-success-surface, #dafbe1);
    --_primary: var(--paymend-color-primary, #1f2328);
    --_on-primary: var(--paymend-color-on-primary, #ffffff);
    --_focus-ring: var(--paymend-focus-ring, 2px solid #0969da);
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  /* Bars float over the page instead of pushing it down when they appear. */
  :host([placement='top']),
  :host([placement='bottom']) {
    position: fixed;
    inset-inline: 0;
    z-index: var(--paymend-z-index, 1000);
    --_shadow: var(--paymend-shadow, 0 2px 12px rgb(1 4 9 / 0.18));
  }

  :host([placement='top']) {
    top: 0;
  }

  :host([placement='bottom']) {
    bottom: 0;
  }

  [hidden] {
    display: none !important;
  }

  .base {
    --_accent: var(--_info);
    --_surface: var(--_info-surface);
    --_pad-block: calc(3 * var(--_spacing));
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(3 * var(--_spacing)) calc(4 * var(--_spacing));
    padding: var(--_pad-block) calc(4 * var(--_spacing));
    border: 1px solid var(--_accent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
  }

  .base--expired {
    --_accent: var(--_warning);
    --_surface: var(--_warning-surface);
  }

  .base--failed,
  .base--action_required {
    --_accent: var(--_danger);
    --_surface: var(--_danger-surface);
  }

  .base--updated {
    --_accent: var(--_success);
    --_surface: var(--_success-surface);
  }

  /* A bar spans the viewport: one border on its inner edge, and room for notches and home indicators. */
  :host([placement='top']) .base,
  :host([placement='bottom']) .base {
    border-radius: 0;
  }

  :host([placement='top']) .base {
    border-width: 0 0 1px;
    padding-top: max(var(--_pad-block), env(safe-area-inset-top, 0px));
  }

  :host([placement='bottom']) .base {
    border-width: 1px 0 0;
    padding-bottom: max(var(--_pad-block), env(safe-area-inset-bottom, 0px));
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

  /* A row of its own under the message, in reading order before the button that tries again. */
  .form-failed {
    flex: 1 1 100%;
    margin: 0;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    flex: none;
    align-items: center;
    gap: calc(2 * var(--_spacing));
  }

  /* The card form's own theme follows the banner's (a forced theme included): it reads these. */
  .form {
    flex: 1 1 100%;
    --paymend-color-text: var(--_text);
    --paymend-color-text-muted: var(--_muted);
    --paymend-color-background: var(--_background);
    --paymend-color-border: var(--_border);
    --paymend-color-danger: var(--_danger);
    --paymend-color-danger-surface: var(--_danger-surface);
    --paymend-color-success: var(--_success);
    --paymend-color-primary: var(--_primary);
    --paymend-color-on-primary: var(--_on-primary);
    --paymend-focus-ring: var(--_focus-ring);
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible,
  .base:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  /* The thank-you takes focus only so that it is read; the ring would suggest it does something. */
  .base--updated:focus:not(:focus-visible) {
    outline: none;
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

  .button[aria-busy='true'] {
    cursor: progress;
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

  .dialog {
    box-sizing: border-box;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: none;
    background: transparent;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
  }

  .dialog::backdrop {
    background: var(--paymend-backdrop, rgb(1 4 9 / 0.6));
  }

  /* Motion only for those who have not asked for less; the timing is the same either way. */
  @media (prefers-reduced-motion: no-preference) {
    .base {
      animation: paymend-fade-in 0.2s ease-out;
    }
    :host([placement='top']) .base {
      animation-name: paymend-slide-down;
    }
    :host([placement='bottom']) .base {
      animation-name: paymend-slide-up;
    }
  }

  @keyframes paymend-fade-in {
    from {
      opacity: 0;
    }
  }

  @keyframes paymend-slide-down {
    from {
      transform: translateY(-100%);
    }
  }

  @keyframes paymend-slide-up {
    from {
      transform: translateY(100%);
    }
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
    button:focus-visible,
    .base:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
