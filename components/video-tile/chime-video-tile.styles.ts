import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: var(--chime-video-aspect-ratio, 16 / 9);
    min-inline-size: 0;
    container-type: inline-size;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--chime-video-background, #1f2937);
    color: var(--chime-video-text, #f9fafb);
    /* The speaking highlight is drawn inside the tile, over the video: the tile never changes size. */
    --_speaking-width: var(--chime-video-speaking-width, 3px);
    outline: var(--_speaking-width) solid transparent;
    outline-offset: calc(-1 * var(--_speaking-width));
    transition: outline-color 150ms ease-out;
  }
  :host([speaking]) {
    outline-color: var(--_speaking);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
  [part='frame'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }
  [part='video'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: var(--chime-video-object-fit, cover);
    background: transparent;
  }
  /* People expect to see themselves as in a mirror; others see the camera unmirrored. */
  :host([local]:not([content])) [part='video'] {
    transform: scaleX(-1);
  }
  /* A shared screen must be readable whole, never cropped. */
  :host([content]) [part='video'] {
    object-fit: contain;
  }
  [part='placeholder'] {
    display: grid;
    place-items: center;
    inline-size: clamp(2.5rem, 28%, 6rem);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--chime-video-placeholder-background, var(--_accent));
    color: white;
    font-size: clamp(1rem, 7cqi, 3rem);
    font-weight: 600;
    user-select: none;
    overflow: hidden;
  }
  ::slotted([slot='avatar']) {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  [part='name-plate'] {
    position: absolute;
    inset-inline-start: calc(var(--_gap) / 2);
    inset-block-end: calc(var(--_gap) / 2);
    max-inline-size: calc(100% - var(--_gap));
    display: flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.5em;
    border-radius: calc(var(--_radius) / 2);
    background: rgb(0 0 0 / 0.6);
    color: inherit;
    font-size: 0.875em;
  }
  [part='name'] {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='muted-badge'],
  [part='poor-connection-badge'] {
    display: inline-flex;
    flex: none;
  }
  [part='muted-badge'] {
    color: var(--chime-color-danger, #f87171);
  }
  [part='poor-connection-badge'] {
    color: var(--chime-color-warning, #fbbf24);
  }
`;
