import { ChimeLeaveButton } from './chime-leave-button.ts';

if (!customElements.get('chime-leave-button')) customElements.define('chime-leave-button', ChimeLeaveButton);

declare global {
  interface HTMLElementTagNameMap {
    'chime-leave-button': ChimeLeaveButton;
  }
}

export { ChimeLeaveButton };
