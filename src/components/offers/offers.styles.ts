import { css } from 'lit';

/*
 * The offers panel's own rules; tokens, buttons and the card box are shared (internal/theme.styles.ts). Logical
 * properties only (inline-start, block-end), so a right-to-left language mirrors it by itself.
 */
export const offersStyles = css`
  .base {
    overflow-wrap: anywhere;
  }

  .title,
  .offer-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }

  .offer-title {
    font-size: 1em;
  }

  p,
  ul {
    margin: 0;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  .offer {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  fieldset {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    /* A target of at least 24 px (WCAG 2.5.8) around the small native radio. */
    min-block-size: 1.75em;
    cursor: pointer;
  }

  input[type='radio'] {
    margin: 0;
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_primary);
  }

  input[type='radio']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .progress {
    color: var(--_muted);
  }

  .done {
    border-inline-start: 4px solid var(--_success);
    padding-inline-start: 0.75em;
    color: var(--_text);
  }

  /* The live regions stay in the accessibility tree while empty, out of the grid (no gap). */
  [role]:empty {
    position: absolute;
  }

  .problem {
    display: grid;
    gap: 0.25em;
    padding: 0.75em 1em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }

  .problem button {
    justify-self: start;
    margin-block-start: 0.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  button[aria-disabled='true'] {
    opacity: 0.65;
  }

  @media (forced-colors: active) {
    .base,
    .offer,
    .problem {
      border-color: CanvasText;
    }
    .done {
      border-inline-start-color: CanvasText;
    }
    input[type='radio']:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
