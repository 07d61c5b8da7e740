import { css } from 'lit';

/**
 * Design tokens shared by every element; pages override them with `--chime-*` custom properties.
 * The defaults are system colors and `color-scheme` is inherited, so the elements are light or
 * dark as the page is (`:root { color-scheme: light dark }` follows the user's preference).
 */
export const tokens = css`
  :host {
    font-family: var(--chime-font-family, system-ui, sans-serif);
    font-size: var(--chime-font-size, 1rem);
    color: var(--chime-color-text, CanvasText);
    --_gap: var(--chime-space, 0.5rem);
    --_radius: var(--chime-radius, 0.5rem);
    --_accent: var(--chime-color-accent, #2563eb);
    --_on-accent: var(--chime-color-on-accent, #fff);
    --_danger: var(--chime-color-danger, #c62828);
    --_warning: var(--chime-color-warning, #b45309);
    --_speaking: var(--chime-color-speaking, #16a34a);
    --_surface: var(--chime-color-surface, Canvas);
    --_border: var(--chime-color-border, color-mix(in srgb, CanvasText 25%, transparent));
    --_muted-text: var(--chime-color-muted-text, color-mix(in srgb, CanvasText 72%, Canvas));
  }
  [hidden] {
    display: none !important;
  }
`;
