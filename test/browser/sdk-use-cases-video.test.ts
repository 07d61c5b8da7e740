// The seed README's "Video" use cases (12–15), plus the 3.x README's use case 17 (remote video
// sources), done by our SDK as the README writes them, against the local service, with official
// clients as the attendees that see our camera and send theirs.
import { expect } from '@open-wc/testing';
import type { VideoSource, VideoTileState } from '../../src/index.ts';
import { uniqueMeetingName, waitFor } from './helpers/meeting-server.ts';
import {
  expectTilePlays,
  expectVideoElementPlays,
  type OfficialPeer,
  startOfficialCamera,
} from './helpers/official-client.ts';
import {
  everyoneStoppedAfterEach,
  joinOfficial,
  joinOurPeer,
  mediaElement,
  type OurPeer,
} from './helpers/sdk-use-cases.ts';

/** The official viewer's tile of `peer`'s camera, once it has a stream. */
function cameraTileAt(viewer: OfficialPeer, peer: OurPeer) {
  return [...viewer.tiles.values()].find(
    (tile) => tile.boundAttendeeId === peer.attendeeId && !tile.isContent && tile.boundVideoStream,
  );
}

describe('seed use cases 12–14: start and stop sharing your video, view one attendee video', () => {
  const context = everyoneStoppedAfterEach();

  it('ours shows its camera locally and to the official client, views the official camera, and stops', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc12-14');
    const official = await joinOfficial(context, meeting, 'Bo');
    const ours = await joinOurPeer(context, meeting, 'Ana');
    const meetingSession = ours.session;
    const updates: VideoTileState[] = [];
    meetingSession.audioVideo.addObserver({
      videoTileDidUpdate: (tileState) => void updates.push(tileState),
    });

    // Use case 12.
    const videoElement = mediaElement(context, 'video');
    const videoInputDevices = await meetingSession.audioVideo.listVideoInputDevices();
    await meetingSession.audioVideo.chooseVideoInputDevice(videoInputDevices[0]!.deviceId);
    const startObserver = {
      videoTileDidUpdate: (tileState: VideoTileState) => {
        if (!tileState.boundAttendeeId || !tileState.localTile) {
          return;
        }
        meetingSession.audioVideo.bindVideoElement(tileState.tileId, videoElement);
      },
    };
    meetingSession.audioVideo.addObserver(startObserver);
    meetingSession.audioVideo.startLocalVideoTile();

    await expectVideoElementPlays(videoElement, 'our camera in the local video element');
    const camera = meetingSession.deviceController.activeVideoInput!;
    expect(videoElement.srcObject === camera, 'the local element shows the chosen camera').to.equal(true);
    await waitFor(
      () => cameraTileAt(official, ours) !== undefined,
      'our camera at the official client',
      20_000,
    );
    const oursAtOfficial = cameraTileAt(official, ours)!.tileId!;
    await expectTilePlays(official, oursAtOfficial, 'our camera at the official client');

    // Use case 14: the official client's camera in one element, whatever else has tiles.
    const remoteElement = mediaElement(context, 'video');
    meetingSession.audioVideo.addObserver({
      videoTileDidUpdate: (tileState) => {
        if (!tileState.boundAttendeeId || tileState.localTile || tileState.isContent) {
          return;
        }
        meetingSession.audioVideo.bindVideoElement(tileState.tileId, remoteElement);
      },
    });
    await startOfficialCamera(official);
    await expectVideoElementPlays(remoteElement, "the official client's camera in ours' element");
    const remoteTile = meetingSession.audioVideo
      .getAllRemoteVideoTiles()
      .map((tile) => tile.state())
      .find((state) => state.boundAttendeeId === official.attendeeId)!;
    expect(remoteElement.srcObject === remoteTile.boundVideoStream, "the official client's stream").to.equal(
      true,
    );
    expect(videoElement.srcObject === camera, 'the local element kept our camera').to.equal(true);

    // Use case 13.
    let localTileId: number | null = null;
    const activeWhenStopped: boolean[] = [];
    const removedTiles: number[] = [];
    const stopObserver = {
      videoTileDidUpdate: (tileState: VideoTileState) => {
        if (!tileState.boundAttendeeId || !tileState.localTile) {
          return;
        }
        activeWhenStopped.push(tileState.active);
        meetingSession.audioVideo.bindVideoElement(tileState.tileId, videoElement);
        localTileId = tileState.tileId;
      },
      videoTileWasRemoved: (tileId: number) => {
        removedTiles.push(tileId);
        if (localTileId === tileId) {
          localTileId = null;
        }
      },
    };
    meetingSession.audioVideo.addObserver(stopObserver);
    const localTile = meetingSession.audioVideo.getLocalVideoTile()!.state().tileId;
    meetingSession.audioVideo.stopLocalVideoTile();
    expect(activeWhenStopped, 'after stopLocalVideoTile, active is false').to.deep.equal([false]);
    expect(localTileId).to.equal(localTile);
    await waitFor(
      () => official.removed.includes(oursAtOfficial),
      'our tile removed at the official client',
      20_000,
    );
    // 3.x: stop the video input too; the camera stops capturing.
    await meetingSession.audioVideo.stopVideoInput();
    expect(camera.getVideoTracks()[0]!.readyState, 'stopVideoInput').to.equal('ended');
    meetingSession.audioVideo.removeLocalVideoTile();
    expect(removedTiles).to.deep.equal([localTile]);
    expect(localTileId, 'the element can be bound to another tile').to.equal(null);
    expect(meetingSession.audioVideo.getLocalVideoTile()).to.equal(null);
    // The official client's camera still plays in ours' element.
    await expectVideoElementPlays(remoteElement, "the official client's camera, still");
    expect(updates.some((tile) => tile.isContent)).to.equal(false);
  });
});

