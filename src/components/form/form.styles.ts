import { css } from 'lit';

/*
 * The form's own rules; the tokens, controls and card box are shared (internal/theme.styles.ts). The same
 * private properties are what `appearanceFrom()` hands to Stripe, so the card fields in their
 * iframes get exactly the colors, font and radius of the form around them.
 */
export const formStyles = css`
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

  /*
   * The live regions stay in the accessibility tree while empty, so what is written into them later
   * is announced; out of the grid meanwhile, so they add no gap.
   */
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

  button[aria-disabled='true'] {
    opacity: 0.65;
  }

  .retry {
    justify-self: start;
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .base,
    .problem {
      border-color: CanvasText;
    }
  }
`;
