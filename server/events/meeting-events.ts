/**
 * Meeting lifecycle events, shaped like the `detail` of the Chime SDK's "Chime Meeting State
 * Change" events (EventBridge/SNS/SQS): `{version, eventType: 'chime:<Type>', timestamp (epoch
 * ms), meetingId, externalMeetingId, mediaRegion, attendeeId?, externalUserId?}`, plus `time`
 * (the same instant as ISO 8601, as in the EventBridge envelope).
 *
 * Who reports what:
 * - the REST API: {@link MeetingEvents.attendeeAdded}, {@link MeetingEvents.attendeeDeleted},
 *   {@link MeetingEvents.meetingEnded} (DeleteMeeting and idle ending);
 * - signaling sessions: {@link MeetingEvents.attendeeJoined} and {@link MeetingEvents.attendeeLeft}
 *   (`<id>#content` identities become the AttendeeContent* events; the first join of a meeting
 *   is preceded by MeetingStarted);
 * - video forwarding: {@link MeetingEvents.attendeeVideo} when an attendee's camera (or content
 *   share) video starts or stops being sent.
 */
import { isContentAttendee } from '../../src/protocol/constants.ts';

export type MeetingEventType =
  | 'MeetingStarted'
  | 'MeetingEnded'
  | 'AttendeeAdded'
  | 'AttendeeDeleted'
  | 'AttendeeJoined'
  | 'AttendeeLeft'
  | 'AttendeeDropped'
  | 'AttendeeVideoStarted'
  | 'AttendeeVideoStopped'
  | 'AttendeeContentJoined'
  | 'AttendeeContentLeft'
  | 'AttendeeContentDropped'
  | 'AttendeeContentVideoStarted'
  | 'AttendeeContentVideoStopped';

export interface MeetingEventDetail {
  readonly version: '0';
  readonly eventType: `chime:${MeetingEventType}`;
  readonly timestamp: number;
  readonly time: string;
  readonly meetingId: string;
  readonly externalMeetingId: string;
  readonly mediaRegion: string;
  readonly attendeeId?: string;
  readonly externalUserId?: string;
}

export interface MeetingEvent {
  readonly type: MeetingEventType;
  readonly detail: MeetingEventDetail;
}

/** What an event says about its meeting. */
export interface EventMeeting {
  readonly meetingId: string;
  readonly externalMeetingId: string;
  readonly mediaRegion: string;
}

/** What an event says about its attendee; `attendeeId` may end with `#content`. */
export interface EventAttendee {
  readonly attendeeId: string;
  readonly externalUserId: string;
}

export type MeetingEventListener = (event: MeetingEvent) => void;

export class MeetingEvents {
  readonly #listeners = new Set<MeetingEventListener>();
  /** Meetings whose MeetingStarted was sent and whose MeetingEnded was not. */
  readonly #started = new Set<string>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Calls `listener` with every event from now on; returns the unsubscribe function. */
  subscribe(listener: MeetingEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  attendeeAdded(meeting: EventMeeting, attendee: EventAttendee): void {
    this.#emit('AttendeeAdded', meeting, attendee);
  }

  attendeeDeleted(meeting: EventMeeting, attendee: EventAttendee): void {
    this.#emit('AttendeeDeleted', meeting, attendee);
  }

  /** An attendee (or its content share) joined the live meeting. */
  attendeeJoined(meeting: EventMeeting, attendee: EventAttendee): void {
    if (!this.#started.has(meeting.meetingId)) {
      this.#started.add(meeting.meetingId);
      this.#emit('MeetingStarted', meeting);
    }
    this.#emit(attendeeEvent(attendee, 'Joined'), meeting, attendee);
  }

  /** An attendee left with LEAVE (or was removed), or its connection dropped (`dropped`). */
  attendeeLeft(meeting: EventMeeting, attendee: EventAttendee, dropped: boolean): void {
    this.#emit(attendeeEvent(attendee, dropped ? 'Dropped' : 'Left'), meeting, attendee);
  }

  /**
   * For the video forwarder: the attendee started (`started`) or stopped sending video.
   * A `#content` attendee id reports content-share video.
   */
  attendeeVideo(meeting: EventMeeting, attendee: EventAttendee, started: boolean): void {
    this.#emit(attendeeEvent(attendee, started ? 'VideoStarted' : 'VideoStopped'), meeting, attendee);
  }

  meetingEnded(meeting: EventMeeting): void {
    this.#started.delete(meeting.meetingId);
    this.#emit('MeetingEnded', meeting);
  }

  #emit(type: MeetingEventType, meeting: EventMeeting, attendee?: EventAttendee): void {
    const timestamp = this.#now();
    const event: MeetingEvent = {
      type,
      detail: {
        version: '0',
        eventType: `chime:${type}`,
        timestamp,
        time: new Date(timestamp).toISOString(),
        meetingId: meeting.meetingId,
        externalMeetingId: meeting.externalMeetingId,
        mediaRegion: meeting.mediaRegion,
        ...(attendee ? { attendeeId: attendee.attendeeId, externalUserId: attendee.externalUserId } : {}),
      },
    };
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // One failing listener must not keep the event from the others.
      }
    }
  }
}

/** `Attendee<what>`, or `AttendeeContent<what>` for a content share's identity. */
function attendeeEvent(
  attendee: EventAttendee,
  what: 'Joined' | 'Left' | 'Dropped' | 'VideoStarted' | 'VideoStopped',
): MeetingEventType {
  return isContent(attendee) ? `AttendeeContent${what}` : `Attendee${what}`;
}

function isContent(attendee: EventAttendee): boolean {
  return isContentAttendee(attendee.attendeeId);
}
