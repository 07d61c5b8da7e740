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
  [part='filter-box'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2) var(--_gap);
    margin-block-end: var(--_gap);
  }
  [part='filter'] {
    flex: 1 1 10em;
  }
  [part='filter-count'] {
    font-size: 0.875em;
    color: var(--_muted-text);
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  [part~='attendee'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_gap) / 2);
    min-block-size: 1.75em;
  }
  [part='name'] {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part='you'],
  [part='empty'] {
    color: var(--_muted-text);
  }
  [part='states'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_gap) / 2);
    margin-inline-start: auto;
    color: var(--_muted-text);
  }
  [part~='state'] {
    display: inline-flex;
    align-items: center;
  }
  [part~='muted'],
  [data-signal='none'] {
    color: var(--_danger);
  }
  [data-signal='weak'] {
    color: var(--_warning);
  }
  /* Three bars that light up with the speaking level. */
  [part~='level'] {
    gap: 2px;
    block-size: 1em;
    inline-size: 1.25em;
    justify-content: center;
  }
  [part~='level'] i {
    inline-size: 3px;
    block-size: 30%;
    border-radius: 2px;
    background: currentColor;
    opacity: 0.35;
    transition: block-size 120ms ease-out;
  }
  [part~='level'] i:nth-child(2) {
    block-size: 45%;
  }
  [data-level='1'] i:nth-child(-n + 1),
  [data-level='2'] i:nth-child(-n + 2),
  [data-level='3'] i {
    color: var(--_speaking);
    opacity: 1;
    block-size: 100%;
  }
`;
