import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='heading'] {
    font-weight: 600;
    margin: 0 0 var(--_gap);
    font-size: 1em;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  [part~='attendee'] {
    overflow-wrap: anywhere;
  }
  [part='you'],
  [part='empty'] {
    color: var(--_muted-text);
  }
`;
