import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_tile-min: var(--chime-video-tile-min-width, 9rem);
  }
  [part='stage'] {
    display: flex;
    gap: var(--_gap);
    justify-content: center;
    margin-block-end: var(--_gap);
  }
  /* Each tile of the stage as wide as the stage allows, but no taller than its maximum height. */
  [part='stage'] > * {
    flex: 1 1 0;
    min-inline-size: 0;
    max-inline-size: calc(var(--chime-video-stage-max-height, 70vh) * 16 / 9);
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
  [part='pagination'] {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_gap);
    margin-block-start: var(--_gap);
  }
  /* The chevrons point along the reading direction. */
  :host(:dir(rtl)) [part='pagination'] svg {
    transform: scaleX(-1);
  }
  [part='page-status'],
  [part='empty'] {
    color: var(--_muted-text);
  }
  [part='empty'] {
    margin: 0;
  }
`;
