/** In-memory {@link MeetingStore}: everything is lost when the process ends. */
import { randomUUID } from 'node:crypto';
import type {
  AttendeeRecord,
  Created,
  MeetingRecord,
  MeetingStatus,
  MeetingStore,
  NewMeeting,
} from './types.ts';

interface MeetingEntry {
  readonly record: MeetingRecord;
  readonly attendees: Map<string, AttendeeRecord>;
  readonly attendeesByExternalId: Map<string, AttendeeRecord>;
}

export class MemoryMeetingStore implements MeetingStore {
  readonly #active = new Map<string, MeetingEntry>();
  /** Ids of deleted meetings, so a late join can be told "ended" rather than "unknown". */
  readonly #ended = new Set<string>();
  readonly #byRequestToken = new Map<string, string>();

  async createMeeting(input: NewMeeting): Promise<Created<MeetingRecord>> {
    if (input.clientRequestToken !== undefined) {
      const existingId = this.#byRequestToken.get(input.clientRequestToken);
      const existing = existingId === undefined ? undefined : this.#active.get(existingId);
      if (existing) return { record: existing.record, created: false };
    }
    const record: MeetingRecord = {
      meetingId: randomUUID(),
      externalMeetingId: input.externalMeetingId,
      mediaRegion: input.mediaRegion,
      ...(input.meetingHostId === undefined ? {} : { meetingHostId: input.meetingHostId }),
      createdAt: Date.now(),
    };
    this.#active.set(record.meetingId, {
      record,
      attendees: new Map(),
      attendeesByExternalId: new Map(),
    });
    if (input.clientRequestToken !== undefined) {
      this.#byRequestToken.set(input.clientRequestToken, record.meetingId);
    }
    return { record, created: true };
  }

  async getMeeting(meetingId: string): Promise<MeetingRecord | undefined> {
    return this.#active.get(meetingId)?.record;
  }

  async meetingStatus(meetingId: string): Promise<MeetingStatus> {
    if (this.#active.has(meetingId)) return 'active';
    return this.#ended.has(meetingId) ? 'ended' : 'unknown';
  }

  async findMeetingByExternalId(externalMeetingId: string): Promise<MeetingRecord | undefined> {
    let latest: MeetingRecord | undefined;
    for (const { record } of this.#active.values()) {
      if (record.externalMeetingId === externalMeetingId) latest = record; // insertion order = age
    }
    return latest;
  }

  async endMeeting(meetingId: string): Promise<boolean> {
    if (!this.#active.delete(meetingId)) return false;
    this.#ended.add(meetingId);
    for (const [token, id] of this.#byRequestToken) {
      if (id === meetingId) this.#byRequestToken.delete(token);
    }
    return true;
  }

  async createAttendee(
    meetingId: string,
    externalUserId: string,
  ): Promise<Created<AttendeeRecord> | undefined> {
    const entry = this.#active.get(meetingId);
    if (!entry) return undefined;
    const existing = entry.attendeesByExternalId.get(externalUserId);
    if (existing) return { record: existing, created: false };
    const record: AttendeeRecord = { meetingId, attendeeId: randomUUID(), externalUserId };
    entry.attendees.set(record.attendeeId, record);
    entry.attendeesByExternalId.set(externalUserId, record);
    return { record, created: true };
  }

  async getAttendee(meetingId: string, attendeeId: string): Promise<AttendeeRecord | undefined> {
    return this.#active.get(meetingId)?.attendees.get(attendeeId);
  }
}
