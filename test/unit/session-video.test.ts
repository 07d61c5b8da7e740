import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../src/config/MeetingSessionConfiguration.ts';
import { DefaultDeviceController } from '../../src/devices/DefaultDeviceController.ts';
import { LogLevel } from '../../src/logging/LogLevel.ts';
import { mediaSections } from '../../src/media/peer.ts';
import {
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
  frameTypeName,
} from '../../src/protocol/frame.ts';
import type { ISdkStreamDescriptor, OutgoingFrame } from '../../src/protocol/frame.ts';
import { DefaultMeetingSession } from '../../src/session/DefaultMeetingSession.ts';
import type { MeetingSessionVideoAvailability, VideoTileState } from '../../src/video/types.ts';
import {
  FakePeerConnection,
  FakeStream,
  FakeTrack,
  RecordingLogger,
  joinInfo,
  socketFactory,
  streamInfo,
  sessionsStoppedAfterEach,
  until,
} from './helpers/fakes.ts';
import type { FakeTransceiver, FakeWebSocket } from './helpers/fakes.ts';

// The SDK gives each receiving transceiver a fresh MediaStream; Node has none.
(globalThis as { MediaStream?: unknown }).MediaStream ??= class {
  readonly id = 'local-stream';
  getTracks(): never[] {
    return [];
  }
};

interface VideoTransceiver extends FakeTransceiver {
  mid: string | null;
  stopped: boolean;
  stop(): void;
}

/**
 * A fake peer with what video needs: mids, stop(), stopped sections in the offer as port 0, and
 * a video track event (stream `v_<mid>`) when an answer first makes a recvonly section receive.
 */
class VideoPeer extends FakePeerConnection {
  private readonly receiving = new Set<string>();

  override addTransceiver(trackOrKind: FakeTrack | string, init: RTCRtpTransceiverInit): VideoTransceiver {
    const transceiver = super.addTransceiver(trackOrKind, init) as VideoTransceiver;
    transceiver.mid = null;
    transceiver.stopped = false;
    transceiver.stop = () => {
      transceiver.stopped = true;
    };
    return transceiver;
  }

  get videoTransceivers(): VideoTransceiver[] {
    return this.transceivers as VideoTransceiver[];
  }

  override async createOffer(): Promise<RTCSessionDescriptionInit> {
    const sections = this.videoTransceivers.map((t, index) => {
      t.mid ??= String(index);
      const port = t.stopped ? 0 : 9;
      const direction = t.stopped ? 'inactive' : t.direction;
      return `m=${t.kind} ${port} UDP/TLS/RTP/SAVPF ${t.kind === 'audio' ? 111 : 96}\r\na=mid:${t.mid}\r\na=${direction}\r\n`;
    });
    return { type: 'offer', sdp: `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n${sections.join('')}` };
  }

  override async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    await super.setRemoteDescription(description);
    // The fake server's answer lists the mids it sends on, one `send:<mid>` line each.
    for (const [, mid] of (description.sdp ?? '').matchAll(/^send:(\S+)$/gm)) {
      if (this.receiving.has(mid!)) continue;
      this.receiving.add(mid!);
      const stream = Object.assign(new FakeStream([new FakeTrack('video')]), { id: `v_${mid}` });
      this.dispatchEvent(Object.assign(new Event('track'), { track: stream.tracks[0], streams: [stream] }));
    }
  }
}

function video(streamId: number, attendeeId: string): ISdkStreamDescriptor {
  return {
    streamId,
    groupId: streamId,
    attendeeId,
    externalUserId: `${attendeeId}-ext`,
    maxBitrateKbps: 1000,
    mediaType: SdkStreamMediaType.VIDEO,
  };
}

function indexFrame(sources: ISdkStreamDescriptor[], atCapacity = false): OutgoingFrame {
  return { type: SdkSignalFrame.Type.INDEX, index: { sources, atCapacity } };
}

