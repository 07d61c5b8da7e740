import { ChimeRoster } from './chime-roster.ts';

if (!customElements.get('chime-roster')) customElements.define('chime-roster', ChimeRoster);

declare global {
  interface HTMLElementTagNameMap {
    'chime-roster': ChimeRoster;
  }
}

export { ChimeRoster };
