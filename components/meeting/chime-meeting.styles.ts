import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
  }
  [part='status'] {
    color: var(--_muted-text);
    margin: 0 0 var(--_gap);
  }
  [part='reconnecting-banner'] {
    margin-block-end: var(--_gap);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_warning);
    color: var(--_on-accent);
    font-weight: 600;
  }
  [part='screen'] {
    max-inline-size: 32rem;
    margin: 2rem auto;
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  [part='screen-title'] {
    font-size: 1.25rem;
    margin: 0 0 var(--_gap);
  }
  [part='screen-message'] {
    margin: 0 0 calc(var(--_gap) * 2);
  }
`;