/** Media devices whose streams carry a track of the kind asked for. */
function mediaDevices(options: { denyVideo?: boolean } = {}) {
  const opened: FakeStream[] = [];
  const requests: MediaStreamConstraints[] = [];
  const devices = {
    async getUserMedia(request: MediaStreamConstraints) {
      requests.push(request);
      if (request.video && options.denyVideo) {
        throw Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
      }
      const wanted = (request.video as MediaTrackConstraints | undefined)?.deviceId;
      if (typeof wanted === 'object' && !Array.isArray(wanted) && wanted.exact === 'missing') {
        throw Object.assign(new Error('No such camera'), { name: 'OverconstrainedError' });
      }
      const stream = new FakeStream([new FakeTrack(request.video ? 'video' : 'audio')]);
      opened.push(stream);
      return stream as unknown as MediaStream;
    },
    async enumerateDevices() {
      return [] as MediaDeviceInfo[];
    },
  };
  return { devices: devices as unknown as MediaDevices, opened, requests };
}

const sessions = sessionsStoppedAfterEach();

/**
 * A session against a fake server that sends `firstIndex` after JOIN_ACK and answers SUBSCRIBE
 * by forwarding every recvonly section with a stream id (unless `holdSubscribeAcks`).
 */
function setup(
  options: {
    firstIndex?: ISdkStreamDescriptor[];
    denyVideo?: boolean;
    /** CreateMeeting's MeetingFeatures. */
    features?: Record<string, unknown>;
  } = {},
) {
  const logger = new RecordingLogger();
  const sockets = socketFactory();
  const peers: VideoPeer[] = [];
  const media = mediaDevices({ denyVideo: options.denyVideo });
  const info = joinInfo();
  if (options.features) Object.assign(info.meeting.Meeting, { MeetingFeatures: options.features });
  const configuration = new MeetingSessionConfiguration(info.meeting, info.attendee);
  const devices = new DefaultDeviceController(logger, { mediaDevices: media.devices });
  const session = new DefaultMeetingSession(configuration, logger, devices, {
    webSocketFactory: (url, protocols) => {
      const socket = sockets.factory(url, protocols);
      // Every connection (a reconnect's too) meets the same fake service.
      serve(sockets.sockets.at(-1)!);
      return socket;
    },
    random: () => 0,
    peerConnectionFactory: (config) => {
      const peer = new VideoPeer(config);
      peers.push(peer);
      return peer as unknown as RTCPeerConnection;
    },
    now: () => 1_800_000_000_000,
  });
  sessions.push(session);

  const tiles: VideoTileState[] = [];
  const removed: Array<{ tileId: number; attendeeId: string | null }> = [];
  const calls: string[] = [];
  const availability: MeetingSessionVideoAvailability[] = [];
  session.addEventListener('video-tile-update', (event) => tiles.push(event.detail.tile));
  session.addEventListener('video-tile-remove', (event) => removed.push(event.detail));
  session.addEventListener('video-availability-change', (event) => availability.push(event.detail));
  session.audioVideo.addObserver({
    videoTileWasRemoved: (tileId) => calls.push(`removed ${tileId}`),
    videoSendDidBecomeUnavailable: () => calls.push('sendUnavailable'),
    remoteVideoSourcesDidChange: (sources) =>
      calls.push(`sources ${sources.map((s) => s.attendee.attendeeId).join(',')}`),
  });

  const server = {
    /** The sources of the INDEX a JOIN is answered with. */
    sources: options.firstIndex ?? [],
    holdSubscribeAcks: false,
    held: [] as Array<() => void>,
    /** Error status to put on the next SUBSCRIBE_ACK. */
    nextError: 0,
  };
  function answerSubscribe(socket: FakeWebSocket, frame: SdkSignalFrame): void {
    const sub = frame.sub!;
    const videoSections = mediaSections(sub.sdpOffer ?? '').filter((s) => s.kind === 'video');
    const tracks = videoSections.flatMap((section, i) => {
      const streamId = sub.receiveStreamIds[i] ?? 0;
      return section.direction === 'recvonly' && section.port !== 0 && streamId
        ? [{ streamId, ssrc: 1000 + streamId, trackLabel: `v_${section.mid}` }]
        : [];
    });
    const answer = `v=0\r\n${tracks.map((t) => `send:${t.trackLabel.slice(2)}`).join('\r\n')}\r\n`;
    const error = server.nextError;
    server.nextError = 0;
    const ack = () =>
      socket.deliver({
        type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
        suback: { sdpAnswer: answer, tracks, allocations: [] },
        ...(error ? { error: { status: error } } : {}),
      });
    if (server.holdSubscribeAcks) server.held.push(ack);
    else queueMicrotask(ack);
  }

  function serve(socket: FakeWebSocket): void {
    socket.onFrame = (frame) => {
      switch (frame.type) {
        case SdkSignalFrame.Type.JOIN:
          queueMicrotask(() => {
            socket.deliver({ type: SdkSignalFrame.Type.JOIN_ACK, joinack: {} });
            socket.deliver(indexFrame(server.sources));
            socket.deliver(
              streamInfo([{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }]),
            );
          });
          break;
        case SdkSignalFrame.Type.SUBSCRIBE:
          answerSubscribe(socket, frame);
          break;
        case SdkSignalFrame.Type.LEAVE:
          queueMicrotask(() => socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} }));
          break;
        default:
          break;
      }
    };
    queueMicrotask(() => socket.open());
  }

  async function join(): Promise<FakeWebSocket> {
    session.audioVideo.start();
    await until(() => session.state === 'joined', 'joined');
    return sockets.sockets.at(-1)!;
  }

  const subscribes = () => sockets.sockets[0]!.framesOfType(SdkSignalFrame.Type.SUBSCRIBE).map((f) => f.sub!);
  const remoteTile = (attendeeId: string) =>
    [...session.videoTiles.values()].find((tile) => !tile.localTile && tile.boundAttendeeId === attendeeId);
  return {
    session,
    logger,
    sockets: sockets.sockets,
    peers,
    media,
    tiles,
    removed,
    calls,
    availability,
    server,
    join,
    subscribes,
    remoteTile,
  };
}

