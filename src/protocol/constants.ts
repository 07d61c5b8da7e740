/**
 * Facts of the Chime signaling protocol that the SDK and the local meeting service both rely on.
 * Each lives here once; neither side spells them out on its own (wire protocol sections named).
 */

/** First WebSocket sub-protocol; the join token is the second one (§1.1). */
export const SIGNALING_SUBPROTOCOL = '_aws_wt_session';

/** Separates an attendee id from its modality, e.g. `abc#content` (§11). */
export const MODALITY_SEPARATOR = '#';
/** The modality of a content share. */
export const CONTENT_MODALITY = 'content';
/** Suffix of a content share's attendee id and join token: `<AttendeeId>#content` (§11). */
export const CONTENT_SUFFIX = `${MODALITY_SEPARATOR}${CONTENT_MODALITY}`;

/** Whether an attendee id (or join token) is a content share's. */
export function isContentAttendee(attendeeId: string): boolean {
  return attendeeId.endsWith(CONTENT_SUFFIX);
}

/** The attendee who shares: `abc#content` → `abc`; any other id as it is. */
export function sharerOf(attendeeId: string): string {
  return isContentAttendee(attendeeId) ? attendeeId.slice(0, -CONTENT_SUFFIX.length) : attendeeId;
}

/** The content share's attendee id of an attendee: `abc` → `abc#content`. */
export function contentAttendeeOf(attendeeId: string): string {
  return `${attendeeId}${CONTENT_SUFFIX}`;
}

/** Remote video streams a client receives at most, unless JOIN_ACK says fewer (§3.2). */
export const VIDEO_SUBSCRIPTION_LIMIT = 25;
/** Cameras a meeting carries at most; INDEX says `at_capacity` at this count (§7). */
export const MAX_VIDEO_SENDERS = 25;
/** Content shares a meeting carries at once (§11). */
export const MAX_CONTENT_SHARES = 2;

/** `SdkErrorFrame.status` of a SUBSCRIBE_ACK that refuses the camera: VideoCallSwitchToViewOnly (§3.4). */
export const VIDEO_VIEW_ONLY_STATUS = 206;

/** The audio send stream every client announces in SUBSCRIBE (§3.3). */
export const AUDIO_SEND_STREAM = { streamId: 1, groupId: 1, trackLabel: 'AmazonChimeExpressAudio' } as const;
/** The camera send stream announced in SUBSCRIBE while video is sent (§3.3). */
export const VIDEO_SEND_STREAM = { streamId: 2, groupId: 2, trackLabel: 'AmazonChimeExpressVideo' } as const;

/** A forwarded video section's msid stream id is `v_<mid>`; it binds the track to its stream (§6.5). */
export function remoteVideoTrackLabel(mid: string): string {
  return `v_${mid}`;
}

/** AUDIO_STATUS values the service sends to end a session (§3.12, §10.2). */
export const AudioStatus = {
  JoinedFromAnotherDevice: 301,
  MeetingEnded: 410,
  AttendeeRemoved: 411,
} as const;

/** WebSocket close codes of the service (§1.3, §10.2). */
export const CloseCode = {
  /** The meeting ended (or never existed): terminal. */
  MeetingEnded: 4410,
  /** The join token was refused: terminal. */
  BadRequest: 4403,
  /** No JOIN in time. */
  JoinTimeout: 4408,
  /** The service is going away; clients retry (any of 4500–4599). */
  ServiceUnavailable: 4503,
} as const;

/** Whether a close code asks the client to retry (4500–4599). */
export function isRetryableCloseCode(code: number): boolean {
  return code >= 4500 && code < 4600;
}
