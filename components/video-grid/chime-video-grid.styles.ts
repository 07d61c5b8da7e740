import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_tile-min: var(--chime-video-tile-min-width, 9rem);
  }
  [part='grid'] {
    --_columns: 1;
    display: grid;
    gap: var(--_gap);
    /* As many columns as the tile count asks for (a near-square layout), fewer when the element is
       too narrow for tiles of the minimum width. Rows follow the tiles' aspect ratio. */
    grid-template-columns: repeat(
      auto-fit,
      minmax(max(var(--_tile-min), (100% - (var(--_columns) - 1) * var(--_gap)) / var(--_columns)), 1fr)
    );
    grid-auto-rows: auto;
    align-content: start;
  }
  [part='grid'][data-columns='2'] {
    --_columns: 2;
  }
  [part='grid'][data-columns='3'] {
    --_columns: 3;
  }
  [part='grid'][data-columns='4'] {
    --_columns: 4;
  }
  [part='grid'][data-columns='5'] {
    --_columns: 5;
  }
  [part='grid'][data-columns='6'] {
    --_columns: 6;
  }
  /* A content share spans the whole first row. */
  [part~='featured'] {
    grid-column: 1 / -1;
  }
  [part='empty'] {
    margin: 0;
    color: var(--_muted-text);
  }
`;
