/**
 * Synthetic participants for bench/server.mjs, run in their own process so the meeting
 * service's event loop is measured alone. Driven over the fork IPC channel:
 *
 *   setup {url, participants, videoSenders, receivers, videoPps, payloadBytes, audio}
 *     → creates a meeting, joins everyone one at a time, waits until every peer is connected
 *   send {video, audio}   → starts/stops the synthetic senders
 *   mark                  → replies with counters (packets sent/received, this process's CPU)
 *   exit                  → closes everything and exits
 *
 * Every wait here has a deadline; the process also exits on its own after `maxLifetimeMs`.
 */
import { Encoder } from '@evan/opus';
import {
  MediaStreamTrack,
  RTCPeerConnection,
  RtcpPayloadSpecificFeedback,
  RtpHeader,
  RtpPacket,
  useOPUS,
  useVP8,
} from 'werift';
import WebSocket from 'ws';
import {
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
  decodeFrame,
  encodeFrame,
  type OutgoingFrame,
} from '../src/protocol/service-frame.ts';

const Type = SdkSignalFrame.Type;
const VP8_PT = 96;
const OPUS_PT = 111;
const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 960;
const maxLifetimeMs = Number(process.env.BENCH_PEERS_MAX_MS ?? 240_000);

interface SetupMessage {
  url: string;
  /** Everyone joins with audio sendrecv; the first `videoSenders` also send a camera. */
  participants: number;
  videoSenders: number;
  /** How many of the non-sending participants subscribe to every camera (all of them by default). */
  receivers?: number;
  videoPps: number;
  payloadBytes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Minimal signaling client: JOIN, SUBSCRIBE, and frames queued by type. */
class Signaling {
  readonly #pending: SdkSignalFrame[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.#pending.push(decodeFrame(data)));
    ws.on('error', () => {});
  }

  static async open(url: string, token: string): Promise<Signaling> {
    const ws = new WebSocket(url, ['_aws_wt_session', token]);
    const client = new Signaling(ws);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('signaling open timeout')), 10_000);
      ws.once('open', () => (clearTimeout(timer), resolve()));
      ws.once('error', (error) => (clearTimeout(timer), reject(error)));
    });
    return client;
  }

  send(frame: OutgoingFrame): void {
    this.ws.send(encodeFrame(frame));
  }

  async next(type: SdkSignalFrame.Type, timeoutMs = 15_000): Promise<SdkSignalFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.#pending.findIndex((frame) => frame.type === type);
      if (at !== -1) return this.#pending.splice(at, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no frame of type ${type} within ${timeoutMs} ms`);
      await sleep(10);
    }
  }

  /** Drops queued frames so a long run does not accumulate INDEX/metadata frames. */
  drain(): void {
    this.#pending.length = 0;
  }
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** 50 frames (1 s) of a 440 Hz tone, Opus-encoded once and replayed. */
function encodedTone(): Buffer[] {
  const encoder = new Encoder({ channels: 1, sample_rate: SAMPLE_RATE, application: 'voip' });
  encoder.bitrate = 32_000;
  const frames: Buffer[] = [];
  let phase = 0;
  for (let f = 0; f < 50; f++) {
    const pcm = new Int16Array(FRAME_SAMPLES);
    for (let i = 0; i < FRAME_SAMPLES; i++) {
      pcm[i] = Math.round(8000 * Math.sin(phase));
      phase += (2 * Math.PI * 440) / SAMPLE_RATE;
    }
    frames.push(Buffer.from(encoder.encode(pcm)));
  }
  return frames;
}

const counters = { videoSent: 0, videoReceived: 0, audioSent: 0, audioReceived: 0, keyframes: 0 };

class Participant {
  readonly pc = new RTCPeerConnection({
    iceServers: [],
    iceAdditionalHostAddresses: ['127.0.0.1'],
    bundlePolicy: 'max-bundle',
    codecs: { audio: [useOPUS()], video: [useVP8({ payloadType: VP8_PT })] },
  });
  readonly mic = new MediaStreamTrack({ kind: 'audio' });
  readonly camera = new MediaStreamTrack({ kind: 'video' });
  sendKeyframe = true;
  videoSeq = 1;
  audioSeq = 1;

