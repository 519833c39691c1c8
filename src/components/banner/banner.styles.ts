import { css } from 'lit';

import { darkTokens, lightTokens } from '../../internal/theme.styles.js';

/*
 * The banner's own rules; the tokens and controls are shared (internal/theme.styles.ts). Besides the
 * system's preference, `theme="dark"` / `theme="light"` force a theme. Loaded with the view: a healthy
 * page never downloads these.
 */
export const bannerStyles = css`
  :host {
    color-scheme: light;
    --_spacing: var(--paymend-spacing, 0.25rem);
    --_shadow: var(--paymend-shadow, none);
    ${lightTokens}
  }

  :host([theme='dark']) {
    color-scheme: dark;
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      ${darkTokens}
    }
  }

  /*
   * Bars float over the page instead of pushing it down when they appear (the page makes room with
   * --paymend-bar-top / -bottom, see bar-room.ts). They never take more than 40% of the viewport:
   * longer content scrolls inside, so the page and the bar's own buttons stay reachable.
   */
  :host([placement='top']),
  :host([placement='bottom']) {
    position: fixed;
    inset-inline: 0;
    z-index: var(--paymend-z-index, 1000);
    --_shadow: var(--paymend-shadow, 0 2px 12px rgb(1 4 9 / 0.18));
  }

  :host([placement='top']) .base,
  :host([placement='bottom']) .base {
    max-height: 40vh;
    max-height: 40dvh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  /*
   * Short or narrow viewports (a phone held sideways, 400% zoom: 320×256 CSS px): a fixed strip
   * would cover most of the page, so the bar falls back into the page flow, where the element is.
   */
  @media (max-height: 30em), (max-width: 20em) {
    :host([placement='top']),
    :host([placement='bottom']) {
      position: static;
    }
    :host([placement='top']) .base,
    :host([placement='bottom']) .base {
      max-height: none;
    }
  }

  :host([placement='top']) {
    top: 0;
  }

  :host([placement='bottom']) {
    bottom: 0;
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
    /* From outside (WCAG 1.4.12): a reader's text spacing reaches the message through inheritance. */
    line-height: var(--paymend-line-height, inherit);
  }

  .base--expired,
  .base--missing {
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

  /* Under the explanation (and read with it), before the button that tries again. */
  .form-failed {
    margin: calc(2 * var(--_spacing)) 0 0;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    /* Never wider than the banner: with "Can't pay right now?" and "Contact support" beside the
       main button, the row wraps at 320 px (WCAG 1.4.10) instead of pushing the page sideways. */
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
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

  .close-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.5em;
    padding: 0;
    border-color: transparent;
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
    background: var(--_backdrop);
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
    .base:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