describe('session video: subscriptions', () => {
  it('receives the sources of the first INDEX with the join SUBSCRIBE and binds their tiles', async () => {
    const ctx = setup({ firstIndex: [video(100, 'att-b'), video(7, 'att-self')] });
    await ctx.join();
    const [first, ...more] = ctx.subscribes();
    assert.equal(more.length, 0, 'no second SUBSCRIBE');
    assert.equal(first!.duplex, SdkStreamServiceType.RX);
    // mid 1 = camera (inactive), mid 2 = the stream of att-b.
    assert.deepEqual(first!.receiveStreamIds, [0, 100]);
    const peer = ctx.peers[0]!;
    assert.equal(peer.videoTransceivers[2]!.direction, 'recvonly');
    await until(() => ctx.remoteTile('att-b') !== undefined, "att-b's tile");
    const tile = ctx.remoteTile('att-b')!;
    assert.equal(tile.boundExternalUserId, 'att-b-ext');
    assert.equal(tile.streamId, 100);
    assert.equal((tile.boundVideoStream as unknown as FakeStream).id, 'v_2');
    assert.deepEqual(ctx.session.videoAvailability, { remoteVideoAvailable: true, canStartLocalVideo: true });
    assert.deepEqual(ctx.calls, ['sources att-b']);
    assert.deepEqual(ctx.session.audioVideo.getRemoteVideoSources(), [
      { attendee: { attendeeId: 'att-b', externalUserId: 'att-b-ext' } },
    ]);
  });

  it('follows later INDEX frames with one renegotiation each: stops removed streams, adds new ones', async () => {
    const ctx = setup({ firstIndex: [video(100, 'att-b')] });
    const socket = await ctx.join();
    await until(() => ctx.remoteTile('att-b') !== undefined, "att-b's tile");
    const bTile = ctx.remoteTile('att-b')!.tileId;

    socket.deliver(indexFrame([video(200, 'att-c')]));
    await until(() => ctx.remoteTile('att-c') !== undefined, "att-c's tile");
    const subs = ctx.subscribes();
    assert.equal(subs.length, 2);
    // mid 1 camera, mid 2 stopped (att-b), mid 3 the new stream.
    assert.deepEqual(subs[1]!.receiveStreamIds, [0, 0, 200]);
    const peer = ctx.peers[0]!;
    assert.equal(peer.videoTransceivers[2]!.stopped, true);
    assert.equal(peer.videoTransceivers[3]!.direction, 'recvonly');
    assert.equal(ctx.remoteTile('att-b'), undefined);
    assert.deepEqual(ctx.removed, [{ tileId: bTile, attendeeId: 'att-b' }]);
    // The tile goes once the renegotiation that stopped its stream is done.
    assert.deepEqual(ctx.calls, ['sources att-b', 'sources att-c', `removed ${bTile}`]);
  });

  it('runs one renegotiation at a time and coalesces the updates that arrive meanwhile', async () => {
    const ctx = setup();
    const socket = await ctx.join();
    ctx.server.holdSubscribeAcks = true;
    socket.deliver(indexFrame([video(100, 'att-b')]));
    await until(() => ctx.subscribes().length === 2, 'the second SUBSCRIBE');
    socket.deliver(indexFrame([video(100, 'att-b'), video(200, 'att-c')]));
    socket.deliver(indexFrame([video(200, 'att-c'), video(300, 'att-d')]));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.subscribes().length, 2, 'nothing sent while a SUBSCRIBE waits for its ACK');
    ctx.server.holdSubscribeAcks = false;
    ctx.server.held.shift()!();
    await until(() => ctx.subscribes().length === 3, 'the coalesced SUBSCRIBE');
    await until(() => ctx.remoteTile('att-d') !== undefined, "att-d's tile");
    assert.deepEqual(ctx.subscribes()[2]!.receiveStreamIds, [0, 0, 200, 300]);
    assert.equal(ctx.subscribes().length, 3);
    assert.equal(ctx.remoteTile('att-b'), undefined);
  });

  it('keeps a tile, with its id, while its video is not back after a reconnect', async () => {
    const ctx = setup({ firstIndex: [video(100, 'att-b'), video(200, 'att-c')] });
    const socket = await ctx.join();
    socket.deliver(
      streamInfo([
        { audioStreamId: 2, attendeeId: 'att-b' },
        { audioStreamId: 3, attendeeId: 'att-c' },
      ]),
    );
    await until(() => !!ctx.remoteTile('att-b') && !!ctx.remoteTile('att-c'), 'both tiles');
    const before = { b: ctx.remoteTile('att-b')!.tileId, c: ctx.remoteTile('att-c')!.tileId };
    // The service restarted: att-c's camera is back at once, att-b's not yet.
    ctx.server.sources = [video(201, 'att-c')];
    socket.serverClose(1006);
    await until(() => ctx.sockets.length === 2 && ctx.session.state === 'joined', 'reconnected');
    await until(() => ctx.remoteTile('att-c')?.streamId === 201, "att-c's new stream");
    const held = ctx.remoteTile('att-b');
    assert.equal(held?.tileId, before.b, "att-b's tile is kept");
    assert.equal(held?.boundVideoStream, null, 'without a stream meanwhile');
    assert.equal(ctx.remoteTile('att-c')!.tileId, before.c, 'the same tile for the same attendee');
    ctx.server.sources = [video(201, 'att-c'), video(101, 'att-b')];
    ctx.sockets[1]!.deliver(indexFrame(ctx.server.sources));
    await until(() => ctx.remoteTile('att-b')?.streamId === 101, "att-b's video is back");
    assert.equal(ctx.remoteTile('att-b')!.tileId, before.b, 'in its old tile');
    assert.ok(ctx.remoteTile('att-b')!.boundVideoStream, 'with a stream');
  });

  it('reconnects when a renegotiation fails, and the new connection receives the video', async () => {
    const ctx = setup();
    const socket = await ctx.join();
    const peer = ctx.peers[0]!;
    peer.createOffer = async () => {
      throw new Error('offer failed');
    };
    ctx.server.sources = [video(100, 'att-b')];
    socket.deliver(indexFrame(ctx.server.sources));
    await until(() => ctx.sockets.length === 2, 'a new connection');
    assert.ok(
      ctx.logger.at(LogLevel.WARN).some((l) => l.includes('renegotiation failed')),
      'the cause logged',
    );
    await until(() => ctx.remoteTile('att-b') !== undefined, "att-b's tile on the new connection");
    assert.equal(ctx.session.state, 'joined');
    assert.equal(
      socket.framesOfType(SdkSignalFrame.Type.LEAVE).length,
      0,
      'no LEAVE: the same attendee comes back',
    );
  });

  it("removes an attendee's tile when the attendee leaves, and all tiles when the session stops", async () => {
    const ctx = setup({ firstIndex: [video(100, 'att-b'), video(200, 'att-c')] });
    const socket = await ctx.join();
    socket.deliver(
      streamInfo([
        { audioStreamId: 2, attendeeId: 'att-b', externalUserId: 'B' },
        { audioStreamId: 3, attendeeId: 'att-c', externalUserId: 'C' },
      ]),
    );
    await until(() => ctx.session.videoTiles.size === 2, 'two tiles');
    socket.deliver(streamInfo([{ audioStreamId: 2 }]));
    await until(() => ctx.remoteTile('att-b') === undefined, "att-b's tile removed");
    ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.session.videoTiles.size === 2, 'the local tile');
    const stopped = new Promise((resolve) => ctx.session.addEventListener('stop', resolve, { once: true }));
    ctx.session.audioVideo.stop();
    await stopped;
    assert.equal(ctx.session.videoTiles.size, 0);
    assert.equal(ctx.removed.length, 3);
  });

  it('sends PAUSE and RESUME with the stream id of a paused tile', async () => {
    const ctx = setup({ firstIndex: [video(100, 'att-b')] });
    const socket = await ctx.join();
    await until(() => ctx.remoteTile('att-b') !== undefined, "att-b's tile");
    const tileId = ctx.remoteTile('att-b')!.tileId;
    ctx.session.audioVideo.pauseVideoTile(tileId);
    assert.equal(ctx.session.videoTiles.get(tileId)!.paused, true);
    ctx.session.audioVideo.unpauseVideoTile(tileId);
    assert.equal(ctx.session.videoTiles.get(tileId)!.paused, false);
    const pauses = socket
      .frames()
      .filter((f) => f.type === SdkSignalFrame.Type.PAUSE || f.type === SdkSignalFrame.Type.RESUME);
    assert.deepEqual(
      pauses.map((f) => [frameTypeName(f.type), [...f.pause!.streamIds]]),
      [
        ['PAUSE', [100]],
        ['RESUME', [100]],
      ],
    );
  });

  it('reports at_capacity as canStartLocalVideo false', async () => {
    const ctx = setup();
    const socket = await ctx.join();
    socket.deliver(indexFrame([], true));
    await until(() => ctx.availability.length > 0, 'an availability change');
    assert.deepEqual(ctx.availability.at(-1), { remoteVideoAvailable: false, canStartLocalVideo: false });
  });
});

