import { ChimeVideoTile } from './chime-video-tile.ts';

if (!customElements.get('chime-video-tile')) customElements.define('chime-video-tile', ChimeVideoTile);

declare global {
  interface HTMLElementTagNameMap {
    'chime-video-tile': ChimeVideoTile;
  }
}

export { ChimeVideoTile };
