/** Fakes for the SDK's test seams: WebSocket, RTCPeerConnection, media devices, logger. */
import { afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { DefaultMeetingSession } from '../../../src/session/DefaultMeetingSession.ts';
import { SdkSignalFrame, decodeFrame, encodeFrame } from '../../../src/protocol/service-frame.ts';
import type { OutgoingFrame } from '../../../src/protocol/service-frame.ts';
import { LogLevel } from '../../../src/logging/LogLevel.ts';
import type { Logger } from '../../../src/logging/Logger.ts';

/** Lets pending promise callbacks run (fakes resolve through microtasks, never timers). */
export async function flush(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** Resolves once `predicate` holds, giving other callbacks a turn in between. */
export async function until(predicate: () => boolean, what: string, turns = 500): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Sessions a test file creates; after each test, those still running are stopped. */
export function sessionsStoppedAfterEach(): DefaultMeetingSession[] {
  const sessions: DefaultMeetingSession[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      if (session.state !== 'idle' && session.state !== 'left') {
        const done = new Promise((resolve) => session.addEventListener('stop', resolve, { once: true }));
        session.audioVideo.stop();
        await done;
      }
    }
  });
  return sessions;
}

export const TOKEN = 'canary-join-token-7f3a';

export function joinInfo(overrides: { signalingUrl?: string; audioHostUrl?: string | null } = {}) {
  const placement: Record<string, unknown> = {
    SignalingUrl: overrides.signalingUrl ?? 'wss://signal.example.test/control/m-1',
    TurnControlUrl: 'https://turn.example.test/v2/turn_sessions',
  };
  if (overrides.audioHostUrl !== null)
    placement['AudioHostUrl'] = overrides.audioHostUrl ?? 'audio.example.test:3478';
  return {
    meeting: {
      Meeting: {
        MeetingId: 'm-1',
        ExternalMeetingId: 'ext-m-1',
        MediaRegion: 'local',
        MediaPlacement: placement,
      },
    },
    attendee: { Attendee: { AttendeeId: 'att-self', ExternalUserId: 'Self', JoinToken: TOKEN } },
  };
}

/** Records every message; tests assert on it and that the token never appears. */
export class RecordingLogger implements Logger {
  readonly lines: Array<{ level: LogLevel; message: string }> = [];
  private level = LogLevel.DEBUG;

  info(msg: string): void {
    this.lines.push({ level: LogLevel.INFO, message: msg });
  }
  warn(msg: string): void {
    this.lines.push({ level: LogLevel.WARN, message: msg });
  }
  error(msg: string): void {
    this.lines.push({ level: LogLevel.ERROR, message: msg });
  }
  debug(debugFunction: string | (() => string)): void {
    this.lines.push({
      level: LogLevel.DEBUG,
      message: typeof debugFunction === 'function' ? debugFunction() : debugFunction,
    });
  }
  setLogLevel(level: LogLevel): void {
    this.level = level;
  }
  getLogLevel(): LogLevel {
    return this.level;
  }
  at(level: LogLevel): string[] {
    return this.lines.filter((line) => line.level === level).map((line) => line.message);
  }
  text(): string {
    return this.lines.map((line) => line.message).join('\n');
  }
}

type ServerHandler = (frame: SdkSignalFrame, socket: FakeWebSocket) => void;

/** A WebSocket whose "server" side is driven by the test. */
export class FakeWebSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;

  readyState = 0;
  binaryType = 'blob';
  readonly sent: Uint8Array[] = [];
  closeCalls = 0;
  /** Called for every frame the client sends. */
  onFrame: ServerHandler | undefined;

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    super();
  }

  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(data);
    this.onFrame?.(decodeFrame(data), this);
  }

  close(): void {
    this.closeCalls++;
    if (this.readyState >= 2) return;
    this.readyState = 2;
    queueMicrotask(() => this.serverClose(1005, ''));
  }

  // ---- server side ----

  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }

  deliver(frame: OutgoingFrame): void {
    const bytes = encodeFrame(frame, 1_700_000_000_000);
    this.deliverBytes(bytes);
  }

  deliverBytes(bytes: Uint8Array): void {
    const copy = bytes.slice().buffer;
    this.dispatchEvent(new MessageEvent('message', { data: copy }));
  }

  deliverText(text: string): void {
    this.dispatchEvent(new MessageEvent('message', { data: text }));
  }

  serverClose(code: number, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code, reason, wasClean: true }));
  }

  fail(): void {
    this.dispatchEvent(new Event('error'));
    this.serverClose(1006);
  }

  frames(): SdkSignalFrame[] {
    return this.sent.map((bytes) => decodeFrame(bytes));
  }

  framesOfType(type: SdkSignalFrame.Type): SdkSignalFrame[] {
    return this.frames().filter((frame) => frame.type === type);
  }
}

