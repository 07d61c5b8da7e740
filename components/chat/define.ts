import { ChimeChat } from './chime-chat.ts';

if (!customElements.get('chime-chat')) customElements.define('chime-chat', ChimeChat);

declare global {
  interface HTMLElementTagNameMap {
    'chime-chat': ChimeChat;
  }
}

export { ChimeChat };
