/** The public API of the chime-elements SDK core (names follow the Amazon Chime SDK). */
export { LogLevel } from './logging/LogLevel.ts';
export type { Logger } from './logging/Logger.ts';
export { ConsoleLogger } from './logging/ConsoleLogger.ts';
export { NoOpLogger } from './logging/NoOpLogger.ts';

export { MeetingSessionConfiguration } from './config/MeetingSessionConfiguration.ts';
export { MeetingSessionCredentials } from './config/MeetingSessionCredentials.ts';
export { MeetingSessionURLs } from './config/MeetingSessionURLs.ts';

export { MeetingSessionStatusCode } from './session/MeetingSessionStatusCode.ts';
export { MeetingSessionStatus } from './session/MeetingSessionStatus.ts';
export { DefaultMeetingSession } from './session/DefaultMeetingSession.ts';
export type { MeetingSession, SessionOptions } from './session/DefaultMeetingSession.ts';
export { AudioVideoFacade } from './session/AudioVideoFacade.ts';
export type {
  AttendeePresenceCallback,
  AudioVideoObserver,
  MuteAndUnmuteCallback,
  RosterAttendee,
  SessionEventMap,
  SessionState,
} from './session/types.ts';
export type { PositionInFrame } from './realtime/AudioStreamPresence.ts';

export { DefaultDeviceController } from './devices/DefaultDeviceController.ts';
export type { AudioInputDevice, DeviceControllerOptions } from './devices/DefaultDeviceController.ts';

export type {
  MeetingSessionVideoAvailability,
  VideoInputDevice,
  VideoSource,
  VideoTileState,
} from './video/types.ts';
export type { VideoTile } from './video/VideoTiles.ts';

export { DefaultModality } from './modality/DefaultModality.ts';
