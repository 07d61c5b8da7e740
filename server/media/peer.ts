/**
 * The server's end of one client session's RTCPeerConnection (werift). The client offers,
 * the server answers; every SUBSCRIBE renegotiates the same peer (wire protocol §14.7).
 */
import {
  type MediaStreamTrack,
  RTCPeerConnection,
  type RTCRtpTransceiver,
  type RtpPacket,
  useOPUS,
  useVP8,
} from 'werift';
import { fixUpAnswer, parseSdp, type Direction } from './sdp.ts';

/** Opus frames are 20 ms at 48 kHz. */
const OPUS_FRAME_TICKS = 960;
const GATHERING_TIMEOUT_MS = 5000;

export type PeerState = 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

export interface MediaPeerOptions {
  /** Called with each RTP packet received on the client's audio section. */
  readonly onAudioPacket?: (packet: RtpPacket) => void;
  readonly onStateChange?: (state: PeerState) => void;
}

export class MediaPeer {
  readonly #pc: RTCPeerConnection;
  readonly #options: MediaPeerOptions;
  #audio: RTCRtpTransceiver | undefined;
  readonly #audioTracks = new WeakSet<MediaStreamTrack>();
  #closed = false;

  constructor(options: MediaPeerOptions = {}) {
    this.#options = options;
    this.#pc = new RTCPeerConnection({
      // No STUN: the default config points at a public host; host candidates are enough.
      iceServers: [],
      // werift skips loopback unless told; local browsers and tests reach us on 127.0.0.1.
      iceAdditionalHostAddresses: ['127.0.0.1'],
      // One transport for all sections, as the official client uses (and no stray sockets).
      bundlePolicy: 'max-bundle',
      codecs: { audio: [useOPUS()], video: [useVP8()] },
    });
    // The track is announced during setRemoteDescription and again on each renegotiation.
    this.#pc.onTrack.subscribe((track) => {
      if (track.kind !== 'audio' || this.#audioTracks.has(track)) return;
      this.#audioTracks.add(track);
      track.onReceiveRtp.subscribe((packet) => {
        try {
          this.#options.onAudioPacket?.(packet);
        } catch {
          // A packet that cannot be forwarded is dropped; the stream goes on.
        }
      });
    });
    this.#pc.connectionStateChange.subscribe((state) => this.#options.onStateChange?.(state));
  }

  get state(): PeerState {
    return this.#pc.connectionState;
  }

  /** Applies a client offer and returns the answer, fixed up per wire protocol §6.4. */
  async answer(offerSdp: string): Promise<string> {
    this.#assertOpen();
    const offer = parseSdp(offerSdp);
    await this.#pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    this.#assertOpen();

    // werift answers every section recvonly; choose each direction explicitly.
    for (const section of offer.sections) {
      const transceiver = this.#pc.getTransceivers().find((t) => t.mid === section.mid);
      if (!transceiver || section.port === 0 || transceiver.stopped) continue;
      if (section.kind === 'audio') {
        transceiver.setDirection(answerAudio(section.direction));
        this.#audio ??= transceiver;
      } else {
        transceiver.setDirection(answerVideo(section.direction));
      }
    }

    await this.#pc.setLocalDescription(await this.#pc.createAnswer());
    await this.#gathered();
    this.#assertOpen();
    const local = this.#pc.localDescription;
    if (!local) throw new Error('no local description after createAnswer');
    return fixUpAnswer(local.sdp, offerSdp);
  }

  /** Sends a packet on the downstream audio stream (see {@link AudioForwarder}). */
  sendAudio(packet: RtpPacket, sourceChanged: boolean): void {
    const sender = this.#audio?.sender;
    if (!sender || this.#closed) return;
    if (sourceChanged) {
      // Continue this stream's numbering from the new source's first packet.
      sender.replaceRTP({
        sequenceNumber: (packet.header.sequenceNumber - 1) & 0xffff,
        timestamp: (packet.header.timestamp - OPUS_FRAME_TICKS) >>> 0,
      });
    }
    sender.sendRtp(packet).catch(() => {
      // The transport went away between the check and the send; nothing to do.
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pc.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('media peer closed');
  }

  #gathered(): Promise<void> {
    if (this.#pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.unSubscribe();
        reject(new Error('ICE gathering did not complete'));
      }, GATHERING_TIMEOUT_MS);
      const subscription = this.#pc.iceGatheringStateChange.subscribe((state) => {
        if (state !== 'complete') return;
        clearTimeout(timer);
        subscription.unSubscribe();
        resolve();
      });
    });
  }
}

/** The client sends its microphone and receives the meeting's audio on the same section. */
function answerAudio(offered: Direction): Direction {
  switch (offered) {
    case 'sendrecv':
      return 'sendrecv';
    case 'recvonly':
      return 'sendonly';
    case 'sendonly':
      return 'recvonly';
    default:
      return 'inactive';
  }
}

/**
 * The camera section: receive what the client sends. Remote-video sections (`recvonly`, one
 * per SUBSCRIBE `receive_stream_ids` entry) are answered inactive: no video sources are
 * published yet, so there is nothing to forward on them.
 */
function answerVideo(offered: Direction): Direction {
  return offered === 'sendrecv' || offered === 'sendonly' ? 'recvonly' : 'inactive';
}
