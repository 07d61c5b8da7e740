import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
  }
  /* The pre-join screen: devices and preview beside the choices, stacked when narrow. */
  [part='prejoin'] {
    max-inline-size: 52rem;
    margin-inline: auto;
  }
  [part='prejoin-form'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: calc(var(--_gap) * 2);
    align-items: start;
  }
  [part='prejoin-choices'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 2);
  }
  [part='join-button'] {
    padding-inline: 2em;
  }
  [part='prejoin-field'] {
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  [part='prejoin-toggles'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
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
