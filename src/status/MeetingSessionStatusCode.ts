/** Why a session stopped or changed; numeric values match the Chime SDK. */
export enum MeetingSessionStatusCode {
  OK = 0,
  Left = 1,
  AudioJoinedFromAnotherDevice = 2,
  AudioAuthenticationRejected = 3,
  AudioCallAtCapacity = 4,
  /** The Chime SDK 1.x name of {@link MeetingEnded} (kept for code written against it). */
  AudioCallEnded = 5,
  /** Declared after its old name, so that `MeetingSessionStatusCode[5]` is `'MeetingEnded'`. */
  // eslint-disable-next-line @typescript-eslint/no-duplicate-enum-values
  MeetingEnded = 5,
  AudioInternalServerError = 6,
  AudioServiceUnavailable = 7,
  AudioDisconnected = 8,
  VideoCallSwitchToViewOnly = 9,
  VideoCallAtSourceCapacity = 10,
  SignalingBadRequest = 11,
  SignalingInternalServerError = 12,
  SignalingRequestFailed = 13,
  SignalingChannelClosedUnexpectedly = 14,
  ICEGatheringTimeoutWorkaround = 15,
  ConnectionHealthReconnect = 16,
  RealtimeApiFailed = 17,
  TaskFailed = 18,
  IncompatibleSDP = 19,
  TURNCredentialsForbidden = 20,
  NoAttendeePresent = 21,
  AudioAttendeeRemoved = 22,
  AudioVideoWasRemovedFromPrimaryMeeting = 23,
  AudioVideoDisconnectedWhilePromoted = 24,
  AudioDisconnectAudio = 25,
  EncodedTransformManagerFailed = 26,
}
