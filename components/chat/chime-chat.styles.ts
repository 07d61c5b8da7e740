import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  :host([hidden]) {
    display: none;
  }
  [part='heading'] {
    font-weight: 600;
    margin: 0;
    font-size: 1em;
  }
  [part='log'] {
    max-block-size: var(--chime-chat-max-height, 20rem);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  [part~='message'] {
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: var(--_gap);
    padding-inline-start: calc(var(--_gap) * 0.75);
    border-inline-start: 3px solid var(--_border);
  }
  [part~='own'] {
    border-inline-start-color: var(--_accent);
  }
  [part='sender'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='time'],
  [part='empty'] {
    color: var(--_muted-text);
    font-size: 0.875em;
  }
  [part='empty'] {
    margin: 0;
  }
  [part='text'] {
    grid-column: 1 / -1;
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  [part='status'] {
    grid-column: 1 / -1;
    color: var(--_danger);
    font-size: 0.875em;
  }
  [part='form'] {
    display: flex;
    align-items: flex-end;
    gap: calc(var(--_gap) / 2);
  }
  [part='input'] {
    flex: 1;
    resize: vertical;
  }
`;
