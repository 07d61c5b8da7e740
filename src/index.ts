/** The public API of the chime-elements SDK core (names follow the Amazon Chime SDK). */
export { LogLevel } from './logging/LogLevel.ts';
export type { Logger } from './logging/Logger.ts';
export { ConsoleLogger } from './logging/ConsoleLogger.ts';
export { NoOpLogger } from './logging/NoOpLogger.ts';

export { MeetingSessionConfiguration } from './config/MeetingSessionConfiguration.ts';
export { MeetingSessionCredentials } from './config/MeetingSessionCredentials.ts';
export { MeetingSessionURLs } from './config/MeetingSessionURLs.ts';

export { MeetingSessionStatusCode } from './status/MeetingSessionStatusCode.ts';
export { MeetingSessionStatus } from './status/MeetingSessionStatus.ts';
export { DefaultMeetingSession } from './session/DefaultMeetingSession.ts';
export type { MeetingSession, SessionOptions } from './session/DefaultMeetingSession.ts';
export { AudioVideoFacade } from './session/AudioVideoFacade.ts';
export { FullJitterBackoff } from './session/FullJitterBackoff.ts';
export type {
  AttendeePresenceCallback,
  AudioVideoObserver,
  ConnectionQuality,
  MuteAndUnmuteCallback,
  RosterAttendee,
  SessionEventMap,
  SessionState,
} from './session/types.ts';
export { MeetingFeatures, VideoQualitySettings } from './config/MeetingFeatures.ts';
export { ConnectionHealthPolicyConfiguration } from './config/ConnectionHealthPolicyConfiguration.ts';

export { Attendee } from './attendees/Attendee.ts';
export type { AttendeeEventMap, VolumeIndicatorState } from './attendees/Attendee.ts';
export type { PositionInFrame } from './attendees/AudioStreamPresence.ts';
export { DataMessage } from './realtime/DataMessage.ts';
export type { ContentShareObserver, ContentShareStatus } from './contentshare/ContentShare.ts';
export { DefaultActiveSpeakerPolicy } from './activespeaker/DefaultActiveSpeakerPolicy.ts';
export type { ActiveSpeakerPolicy } from './activespeaker/ActiveSpeakerPolicy.ts';
export type {
  ActiveSpeakerScoresCallback,
  ActiveSpeakersCallback,
} from './activespeaker/ActiveSpeakerDetector.ts';
export { ClientMetricReport } from './metrics/ClientMetricReport.ts';
export type { ConnectionHealthData } from './metrics/ConnectionHealth.ts';
export type { DataMessageCallback, VolumeIndicatorCallback } from './realtime/Realtime.ts';
export { CONTENT_SUFFIX, contentAttendeeOf, isContentAttendee, sharerOf } from './protocol/constants.ts';

export { DefaultDeviceController } from './devices/DefaultDeviceController.ts';
export type { AudioInputDevice, DeviceControllerOptions } from './devices/DefaultDeviceController.ts';
export { DeviceAccessError } from './devices/deviceAccessError.ts';
export type { DeviceAccessErrorReason, DeviceInputKind } from './devices/deviceAccessError.ts';
export type { DeviceChangeObserver, DeviceListListener } from './devices/DeviceChangeObserver.ts';
export type { RemovableAnalyserNode } from './devices/AudioLevel.ts';

export type {
  MeetingSessionVideoAvailability,
  VideoInputDevice,
  VideoSource,
  VideoTileState,
} from './video/types.ts';
export type { VideoTile } from './video/VideoTiles.ts';
export { DefaultVideoTile } from './video/DefaultVideoTile.ts';

export { DefaultModality } from './modality/DefaultModality.ts';