describe('session video: the local camera', () => {
  it('sends the camera with DUPLEX and the AmazonChimeExpressVideo stream, and stops it again', async () => {
    const ctx = setup();
    await ctx.join();
    const tileId = ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.subscribes().length === 2, 'the SUBSCRIBE with the camera');
    const sub = ctx.subscribes()[1]!;
    assert.equal(sub.duplex, SdkStreamServiceType.DUPLEX);
    assert.deepEqual(
      sub.sendStreams
        .filter((s) => s.mediaType === SdkStreamMediaType.VIDEO)
        .map((s) => [s.streamId, s.groupId, s.trackLabel, s.attendeeId]),
      [[2, 2, 'AmazonChimeExpressVideo', 'att-self']],
    );
    assert.deepEqual(sub.receiveStreamIds, [0]);
    const camera = ctx.peers[0]!.videoTransceivers[1]!;
    assert.equal(camera.direction, 'sendrecv');
    const opened = ctx.media.opened.find((s) => s.getVideoTracks().length > 0)!;
    assert.equal(camera.sender.track, opened.getVideoTracks()[0]);
    const local = ctx.session.videoTiles.get(tileId)!;
    assert.equal(local.localTile, true);
    assert.equal(local.boundVideoStream as unknown, opened);
    assert.equal(ctx.session.audioVideo.hasStartedLocalVideoTile(), true);

    ctx.session.audioVideo.stopLocalVideoTile();
    await until(() => ctx.subscribes().length === 3, 'the SUBSCRIBE without the camera');
    assert.equal(ctx.subscribes()[2]!.duplex, SdkStreamServiceType.RX);
    assert.equal(camera.direction, 'inactive');
    assert.equal(camera.sender.track, null);
    assert.equal(opened.getVideoTracks()[0]!.readyState, 'ended', 'the camera the session opened is stopped');
    assert.equal(ctx.session.videoTiles.get(tileId)!.boundVideoStream, null);
  });

  it('limits the camera with setVideoMaxBandwidthKbps: sender encoding and SUBSCRIBE descriptor', async () => {
    const ctx = setup();
    await ctx.join();
    const set: RTCRtpSendParameters[] = [];
    const camera = ctx.peers[0]!.videoTransceivers[1]!;
    const parameters = { encodings: [{}] } as RTCRtpSendParameters;
    Object.assign(camera.sender, {
      getParameters: () => parameters,
      setParameters: async (value: RTCRtpSendParameters) => void set.push(structuredClone(value)),
    });
    const videoDescriptor = (n: number) =>
      ctx.subscribes()[n]!.sendStreams.find((stream) => stream.mediaType === SdkStreamMediaType.VIDEO);
    ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.subscribes().length === 2, 'the SUBSCRIBE with the camera');
    assert.equal(videoDescriptor(1)!.maxBitrateKbps, 1400, 'the default');
    assert.equal(set.at(-1)!.encodings[0]!.maxBitrate, 1_400_000);

    ctx.session.audioVideo.setVideoMaxBandwidthKbps(600);
    await until(() => ctx.subscribes().length === 3, 'a renegotiation with the new limit');
    assert.equal(videoDescriptor(2)!.maxBitrateKbps, 600);
    assert.equal(set.at(-1)!.encodings[0]!.maxBitrate, 600_000);
    assert.throws(() => ctx.session.audioVideo.setVideoMaxBandwidthKbps(0), RangeError);
  });

  it('sends a camera started before the join from the first SUBSCRIBE on', async () => {
    const ctx = setup();
    const chosen = await ctx.session.audioVideo.startVideoInput('cam-1');
    ctx.session.audioVideo.startLocalVideoTile();
    await ctx.join();
    const [first, ...more] = ctx.subscribes();
    assert.equal(first!.duplex, SdkStreamServiceType.DUPLEX);
    assert.equal(more.length, 0);
    assert.equal(ctx.peers[0]!.videoTransceivers[1]!.sender.track, chosen!.getVideoTracks()[0]);
  });

  it('follows a camera switch with replaceTrack, without renegotiating', async () => {
    const ctx = setup();
    await ctx.join();
    await ctx.session.audioVideo.startVideoInput('cam-1');
    ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.subscribes().length === 2, 'the SUBSCRIBE with the camera');
    const second = await ctx.session.audioVideo.chooseVideoInputDevice('cam-2');
    const camera = ctx.peers[0]!.videoTransceivers[1]!;
    await until(() => camera.sender.track === second!.getVideoTracks()[0], 'the new camera track');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ctx.subscribes().length, 2);
    assert.equal(ctx.session.audioVideo.getLocalVideoTile()!.state().boundVideoStream, second);
  });

  it('on SUBSCRIBE_ACK 206 stops local video, removes the local tile and keeps the session', async () => {
    const ctx = setup();
    await ctx.join();
    ctx.server.nextError = 206;
    const tileId = ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.calls.includes('sendUnavailable'), 'videoSendDidBecomeUnavailable');
    assert.ok(ctx.calls.includes(`removed ${tileId}`));
    assert.equal(ctx.session.audioVideo.getLocalVideoTile(), null);
    assert.equal(ctx.session.videoAvailability.canStartLocalVideo, false);
    await until(() => ctx.subscribes().length === 3, 'the SUBSCRIBE without the camera');
    assert.equal(ctx.subscribes()[2]!.duplex, SdkStreamServiceType.RX);
    assert.equal(ctx.session.state, 'joined');
  });

  it('removes the local tile and logs an error when the default camera cannot be opened', async () => {
    const ctx = setup({ denyVideo: true });
    await ctx.join();
    const tileId = ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.calls.includes(`removed ${tileId}`), 'videoTileWasRemoved');
    assert.equal(ctx.session.audioVideo.getLocalVideoTile(), null);
    assert.equal(ctx.session.audioVideo.hasStartedLocalVideoTile(), false);
    assert.ok(ctx.logger.at(LogLevel.ERROR).some((line) => line.includes('NotAllowedError')));
    assert.equal(ctx.subscribes().length, 1, 'nothing to renegotiate');
    assert.equal(ctx.session.state, 'joined');
  });

  it('rejects startVideoInput with the browser error and keeps the previous input', async () => {
    const denied = setup({ denyVideo: true });
    await assert.rejects(denied.session.audioVideo.startVideoInput('cam-1'), { name: 'NotAllowedError' });
    assert.equal(denied.session.deviceController.activeVideoInput, undefined);

    const ctx = setup();
    const first = await ctx.session.audioVideo.startVideoInput('cam-1');
    await assert.rejects(ctx.session.audioVideo.startVideoInput('missing'), { name: 'OverconstrainedError' });
    assert.equal(ctx.session.deviceController.activeVideoInput, first);
    assert.equal(first!.getVideoTracks()[0]!.readyState, 'live');
    await ctx.session.audioVideo.stopVideoInput();
    assert.equal(
      first!.getVideoTracks()[0]!.readyState,
      'ended',
      'a stream the controller opened is stopped',
    );
    const given = new FakeStream([new FakeTrack('video')]) as unknown as MediaStream;
    await ctx.session.audioVideo.startVideoInput(given);
    await ctx.session.audioVideo.stopVideoInput();
    assert.equal(given.getVideoTracks()[0]!.readyState, 'live', 'a stream passed in is never stopped');
  });
});

