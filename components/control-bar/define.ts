import { ChimeControlBar } from './chime-control-bar.ts';

if (!customElements.get('chime-control-bar')) customElements.define('chime-control-bar', ChimeControlBar);

declare global {
  interface HTMLElementTagNameMap {
    'chime-control-bar': ChimeControlBar;
  }
}

export { ChimeControlBar };
