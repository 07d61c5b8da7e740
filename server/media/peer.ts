/**
 * The server's end of one client session's RTCPeerConnection (werift). The client offers,
 * the server answers; every SUBSCRIBE renegotiates the same peer (wire protocol §14.7).
 */
import {
  type MediaStreamTrack,
  RTCPeerConnection,
  type RTCRtpTransceiver,
  RtpHeader,
  RtpPacket,
  RtcpPayloadSpecificFeedback,
  useOPUS,
  useVP8,
} from 'werift';
import { fixUpAnswer, parseSdp, type Direction, type ParsedSdp } from './sdp.ts';

/** Opus frames are 20 ms at 48 kHz. */
const OPUS_FRAME_TICKS = 960;
/** A nominal video frame at 90 kHz (30 fps), the timestamp step across a forwarding gap. */
const VIDEO_FRAME_TICKS = 3000;
/** RTCP payload-specific feedback formats that ask for a keyframe (RFC 4585, RFC 5104). */
const PLI_FORMAT = 1;
const FIR_FORMAT = 4;
const GATHERING_TIMEOUT_MS = 5000;

export type PeerState = 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

export interface MediaPeerOptions {
  /** Called with each RTP packet received on the client's audio section. */
  readonly onAudioPacket?: (packet: RtpPacket) => void;
  readonly onStateChange?: (state: PeerState) => void;
  /** Extra IP addresses offered as host ICE candidates (the service's LAN or public address). */
  readonly hostAddresses?: readonly string[];
  /** Called with each RTP packet received on the client's camera section. */
  readonly onVideoPacket?: (packet: RtpPacket) => void;
  /** The client asked for a keyframe (PLI or FIR) on the forwarded video section `mid`. */
  readonly onKeyframeRequest?: (mid: string) => void;
}

export class MediaPeer {
  readonly #pc: RTCPeerConnection;
  readonly #options: MediaPeerOptions;
  #audio: RTCRtpTransceiver | undefined;
  readonly #audioTracks = new WeakSet<MediaStreamTrack>();
  /** The downstream audio stream's numbering, random at the start as RFC 3550 asks. */
  #audioSequence = Math.floor(Math.random() * 0x10000);
  #audioTimestamp = Math.floor(Math.random() * 0x1_0000_0000);
  /** The camera track that received the latest video packet, for keyframe requests. */
  #camera: MediaStreamTrack | undefined;
  /** Video tracks already listened to (werift announces a track again on renegotiation). */
  readonly #videoTracks = new WeakSet<MediaStreamTrack>();
  /** Transceivers whose RTCP is watched for keyframe requests. */
  readonly #watched = new WeakSet<RTCRtpTransceiver>();
  #closed = false;

