import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../src/config/MeetingSessionConfiguration.ts';
import { DefaultDeviceController } from '../../src/devices/DefaultDeviceController.ts';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { SdkSignalFrame, SdkStreamMediaType, SdkStreamServiceType } from '../../src/protocol/frame.ts';
import { DefaultMeetingSession } from '../../src/session/DefaultMeetingSession.ts';
import type { MeetingSessionStatus } from '../../src/status/MeetingSessionStatus.ts';
import { MeetingSessionStatusCode as Code } from '../../src/status/MeetingSessionStatusCode.ts';
import type { RosterAttendee } from '../../src/session/types.ts';
import {
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  FakeWebSocket,
  RecordingLogger,
  TOKEN,
  actAsServer,
  fakeMediaDevices,
  joinInfo,
  peerFactory,
  socketFactory,
  streamInfo,
  sessionsStoppedAfterEach,
  until,
} from './helpers/fakes.ts';

/** Runs macrotask turns until the predicate holds (fakes only use microtasks, so this is quick). */

const sessions = sessionsStoppedAfterEach();

function setup(
  options: {
    deny?: boolean;
    connectionTimeoutMs?: number;
    configurePeer?: (peer: FakePeerConnection) => void;
    audioHostUrl?: string | null;
    /** 0 (the default here) stops at the first retryable failure instead of reconnecting. */
    reconnectTimeoutMs?: number;
  } = {},
) {
  const logger = new RecordingLogger();
  const sockets = socketFactory();
  const peers = peerFactory(options.configurePeer);
  const media = fakeMediaDevices({ deny: options.deny });
  const info = joinInfo({ audioHostUrl: options.audioHostUrl });
  const configuration = new MeetingSessionConfiguration(info.meeting, info.attendee);
  if (options.connectionTimeoutMs) configuration.connectionTimeoutMs = options.connectionTimeoutMs;
  configuration.reconnectTimeoutMs = options.reconnectTimeoutMs ?? 0;
  const devices = new DefaultDeviceController(logger, { mediaDevices: media.devices });
  const session = new DefaultMeetingSession(configuration, logger, devices, {
    webSocketFactory: sockets.factory,
    peerConnectionFactory: peers.factory,
    now: () => 1_800_000_000_000,
    random: () => 0,
  });
  sessions.push(session);

  const events: string[] = [];
  session.addEventListener('state-change', (e) => events.push(`state:${e.detail.state}`));
  session.addEventListener('stop', (e) => events.push(`stop:${Code[e.detail.status.statusCode()]}`));
  session.audioVideo.addObserver({
    audioVideoDidStartConnecting: (reconnecting) => events.push(`didStartConnecting:${reconnecting}`),
    audioVideoDidStart: () => events.push('didStart'),
    audioVideoDidStop: (status) => events.push(`didStop:${Code[status.statusCode()]}`),
  });
  const stopped = new Promise<MeetingSessionStatus>((resolve) =>
    session.addEventListener('stop', (e) => resolve(e.detail.status), { once: true }),
  );
  return {
    session,
    logger,
    sockets: sockets.sockets,
    peers: peers.peers,
    media,
    events,
    stopped,
    configuration,
  };
}

type Setup = ReturnType<typeof setup>;

/** Starts and opens the socket with a server that answers everything. */
async function startWithServer(
  ctx: Setup,
  server: Parameters<typeof actAsServer>[1] = {},
): Promise<FakeWebSocket> {
  ctx.session.audioVideo.start();
  await until(() => ctx.sockets.length === 1, 'the socket');
  const socket = ctx.sockets[0]!;
  actAsServer(socket, server);
  socket.open();
  return socket;
}

async function joined(ctx: Setup): Promise<FakeWebSocket> {
  const socket = await startWithServer(ctx);
  await until(() => ctx.session.state === 'joined', 'joined');
  return socket;
}

