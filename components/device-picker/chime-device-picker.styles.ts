import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: var(--_gap);
  }
  [part='preview'] {
    inline-size: var(--chime-device-picker-preview-size, 100%);
    max-inline-size: 24rem;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: #000;
    border-radius: var(--_radius);
    /* A self view reads like a mirror. */
    transform: scaleX(-1);
  }
  [part='fields'] {
    display: grid;
    gap: var(--_gap);
  }
  [part='field'] {
    display: grid;
    gap: calc(var(--_gap) / 2);
    justify-items: start;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='select'] {
    inline-size: 100%;
    max-inline-size: 24rem;
  }
  [part='level'] {
    inline-size: 100%;
    max-inline-size: 24rem;
    accent-color: var(--_accent);
  }
  [part='error'] {
    margin: 0;
    color: var(--_danger);
  }
  [part='note'] {
    margin: 0;
    color: var(--_muted-text);
  }
`;
