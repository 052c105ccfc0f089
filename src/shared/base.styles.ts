import { css } from 'lit';

/**
 * Design tokens and the reset every element shares. Public knobs are `--acupt-*`;
 * the `--_*` names are private. Theme-dependent values use `light-dark()`, so the
 * theme is only a `color-scheme` switch. Colours derived from the accent are
 * computed with relative colour syntax, so any accent a marketer picks keeps WCAG AA
 * contrast: text on the accent flips between black and white at the luminance where
 * both reach 4.5:1, and accent-coloured text is clamped in lightness (CIE L* fixes
 * luminance) to stay readable on the surface. Text comes in few sizes (1em, 0.875em, headings
 * 1.5em) and one bold weight (700): each other size or weight is one more font the browser
 * must look up and shape on the page's main thread (1–2 ms each where PageSpeed runs).
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_accent: var(--acupt-accent, #0b6e63);
    --_on-accent: lch(from var(--_accent) calc((49.5 - l) * 1000) 0 0);
    --_accent-text: light-dark(lch(from var(--_accent) min(l, 42) c h), lch(from var(--_accent) max(l, 72) c h));
    --_text: var(--acupt-text, light-dark(#1b2928, #e9f0ef));
    --_muted: light-dark(#4a5a58, #b3c2c0);
    --_surface: var(--acupt-surface, light-dark(#ffffff, #14201f));
    --_subtle: light-dark(#f2f6f5, #1b2a29);
    --_border: var(--acupt-border, light-dark(#c9d6d4, #3b4e4c));
    --_radius: var(--acupt-radius, 12px);
    --_gap: 1em;
    --_tap: 48px;
    /* The page's inherited text styles (line-height: 3, uppercase…) stop here. */
    all: initial;
    display: block;
    color-scheme: light;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--acupt-font-family, inherit);
    font-size: var(--acupt-font-size, clamp(15px, 1rem, 20px));
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  .compact {
    --_gap: 0.625em;
    --_tap: 44px;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_accent-text);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_tap);
    margin: 0;
    padding: 0.6em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .btn:hover {
    background: color-mix(in srgb, var(--_accent) 85%, lch(from var(--_accent) calc((l - 49.5) * 1000) 0 0));
  }
  .btn.ghost {
    background: transparent;
    color: var(--_accent-text);
    border-color: currentColor;
  }
  .btn.ghost:hover {
    background: var(--_subtle);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
