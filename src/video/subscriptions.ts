/**
 * The pure parts of receiving video: which INDEX sources to subscribe to, what the session tells
 * the application about them, and how a received track is bound back to its attendee.
 */
import { CONTENT_SUFFIX, VIDEO_SUBSCRIPTION_LIMIT } from '../protocol/constants.ts';
import { SdkStreamMediaType } from '../protocol/frame.ts';
import type { ISdkIndexFrame, ISdkTrackMapping } from '../protocol/frame.ts';
import type { MeetingSessionVideoAvailability, VideoSource } from './types.ts';

/** One remote video stream of the INDEX. */
export interface RemoteVideoStream {
  streamId: number;
  groupId: number;
  attendeeId: string;
  externalUserId: string;
  maxBitrateKbps: number;
}

/** A received video track bound to its stream and attendee (wire protocol §6.5). */
export interface RemoteVideoBinding extends Omit<RemoteVideoStream, 'maxBitrateKbps'> {
  stream: MediaStream;
}

/**
 * The VIDEO sources of an INDEX that belong to other attendees: this attendee's own camera and
 * own content share are left out, and of several groups of one attendee only the highest (the
 * newest) counts.
 */
export function remoteVideoStreams(
  index: ISdkIndexFrame | null | undefined,
  selfAttendeeId: string,
): RemoteVideoStream[] {
  const streams: RemoteVideoStream[] = [];
  for (const source of index?.sources ?? []) {
    const attendeeId = source.attendeeId ?? '';
    if (source.mediaType !== SdkStreamMediaType.VIDEO) continue;
    if (!attendeeId || attendeeId === selfAttendeeId || attendeeId === selfAttendeeId + CONTENT_SUFFIX) {
      continue;
    }
    if (!source.streamId || !source.groupId) continue;
    streams.push({
      streamId: source.streamId,
      groupId: source.groupId,
      attendeeId,
      externalUserId: source.externalUserId ?? '',
      maxBitrateKbps: source.maxBitrateKbps ?? 0,
    });
  }
  const newestGroup = new Map<string, number>();
  for (const stream of streams) {
    newestGroup.set(stream.attendeeId, Math.max(newestGroup.get(stream.attendeeId) ?? 0, stream.groupId));
  }
  return streams.filter((stream) => newestGroup.get(stream.attendeeId) === stream.groupId);
}

/**
 * The streams to receive: one per group (the one with the highest `max_bitrate_kbps`, the lower
 * stream id on a tie), by group id, at most `limit`.
 */
export function chooseSubscriptions(
  index: ISdkIndexFrame | null | undefined,
  selfAttendeeId: string,
  limit = VIDEO_SUBSCRIPTION_LIMIT,
): RemoteVideoStream[] {
  const best = new Map<number, RemoteVideoStream>();
  for (const stream of remoteVideoStreams(index, selfAttendeeId)) {
    const current = best.get(stream.groupId);
    if (
      !current ||
      stream.maxBitrateKbps > current.maxBitrateKbps ||
      (stream.maxBitrateKbps === current.maxBitrateKbps && stream.streamId < current.streamId)
    ) {
      best.set(stream.groupId, stream);
    }
  }
  return [...best.values()].sort((a, b) => a.groupId - b.groupId).slice(0, Math.max(0, limit));
}

/** `remoteVideoSourcesDidChange`: one entry per other attendee that sends video, by attendee id. */
export function remoteVideoSources(
  index: ISdkIndexFrame | null | undefined,
  selfAttendeeId: string,
): VideoSource[] {
  const sources = new Map<string, VideoSource>();
  for (const stream of remoteVideoStreams(index, selfAttendeeId)) {
    if (!sources.has(stream.attendeeId)) {
      sources.set(stream.attendeeId, {
        attendee: { attendeeId: stream.attendeeId, externalUserId: stream.externalUserId },
      });
    }
  }
  return [...sources.values()].sort((a, b) => a.attendee.attendeeId.localeCompare(b.attendee.attendeeId));
}

/** Whether two source lists name the same attendees. */
export function sameVideoSources(a: readonly VideoSource[], b: readonly VideoSource[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (source, i) =>
        source.attendee.attendeeId === b[i]!.attendee.attendeeId &&
        source.attendee.externalUserId === b[i]!.attendee.externalUserId,
    )
  );
}

/** Video availability as an INDEX describes it. */
export function videoAvailabilityOf(
  index: ISdkIndexFrame | null | undefined,
  selfAttendeeId: string,
): MeetingSessionVideoAvailability {
  return {
    remoteVideoAvailable: remoteVideoStreams(index, selfAttendeeId).length > 0,
    canStartLocalVideo: !index?.atCapacity,
  };
}

/** SUBSCRIBE_ACK `tracks` as track label → stream id; entries without a label or stream are ignored. */
export function trackStreamIds(tracks: readonly ISdkTrackMapping[] | null | undefined): Map<string, number> {
  const map = new Map<string, number>();
  for (const track of tracks ?? []) {
    if (track.trackLabel && track.streamId) map.set(track.trackLabel, track.streamId);
  }
  return map;
}

/**
 * Binds a received video stream (its id is the answer's msid, `v_<mid>`) to a subscribed stream:
 * track label → stream id (SUBSCRIBE_ACK) → the INDEX source that SUBSCRIBE was made from.
 */
export function bindRemoteVideo(
  stream: MediaStream,
  trackStreams: ReadonlyMap<string, number>,
  subscribed: ReadonlyMap<number, RemoteVideoStream>,
): RemoteVideoBinding | undefined {
  const streamId = trackStreams.get(stream.id);
  const source = streamId === undefined ? undefined : subscribed.get(streamId);
  if (!source) return undefined;
  const { groupId, attendeeId, externalUserId } = source;
  return { streamId: source.streamId, groupId, attendeeId, externalUserId, stream };
}
