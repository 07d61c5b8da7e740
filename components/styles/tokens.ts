import { css } from 'lit';

/** Design tokens shared by every element; pages override them with `--chime-*` custom properties. */
export const tokens = css`
  :host {
    color-scheme: light dark;
    font-family: var(--chime-font-family, system-ui, sans-serif);
    font-size: var(--chime-font-size, 1rem);
    color: var(--chime-color-text, CanvasText);
    --_gap: var(--chime-space, 0.5rem);
    --_radius: var(--chime-radius, 0.5rem);
    --_accent: var(--chime-color-accent, #2563eb);
    --_danger: var(--chime-color-danger, #c62828);
    --_surface: var(--chime-color-surface, Canvas);
    --_muted-text: var(--chime-color-muted-text, color-mix(in srgb, CanvasText 72%, Canvas));
  }
  [hidden] {
    display: none !important;
  }
`;
