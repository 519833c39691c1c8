import { css } from 'lit';

/*
 * Public `--paymend-*` properties are read once into private `--_*` ones (the banner's convention).
 * The same private properties are what `appearanceFrom()` hands to Stripe, so the card fields in
 * their iframes get exactly the colors, font and radius of the form around them.
 */
export const formStyles = css`
  :host {
    display: block;
    --_font-family: var(--paymend-font-family, inherit);
    --_font-size: var(--paymend-font-size, inherit);
    --_radius: var(--paymend-radius, 0.5rem);
    --_text: var(--paymend-color-text, #1f2328);
    --_muted: var(--paymend-color-text-muted, #59636e);
    --_background: var(--paymend-color-background, #ffffff);
    --_border: var(--paymend-color-border, #d1d9e0);
    --_danger: var(--paymend-color-danger, #c21c2c);
    --_danger-surface: var(--paymend-color-danger-surface, #fff1f0);
    --_success: var(--paymend-color-success, #1a7f37);
    --_primary: var(--paymend-color-primary, #1f2328);
    --_on-primary: var(--paymend-color-on-primary, #ffffff);
    --_focus-ring: var(--paymend-focus-ring, 2px solid #0969da);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--paymend-color-text, #e6edf3);
      --_muted: var(--paymend-color-text-muted, #9198a1);
      --_background: var(--paymend-color-background, #0d1117);
      --_border: var(--paymend-color-border, #3d444d);
      --_danger: var(--paymend-color-danger, #f47067);
      --_danger-surface: var(--paymend-color-danger-surface, #2d1517);
      --_success: var(--paymend-color-success, #57ab5a);
      --_primary: var(--paymend-color-primary, #e6edf3);
      --_on-primary: var(--paymend-color-on-primary, #0d1117);
      --_focus-ring: var(--paymend-focus-ring, 2px solid #4493f8);
    }
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
    line-height: 1.45;
  }

  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }


  .intro,
  .progress {
    margin: 0;
    color: var(--_muted);
  }

  .progress:empty {
    display: none;
  }

  .problem {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    overflow-wrap: anywhere;
  }

  .problem p {
    margin: 0;
  }

  .done {
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: 0.75em;
  }


  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  button {
    min-height: 2.5em;
    padding: 0.4em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  /* The heading and the thank-you take focus by script only: a ring just for keyboard users. */
  [tabindex='-1']:focus {
    outline: none;
  }

  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.65;
  }

  .submit {
    border-color: transparent;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  .retry {
    justify-self: start;
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .base,
    .problem,
    button {
      border-color: CanvasText;
    }
    button:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
