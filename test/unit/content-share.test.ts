import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../src/config/MeetingSessionConfiguration.ts';
import {
  SdkSignalFrame,
  SdkStreamMediaType,
  SdkStreamServiceType,
} from '../../src/protocol/service-frame.ts';
import type { ISdkSubscribeFrame } from '../../src/protocol/service-frame.ts';
import type { VideoTileState } from '../../src/video/types.ts';
import { FakeStream, TOKEN, joinInfo, sessionsStoppedAfterEach, streamInfo } from './helpers/fakes.ts';
import type { FakeTrack, FakeWebSocket } from './helpers/fakes.ts';
import { eventually, fakeSession } from './helpers/session-fakes.ts';
import type { FakeSessionOptions } from './helpers/session-fakes.ts';

// The content share wraps the shared audio tracks in a new MediaStream; Node has none.
(globalThis as { MediaStream?: unknown }).MediaStream ??= class extends FakeStream {
  constructor(tracks: FakeTrack[] = []) {
    super(tracks);
  }
};

/** A track with events: the content share listens for `ended` (the user stopped sharing). */
class SharedTrack extends EventTarget {
  enabled = true;
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly kind: 'audio' | 'video',
    readonly id = `shared-${kind}`,
  ) {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  /** The source ended by itself (the browser's "Stop sharing" button). */
  end(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

function sharedStream() {
  const video = new SharedTrack('video');
  const audio = new SharedTrack('audio');
  const stream = new FakeStream([video, audio]) as unknown as MediaStream;
  return { stream, video, audio, tracks: [video, audio] };
}

const sessions = sessionsStoppedAfterEach();

const isContentSocket = (socket: FakeWebSocket) => socket.protocols[1]!.endsWith('#content');

/**
 * A joined main session whose fake service serves the content share's socket too. The content
 * socket's INDEX offers a remote camera (which it must not receive); `service.refuseContent`
 * answers its SUBSCRIBE with error 206 (two others share already).
 */
async function setup(options: FakeSessionOptions = {}) {
  const ctx = fakeSession(sessions, options);
  const service = { refuseContent: false };
  const subscribes = new Map<FakeWebSocket, ISdkSubscribeFrame[]>();
  ctx.serve = (socket) => {
    const content = isContentSocket(socket);
    subscribes.set(socket, []);
    socket.onFrame = (frame) => {
      switch (frame.type) {
        case SdkSignalFrame.Type.JOIN:
          queueMicrotask(() => {
            socket.deliver({ type: SdkSignalFrame.Type.JOIN_ACK, joinack: {} });
            socket.deliver({
              type: SdkSignalFrame.Type.INDEX,
              index: {
                sources: content
                  ? [
                      {
                        streamId: 7,
                        groupId: 7,
                        attendeeId: 'att-bob',
                        externalUserId: 'Bob',
                        maxBitrateKbps: 1000,
                        mediaType: SdkStreamMediaType.VIDEO,
                      },
                    ]
                  : [],
              },
            });
            socket.deliver(
              streamInfo([{ audioStreamId: 1, attendeeId: 'att-self', externalUserId: 'Self' }]),
            );
          });
          break;
        case SdkSignalFrame.Type.SUBSCRIBE: {
          subscribes.get(socket)!.push(frame.sub!);
          const refuse = content && service.refuseContent;
          queueMicrotask(() =>
            socket.deliver({
              type: SdkSignalFrame.Type.SUBSCRIBE_ACK,
              suback: { sdpAnswer: 'v=0\r\nanswer\r\n', tracks: [], allocations: [] },
              ...(refuse ? { error: { status: 206, description: 'two content shares already' } } : {}),
            }),
          );
          break;
        }
        case SdkSignalFrame.Type.LEAVE:
          queueMicrotask(() => socket.deliver({ type: SdkSignalFrame.Type.LEAVE_ACK, leaveAck: {} }));
          break;
        default:
          break;
      }
    };
    queueMicrotask(() => socket.open());
  };

  const calls: string[] = [];
  const changes: Array<{ sharing: boolean; paused: boolean }> = [];
  const tileUpdates: VideoTileState[] = [];
  const tileRemovals: Array<{ tileId: number; attendeeId: string | null }> = [];
  const av = ctx.session.audioVideo;
  av.addContentShareObserver({
    contentShareDidStart: () => calls.push('didStart'),
    contentShareDidStop: () => calls.push('didStop'),
    contentShareDidPause: () => calls.push('didPause'),
    contentShareDidUnpause: () => calls.push('didUnpause'),
  });
  ctx.session.addEventListener('content-share-change', (e) => changes.push(e.detail));
  ctx.session.addEventListener('video-tile-update', (e) => tileUpdates.push(e.detail.tile));
  ctx.session.addEventListener('video-tile-remove', (e) => tileRemovals.push(e.detail));

  av.start();
  await eventually(() => ctx.session.state === 'joined', 'the main session joined');
  const main = ctx.sockets[0]!;
  const contentSocket = () => ctx.sockets.find(isContentSocket);
  const contentTile = () =>
    [...ctx.session.videoTiles.values()].find((tile) => tile.boundAttendeeId === 'att-self#content');

  /** Starts sharing and waits until the content session sent its SUBSCRIBE and got the answer. */
  async function startSharing(shared = sharedStream()) {
    await av.startContentShare(shared.stream);
    await eventually(
      () => (contentSocket() ? subscribes.get(contentSocket()!)!.length > 0 : false),
      'content SUBSCRIBE',
    );
    await eventually(
      () => ctx.peers.length === 2 && ctx.peers[1]!.iceConnectionState === 'connected',
      'content ICE',
    );
    return shared;
  }
  /** The service shows the content attendee in the main session's roster. */
  function announceContent(): void {
    main.deliver(streamInfo([{ audioStreamId: 3, attendeeId: 'att-self#content', externalUserId: 'Self' }]));
  }
  return {
    ...ctx,
    av,
    main,
    service,
    subscribes,
    calls,
    changes,
    tileUpdates,
    tileRemovals,
    contentSocket,
    contentTile,
    startSharing,
    announceContent,
  };
}

describe('startContentShare', () => {
  it('opens a second socket as <token>#content, with its own audio session id', async () => {
    const ctx = await setup();
    await ctx.startSharing();
    assert.equal(ctx.sockets.length, 2);
    const content = ctx.contentSocket()!;
    assert.deepEqual(content.protocols, ['_aws_wt_session', `${TOKEN}#content`]);
    assert.equal(content.url, ctx.main.url, 'the same signaling URL');
    const mainJoin = ctx.main.framesOfType(SdkSignalFrame.Type.JOIN)[0]!.join!;
    const contentJoin = content.framesOfType(SdkSignalFrame.Type.JOIN)[0]!.join!;
    assert.notEqual(Number(contentJoin.audioSessionId), Number(mainJoin.audioSessionId));
    assert.equal(ctx.media.opened.length, 1, 'no microphone opened for the content share');
  });

  it("sends the stream's video with the AmazonChimeExpressVideo descriptor and its audio, and receives no video", async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    const sub = ctx.subscribes.get(ctx.contentSocket()!)![0]!;
    assert.equal(sub.duplex, SdkStreamServiceType.DUPLEX);
    const video = (sub.sendStreams ?? []).find((s) => s.mediaType === SdkStreamMediaType.VIDEO);
    assert.ok(video, 'a video send stream');
    assert.deepEqual(
      {
        streamId: video.streamId,
        groupId: video.groupId,
        trackLabel: video.trackLabel,
        attendeeId: video.attendeeId,
      },
      { streamId: 2, groupId: 2, trackLabel: 'AmazonChimeExpressVideo', attendeeId: 'att-self#content' },
    );
    // No remote camera is received, though the content socket's INDEX offered one.
    assert.deepEqual(sub.receiveStreamIds, [0], 'only the sending video section');
    const peer = ctx.peers[1]!;
    assert.deepEqual(
      peer.transceivers.map((t) => [t.kind, t.direction]),
      [
        ['audio', 'sendrecv'],
        ['video', 'sendrecv'],
      ],
    );
    assert.equal(peer.transceivers[1]!.sender.track, shared.video, 'the shared video is sent');
    await eventually(
      () => peer.transceivers[0]!.sender.track === (shared.audio as unknown),
      'the shared audio sent',
    );
  });

  it('reports contentShareDidStart only once the main roster shows <attendeeId>#content, with a content tile', async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(ctx.calls, [], 'joined is not started: the meeting does not show it yet');
    ctx.main.deliver(
      streamInfo([{ audioStreamId: 4, attendeeId: 'att-bob#content', externalUserId: 'Bob' }]),
    );
    assert.deepEqual(ctx.calls, [], "another attendee's content is not this share");
    assert.equal(ctx.contentTile(), undefined);

    ctx.announceContent();
    assert.deepEqual(ctx.calls, ['didStart']);
    assert.deepEqual(ctx.changes, [{ sharing: true, paused: false }]);
    const tile = ctx.contentTile()!;
    assert.ok(tile, 'a tile for the content');
    assert.equal(tile.isContent, true);
    assert.equal(tile.localTile, false);
    assert.equal(tile.boundVideoStream, shared.stream, 'bound to the shared stream');
    assert.equal(ctx.session.attendee('att-self#content').videoTile, tile);
    assert.ok(
      ctx.av.getAllRemoteVideoTiles().some((t) => t.state().isContent),
      'among the remote tiles',
    );

    ctx.announceContent();
    assert.deepEqual(ctx.calls, ['didStart'], 'once');
  });

  it('never opens the microphone for a stream without audio, even where WebAudio is missing', async () => {
    // Node has no AudioContext, so no silent track can be made for the content's audio, as in a
    // browser where creating one fails: the content session must not send the microphone instead.
    assert.equal((globalThis as { AudioContext?: unknown }).AudioContext, undefined);
    const ctx = await setup();
    const video = new SharedTrack('video');
    await ctx.startSharing({
      stream: new FakeStream([video]) as unknown as MediaStream,
      video,
      audio: video,
      tracks: [video],
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(ctx.media.opened.length, 1, "only the main session's microphone was opened");
    const sent = ctx.peers[1]!.transceivers[0]!.sender.track;
    assert.ok(
      sent === null || sent.kind !== 'audio' || !ctx.media.opened.some((s) => s.tracks.includes(sent)),
      'no microphone in the content',
    );
  });

  it('does nothing when MeetingFeatures Content MaxResolution is None', async () => {
    const info = joinInfo();
    (info.meeting.Meeting as Record<string, unknown>)['MeetingFeatures'] = {
      Content: { MaxResolution: 'None' },
    };
    const features = new MeetingSessionConfiguration(info.meeting, info.attendee).meetingFeatures;
    const ctx = await setup({ configure: (configuration) => (configuration.meetingFeatures = features) });
    const shared = sharedStream();
    await ctx.av.startContentShare(shared.stream);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(ctx.sockets.length, 1, 'no content socket');
    assert.deepEqual(ctx.calls, []);
    assert.ok(
      shared.tracks.every((track) => track.readyState === 'live'),
      'the stream is left alone',
    );
    assert.match(ctx.logger.text(), /does not allow content/);
  });
});

describe('pausing a content share', () => {
  it('disables and enables the tracks and tells the observers once per change', async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    ctx.announceContent();
    ctx.av.pauseContentShare();
    ctx.av.pauseContentShare();
    assert.deepEqual(
      shared.tracks.map((t) => t.enabled),
      [false, false],
    );
    ctx.av.unpauseContentShare();
    ctx.av.unpauseContentShare();
    assert.deepEqual(
      shared.tracks.map((t) => t.enabled),
      [true, true],
    );
    assert.deepEqual(ctx.calls, ['didStart', 'didPause', 'didUnpause']);
    assert.deepEqual(ctx.changes, [
      { sharing: true, paused: false },
      { sharing: true, paused: true },
      { sharing: true, paused: false },
    ]);
    assert.equal(ctx.contentSocket()!.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0, 'still shared');
  });
});

describe('stopping a content share', () => {
  it('stopContentShare sends LEAVE on the content socket, stops the tracks, removes the tile, tells observers', async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    ctx.announceContent();
    const tileId = ctx.contentTile()!.tileId;
    const content = ctx.contentSocket()!;

    ctx.av.stopContentShare();
    await eventually(
      () => content.framesOfType(SdkSignalFrame.Type.LEAVE).length === 1,
      'LEAVE on the content socket',
    );
    assert.equal(ctx.main.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0, 'the main session stays');
    assert.ok(
      shared.tracks.every((track) => track.readyState === 'ended'),
      'the shared tracks are stopped',
    );
    assert.equal(ctx.contentTile(), undefined, 'the content tile is gone');
    assert.deepEqual(ctx.tileRemovals, [{ tileId, attendeeId: 'att-self#content' }]);
    assert.deepEqual(ctx.calls, ['didStart', 'didStop']);
    assert.deepEqual(ctx.changes.at(-1), { sharing: false, paused: false });
    await eventually(() => content.readyState === 3, 'the content socket closed');
    assert.equal(ctx.peers[1]!.closed, true);
    assert.equal(ctx.session.state, 'joined');

    ctx.av.stopContentShare();
    assert.deepEqual(ctx.calls, ['didStart', 'didStop'], 'a second stop does nothing');
  });

  it('stops with contentShareDidStop when the content SUBSCRIBE_ACK carries 206 (two others share)', async () => {
    const ctx = await setup();
    ctx.service.refuseContent = true;
    const shared = sharedStream();
    await ctx.av.startContentShare(shared.stream);
    await eventually(() => ctx.calls.includes('didStop'), 'contentShareDidStop');
    const content = ctx.contentSocket()!;
    await eventually(() => content.readyState === 3, 'the content socket closed');
    assert.ok(
      shared.tracks.every((track) => track.readyState === 'ended'),
      'the shared tracks are stopped',
    );
    assert.deepEqual(ctx.calls, ['didStop'], 'never started');
    assert.equal(ctx.contentTile(), undefined);
    assert.equal(ctx.session.state, 'joined', 'the main session stays');
    assert.equal(ctx.main.framesOfType(SdkSignalFrame.Type.LEAVE).length, 0);
  });

  it('stops when the main session stops', async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    ctx.announceContent();
    const content = ctx.contentSocket()!;
    ctx.av.stop();
    await ctx.stopped;
    await eventually(
      () => content.framesOfType(SdkSignalFrame.Type.LEAVE).length === 1,
      'LEAVE on the content socket',
    );
    assert.ok(
      shared.tracks.every((track) => track.readyState === 'ended'),
      'the shared tracks are stopped',
    );
    assert.deepEqual(ctx.calls, ['didStart', 'didStop']);
    await eventually(() => content.readyState === 3, 'the content socket closed');
  });

  it('stops when a shared track ends (the browser stopped the capture)', async () => {
    const ctx = await setup();
    const shared = await ctx.startSharing();
    ctx.announceContent();
    const content = ctx.contentSocket()!;
    shared.video.end();
    await eventually(
      () => content.framesOfType(SdkSignalFrame.Type.LEAVE).length === 1,
      'LEAVE on the content socket',
    );
    assert.equal(shared.audio.readyState, 'ended', 'the other tracks are stopped too');
    assert.deepEqual(ctx.calls, ['didStart', 'didStop']);
    assert.equal(ctx.contentTile(), undefined);
    assert.equal(ctx.session.state, 'joined');
  });

  it('a second startContentShare replaces the running share', async () => {
    const ctx = await setup();
    const first = await ctx.startSharing();
    ctx.announceContent();
    const firstSocket = ctx.contentSocket()!;
    const second = sharedStream();
    await ctx.av.startContentShare(second.stream);
    await eventually(
      () => firstSocket.framesOfType(SdkSignalFrame.Type.LEAVE).length === 1,
      'the first share left',
    );
    assert.ok(
      first.tracks.every((track) => track.readyState === 'ended'),
      'the first stream is stopped',
    );
    assert.ok(
      second.tracks.every((track) => track.readyState === 'live'),
      'the second stream is live',
    );
    await eventually(() => ctx.sockets.filter(isContentSocket).length === 2, 'a new content socket');
    assert.deepEqual(ctx.calls, ['didStart', 'didStop']);
  });

  it('stopContentShare right after startContentShare (before it resolved) ends the share', async () => {
    const ctx = await setup();
    const shared = sharedStream();
    const starting = ctx.av.startContentShare(shared.stream);
    ctx.av.stopContentShare();
    try {
      await starting;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const content = ctx.contentSocket();
      assert.ok(!content || content.readyState === 3, 'no content session goes on after stopContentShare');
      assert.ok(
        shared.tracks.every((track) => track.readyState === 'ended'),
        'the shared tracks are stopped',
      );
    } finally {
      // Whatever the outcome, end a content session left running so that the file can exit.
      ctx.av.stopContentShare();
    }
  });

  it('a main session stopped while startContentShare sets up leaves no content session behind', async () => {
    const ctx = await setup();
    const shared = sharedStream();
    const starting = ctx.av.startContentShare(shared.stream);
    ctx.av.stop();
    try {
      await starting;
      await ctx.stopped;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const content = ctx.contentSocket();
      assert.ok(!content || content.readyState === 3, 'no content session without the main session');
    } finally {
      ctx.av.stopContentShare();
    }
  });
});