describe('seed use case 15 (and 3.x use case 17): view up to 16 attendee videos; remote video sources', () => {
  const context = everyoneStoppedAfterEach();

  it('binds each official camera to the next free element of 16, releases it when the camera stops, and lists the sources', async function () {
    this.timeout(60_000);
    const meeting = uniqueMeetingName('uc15');
    const videoElements = Array.from({ length: 16 }, () => mediaElement(context, 'video'));
    const sourceChanges: VideoSource[][] = [];
    const ours = await joinOurPeer(context, meeting, 'Ana', ({ session: meetingSession }) => {
      // The README's code.
      const indexMap: Record<number, number> = {};
      const acquireVideoElement = (tileId: number) => {
        for (let i = 0; i < 16; i += 1) {
          if (indexMap[i] === tileId) {
            return videoElements[i]!;
          }
        }
        for (let i = 0; i < 16; i += 1) {
          if (!Object.prototype.hasOwnProperty.call(indexMap, i)) {
            indexMap[i] = tileId;
            return videoElements[i]!;
          }
        }
        throw new Error('no video element is available');
      };
      const releaseVideoElement = (tileId: number) => {
        for (let i = 0; i < 16; i += 1) {
          if (indexMap[i] === tileId) {
            delete indexMap[i];
            return;
          }
        }
      };
      meetingSession.audioVideo.addObserver({
        videoTileDidUpdate: (tileState) => {
          if (!tileState.boundAttendeeId || tileState.localTile || tileState.isContent) {
            return;
          }
          meetingSession.audioVideo.bindVideoElement(tileState.tileId, acquireVideoElement(tileState.tileId));
        },
        videoTileWasRemoved: (tileId) => {
          releaseVideoElement(tileId);
        },
        // 3.x use case 17.
        remoteVideoSourcesDidChange: (videoSources) => {
          sourceChanges.push(videoSources);
        },
      });
    });
    const meetingSession = ours.session;
    const bo = await joinOfficial(context, meeting, 'Bo');
    const cy = await joinOfficial(context, meeting, 'Cy');
    // Ours sends its camera too: its local tile never takes an element.
    meetingSession.audioVideo.startLocalVideoTile();
    await startOfficialCamera(bo);
    await waitFor(() => videoElements[0]!.srcObject !== null, "Bo's camera in the first element", 20_000);
    await startOfficialCamera(cy);
    await waitFor(() => videoElements[1]!.srcObject !== null, "Cy's camera in the second element", 20_000);
    const tileIn = (element: HTMLVideoElement) =>
      [...meetingSession.videoTiles.values()].find((tile) => tile.boundVideoElement === element);
    expect(tileIn(videoElements[0]!)?.boundAttendeeId).to.equal(bo.attendeeId);
    expect(tileIn(videoElements[1]!)?.boundAttendeeId).to.equal(cy.attendeeId);
    await Promise.all([
      expectVideoElementPlays(videoElements[0]!, "Bo's camera in element 0"),
      expectVideoElementPlays(videoElements[1]!, "Cy's camera in element 1"),
    ]);
    expect(videoElements.slice(2).every((element) => element.srcObject === null)).to.equal(true);

    // 3.x use case 17: the sources name both official clients, with their external user ids.
    const named = (sources: VideoSource[]) =>
      sources.map(({ attendee }) => `${attendee.attendeeId} ${attendee.externalUserId}`).sort();
    const boSource = `${bo.attendeeId} ${bo.session.configuration.credentials!.externalUserId}`;
    const cySource = `${cy.attendeeId} ${cy.session.configuration.credentials!.externalUserId}`;
    const both = [boSource, cySource].sort();
    await waitFor(
      () => named(sourceChanges.at(-1) ?? []).join() === both.join(),
      'remoteVideoSourcesDidChange',
    );
    expect(named(meetingSession.audioVideo.getRemoteVideoSources())).to.deep.equal(both);

    // Cy's camera stops: its element is released, and the next camera takes it again.
    const cyTile = tileIn(videoElements[1]!)!.tileId;
    cy.session.audioVideo.stopLocalVideoTile();
    await waitFor(() => !meetingSession.videoTiles.has(cyTile), "Cy's tile removed", 20_000);
    expect(videoElements[1]!.srcObject, 'element 1 emptied').to.equal(null);
    await waitFor(() => named(sourceChanges.at(-1) ?? []).join() === boSource, 'the sources without Cy');
    cy.session.audioVideo.startLocalVideoTile();
    await waitFor(
      () => tileIn(videoElements[1]!) !== undefined && tileIn(videoElements[1]!)!.tileId !== cyTile,
      "Cy's new tile in the released element 1",
      20_000,
    );
    expect(tileIn(videoElements[1]!)!.boundAttendeeId).to.equal(cy.attendeeId);
    await expectVideoElementPlays(videoElements[1]!, "Cy's camera, on again, in element 1");
    expect(tileIn(videoElements[0]!)?.boundAttendeeId, 'Bo kept element 0').to.equal(bo.attendeeId);
  });
});
