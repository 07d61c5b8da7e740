// Content share (wire protocol §11) through the local service, between two official
// amazon-chime-sdk-js clients: the sharer's `#content` session is a second connection whose
// video reaches the other attendee as a content tile.
import { expect } from '@open-wc/testing';
import * as Official from '../official-client/amazon-chime-sdk.js';
import { joinInfo, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';

interface OfficialPeer {
  session: Official.DefaultMeetingSession;
  attendeeId: string;
  /** Remote tiles by tile id, as last reported by `videoTileDidUpdate`. */
  tiles: Map<number, Official.VideoTileState>;
  removed: number[];
  contentShare: string[];
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
    contentShare: [],
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
  session.audioVideo.addContentShareObserver({
    contentShareDidStart: () => peer.contentShare.push('started'),
    contentShareDidStop: () => peer.contentShare.push('stopped'),
  });
  await session.audioVideo.startAudioInput((await session.audioVideo.listAudioInputDevices())[0]!.deviceId);
  session.audioVideo.start();
  await peer.started;
  return peer;
}

/** A canvas stream whose picture changes every 50 ms, and a function that stops drawing. */
function changingCanvas(): { stream: MediaStream; stop: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const context = canvas.getContext('2d')!;
  let step = 0;
  const draw = () => {
    step++;
    context.fillStyle = `hsl(${(step * 7) % 360} 80% 50%)`;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = 'white';
    context.fillRect((step * 5) % canvas.width, 100, 40, 40);
  };
  draw();
  const timer = setInterval(draw, 50);
  return { stream: canvas.captureStream(20), stop: () => clearInterval(timer) };
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

describe('content share between two official clients', () => {
  const peers: OfficialPeer[] = [];
  const cleanups: Array<() => void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const peer of peers.splice(0)) {
      peer.session.audioVideo.stop();
      await peer.stopped;
    }
  });

  it("starts A's share, shows it live at B as a content tile, and removes it when A stops", async () => {
    const meeting = uniqueMeetingName('content');
    const alice = await officialPeer(meeting, 'Alice');
    peers.push(alice);
    const bob = await officialPeer(meeting, 'Bob');
    peers.push(bob);

    const canvas = changingCanvas();
    cleanups.push(canvas.stop);
    cleanups.push(() => alice.session.audioVideo.stopContentShare());
    await alice.session.audioVideo.startContentShare(canvas.stream);
    // Fired by Alice's main session seeing presence for `<Alice>#content`.
    await waitFor(() => alice.contentShare.includes('started'), 'contentShareDidStart at Alice', 20_000);

    const contentId = `${alice.attendeeId}#content`;
    const tileOf = () => [...bob.tiles.values()].find((t) => t.boundAttendeeId === contentId);
    await waitFor(() => tileOf()?.boundVideoStream != null, "a tile for Alice's content at Bob", 20_000);
    const tile = tileOf()!;
    expect(tile.isContent, 'isContent').to.equal(true);
    const video = document.createElement('video');
    video.muted = true;
    video.autoplay = true;
    document.body.append(video);
    try {
      bob.session.audioVideo.bindVideoElement(tile.tileId!, video);
      await waitFor(() => video.videoWidth > 0 && video.readyState >= 2, 'content frames decoded', 20_000);
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
      bob.session.audioVideo.unbindVideoElement(tile.tileId!);
      video.remove();
    }

    alice.session.audioVideo.stopContentShare();
    await waitFor(() => bob.removed.includes(tile.tileId!), "Alice's content tile removed at Bob", 20_000);
    await waitFor(() => alice.contentShare.includes('stopped'), 'contentShareDidStop at Alice', 20_000);
  });
});
