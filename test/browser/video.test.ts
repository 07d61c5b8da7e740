// Video through the local service's SFU, between two official amazon-chime-sdk-js clients.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';

interface OfficialPeer {
  session: Official.DefaultMeetingSession;
  attendeeId: string;
  /** Remote tiles by tile id, as last reported by `videoTileDidUpdate`. */
  tiles: Map<number, Official.VideoTileState>;
  removed: number[];
  started: Promise<void>;
  stopped: Promise<Official.MeetingSessionStatus>;
}

async function officialPeer(meeting: string, name: string): Promise<OfficialPeer> {
  const info = await joinInfo(meeting, name);
  const logger = new Official.ConsoleLogger(`official-${name}`, Official.LogLevel.WARN);
  const session = new Official.DefaultMeetingSession(
    new Official.MeetingSessionConfiguration(info.Meeting, info.Attendee),
    logger,
    new Official.DefaultDeviceController(logger),
  );
  let started!: () => void;
  let stopped!: (status: Official.MeetingSessionStatus) => void;
  const peer: OfficialPeer = {
    session,
    attendeeId: info.Attendee.AttendeeId,
    tiles: new Map(),
    removed: [],
    started: new Promise((resolve) => (started = resolve)),
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.audioVideo.addObserver({
    audioVideoDidStart: () => started(),
    audioVideoDidStop: (status) => stopped(status),
    videoTileDidUpdate: (tile) => {
      if (!tile.localTile && tile.tileId !== null) peer.tiles.set(tile.tileId, tile);
    },
    videoTileWasRemoved: (tileId) => {
      peer.tiles.delete(tileId);
      peer.removed.push(tileId);
    },
  });
  await session.audioVideo.startAudioInput((await session.audioVideo.listAudioInputDevices())[0]!.deviceId);
  session.audioVideo.start();
  await peer.started;
  return peer;
}

/** The pixels of `video` drawn into a canvas. */
function frame(video: HTMLVideoElement): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(video, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}

/**
 * Waits for `viewer`'s tile of `sender`'s camera, binds it to a <video>, and checks that it
 * plays: two canvas draws 500 ms apart are not blank and not equal. Returns the tile id.
 */
async function expectLiveTile(viewer: OfficialPeer, sender: OfficialPeer): Promise<number> {
  const tileOf = () => [...viewer.tiles.values()].find((t) => t.boundAttendeeId === sender.attendeeId);
  await waitFor(() => tileOf() !== undefined, "a tile for the sender's camera", 20_000);
  const tile = tileOf()!;
  expect(tile.boundExternalUserId).to.be.a('string').and.not.equal('');
  const video = document.createElement('video');
  video.muted = true;
  video.autoplay = true;
  document.body.append(video);
  try {
    viewer.session.audioVideo.bindVideoElement(tile.tileId!, video);
    await waitFor(() => video.videoWidth > 0 && video.readyState >= 2, 'video frames decoded', 20_000);
    const first = frame(video);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = frame(video);
    expect(
      first.some((value, i) => i % 4 !== 3 && value !== 0),
      'not blank',
    ).to.equal(true);
    expect(
      first.length === second.length && first.every((value, i) => value === second[i]),
      'not frozen',
    ).to.equal(false);
  } finally {
    viewer.session.audioVideo.unbindVideoElement(tile.tileId!);
    video.remove();
  }
  return tile.tileId!;
}

/** Frames `viewer` decoded on the section that carries `tile`'s stream (msid `v_<mid>`). */
async function framesDecoded(viewer: OfficialPeer, tile: Official.VideoTileState): Promise<number> {
  const mid = tile.boundVideoStream!.id.replace(/^v_/, '');
  const report = await viewer.session.audioVideo.getRTCPeerConnectionStats();
  let frames = 0;
  report?.forEach((stats: { type: string; kind?: string; mid?: string; framesDecoded?: number }) => {
    if (stats.type === 'inbound-rtp' && stats.kind === 'video' && stats.mid === mid) {
      frames = stats.framesDecoded ?? 0;
    }
  });
  return frames;
}

describe('video between two official clients through the SFU', () => {
  const peers: OfficialPeer[] = [];
  afterEach(async () => {
    for (const peer of peers.splice(0)) {
      peer.session.audioVideo.stop();
      await peer.stopped;
    }
  });

  it("shows A's camera at B, live, removes it when A stops, and again after a restart", async () => {
    const meeting = uniqueMeetingName('video');
    const alice = await officialPeer(meeting, 'Alice');
    peers.push(alice);
    const bob = await officialPeer(meeting, 'Bob');
    peers.push(bob);

    const camera = (await alice.session.audioVideo.listVideoInputDevices())[0]!;
    await alice.session.audioVideo.startVideoInput(camera.deviceId);
    alice.session.audioVideo.startLocalVideoTile();
    const first = await expectLiveTile(bob, alice);
    alice.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob.removed.includes(first), "Alice's tile removed at Bob", 20_000);

    // A restarted camera is a new source (new group, new section at Bob) on the same
    // connections. Its frames are checked in getStats: in headless Chromium a second bound
    // <video> element stayed paused although the frames were decoded.
    alice.session.audioVideo.startLocalVideoTile();
    const tileOf = () => [...bob.tiles.values()].find((t) => t.boundAttendeeId === alice.attendeeId);
    await waitFor(() => tileOf()?.boundVideoStream != null, "a new tile for Alice's camera", 20_000);
    const tile = tileOf()!;
    const second = tile.tileId!;
    expect(second).to.not.equal(first);
    let decoded = 0;
    await waitFor(
      () => {
        void framesDecoded(bob, tile).then((frames) => (decoded = frames));
        return decoded > 0;
      },
      'frames of the restarted camera decoded',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await framesDecoded(bob, tile)).to.be.greaterThan(decoded);
    alice.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob.removed.includes(second), "Alice's second tile removed at Bob", 20_000);
  });
});
