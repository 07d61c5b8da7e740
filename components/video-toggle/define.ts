import { ChimeVideoToggle } from './chime-video-toggle.ts';

if (!customElements.get('chime-video-toggle')) customElements.define('chime-video-toggle', ChimeVideoToggle);

declare global {
  interface HTMLElementTagNameMap {
    'chime-video-toggle': ChimeVideoToggle;
  }
}

export { ChimeVideoToggle };
