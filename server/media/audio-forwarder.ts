/**
 * Interim audio routing for one meeting until mix-minus mixing exists: every listener hears
 * exactly one other participant, the earliest one that sent audio. With two participants
 * that means each hears the other; with more, everyone hears the first speaker (the one who
 * started sending first hears the second).
 *
 * The official client has a single downstream audio stream, so switching sources on a
 * listener's stream is signalled to the endpoint, which keeps its RTP sequence continuous.
 */
import { RtpHeader, RtpPacket } from 'werift';

export interface AudioEndpoint {
  /**
   * Sends one packet on this endpoint's downstream audio stream. `sourceChanged` is true for
   * the first packet from a different participant than the previous one.
   */
  sendAudio(packet: RtpPacket, sourceChanged: boolean): void;
}

export class AudioForwarder {
  /** Everyone who can listen, in join order. */
  readonly #listeners = new Set<AudioEndpoint>();
  /** Everyone who has sent audio, in the order they started. */
  readonly #senders: AudioEndpoint[] = [];
  readonly #lastSource = new Map<AudioEndpoint, AudioEndpoint>();

  add(endpoint: AudioEndpoint): void {
    this.#listeners.add(endpoint);
  }

  remove(endpoint: AudioEndpoint): void {
    this.#listeners.delete(endpoint);
    this.#lastSource.delete(endpoint);
    const at = this.#senders.indexOf(endpoint);
    if (at !== -1) this.#senders.splice(at, 1);
  }

  /** A packet received from `from`; forwarded to the listeners whose source it is. */
  receive(from: AudioEndpoint, packet: RtpPacket): void {
    if (!this.#listeners.has(from)) return;
    if (!this.#senders.includes(from)) this.#senders.push(from);
    for (const listener of this.#listeners) {
      if (listener === from || this.#sourceFor(listener) !== from) continue;
      const sourceChanged = this.#lastSource.get(listener) !== from;
      this.#lastSource.set(listener, from);
      listener.sendAudio(copyForListener(packet), sourceChanged);
    }
  }

  #sourceFor(listener: AudioEndpoint): AudioEndpoint | undefined {
    return this.#senders.find((sender) => sender !== listener);
  }
}

/**
 * A copy the listener's sender may rewrite in place (SSRC, payload type, sequence, time).
 * Header extensions are dropped: their ids were negotiated with the sender's client, not
 * with the listener's.
 */
function copyForListener(packet: RtpPacket): RtpPacket {
  const { header } = packet;
  return new RtpPacket(
    new RtpHeader({
      marker: header.marker,
      payloadType: header.payloadType,
      sequenceNumber: header.sequenceNumber,
      timestamp: header.timestamp,
      ssrc: header.ssrc,
    }),
    packet.payload,
  );
}