  constructor(options: MediaPeerOptions = {}) {
    this.#options = options;
    this.#pc = new RTCPeerConnection({
      // No STUN: the default config points at a public host; host candidates are enough.
      iceServers: [],
      // werift skips loopback unless told; local browsers and tests reach us on 127.0.0.1.
      iceAdditionalHostAddresses: ['127.0.0.1', ...(options.hostAddresses ?? [])],
      // One transport for all sections, as the official client uses (and no stray sockets).
      bundlePolicy: 'max-bundle',
      codecs: { audio: [useOPUS()], video: [useVP8()] },
    });
    // The track is announced during setRemoteDescription and again on each renegotiation.
    this.#pc.onTrack.subscribe((track) => {
      if (track.kind === 'video') {
        this.#onVideoTrack(track);
        return;
      }
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

  /**
   * Applies a client offer and returns the answer, fixed up per wire protocol §6.4.
   * `forwardMids`: the client's `recvonly` video sections the server will send a remote
   * camera on (answered `sendonly`); every other remote-video section is answered inactive.
   */
  async answer(offerSdp: string, forwardMids: ReadonlySet<string> = new Set()): Promise<string> {
    this.#assertOpen();
    const offer = parseSdp(offerSdp);
    // werift gives a newly offered section the slot of a transceiver last negotiated
    // inactive (such as the idle camera), and that section's mid is then lost. Each mid keeps
    // its own transceiver here, so mark them all as taken.
    for (const transceiver of this.#pc.getTransceivers()) transceiver.usedForSender = true;
    // werift only registers a receiver for an offered stream when the transceiver's direction
    // already receives: set the directions of existing sections before applying the offer
    // (a camera that was idle and now sends), and of new ones after.
    this.#setDirections(offer, forwardMids);
    await this.#pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    this.#assertOpen();
    this.#retireRejected(offer);
    this.#setDirections(offer, forwardMids);

    for (const transceiver of this.#pc.getTransceivers()) this.#watchKeyframeRequests(transceiver);
    await this.#pc.setLocalDescription(await this.#pc.createAnswer());
    await this.#gathered();
    this.#assertOpen();
    const local = this.#pc.localDescription;
    if (!local) throw new Error('no local description after createAnswer');
    return fixUpAnswer(local.sdp, offerSdp);
  }

  /** Whether media can flow to the client now (ICE and DTLS connected). */
  get connected(): boolean {
    return !this.#closed && this.#pc.connectionState === 'connected';
  }

  /** Whether the downstream audio stream can carry a frame now (see {@link AudioMixer}). */
  get audioReady(): boolean {
    return !this.#closed && this.#audio !== undefined && this.#pc.connectionState === 'connected';
  }

  /**
   * Sends one 20 ms Opus frame of this client's mix on its audio section; sequence numbers
   * and timestamps continue from the previous frame whatever the mix contains.
   */
  sendAudioFrame(opus: Uint8Array): void {
    const sender = this.#audio?.sender;
    if (!sender || this.#closed) return;
    const packet = new RtpPacket(
      new RtpHeader({
        payloadType: sender.codec?.payloadType ?? 111,
        sequenceNumber: this.#audioSequence,
        timestamp: this.#audioTimestamp,
      }),
      Buffer.from(opus.buffer, opus.byteOffset, opus.byteLength),
    );
    this.#audioSequence = (this.#audioSequence + 1) & 0xffff;
    this.#audioTimestamp = (this.#audioTimestamp + OPUS_FRAME_TICKS) >>> 0;
    sender.sendRtp(packet).catch(() => {
      // The transport went away between the check and the send; nothing to do.
    });
  }

  /** The SSRC the server sends on the video section `mid`. */
  videoSsrc(mid: string): number | undefined {
    return this.#transceiver(mid)?.sender.ssrc;
  }

  /**
   * Sends a remote camera's packet on the video section `mid` (see {@link VideoRouter});
   * false when it cannot be sent (yet).
   */
  sendVideo(mid: string, packet: RtpPacket, resync: boolean): boolean {
    if (this.#closed) return false;
    const transceiver = this.#transceiver(mid);
    if (!transceiver || transceiver.direction !== 'sendonly') return false;
    const sender = transceiver.sender;
    if (sender.dtlsTransport?.state !== 'connected') return false;
    if (resync) {
      // Continue this section's numbering after the gap (or the previous source).
      sender.replaceRTP({
        sequenceNumber: (packet.header.sequenceNumber - 1) & 0xffff,
        timestamp: (packet.header.timestamp - VIDEO_FRAME_TICKS) >>> 0,
      });
    }
    sender.sendRtp(packet).catch(() => {
      // The transport went away between the check and the send; nothing to do.
    });
    return true;
  }

  /** Asks the client's camera for a keyframe (PLI). */
  requestKeyframe(): void {
    const camera = this.#camera;
    if (!camera || this.#closed || camera.ssrc === undefined) return;
    const transceiver = this.#pc.getTransceivers().find((t) => t.receiver.tracks.includes(camera));
    transceiver?.receiver.sendRtcpPLI(camera.ssrc).catch(() => {
      // Not connected yet: the next request will do.
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pc.close();
  }

  /** The transceiver of the section `mid`, skipping stopped ones (see {@link #retireRejected}). */
  #transceiver(mid: string | undefined): RTCRtpTransceiver | undefined {
    if (mid === undefined) return undefined;
    return this.#pc.getTransceivers().find((t) => t.mid === mid && !t.stopped);
  }

  /**
   * Stops the transceivers whose section the client rejected (port 0, after its
   * transceiver.stop()) or dropped, and detaches them from their m-line. Chrome reuses a
   * rejected m-line for its next new transceiver under a new mid; werift then adds a transceiver
   * for that mid, but on setLocalDescription it relabels the *first* transceiver at that m-line
   * index, the stale one, with the new mid. That one (still `sendonly`, with its old SSRC) would
   * then carry the forwarded camera: Chrome decodes the unsignaled SSRC but never gives the
   * frames to the section's track, so the remote video never renders.
   */
  #retireRejected(offer: ParsedSdp): void {
    for (const transceiver of this.#pc.getTransceivers()) {
      if (transceiver.mid == null || transceiver.stopped) continue;
      const section = offer.sections.find((s) => s.mid === transceiver.mid);
      if (section && section.port !== 0) continue;
      transceiver.setDirection('inactive');
      transceiver.mLineIndex = undefined;
      transceiver.forceStop();
      if (this.#audio === transceiver) this.#audio = undefined;
    }
  }

  /** werift answers every section recvonly; choose each direction explicitly. */
  #setDirections(offer: ParsedSdp, forwardMids: ReadonlySet<string>): void {
    for (const section of offer.sections) {
      const transceiver = this.#transceiver(section.mid);
      if (!transceiver || section.port === 0) continue;
      if (section.kind === 'audio') {
        transceiver.setDirection(answerAudio(section.direction));
        this.#audio ??= transceiver;
      } else if (
        section.direction === 'recvonly' &&
        section.mid !== undefined &&
        forwardMids.has(section.mid)
      ) {
        transceiver.setDirection('sendonly');
      } else {
        transceiver.setDirection(answerVideo(section.direction));
      }
    }
  }

  /**
   * Only the camera section receives video. A restarted camera comes with a new SSRC, which
   * werift gives a new track (while still announcing the first one on renegotiation).
   */
  #onVideoTrack(track: MediaStreamTrack): void {
    if (this.#videoTracks.has(track)) return;
    this.#videoTracks.add(track);
    track.onReceiveRtp.subscribe((packet) => {
      this.#camera = track;
      try {
        this.#options.onVideoPacket?.(packet);
      } catch {
        // A packet that cannot be forwarded is dropped; the stream goes on.
      }
    });
  }

  /**
   * werift hands a PLI/FIR to whichever sender or receiver its *sender* SSRC matches first, so
   * every transceiver's RTCP is watched and the request is routed by the media SSRC instead.
   */
  #watchKeyframeRequests(transceiver: RTCRtpTransceiver): void {
    if (this.#watched.has(transceiver)) return;
    this.#watched.add(transceiver);
    const onRtcp = (packet: { type: number }) => {
      if (packet.type !== RtcpPayloadSpecificFeedback.type) return;
      const feedback = (packet as RtcpPayloadSpecificFeedback).feedback as {
        count: number;
        mediaSsrc: number;
        fir?: { ssrc: number }[];
      };
      let ssrcs: number[];
      if (feedback.count === PLI_FORMAT) ssrcs = [feedback.mediaSsrc];
      else if (feedback.count === FIR_FORMAT) ssrcs = (feedback.fir ?? []).map((entry) => entry.ssrc);
      else return;
      for (const ssrc of ssrcs) {
        const target = this.#pc
          .getTransceivers()
          .find(
            (t) => t.kind === 'video' && t.sender.ssrc === ssrc && t.direction === 'sendonly' && !t.stopped,
          );
        if (target?.mid) this.#options.onKeyframeRequest?.(target.mid);
      }
    };
    transceiver.sender.onRtcp.subscribe(onRtcp);
    transceiver.receiver.onRtcp.subscribe(onRtcp);
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
 * The camera section: receive what the client sends. A remote-video section (`recvonly`)
 * that is not forwarding a published camera is answered inactive.
 */
function answerVideo(offered: Direction): Direction {
  return offered === 'sendrecv' || offered === 'sendonly' ? 'recvonly' : 'inactive';
}
