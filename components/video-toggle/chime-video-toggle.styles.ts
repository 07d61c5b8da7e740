import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_gap) / 2);
    font: inherit;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  [part='button'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: transparent;
    color: white;
  }
  [part='button']:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  [part='button']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='icon'] {
    width: 1.2em;
    height: 1.2em;
    flex: none;
  }
`;