describe('DefaultMeetingSession join', () => {
  it('goes connecting → joined and tells observers', async () => {
    const ctx = setup();
    await joined(ctx);
    assert.deepEqual(ctx.events, [
      'state:connecting',
      'didStartConnecting:false',
      'state:joined',
      'didStart',
    ]);
    assert.equal(ctx.session.localAttendeeId, 'att-self');
  });

  it('opens the WebSocket with the Chime query and the token only as sub-protocol', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    assert.match(
      socket.url,
      /^wss:\/\/signal\.example\.test\/control\/m-1\?X-Chime-Control-Protocol-Version=3&X-Amzn-Chime-Send-Close-On-Error=1&X-Amzn-Version=0\.1\.0&X-Amzn-User-Agent=[a-z-]+-\d+$/,
    );
    assert.ok(!socket.url.includes(TOKEN), 'the URL must not contain the token');
    assert.deepEqual(socket.protocols, ['_aws_wt_session', TOKEN]);
    assert.equal(socket.binaryType, 'arraybuffer');
  });

  it('sends JOIN as the official client does', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    const join = socket.framesOfType(SdkSignalFrame.Type.JOIN)[0]!.join!;
    assert.equal(join.protocolVersion, 2);
    assert.equal(join.flags, 2);
    assert.equal(join.wantsCompressedSdp, true);
    assert.equal(join.clientDetails!.clientSource, 'chime-elements');
    assert.equal(join.clientDetails!.chimeSdkVersion, '0.1.0');
    assert.match(join.clientDetails!.clientUtcOffset!, /^[+-]\d\d:\d\d$/);
    assert.ok(join.clientDetails!.platformName, 'a platform name');
    const audioSessionId = Number(join.audioSessionId);
    assert.ok(
      Number.isInteger(audioSessionId) && audioSessionId >= 0 && audioSessionId <= 0xffffffff,
      'a uint32 audio session id',
    );
  });

  it('builds one bundled peer connection: audio sendrecv with the microphone, then camera inactive', async () => {
    const ctx = setup();
    await joined(ctx);
    const peer = ctx.peers[0]!;
    assert.deepEqual(peer.configuration, { bundlePolicy: 'max-bundle', iceServers: [] });
    assert.deepEqual(
      peer.transceivers.map((t) => [t.kind, t.direction]),
      [
        ['audio', 'sendrecv'],
        ['video', 'inactive'],
      ],
    );
    const microphone = ctx.media.opened[0]!;
    await until(
      () => peer.transceivers[0]!.sender.track === microphone.getAudioTracks()[0],
      'microphone sent',
    );
    assert.deepEqual(ctx.media.constraints, [{ audio: true }]);
  });

  it('sends SUBSCRIBE with the gathered offer, receive ids per video section and the audio stream', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    const sub = socket.framesOfType(SdkSignalFrame.Type.SUBSCRIBE)[0]!.sub!;
    const peer = ctx.peers[0]!;
    assert.equal(sub.duplex, SdkStreamServiceType.RX);
    assert.equal(sub.sdpOffer, peer.localDescription!.sdp);
    assert.match(sub.sdpOffer!, /a=candidate:/);
    assert.deepEqual(sub.receiveStreamIds, [0]);
    assert.equal(sub.audioHost, 'audio.example.test:3478');
    assert.equal(sub.audioCheckin, false);
    assert.equal(sub.audioMuted, false);
    assert.deepEqual(
      sub.sendStreams.map((s) => ({ ...s })),
      [
        {
          streamId: 1,
          groupId: 1,
          trackLabel: 'AmazonChimeExpressAudio',
          attendeeId: 'att-self',
          framerate: 15,
          maxBitrateKbps: 600,
          avgBitrateBps: 400000,
          mediaType: SdkStreamMediaType.AUDIO,
        },
      ],
    );
    assert.deepEqual(peer.remoteDescription, { type: 'answer', sdp: 'v=0\r\nanswer\r\n' });
  });

  it('uses TURN credentials from JOIN_ACK with relay-only ICE', async () => {
    const ctx = setup();
    ctx.configuration.urls.urlRewriter = (url) => url?.replace('turn.example', 'turn.proxy') ?? null;
    await startWithServer(ctx, {
      joinAck: {
        type: SdkSignalFrame.Type.JOIN_ACK,
        joinack: {
          turnCredentials: { username: 'u', password: 'p', ttl: 300, uris: ['turn:turn.example:3478'] },
        },
      },
    });
    await until(() => ctx.session.state === 'joined', 'joined');
    // The peer made before JOIN_ACK gathered direct candidates: it is replaced by a relay-only one.
    assert.equal(ctx.peers.length, 2);
    assert.equal(ctx.peers[0]!.closed, true);
    assert.deepEqual(ctx.peers[1]!.configuration, {
      bundlePolicy: 'max-bundle',
      iceServers: [{ urls: ['turn:turn.proxy:3478'], username: 'u', credential: 'p' }],
      iceTransportPolicy: 'relay',
    });
    assert.ok(ctx.peers[1]!.remoteDescription, 'the relay peer is the one negotiated');
  });

  it('rewrites TURN URIs with urlRewriterMulti when set', async () => {
    const ctx = setup();
    ctx.configuration.urls.urlRewriterMulti = (url) => [`${url}?transport=udp`, `${url}?transport=tcp`];
    await startWithServer(ctx, {
      joinAck: {
        type: SdkSignalFrame.Type.JOIN_ACK,
        joinack: { turnCredentials: { username: 'u', password: 'p', uris: ['turn:t.test:3478'] } },
      },
    });
    await until(() => ctx.session.state === 'joined', 'joined');
    assert.deepEqual(ctx.peers.at(-1)!.configuration.iceServers![0]!.urls, [
      'turn:t.test:3478?transport=udp',
      'turn:t.test:3478?transport=tcp',
    ]);
  });

  it('pings once the socket is open', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.PING_PONG)[0]!.pingPong!.pingId, 1);
  });

  it('is idempotent while connecting or joined', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    ctx.session.audioVideo.start();
    await until(() => ctx.sockets.length === 1, 'socket');
    actAsServer(ctx.sockets[0]!);
    ctx.sockets[0]!.open();
    await until(() => ctx.session.state === 'joined', 'joined');
    ctx.session.audioVideo.start();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.sockets.length, 1);
    assert.equal(ctx.events.filter((e) => e === 'state:connecting').length, 1);
  });

  it('joins with a silent track when the microphone is denied, and warns', async () => {
    const previous = globalThis.AudioContext;
    const silentTrack = new FakeTrack('audio', 'silent');
    class FakeAudioContext {
      sampleRate = 48000;
      createMediaStreamDestination() {
        return { stream: new FakeStream([silentTrack]) };
      }
      createBufferSource() {
        return { connect() {}, start() {}, stop() {}, buffer: null, loop: false };
      }
      createBuffer() {
        return {};
      }
      async close() {}
    }
    (globalThis as { AudioContext?: unknown }).AudioContext = FakeAudioContext;
    try {
      const ctx = setup({ deny: true });
      await joined(ctx);
      await until(() => ctx.peers[0]!.transceivers[0]!.sender.track === silentTrack, 'silence sent');
      assert.ok(
        ctx.logger.at(LogLevel.WARN).some((line) => /NotAllowedError/.test(line)),
        'a warning naming the error',
      );
      ctx.session.audioVideo.stop();
      await ctx.stopped;
      assert.equal(silentTrack.readyState, 'ended');
    } finally {
      (globalThis as { AudioContext?: unknown }).AudioContext = previous;
    }
  });

  it('uses the audio input chosen on the device controller and leaves it running on stop', async () => {
    const ctx = setup();
    const chosen = await ctx.session.audioVideo.startAudioInput('mic-1');
    assert.deepEqual(ctx.media.constraints, [{ audio: { deviceId: { exact: 'mic-1' } } }]);
    await joined(ctx);
    const track = chosen!.getAudioTracks()[0] as unknown as FakeTrack;
    await until(() => ctx.peers[0]!.transceivers[0]!.sender.track === track, 'chosen microphone sent');
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    assert.equal(track.readyState, 'live');
  });
});