/** Collects sockets the code under test creates. */
export function socketFactory() {
  const sockets: FakeWebSocket[] = [];
  const factory = (url: string, protocols: string[]) => {
    const socket = new FakeWebSocket(url, protocols);
    sockets.push(socket);
    return socket as unknown as WebSocket;
  };
  return { sockets, factory };
}

export class FakeTrack {
  enabled = true;
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly kind: 'audio' | 'video',
    readonly id = `${kind}-${Math.random().toString(36).slice(2, 8)}`,
  ) {}
  stop(): void {
    this.readyState = 'ended';
  }
}

export class FakeStream {
  readonly id = `stream-${Math.random().toString(36).slice(2, 8)}`;
  constructor(readonly tracks: FakeTrack[]) {}
  getTracks() {
    return this.tracks;
  }
  getAudioTracks() {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((track) => track.kind === 'video');
  }
}

export function fakeMediaDevices(options: { deny?: boolean } = {}) {
  const opened: FakeStream[] = [];
  const constraints: MediaStreamConstraints[] = [];
  const devices = {
    async getUserMedia(request: MediaStreamConstraints) {
      constraints.push(request);
      if (options.deny) throw Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
      const stream = new FakeStream([new FakeTrack('audio')]);
      opened.push(stream);
      return stream as unknown as MediaStream;
    },
    async enumerateDevices() {
      return [
        { kind: 'audioinput', deviceId: 'mic-1', label: 'Mic', groupId: 'g' },
        { kind: 'audiooutput', deviceId: 'spk-1', label: 'Speaker', groupId: 'g' },
        { kind: 'videoinput', deviceId: 'cam-1', label: 'Camera', groupId: 'g' },
      ] as MediaDeviceInfo[];
    },
  };
  return { devices: devices as unknown as MediaDevices, opened, constraints };
}

export interface FakeTransceiver {
  kind: string;
  direction: RTCRtpTransceiverDirection;
  track: FakeTrack | undefined;
  streams: unknown[];
  sender: { track: FakeTrack | null; replaceTrack(track: FakeTrack | null): Promise<void> };
}

/**
 * An RTCPeerConnection that writes a plausible offer and, unless told otherwise, gathers one
 * candidate and connects ICE after the answer. Everything happens in microtasks.
 */
export class FakePeerConnection extends EventTarget {
  readonly transceivers: FakeTransceiver[] = [];
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  iceGatheringState: RTCIceGatheringState = 'new';
  iceConnectionState: RTCIceConnectionState = 'new';
  closed = false;
  /** Set to false to keep ICE from connecting. */
  autoConnect = true;
  /** Set to false to keep ICE gathering from completing. */
  autoGather = true;
  readonly remoteAudio = new FakeStream([new FakeTrack('audio', 'remote-audio')]);

  constructor(readonly configuration: RTCConfiguration) {
    super();
  }

  addTransceiver(trackOrKind: FakeTrack | string, init: RTCRtpTransceiverInit): FakeTransceiver {
    const track = typeof trackOrKind === 'string' ? undefined : trackOrKind;
    const transceiver: FakeTransceiver = {
      kind: typeof trackOrKind === 'string' ? trackOrKind : trackOrKind.kind,
      direction: init.direction ?? 'sendrecv',
      track,
      streams: init.streams ?? [],
      sender: {
        track: track ?? null,
        async replaceTrack(next) {
          transceiver.sender.track = next;
        },
      },
    };
    this.transceivers.push(transceiver);
    return transceiver;
  }