  constructor(
    readonly signaling: Signaling,
    readonly sendsVideo: boolean,
    remoteVideos: number,
  ) {
    this.pc.addTransceiver(this.mic, { direction: 'sendrecv' });
    const camera = sendsVideo
      ? this.pc.addTransceiver(this.camera, { direction: 'sendrecv' })
      : this.pc.addTransceiver('video', { direction: 'inactive' });
    for (let i = 0; i < remoteVideos; i++) this.pc.addTransceiver('video', { direction: 'recvonly' });
    if (sendsVideo) {
      const onRtcp = (packet: { type: number }) => {
        if (packet.type === RtcpPayloadSpecificFeedback.type) this.sendKeyframe = true;
      };
      for (const transceiver of this.pc.getTransceivers()) {
        transceiver.sender.onRtcp.subscribe(onRtcp);
        transceiver.receiver.onRtcp.subscribe(onRtcp);
      }
      void camera;
    }
    const seen = new WeakSet<MediaStreamTrack>();
    this.pc.onTrack.subscribe((track) => {
      if (seen.has(track)) return;
      seen.add(track);
      if (track.kind === 'video') track.onReceiveRtp.subscribe(() => counters.videoReceived++);
      else track.onReceiveRtp.subscribe(() => counters.audioReceived++);
    });
  }

  async offer(): Promise<string> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await waitFor(() => this.pc.iceGatheringState === 'complete', 'ICE gathering');
    return this.pc.localDescription!.sdp.replace(/^m=video 0 /gm, 'm=video 9 ');
  }

  /** One VP8-shaped packet of `bytes`: a keyframe start when one was asked for. */
  sendVideo(bytes: number): void {
    const keyframe = this.sendKeyframe;
    this.sendKeyframe = false;
    if (keyframe) counters.keyframes++;
    const seq = this.videoSeq++;
    const payload = Buffer.alloc(bytes);
    payload[0] = 0x10; // S=1, partition 0
    payload[1] = keyframe ? 0x00 : 0x01; // VP8 P bit clear on keyframes
    this.camera.writeRtp(
      new RtpPacket(
        new RtpHeader({
          payloadType: VP8_PT,
          sequenceNumber: seq & 0xffff,
          timestamp: seq * 900,
          ssrc: 1,
          marker: true,
        }),
        payload,
      ),
    );
    counters.videoSent++;
  }

  sendAudio(frame: Buffer): void {
    const seq = this.audioSeq++;
    this.mic.writeRtp(
      new RtpPacket(
        new RtpHeader({
          payloadType: OPUS_PT,
          sequenceNumber: seq & 0xffff,
          timestamp: (seq * FRAME_SAMPLES) >>> 0,
          ssrc: 7,
        }),
        frame,
      ),
    );
    counters.audioSent++;
  }
}

