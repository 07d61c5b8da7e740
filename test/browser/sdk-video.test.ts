// Video of the SDK core (src/) with the official amazon-chime-sdk-js client in the same meeting,
// through the real local service.
import { expect } from '@open-wc/testing';
import { ConsoleLogger, DefaultMeetingSession, LogLevel } from '../../src/index.ts';
import type { VideoTileState } from '../../src/index.ts';
import { joinInfo, meetingServerUrl, uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import type { JoinInfo } from './helpers/meeting-server.ts';
import {
  expectTilePlays,
  expectVideoElementPlays,
  joinOfficialPeer,
  startOfficialCamera,
} from './helpers/official-client.ts';
import type { OfficialPeer } from './helpers/official-client.ts';
import { sdkSession, startSdkSession } from './helpers/sdk-session.ts';

/** A console logger that also keeps what it logged at INFO and above. */
class KeepingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  override info(msg: string): void {
    this.lines.push(msg);
    super.info(msg);
  }
  override warn(msg: string): void {
    this.lines.push(msg);
    super.warn(msg);
  }
  override error(msg: string): void {
    this.lines.push(msg);
    super.error(msg);
  }
}

function createSession(info: JoinInfo): { session: DefaultMeetingSession; logger: KeepingLogger } {
  const logger = new KeepingLogger(info.Attendee.ExternalUserId, LogLevel.WARN);
  return { session: sdkSession(info, logger), logger };
}

/** The meeting's video events (Server-Sent Events of the service), as `type attendeeId`. */
async function meetingEvents(meetingId: string): Promise<{ seen: string[]; close(): void }> {
  const source = new EventSource(`${await meetingServerUrl()}/meetings/${meetingId}/events`);
  const seen: string[] = [];
  for (const type of ['AttendeeVideoStarted', 'AttendeeVideoStopped']) {
    source.addEventListener(type, (event) => {
      const detail = JSON.parse((event as MessageEvent<string>).data) as { attendeeId?: string };
      seen.push(`${type} ${detail.attendeeId ?? ''}`);
    });
  }
  await waitFor(() => source.readyState === EventSource.OPEN, 'the meeting event stream to open');
  return { seen, close: () => source.close() };
}

