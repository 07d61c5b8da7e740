/**
 * The state of one video tile, with the field names of the Chime SDK's `VideoTileState`.
 * A tile is one attendee's camera (or one content share); the local camera has its own tile.
 * Objects handed out by the session are snapshots: a change produces a new object.
 */
export interface VideoTileState {
  /** Unique within the session; each attendee has at most one tile. */
  tileId: number;
  /** The tile of this session's own camera. */
  localTile: boolean;
  /** The local tile's camera is sending. */
  localTileStarted: boolean;
  /** A content share (`<attendeeId>#content`). */
  isContent: boolean;
  /** A video stream is bound and not paused. */
  active: boolean;
  /** Paused with `pauseVideoTile` (the service stopped sending it to this client). */
  paused: boolean;
  /** Always false: not reported by the service. */
  poorConnection: boolean;
  boundAttendeeId: string | null;
  boundExternalUserId: string | null;
  boundVideoStream: MediaStream | null;
  boundVideoElement: HTMLVideoElement | null;
  /** The service's stream and group ids of a remote tile (null for the local tile). */
  streamId: number | null;
  groupId: number | null;
  /** Size of the video when it was bound, if known. */
  videoStreamContentWidth: number | null;
  videoStreamContentHeight: number | null;
}

/** `videoAvailabilityDidChange`: whether remote video exists and whether the camera may be started. */
export interface MeetingSessionVideoAvailability {
  remoteVideoAvailable: boolean;
  canStartLocalVideo: boolean;
}

/** `remoteVideoSourcesDidChange`: one entry per remote attendee that sends video. */
export interface VideoSource {
  attendee: { attendeeId: string; externalUserId: string };
}

/** What can be chosen as video input: a device id, constraints, a ready stream, or nothing. */
export type VideoInputDevice = string | MediaTrackConstraints | MediaStream | null;