describe('DefaultMeetingSession join failures', () => {
  const closeCases: Array<[number, Code, boolean]> = [
    [4410, Code.MeetingEnded, true],
    [4403, Code.SignalingBadRequest, true],
    [4500, Code.SignalingInternalServerError, false],
  ];
  for (const [closeCode, expected, terminal] of closeCases) {
    it(`stops with ${Code[expected]} when the server closes with ${closeCode} during the join`, async () => {
      const ctx = setup();
      const socket = await startWithServer(ctx, { joinAck: null });
      socket.onFrame = (frame) => {
        if (frame.type === SdkSignalFrame.Type.JOIN)
          queueMicrotask(() => socket.serverClose(closeCode, 'refused'));
      };
      const status = await ctx.stopped;
      assert.equal(status.statusCode(), expected);
      assert.equal(status.isTerminal(), terminal);
      assert.equal(ctx.session.state, 'left');
      assert.equal(ctx.session.lastStatus, status);
      assert.deepEqual(ctx.events, [
        'state:connecting',
        'didStartConnecting:false',
        'state:left',
        `stop:${Code[expected]}`,
        `didStop:${Code[expected]}`,
      ]);
      assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0);
    });
  }

  it('stops with SignalingBadRequest when the server closes while the offer is being made', async () => {
    const ctx = setup({ configurePeer: (peer) => (peer.autoGather = false) });
    const socket = await startWithServer(ctx);
    await until(() => ctx.peers[0]?.iceGatheringState === 'gathering', 'ICE gathering');
    socket.serverClose(4401);
    assert.equal((await ctx.stopped).statusCode(), Code.SignalingBadRequest);
    assert.equal(ctx.peers[0]!.closed, true);
  });

  it('stops with TaskFailed when the WebSocket fails before it opens (and reconnecting is off)', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    await until(() => ctx.sockets.length === 1, 'socket');
    ctx.sockets[0]!.fail();
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.TaskFailed);
    assert.equal(status.isTerminal(), false);
  });

  it('stops with SignalingRequestFailed when JOIN_ACK has no joinack message', async () => {
    const ctx = setup();
    await startWithServer(ctx, { joinAck: { type: SdkSignalFrame.Type.JOIN_ACK } });
    assert.equal((await ctx.stopped).statusCode(), Code.SignalingRequestFailed);
  });

  it('times out with TaskFailed naming the step it was in', async () => {
    const ctx = setup({ connectionTimeoutMs: 30 });
    const socket = await startWithServer(ctx, { subscribeAck: false });
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.TaskFailed);
    assert.ok(
      ctx.logger.at(LogLevel.ERROR).some((line) => /'negotiate' timed out after 30 ms/.test(line)),
      'an error naming the step that timed out',
    );
    // A retryable failure: the socket is closed without LEAVE, so the service keeps the attendee.
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0);
    assert.equal(socket.closeCalls, 1);
    assert.equal(ctx.peers[0]!.closed, true);
  });

  it('stops with the status of an error frame received during the join', async () => {
    const ctx = setup({ configurePeer: (peer) => (peer.autoConnect = false) });
    const socket = await startWithServer(ctx);
    await until(
      () => ctx.peers[0]?.remoteDescription !== null && ctx.peers[0] !== undefined,
      'answer applied',
    );
    socket.deliver({ type: SdkSignalFrame.Type.SUBSCRIBE_ACK, suback: {}, error: { status: 403 } });
    assert.equal((await ctx.stopped).statusCode(), Code.AudioAuthenticationRejected);
  });
});

