/**
 * The offline Stripe.js's look: its Payment Element (method tabs, card and bank fields) and its
 * 3-D Secure dialog. Adopted as a constructable stylesheet, as the host page's CSP requires.
 */

const STYLE = `
/* 320 px phones: nothing may be wider than the form. Inputs have an intrinsic width (about 20
   characters) that a grid's 1fr column will not shrink below, so they get width: 100% and min-width: 0;
   a chip's or a tab's label wraps inside it rather than pushing it past the edge. */
.pm-standin { display: grid; gap: .6rem; font: inherit; min-width: 0; max-width: 100%; }
.pm-standin label { display: grid; gap: .25rem; font-size: .875rem; min-width: 0; }
.pm-standin input { font: inherit; box-sizing: border-box; width: 100%; min-width: 0; padding: .55rem .7rem; border: 1px solid var(--pm-border, #c7ccd6); border-radius: var(--pm-radius, 6px); background: var(--pm-bg, #fff); color: var(--pm-text, #1f2430); }
.pm-standin .row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: .6rem; }
.pm-standin .hint, .pm-standin .mandate { font-size: .75rem; opacity: .8; margin: 0; }
.pm-standin .cards { display: flex; flex-wrap: wrap; gap: .3rem; min-width: 0; }
.pm-standin .cards button { font: inherit; font-size: .72rem; padding: .15rem .45rem; max-width: 100%; white-space: normal; overflow-wrap: anywhere; text-align: start; border: 1px dashed currentColor; border-radius: 999px; background: transparent; color: inherit; cursor: pointer; }
.pm-standin fieldset { border: 1px solid var(--pm-border, #c7ccd6); border-radius: var(--pm-radius, 6px); margin: 0; padding: .4rem .7rem; display: grid; gap: .3rem; min-width: 0; }
.pm-standin fieldset label { display: flex; gap: .5rem; align-items: center; }
.pm-standin fieldset input { width: auto; }
.pm-standin .field-error { color: #b42318; font-size: .8rem; margin: 0; }
.pm-standin [role=tablist] { display: flex; flex-wrap: wrap; gap: .4rem; min-width: 0; }
.pm-standin [role=tab] { flex: 1 1 6rem; min-width: 0; font: inherit; font-size: .85rem; padding: .5rem .6rem; text-align: start; white-space: normal; overflow-wrap: anywhere; border: 1px solid var(--pm-border, #c7ccd6); border-radius: var(--pm-radius, 6px); background: var(--pm-bg, #fff); color: var(--pm-text, #1f2430); cursor: pointer; }
.pm-standin [role=tab][aria-selected=true] { border-color: currentColor; box-shadow: inset 0 0 0 1px currentColor; font-weight: 600; }
.pm-standin [role=tab]:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.pm-standin [role=tabpanel] { display: grid; gap: .6rem; min-width: 0; }
.pm-standin [role=tabpanel][hidden] { display: none; }
@media (forced-colors: active) { .pm-standin [role=tab][aria-selected=true] { outline: 2px solid CanvasText; } }
.pm-3ds { border: none; border-radius: 12px; padding: 1.5rem; max-width: min(22rem, calc(100vw - 2rem)); box-sizing: border-box; box-shadow: 0 20px 50px rgb(0 0 0 / .3); font-family: system-ui, sans-serif; }
.pm-3ds::backdrop { background: rgb(0 0 0 / .45); }
.pm-3ds h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
.pm-3ds menu { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 1rem 0 0; }
.pm-3ds button { font: inherit; padding: .5rem .9rem; border-radius: 6px; border: 1px solid #1f2430; cursor: pointer; }
.pm-3ds .ok { background: #1f2430; color: #fff; }
`;

let styleAdopted = false;
/**
 * Adopts the stand-in's styles into the document once. A constructable stylesheet, not a `<style>`
 * element: a host page whose Content-Security-Policy has `style-src 'self'` (no 'unsafe-inline')
 * refuses injected `<style>` elements, and the stand-in must run on such pages as Stripe.js does.
 */
export function ensureStyle(): void {
  if (styleAdopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styleAdopted = true;
}
