/**
 * Stripe's Payment Element draws inside iframes, which inherit no CSS from the page: its look has
 * to be handed over as an Appearance object. This reads it from the element that hosts it, so the
 * merchant styles Paymend once, with `--paymend-*` custom properties, and the card fields follow.
 */
import type { Appearance } from '@stripe/stripe-js';

/**
 * The element's resolved theme properties. By convention each Paymend element's styles declare
 * them on `:host` as the public property with Paymend's default, e.g.
 * `--_primary: var(--paymend-color-primary, #1f2328)`, and switch the defaults for dark mode, so
 * reading them gives the merchant's value when set and the element's own default otherwise.
 */
const PROBE_STYLE = [
  'position:absolute',
  'visibility:hidden',
  'pointer-events:none',
  'color:var(--_text)',
  'background-color:var(--_background)',
  'border-top-color:var(--_primary)',
  'border-bottom-color:var(--_danger)',
  'border-top-left-radius:var(--_radius)',
  'font-family:var(--_font-family)',
  'font-size:var(--_font-size)',
  'outline:var(--_focus-ring)',
].join(';');

/** `--paymend-spacing` has no Paymend default: Stripe's own spacing fits unless the merchant asks. */
const SPACING_PROPERTY = '--paymend-spacing';

/**
 * Builds Stripe's Appearance from the computed custom properties of `element`; `root` is where a
 * hidden probe may be attached to resolve them (the element's shadow root, so its `:host` rules apply).
 * Every value is resolved to what Stripe accepts (colors as hex or rgba, lengths in px), because
 * `var()`, `rem` or `color-mix()` mean nothing inside Stripe's iframes.
 */
export function appearanceFrom(element: Element, root: Element | ShadowRoot = element.shadowRoot ?? element): Appearance {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = PROBE_STYLE;
  root.append(probe);
  try {
    const style = getComputedStyle(probe);
    const text = normalizeColor(style.color);
    // Stripe wants a solid surface color; a transparent one is left to Stripe's theme.
    const surface = normalizeColor(style.backgroundColor);
    const background = surface && alphaOf(surface) === 1 ? surface : null;
    const variables: NonNullable<Appearance['variables']> = {};
    const set = (name: keyof typeof variables, value: string | null | undefined) => {
      if (value) variables[name] = value;
    };
    set('colorText', text);
    set('colorBackground', background);
    set('colorPrimary', normalizeColor(style.borderTopColor));
    set('colorDanger', normalizeColor(style.borderBottomColor));
    set('fontFamily', style.fontFamily);
    set('fontSizeBase', style.fontSize);
    set('borderRadius', style.borderTopLeftRadius);
    if (style.outlineStyle !== 'none') set('focusOutline', `${style.outlineWidth} ${style.outlineStyle} ${normalizeColor(style.outlineColor)}`);
    const spacing = getComputedStyle(element).getPropertyValue(SPACING_PROPERTY).trim();
    if (spacing) {
      probe.style.width = `var(${SPACING_PROPERTY})`;
      set('spacingUnit', style.width);
    }
    // Stripe's `night` theme sets the shadows and borders that suit a dark surface.
    // Against a transparent surface, light text means a dark page (0.18 is mid grey's luminance).
    const dark = text !== null && luminance(text) > (background ? luminance(background) : 0.18);
    return { theme: dark ? 'night' : 'stripe', variables };
  } finally {
    probe.remove();
  }
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A computed color as `#rrggbb` or `rgba(…)`: Chrome keeps `oklch()` or `color(srgb …)` in
 * computed values, which Stripe may reject. A 2D canvas serializes any CSS color in sRGB.
 */
export function normalizeColor(color: string): string | null {
  if (!color) return null;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return color;
  context.fillStyle = '#000000';
  context.fillStyle = color;
  return context.fillStyle as string;
}

/** Red, green, blue (0–255) and alpha (0–1) of a color as `normalizeColor` returns it. */
function channelsOf(color: string): number[] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).concat(1);
  const [r = 0, g = 0, b = 0, a = 1] = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return [r, g, b, a];
}

function alphaOf(color: string): number {
  return channelsOf(color)[3] ?? 1;
}

/** Relative luminance (WCAG). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = channelsOf(color).slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