describe('DefaultMeetingSession stop during the join', () => {
  it('cancels before the socket opens: closes it, stops the microphone, no late callbacks', async () => {
    const ctx = setup();
    ctx.session.audioVideo.start();
    await until(() => ctx.sockets.length === 1 && ctx.media.opened.length === 1, 'socket and microphone');
    ctx.session.audioVideo.stop();
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.Left);
    const socket = ctx.sockets[0]!;
    assert.equal(socket.closeCalls, 1);
    assert.equal(ctx.media.opened[0]!.getAudioTracks()[0]!.readyState, 'ended');
    // A late open must not revive the join.
    socket.readyState = 1;
    socket.dispatchEvent(new Event('open'));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(socket.sent.length, 0);
    assert.deepEqual(ctx.events, [
      'state:connecting',
      'didStartConnecting:false',
      'state:left',
      'stop:Left',
      'didStop:Left',
    ]);
  });

  it('cancels while waiting for JOIN_ACK: sends LEAVE, waits for LEAVE_ACK, closes', async () => {
    const ctx = setup();
    const socket = await startWithServer(ctx, { joinAck: null });
    socket.onFrame = (frame) => {
      if (frame.type === SdkSignalFrame.Type.LEAVE) {
        queueMicrotask(() => socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} }));
      }
    };
    await until(() => socket.framesOfType(SdkSignalFrame.Type.JOIN).length === 1, 'JOIN');
    ctx.session.audioVideo.stop();
    assert.equal((await ctx.stopped).statusCode(), Code.Left);
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 1);
    assert.equal(socket.closeCalls, 1);
    assert.equal(ctx.peers[0]!.closed, true, 'the peer made while signaling was closed');
    assert.equal(ctx.peers[0]!.remoteDescription, null, 'and never negotiated');
  });

  it('cancels while ICE connects: peer closed, microphone stopped, no audioVideoDidStart afterwards', async () => {
    const ctx = setup({ configurePeer: (peer) => (peer.autoConnect = false) });
    await startWithServer(ctx);
    await until(() => ctx.peers[0]?.remoteDescription != null, 'answer applied');
    const peer = ctx.peers[0]!;
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    assert.equal(peer.closed, true);
    assert.equal(ctx.media.opened[0]!.getAudioTracks()[0]!.readyState, 'ended');
    peer.closed = false; // pretend the browser still reports a late state change
    peer.setIceConnectionState('connected');
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(!ctx.events.includes('didStart'), 'no audioVideoDidStart after stop');
    assert.equal(ctx.session.state, 'left');
  });

  it('cancels while the microphone permission is pending and stops the late microphone', async () => {
    const ctx = setup();
    let grant: ((stream: MediaStream) => void) | undefined;
    const track = new FakeTrack('audio');
    ctx.session.deviceController.openDefaultAudioInput = () => new Promise((resolve) => (grant = resolve));
    await startWithServer(ctx);
    await until(() => grant !== undefined, 'microphone request');
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    grant!(new FakeStream([track]) as unknown as MediaStream);
    await until(() => track.readyState === 'ended', 'late microphone stopped');
  });

  it('can start again after stopping', async () => {
    const ctx = setup();
    await joined(ctx);
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    ctx.session.audioVideo.start();
    await until(() => ctx.sockets.length === 2, 'second socket');
    actAsServer(ctx.sockets[1]!);
    ctx.sockets[1]!.open();
    await until(() => ctx.session.state === 'joined', 'joined again');
    const ids = ctx.sockets.map((s) =>
      Number(s.framesOfType(SdkSignalFrame.Type.JOIN)[0]!.join!.audioSessionId),
    );
    assert.equal(ids[0], ids[1], 'the audio session id is kept for the life of the session');
  });
});

