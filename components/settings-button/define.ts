import { ChimeSettingsButton } from './chime-settings-button.ts';

if (!customElements.get('chime-settings-button'))
  customElements.define('chime-settings-button', ChimeSettingsButton);

declare global {
  interface HTMLElementTagNameMap {
    'chime-settings-button': ChimeSettingsButton;
  }
}

export { ChimeSettingsButton };
