import { ChimeMeeting } from './chime-meeting.ts';

// Two bundles on one page (an app and a help-desk widget) must not both define the tag.
if (!customElements.get('chime-meeting')) customElements.define('chime-meeting', ChimeMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'chime-meeting': ChimeMeeting;
  }
}

export { ChimeMeeting };
