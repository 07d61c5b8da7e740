/** In-memory {@link MeetingStore}: everything is lost when the process ends unless a snapshot is kept. */
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

/** Everything the store holds, as plain JSON (what the file store writes). */
export interface StoreSnapshot {
  readonly meetings: ReadonlyArray<{ readonly meeting: MeetingRecord; readonly attendees: AttendeeRecord[] }>;
  readonly ended: string[];
  readonly requestTokens: ReadonlyArray<readonly [string, string]>;
}

export class MemoryMeetingStore implements MeetingStore {
  readonly #active = new Map<string, MeetingEntry>();
  /** Ids of deleted meetings, so a late join can be told "ended" rather than "unknown". */
  readonly #ended = new Set<string>();
  readonly #byRequestToken = new Map<string, string>();
  /** Called after every change (the file store persists there). */
  protected changed(): void {}

  async createMeeting(input: NewMeeting): Promise<Created<MeetingRecord>> {
    if (input.clientRequestToken !== undefined) {
      const existingId = this.#byRequestToken.get(input.clientRequestToken);
      const existing = existingId === undefined ? undefined : this.#active.get(existingId);
      if (existing) return { record: existing.record, created: false };
    }
    const { clientRequestToken, ...fields } = input;
    const record: MeetingRecord = { meetingId: randomUUID(), ...fields, createdAt: Date.now() };
    this.#addMeeting(record, []);
    if (clientRequestToken !== undefined) this.#byRequestToken.set(clientRequestToken, record.meetingId);
    this.changed();
    return { record, created: true };
  }

  async getMeeting(meetingId: string): Promise<MeetingRecord | undefined> {
    return this.#active.get(meetingId)?.record;
  }

  async listMeetings(): Promise<MeetingRecord[]> {
    return [...this.#active.values()].map((entry) => entry.record);
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
    this.changed();
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
    this.changed();
    return { record, created: true };
  }

  async getAttendee(meetingId: string, attendeeId: string): Promise<AttendeeRecord | undefined> {
    return this.#active.get(meetingId)?.attendees.get(attendeeId);
  }

  async listAttendees(meetingId: string): Promise<AttendeeRecord[] | undefined> {
    const entry = this.#active.get(meetingId);
    if (!entry) return undefined;
    return [...entry.attendees.values()].sort((a, b) => compare(a.attendeeId, b.attendeeId));
  }

  async deleteAttendee(meetingId: string, attendeeId: string): Promise<boolean> {
    const entry = this.#active.get(meetingId);
    const record = entry?.attendees.get(attendeeId);
    if (!entry || !record) return false;
    entry.attendees.delete(attendeeId);
    entry.attendeesByExternalId.delete(record.externalUserId);
    this.changed();
    return true;
  }

  snapshot(): StoreSnapshot {
    return {
      meetings: [...this.#active.values()].map((entry) => ({
        meeting: entry.record,
        attendees: [...entry.attendees.values()],
      })),
      ended: [...this.#ended],
      requestTokens: [...this.#byRequestToken],
    };
  }

  /** Replaces the contents with a snapshot (trusted: written by {@link snapshot}). */
  protected restore(snapshot: StoreSnapshot): void {
    this.#active.clear();
    this.#ended.clear();
    this.#byRequestToken.clear();
    for (const { meeting, attendees } of snapshot.meetings) this.#addMeeting(meeting, attendees);
    for (const id of snapshot.ended) this.#ended.add(id);
    for (const [token, id] of snapshot.requestTokens) this.#byRequestToken.set(token, id);
  }

  #addMeeting(record: MeetingRecord, attendees: readonly AttendeeRecord[]): void {
    const entry: MeetingEntry = { record, attendees: new Map(), attendeesByExternalId: new Map() };
    for (const attendee of attendees) {
      entry.attendees.set(attendee.attendeeId, attendee);
      entry.attendeesByExternalId.set(attendee.externalUserId, attendee);
    }
    this.#active.set(record.meetingId, entry);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