describe('session video: MeetingFeatures', () => {
  it("opens the default camera within the meeting's MaxResolution", async () => {
    const ctx = setup({ features: { Video: { MaxResolution: 'FHD' } } });
    await ctx.join();
    ctx.session.audioVideo.startLocalVideoTile();
    await until(() => ctx.media.requests.some((r) => r.video), 'the camera opened');
    assert.deepEqual(ctx.media.requests.find((r) => r.video)!.video, {
      width: { max: 1920 },
      height: { max: 1080 },
      frameRate: { max: 30 },
    });
  });

  it('allows no camera when Video MaxResolution is None', async () => {
    const ctx = setup({ features: { Video: { MaxResolution: 'None' } } });
    await ctx.join();
    assert.equal(ctx.session.audioVideo.startLocalVideoTile(), -1);
    assert.equal(ctx.session.videoAvailability.canStartLocalVideo, false);
    assert.equal(ctx.session.audioVideo.hasStartedLocalVideoTile(), false);
    assert.ok(ctx.logger.at(LogLevel.WARN).some((line) => /MaxResolution None/.test(line)));
  });

  it('opens the microphone with echo cancellation when echo reduction is on', async () => {
    const ctx = setup({ features: { Audio: { EchoReduction: 'AVAILABLE' } } });
    await ctx.join();
    assert.deepEqual(ctx.media.requests.find((r) => r.audio)!.audio, {
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
    });
  });

  it("takes the browser's microphone defaults without echo reduction", async () => {
    const ctx = setup();
    await ctx.join();
    assert.equal(ctx.media.requests.find((r) => r.audio)!.audio, true);
  });
});
