/** The official amazon-chime-sdk-js client as a test peer in meetings of the local service. */
import * as Official from '../../official-client/amazon-chime-sdk.js';
import { joinInfo } from './meeting-server.ts';

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
 * Joins `meeting` as a new attendee `name` with the official client, using the first microphone,
 * and resolves once `audioVideoDidStart` fired. `prepare` runs before the session starts, for
 * observers a test needs from the beginning.
 */
export async function joinOfficialPeer(
  meeting: string,
  name: string,
  prepare: (peer: OfficialPeer) => void = () => undefined,
): Promise<OfficialPeer> {
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
  prepare(peer);
  await session.audioVideo.startAudioInput((await session.audioVideo.listAudioInputDevices())[0]!.deviceId);
  session.audioVideo.start();
  await peer.started;
  return peer;
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
