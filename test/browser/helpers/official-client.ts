/** The official amazon-chime-sdk-js client as a test peer in meetings of the local service. */
import * as Official from '../../official-client/amazon-chime-sdk.js';
import { expect } from '@open-wc/testing';
import { type JoinInfo, joinInfo, waitFor } from './meeting-server.ts';

export interface OfficialPeer {
  session: Official.DefaultMeetingSession;
  meetingId: string;
  attendeeId: string;
  /** Remote video tiles by tile id, as last reported by `videoTileDidUpdate`. */
  tiles: Map<number, Official.VideoTileState>;
  /** Ids of removed tiles, in order. */
  removed: number[];
  /** True once `audioVideoDidStop` fired. */
  done: boolean;
  started: Promise<void>;
  stopped: Promise<Official.MeetingSessionStatus>;
}

/**
 * A new official-client session for the attendee of `info` (not started), with the default device
 * controller and a console logger tagged `official-<name>` at `level`.
 */
export function officialSession(
  info: JoinInfo,
  name: string,
  level = Official.LogLevel.WARN,
): Official.DefaultMeetingSession {
  const logger = new Official.ConsoleLogger(`official-${name}`, level);
  return new Official.DefaultMeetingSession(
    new Official.MeetingSessionConfiguration(info.Meeting, info.Attendee),
    logger,
    new Official.DefaultDeviceController(logger),
  );
}

/**
 * An `officialSession` for `info` as an `OfficialPeer`, its observers recording start, stop and
 * remote tiles. Not started: add what else the test needs, then `startOfficialPeer`.
 */
export function officialPeer(info: JoinInfo, name: string): OfficialPeer {
  const session = officialSession(info, name);
  let started!: () => void;
  let stopped!: (status: Official.MeetingSessionStatus) => void;
  const peer: OfficialPeer = {
    session,
    meetingId: info.Meeting.MeetingId,
    attendeeId: info.Attendee.AttendeeId,
    tiles: new Map(),
    removed: [],
    done: false,
    started: new Promise((resolve) => (started = resolve)),
    stopped: new Promise((resolve) => (stopped = resolve)),
  };
  session.audioVideo.addObserver({
    audioVideoDidStart: () => started(),
    audioVideoDidStop: (status) => {
      peer.done = true;
      stopped(status);
    },
    videoTileDidUpdate: (tile) => {
      if (!tile.localTile && tile.tileId !== null) peer.tiles.set(tile.tileId, tile);
    },
    videoTileWasRemoved: (tileId) => {
      peer.tiles.delete(tileId);
      peer.removed.push(tileId);
    },
  });
  return peer;
}

/** Starts the session's first microphone as its audio input. */
export async function startFirstMicrophone(session: Official.DefaultMeetingSession): Promise<void> {
  await session.audioVideo.startAudioInput((await session.audioVideo.listAudioInputDevices())[0]!.deviceId);
}

/** Starts `peer`'s session and resolves with `peer` once `audioVideoDidStart` fired. */
export async function startOfficialPeer<Peer extends OfficialPeer>(peer: Peer): Promise<Peer> {
  peer.session.audioVideo.start();
  await peer.started;
  return peer;
}

/**
 * Joins `meeting` as a new attendee `name` with the official client, using the first microphone,
 * and resolves once `audioVideoDidStart` fired. `prepare` runs before the session starts, for
 * observers a test needs from the beginning.
 */
export async function joinOfficialPeer(
  meeting: string,
  name: string,
  prepare: (peer: OfficialPeer) => void = () => undefined,
): Promise<OfficialPeer> {
  const peer = officialPeer(await joinInfo(meeting, name), name);
  prepare(peer);
  await startFirstMicrophone(peer.session);
  return startOfficialPeer(peer);
}

/** The pixels of `video` drawn into a canvas. */
export function videoFrame(video: HTMLVideoElement): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(video, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}

/**
 * Binds `viewer`'s tile to a fresh <video> and checks that it plays (`expectVideoElementPlays`).
 * The element is unbound and removed afterwards.
 */
export async function expectTilePlays(viewer: OfficialPeer, tileId: number, what: string): Promise<void> {
  const video = document.createElement('video');
  video.muted = true;
  video.autoplay = true;
  document.body.append(video);
  try {
    viewer.session.audioVideo.bindVideoElement(tileId, video);
    await expectVideoElementPlays(video, what);
  } finally {
    viewer.session.audioVideo.unbindVideoElement(tileId);
    video.remove();
  }
}

/** Starts `peer`'s first camera and its local tile (the official client's usual steps). */
export async function startOfficialCamera(peer: OfficialPeer): Promise<void> {
  const camera = (await peer.session.audioVideo.listVideoInputDevices())[0]!;
  await peer.session.audioVideo.startVideoInput(camera.deviceId);
  peer.session.audioVideo.startLocalVideoTile();
}

/**
 * Checks that `video` (already bound to a stream) plays: frames decoded (with `unpaused`, while
 * the element is not paused), not blank, and a different picture 500 ms later (not frozen).
 */
export async function expectVideoElementPlays(
  video: HTMLVideoElement,
  what: string,
  { unpaused = false } = {},
): Promise<void> {
  await waitFor(
    () => video.videoWidth > 0 && video.readyState >= 2 && (!unpaused || !video.paused),
    unpaused ? `${what} plays` : `${what} frames decoded`,
    20_000,
  );
  const first = videoFrame(video);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const second = videoFrame(video);
  expect(
    first.some((value, i) => i % 4 !== 3 && value !== 0),
    `${what} not blank`,
  ).to.equal(true);
  expect(
    first.length === second.length && first.every((value, i) => value === second[i]),
    `${what} not frozen`,
  ).to.equal(false);
}

/** Stops, one after the other, each of `peers` that has not stopped yet; empties the list. */
export async function stopOfficialPeers(peers: OfficialPeer[]): Promise<void> {
  for (const peer of peers.splice(0)) {
    if (peer.done) continue;
    peer.session.audioVideo.stop();
    await peer.stopped;
  }
}

/**
 * The official peers and cleanup functions of the tests in a `describe`, with an `afterEach` that
 * runs the cleanups (in order) and then stops the peers.
 */
export function peersStoppedAfterEach(): {
  peers: OfficialPeer[];
  cleanups: Array<() => Promise<void> | void>;
} {
  const peers: OfficialPeer[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await stopOfficialPeers(peers);
  });
  return { peers, cleanups };
}