function subscribeFrame(offer: string, receiveStreamIds: number[], sendVideo: boolean): OutgoingFrame {
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
    avgBitrateBps: 1_000_000,
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

const participants: Participant[] = [];
let config: SetupMessage | undefined;
let videoTimer: NodeJS.Timeout | undefined;
let audioTimer: NodeJS.Timeout | undefined;
const tone = encodedTone();

async function setup(message: SetupMessage): Promise<void> {
  config = message;
  const { Meeting: meeting } = await post<{
    Meeting: { MeetingId: string; MediaPlacement: { SignalingUrl: string } };
  }>(`${message.url}/meetings`, {
    ExternalMeetingId: `bench-${process.pid}-${Date.now()}`,
  });
  const signalingUrl = `${meeting.MediaPlacement.SignalingUrl}?X-Chime-Control-Protocol-Version=3`;
  const join = async (sendsVideo: boolean, receive: number[]) => {
    const { Attendee: attendee } = await post<{ Attendee: { JoinToken: string } }>(
      `${message.url}/meetings/${meeting.MeetingId}/attendees`,
      {
        ExternalUserId: `bench-user-${participants.length}`,
      },
    );
    const signaling = await Signaling.open(signalingUrl, attendee.JoinToken);
    signaling.send({ type: Type.JOIN, join: { protocolVersion: 2, flags: 2, audioSessionId: 1234 } });
    await signaling.next(Type.JOIN_ACK);
    const participant = new Participant(signaling, sendsVideo, receive.length);
    signaling.send(subscribeFrame(await participant.offer(), [0, ...receive], sendsVideo));
    const ack = await signaling.next(Type.SUBSCRIBE_ACK);
    if (ack.error) throw new Error(`SUBSCRIBE refused: ${ack.error.status} ${ack.error.description}`);
    await participant.pc.setRemoteDescription({ type: 'answer', sdp: ack.suback!.sdpAnswer });
    await waitFor(() => participant.pc.connectionState === 'connected', 'peer connected');
    participants.push(participant);
    return ack.suback!.allocations.map((allocation) => allocation.streamId!);
  };
  // One at a time: simultaneous DTLS handshakes stall the service's loop.
  const cameras: number[] = [];
  for (let i = 0; i < message.videoSenders; i++) cameras.push(...(await join(true, [])));
  const others = message.participants - message.videoSenders;
  const receivers = message.receivers ?? others;
  for (let i = 0; i < others; i++) await join(false, i < receivers ? cameras : []);
}

function setSending({ video, audio }: { video: boolean; audio: boolean }): void {
  clearInterval(videoTimer);
  clearInterval(audioTimer);
  videoTimer = audioTimer = undefined;
  if (!config) return;
  const { videoPps, payloadBytes } = config;
  if (video) {
    const senders = participants.filter((p) => p.sendsVideo);
    for (const sender of senders) sender.sendKeyframe = true;
    // 10 ms ticks, carrying the fractional packet over so the rate is exact on average.
    const tickMs = 10;
    const started = performance.now();
    let sent = 0;
    let lastKeyframe = performance.now();
    videoTimer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * videoPps);
      // After a stall, do not burst more than 100 ms worth.
      if (due - sent > videoPps / 10) sent = due - Math.ceil(videoPps / 10);
      for (; sent < due; sent++) for (const sender of senders) sender.sendVideo(payloadBytes);
      // Fallback keyframe every 2 s in case a PLI went astray.
      if (performance.now() - lastKeyframe > 2000) {
        lastKeyframe = performance.now();
        for (const sender of senders) sender.sendKeyframe = true;
      }
    }, tickMs);
  }
  if (audio) {
    let frame = 0;
    audioTimer = setInterval(() => {
      const payload = tone[frame++ % tone.length]!;
      for (const participant of participants) participant.sendAudio(payload);
      for (const participant of participants) participant.signaling.drain();
    }, 20);
  }
}

async function shutdown(code: number): Promise<never> {
  setSending({ video: false, audio: false });
  for (const participant of participants) participant.signaling.ws.terminate();
  await Promise.race([Promise.all(participants.map((p) => p.pc.close())), sleep(3000)]);
  process.exit(code);
}

setTimeout(() => void shutdown(3), maxLifetimeMs).unref();
process.on('disconnect', () => void shutdown(0));
process.on('message', (message: { cmd: string } & Record<string, unknown>) => {
  const reply = (body: object) => process.send!({ cmd: message.cmd, ...body });
  switch (message.cmd) {
    case 'setup':
      setup(message as unknown as SetupMessage).then(
        () => reply({ ok: true, joined: participants.length }),
        (error: Error) => reply({ ok: false, error: String(error?.stack ?? error) }),
      );
      break;
    case 'send':
      setSending(message as unknown as { video: boolean; audio: boolean });
      reply({ ok: true });
      break;
    case 'mark':
      reply({ ok: true, counters: { ...counters }, cpu: process.cpuUsage(), at: performance.now() });
      break;
    case 'exit':
      void shutdown(0);
      break;
  }
});
process.send!({ cmd: 'started' });
