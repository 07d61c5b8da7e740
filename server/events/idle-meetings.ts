/**
 * Ends meetings the way Chime does: when nobody has joined within the idle timeout of its
 * creation, when everyone has been gone for the idle timeout, and in any case once the
 * meeting is older than the maximum duration. A sweep every few seconds (or a fraction of a
 * short test timeout) looks at every active meeting.
 */
import type { MeetingStore } from '../store/types.ts';

/** Chime: five minutes without attendees. */
export const DEFAULT_IDLE_MEETING_TIMEOUT_MS = 5 * 60_000;
/** Chime: a meeting lasts at most 24 hours. */
export const DEFAULT_MAX_MEETING_DURATION_MS = 24 * 60 * 60_000;

export interface IdleMeetingsOptions {
  readonly store: MeetingStore;
  /** Joined sessions in the meeting right now. */
  readonly occupancy: (meetingId: string) => number;
  /** Ends a meeting as DeleteMeeting does. */
  readonly end: (meetingId: string, why: string) => Promise<unknown>;
  readonly idleTimeoutMs: number;
  readonly maxDurationMs: number;
  readonly now?: () => number;
  /** A sweep failed (the store could not be read); the next sweep tries again. */
  readonly onError?: (error: unknown) => void;
}

export class IdleMeetings {
  readonly #options: IdleMeetingsOptions;
  readonly #timer: NodeJS.Timeout;
  /** When each meeting last had someone in it (absent: never, since this process started). */
  readonly #lastOccupied = new Map<string, number>();
  readonly #startedAt: number;
  #sweeping = false;

  constructor(options: IdleMeetingsOptions) {
    this.#options = options;
    const now = options.now ?? Date.now;
    this.#startedAt = now();
    const interval = Math.max(
      20,
      Math.min(5000, Math.floor(Math.min(options.idleTimeoutMs, options.maxDurationMs) / 5)),
    );
    this.#timer = setInterval(
      () => void this.sweep().catch((error: unknown) => options.onError?.(error)),
      interval,
    );
    this.#timer.unref();
  }

  /** Checks every active meeting once. */
  async sweep(): Promise<void> {
    if (this.#sweeping) return;
    this.#sweeping = true;
    try {
      const { store, occupancy, idleTimeoutMs, maxDurationMs } = this.#options;
      const now = (this.#options.now ?? Date.now)();
      const meetings = await store.listMeetings();
      const active = new Set<string>();
      for (const meeting of meetings) {
        active.add(meeting.meetingId);
        if (now - meeting.createdAt >= maxDurationMs) {
          await this.#end(meeting.meetingId, 'maximum duration reached');
          continue;
        }
        if (occupancy(meeting.meetingId) > 0) {
          this.#lastOccupied.set(meeting.meetingId, now);
          continue;
        }
        // A meeting restored from disk counts from this process's start at the earliest.
        const idleSince =
          this.#lastOccupied.get(meeting.meetingId) ?? Math.max(meeting.createdAt, this.#startedAt);
        if (now - idleSince >= idleTimeoutMs) await this.#end(meeting.meetingId, 'no attendees');
      }
      for (const id of this.#lastOccupied.keys()) if (!active.has(id)) this.#lastOccupied.delete(id);
    } finally {
      this.#sweeping = false;
    }
  }

  close(): void {
    clearInterval(this.#timer);
  }

  async #end(meetingId: string, why: string): Promise<void> {
    this.#lastOccupied.delete(meetingId);
    await this.#options.end(meetingId, why);
  }
}
