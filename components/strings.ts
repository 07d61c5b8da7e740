import type { ChimeStringsByElement } from './shared/localize.ts';
import { defaultChatStrings } from './chat/chime-chat.ts';
import { defaultControlBarStrings } from './control-bar/chime-control-bar.ts';
import { defaultLeaveButtonStrings } from './leave-button/chime-leave-button.ts';
import { defaultMuteToggleStrings } from './mute-toggle/chime-mute-toggle.ts';
import { defaultSettingsButtonStrings } from './settings-button/chime-settings-button.ts';
import { defaultShareToggleStrings } from './share-toggle/chime-share-toggle.ts';
import { defaultVideoToggleStrings } from './video-toggle/chime-video-toggle.ts';
import { defaultDevicePickerStrings } from './device-picker/chime-device-picker.ts';
import { defaultMeetingStrings } from './meeting/chime-meeting.ts';
import { defaultRosterStrings } from './roster/chime-roster.ts';
import { defaultVideoGridStrings } from './video-grid/chime-video-grid.ts';
import { defaultVideoTileStrings } from './video-tile/chime-video-tile.ts';

/**
 * Every element's built-in English strings, by the key translations use (`meeting`, `roster`, …):
 * the shape of a complete translation, e.g. to start a new `locales/<lang>.json` from. Typed over
 * `ChimeStringsByElement`, so an element whose strings are missing here fails the type check.
 */
export const englishStrings: { [K in keyof ChimeStringsByElement]-?: ChimeStringsByElement[K] } = {
  meeting: defaultMeetingStrings,
  devicePicker: defaultDevicePickerStrings,
  roster: defaultRosterStrings,
  chat: defaultChatStrings,
  videoGrid: defaultVideoGridStrings,
  videoTile: defaultVideoTileStrings,
  controlBar: defaultControlBarStrings,
  muteToggle: defaultMuteToggleStrings,
  videoToggle: defaultVideoToggleStrings,
  shareToggle: defaultShareToggleStrings,
  settingsButton: defaultSettingsButtonStrings,
  leaveButton: defaultLeaveButtonStrings,
};
