import { ChimeShareToggle } from './chime-share-toggle.ts';

if (!customElements.get('chime-share-toggle')) customElements.define('chime-share-toggle', ChimeShareToggle);

declare global {
  interface HTMLElementTagNameMap {
    'chime-share-toggle': ChimeShareToggle;
  }
}

export { ChimeShareToggle };