describe('DefaultMeetingSession in the meeting', () => {
  it('stop() sends LEAVE, waits for LEAVE_ACK, closes everything, reports Left', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    ctx.session.audioVideo.stop();
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.Left);
    assert.equal(status.isTerminal(), true);
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 1);
    assert.equal(socket.closeCalls, 1);
    assert.equal(ctx.peers[0]!.closed, true);
    assert.equal(ctx.session.attendees.size, 0);
    assert.deepEqual(ctx.events.slice(-4), ['didStart', 'state:left', 'stop:Left', 'didStop:Left']);
  });

  it('keeps the roster from AUDIO_STREAM_ID_INFO and emits join/leave once per change', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    const joins: RosterAttendee[] = [];
    const leaves: Array<{ attendee: RosterAttendee; dropped: boolean }> = [];
    const presence: unknown[][] = [];
    ctx.session.addEventListener('attendee-join', (e) => {
      assert.ok(ctx.session.attendees.has(e.detail.attendee.attendeeId), 'roster updated before the event');
      joins.push(e.detail.attendee);
    });
    ctx.session.addEventListener('attendee-leave', (e) => {
      assert.ok(!ctx.session.attendees.has(e.detail.attendee.attendeeId), 'roster updated before the event');
      leaves.push(e.detail);
    });
    ctx.session.audioVideo.realtimeSubscribeToAttendeeIdPresence((...args) => presence.push(args));

    socket.deliver(
      streamInfo([
        { audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' },
        { audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' },
        { audioStreamId: 3, attendeeId: 'att-bob#content', externalUserId: 'Bob' },
      ]),
    );
    assert.deepEqual(
      joins.map((a) => a.attendeeId),
      ['att-bob', 'att-bob#content'],
      'self was already present from the first roster',
    );
    assert.deepEqual([...ctx.session.attendees.keys()].sort(), ['att-bob', 'att-bob#content', 'att-self']);
    const self = ctx.session.attendees.get('att-self')!;
    assert.deepEqual(
      { id: self.attendeeId, external: self.externalUserId, muted: self.muted, local: self.local },
      { id: 'att-self', external: 'Self', muted: false, local: true },
    );
    assert.equal(ctx.session.attendee('att-self'), self, 'one object per attendee');
    assert.equal(presence.length, 3, 'presence callbacks fire for every entry');
    assert.deepEqual(presence[1], ['att-bob', true, 'Bob', false, { attendeeIndex: 1, attendeesInFrame: 3 }]);

    socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    assert.equal(ctx.session.attendees.get('att-bob')!.muted, true);

    socket.deliver(streamInfo([{ audioStreamId: 2, dropped: true }]));
    assert.deepEqual(
      leaves.map(({ attendee, dropped }) => [
        attendee.attendeeId,
        attendee.externalUserId,
        attendee.muted,
        dropped,
      ]),
      [['att-bob', 'Bob', true, true]],
    );
    assert.deepEqual(presence.at(-1), [
      'att-bob',
      false,
      'Bob',
      true,
      { attendeeIndex: 0, attendeesInFrame: 1 },
    ]);
    assert.equal(ctx.session.attendees.has('att-bob'), false);
  });

  it('emits attendee-update when a present attendee mutes', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    const updates: RosterAttendee[] = [];
    ctx.session.addEventListener('attendee-update', (e) => updates.push(e.detail.attendee));
    socket.deliver(streamInfo([{ audioStreamId: 2, attendeeId: 'att-bob', externalUserId: 'Bob' }]));
    socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    socket.deliver(streamInfo([{ audioStreamId: 2, muted: true }]));
    // This client's own mute state is its own, whatever the service says (as in the Chime SDK).
    socket.deliver(streamInfo([{ audioStreamId: 1, muted: true }]));
    assert.deepEqual(
      updates.map((a) => [a.attendeeId, a.muted]),
      [['att-bob', true]],
    );
    assert.equal(ctx.session.localAttendee.muted, false);
  });

  it('stops with MeetingEnded on AUDIO_STATUS 410 after LEAVE / LEAVE_ACK', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    socket.deliver({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus: 410 } });
    const status = await ctx.stopped;
    assert.equal(status.statusCode(), Code.MeetingEnded);
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.LEAVE).length, 1);
    assert.equal(ctx.session.attendees.size, 0);
    assert.equal(ctx.session.state, 'left');
  });

  it('ignores statuses that are neither failures nor terminal', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    socket.deliver({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus: 302 } });
    socket.deliver({ type: SdkSignalFrame.Type.AUDIO_STATUS, audioStatus: { audioStatus: 200 } });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.session.state, 'joined');
  });

  it('stops when the server closes the socket after the join and reconnecting is off', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    socket.serverClose(4501);
    assert.equal((await ctx.stopped).statusCode(), Code.SignalingInternalServerError);
  });

  it('stays joined after a frame that does not decode', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    socket.deliverBytes(new Uint8Array([0x05, 0x08, 0xff]));
    socket.deliver(streamInfo([{ audioStreamId: 9, attendeeId: 'att-late' }]));
    assert.equal(ctx.session.state, 'joined');
    assert.ok(ctx.session.attendees.has('att-late'), 'later frames still processed');
    assert.ok(
      ctx.logger.at(LogLevel.WARN).some((line) => /3 bytes/.test(line)),
      'a size-only warning',
    );
  });

  it('mutes the microphone and tells the service', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    const changes: boolean[] = [];
    ctx.session.audioVideo.realtimeSubscribeToMuteAndUnmuteLocalAudio((muted) => changes.push(muted));
    const track = ctx.media.opened[0]!.getAudioTracks()[0]!;
    ctx.session.audioVideo.realtimeMuteLocalAudio();
    assert.equal(ctx.session.audioVideo.realtimeIsLocalAudioMuted(), true);
    assert.equal(track.enabled, false);
    assert.equal(ctx.session.audioVideo.realtimeUnmuteLocalAudio(), true);
    assert.equal(track.enabled, true);
    assert.deepEqual(
      socket.framesOfType(SdkSignalFrame.Type.AUDIO_CONTROL).map((f) => f.audioControl!.muted),
      [true, false],
    );
    assert.deepEqual(changes, [true, false]);
  });

  it('carries a mute chosen before the join in SUBSCRIBE', async () => {
    const ctx = setup();
    ctx.session.audioVideo.realtimeMuteLocalAudio();
    const socket = await joined(ctx);
    assert.equal(socket.framesOfType(SdkSignalFrame.Type.SUBSCRIBE)[0]!.sub!.audioMuted, true);
    assert.equal(ctx.media.opened[0]!.getAudioTracks()[0]!.enabled, false);
  });

  it('binds the received audio to an element bound before start, and clears it on stop', async () => {
    const ctx = setup();
    let plays = 0;
    const element = { srcObject: null as unknown, play: async () => void plays++ };
    assert.equal(await ctx.session.audioVideo.bindAudioElement(element as unknown as HTMLAudioElement), true);
    await joined(ctx);
    assert.equal(element.srcObject, ctx.peers[0]!.remoteAudio);
    assert.equal(plays, 1);
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    assert.equal(element.srcObject, null);
  });

  it('binds the received audio to an element bound after start', async () => {
    const ctx = setup();
    await joined(ctx);
    const element = { srcObject: null as unknown, play: async () => undefined };
    await ctx.session.audioVideo.bindAudioElement(element as unknown as HTMLAudioElement);
    assert.equal(element.srcObject, ctx.peers[0]!.remoteAudio);
    ctx.session.audioVideo.unbindAudioElement();
    assert.equal(element.srcObject, null);
  });

  it('switches the sent track when the application picks another microphone', async () => {
    const ctx = setup();
    await joined(ctx);
    const stream = await ctx.session.audioVideo.startAudioInput('mic-2');
    assert.equal(ctx.peers[0]!.transceivers[0]!.sender.track, stream!.getAudioTracks()[0]);
    assert.equal(
      ctx.media.opened[0]!.getAudioTracks()[0]!.readyState,
      'ended',
      'the default microphone is released',
    );
  });

  it('isolates observers and callbacks that throw', async () => {
    const ctx = setup();
    ctx.session.audioVideo.addObserver({
      audioVideoDidStart() {
        throw new Error('observer bug');
      },
    });
    ctx.session.audioVideo.realtimeSubscribeToAttendeeIdPresence(() => {
      throw new Error('callback bug');
    });
    const socket = await joined(ctx);
    socket.deliver(streamInfo([{ audioStreamId: 4, attendeeId: 'att-x' }]));
    assert.ok(ctx.events.includes('didStart'), 'the other observer was still called');
    assert.ok(ctx.session.attendees.has('att-x'), 'the roster still updated');
    const errors = ctx.logger.at(LogLevel.ERROR).join('\n');
    assert.match(errors, /observer bug/);
    assert.match(errors, /callback bug/);
  });

  it('removes observers and presence callbacks', async () => {
    const ctx = setup();
    let calls = 0;
    const observer = { audioVideoDidStart: () => void calls++ };
    const callback = () => void calls++;
    ctx.session.audioVideo.addObserver(observer);
    ctx.session.audioVideo.removeObserver(observer);
    ctx.session.audioVideo.realtimeSubscribeToAttendeeIdPresence(callback);
    ctx.session.audioVideo.realtimeUnsubscribeToAttendeeIdPresence(callback);
    await joined(ctx);
    assert.equal(calls, 0);
  });

  it('never logs or serializes the join token', async () => {
    const ctx = setup();
    const socket = await joined(ctx);
    socket.deliver(streamInfo([{ audioStreamId: 2, attendeeId: 'att-bob' }]));
    ctx.session.audioVideo.stop();
    await ctx.stopped;
    assert.ok(ctx.logger.lines.length > 5, 'the session logged');
    assert.ok(!ctx.logger.text().includes(TOKEN), 'no log line contains the token');
    const json = JSON.stringify(ctx.session);
    assert.ok(!json.includes(TOKEN), 'the session JSON must not contain the token');
    assert.equal(JSON.parse(json).configuration.credentials.joinToken, '<redacted>');
  });

  it('lists devices through the facade', async () => {
    const ctx = setup();
    assert.deepEqual(
      (await ctx.session.audioVideo.listAudioInputDevices()).map((d) => d.deviceId),
      ['mic-1'],
    );
    assert.deepEqual(
      (await ctx.session.audioVideo.listAudioOutputDevices()).map((d) => d.deviceId),
      ['spk-1'],
    );
    assert.deepEqual(
      (await ctx.session.audioVideo.listVideoInputDevices()).map((d) => d.deviceId),
      ['cam-1'],
    );
  });

  it('joins video-only, without audio transceiver or audio stream, when there is no AudioHostUrl', async () => {
    const ctx = setup({ audioHostUrl: null });
    const socket = await joined(ctx);
    assert.deepEqual(
      ctx.peers[0]!.transceivers.map((t) => t.kind),
      ['video'],
    );
    const sub = socket.framesOfType(SdkSignalFrame.Type.SUBSCRIBE)[0]!.sub!;
    assert.deepEqual(sub.sendStreams, []);
    assert.equal(Object.hasOwn(sub, 'audioHost'), false);
    assert.equal(ctx.media.opened.length, 0);
  });
});

