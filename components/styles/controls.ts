import { css } from 'lit';

/**
 * The look of the buttons, selects and text fields inside the elements, and the helpers every
 * element needs (visually hidden text, reduced motion). Parts keep their own names; these rules
 * only give them a common base that pages restyle through `::part()` and the `--chime-*` tokens.
 */
export const controls = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_gap) / 2);
    padding: 0.45em 0.9em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    cursor: pointer;
    transition: background-color 120ms ease-out;
  }
  button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_surface) 88%, CanvasText);
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--_accent);
    border-color: transparent;
    color: var(--_on-accent);
  }
  button.danger {
    background: var(--_danger);
    border-color: transparent;
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  select,
  input,
  textarea {
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    min-inline-size: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