describe('SDK video with the official client', () => {
  let ada: DefaultMeetingSession | undefined;
  let bob: OfficialPeer | undefined;
  const cleanups: Array<() => void> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (ada && ada.state !== 'left' && ada.state !== 'idle') {
      const stopped = new Promise((resolve) => ada!.addEventListener('stop', resolve, { once: true }));
      ada.audioVideo.stop();
      await stopped;
    }
    if (bob && !bob.done) {
      bob.session.audioVideo.stop();
      await bob.stopped;
    }
    ada = undefined;
    bob = undefined;
  });

  it('sees the official camera, shows its own to the official client, and removes tiles that stop', async function () {
    this.timeout(90_000);
    const meeting = uniqueMeetingName('sdk-video');
    bob = await joinOfficialPeer(meeting, 'Bob');
    const events = await meetingEvents(bob.meetingId);
    cleanups.push(() => events.close());
    await startOfficialCamera(bob);
    await waitFor(
      () => events.seen.includes(`AttendeeVideoStarted ${bob!.attendeeId}`),
      "Bob's camera published",
      20_000,
    );

    // (b) Bob's camera is already in the first INDEX: the join's SUBSCRIBE receives it.
    const adaInfo = await joinInfo(meeting, 'Ada');
    const created = createSession(adaInfo);
    ada = created.session;
    const session = ada;
    const updates: VideoTileState[] = [];
    const removed: Array<{ tileId: number; attendeeId: string | null }> = [];
    const observed: string[] = [];
    session.addEventListener('video-tile-update', (event) => updates.push(event.detail.tile));
    session.addEventListener('video-tile-remove', (event) => removed.push(event.detail));
    session.audioVideo.addObserver({
      videoTileDidUpdate: (tile) => observed.push(`update ${tile.tileId}`),
      videoTileWasRemoved: (tileId) => observed.push(`remove ${tileId}`),
      remoteVideoSourcesDidChange: (sources) =>
        observed.push(`sources ${sources.map((source) => source.attendee.attendeeId).join(',')}`),
    });
    await startSdkSession(session);
    const bobTile = () =>
      [...session.videoTiles.values()].find((tile) => tile.boundAttendeeId === bob!.attendeeId);
    await waitFor(() => bobTile()?.boundVideoStream != null, "a tile for Bob's camera at Ada", 20_000);
    expect(created.logger.lines.filter((line) => line.startsWith('video: renegotiating'))).to.deep.equal([]);
    const tile = bobTile()!;
    expect(tile.localTile).to.equal(false);
    expect(tile.isContent).to.equal(false);
    expect(tile.active).to.equal(true);
    expect(tile.boundExternalUserId).to.equal(bob.session.configuration.credentials!.externalUserId);
    expect(tile.streamId).to.be.a('number').and.greaterThan(0);
    expect(session.videoAvailability.remoteVideoAvailable).to.equal(true);
    expect(session.audioVideo.getRemoteVideoSources().map((s) => s.attendee.attendeeId)).to.deep.equal([
      bob.attendeeId,
    ]);
    expect(session.audioVideo.getAllRemoteVideoTiles().map((t) => t.id())).to.deep.equal([tile.tileId]);
    expect(observed).to.include(`sources ${bob.attendeeId}`);
    expect(observed).to.include(`update ${tile.tileId}`);

    const video = document.createElement('video');
    document.body.append(video);
    cleanups.push(() => video.remove());
    session.audioVideo.bindVideoElement(tile.tileId, video);
    expect(video.muted && video.playsInline && video.autoplay).to.equal(true);
    expect(video.srcObject === tile.boundVideoStream, 'the element shows the tile stream').to.equal(true);
    expect(
      session.videoTiles.get(tile.tileId)!.boundVideoElement === video,
      'the tile knows its element',
    ).to.equal(true);
    expect(updates.at(-1) !== tile, 'a fresh snapshot for the binding').to.equal(true);
    await expectVideoElementPlays(video, "Bob's camera at Ada");

    // (d) A camera that does not exist: rejected with the browser's error, nothing else changes.
    let failure: unknown;
    try {
      await session.audioVideo.startVideoInput('no-such-camera');
    } catch (error) {
      failure = error;
    }
    expect(failure, 'startVideoInput rejected').to.be.instanceOf(Error);
    expect((failure as Error).name).to.be.oneOf(['OverconstrainedError', 'NotFoundError', 'NotAllowedError']);
    expect(session.deviceController.activeVideoInput === undefined, 'no video input').to.equal(true);
    expect(session.audioVideo.getLocalVideoTile() === null, 'no local tile').to.equal(true);
    expect(session.state).to.equal('joined');

    // (a) Ada's camera, started after the join (a renegotiation), plays at Bob.
    const camera = (await session.audioVideo.listVideoInputDevices())[0]!;
    await session.audioVideo.startVideoInput(camera.deviceId);
    const localTileId = session.audioVideo.startLocalVideoTile();
    const local = session.audioVideo.getLocalVideoTile()!.state();
    expect(local.tileId).to.equal(localTileId);
    expect(local.localTile).to.equal(true);
    expect(
      local.boundVideoStream === session.deviceController.activeVideoInput,
      'the camera in the local tile',
    ).to.equal(true);
    expect(session.audioVideo.hasStartedLocalVideoTile()).to.equal(true);
    const adaAtBob = () =>
      [...bob!.tiles.values()].find((t) => t.boundAttendeeId === session.localAttendeeId);
    await waitFor(() => adaAtBob()?.boundVideoStream != null, "a tile for Ada's camera at Bob", 20_000);
    expect(adaAtBob()!.boundExternalUserId).to.equal(adaInfo.Attendee.ExternalUserId);
    await expectTilePlays(bob, adaAtBob()!.tileId!, "Ada's camera at Bob");

    // (c) Stopping a camera removes its tile on the other side.
    const adaTileAtBob = adaAtBob()!.tileId!;
    session.audioVideo.stopLocalVideoTile();
    await waitFor(() => bob!.removed.includes(adaTileAtBob), "Ada's tile removed at Bob", 20_000);
    expect(session.audioVideo.hasStartedLocalVideoTile()).to.equal(false);

    bob.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => !session.videoTiles.has(tile.tileId), "Bob's tile removed at Ada", 20_000);
    expect(removed).to.deep.include({ tileId: tile.tileId, attendeeId: bob.attendeeId });
    expect(observed).to.include(`remove ${tile.tileId}`);
    expect(video.srcObject === null, 'the element was cleared').to.equal(true);

    // (e) Bob's camera on again: a new source, which Ada receives on a new section (reusing the
    // m-line of the one she stopped). A new tile, and its pixels reach the bound <video>.
    bob.session.audioVideo.startLocalVideoTile();
    const again = () => {
      const found = bobTile();
      return found && found.tileId !== tile.tileId && found.boundVideoStream != null ? found : undefined;
    };
    await waitFor(() => again() !== undefined, "a new tile for Bob's camera, on again, at Ada", 20_000);
    const secondTile = again()!;
    const secondVideo = document.createElement('video');
    document.body.append(secondVideo);
    cleanups.push(() => secondVideo.remove());
    session.audioVideo.bindVideoElement(secondTile.tileId, secondVideo);
    await expectVideoElementPlays(secondVideo, "Bob's camera, on again, at Ada");
    bob.session.audioVideo.stopLocalVideoTile();
    await waitFor(
      () => !session.videoTiles.has(secondTile.tileId),
      "Bob's second tile removed at Ada",
      20_000,
    );
    await waitFor(() => !session.videoAvailability.remoteVideoAvailable, 'no remote video left at Ada');
    expect(session.state).to.equal('joined');

    // Leaving removes the remaining (local) tile.
    const stopped = new Promise((resolve) => session.addEventListener('stop', resolve, { once: true }));
    session.audioVideo.stop();
    await stopped;
    expect(session.videoTiles.size).to.equal(0);
    expect(removed.map((r) => r.tileId)).to.include(localTileId);
  });
});
