import type { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import type { PositionInFrame } from '../realtime/AudioStreamPresence.ts';
import type { MeetingSessionVideoAvailability, VideoSource, VideoTileState } from '../video/types.ts';

/** Where a session is in its life. */
export type SessionState = 'idle' | 'connecting' | 'joined' | 'reconnecting' | 'left';

/** An attendee currently present in the meeting (including this client and content shares). */
export interface RosterAttendee {
  attendeeId: string;
  externalUserId: string;
  muted: boolean;
  /** True for this session's own attendee. */
  local: boolean;
}

/** Events of {@link DefaultMeetingSession}. */
export interface SessionEventMap {
  'state-change': CustomEvent<{ state: SessionState; reconnecting: boolean }>;
  'attendee-join': CustomEvent<{ attendee: RosterAttendee }>;
  'attendee-leave': CustomEvent<{ attendee: RosterAttendee; dropped: boolean }>;
  /** A present attendee changed (e.g. muted or unmuted). */
  'attendee-update': CustomEvent<{ attendee: RosterAttendee }>;
  stop: CustomEvent<{ status: MeetingSessionStatus }>;
  /** A video tile was added or changed (bound, paused, …); `tile` is a snapshot. */
  'video-tile-update': CustomEvent<{ tile: VideoTileState }>;
  /** A video tile is gone (its attendee stopped their camera or left, or the session stopped). */
  'video-tile-remove': CustomEvent<{ tileId: number; attendeeId: string | null }>;
  /** Whether remote video exists and whether the local camera may be started changed. */
  'video-availability-change': CustomEvent<MeetingSessionVideoAvailability>;
}

/** The Chime SDK observer; implement only the methods you need. */
export interface AudioVideoObserver {
  audioVideoDidStartConnecting?(reconnecting: boolean): void;
  audioVideoDidStart?(): void;
  audioVideoDidStop?(sessionStatus: MeetingSessionStatus): void;
  /** A video tile was created or changed; `tileState` is a snapshot. */
  videoTileDidUpdate?(tileState: VideoTileState): void;
  /** A video tile was removed. */
  videoTileWasRemoved?(tileId: number): void;
  /** Whether remote video exists or the camera may be started changed. */
  videoAvailabilityDidChange?(availability: MeetingSessionVideoAvailability): void;
  /** The set of other attendees sending video changed. */
  remoteVideoSourcesDidChange?(videoSources: VideoSource[]): void;
  /** The service refused this camera (meeting at video capacity); local video was stopped. */
  videoSendDidBecomeUnavailable?(): void;
}

export type AttendeePresenceCallback = (
  attendeeId: string,
  present: boolean,
  externalUserId?: string,
  dropped?: boolean,
  posInFrame?: PositionInFrame | null,
) => void;

export type MuteAndUnmuteCallback = (muted: boolean) => void;
