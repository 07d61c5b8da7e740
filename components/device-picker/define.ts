import { ChimeDevicePicker } from './chime-device-picker.ts';

// Two bundles on one page (an app and a help-desk widget) must not both define the tag.
if (!customElements.get('chime-device-picker'))
  customElements.define('chime-device-picker', ChimeDevicePicker);

declare global {
  interface HTMLElementTagNameMap {
    'chime-device-picker': ChimeDevicePicker;
  }
}

export { ChimeDevicePicker };
