import { css } from 'lit';

/*
 * The look every Paymend element shares. Public `--paymend-*` properties are read once into private
 * `--_*` ones, so internal rules have one name to use and the dark theme only changes defaults, never
 * the merchant's overrides. Imported by the banner's and the wall's views and by the form, so it
 * lands in the chunk they share: downloaded once, and never by a healthy page.
 */

/** Light defaults (GitHub Primer's palette: contrast checked, familiar to developers). */
export const lightTokens = css`
  --_font-family: var(--paymend-font-family, inherit);
  --_font-size: var(--paymend-font-size, inherit);
  --_radius: var(--paymend-radius, 0.5rem);
  --_text: var(--paymend-color-text, #1f2328);
  --_muted: var(--paymend-color-text-muted, #59636e);
  --_background: var(--paymend-color-background, #ffffff);
  --_border: var(--paymend-color-border, #d1d9e0);
  --_link: var(--paymend-color-link, #0969da);
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
  --_backdrop: var(--paymend-backdrop, rgb(1 4 9 / 0.6));
`;

/** Dark defaults, for a dark system (and the banner's `theme="dark"`). */
export const darkTokens = css`
  --_text: var(--paymend-color-text, #e6edf3);
  --_muted: var(--paymend-color-text-muted, #9198a1);
  --_background: var(--paymend-color-background, #0d1117);
  --_border: var(--paymend-color-border, #3d444d);
  --_link: var(--paymend-color-link, #4493f8);
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

/** The tokens on the host, dark when the system is (the form and the wall follow the system). */
export const hostTokens = css`
  :host {
    ${lightTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host {
      ${darkTokens}
    }
  }
`;

/**
 * Buttons (secondary by default, `.primary` for the main action) and focus rings. Headings and
 * messages that take focus by script (`tabindex="-1"`) show the ring to keyboard users only.
 */
export const controlStyles = css`
  [hidden] {
    display: none !important;
  }

  button {
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    /* The font shorthand leaves out the spacing a reader may widen (WCAG 1.4.12), which buttons reset. */
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }

  button[aria-disabled='true'],
  button[aria-busy='true'] {
    cursor: progress;
  }

  .primary {
    border-color: transparent;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  a:focus-visible,
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;

/**
 * A block element drawn as a card (the form, the offers panel): the host a block, its `.base` the
 * bordered surface in the element's tokens. One rule for both, so they look like one product.
 */
export const cardStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    box-sizing: border-box;
    display: grid;
    gap: 1em;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    /* The page's (or the reader's own) line height reaches in: no fixed one (WCAG 1.4.12). */
    line-height: var(--paymend-line-height, inherit);
  }
`;
