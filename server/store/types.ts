/**
 * The meeting registry as the rest of the service sees it. Async so that a durable
 * implementation can replace the in-memory one without touching its callers.
 */

export interface MeetingRecord {
  readonly meetingId: string;
  readonly externalMeetingId: string;
  readonly mediaRegion: string;
  readonly meetingHostId?: string;
  readonly primaryMeetingId?: string;
  /** `MeetingFeatures` as given (validated by the API), echoed in the Meeting object. */
  readonly meetingFeatures?: MeetingFeatures;
  /** Accepted and kept, not echoed (AWS does not return it either). */
  readonly notificationsConfiguration?: Readonly<Record<string, string>>;
  readonly createdAt: number;
}

export interface MeetingFeatures {
  readonly Audio?: { readonly EchoReduction?: 'AVAILABLE' | 'UNAVAILABLE' };
}

export interface AttendeeRecord {
  readonly meetingId: string;
  readonly attendeeId: string;
  readonly externalUserId: string;
}

export interface NewMeeting {
  readonly externalMeetingId: string;
  readonly mediaRegion: string;
  readonly meetingHostId?: string;
  readonly primaryMeetingId?: string;
  readonly meetingFeatures?: MeetingFeatures;
  readonly notificationsConfiguration?: Readonly<Record<string, string>>;
  /** Same token → same meeting, as long as that meeting has not been deleted. */
  readonly clientRequestToken?: string;
}

/** `ended` = the meeting existed and was deleted; `unknown` = it never existed here. */
export type MeetingStatus = 'active' | 'ended' | 'unknown';

/** A record and whether this call created it (false: an idempotent repeat). */
export interface Created<T> {
  readonly record: T;
  readonly created: boolean;
}

export interface MeetingStore {
  createMeeting(input: NewMeeting): Promise<Created<MeetingRecord>>;
  /** The meeting if it is active. */
  getMeeting(meetingId: string): Promise<MeetingRecord | undefined>;
  meetingStatus(meetingId: string): Promise<MeetingStatus>;
  /** The most recently created active meeting with this external id. */
  findMeetingByExternalId(externalMeetingId: string): Promise<MeetingRecord | undefined>;
  /** Ends a meeting; false when it was not active. Its attendees go with it. */
  endMeeting(meetingId: string): Promise<boolean>;
  /**
   * Creates an attendee of an active meeting, or returns the existing one with the same
   * external user id (as CreateAttendee does). Undefined when the meeting is not active.
   */
  createAttendee(meetingId: string, externalUserId: string): Promise<Created<AttendeeRecord> | undefined>;
  /** An attendee of an active meeting. */
  getAttendee(meetingId: string, attendeeId: string): Promise<AttendeeRecord | undefined>;
  /** Every attendee of an active meeting, ordered by attendee id; undefined when not active. */
  listAttendees(meetingId: string): Promise<AttendeeRecord[] | undefined>;
  /** Removes an attendee of an active meeting; false when there was none. */
  deleteAttendee(meetingId: string, attendeeId: string): Promise<boolean>;
  /** Every active meeting, oldest first. */
  listMeetings(): Promise<MeetingRecord[]>;
}
