import type { MeetingSessionStatus } from './MeetingSessionStatus.ts';
import type { PositionInFrame } from '../realtime/AudioStreamPresence.ts';

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
}

/** The Chime SDK observer; implement only the methods you need. */
export interface AudioVideoObserver {
  audioVideoDidStartConnecting?(reconnecting: boolean): void;
  audioVideoDidStart?(): void;
  audioVideoDidStop?(sessionStatus: MeetingSessionStatus): void;
}

export type AttendeePresenceCallback = (
  attendeeId: string,
  present: boolean,
  externalUserId?: string,
  dropped?: boolean,
  posInFrame?: PositionInFrame | null,
) => void;

export type MuteAndUnmuteCallback = (muted: boolean) => void;