describe('contentShareStatus', () => {
  const others = (...ids: string[]) =>
    streamInfo(
      ids.map((attendeeId, i) => ({ audioStreamId: 10 + i, attendeeId, externalUserId: attendeeId })),
    );

  it('follows this share from none to starting to sharing, and back to none when stopped', async () => {
    const ctx = await setup();
    assert.deepEqual(ctx.session.contentShareStatus, {
      local: 'none',
      paused: false,
      othersSharing: 0,
      canStart: true,
    });
    await ctx.startSharing();
    assert.equal(ctx.session.contentShareStatus.local, 'starting', 'not shown by the service yet');
    ctx.announceContent();
    assert.equal(ctx.session.contentShareStatus.local, 'sharing');
    assert.equal(ctx.session.contentShareStatus.othersSharing, 0, 'its own share is not another');
    ctx.av.pauseContentShare();
    assert.equal(ctx.session.contentShareStatus.paused, true);
    ctx.av.stopContentShare();
    assert.deepEqual(ctx.session.contentShareStatus, {
      local: 'none',
      paused: false,
      othersSharing: 0,
      canStart: true,
    });
  });

  it("counts the others' shares: with two of them present no third can start", async () => {
    const ctx = await setup();
    ctx.main.deliver(others('att-bob#content', 'att-bob'));
    assert.deepEqual(
      [ctx.session.contentShareStatus.othersSharing, ctx.session.contentShareStatus.canStart],
      [1, true],
    );
    ctx.main.deliver(others('att-bob#content', 'att-cy#content'));
    assert.deepEqual(
      [ctx.session.contentShareStatus.othersSharing, ctx.session.contentShareStatus.canStart],
      [2, false],
    );
  });

  it('cannot start where the meeting allows no content', async () => {
    const info = joinInfo();
    (info.meeting.Meeting as Record<string, unknown>)['MeetingFeatures'] = {
      Content: { MaxResolution: 'None' },
    };
    const features = new MeetingSessionConfiguration(info.meeting, info.attendee).meetingFeatures;
    const ctx = await setup({ configure: (configuration) => (configuration.meetingFeatures = features) });
    assert.equal(ctx.session.contentShareStatus.canStart, false);
  });
});