describe('DefaultMeetingSession called back from its own events', () => {
  it('stops cleanly when stop() is called from audioVideoDidStartConnecting', async () => {
    const ctx = setup();
    ctx.session.audioVideo.addObserver({ audioVideoDidStartConnecting: () => ctx.session.audioVideo.stop() });
    ctx.session.audioVideo.start();
    assert.equal((await ctx.stopped).statusCode(), Code.Left);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.session.state, 'left');
    assert.deepEqual(ctx.events, [
      'state:connecting',
      'didStartConnecting:false',
      'state:left',
      'stop:Left',
      'didStop:Left',
    ]);
    assert.equal(ctx.sockets.length, 0, 'no socket was opened');
  });

  it('restarts when start() is called from audioVideoDidStop', async () => {
    const ctx = setup();
    await joined(ctx);
    let restarted = false;
    ctx.session.audioVideo.addObserver({
      audioVideoDidStop: () => {
        if (restarted) return;
        restarted = true;
        ctx.session.audioVideo.start();
      },
    });
    ctx.session.audioVideo.stop();
    await until(() => ctx.sockets.length === 2, 'a second socket');
    actAsServer(ctx.sockets[1]!);
    ctx.sockets[1]!.open();
    await until(() => ctx.session.state === 'joined', 'joined again');
  });
});
