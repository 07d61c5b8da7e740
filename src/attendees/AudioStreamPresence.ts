/** An AUDIO_STREAM_ID_INFO message as decoded (absent fields are not own properties). */
export interface AudioStreamIdInfoMessage {
  streams?: Array<{
    audioStreamId?: number | null;
    attendeeId?: string | null;
    muted?: boolean | null;
    externalUserId?: string | null;
    dropped?: boolean | null;
  }> | null;
}

/** Position of a presence entry in the AUDIO_STREAM_ID_INFO frame that carried it. */
export interface PositionInFrame {
  attendeeIndex: number;
  attendeesInFrame: number;
}

export type PresenceUpdate =
  | {
      kind: 'presence';
      attendeeId: string;
      externalUserId: string;
      present: boolean;
      dropped: boolean;
      posInFrame: PositionInFrame;
    }
  | { kind: 'mute'; attendeeId: string; externalUserId: string; muted: boolean };

/**
 * Turns AUDIO_STREAM_ID_INFO frames into presence and mute updates, keyed by audio stream id.
 * Field presence is what matters: an entry with `attendee_id` is a join, one with `muted` a mute
 * change, one with neither a leave. A higher audio stream id of the same attendee supersedes a
 * lower one, so the leave of a stale stream does not make the attendee absent.
 */
export class AudioStreamPresence {
  private readonly attendeeByStream = new Map<number, { attendeeId: string; externalUserId: string }>();
  private readonly streamByAttendee = new Map<string, number>();

  apply(info: AudioStreamIdInfoMessage): PresenceUpdate[] {
    const streams = info.streams ?? [];
    const updates: PresenceUpdate[] = [];
    let attendeeIndex = 0;
    for (const stream of streams) {
      const streamId = stream.audioStreamId ?? 0;
      const hasAttendeeId = !!stream.attendeeId;
      const hasMuted = Object.hasOwn(stream, 'muted') && stream.muted !== null && stream.muted !== undefined;

      if (hasAttendeeId) {
        const attendeeId = stream.attendeeId!;
        const externalUserId = stream.externalUserId || attendeeId;
        this.attendeeByStream.set(streamId, { attendeeId, externalUserId });
        const current = this.streamByAttendee.get(attendeeId);
        if (current === undefined || current <= streamId) this.streamByAttendee.set(attendeeId, streamId);
        updates.push({
          kind: 'presence',
          attendeeId,
          externalUserId,
          present: true,
          dropped: false,
          posInFrame: { attendeeIndex: attendeeIndex++, attendeesInFrame: streams.length },
        });
      }

      if (hasMuted) {
        const known = this.attendeeByStream.get(streamId);
        if (known) updates.push({ kind: 'mute', ...known, muted: !!stream.muted });
      }

      if (!hasAttendeeId && !hasMuted) {
        const known = this.attendeeByStream.get(streamId);
        if (!known) continue;
        this.attendeeByStream.delete(streamId);
        if (this.streamByAttendee.get(known.attendeeId) === streamId)
          this.streamByAttendee.delete(known.attendeeId);
        const hasNewerStream = [...this.attendeeByStream].some(
          ([otherId, other]) => otherId > streamId && other.attendeeId === known.attendeeId,
        );
        if (hasNewerStream) continue;
        updates.push({
          kind: 'presence',
          ...known,
          present: false,
          dropped: !!stream.dropped,
          posInFrame: { attendeeIndex: attendeeIndex++, attendeesInFrame: streams.length },
        });
      }
    }
    return updates;
  }

  /** The attendee an audio stream id currently stands for (AUDIO_METADATA is keyed by it). */
  attendeeOf(audioStreamId: number): string | undefined {
    return this.attendeeByStream.get(audioStreamId)?.attendeeId;
  }

  /** Attendee ids with a mapped audio stream. */
  mappedAttendees(): Set<string> {
    return new Set([...this.attendeeByStream.values()].map((known) => known.attendeeId));
  }

  clear(): void {
    this.attendeeByStream.clear();
    this.streamByAttendee.clear();
  }
}
