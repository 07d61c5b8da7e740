import type { Attendee } from '../attendees/Attendee.ts';
import type { PositionInFrame } from '../attendees/AudioStreamPresence.ts';
import type { ClientMetricReport } from '../metrics/ClientMetricReport.ts';
import type { ConnectionHealthData } from '../metrics/ConnectionHealth.ts';
import type { DataMessage } from '../realtime/DataMessage.ts';
import type { MeetingSessionVideoAvailability, VideoSource, VideoTileState } from '../video/types.ts';
import type { MeetingSessionStatus } from '../status/MeetingSessionStatus.ts';

/** Where a session is in its life. */
export type SessionState = 'idle' | 'connecting' | 'joined' | 'reconnecting' | 'left';

/** What every attendee object offers; kept as the name the elements and apps already use. */
export interface RosterAttendee {
  attendeeId: string;
  externalUserId: string;
  muted: boolean;
  /** True for this session's own attendee. */
  local: boolean;
}

/** How well this client's connection does, from what the service and the browser report. */
export type ConnectionQuality = 'good' | 'poor' | 'lost';

/** Events of {@link DefaultMeetingSession}. */
export interface SessionEventMap {
  'state-change': CustomEvent<{ state: SessionState; reconnecting: boolean }>;
  'attendee-join': CustomEvent<{ attendee: Attendee }>;
  'attendee-leave': CustomEvent<{ attendee: Attendee; dropped: boolean }>;
  /** A present attendee changed (muted or unmuted). */
  'attendee-update': CustomEvent<{ attendee: Attendee }>;
  stop: CustomEvent<{ status: MeetingSessionStatus }>;
  /** A video tile was added or changed (bound, paused, …); `tile` is a snapshot. */
  'video-tile-update': CustomEvent<{ tile: VideoTileState }>;
  /** A video tile is gone (its attendee stopped their camera or left, or the session stopped). */
  'video-tile-remove': CustomEvent<{ tileId: number; attendeeId: string | null }>;
  /** Whether remote video exists and whether the local camera may be started changed. */
  'video-availability-change': CustomEvent<MeetingSessionVideoAvailability>;
  /** An attendee's volume or signal strength changed (up to 5 times a second per attendee). */
  'volume-change': CustomEvent<{ attendee: Attendee }>;
  /** The active speakers, most active first (Chime's default policy). */
  'active-speakers-change': CustomEvent<{ attendeeIds: string[] }>;
  /** This client muted or unmuted its microphone. */
  'mute-change': CustomEvent<{ muted: boolean }>;
  /** Whether this client may unmute changed (`realtimeSetCanUnmuteLocalAudio`). */
  'can-unmute-change': CustomEvent<{ canUnmute: boolean }>;
  'data-message': CustomEvent<{ message: DataMessage }>;
  /** This client's content share started (the service shows it to the others) or stopped. */
  'content-share-change': CustomEvent<{ sharing: boolean; paused: boolean }>;
  'connection-quality-change': CustomEvent<{ quality: ConnectionQuality }>;
  /** A media device was plugged in or out. */
  'devices-change': CustomEvent<{ kind: MediaDeviceKind; devices: MediaDeviceInfo[] }>;
  /** Once a second while joined. */
  metrics: CustomEvent<{ report: ClientMetricReport }>;
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
  /** Once a second while joined, from the peer connection's statistics. */
  metricsDidReceive?(clientMetricReport: ClientMetricReport): void;
  connectionHealthDidChange?(connectionHealthData: ConnectionHealthData): void;
  connectionDidBecomePoor?(): void;
  connectionDidBecomeGood?(): void;
  connectionDidSuggestStopVideo?(): void;
  /** Chime 1.x: the camera's send bitrate (kbps) and packets per second. */
  videoSendHealthDidChange?(bitrateKbps: number, packetsPerSecond: number): void;
  /** Chime 1.x: the available send bandwidth changed (kbps). */
  videoSendBandwidthDidChange?(newBandwidthKbps: number, oldBandwidthKbps: number): void;
  /** Chime 1.x: the available receive bandwidth changed (kbps). */
  videoReceiveBandwidthDidChange?(newBandwidthKbps: number, oldBandwidthKbps: number): void;
  /** A promotion to the primary meeting ended (demoted, removed, or lost with the connection). */
  audioVideoWasDemotedFromPrimaryMeeting?(status: MeetingSessionStatus): void;
}

export type AttendeePresenceCallback = (
  attendeeId: string,
  present: boolean,
  externalUserId?: string,
  dropped?: boolean,
  posInFrame?: PositionInFrame | null,
) => void;

export type MuteAndUnmuteCallback = (muted: boolean) => void;
