import { ChimeVideoGrid } from './chime-video-grid.ts';

if (!customElements.get('chime-video-grid')) customElements.define('chime-video-grid', ChimeVideoGrid);

declare global {
  interface HTMLElementTagNameMap {
    'chime-video-grid': ChimeVideoGrid;
  }
}

export { ChimeVideoGrid };
