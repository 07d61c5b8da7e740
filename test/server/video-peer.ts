/**
 * For the video tests: a werift client peer laid out like the official client's (§6.1) —
 * audio, the camera, then one recvonly section per remote video — whose camera sends a
 * VP8-shaped stream and answers keyframe requests, and which records the video it receives.
 */
import {
  MediaStreamTrack,
  RTCPeerConnection,
  RtcpPayloadSpecificFeedback,
  RtpHeader,
  RtpPacket,
  type RTCRtpTransceiver,
  useOPUS,
  useVP8,
} from 'werift';
import { SdkStreamMediaType, SdkStreamServiceType } from '../../src/protocol/frame.ts';
import { waitFor } from './audio-helpers.ts';
import { Type } from './helpers.ts';

export const VP8_PAYLOAD_TYPE = 96;
/** RTCP payload-specific feedback format of a PLI (RFC 4585). */
const PLI_FORMAT = 1;

export class VideoPeer {
  readonly pc = new RTCPeerConnection({
    iceServers: [],
    iceAdditionalHostAddresses: ['127.0.0.1'],
    bundlePolicy: 'max-bundle',
    codecs: { audio: [useOPUS()], video: [useVP8({ payloadType: VP8_PAYLOAD_TYPE })] },
  });
  readonly camera = new MediaStreamTrack({ kind: 'video' });
  readonly cameraTransceiver: RTCRtpTransceiver;
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
    this.pc.addTransceiver(new MediaStreamTrack({ kind: 'audio' }), { direction: 'sendrecv' });
    this.cameraTransceiver = sendCamera
      ? this.pc.addTransceiver(this.camera, { direction: 'sendrecv' })
      : this.pc.addTransceiver('video', { direction: 'inactive' });
    for (let i = 0; i < remoteVideos; i++) this.pc.addTransceiver('video', { direction: 'recvonly' });
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
    const seen = new WeakSet<MediaStreamTrack>();
    this.pc.onTrack.subscribe((track) => {
      if (track.kind !== 'video' || seen.has(track)) return;
      seen.add(track);
      track.onReceiveRtp.subscribe((packet) =>
        this.received.push({ ssrc: packet.header.ssrc, payload: Buffer.from(packet.payload) }),
      );
    });
  }

  async offer(): Promise<string> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await waitFor(() => this.pc.iceGatheringState === 'complete', 'ICE gathering');
    // Chrome offers an inactive section with port 9, werift with 0.
    return this.pc.localDescription!.sdp.replace(/^m=video 0 /gm, 'm=video 9 ');
  }

  async accept(answer: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'answer', sdp: answer });
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

  close(): Promise<void> {
    clearInterval(this.#timer);
    return this.pc.close();
  }
}

/** A SUBSCRIBE as the official client sends it, with its camera's send descriptor when `sendVideo`. */
export function videoSubscribeFrame(offer: string, receiveStreamIds: number[], { sendVideo = false } = {}) {
  const audio = {
    streamId: 1,
    groupId: 1,
    trackLabel: 'AmazonChimeExpressAudio',
    mediaType: SdkStreamMediaType.AUDIO,
  };
  const video = {
    streamId: 2,
    groupId: 2,
    trackLabel: 'AmazonChimeExpressVideo',
    framerate: 15,
    maxBitrateKbps: 1400,
    mediaType: SdkStreamMediaType.VIDEO,
  };
  return {
    type: Type.SUBSCRIBE,
    sub: {
      duplex: sendVideo ? SdkStreamServiceType.DUPLEX : SdkStreamServiceType.RX,
      sendStreams: sendVideo ? [audio, video] : [audio],
      receiveStreamIds,
      sdpOffer: offer,
      audioHost: 'local',
      audioCheckin: false,
      audioMuted: false,
    },
  };
}
