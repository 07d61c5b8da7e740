import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    flex-wrap: wrap;
  }
  [part='status'] {
    color: var(--_muted-text);
  }
  button {
    font: inherit;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid transparent;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='join-button'] {
    background: var(--_accent);
    color: white;
  }
  [part='leave-button'] {
    background: var(--_danger);
    color: white;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
