import { bindRemoteVideo, trackStreamIds } from './subscriptions.ts';
import type { RemoteVideoBinding, RemoteVideoStream } from './subscriptions.ts';
import type { ISdkTrackMapping } from '../protocol/frame.ts';

/** What is being subscribed in one SUBSCRIBE: its streams, with their INDEX sources. */
export type SubscriptionSnapshot = ReadonlyMap<number, RemoteVideoStream>;

/**
 * The receiving side of one peer connection: a recvonly transceiver per subscribed stream, the
 * mapping a SUBSCRIBE_ACK gave (track label → stream id, with the INDEX snapshot the SUBSCRIBE
 * was made from), and the received videos bound to their attendees (wire protocol §6.5).
 */
export class VideoReceivers {
  /** The transceiver of each stream of the offer being built, by stream id. */
  readonly #transceivers = new Map<number, RTCRtpTransceiver>();
  /** The INDEX source of each stream in {@link #transceivers}, as taken when it was added. */
  readonly #sources = new Map<number, RemoteVideoStream>();
  /** As of the last SUBSCRIBE_ACK. */
  #subscribed: SubscriptionSnapshot = new Map();
  #trackStreams = new Map<string, number>();
  #ssrcStreams = new Map<number, number>();

  /** Whether the receivers are exactly these streams. */
  receivesExactly(streams: readonly RemoteVideoStream[]): boolean {
    return (
      streams.length === this.#transceivers.size &&
      streams.every((stream) => this.#transceivers.has(stream.streamId))
    );
  }

  /**
   * Makes the receivers match `streams`: stops the transceivers of the others (a stopped
   * transceiver is never reused) and adds a recvonly transceiver for each new stream. Returns the
   * ids of the streams stopped.
   */
  update(peer: RTCPeerConnection, streams: readonly RemoteVideoStream[]): number[] {
    const wanted = new Set(streams.map((stream) => stream.streamId));
    const stopped: number[] = [];
    for (const [streamId, transceiver] of this.#transceivers) {
      if (wanted.has(streamId)) continue;
      transceiver.stop();
      this.#transceivers.delete(streamId);
      this.#sources.delete(streamId);
      stopped.push(streamId);
    }
    for (const stream of streams) {
      if (this.#transceivers.has(stream.streamId)) continue;
      const transceiver = peer.addTransceiver('video', {
        direction: 'recvonly',
        streams: [new MediaStream()],
      });
      this.#transceivers.set(stream.streamId, transceiver);
      this.#sources.set(stream.streamId, stream);
    }
    return stopped;
  }

  /** The subscribed stream id of a section, by its mid (0 if none). */
  streamIdForMid(mid: string): number {
    for (const [streamId, transceiver] of this.#transceivers) {
      if (transceiver.mid === mid) return streamId;
    }
    return 0;
  }

  /** What the next SUBSCRIBE subscribes. */
  snapshot(): SubscriptionSnapshot {
    return new Map(this.#sources);
  }

  /** A SUBSCRIBE_ACK for `snapshot` arrived; record it before its answer is applied. */
  acknowledged(snapshot: SubscriptionSnapshot, tracks: readonly ISdkTrackMapping[] | null | undefined): void {
    this.#subscribed = snapshot;
    this.#trackStreams = trackStreamIds(tracks);
    this.#ssrcStreams = new Map(
      (tracks ?? []).flatMap((track) => (track.ssrc && track.streamId ? [[track.ssrc, track.streamId]] : [])),
    );
  }

  /** The attendee whose video arrives with this SSRC (for metrics). */
  attendeeIdForSsrc(ssrc: number): string | undefined {
    const streamId = this.#ssrcStreams.get(ssrc);
    return streamId === undefined ? undefined : this.#subscribed.get(streamId)?.attendeeId;
  }

  /** Binds a received video stream; returns the binding, or undefined for an unknown stream. */
  bind(stream: MediaStream): RemoteVideoBinding | undefined {
    const binding = bindRemoteVideo(stream, this.#trackStreams, this.#subscribed);
    return binding && this.#transceivers.has(binding.streamId) ? binding : undefined;
  }
}