  async createOffer(): Promise<RTCSessionDescriptionInit> {
    const mids = this.transceivers.map((_, index) => index).join(' ');
    const sections = this.transceivers.map(
      (t, index) =>
        `m=${t.kind} 9 UDP/TLS/RTP/SAVPF ${t.kind === 'audio' ? 111 : 96}\r\na=mid:${index}\r\na=${t.direction}\r\n`,
    );
    return {
      type: 'offer',
      sdp: `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE ${mids}\r\n${sections.join('')}`,
    };
  }

  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = { ...description };
    this.iceGatheringState = 'gathering';
    if (this.autoGather) queueMicrotask(() => this.completeGathering());
  }

  completeGathering(): void {
    if (this.closed || !this.localDescription) return;
    this.localDescription = {
      ...this.localDescription,
      sdp: this.localDescription.sdp!.replace(
        /(m=[^\r]*\r\n)/,
        '$1a=candidate:1 1 udp 2122194687 127.0.0.1 40000 typ host\r\n',
      ),
    };
    this.iceGatheringState = 'complete';
    this.dispatchEvent(new Event('icegatheringstatechange'));
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
    const audio = this.remoteAudio.getAudioTracks()[0]!;
    this.dispatchEvent(Object.assign(new Event('track'), { track: audio, streams: [this.remoteAudio] }));
    if (this.autoConnect) queueMicrotask(() => this.setIceConnectionState('connected'));
  }

  setIceConnectionState(state: RTCIceConnectionState): void {
    if (this.closed) return;
    this.iceConnectionState = state;
    this.dispatchEvent(new Event('iceconnectionstatechange'));
  }

  close(): void {
    this.closed = true;
    this.iceConnectionState = 'closed';
  }
}

export function peerFactory(configure?: (peer: FakePeerConnection) => void) {
  const peers: FakePeerConnection[] = [];
  const factory = (configuration: RTCConfiguration) => {
    const peer = new FakePeerConnection(configuration);
    configure?.(peer);
    peers.push(peer);
    return peer as unknown as RTCPeerConnection;
  };
  return { peers, factory };
}

/** Roster entry for AUDIO_STREAM_ID_INFO. */
export function streamInfo(entries: Array<Record<string, unknown>>): OutgoingFrame {
  return { type: SdkSignalFrame.Type.AUDIO_STREAM_ID_INFO, audioStreamIdInfo: { streams: entries } };
}

/**
 * The usual server: JOIN → JOIN_ACK, INDEX, roster with self; SUBSCRIBE → SUBSCRIBE_ACK;
 * LEAVE → LEAVE_ACK; PING → PONG. Options turn parts off.
 */
export function actAsServer(
  socket: FakeWebSocket,
  options: {
    joinAck?: OutgoingFrame | null;
    subscribeAck?: boolean;
    leaveAck?: boolean;
    roster?: boolean;
  } = {},
): void {
  socket.onFrame = (frame) => {
    switch (frame.type) {
      case SdkSignalFrame.Type.JOIN:
        queueMicrotask(() => {
          if (options.joinAck !== null) {
            socket.deliver(options.joinAck ?? { type: SdkSignalFrame.Type.JOIN_ACK, joinack: {} });
          }
          socket.deliver({ type: SdkSignalFrame.Type.INDEX, index: { sources: [] } });
          if (options.roster !== false) {
            socket.deliver(
              streamInfo([{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }]),
            );
          }
        });
        break;
      case SdkSignalFrame.Type.SUBSCRIBE:
        if (options.subscribeAck === false) break;
        queueMicrotask(() =>
          socket.deliver({
            type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
            suback: { sdpAnswer: 'v=0\r\nanswer\r\n', tracks: [], allocations: [] },
          }),
        );
        break;
      case SdkSignalFrame.Type.LEAVE:
        if (options.leaveAck === false) break;
        queueMicrotask(() => socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} }));
        break;
      default:
        break;
    }
  };
}
