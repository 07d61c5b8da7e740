/**
 * Client peers for the media tests: werift peers laid out like the official client's (§6.1) —
 * audio, the camera, then one recvonly section per remote video. {@link VideoPeer}'s camera
 * sends a VP8-shaped stream and answers keyframe requests, and it records the video it receives.
 */
import {
  MediaStreamTrack,
  type PeerConfig,
  RTCPeerConnection,
  RtcpPayloadSpecificFeedback,
  RtpHeader,
  RtpPacket,
  type RTCRtpTransceiver,
  useOPUS,
  useVP8,
} from 'werift';
import { subscribeFrame, waitFor } from './helpers.ts';

export const VP8_PAYLOAD_TYPE = 96;
/** RTCP payload-specific feedback format of a PLI (RFC 4585). */
const PLI_FORMAT = 1;

export interface ClientPeerOptions {
  /** The camera section sends `camera` (sendrecv); otherwise it is inactive. */
  readonly sendCamera?: boolean;
  /** How many recvonly sections for remote videos follow the camera. */
  readonly remoteVideos?: number;
  /** The codecs offered; werift's defaults (Opus and PCMU, VP8) when not given. */
  readonly codecs?: PeerConfig['codecs'];
}

/** A client peer with the official client's layout, making complete (non-trickle) offers. */
export class ClientPeer {
  readonly pc: RTCPeerConnection;
  readonly mic = new MediaStreamTrack({ kind: 'audio' });
  readonly camera = new MediaStreamTrack({ kind: 'video' });
  readonly cameraTransceiver: RTCRtpTransceiver;

  constructor({ sendCamera = false, remoteVideos = 0, codecs }: ClientPeerOptions = {}) {
    this.pc = new RTCPeerConnection({
      iceServers: [],
      iceAdditionalHostAddresses: ['127.0.0.1'],
      bundlePolicy: 'max-bundle',
      ...(codecs && { codecs }),
    });
    this.pc.addTransceiver(this.mic, { direction: 'sendrecv' });
    this.cameraTransceiver = sendCamera
      ? this.pc.addTransceiver(this.camera, { direction: 'sendrecv' })
      : this.pc.addTransceiver('video', { direction: 'inactive' });
    for (let i = 0; i < remoteVideos; i++) this.pc.addTransceiver('video', { direction: 'recvonly' });
  }

  /** A complete offer, as the official client sends it. */
  async offer(): Promise<string> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await waitFor(() => this.pc.iceGatheringState === 'complete', 'ICE gathering');
    // werift offers an inactive section with port 0; Chrome, and so the official client,
    // offers it with port 9. The server must then answer port 9 as well (§6.4 rule 3).
    return this.pc.localDescription!.sdp.replace(/^m=video 0 /gm, 'm=video 9 ');
  }

  async accept(answer: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'answer', sdp: answer });
  }

  /** Calls `listener` once for each remote track of this kind (werift may announce one again). */
  protected onRemoteTrack(kind: 'audio' | 'video', listener: (track: MediaStreamTrack) => void): void {
    const seen = new WeakSet<MediaStreamTrack>();
    this.pc.onTrack.subscribe((track) => {
      if (track.kind !== kind || seen.has(track)) return;
      seen.add(track);
      listener(track);
    });
  }

  async close(): Promise<void> {
    await this.pc.close();
  }
}

/** A client peer offering Opus and VP8 only, whose camera sends and which records the video it receives. */
export class VideoPeer extends ClientPeer {
  /** PLIs this peer's camera received. */
  pliCount = 0;
  /** Sequence numbers of the keyframes the camera sent. */
  readonly keyframes: number[] = [];
  /** Video RTP received: SSRC and payload. */
  readonly received: { ssrc: number; payload: Buffer }[] = [];
  #sequence = 1;
  #keyframeDue = false;
  #timer: NodeJS.Timeout | undefined;

  constructor({ sendCamera = false, remoteVideos = 0 } = {}) {
    super({
      sendCamera,
      remoteVideos,
      codecs: { audio: [useOPUS()], video: [useVP8({ payloadType: VP8_PAYLOAD_TYPE })] },
    });
    // werift may deliver an incoming PLI on any transceiver: match it by the camera's SSRC.
    const onRtcp = (packet: { type: number }) => {
      if (packet.type !== RtcpPayloadSpecificFeedback.type) return;
      const feedback = (packet as RtcpPayloadSpecificFeedback).feedback as {
        count: number;
        mediaSsrc: number;
      };
      if (feedback.count !== PLI_FORMAT || feedback.mediaSsrc !== this.cameraTransceiver.sender.ssrc) return;
      this.pliCount++;
      this.#keyframeDue = true;
    };
    for (const transceiver of this.pc.getTransceivers()) {
      transceiver.sender.onRtcp.subscribe(onRtcp);
      transceiver.receiver.onRtcp.subscribe(onRtcp);
    }
    this.onRemoteTrack('video', (track) =>
      track.onReceiveRtp.subscribe((packet) =>
        this.received.push({ ssrc: packet.header.ssrc, payload: Buffer.from(packet.payload) }),
      ),
    );
  }

  /** Sends about 30 frames a second, one packet each: a keyframe first and after every PLI. */
  startCamera(): void {
    this.#keyframeDue = true;
    this.#timer = setInterval(() => {
      const keyframe = this.#keyframeDue;
      this.#keyframeDue = false;
      const sequence = this.#sequence++;
      if (keyframe) this.keyframes.push(sequence);
      // VP8 payload descriptor S=1, partition 0; then the frame header, P bit clear on keyframes.
      const payload = Buffer.from([0x10, keyframe ? 0x00 : 0x01, 0x00, 0x00, sequence & 0xff]);
      this.camera.writeRtp(
        new RtpPacket(
          new RtpHeader({
            payloadType: VP8_PAYLOAD_TYPE,
            sequenceNumber: sequence,
            timestamp: sequence * 3000,
            ssrc: 1,
            marker: true,
          }),
          payload,
        ),
      );
    }, 33);
  }

  override close(): Promise<void> {
    clearInterval(this.#timer);
    return super.close();
  }
}

/** A SUBSCRIBE as the official client sends it, with its camera's send descriptor when `sendVideo`. */
export const videoSubscribeFrame = subscribeFrame;
