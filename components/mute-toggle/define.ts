import { ChimeMuteToggle } from './chime-mute-toggle.ts';

if (!customElements.get('chime-mute-toggle')) customElements.define('chime-mute-toggle', ChimeMuteToggle);

declare global {
  interface HTMLElementTagNameMap {
    'chime-mute-toggle': ChimeMuteToggle;
  }
}

export { ChimeMuteToggle };
