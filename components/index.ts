/** The elements: importing this module defines every `chime-*` tag (once per page). */
export { ChimeMeeting, defaultMeetingStrings } from './meeting/chime-meeting.ts';
export type { ChimeMeetingStrings, EndReason, JoinInfo, MeetingStatus } from './meeting/chime-meeting.ts';
export { ChimeRoster, defaultRosterStrings } from './roster/chime-roster.ts';
export type { ChimeRosterStrings, RosterSort } from './roster/chime-roster.ts';
export { ChimeChat, defaultChatStrings } from './chat/chime-chat.ts';
export type { ChimeChatStrings } from './chat/chime-chat.ts';
export type { ChatEntry, ChatStatus } from './chat/chat-log.ts';
export { ChimeVideoGrid, defaultVideoGridStrings } from './video-grid/chime-video-grid.ts';
export type { ChimeVideoGridStrings } from './video-grid/chime-video-grid.ts';
export { ChimeVideoTile, defaultVideoTileStrings } from './video-tile/chime-video-tile.ts';
export type { ChimeVideoTileStrings } from './video-tile/chime-video-tile.ts';
export {
  ChimeVideoToggle,
  defaultVideoConstraints,
  defaultVideoToggleStrings,
} from './video-toggle/chime-video-toggle.ts';
export type { ChimeVideoToggleStrings } from './video-toggle/chime-video-toggle.ts';
export { ChimeDevicePicker, defaultDevicePickerStrings } from './device-picker/chime-device-picker.ts';
export type { ChimeDevicePickerStrings } from './device-picker/chime-device-picker.ts';
export { ChimeMuteToggle, defaultMuteToggleStrings } from './mute-toggle/chime-mute-toggle.ts';
export type { ChimeMuteToggleStrings } from './mute-toggle/chime-mute-toggle.ts';
export { ChimeShareToggle, defaultShareToggleStrings } from './share-toggle/chime-share-toggle.ts';
export type { ChimeShareToggleStrings } from './share-toggle/chime-share-toggle.ts';
export { ChimeLeaveButton, defaultLeaveButtonStrings } from './leave-button/chime-leave-button.ts';
export type { ChimeLeaveButtonStrings } from './leave-button/chime-leave-button.ts';
export {
  ChimeSettingsButton,
  defaultSettingsButtonStrings,
} from './settings-button/chime-settings-button.ts';
export type { ChimeSettingsButtonStrings } from './settings-button/chime-settings-button.ts';
export { ChimeControlBar, defaultControlBarStrings } from './control-bar/chime-control-bar.ts';
export type { ChimeControlBarStrings } from './control-bar/chime-control-bar.ts';
export { ChimeElement } from './base/chime-element.ts';
export { SessionController } from './controllers/session-controller.ts';
export { deviceControllerContext, sessionContext } from './context.ts';
export { registerTranslation } from './shared/localize.ts';
export { englishStrings } from './strings.ts';
export type { ChimeStringsByElement, ChimeTranslation } from './shared/localize.ts';
export { VOLUME_EVENT_INTERVAL_MS } from './meeting/event-bridge.ts';
export { displayName } from './shared/display-name.ts';
export type { NameResolver } from './shared/display-name.ts';
export type * from './events.ts';
import './meeting/define.ts';
import './roster/define.ts';
import './chat/define.ts';
import './video-tile/define.ts';
import './video-grid/define.ts';
import './video-toggle/define.ts';
import './device-picker/define.ts';
import './mute-toggle/define.ts';
import './share-toggle/define.ts';
import './leave-button/define.ts';
import './settings-button/define.ts';
import './control-bar/define.ts';
