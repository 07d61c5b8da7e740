/**
 * A session wired to the fakes, for the test files that drive a whole session: every socket the
 * session (or its content share's session) opens goes through `ctx.serve`, which the test may
 * replace before or during the test.
 */
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../../src/config/MeetingSessionConfiguration.ts';
import { DefaultDeviceController } from '../../../src/devices/DefaultDeviceController.ts';
import { DefaultMeetingSession } from '../../../src/session/DefaultMeetingSession.ts';
import type { MeetingSessionStatus } from '../../../src/status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode as Code } from '../../../src/status/MeetingSessionStatusCode.ts';
import {
  RecordingLogger,
  actAsServer,
  fakeMediaDevices,
  joinInfo,
  peerFactory,
  socketFactory,
} from './fakes.ts';
import type { FakePeerConnection, FakeWebSocket } from './fakes.ts';

export interface FakeSessionOptions {
  /** Changes the configuration before the session is made (timeouts are read then). */
  configure?: (configuration: MeetingSessionConfiguration) => void;
  configurePeer?: (peer: FakePeerConnection) => void;
  /** Media devices for the device controller (default: fakeMediaDevices()). */
  mediaDevices?: MediaDevices;
}

/** The usual fake service on a socket, opened on the next microtask. */
export function serveUsual(socket: FakeWebSocket): void {
  actAsServer(socket);
  queueMicrotask(() => socket.open());
}

export function fakeSession(sessions: DefaultMeetingSession[], options: FakeSessionOptions = {}) {
  const logger = new RecordingLogger();
  const sockets = socketFactory();
  const peers = peerFactory(options.configurePeer);
  const media = fakeMediaDevices();
  const info = joinInfo();
  const configuration = new MeetingSessionConfiguration(info.meeting, info.attendee);
  // Stop at the first retryable failure unless the test wants reconnects.
  configuration.reconnectTimeoutMs = 0;
  options.configure?.(configuration);
  const devices = new DefaultDeviceController(logger, {
    mediaDevices: options.mediaDevices ?? media.devices,
  });
  const ctx = {
    logger,
    sockets: sockets.sockets,
    peers: peers.peers,
    media,
    configuration,
    /** Plays the service on each new socket. */
    serve: serveUsual as (socket: FakeWebSocket) => void,
    session: undefined as unknown as DefaultMeetingSession,
    events: [] as string[],
    stopped: undefined as unknown as Promise<MeetingSessionStatus>,
  };
  const session = new DefaultMeetingSession(configuration, logger, devices, {
    webSocketFactory: (url, protocols) => {
      const socket = sockets.factory(url, protocols);
      ctx.serve(sockets.sockets.at(-1)!);
      return socket;
    },
    peerConnectionFactory: peers.factory,
    now: () => 1_800_000_000_000,
    random: () => 0,
  });
  sessions.push(session);
  ctx.session = session;
  session.addEventListener('state-change', (e) => ctx.events.push(`state:${e.detail.state}`));
  session.audioVideo.addObserver({
    audioVideoDidStart: () => ctx.events.push('didStart'),
    audioVideoDidStop: (status) => ctx.events.push(`didStop:${Code[status.statusCode()]}`),
  });
  ctx.stopped = new Promise<MeetingSessionStatus>((resolve) =>
    session.addEventListener('stop', (e) => resolve(e.detail.status), { once: true }),
  );
  return ctx;
}

export type FakeSession = ReturnType<typeof fakeSession>;

/**
 * Resolves once `predicate` holds, giving other callbacks a turn in between, for up to `timeoutMs`
 * of real time: unlike the fakes, SDP compression (CompressionStream) works off the main thread.
 */
export async function eventually(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Starts the session and waits until it joined; returns the main socket. */
export async function joinedSession(ctx: FakeSession): Promise<FakeWebSocket> {
  ctx.session.audioVideo.start();
  await eventually(() => ctx.session.state === 'joined', 'joined');
  return ctx.sockets[0]!;
}
